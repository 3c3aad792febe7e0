"""Acronym finders with plain-string pre-checks find exactly what their plain forms find: the
"ARTE, dubbed ..." scan against its pattern and the "G2R: Graph-Guided Retrieval" title reading
against the form without its first-initial test, on generated text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.abbrev import (
    _LAST_WORD,
    _SHORT_THEN,
    _TITLE_SHORT,
    _WORD,
    Abbreviation,
    _short_then,
    _spellings,
    _title_colon,
    initials_long_form,
    is_short_form,
    last_word,
)


def _title_colon_ref(text: str) -> list[Abbreviation]:
    m = _TITLE_SHORT.match(text)
    if not m or not is_short_form(m.group(1)):
        return []
    short, rest = m.group(1), text[m.end() : m.end() + 120]
    words = list(_WORD.finditer(rest))
    for spelled in _spellings(short):
        for k in range(2, min(len(words), len(short) + 4) + 1):
            prefix = rest[: words[k - 1].end()].rstrip(",;:")
            if initials_long_form(spelled, prefix) == prefix:
                return [Abbreviation(short, 0, prefix, m.end())]
    return []


_PIECES = st.sampled_from(["ARTE", "LiNeS", "G2R", "GgR", "x", "Ab", "aB", "GPT-4o", "v1.5", "a+Bc", "x.YZ", "é", "ß",
                           "Graph", "Guided", "Retrieval", "graph", "of", "for", "the", "-", "+", ".", ",", ", ", ": ",
                           " ", "  ", "\n", "dubbed ", "named ", "called ", "stands for ", "short for ", "which stands ", "Aligning", "TeacheR", "(", ")"])


@settings(max_examples=800, deadline=None)
@given(st.lists(_PIECES, max_size=14))
def test_short_then_equals_its_pattern(pieces):
    text = "".join(pieces)
    assert _short_then(text) == [(m.start(1), m.group(1), m.end()) for m in _SHORT_THEN.finditer(text)], text


@settings(max_examples=800, deadline=None)
@given(st.sampled_from(["G2R", "GGR", "ARTE", "LiNeS", "SAE-T", "Ab1", "XY"]), st.sampled_from([": ", ":  ", ":\n"]),
       st.lists(_PIECES, max_size=10))
def test_title_colon_equals_its_plain_form(short, colon, pieces):
    text = short + colon + " ".join(pieces)
    assert _title_colon(text) == _title_colon_ref(text), text


def test_title_colon_reads_a_spelled_prefix():
    assert _title_colon("G2R: Graph-Guided Retrieval for QA")[0].long == "Graph-Guided Retrieval"


_TAILS = st.sampled_from(["GPT", "x", "é", "7", "-", "+", ".", "_", " ", "  ", "\n", "\t", "(", "Detail", "Mamba", "a.B",
                          "v2", "'", "\u00a0"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_TAILS, max_size=10))
def test_last_word_equals_its_pattern(pieces):
    window = "".join(pieces)
    m = _LAST_WORD.search(window)
    assert last_word(window) == ((m.start(1), m.group(1)) if m else None), window
