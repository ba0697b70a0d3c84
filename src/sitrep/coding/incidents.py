"""Whether a trigger names one incident: the test an event whose text names no perpetrator must pass to be kept.

"Seven people were wounded when a grenade exploded in Davao" reports one occurrence; "the fight for Idlib" and
"battling the YPG was a necessity" name a campaign or an activity, and without a perpetrator, casualties or a place
they code nothing a reader could check.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Token

from ..datafiles import data_path, read_table
from ..errors import DictionaryError

NON_FINITE_TAGS = frozenset({"VBG", "VB"})  # "attacking Kurdish troops", "sent back to fight"


@cache
def load_durative_nouns(path: Path | None = None) -> frozenset[str]:
    """The nouns of data/triggers/durative_nouns.csv (lower case, one word each)."""
    path = path or data_path("triggers/durative_nouns.csv")
    words = set()
    for line, row in read_table(path, required=("word", "note")):
        word = row["word"].lower()
        if not word.isalpha():
            raise DictionaryError(str(path), line, f"word must be one word of letters, found {row['word']!r}")
        if word in words:
            raise DictionaryError(str(path), line, f"word {word!r} is listed twice")
        words.add(word)
    return frozenset(words)


def is_incident(trigger: Token, *, durative: frozenset[str] | None = None) -> bool:
    """Whether a trigger reports one occurrence: a finite or participial verb ("were arrested", "exploded"), or a
    noun that names an incident ("an airstrike", "grenade attacks") rather than a campaign or a state of war
    ("the fight", "fighting", "the offensive")."""
    if trigger.pos_ in ("VERB", "AUX"):
        return trigger.tag_ not in NON_FINITE_TAGS
    nouns = load_durative_nouns() if durative is None else durative
    return trigger.lower_ not in nouns and trigger.lemma_.lower() not in nouns
