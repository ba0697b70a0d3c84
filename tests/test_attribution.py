from __future__ import annotations

import pytest

from sitrep.coding.attribution import load_attribution_frames
from sitrep.errors import DictionaryError


def test_attribution_frames_load_the_shipped_file():
    frames = load_attribution_frames()
    keys = {(f.lemma, f.pos, f.incident, f.party) for f in frames}
    assert ("responsible", "ADJ", "for", "subject") in keys
    assert ("blame", "VERB", "dobj", "on") in keys


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("behind,ADV,pobj,subject,x", "pos"),
        ("behind,ADP,with,subject,x", "incident"),
        ("behind,ADP,pobj,agent,x", "party"),
        (",ADP,pobj,subject,x", "lemma"),
    ],
)
def test_attribution_frames_reject_bad_rows(tmp_path, row, problem):
    path = tmp_path / "attribution.csv"
    path.write_text(f"lemma,pos,incident,party,note\n{row}\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=problem) as raised:
        load_attribution_frames(path)
    assert raised.value.line == 2


def _bears(verb: str, lemma: str):
    from conftest import make_doc

    # "Israel bears responsibility for the attack" (and the same shape with another verb)
    return make_doc(
        [
            ("Israel", "Israel", "PROPN", "nsubj", 1),
            (verb, lemma, "VERB", "ROOT", 1),
            ("responsibility", "responsibility", "NOUN", "dobj", 1),
            ("for", "for", "ADP", "prep", 2),
            ("the", "the", "DET", "det", 5),
            ("attack", "attack", "NOUN", "pobj", 3),
        ]
    )


def test_attribution_bearing_responsibility_names_the_party():
    from sitrep.coding.attribution import attribution_of

    doc = _bears("bears", "bear")
    found = attribution_of(doc[5])
    assert found is not None and found.party.text == "Israel" and found.word.text == "responsibility"
    assert found.blamer is None  # the party is no blamer of itself


def test_attribution_claimed_responsibility_is_no_bearing_frame():
    from sitrep.coding.attribution import attribution_of

    # a claim is the party's word about its own act (coding.status), not an attribution by the sentence
    assert attribution_of(_bears("claimed", "claim")[5]) is None
    assert attribution_of(_bears("denied", "deny")[5]) is None
