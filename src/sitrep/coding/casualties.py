"""Casualty counts stated in an event's clause: "killing over 60 soldiers", "12 people were wounded"."""

from __future__ import annotations

import re
from functools import cache

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "a dozen": 12, "dozens": 24, "scores": 40, "hundreds": 200, "a hundred": 100, "thousands": 2000,
}
QUALIFIER = r"(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|roughly|as\s+many\s+as)?\s*"
NUMBER = r"(\d[\d,]*|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + r")"
NOUNS = r"(?:\s+(?:[a-z-]+\s+){0,3}?(?:people|civilians|soldiers|fighters|troops|militants|rebels|members|men|" \
        r"women|children|personnel|officers|police(?:men)?|guards|others|persons|militiamen|combatants))?"
KILL = r"(?:kill(?:ed|ing|s)?|dead|died|deaths)"
HURT = r"(?:wound(?:ed|ing|s)?|injur(?:ed|ing|ies|es|e)|hurt)"


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    flags = re.IGNORECASE
    return (
        ("killed", re.compile(rf"\b{KILL}\s+{QUALIFIER}{NUMBER}\b", flags)),
        ("injured", re.compile(rf"\b{HURT}\s+{QUALIFIER}{NUMBER}\b", flags)),
        ("killed", re.compile(rf"\b{QUALIFIER}{NUMBER}{NOUNS}\s+(?:were|was|have\s+been|had\s+been|are)?\s*"
                              rf"(?:killed|dead)\b", flags)),
        ("injured", re.compile(rf"\b{QUALIFIER}{NUMBER}{NOUNS}\s+(?:were|was|have\s+been|had\s+been|are)?\s*"
                               rf"(?:wounded|injured)\b", flags)),
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
    for kind, pattern in _patterns():
        if kind in found:
            continue
        match = pattern.search(text)
        if match and (n := parse_number(match.group(1))) is not None:
            found[kind] = n
    return found.get("killed"), found.get("injured")
