"""`naming_spans` matches `_NAMING` only where the cue scan saw a naming word (`naming_openers`):
it gives what the search at every character gave, on the seed listings and on generated text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.candidates import framed_copy
from kg.extract.discover import _NAMING, _STEM_AUTO, _matches_at, naming_openers, naming_spans, scan_cues
from kg.extract.sentences import sentence_spans

EDGES = ["we call it X", "which we call X. We named Y", "that we term “Z”", "re-named X", "x_named Y", "Named X",
         "denoted as X, denoted by Y, denoted  Z", "referred to as X", "referred  to as X", "a model called\tX we dub Y",
         "which we name which we name X", "called called X"]


def _both(text: str) -> tuple[list[int], list[int]] | None:
    framed = framed_copy(text)
    if framed is None:
        return None
    hits = list(_STEM_AUTO.iter(framed))
    _, named = scan_cues(text, framed, hits)
    sents = sentence_spans(text)
    ref = [m.end() for m in _NAMING.finditer(text)]  # every match, before the authorship filter
    got = [m.end() for m in _NAMING.finditer(text)] if not named else None
    if named:
        got = [m.end() for m in _matches_at(_NAMING, text, naming_openers(hits))]
        assert naming_spans(text, sents, named, naming_openers(hits)) == naming_spans(text, sents, None), text
    return got, ref


@pytest.fixture(scope="module")
def texts(seed_texts: list[str]) -> list[str]:
    return EDGES + seed_texts


def test_naming_matches_equal_the_search(texts):
    found = 0
    for text in texts:
        pair = _both(text)
        if pair:
            assert pair[0] == pair[1], text
            found += len(pair[1])
    assert found > 20


_PIECES = st.sampled_from(["we", "We", " ", "  ", "call", "name", "named", "called", "which", "that", "-", "_", "x", "X",
                           "denoted", " as", " by", "referred to as", "“", "it ", ".", "\n"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_PIECES, max_size=12))
def test_naming_matches_equal_the_search_on_generated_text(pieces):
    text = "".join(pieces)
    pair = _both(text)
    if pair:
        assert pair[0] == pair[1], text
