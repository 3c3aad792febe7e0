"""`_ordinary` reads a name's parts in one loop (an ASCII part's inner capital by lowercasing) and
`_fallback_type` tries the title's model words as one pattern: the same answers as the former
forms on the seed papers' names and titles and on generated ones."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.assemble import Group
from kg.extract.build import _PARTS, _any_word
from kg.extract.mentions import _PREFIXES
from kg.ingest import IngestReport, read_papers
from kg.model import Paper

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _old_ordinary(core, name: str) -> bool:
    lex = core.lex
    parts = [p for p in _PARTS.split(name) if p]
    return all((lex.is_word(p) and not any(c.isupper() for c in p[1:])) or lex.is_generic(p)
               or p.lower() in _PREFIXES for p in parts)


def _old_fallback_type(core, paper: Paper) -> str:
    title = paper.title.lower()
    if any(w in title for w in core.lex.title_benchmark_words):
        return "benchmark"
    if any(re.search(r"\b" + re.escape(w) + r"\b", title) for w in core.lex.title_model_words):
        return "model"
    return "method"


@pytest.fixture(scope="module")
def seed_papers():
    return read_papers([SEEDS], report=IngestReport())


def test_seed_names_and_titles_answer_as_before(extractor, seed_papers):
    core = extractor._core
    kinds, ordinary = set(), 0
    for p in seed_papers:
        for c in core.finder.find(p.title, p.abstract).cands:
            want = _old_ordinary(core, c.m.name)
            assert core._ordinary(c.m.name) == want, c.m.name
            ordinary += want
        kind = core._fallback_type(Group(), p)
        assert kind == _old_fallback_type(core, p)
        kinds.add(kind)
    assert kinds == {"benchmark", "model", "method"} and ordinary > 50


PARTS = ["Text", "to", "Image", "over", "Parametrized", "LLMs", "RL", "models", "ResNet", "Über", "ÉCOLE", "école",
         "ǅungla", "Ωmega", "learning", "pre", "Multi", "", " ", "-", "--", "\u2003", "language model", "retrievers",
         "assistant", "dataset", "benchmark"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PARTS), max_size=5), st.sampled_from([" ", "-", "  ", " - "]))
def test_generated_names_and_titles_answer_as_before(extractor, parts, sep):
    core = extractor._core
    name = sep.join(parts)
    assert core._ordinary(name) == _old_ordinary(core, name)
    paper = Paper(id="p", title=name)
    assert core._fallback_type(Group(), paper) == _old_fallback_type(core, paper)


def test_no_model_words_match_no_title():
    """An empty word list must not become `\\b(?:)\\b`, which matches every title."""
    assert _any_word(frozenset()).search("a study of models") is None
    assert _any_word(frozenset({"model", "language model"})).search("a language model") is not None
    assert _any_word(frozenset({"model"})).search("remodelling") is None
