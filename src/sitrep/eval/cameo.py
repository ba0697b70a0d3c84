"""The PETRARCH-2 validation records (PETR2_GSR_validation.xml): sentences with their expected CAMEO event codings.

The file is not well-formed XML (comments with markup, a record after the closing root tag), so it is read with
regular expressions: each `<Sentence ... id=...>` opens a record that runs to the next one; inside it the
`<EventCoding eventcode=... sourcecode=... targetcode=.../>` (or `noevents="True"`) tags and the `<Text>` block are
taken; `<Parse>` and comments are ignored. A repeated id keeps its first record. Sentences marked
`evaluate="false"` are left out.

Scoring: every sentence is coded on its own (its text with line breaks joined), and compared as sets, pooled over
sentences (micro F1):
- `root_f1`: (sentence, two-digit CAMEO root) pairs: the gold codings' roots against the extracted events' roots.
- `triple_f1`: (sentence, source country, root, target country): Phoenix actor codes are read as country + sector
  (`USAGOV` → USA/GOV, `---REB` → no country/REB, `IGOUNO...` → IGO; data/eval/actor_codes.csv) and only the
  country is compared; an absent actor is "no country" on both sides.

Statements (PETRARCH's convention, which the gold follows): where the speaker comes first ("X said (that) Y
attacked Z", "X claims responsibility for the attack"), PETRARCH codes the statement, not what it reports; where the
attribution trails ("Y attacked Z, X said") or is a sourcing phrase ("according to X"), it codes the reported act. A
record keeps the reported act (status reported or claimed, the speaker in `attributed_to`), so before comparing,
`compared_event` reads a record whose speaker is named before its trigger as the statement: a claim by the act's
own party of a violent act (CAMEO 18-20) is 015 (claim responsibility: the party against the act's target); a
party's report of its own act is that act; a violent act of another party (or of none named) is 112 (accuse: the
speaker against the act's party); any other act reported by another party, which PETRARCH leaves as a bare
statement it does not code, is not compared. Nor is a record that names no coded party at all (no source, and no
target with an actor code: "The release of X came as ..."), as PETRARCH codes no event without a dictionary actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import GoldFileError
from ..records import Actor, Event
from . import EvalResult
from .common import (
    canonical_country,
    code_articles,
    first,
    phoenix_actor,
    read_gold_text,
    set_tally,
    short_article,
)

if TYPE_CHECKING:
    from ..coder import Coder

SENTENCE = re.compile(r"<Sentence\b([^>]*?)/?>")
CODING = re.compile(r"<EventCoding\b([^>]*?)/?>")
TEXT = re.compile(r"<Text>(.*?)</Text>", re.DOTALL)
PARSE = re.compile(r"<Parse>(.*?)</Parse>", re.DOTALL)
ATTRIBUTE = re.compile(r"""(\w+)\s*=\s*["']([^"']*)["']""")
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
SOURCING = ("according to", "quoting", "citing")  # a speaker after these words is a source, not the news
CLAIM_CODE = "015"
ACCUSE_CODE = "112"
# assault, fight, mass violence: what a statement claims or accuses
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
EVENT_CODE = re.compile(r"\d{2,4}")


@dataclass(frozen=True)
class Coding:
    """One expected event: its CAMEO code and the Phoenix actor codes ("" when absent)."""

    code: str
    source: str
    target: str

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True)
class CameoItem:
    """One validation sentence and its expected codings ([] for noevents)."""

    item_id: str
    text: str
    published: date | None
    codings: tuple[Coding, ...]
    line: int


def load(path: Path) -> list[CameoItem]:
    """The validation sentences of a PETRARCH validation file; GoldFileError when it has none or one is malformed."""
    raw = read_gold_text(path)
    markup = COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), raw)  # keep line numbers
    starts = list(SENTENCE.finditer(markup))
    if not starts:
        raise GoldFileError(f"{path}: no <Sentence ...> records; not a PETRARCH validation file")
    items: dict[str, CameoItem] = {}
    for n, match in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(markup)
        item = _item(path, markup, match, markup[match.end() : end])
        if item is not None:
            items.setdefault(item.item_id, item)
    return list(items.values())


def _item(path: Path, markup: str, match: re.Match[str], body: str) -> CameoItem | None:
    line = markup.count("\n", 0, match.start()) + 1
    where = f"{path}:{line}"
    attrs = dict(ATTRIBUTE.findall(match.group(1)))
    if not attrs.get("id"):
        raise GoldFileError(f"{where}: <Sentence> without an id")
    if attrs.get("evaluate", "true").lower() == "false":
        return None
    text = sentence_text(body)
    if not text:
        raise GoldFileError(
            f"{where}: sentence {attrs['id']} has no <Text> (nor a <Parse> to rebuild it from)"
        )
    codings = [
        _coding(f"{where} (sentence {attrs['id']})", dict(ATTRIBUTE.findall(c))) for c in CODING.findall(body)
    ]
    if not codings:
        raise GoldFileError(f"{where}: sentence {attrs['id']} has no <EventCoding>")
    return CameoItem(
        attrs["id"], text, _date(attrs.get("date", "")), tuple(c for c in codings if c is not None), line
    )


def sentence_text(body: str) -> str:
    """The record's <Text> on one line; when it is empty, the words of its CoNLL-U <Parse> (SpaceAfter=No kept)."""
    text = TEXT.search(body)
    if text is not None and text.group(1).strip():
        return " ".join(text.group(1).split())
    parse = PARSE.search(body)
    rows = [line.split("\t") for line in parse.group(1).splitlines()] if parse else []
    words = [(row[1], "SpaceAfter=No" not in row[-1]) for row in rows if len(row) >= 10 and row[0].isdigit()]
    return "".join(word + (" " if space else "") for word, space in words).strip()


