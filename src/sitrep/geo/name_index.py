"""Place-name normalisation and the gazetteer's name index (records in parallel columns + one automaton).

Names are normalised token by token (`normalize_name`): accents folded, case folded, hyphens and apostrophes split,
Arabic article variants (al-, el-, ad-, as-, ash-, az-, ez- ...) unified to "al". `normalize_names` does the same
for many names at once with a few regex passes. `Gazetteer` holds the place records and compiles the Aho-Corasick
automaton over their normalised names; `sitrep.geo.gazetteer` fills and caches it.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat
from typing import NamedTuple

import ahocorasick

from ..records import Place


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MIN_KEY_CHARS = 3
ARABIC_NAMING = _words("SYR IRQ JOR LBN SAU YEM EGY LBY TUN DZA MAR SDN KWT QAT ARE OMN BHR PSE MRT")

_WORD = r"(?:[^\W_]|[\u0300-\u036f])+"
_TOKEN_RE = re.compile(rf"{_WORD}(?:['’‘ʼ`]{_WORD})*")
# the same tokens in a text with no underscore, several times faster (one character class, no alternation)
_TOKEN_RE_NO_UNDERSCORE = re.compile(r"[\w\u0300-\u036f]+(?:['’‘ʼ`][\w\u0300-\u036f]+)*")
_APOSTROPHES = "'’‘ʼ`"
_SPECIAL_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ħ": "h"}
)
_ARTICLES = frozenset({"al", "el"})
_SUN_ARTICLES = _words("ad adh an ar as ash at ath az ed en er es et ez ud ul ur us uz ush")
_ANY_ARTICLES = _ARTICLES | _SUN_ARTICLES
_LOWER_ARTICLES = _words("ad adh ash ath az ed es ez ud ul uz ush")


class Token(NamedTuple):
    """One word of a text: its folded form (`norm`) and its character span in the text (a named tuple: a
    text has a thousand of them, and a tuple is made several times faster than a frozen dataclass)."""

    norm: str
    start: int
    end: int


@lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    """Fold one word for matching: no accents, no apostrophes, lower case, Arabic -ah endings as -a."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_SPECIAL_LETTERS))
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) and c not in _APOSTROPHES)
    folded = kept.casefold().translate(_SPECIAL_LETTERS)
    folded = "".join(c for c in folded if c.isalnum())
    if len(folded) >= 5 and folded.endswith("ah"):
        folded = folded[:-1]
    return folded


def tokenize(text: str) -> list[Token]:
    """Split `text` into folded word tokens with offsets; article variants become "al", "'s" is cut off.

    Worked column by column, each by C-level calls: the words from one regex split (no Match objects), their
    offsets from the running length of the pieces, their folded forms; only the few words that end in "'s" or
    fold to an article or to nothing are looked at one by one."""
    pieces = (_TOKEN_SPLIT if "_" in text else _TOKEN_SPLIT_NO_UNDERSCORE).split(text)  # gap, word, gap, …, gap
    offsets = list(accumulate(map(len, pieces)))
    words, starts, ends = pieces[1::2], offsets[0:-1:2], offsets[1::2]
    if _POSSESSIVE.search(text):
        for i in _possessives(text, starts, ends):
            words[i], ends[i] = words[i][:-2], ends[i] - 2
    norms = list(map(fold_word, words))
    if _ANY_ARTICLES.intersection(norms):
        for i in [i for i, norm in enumerate(norms) if norm in _ANY_ARTICLES]:
            nxt = (starts[i + 1], words[i + 1]) if i + 1 < len(words) else None  # (its first letter is read)
            if _is_article(norms[i], words[i], text, ends[i], nxt):
                norms[i] = "al"
    tokens = list(map(tuple.__new__, repeat(Token), zip(norms, starts, ends, strict=True)))  # no Python-level constructor
    return [t for t in tokens if t[0]] if "" in norms else tokens


_TOKEN_SPLIT = re.compile(f"({_TOKEN_RE.pattern})")
_TOKEN_SPLIT_NO_UNDERSCORE = re.compile(f"({_TOKEN_RE_NO_UNDERSCORE.pattern})")
_POSSESSIVE = re.compile(r"['’‘ʼ`][sS]")


def _possessives(text: str, starts: list[int], ends: list[int]) -> list[int]:
    """The words (by index) that end in "'s" (a lone "s" after an apostrophe does not: the word starts after it)."""
    index = dict(zip(ends, range(len(ends)), strict=True))
    found = (index.get(m.end()) for m in _POSSESSIVE.finditer(text))
    return [i for i in found if i is not None and ends[i] - starts[i] > 2]


def _is_article(norm: str, word: str, text: str, end: int, nxt: tuple[int, str] | None) -> bool:
    """Whether a word is an Arabic definite article (al-, el-, as-Suwayda, Dayr az Zawr, At Tanf); `nxt` is the
    next word's start and text."""
    if norm in _ARTICLES:
        return True
    if norm not in _SUN_ARTICLES or nxt is None:
        return False
    gap = text[end : nxt[0]]
    if gap == "-":
        return True
    return gap == " " and _article_by_case(norm, word, nxt[1])


