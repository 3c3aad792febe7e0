"""The context rules rewritten for speed (one head table, plain-string pre-checks) give exactly
the votes of their plain forms, kept here as references: at every word edge of the seed listings,
and for morphology on generated names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.context import (
    _BENCH_SUFFIX,
    _METHOD_MARK,
    _MODEL_MARK,
    _NAMING_WORDS,
    Heads,
    apposition,
    eval_context,
    left_head,
    morphology,
    new_head_before,
    right_head,
)
from kg.extract.lexicon import load_lexicon
from kg.ingest import IngestReport, read_papers

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
EXTRA = [
    "We propose the new benchmark X, a data set named Y; our proposed model Z and the test suite W.",
    "a module named DeMamba, dataset, GenVideo; the language model GPT-4; a new corpus of generics, Foo",
    "in our benchmark, GPT-4 wins; fine-tuned Llama on GSM8K (accuracy) and built on ImageNet.",
    "  \"benchmark“ X  data sets called  Y ,  Z foundation models  W",
]


def _head_type_ref(words: list[str], lex) -> str | None:
    if not words:
        return None
    two = " ".join(words[:2]).lower()
    one = words[0].lower()
    for phrase in (two, one):
        if phrase in lex.benchmark_heads:
            return "benchmark"
        if phrase in lex.model_heads:
            return "model"
        if phrase in lex.method_heads:
            return "method"
    return None


def _phrase_type_ref(phrase: str, lex) -> str | None:
    p = phrase.lower()
    if p in lex.benchmark_heads:
        return "benchmark"
    if p in lex.model_heads:
        return "model"
    if p in lex.method_heads:
        return "method"
    return None


def _left_head_ref(text: str, start: int, lex):
    before = text[max(0, start - 60) : start].rstrip().rstrip("\"“").rstrip()
    words = before.split()[-4:]
    if not words:
        return None
    cue = words[-1].endswith(",")
    if words[-1].lower() in _NAMING_WORDS:
        cue, words = True, words[:-1]
    words = [w.rstrip(",") for w in words]
    for n in (2, 1):
        if len(words) < n:
            continue
        t = _phrase_type_ref(" ".join(words[-n:]), lex)
        if t:
            det = words[-n - 1].lower() if len(words) > n else ""
            if cue or det in ("the", "a", "an", "our", "new", "novel", "proposed", "this", "their", "its"):
                return (t, 2.5, "ctx:head-before")
            return None
    return None


def _morphology_ref(name: str) -> list:
    votes = []
    if _BENCH_SUFFIX.search(name) and len(name) > 4 and not name.endswith("Instruct") or name.endswith("Instructions"):
        votes.append(("benchmark", 3.5, "morph:benchmark-suffix"))
    if _MODEL_MARK.search(name.rsplit(" ", 1)[-1]) and len(name) > 3:
        votes.append(("model", 2.0, "morph:model-mark"))
    if _METHOD_MARK.search(name) and len(name) > 3:
        votes.append(("method", 2.0, "morph:method-suffix"))
    return votes


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


@pytest.fixture(scope="module")
def texts() -> list[str]:
    papers = read_papers([SEEDS], report=IngestReport())
    return EXTRA + [t for p in papers for t in (p.title, p.abstract)]


def test_head_rules_equal_their_plain_forms(lex, texts):
    heads = Heads.of(lex)
    for text in texts:
        edges = sorted({0, len(text)} | {m.start() for m in re.finditer(r"\b", text)})
        for i in edges:
            assert left_head(text, i, heads) == _left_head_ref(text, i, lex), (text, i)
            words = text[i : i + 60]
            if words[:1] in (" ", "-"):  # right_head reads the first words after the name through _head_type
                found = re.findall(r"[A-Za-z][\w\-]*", words, 0)[:3]
                for k in range(len(found)):
                    assert (heads.type_of.get(" ".join(found[k : k + 2]).lower()) or heads.type_of.get(found[k].lower())
                            ) == _head_type_ref(found[k : k + 2], lex)
            # the others only swapped lookups: run them so a crash or type slip shows
            right_head(text, i, heads)
            new_head_before(text, i, heads)
            apposition(text, i, heads)
            eval_context(text, i, (0, len(text)), lex)


def test_left_head_ignores_words_that_end_no_head(lex):
    heads = Heads.of(lex)
    assert left_head("we release the benchmark X", 25, heads) == ("benchmark", 2.5, "ctx:head-before")
    assert left_head("we release the red X", 19, heads) is None


_PARTS = st.sampled_from(["GPT", "BERT", "Llama", "LLaMA", "LM", "VLM", "Chat", "Coder", "-Instruct", "-it", "Net", "Net-",
                          "Former", "former", "Tuning", "Mamba", "Norm", "SGD", "Opt", "Bench", "-bench", "Eval", "QA",
                          "Set", "Suite", "Instructions", "Gym", "Hard", "7B", "1.5B", "-", " ", "_", "x", "Q", "2", "\n",
                          "٣", "é"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_PARTS, min_size=1, max_size=5))
def test_morphology_equals_its_plain_form(parts):
    name = "".join(parts)
    assert morphology(name) == _morphology_ref(name), name
