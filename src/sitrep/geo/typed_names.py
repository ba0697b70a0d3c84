"""Place names the gazetteer lacks, recognised by the place-type noun that types them: "the village of Tamthil",
"the Baghdad neighbourhood of Al-Bayaa", "Makhmur district", "the Radhwaniyah area", "al-Shaab Stadium",
"the Baliem Valley". A name is a run of capitalised tokens (with the lowercase article particles of Arabic
names inside it: "Bustan al-Basha", "Dahiyat al-Assad"); it must stand right after "<type noun> of" or right
before a type noun. Lowercase type nouns ("district") stay outside the mention, capitalised ones ("Stadium")
are part of the name. The mentions carry no coordinates (`Place(text=...)`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from ..records import Place
from .resolve import PlaceMention

TYPE_NOUNS = frozenset(
    {
        "airport",
        "area",
        "base",
        "bridge",
        "camp",
        "checkpoint",
        "city",
        "countryside",
        "county",
        "crossing",
        "dam",
        "district",
        "districts",
        "governorate",
        "hospital",
        "island",
        "junction",
        "lake",
        "market",
        "mosque",
        "mountain",
        "mountains",
        "municipality",
        "museum",
        "neighborhood",
        "neighborhoods",
        "neighbourhood",
        "neighbourhoods",
        "oasis",
        "outpost",
        "palace",
        "peninsula",
        "port",
        "prison",
        "province",
        "quarter",
        "region",
        "river",
        "road",
        "school",
        "settlement",
        "settlements",
        "square",
        "stadium",
        "strait",
        "straits",
        "street",
        "suburb",
        "town",
        "towns",
        "valley",
        "village",
        "villages",
    }
)
NAME_PARTICLES = frozenset(
    {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "-", "bin", "ibn", "de", "del"}
)
NON_NAME_LABELS = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def typed_place_mentions(doc: Doc, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """Names typed by a place noun ("the village of X", "X district") that overlap none of `mentions`."""
    out: list[PlaceMention] = []
    taken = [(m.start, m.end) for m in mentions]
    for span in _typed_names(doc):
        start, end = span.start_char, span.end_char
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        text = span.text
        out.append(PlaceMention(start, end, text, Place(text=text)))
    return out


def _typed_names(doc: Doc) -> Iterator[Span]:
    for token in doc:
        if token.lower_ not in TYPE_NOUNS or token.pos_ not in ("NOUN", "PROPN"):
            continue
        after = _name_after(token)
        if after is not None:
            yield after
        before = _name_before(token)
        if before is not None:
            yield before


def _name_after(noun: Token) -> Span | None:
    """ "the village of <Name>": the name run after "of", when the type noun is lowercase."""
    doc = noun.doc
    if not noun.is_lower or noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ != "of":
        return None
    first = noun.i + 2
    last = first
    while last + 1 < len(doc) and _continues_name(doc[last + 1], doc, last + 1):
        last += 1
    while last > first and not _is_name_word(doc[last]):
        last -= 1
    return _as_name(doc[first : last + 1])


def _name_before(noun: Token) -> Span | None:
    """ "<Name> district" (the name alone) or "<Name> Stadium" (the name with its capitalised type)."""
    doc = noun.doc
    last = noun.i - 1
    if last < 0 or not _is_name_word(doc[last]):
        return None
    first = last
    while first - 1 >= 0 and _continues_name(doc[first - 1], doc, first - 1):
        first -= 1
    while first < last and not _is_name_word(doc[first]):
        first += 1
    end = noun.i + 1 if noun.is_title else noun.i
    return _as_name(doc[first:end])


def _is_name_word(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and any(c.islower() for c in text) and token.pos_ == "PROPN"


def _continues_name(token: Token, doc: Doc, i: int) -> bool:
    """A capitalised name word, or a particle ("al", "-") between two of them."""
    if _is_name_word(token):
        return True
    if token.lower_ not in NAME_PARTICLES or token.whitespace_ and token.text == "-":
        return False
    return 0 < i < len(doc) - 1 and (_is_name_word(doc[i + 1]) or doc[i + 1].lower_ in NAME_PARTICLES)


def _as_name(span: Span) -> Span | None:
    """The span, unless it is empty, starts the sentence with a single word, or is a demonym or number."""
    if len(span) == 0 or not _is_name_word(span[0]) and span[0].lower_ not in NAME_PARTICLES:
        return None
    if any(t.ent_type_ in NON_NAME_LABELS for t in span):
        return None
    return span