def _article_by_case(norm: str, word: str, following: str) -> bool:
    """A space-separated sun-letter article: "Dayr az Zawr" (lower case) or "At Tanf" (both capitalised)."""
    if word.islower():
        return norm in _LOWER_ARTICLES
    return word[0].isupper() and following[0].isupper() and not word.isupper()


def normalize_name(name: str) -> str:
    """The matching key of a name: its folded tokens joined by single spaces."""
    return " ".join(t.norm for t in tokenize(name))


_SUN_ALT = "|".join(sorted(_SUN_ARTICLES, key=len, reverse=True))
_CAP_SUN_ALT = "|".join(a.capitalize() for a in sorted(_SUN_ARTICLES, key=len, reverse=True))
_LOWER_SUN_ALT = "|".join(sorted(_LOWER_ARTICLES, key=len, reverse=True))
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
_BATCH_STEPS = (  # each pattern starts with a literal or a class, so the regex engine scans quickly
    (re.compile(rf"(?i)\b(?<!['’‘ʼ`])(?:al|el|{_SUN_ALT})-\b"), "al "),
    (re.compile(rf"\b(?:{_LOWER_SUN_ALT}) (?=\w)"), "al "),
    (re.compile(rf"\b(?:{_CAP_SUN_ALT}) (?=[A-Z])"), "al "),
    (re.compile(r"['’‘ʼ`][sS]\b(?<=\w..)"), ""),
    (re.compile(r"['’‘ʼ`](?<=\w.)(?=\w)"), ""),
    (re.compile(r"[AaEe][Ll](?<=\b..)\b"), "al"),
)
_BATCH_SEPARATORS = re.compile(r"[^\w\n ]|_")
_BATCH_SPACES = re.compile(r"  +")
_BATCH_AH = re.compile(r"ah(?<=\w\w\wah)\b")


def normalize_names(names: list[str]) -> list[str]:
    """`normalize_name` over many names at once: a few regex passes over the names joined by newlines.

    Names are batched in three groups (plain ASCII words, ASCII with hyphens or apostrophes, non-ASCII) so
    that each group only pays for the passes it needs."""
    out = [""] * len(names)
    groups: tuple[list[int], list[int], list[int]] = ([], [], [])
    for i, name in enumerate(names):
        if not name.isascii():
            groups[2].append(i)
        elif "-" in name or "'" in name or "`" in name:
            groups[1].append(i)
        else:
            groups[0].append(i)
    for level, idx in enumerate(groups):
        if idx:
            keys = _normalize_joined("\n".join(names[i] for i in idx), level=level)
            for i, key in zip(idx, keys, strict=True):
                out[i] = key
    return out


def _normalize_joined(joined: str, *, level: int) -> list[str]:
    if level == 2:
        joined = _COMBINING.sub("", unicodedata.normalize("NFKD", joined.translate(_SPECIAL_LETTERS)))
    for pattern, replacement in _BATCH_STEPS if level else _BATCH_STEPS[1:3] + _BATCH_STEPS[5:]:
        joined = pattern.sub(replacement, joined)
    joined = joined.lower() if level < 2 else joined.casefold().translate(_SPECIAL_LETTERS)
    joined = _BATCH_SPACES.sub(" ", _BATCH_SEPARATORS.sub(" ", joined))
    joined = _BATCH_AH.sub("a", joined)
    return [key.strip() for key in joined.split("\n")]


def _dedupe_codes(codes: list[int]) -> list[int]:
    """One code per record, primary (odd) codes winning over alternate ones."""
    if len(codes) == 1:
        return codes
    best: dict[int, int] = {}
    for code in codes:
        best[code >> 1] = max(best.get(code >> 1, code), code)
    return list(best.values())


