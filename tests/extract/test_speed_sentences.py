"""The walk back for the word before a full stop captures exactly what `_WORD_BEFORE` captures."""

from __future__ import annotations

import pytest

from kg.extract.sentences import _WORD_BEFORE, _word_before

EDGES = ["", "a", "et al.", "e.g. x", "word\n.", "word\n\n.", " \n.", "x_y.z.", "café.", "Fig. 3", "(ab).", "a-b.", "1.5."]


@pytest.fixture(scope="module")
def texts(seed_texts: list[str]) -> list[str]:
    return EDGES + seed_texts


def test_word_before_equals_the_pattern_at_every_offset(texts):
    words = 0
    for text in texts:
        for end in range(len(text) + 1):
            for lo in (max(0, end - 40), max(0, end - 3), end):
                w = _WORD_BEFORE.search(text, lo, end)
                assert _word_before(text, lo, end) == (w.group(1) if w else ""), (text, lo, end)
                words += w is not None
    assert words > 1000
