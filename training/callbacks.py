"""spaCy registry functions used by training/config.cfg (loaded by training/train.py, or pass
`--code training/callbacks.py` to `spacy train`)."""

from __future__ import annotations

import time

import spacy


class TimeBoxReached(Exception):
    """Raised before an update once the training time box is spent; spaCy then saves model-last,
    and model-best holds the best checkpoint evaluated so far."""


@spacy.registry.callbacks("timeline.time_box.v1")
def time_box(minutes: float = 0):
    """A before_update callback that stops training after `minutes` of wall time (0: never)."""
    started = time.monotonic()

    def check(nlp, info) -> None:
        if minutes and time.monotonic() - started > minutes * 60:
            raise TimeBoxReached(f"time box of {minutes} minutes reached at step {info['step']}")

    return check
