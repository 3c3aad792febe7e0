"""Pause Python's cyclic garbage collector around bulk building of long-lived objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Building millions of small objects that all stay alive makes the collector's passes over
    an ever larger heap cost time and free nothing. Start no worker process inside: a forked
    child would inherit the paused collector."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
