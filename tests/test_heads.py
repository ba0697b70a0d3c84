"""An article's dateline and repeated title put on lines of their own (sitrep.ingest.heads)."""

from __future__ import annotations

from sitrep.ingest.heads import find_title, separate_head


def test_heads_dateline_and_title_split_from_the_lead():
    text = "Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use WHO. Victims of a suspected attack"
    title = "Syria attack symptoms consistent with nerve agent use WHO"
    out = separate_head(text, title=title)
    assert out == text.replace("2017 Syria", "2017\nSyria")
    glued = "Syrian Army Strikes Scores of Terrorists across Country The Syrian army continued on Wednesday"
    out = separate_head(glued, title="Syrian Army Strikes Scores of Terrorists across Country")
    assert out.split("\n") == ["Syrian Army Strikes Scores of Terrorists across Country", "The Syrian army continued on Wednesday"]


def test_heads_dateline_with_lead_in_and_agency():
    text = "Date of publication 16 October 2017 Rebel shelling on the capital killed four civilians."
    assert separate_head(text).split("\n") == ["Date of publication 16 October 2017", text[36:]]
    text = "Car bomb kills 34 in Hama State media AFP Friday 20 Jun 2014 A car bomb killed 34 people."
    out = separate_head(text, title="Car bomb kills 34 in Hama State media - Region - World - Ahram Online")
    assert out.split("\n") == ["Car bomb kills 34 in Hama State media", "AFP Friday 20 Jun 2014", "A car bomb killed 34 people."]


def test_heads_keep_length_and_ordinary_leads():
    lead = "On 12 March 2015 rebels attacked the town. 12 March 2015 was a Thursday."
    assert separate_head(lead, title="Rebels attack") == lead  # no dateline at the start, short title ignored
    text = "12 November 2016 Three civilians killed 12 others injured in attacks. Three civilians were killed"
    out = separate_head(text, title="Three civilians killed 12 others injured in attacks")
    assert len(out) == len(text)
    assert out.startswith("12 November 2016\nThree civilians killed 12 others injured in attacks.")
    assert find_title("The army said rebels attacked the bases.", "rebels attacked the base") is None  # a word cut


def test_heads_wire_credit_after_the_title():
    text = "Gas attack on Idlib kills 58 Reuters A suspected gas attack killed at least 58 people."
    out = separate_head(text, title="Gas attack on Idlib kills 58 - World")
    assert out.split("\n") == ["Gas attack on Idlib kills 58", "Reuters", "A suspected gas attack killed at least 58 people."]
    assert separate_head("Reuters A suspected gas attack killed 58.") == "Reuters A suspected gas attack killed 58."
