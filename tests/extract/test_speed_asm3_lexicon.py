"""`Lexicon.is_generic` looks a name up in one set of the generic terms and their "s" plurals,
built with the lexicon: the same answers as the former two-step test on every generic term,
its plural and stem, the seed papers' words and generated strings."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.lexicon import Lexicon, load_lexicon
from kg.ingest import IngestReport, read_papers

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _old_is_generic(lex: Lexicon, name: str) -> bool:
    return name in lex.generic or (name.endswith("s") and name[:-1] in lex.generic)


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


def test_generic_terms_plurals_stems_and_seed_words_answer_as_before(lex):
    words = set()
    for g in lex.generic:
        words |= {g, g + "s", g + "ss", g[:-1], g + "S", g.lower(), g + "es"}
    for p in read_papers([SEEDS], report=IngestReport()):
        words |= set(re.findall(r"[\w\-]+", p.title + " " + p.abstract))
    hits = 0
    for w in sorted(words):
        want = _old_is_generic(lex, w)
        assert lex.is_generic(w) == want, w
        hits += want
    assert hits > 200


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=8), st.text(alphabet="LMsRSOTA", max_size=6)))
def test_generated_strings_answer_as_before(lex, name):
    assert lex.is_generic(name) == _old_is_generic(lex, name)


def test_the_set_survives_pickling_and_leaves_equality_alone(lex):
    back = pickle.loads(pickle.dumps(lex))
    assert back == lex and back.generic_forms == lex.generic_forms
    assert "generic_forms" not in repr(lex)
