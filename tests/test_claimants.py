"""coding/claimants.py: the party behind an act its clause names no doer for: the holder of a claim (a pronoun
speaker no one is named for holds nothing; a "he" speaks as the uncoded person named before), the party asked by a
request rejected in the passive."""

from __future__ import annotations

from datetime import date

import sitrep


def _coded(text: str):
    return sitrep.extract(text, published=date(2018, 3, 19))


def test_claimants_quoted_we_claimed_by_a_pronoun_no_one_is_named_for_is_no_source():
    events = _coded("\u201cWe have to fight for our survival,\u201d he added.")
    assert not [e for e in events if e.source is not None and e.source.text.lower() in ("he", "we")]


def test_claimants_quoted_we_of_a_he_speaker_is_the_uncoded_person_named_before():
    events = _coded("Aldar Khalili, a Kurdish politician, said Kurds would deal with Assad. \u201cThere is no "
                    "plan,\u201d he said. \u201cBut we have shown our readiness to go into negotiations with the "
                    "Syrian government.\u201d")
    agree = [e for e in events if e.event_type == "AGREE"]
    assert agree and agree[0].source is not None and "Khalili" in (agree[0].source.name or agree[0].source.text)


def test_claimants_request_rebuffed_in_the_passive_is_rejected_by_the_party_asked():
    published = date(2018, 3, 19)
    events = sitrep.extract("The SDF's calls for US support were rebuffed.", published=published)
    rejected = [e for e in events if e.event_type == "REJECT"]
    assert rejected and rejected[0].source is not None and rejected[0].target is not None
    assert (rejected[0].source.country, rejected[0].target.actor_id) == ("USA", "SDF")
    turned = sitrep.extract("Iraq's request for aid from Iran was turned down.", published=published)
    assert [(e.source.country, e.target.country) for e in turned if e.event_type == "REJECT"] == [("IRN", "IRQ")]
    # a "by" phrase names who rejected it; a request with no party asked codes no rejection
    assert not [e for e in sitrep.extract("Calls for calm were rejected.", published=published)
                if e.event_type == "REJECT"]
