"""Casualty counts stated in an event's clause: "killing over 60 soldiers", "12 people were wounded"."""

from __future__ import annotations

import re
from functools import cache

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "a dozen": 12,
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "a hundred": 100,
    "thousands": 2000,
}
# "injured another 15", "wounding a further 20": a count added to one told before is still this clause's count
QUALIFIER = (
    r"(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|roughly|as\s+many\s+as|another|"
    r"a\s+further)?\s*"
)
# "1,200" or "1200", never the comma after a number ("the man, 25, was killed")
NUMBER = (
    r"(\d{1,3}(?:,\d{3})+|\d+|"
    + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
    + r")"
)
NOUN = (
    r"(?:people|civilians|soldiers|fighters|troops|militants|rebels|members|men|women|children|personnel|"
    r"officers|police(?:men)?|guards|others|persons|militiamen|combatants)\b"
)
NOUNS = rf"(?:\s+(?:[a-z-]+\s+){{0,3}}?{NOUN})?"
MORE = r"(?:\s+more)?"  # "five more were wounded", "seven more soldiers were killed": a further count
YEAR = re.compile(r"19\d\d|20\d\d|2100")
KILL = r"(?:kill(?:ed|ing|s)?|dead|died|deaths)"
# taking lives is killing: "claimed nine lives", "claimed the lives of 12 soldiers", "took 20 lives"
LIVES_TAKEN = r"(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|t(?:ake|akes|aking|aken|ook))\s+(?:the\s+)?"
# a killing named by its noun counts its victims in its "of" phrase: "the slaying of seven more demonstrators",
# "the deaths of 12 soldiers", "the massacre of 30 villagers" (read from that noun's own phrase: `victims_of`)
KILLING_NOUN = re.compile(
    rf"^(?:[a-z’'-]+\s+){{0,2}}?(?:killings?|slayings?|murders?|massacres?|deaths|executions?)\s+of\s+{QUALIFIER}{NUMBER}\b",
    re.IGNORECASE,
)
# a count raised to the subject of a verb of saying or believing: "six soldiers were reported killed", "20 are
# feared dead", "two were believed to have been killed"
RAISING = r"(?:(?:reported|believed|feared|confirmed|presumed|thought|found)(?:\s+to\s+(?:have\s+been|be))?\s+)?"
HURT = r"(?:wound(?:ed|ing|s)?|injur(?:ed|ing|ies|es|e)|hurt)"
# a word every pattern of a kind needs: a text without one cannot state that kind of count (most clauses)
CUES = {
    "killed": re.compile(r"kill|dead|died|death|lives", re.IGNORECASE),
    "injured": re.compile(r"wound|injur|hurt", re.IGNORECASE),
}


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    flags = re.IGNORECASE
    return (
        ("killed", re.compile(rf"\b{KILL}\s+{QUALIFIER}{NUMBER}\b", flags)),
        ("injured", re.compile(rf"\b{HURT}\s+{QUALIFIER}{NUMBER}\b", flags)),
        ("killed", re.compile(rf"\b{LIVES_TAKEN}{QUALIFIER}{NUMBER}\s+(?:more\s+|civilian\s+)?lives\b", flags)),
        ("killed", re.compile(rf"\b{LIVES_TAKEN}lives\s+of\s+{QUALIFIER}{NUMBER}\b", flags)),
        (
            "killed",
            re.compile(
                rf"\b{QUALIFIER}{NUMBER}{MORE}{NOUNS}\s+(?:were|was|have\s+been|had\s+been|are)?\s*{RAISING}"
                rf"(?:killed|dead|died)\b",
                flags,
            ),
        ),
        (
            "injured",
            re.compile(
                rf"\b{QUALIFIER}{NUMBER}{MORE}{NOUNS}\s+(?:were|was|have\s+been|had\s+been|are)?\s*{RAISING}"
                rf"(?:wounded|injured)\b",
                flags,
            ),
        ),
    )


def parse_number(text: str) -> int | None:
    """A count written as digits or words ("1,000" → 1000, "dozens" → 24)."""
    text = text.lower().strip()
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    digits = text.replace(",", "")
    return int(digits) if digits.isdigit() else None


def find_casualties(text: str) -> tuple[int | None, int | None]:
    """(killed, injured) stated in `text`; None where the text states no number."""
    found: dict[str, int] = {}
    stated = {kind for kind, cue in CUES.items() if cue.search(text)}
    for kind, pattern in _patterns():
        if kind in stated and kind not in found and (n := _first_count(pattern, text)) is not None:
            found[kind] = n
    return found.get("killed"), found.get("injured")


def victims_of(phrase: str) -> int | None:
    """The count of victims a killing noun's own phrase gives ("the slaying of seven more demonstrators" → 7);
    None for any other phrase. Only the noun's phrase: "protests after the slaying of seven" counts no protest."""
    match = KILLING_NOUN.match(phrase)
    return parse_number(match.group(1)) if match is not None and not _is_year(match) else None


def _first_count(pattern: re.Pattern[str], text: str) -> int | None:
    """The number of the first match that is a count, skipping years ("in 2016 killed" is not 2016 dead)."""
    pos = 0
    while (match := pattern.search(text, pos)) is not None:
        if not _is_year(match) and (n := parse_number(match.group(1))) is not None:
            return n
        pos = match.end(1)
    return None


def _is_year(match: re.Match[str]) -> bool:
    """A 1900–2100 number written without a comma and not directly followed by a casualty noun."""
    if not YEAR.fullmatch(match.group(1)):
        return False
    return re.match(rf"\s+{NOUN}", match.string[match.end(1) :], re.IGNORECASE) is None
