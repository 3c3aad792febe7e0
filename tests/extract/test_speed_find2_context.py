"""`left_context` gives exactly `(left_head(...), eval_context(...))`: it returns (None, None) from
the word before a name alone when that word opens neither rule. Checked at every offset of the
seed listings (with their sentences) and of generated text built from the words the rules read,
quotes, long words and runs of spaces."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.context import Heads, eval_context, left_context, left_head
from kg.extract.lexicon import load_lexicon
from kg.extract.sentences import sentence_at, sentence_spans

LEX = load_lexicon()
HEADS = Heads.of(LEX)


def _both(text: str, start: int, sentence: tuple[int, int]):
    return left_head(text, start, HEADS), eval_context(text, start, sentence, LEX)


@pytest.fixture(scope="module")
def texts(seed_texts: list[str]) -> list[str]:
    return list(seed_texts)


def test_equal_at_every_seed_offset(texts):
    fired = 0
    for text in texts:
        spans = sentence_spans(text)
        for start in range(len(text) + 1):
            sent = sentence_at(spans, start)
            want = _both(text, start, sent)
            assert left_context(text, start, sent, HEADS, LEX) == want, (text[max(0, start - 60) : start], start)
            fired += want != (None, None)
    assert fired > 100  # the slow path is exercised too


_PIECES = st.sampled_from(["the", "The", "on", "On", "built on", "fine-tuned", "Prompting", "pretrain", "named", "Called",
                           "dataset", "dataset,", "benchmark", "model", "new", "our", "a", "“", "\"", ",", "x" * 45,
                           "evaluate", "accuracy", "X", " ", "   " * 8, "\n", "GPT-4", "set", "data set", "on,", "query"])


@settings(max_examples=2000, deadline=None)
@given(st.lists(_PIECES, max_size=14), st.integers(min_value=0, max_value=400))
def test_equal_on_generated_text(pieces, at):
    text = " ".join(pieces) + " Name rest"
    start = min(at, len(text))
    sent = (0, len(text))
    assert left_context(text, start, sent, HEADS, LEX) == _both(text, start, sent), (text, start)
