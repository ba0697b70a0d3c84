"""Running the whole pipeline: articles → spaCy Docs (in bounded batches) → event records.

With more than one process, worker processes parse *and* code (`code_in_workers`): the main process only hands
out small chunks of articles and gets their events back (small, picklable), in input order, with a bounded
number of chunks in flight, so that reading and writing are all it does.
"""

from __future__ import annotations

import atexit
import gc
import itertools
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from functools import cache
from multiprocessing.context import ForkContext, SpawnContext
from multiprocessing.process import BaseProcess
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .coding.events import extract_events
from .coding.finding import event_lemmas
from .coding.resources import Dictionaries, load_dictionaries
from .geo.locate import remember_text
from .ingest import read_text
from .nlp import build_pipeline
from .nlp.prefilter import (
    Prefilter,
    blank,
    break_at_blanks,
    build_prefilter,
    lemmatizer_exceptions,
    unlikely_spans,
)
from .records import Article, Event
from .settings import Settings, load_settings


class Coder:
    """Holds the spaCy pipeline and the dictionaries; codes articles into events."""

    def __init__(self, *, settings: Settings | None = None) -> None:
        self.settings = settings or load_settings()
        self._nlp: Language | None = None
        self._frozen = False
        self._prefilter: Prefilter | None = None

    def __getstate__(self) -> dict[str, Any]:
        """Pickled (for a spawned worker) as its settings only: the worker loads its own model."""
        return {"settings": self.settings, "_nlp": None, "_frozen": False, "_prefilter": None}

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = build_pipeline(
                model=self.settings.model,
                fast_attributes=self.settings.fast_attributes,
                title_case=self.settings.title_case,
            )
        return self._nlp

    @property
    def dictionaries(self) -> Dictionaries:
        return load_dictionaries()

    @property
    def prefilter(self) -> Prefilter:
        """The trigger-word pre-filter (setting `prefilter`), built once from the lexicon and the lemmatizer's
        tables of irregular forms."""
        if self._prefilter is None:
            lemmas = event_lemmas(self.dictionaries.triggers)
            self._prefilter = build_prefilter(lemmas, exceptions=irregular_forms(self.nlp))
        return self._prefilter

    def parsed(self, article: Article) -> str | Doc:
        """What the pipeline parses: the article's text, or with the pre-filter a Doc of it with the sentences
        that can hold no event blanked (same length, same offsets; see nlp.prefilter)."""
        if not self.settings.prefilter:
            return article.text
        spans = unlikely_spans(article.text, self.prefilter)
        return break_at_blanks(self.nlp.make_doc(blank(article.text, spans)), spans)

    def loaded(self) -> tuple[Language, Dictionaries]:
        """The pipeline and the dictionaries, loaded. The first time, what is loaded then (half a million
        long-lived objects: model, dictionaries, gazetteer) leaves the cyclic garbage collector's watch
        (`gc.freeze`), so that its full collections, which coding triggers, stop scanning it again and again. They
        are handed back at exit (`gc.unfreeze`), so that the interpreter's last collection frees them (else
        extension modules report them as leaked)."""
        nlp, dictionaries = self.nlp, self.dictionaries
        if not self._frozen:
            gc.freeze()
            atexit.register(gc.unfreeze)
            self._frozen = True
        return nlp, dictionaries

    def code(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """(article, its events) for each article, in input order, parsing in batches of settings.batch_size;
        with more than one process (see `choose_processes`) worker processes parse and code."""
        iterator = iter(articles)
        head = list(itertools.islice(iterator, AUTO_MIN_DOCUMENTS))
        if not head:  # nothing to code: don't load the model
            return
        processes = choose_processes(self.settings.processes, many=len(head) >= AUTO_MIN_DOCUMENTS)
        stream = itertools.chain(head, iterator)
        if processes > 1:
            yield from code_in_workers(self, stream, processes=processes)
            return
        nlp, dictionaries = self.loaded()
        pairs = ((self.parsed(a), a) for a in stream)
        for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=self.settings.batch_size):
            remember_text(doc, article.text)
            yield (
                article,
                extract_events(
                    doc,
                    article=article,
                    dictionaries=dictionaries,
                    keep_sourceless=self.settings.keep_sourceless,
                ),
            )

    def code_batch(self, articles: list[Article]) -> list[list[Event]]:
        """The events of each article of a (small) batch, in this process."""
        nlp, dictionaries = self.loaded()
        docs = nlp.pipe((self.parsed(a) for a in articles), batch_size=self.settings.batch_size)
        events = []
        for doc, article in zip(docs, articles, strict=True):
            remember_text(doc, article.text)
            events.append(
                extract_events(
                    doc,
                    article=article,
                    dictionaries=dictionaries,
                    keep_sourceless=self.settings.keep_sourceless,
                )
            )
        return events


def irregular_forms(nlp: Language) -> dict[str, list[str]]:
    """Irregular form → lemmas, from the pipeline's rule lemmatizer's exception tables (none without one)."""
    lemmatizer: Any = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.component_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return {}
    return lemmatizer_exceptions(lookups.get_table("lemma_exc").values())


AUTO_MIN_DOCUMENTS = 64  # `processes = 0` (auto) uses AUTO_PROCESSES for runs of at least this many documents
AUTO_PROCESSES = 2


