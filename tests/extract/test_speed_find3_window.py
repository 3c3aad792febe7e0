"""The window-stop pattern with its words' opening boundaries looked behind after them stops
where its former form (kept here as the reference) stops, on every sentence of the seed listings
from several offsets and on generated text, bounds included."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.discover import _WINDOW_STOP
from kg.extract.sentences import sentence_spans
from kg.ingest import IngestReport, read_papers

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
REF = re.compile(r";|\.\s|\bwhich\b|\bthat\b|\bto\b|,\s+(?:and|but|while|whereas)\s")


def _start(m: re.Match[str] | None) -> int | None:
    return m.start() if m else None


@pytest.fixture(scope="module")
def texts() -> list[str]:
    papers = read_papers([SEEDS], report=IngestReport())
    return ["", "to", "xto", "tox", "which;", "that. x", "a, and b ", "_that", "é that", "thatthat to"] + [
        t for p in papers for t in (p.title, p.abstract)]


def test_window_stop_equals_the_former_pattern(texts):
    stops = 0
    for text in texts:
        for s, e in sentence_spans(text) or [(0, len(text))]:
            for lo in range(s, min(e, s + 40), 3):
                got = _start(_WINDOW_STOP.search(text, lo, e))
                assert got == _start(REF.search(text, lo, e)), (text[lo:e], lo)
                stops += got is not None
    assert stops > 500


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["to", "that", "which", "x", "_", "é", " ", ",", ", and ", ";", ".", ". ", "\n", "9"]),
                max_size=10), st.integers(0, 6), st.integers(0, 6))
def test_window_stop_equals_the_former_pattern_on_generated_text(pieces, lo, cut):
    text = "".join(pieces)
    hi = max(lo, len(text) - cut)
    assert _start(_WINDOW_STOP.search(text, lo, hi)) == _start(REF.search(text, lo, hi)), (text, lo, hi)
