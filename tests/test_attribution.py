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
