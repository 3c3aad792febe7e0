"""Cheap pre-checks added for speed before list-context patterns change nothing they find.

`_list_head` skips its backtracking pattern when no head noun occurs in the window, `_data_before`
its pattern when the window does not end in "on"/"from" (and "the"); each compared with
the plain form (pattern always run) at every offset of hand-made edge cases and of every seed title
and abstract.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from kg.extract.assemble import _DATA_BEFORE, _HEAD_WORDS, _LIST_CUES, _LIST_HEAD, _data_before, _list_head
from kg.model import Field

EDGES = [
    "", "datasets such as ", "on Benchmarks (e.g., ", "two MODELS - ", "pre-models: ", "the LLMs like ",
    "strong baselines including ", "data-sets, namely ", "approaches — ", "no head noun here such as ",
    "sets (i.e., ", "tasks (in the paper) like ", "foo-bar-systems (", "Suites e.g.",
]


def _reference(text: str, start: int) -> str | None:
    before = text[max(0, start - 90) : start]
    if not before.rstrip().endswith(_LIST_CUES):
        return None
    m = _LIST_HEAD.search(before)
    if not m:
        return None
    for w in reversed(re.findall(r"[A-Za-z\-]+", m.group(0))):
        if w.lower() in _HEAD_WORDS:
            return _HEAD_WORDS[w.lower()]
    return None


@pytest.fixture(scope="module")
def texts(seed_texts: list[str]) -> list[str]:
    return EDGES + seed_texts


def test_list_head_equals_the_plain_pattern_at_every_offset(texts):
    heads = 0
    for text in texts:
        for start in range(len(text) + 1):
            c = SimpleNamespace(m=SimpleNamespace(field=Field.ABSTRACT, start=start))
            got = _list_head(c, {Field.ABSTRACT: text})
            assert got == _reference(text, start), (text, start)
            heads += got is not None
    assert heads > 20  # the comparison covered real list heads, not only misses


def test_data_before_equals_the_plain_pattern_at_every_offset(texts):
    hits = 0
    for text in texts + ["trained on ", "drawn from the  ", "fine-tuned a b on the the ", "anon ", "bathe "]:
        for hi in range(len(text) + 1):
            for lo in (max(0, hi - 60), max(0, hi - 5)):
                want = _DATA_BEFORE.search(text, lo, hi) is not None
                assert _data_before(text, lo, hi) == want, (text, lo, hi)
                hits += want
    assert hits > 10