def choose_processes(setting: int, *, many: bool) -> int:
    """The worker processes for a run: the setting, or for 0 (auto) AUTO_PROCESSES when the run is long
    (`many` documents: the workers' start-up, a model load each, pays off) and the machine has the cores."""
    if setting > 0:
        return setting
    return min(AUTO_PROCESSES, os.cpu_count() or 1) if many else 1


# ------------------------------------------------------------------ worker processes

CHUNK = 8  # articles per task: small, so the workers stay evenly busy (spaCy's output does not depend on it)
IN_FLIGHT_PER_WORKER = 4  # chunks handed out and not yet yielded, per worker: bounds memory, keeps them fed
POLL_SECONDS = 1.0  # how often a waiting process checks that the other side is still alive


def code_in_workers(
    coder: Coder, articles: Iterable[Article], *, processes: int
) -> Iterator[tuple[Article, list[Event]]]:
    """`coder.code` with `processes` worker processes that each parse and code whole chunks (each loads the
    model and dictionaries once, or inherits them when the main process has them loaded and can fork).
    Yields in input order; at most IN_FLIGHT_PER_WORKER chunks per worker are in flight. A worker's error is
    raised here; workers stop when the iterator ends or is closed, and exit by themselves if this process dies."""
    context = _context()
    tasks, results = context.Queue(), context.Queue()
    workers = [
        context.Process(
            target=_work, args=(coder, tasks, results, os.getpid()), daemon=True, name=f"sitrep-{i}"
        )
        for i in range(processes)
    ]
    for worker in workers:
        worker.start()
    finished = False
    try:
        size = max(1, min(CHUNK, coder.settings.batch_size))
        yield from _in_order(
            articles, tasks, results, workers, size=size, limit=IN_FLIGHT_PER_WORKER * processes
        )
        finished = True
    finally:
        _stop(workers, tasks, results, graceful=finished)


def _context() -> ForkContext | SpawnContext:
    """Fork where it is safe (Linux: the workers inherit what is loaded, as spaCy's own workers do), else
    spawn (the worker loads the model itself: a Coder pickles as its settings)."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _in_order(
    articles: Iterable[Article],
    tasks: Any,
    results: Any,
    workers: Sequence[BaseProcess],
    *,
    size: int,
    limit: int,
) -> Iterator[tuple[Article, list[Event]]]:
    pending: deque[tuple[int, list[Article]]] = deque()
    done: dict[int, list[list[Event]]] = {}
    chunks = _chunks(articles, size)
    for index, chunk in enumerate(chunks):
        tasks.put((index, chunk))
        pending.append((index, chunk))
        while len(pending) >= limit:
            yield from _oldest(pending, done, results, workers)
    while pending:
        yield from _oldest(pending, done, results, workers)


def _oldest(
    pending: deque[tuple[int, list[Article]]],
    done: dict[int, list[list[Event]]],
    results: Any,
    workers: Sequence[BaseProcess],
) -> Iterator[tuple[Article, list[Event]]]:
    """Wait for the oldest chunk in flight (collecting others as they come) and yield its articles' events."""
    index, chunk = pending.popleft()
    while index not in done:
        got, events, error = _receive(results, workers)
        if error is not None:
            raise error[0] from RuntimeError(f"in a worker process:\n{error[1]}")
        done[got] = events
    yield from zip(chunk, done.pop(index), strict=True)


def _receive(results: Any, workers: Sequence[BaseProcess]) -> Any:
    while True:
        try:
            return results.get(timeout=POLL_SECONDS)
        except queue.Empty:
            dead = [w.exitcode for w in workers if w.exitcode is not None]
            if dead:
                raise RuntimeError(f"a coding worker process died (exit code {dead[0]})") from None


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _stop(workers: Sequence[BaseProcess], tasks: Any, results: Any, *, graceful: bool) -> None:
    """All tasks done: tell the workers to exit. Otherwise (an error, or the caller stopped early): stop them."""
    if graceful:
        for _ in workers:
            tasks.put(None)
    else:
        tasks.cancel_join_thread()
        for worker in workers:
            worker.terminate()
    for worker in workers:
        worker.join(timeout=10)
        if worker.exitcode is None:
            worker.kill()
            worker.join()
    tasks.close()
    results.close()


def _work(coder: Coder, tasks: Any, results: Any, parent: int) -> None:
    """A worker's loop: code chunks until told to stop; exits at once when the main process is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()
    while (task := tasks.get()) is not None:
        index, chunk = task
        try:
            results.put((index, coder.code_batch(chunk), None))
        except Exception as exc:  # sent back and raised in the main process
            results.put((index, None, (_portable(exc), traceback.format_exc())))


def _exit_when_orphaned(parent: int) -> None:
    """Watch the main process; when it is gone (killed), nobody wants the results: exit wherever the worker
    is (coding, or blocked on a queue the dead process was writing)."""
    while os.getppid() == parent:
        time.sleep(POLL_SECONDS)
    os._exit(0)


def _portable(exc: Exception) -> Exception:
    """The exception itself when it survives pickling, else a RuntimeError with its message."""
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


@cache
def default_coder() -> Coder:
    """One Coder per process for `extract()`."""
    return Coder()


def extract(
    text: str,
    *,
    published: date | None = None,
    doc_id: str = "doc",
    source: str | None = None,
    coder: Coder | None = None,
) -> list[Event]:
    """Code one article's text into events. `published` anchors relative dates ("last week")."""
    article = read_text(text, doc_id=doc_id, published=published, source=source)
    return next((coder or default_coder()).code([article]))[1]
