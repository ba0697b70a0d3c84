"""Check and time `sitrep_token_attributes` against the stock attribute ruler + lemmatizer it replaces.

    .venv/bin/python benchmarks/token_attributes.py [--limit N]

Parses the corpus articles (see throughput.load_articles) up to the parser once, then on two copies of each Doc runs
the stock `attribute_ruler` + `lemmatizer` and sitrep's memo component, taking turns which goes first; prints the
tokens whose TAG, DEP, POS, MORPH or LEMMA differ (there should be none) and each side's CPU seconds.
"""

from __future__ import annotations

import argparse
import time

from spacy.tokens import Doc
from throughput import load_articles

from sitrep.nlp import build_pipeline
from sitrep.nlp.attributes import OUTPUT_ATTRS


def compare(limit: int | None) -> None:
    nlp = build_pipeline(with_ner=False)
    memo, ruler, lemmatizer = (nlp.get_pipe(n) for n in ("sitrep_token_attributes", "attribute_ruler", "lemmatizer"))
    parse_only = [n for n in nlp.pipe_names if n in ("sitrep_token_attributes", "sitrep_dictionary_ruler")]
    seconds, tokens, differing = {"stock": 0.0, "memo": 0.0}, 0, 0
    with nlp.select_pipes(disable=parse_only):
        for number, doc in enumerate(nlp.pipe(a.text for a in load_articles(limit, 1))):
            copies = {"stock": doc.copy(), "memo": doc.copy()}
            runs = {"stock": lambda d: lemmatizer(ruler(d)), "memo": memo}
            for side in sorted(runs, reverse=number % 2 == 1):
                start = time.process_time()
                runs[side](copies[side])
                seconds[side] += time.process_time() - start
            differing += report(copies["stock"], copies["memo"])
            tokens += len(doc)
    print(f"{tokens} tokens, {differing} differing; CPU s stock {seconds['stock']:.2f}, memo {seconds['memo']:.2f}")


def report(stock: Doc, memo: Doc) -> int:
    rows = (stock.to_array(OUTPUT_ATTRS) != memo.to_array(OUTPUT_ATTRS)).any(axis=1).nonzero()[0]
    for i in rows[:5]:
        a, b = stock[int(i)], memo[int(i)]
        print(f"{a.text!r}: stock {a.tag_} {a.dep_} {a.pos_} {a.morph} {a.lemma_}; memo {b.tag_} {b.dep_} {b.pos_} "
              f"{b.morph} {b.lemma_}")
    return len(rows)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    compare(parser.parse_args().limit)
