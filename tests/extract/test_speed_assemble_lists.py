"""The list-head pattern searched from `_list_head_from` finds the match it finds from the start.

`_list_head_from` skips the part of the window no match can start in (more than five lowercase
words before the cue, or before a chunk that is not such a word); the match found from there
must be the very match (same span) of a search over the whole window: at every offset of every
seed title and abstract, and on generated windows of words, brackets, dashes and cues.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.assemble import _LIST_HEAD, _list_head_from

TOKENS = [
    "datasets", "benchmarks", "models", "Models", "large", "language", "the", "of", "x_1", "a-b", "-", "–", "—",
    "(", ")", "(e.g.,", "e.g.,", "e.g.", "i.e.", "such as", "including", "like", "unlike", "namely", ":", ",",
    "(in the paper)", "(GPT-4)", "foo-", "-bar", "LLMs", "tasks", "7B", "\n", "\t", "  ", "Ünïcode", "model~(",
]


def _same(before: str) -> bool:
    want = _LIST_HEAD.search(before)
    got = _LIST_HEAD.search(before, _list_head_from(before))
    return (want and want.span()) == (got and got.span())


@pytest.fixture(scope="module")
def texts(seed_texts: list[str]) -> list[str]:
    return list(seed_texts)


def test_same_match_at_every_seed_offset(texts):
    matched = 0
    for text in texts:
        for start in range(len(text) + 1):
            before = text[max(0, start - 90) : start]
            if before.rstrip().endswith(("(", ":", "-", "as", "like", "including", "e.g.", "e.g.,", "namely")):
                assert _same(before), before
                matched += _LIST_HEAD.search(before) is not None
    assert matched > 100


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=18), st.sampled_from(["", " ", "  ", "\n"]),
       st.sampled_from([" ", "", "  "]))
def test_same_match_on_generated_windows(tokens, tail, sep):
    assert _same(sep.join(tokens) + tail)
