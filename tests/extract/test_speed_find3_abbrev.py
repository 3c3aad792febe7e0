"""`find_abbreviations` told by the cue scan that no naming word follows a space (`abbrev_naming`)
finds what it finds when it looks for the words itself: the hint is False only where the naming
gap pattern finds nothing, on the seed listings and on generated text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.abbrev import _NAMING_GAP, _short_then, find_abbreviations
from kg.extract.candidates import framed_copy
from kg.extract.discover import _STEM_AUTO, abbrev_naming, intro_stems, scan_cues

EDGES = ["ARTE, dubbed Aligning TeacheR with StudenT PreferencEs", "LiNeS, short for Layer-increasing Network Scaling",
         "GGR which stands for Graph-Guided Retrieval", "X stands for Y", "X\tnamed Y", "X-named Y", "Xnamed Y",
         "X, Named Y", "X  short  for Y", "understands for", "X\nstands for Y"]


def _hint(text: str) -> bool | None:
    framed = framed_copy(text)
    return None if framed is None else abbrev_naming(list(_STEM_AUTO.iter(framed)))


def _check(text: str) -> bool:
    naming = _hint(text)
    if naming is False:
        assert _NAMING_GAP.search(text) is None, text
    assert _short_then(text, naming) == _short_then(text), text
    assert find_abbreviations(text, naming) == find_abbreviations(text), text
    framed = framed_copy(text)
    if framed is not None:  # the added cue words change no stem and no naming flag
        assert scan_cues(text, framed, list(_STEM_AUTO.iter(framed)))[0] == intro_stems(text)
    return bool(naming)


@pytest.fixture(scope="module")
def texts(seed_texts: list[str]) -> list[str]:
    return EDGES + seed_texts


def test_naming_hint_changes_nothing(texts):
    assert sum(_check(t) for t in texts) >= len(EDGES) - 3


_PIECES = st.sampled_from(["X", "Ab", ",", ", ", " ", "\t", "\n", "-", "_", "named", "dubbed", "called", "short", "for",
                           "which", "stands", "Layer", "Network", "é"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_PIECES, max_size=12).map(" ".join) | st.lists(_PIECES, max_size=12).map("".join))
def test_naming_hint_changes_nothing_on_generated_text(text):
    _check(text)