def _coding(where: str, attrs: dict[str, str]) -> Coding | None:
    if attrs.get("noevents", "").lower() == "true":
        return None
    code = attrs.get("eventcode", "").strip()
    if not EVENT_CODE.fullmatch(code):
        raise GoldFileError(f"{where}: eventcode {code!r} is not a CAMEO code (2–4 digits)")
    return Coding(code, attrs.get("sourcecode", "").strip(), attrs.get("targetcode", "").strip())


def _date(value: str) -> date | None:
    try:
        return datetime.strptime(value, "%Y%m%d").date()
    except ValueError:
        return None


def event_root(event: Event) -> str:
    """The two-digit CAMEO root of an extracted event ('--' when it carries no code)."""
    return event.cameo[:2] if event.cameo else "--"


def event_triple(event: Event) -> tuple[str | None, str, str | None]:
    """(source country, root, target country) of an extracted event."""
    source = canonical_country(event.source.country) if event.source else None
    target = canonical_country(event.target.country) if event.target else None
    return source, event_root(event), target


def coding_triple(coding: Coding) -> tuple[str | None, str, str | None]:
    """(source country, root, target country) of a gold coding."""
    return phoenix_actor(coding.source)[0], coding.root, phoenix_actor(coding.target)[0]


def compared_event(event: Event) -> Event | None:
    """The event as PETRARCH codes it (see the module docstring): itself, the statement that reports it, or None."""
    if event.source is None and (event.target is None or not (event.target.country or event.target.sector)):
        return None  # no actor PETRARCH could code
    speaker = event.attributed_to
    if event.status not in ("reported", "claimed") or speaker is None or not _leads(event, speaker.text):
        return event
    violent = event_root(event) in VIOLENT_ROOTS
    if _same_party(event.source, speaker):
        claim = violent and event.status == "claimed"
        return replace(event, cameo=CLAIM_CODE, attributed_to=None) if claim else event
    if violent:
        return replace(event, cameo=ACCUSE_CODE, source=speaker, target=event.source, attributed_to=None)
    return None


def _leads(event: Event, speaker: str) -> bool:
    """Whether the speaker is named in the event's sentence wholly before its trigger, not as a sourcing phrase."""
    sentence, start = event.evidence.sentence, event.evidence.trigger_start
    at = sentence.find(speaker) if speaker else -1
    if start is None or at < 0 or at + len(speaker) > start - event.evidence.start:
        return False
    return not sentence[:at].rstrip().lower().endswith(SOURCING)


def _same_party(party: Actor | None, speaker: Actor) -> bool:
    if party is None:
        return False
    if party.actor_id is not None and party.actor_id == speaker.actor_id:
        return True
    return party.text.lower() == speaker.text.lower()


def evaluate(path: Path, *, coder: Coder | None = None, limit: int | None = None) -> EvalResult:
    """Score the pipeline on a PETRARCH validation file (see the module docstring for the rules)."""
    items = first(load(path), limit)
    coded = code_articles(
        [short_article(i.item_id, i.text, published=i.published) for i in items], coder=coder
    )
    compared = [[c for c in map(compared_event, events) if c is not None] for events in coded]
    pairs = list(zip(items, compared, strict=True))
    roots = set_tally(
        {(i.item_id, c.root) for i in items for c in i.codings},
        {(i.item_id, event_root(e)) for i, events in pairs for e in events},
    )
    triples = set_tally(
        {(i.item_id, *coding_triple(c)) for i in items for c in i.codings},
        {(i.item_id, *event_triple(e)) for i, events in pairs for e in events},
    )
    counts = {
        "sentences": len(items),
        "gold_codings": sum(len(i.codings) for i in items),
        "no_event_sentences": sum(not i.codings for i in items),
        "events": sum(map(len, coded)),
        "root_hits": roots.tp,
    }
    return EvalResult(
        "cameo",
        str(path),
        {"root_f1": roots.f1, "triple_f1": triples.f1},
        counts,
        [
            "sets of (sentence, root) and (sentence, source country, root, target country), micro F1",
            "a reported act whose speaker comes first is compared as the statement (015 / 112) or not at all",
        ],
    )
