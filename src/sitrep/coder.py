"""Running the whole pipeline: articles → spaCy Docs (in bounded batches) → event records."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache

from spacy.language import Language

from .coding.events import extract_events
from .coding.resources import Dictionaries, load_dictionaries
from .ingest import read_text
from .nlp import build_pipeline
from .records import Article, Event
from .settings import Settings, load_settings


class Coder:
    """Holds the spaCy pipeline and the dictionaries; codes articles into events."""

    def __init__(self, *, settings: Settings | None = None) -> None:
        self.settings = settings or load_settings()
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = build_pipeline(model=self.settings.model)
        return self._nlp

    @property
    def dictionaries(self) -> Dictionaries:
        return load_dictionaries()

    def code(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """(article, its events) for each article, parsing in batches of settings.batch_size."""
        iterator = iter(articles)
        head = list(itertools.islice(iterator, AUTO_MIN_DOCUMENTS))
        if not head:  # nothing to code: don't load the model
            return
        dictionaries = self.dictionaries
        processes = choose_processes(self.settings.processes, many=len(head) >= AUTO_MIN_DOCUMENTS)
        pairs = ((a.text, a) for a in itertools.chain(head, iterator))
        docs = self.nlp.pipe(pairs, as_tuples=True, batch_size=self.settings.batch_size, n_process=processes)
        for doc, article in docs:
            yield article, extract_events(doc, article=article, dictionaries=dictionaries,
                                          keep_sourceless=self.settings.keep_sourceless)


AUTO_MIN_DOCUMENTS = 64  # `processes = 0` (auto) uses AUTO_PROCESSES for runs of at least this many documents
AUTO_PROCESSES = 2


def choose_processes(setting: int, *, many: bool) -> int:
    """The NLP worker processes for a run: the setting, or for 0 (auto) AUTO_PROCESSES when the run is long
    (`many` documents: the workers' start-up, a model load each, pays off) and the machine has the cores."""
    if setting > 0:
        return setting
    return min(AUTO_PROCESSES, os.cpu_count() or 1) if many else 1


@cache
def default_coder() -> Coder:
    """One Coder per process for `extract()`."""
    return Coder()


def extract(text: str, *, published: date | None = None, doc_id: str = "doc", source: str | None = None,
            coder: Coder | None = None) -> list[Event]:
    """Code one article's text into events. `published` anchors relative dates ("last week")."""
    article = read_text(text, doc_id=doc_id, published=published, source=source)
    return next((coder or default_coder()).code([article]))[1]
