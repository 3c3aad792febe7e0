"""`is_name_shaped` decides a word of ASCII letters only (most names) by the generic list and its
capitals alone, and `name_tokens` trims no such word: both give what the full tests give. The
full form is kept here as the reference; checked on the lexicon's generic words, on the seed
listings' words and on generated words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import (
    _DIGIT,
    _INNER_UPPER,
    _LETTER,
    _NUM_WORD,
    _UNITISH,
    _ordinary_part,
    is_name_shaped,
    trim_token,
)
from kg.ingest import IngestReport, read_papers

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
LEX = load_lexicon()


def _is_name_shaped_ref(tok: str) -> bool:
    if len(tok) < 2 or _UNITISH.match(tok) or LEX.is_generic(tok) or _NUM_WORD.match(tok):
        return False
    if "-" in tok and all(_ordinary_part(p, LEX) for p in tok.split("-") if p):
        return False
    if not _LETTER.search(tok):
        return False
    return _INNER_UPPER.search(tok, 1) is not None or (len(tok) >= 3 and _DIGIT.search(tok) is not None)


@pytest.fixture(scope="module")
def words() -> list[str]:
    papers = read_papers([SEEDS], report=IngestReport())
    seen = {w for p in papers for t in (p.title, p.abstract) for w in re.findall(r"[\w'’.\-+]+", t)}
    generic = {v for w in LEX.generic for v in (w, w + "s", w.upper(), w.lower(), w.capitalize())}
    return sorted(seen | generic)


def test_equal_on_seed_and_generic_words(words):
    alpha = [w for w in words if w.isalpha() and w.isascii()]
    assert len(alpha) > 500 and any(is_name_shaped(w, LEX) for w in alpha) and not all(is_name_shaped(w, LEX) for w in alpha)
    for w in words:
        assert is_name_shaped(w, LEX) == _is_name_shaped_ref(w), w
    for w in alpha:
        assert trim_token(w, LEX) == w, w


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="aAbBsSxXzZé1-'", max_size=8) | st.sampled_from(sorted(LEX.generic)).map(lambda w: w + "s"))
def test_equal_on_generated_words(word):
    assert is_name_shaped(word, LEX) == _is_name_shaped_ref(word), word
    if word.isalpha():
        assert trim_token(word, LEX) == word, word
