"""The NLP stage: spaCy pipeline construction and sitrep's registered components."""

from .pipeline import build_pipeline, default_model

__all__ = ["build_pipeline", "default_model"]
