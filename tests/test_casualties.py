"""Casualty counts read from clause text: digits, number words, qualifiers, and what is not a count."""

from __future__ import annotations

import pytest

from sitrep.coding.casualties import find_casualties, parse_number


def test_casualties_killing_with_qualifier_and_modifiers():
    assert find_casualties("inadvertently struck an outpost, killing over 60 Assad regime soldiers") == (
        60,
        None,
    )


def test_casualties_passive_wounded():
    assert find_casualties("12 people were wounded in the blast") == (None, 12)


def test_casualties_thousands_separator():
    assert find_casualties("at least 1,200 killed in the siege") == (1200, None)
    assert find_casualties("the offensive killed 12,000 people") == (12000, None)
    assert find_casualties("killed 1,500,000 over the decade") == (1500000, None)


def test_casualties_killed_and_wounded_in_one_clause():
    assert find_casualties("the attack killed 40 and wounded 100") == (40, 100)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("three civilians were killed", (3, None)),
        ("the strike wounded twelve fighters", (None, 12)),
        ("Two soldiers died", (2, None)),
        ("a dozen guards were injured", (None, 12)),
        ("killing dozens of people", (24, None)),
    ],
)
def test_casualties_number_words(text, expected):
    assert find_casualties(text) == expected


def test_casualties_no_number():
    assert find_casualties("jets attacked the base and killed militants") == (None, None)
    assert find_casualties("they hit a convoy near the border") == (None, None)


def test_casualties_year_is_not_a_count():
    assert find_casualties("in 2016 killed") == (None, None)
    assert find_casualties("the 2016 killed") == (None, None)
    assert find_casualties("killed in 2014") == (None, None)


def test_casualties_count_after_a_year_is_found():
    assert find_casualties("In 2016 killed 5 people") == (5, None)
    assert find_casualties("in 2016 three soldiers were killed") == (3, None)
    assert find_casualties("killing 2 in 2016") == (2, None)


def test_casualties_year_sized_count_before_a_casualty_noun():
    assert find_casualties("2000 people were killed") == (2000, None)
    assert find_casualties("the bombing, killing 2000 civilians") == (2000, None)


def test_casualties_age_is_not_a_count():
    assert find_casualties("a 25-year-old man was killed") == (None, None)
    assert find_casualties("the man, 25, was killed") == (None, None)


def test_casualties_parse_number():
    assert parse_number("1,000") == 1000
    assert parse_number("Dozens") == 24
    assert parse_number("eleven") == 11
    assert parse_number("many") is None


def test_casualties_clause_without_a_casualty_word_is_skipped_quickly():
    from sitrep.coding.casualties import CUES, find_casualties

    assert find_casualties("12 soldiers crossed the border at dawn") == (None, None)
    assert find_casualties("the strike KILLED 12 soldiers and WOUNDED 30") == (12, 30)
    # every pattern's own word is covered by its kind's cue
    for word in ("killing", "dead", "died", "deaths", "wounding", "injuries", "hurt"):
        assert any(cue.search(word) for cue in CUES.values()), word


def test_casualties_lives_claimed_or_cost_are_killed():
    assert find_casualties("two car bombs that between them claimed the nine lives") == (9, None)
    assert find_casualties("the blast claimed the lives of 12 soldiers") == (12, None)
    assert find_casualties("the attack cost 30 lives and wounded 20") == (30, 20)
    assert find_casualties("the group claimed responsibility for nine attacks") == (None, None)


def test_casualties_lives_taken_are_killed():
    assert find_casualties("the attack took 20 lives") == (20, None)
    assert find_casualties("gunmen took the lives of three policemen") == (3, None)
    assert find_casualties("the war has taken thousands of lives") == (None, None)  # no number


def test_casualties_further_counts_with_more_another_or_a_further():
    assert find_casualties("a man was killed and five more were wounded, in a battle") == (None, 5)
    assert find_casualties("seven more soldiers were killed") == (7, None)
    assert find_casualties("They killed 23 Afghan soldiers and injured another 15.") == (23, 15)
    assert find_casualties("wounding a further 20 people") == (None, 20)


def test_casualties_killing_noun_counts_the_victims_of_its_own_phrase():
    from sitrep.coding.casualties import victims_of

    assert victims_of("the slaying of seven more demonstrators in two days") == 7
    assert victims_of("the brutal massacre of 30 villagers") == 30
    assert victims_of("the deaths of 12 soldiers") == 12
    # a killing told inside another act's phrase is no count of that act
    assert victims_of("a protest against the killing of five") is None
    assert victims_of("the killing of 2014") is None  # a year
    assert find_casualties("the slaying of seven demonstrators") == (None, None)  # not a clause's count


def test_casualties_count_raised_to_a_verb_of_saying_or_believing():
    assert find_casualties("Six soldiers were reported killed in the attack") == (6, None)
    assert find_casualties("20 civilians are feared dead") == (20, None)
    assert find_casualties("two were believed to have been killed and 4 others reported wounded") == (2, 4)
