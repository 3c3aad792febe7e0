"""The framed scan of ASCII text (`KBMatcher._find_ascii`) finds exactly what the scan of every
form inside every word (`_find_any`) finds: on the seed listings and on text made of knowledge-base
forms glued by every kind of separator."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.kb import load_kb
from kg.extract.mentions import KBMatcher, lower_same_length
from kg.ingest import IngestReport, read_papers

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def matcher() -> KBMatcher:
    return KBMatcher(load_kb())


def _both(matcher: KBMatcher, text: str) -> tuple[list, list]:
    low = lower_same_length(text)
    return sorted(matcher._find_ascii(text, low)), sorted(matcher._find_any(text, low))


def test_equal_on_the_seed_texts(matcher):
    papers = read_papers([SEEDS], report=IngestReport())
    texts = [t for p in papers for t in (p.title, p.abstract) if t.isascii()]
    assert len(texts) > 20
    for text in texts:
        fast, plain = _both(matcher, text)
        assert fast == plain, text


_FORMS = sorted({f for f, _, _ in load_kb().surface_forms() if f.isascii()})
_GLUE = st.sampled_from([" ", "", "-", "_", ".", ",", "(", ")", "/", "+", "'", "\"", "a", "7", "-2", ".5", " of ", "\n"])
_WORD = st.one_of(st.sampled_from(_FORMS), st.sampled_from(_FORMS).map(str.upper), st.sampled_from(_FORMS).map(str.lower),
                  st.text(alphabet="abcXYZ019-_. ", max_size=6))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_GLUE, _WORD), max_size=12))
def test_equal_on_glued_forms(matcher, parts):
    text = "".join(g + w for g, w in parts)
    fast, plain = _both(matcher, text)
    assert fast == plain, text
