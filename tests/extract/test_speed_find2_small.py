"""Small rewrites in the finders give what their former forms gave, kept here as references:
`_title_colon` reads the phrase's words only once a spelling opens like it; `sentence_at` and
the context windows clamp at 0 without `max()`."""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.abbrev import (
    _TITLE_SHORT,
    _WORD,
    Abbreviation,
    _spellings,
    _title_colon,
    initials_long_form,
    is_short_form,
)
from kg.extract.context import Heads, eval_context, left_head, new_head_before
from kg.extract.lexicon import load_lexicon
from kg.extract.sentences import sentence_at, sentence_spans
from kg.ingest import IngestReport, read_papers

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
LEX = load_lexicon()
HEADS = Heads.of(LEX)


def _title_colon_ref(text: str) -> list[Abbreviation]:
    m = _TITLE_SHORT.match(text)
    if not m or not is_short_form(m.group(1)):
        return []
    short, rest = m.group(1), text[m.end() : m.end() + 120]
    words = list(_WORD.finditer(rest))
    for spelled in _spellings(short):
        caps = "".join(c for c in spelled if c.isupper() or c.isdigit())
        if len(caps) < 2 or not rest or not caps.startswith(rest[0].upper()):
            continue
        for k in range(2, min(len(words), len(short) + 4) + 1):
            prefix = rest[: words[k - 1].end()].rstrip(",;:")
            if initials_long_form(spelled, prefix) == prefix:
                return [Abbreviation(short, 0, prefix, m.end())]
    return []


_TITLES = ["G2R: Graph-Guided Retrieval for Dialogue", "ARC-AGI: Abstraction and Reasoning Corpus", "MiterQA: a Benchmark",
           "LoRA: Low-Rank Adaptation of Large Language Models", "BERT: Pre-training of Deep Bidirectional Transformers",
           "X: y", "SWE-bench: Can Language Models Resolve Issues?", "T5: Text-To-Text Transfer"]


def test_title_colon_equals_the_former_form():
    papers = read_papers([SEEDS], report=IngestReport())
    titles = [p.title for p in papers] + _TITLES
    assert sum(bool(_title_colon(t)) for t in titles) >= 3
    for t in titles:
        assert _title_colon(t) == _title_colon_ref(t), t


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(["G2R", "ABC", "MiterQA", "T5", "Ab3", "LLM-X"]),
       st.lists(st.sampled_from(["Graph", "Guided", "Retrieval", "for", "to", "Abc", "Bcd", "Cde", "x", "-", ",", "Two",
                                 "Mi", "Ter", "Question", "Answering", "3"]), max_size=9))
def test_title_colon_equals_the_former_form_on_generated_titles(short, words):
    title = short + ": " + " ".join(words)
    assert _title_colon(title) == _title_colon_ref(title), title


def _sentence_at_ref(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    if not spans:
        return (0, 0)
    return spans[max(0, bisect_right(spans, (offset, float("inf"))) - 1)]


_TEXT = "Fig. 3 shows it. We train a new model, X on Y. The dataset, Z (e.g. W) is small! Fine-tuned on V."


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab .!?A1(", max_size=40), st.integers(min_value=0, max_value=45))
def test_sentence_at_equals_the_former_form(text, offset):
    spans = sentence_spans(text)
    assert sentence_at(spans, offset) == _sentence_at_ref(spans, offset)


def test_context_windows_clamp_at_the_start():
    # at every offset of a short text (windows reaching before 0) the rules read what an explicit
    # max(0, .) slice holds: compare against the same rule run on the text padded on the left
    for start in range(len(_TEXT) + 1):
        pad = " " * 100
        sent = (0, len(_TEXT))
        assert left_head(_TEXT, start, HEADS) == left_head(pad + _TEXT, start + 100, HEADS)
        assert eval_context(_TEXT, start, sent, LEX) == eval_context(pad + _TEXT, start + 100, (100, 100 + len(_TEXT)), LEX)
        assert new_head_before(_TEXT, start, HEADS) == new_head_before(pad + _TEXT, start + 100, HEADS)


def test_introduced_candidates_in_the_former_order():
    """`_introduced` keeps the nameable candidates of a field by an inlined test and sorts them by
    `_by_start`: the list `sorted(..., key=lambda)` over `_nameable` gave."""
    from kg.extract import Extractor
    from kg.extract.candidates import _by_start
    from kg.model import Field

    finder = Extractor()._core.finder
    papers = read_papers([SEEDS], report=IngestReport())
    for p in papers:
        cands = finder.find(p.title, p.abstract).cands
        for f, text in ((Field.TITLE, p.title), (Field.ABSTRACT, p.abstract)):
            want = sorted((c for c in cands if c.m.field is f and finder._nameable(c, text)), key=lambda c: (c.m.start, -c.m.end))
            got = [c for c in cands if c.m.field is f and text[c.m.end : c.m.end + 1] != "-" and not LEX.is_generic(c.m.name)]
            got.sort(key=_by_start)
            assert [id(c) for c in got] == [id(c) for c in want]
