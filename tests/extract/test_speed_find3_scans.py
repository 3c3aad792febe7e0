"""Scans rewritten for speed in the third pass give what their former forms gave, kept here as
references: sentence spans read their ends from the boundary match (and skip to "." by a literal
pattern when no "!" or "?" is in the text); the capitalised-run pattern's words are atomic groups;
the capital-first scans read ASCII text with its capitals (and digits) marked by one byte."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.candidates import _COINED, _COINED_MARKED
from kg.extract.mentions import _INNER_CAPITAL, _INNER_CAPITAL_MARKED, CAP_RUN, CAP_RUN_MARKED, mark_capitals
from kg.extract.sentences import _BOUNDARY, _is_boundary, sentence_spans, sentence_starts

EDGES = ["", " ", "\n", "A.", "A. ", "A. B", "x.) Y", "x.\" Y", "x.' (Y", "Fig. 3 shows. We", "a! B? C.  D", "e.g. X",
         "ends.\n", "  lead. Two.  ", "x.] [Y", "x.)) Y", "Deep Learning- x", "Deep L-x Of", "A-b- C D", "The Pile & Co."]


@pytest.fixture(scope="module")
def texts(seed_texts: list[str]) -> list[str]:
    return EDGES + seed_texts


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


@settings(max_examples=1000, deadline=None)
@given(st.lists(_CAPPY, max_size=16))
def test_cap_runs_equal_the_former_pattern_on_generated_text(pieces):
    text = "".join(pieces)
    assert _found(CAP_RUN, text) == _found(REF_CAP_RUN, text), text


_SCANS = [(CAP_RUN, CAP_RUN_MARKED, False), (_COINED, _COINED_MARKED, False), (_INNER_CAPITAL, _INNER_CAPITAL_MARKED, True)]


def _marked_equal(text: str) -> bool:
    """Each marked scan finds the plain scan's spans; False when the text is read by the plain scans."""
    for plain, marked, digits in _SCANS:
        copy = mark_capitals(text, digits=digits)
        if copy is None:
            return False
        assert [m.span() for m in marked.finditer(copy)] == [m.span() for m in plain.finditer(text)], (plain.pattern, text)
    return True


def test_marked_scans_equal_the_plain_scans(texts):
    assert sum(_marked_equal(t) for t in texts) > 100


def test_marking_keeps_offsets_and_refuses_what_it_cannot_mark():
    assert mark_capitals("Ab 9Z_") == b"\x01b 9\x01_" and mark_capitals("Ab 9Z_", digits=True) == b"\x01b \x01\x01_"
    assert mark_capitals("Déjà Vu") is None and mark_capitals("A\x01B") is None and mark_capitals("") == b""


_ASCIIY = st.sampled_from(["A", "B", "Ab", "abc", "x", "z9", "1", "0", "_", "-", "+", "'", " ", " of", " the", " &", ".",
                           "(", "\n", "Xy", "GPT", "\x01", "é", "Net2"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_ASCIIY, max_size=14))
def test_marked_scans_equal_the_plain_scans_on_generated_text(pieces):
    text = "".join(pieces)
    if not _marked_equal(text):
        assert not text.isascii() or "\x01" in text