class Gazetteer:
    """Place records (parallel columns indexed by record id) and the name automaton over them."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.lats = array("d")
        self.lons = array("d")
        self.countries: list[str | None] = []
        self.admin1: list[str | None] = []
        self.populations = array("q")
        self.geonameids: list[int | None] = []
        self.precisions: list[str] = []
        self.kinds: list[str] = []
        self.supplement_ids: set[int] = set()
        self.country_record: dict[str, int] = {}
        self.stop_names: dict[str, str] = {}
        self.upper_only: set[str] = set()
        self.abbreviations: dict[str, int] = {}  # "Ga." -> record id (matched as written, period included)
        self.comma_abbreviations: set[str] = set()  # those matched only after ", " ("Mass.", "Ill.")
        self.adjectives: dict[str, int] = {}  # normalised country adjective ("russian") -> country record id
        self.adjective_automaton: ahocorasick.Automaton | None = None
        self._keys: dict[str, list[int]] = {}
        self._pending_names: list[str] = []
        self._pending_codes: list[int] = []
        self.automaton: ahocorasick.Automaton | None = None

    def __len__(self) -> int:
        return len(self.names)

    def add_record(self, rec: _Record) -> int:
        """Append one place record and return its id."""
        self.names.append(rec.name)
        self.lats.append(rec.lat)
        self.lons.append(rec.lon)
        self.countries.append(rec.country)
        self.admin1.append(rec.admin1)
        self.populations.append(rec.population)
        self.geonameids.append(rec.geonameid)
        self.precisions.append(rec.precision)
        self.kinds.append(rec.kind)
        return len(self.names) - 1

    def add_name(self, name: str, rid: int, *, primary: bool = False) -> None:
        """Queue `name` as a name of record `rid`; `build_index` normalises and indexes the queue."""
        self._pending_names.append(name)
        self._pending_codes.append(rid * 2 + (1 if primary else 0))

    def add_names(self, names: Sequence[str], rids: Iterable[int], *, primary: bool = False) -> None:
        """Queue many names at once (names[i] for record rids[i])."""
        self._pending_names.extend(names)
        self._pending_codes.extend(rid * 2 + (1 if primary else 0) for rid in rids)

    def add_abbreviation(self, abbreviation: str, rid: int, *, after_comma: bool = False) -> None:
        """A dotted abbreviation ("Calif.") of record `rid`, matched case-sensitively with its period (only
        after ", " when `after_comma`)."""
        self.abbreviations[abbreviation] = rid
        if after_comma:
            self.comma_abbreviations.add(abbreviation)

    def build_index(self) -> None:
        """Normalise the queued names and compile the automaton (keys stored as " key ", so matches align
        with word boundaries; the value is the key, whose candidates `candidates` gives)."""
        keys = self._keys
        get = keys.get
        normalized = normalize_names(self._pending_names)
        for key, code in self._article_free_keys(normalized, self._pending_codes):
            normalized.append(key)
            self._pending_codes.append(code)
        for key, code in zip(normalized, self._pending_codes, strict=True):
            codes = get(key)
            if codes is None:
                keys[key] = [code]
            else:
                codes.append(code)
        self._pending_names, self._pending_codes = [], []
        self._drop_adjective_alternates()
        blocked = {k for k, rule in self.stop_names.items() if rule == "block"}
        upper = self.upper_only
        for key in [
            k
            for k in keys
            if k in blocked or not k.isascii() or (len(k) - k.count(" ") < MIN_KEY_CHARS and k not in upper)
        ]:
            del keys[key]
        automaton = ahocorasick.Automaton()
        for key, codes in keys.items():
            if len(codes) > 1:
                keys[key] = _dedupe_codes(codes)
            automaton.add_word(f" {key} ", key)
        automaton.make_automaton()
        self.automaton = automaton
        for abbreviation, rid in self.abbreviations.items():
            keys[abbreviation] = [rid * 2 + 1]
        self._build_adjectives()

    def _drop_adjective_alternates(self) -> None:
        """A country adjective is no alternate name of a town ("Thai" listed for Alor Setar): in text it names
        the country's people or things ("on the Thai border"). A place's own primary name is kept."""
        for key in self.adjectives.keys() & self._keys.keys():
            codes = [code for code in self._keys[key] if code & 1]
            if codes:
                self._keys[key] = codes
            else:
                del self._keys[key]

    def add_adjective(self, adjective: str, rid: int) -> None:
        """A country adjective ("Russian") of country record `rid`, found only when asked for."""
        key = normalize_name(adjective)
        if len(key) >= MIN_KEY_CHARS and key.isascii():
            self.adjectives[key] = rid

    def _build_adjectives(self) -> None:
        """A second automaton over the adjectives that are not place names themselves; their keys are
        "~russian" (a key no normalised name can equal)."""
        automaton = ahocorasick.Automaton()
        for key, rid in self.adjectives.items():
            if key not in self._keys:
                self._keys[f"~{key}"] = [rid * 2 + 1]
                automaton.add_word(f" {key} ", f"~{key}")
        if len(automaton):
            automaton.make_automaton()
            self.adjective_automaton = automaton

    def _article_free_keys(self, keys: list[str], codes: list[int]) -> list[tuple[str, int]]:
        """ "qamishli" for "al qamishli": Arabic place names are often written without the article."""
        out = []
        for key, code in zip(keys, codes, strict=True):
            if key.startswith("al ") and len(key) > 6 and self.countries[code >> 1] in ARABIC_NAMING:
                out.append((key[3:], code & ~1))
        return out

    def candidates(self, key: str) -> tuple[int, ...]:
        """Candidate codes (record id * 2 + primary flag) of a normalised key; () when unknown."""
        entries = self._keys.get(key)
        return tuple(entries) if entries else ()

    def place(self, rid: int, text: str) -> Place:
        """The `Place` of record `rid`, as mentioned by `text`."""
        return Place(
            text=text,
            name=self.names[rid],
            geonameid=self.geonameids[rid],
            lat=round(self.lats[rid], 5),
            lon=round(self.lons[rid], 5),
            country=self.countries[rid],
            admin1=self.admin1[rid],
            precision=self.precisions[rid],
        )


@dataclass
class _Record:
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    population: int
    geonameid: int | None
    precision: str
    kind: str


def fold_display(name: str) -> str:
    """A name without accents, for display ("Ḩimş" -> "Hims")."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_SPECIAL_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
