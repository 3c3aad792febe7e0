"""Scans rewritten for speed in the third pass give what their former forms gave, kept here as
references: sentence spans read their ends from the boundary match (and skip to "." by a literal
pattern when no "!" or "?" is in the text); the capitalised-run pattern's words are atomic groups."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.mentions import CAP_RUN
from kg.extract.sentences import _BOUNDARY, _is_boundary, sentence_spans, sentence_starts
from kg.ingest import IngestReport, read_papers

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
EDGES = ["", " ", "\n", "A.", "A. ", "A. B", "x.) Y", "x.\" Y", "x.' (Y", "Fig. 3 shows. We", "a! B? C.  D", "e.g. X",
         "ends.\n", "  lead. Two.  ", "x.] [Y", "x.)) Y", "Deep Learning- x", "Deep L-x Of", "A-b- C D", "The Pile & Co."]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    papers = read_papers([SEEDS], report=IngestReport())
    return EDGES + [t for p in papers for t in (p.title, p.abstract)]


def _sentence_starts_ref(text: str) -> list[int]:
    return [0] + [m.end() for m in _BOUNDARY.finditer(text) if _is_boundary(text, m)]


def _sentence_spans_ref(text: str) -> list[tuple[int, int]]:
    starts = _sentence_starts_ref(text)
    ends = starts[1:] + [len(text)]
    out = []
    for s, e in zip(starts, ends, strict=True):
        kept = len(text[s:e].rstrip())
        if kept:
            out.append((s, s + kept))
    return out


def test_sentence_spans_equal_the_former_form(texts):
    assert sum(len(sentence_spans(t)) for t in texts) > 200
    for text in texts:
        assert sentence_spans(text) == _sentence_spans_ref(text), text
        assert sentence_starts(text) == _sentence_starts_ref(text), text


_SENTENCEY = st.sampled_from(["et al", "e.g", "Fig", "results", "x", "A", "é", "3", ".", ". ", "! ", "? ", "?", " ", "\n",
                              "\u00a0", "\u2003", "We", "(", "[", "\"", "'", ")", "]", "Approximately", "\x1c"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_SENTENCEY, max_size=16))
def test_sentence_spans_equal_the_former_form_on_generated_text(pieces):
    text = "".join(pieces)
    assert sentence_spans(text) == _sentence_spans_ref(text), text
    assert sentence_starts(text) == _sentence_starts_ref(text), text


REF_CAP_RUN = re.compile(  # the form before the atomic groups
    r"[A-Z](?<![\w\-].)(?:[\w+’'\-]*[\w+])?(?:(?: (?:of|for|the|&))? (?:[A-Z][\w+’'\-]*[\w+]|[A-Z0-9]))+"
)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in pattern.finditer(text)]


def test_cap_runs_equal_the_former_pattern(texts):
    assert sum(len(_found(CAP_RUN, t)) for t in texts) > 50
    for text in texts:
        assert _found(CAP_RUN, text) == _found(REF_CAP_RUN, text), text


_CAPPY = st.sampled_from(["A", "B", "Ab", "x", "1", "_", "-", "+", "'", "’", " ", " of", " the", " &", ".", "(", "é", "É"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_CAPPY, max_size=16))
def test_cap_runs_equal_the_former_pattern_on_generated_text(pieces):
    text = "".join(pieces)
    assert _found(CAP_RUN, text) == _found(REF_CAP_RUN, text), text
