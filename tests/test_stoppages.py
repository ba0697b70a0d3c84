"""coding/stoppages.py on hand-built parses: strikes told by their duration, refusals of food made in protest."""

from __future__ import annotations

from conftest import make_doc
from sitrep.coding.stoppages import noun_modifiers, protest_refusal


def _strikes_doc(target: bool):
    # "The union called for two weeks of strikes ." / "... two weeks of strikes on the city ."
    rows = [("The", "the", "DET", "det", 1), ("union", "union", "NOUN", "nsubj", 2), ("called", "call", "VERB", "ROOT", 2),
            ("for", "for", "ADP", "prep", 2), ("two", "two", "NUM", "nummod", 5), ("weeks", "week", "NOUN", "pobj", 3),
            ("of", "of", "ADP", "prep", 5), ("strikes", "strike", "NOUN", "pobj", 6)]
    if target:
        rows += [("on", "on", "ADP", "prep", 7), ("the", "the", "DET", "det", 10), ("city", "city", "NOUN", "pobj", 8)]
    return make_doc(rows + [(".", ".", "PUNCT", "punct", 2)])


def test_stoppages_duration_of_strikes_is_read_as_their_modifier():
    assert noun_modifiers(_strikes_doc(False)[7]) == ["week"]  # "two weeks of strikes": a stoppage
    assert noun_modifiers(_strikes_doc(True)[7]) == []  # "weeks of strikes on the city": blows at a target


def test_stoppages_duration_of_strikes_codes_a_labour_strike():
    from sitrep.coding.triggers import load_triggers, lookup_noun

    lexicon = load_triggers()
    stoppage = lookup_noun(lexicon, "strike", compounds=noun_modifiers(_strikes_doc(False)[7]))
    blows = lookup_noun(lexicon, "strike", compounds=noun_modifiers(_strikes_doc(True)[7]))
    assert stoppage is not None and (stoppage.event_type, stoppage.cameo) == ("PROTEST", "143")
    assert blows is not None and blows.event_type == "ASSAULT"


def _refusal_doc(protest: bool):
    # "Prisoners refused to eat in protest ." / "Prisoners refused to eat ."
    rows = [("Prisoners", "prisoner", "NOUN", "nsubj", 1), ("refused", "refuse", "VERB", "ROOT", 1),
            ("to", "to", "PART", "aux", 3), ("eat", "eat", "VERB", "xcomp", 1)]
    if protest:
        rows += [("in", "in", "ADP", "prep", 3), ("protest", "protest", "NOUN", "pobj", 4)]
    return make_doc(rows + [(".", ".", "PUNCT", "punct", 1)])


def test_stoppages_refusal_to_eat_in_protest_is_a_hunger_strike():
    sense = protest_refusal(_refusal_doc(True)[1])
    assert sense is not None and (sense.event_type, sense.cameo, sense.mode) == ("PROTEST", "142", "hunger")
    assert protest_refusal(_refusal_doc(False)[1]) is None  # "the man refused to eat": a private act


def test_stoppages_refusal_of_food_as_a_protest_is_a_hunger_strike():
    # "Detainees refused food as a protest ."
    doc = make_doc([("Detainees", "detainee", "NOUN", "nsubj", 1), ("refused", "refuse", "VERB", "ROOT", 1),
                    ("food", "food", "NOUN", "dobj", 1), ("as", "as", "ADP", "prep", 1), ("a", "a", "DET", "det", 5),
                    ("protest", "protest", "NOUN", "pobj", 3), (".", ".", "PUNCT", "punct", 1)])
    sense = protest_refusal(doc[1])
    assert sense is not None and sense.cameo == "142"
    # "They refused the deal as a protest ." : a refusal of something else stays a rejection
    doc = make_doc([("They", "they", "PRON", "nsubj", 1), ("refused", "refuse", "VERB", "ROOT", 1),
                    ("the", "the", "DET", "det", 3), ("deal", "deal", "NOUN", "dobj", 1), ("as", "as", "ADP", "prep", 1),
                    ("a", "a", "DET", "det", 6), ("protest", "protest", "NOUN", "pobj", 4), (".", ".", "PUNCT", "punct", 1)])
    assert protest_refusal(doc[1]) is None
