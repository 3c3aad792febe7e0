"""The character scans rewritten for speed find exactly what their plain forms find.

Each reference pattern is the readable form (look-behind first); the shipped pattern opens with
a character class the regex engine can skip to. Compared on hand-made edge cases and on every
title and abstract of the seed listings.
"""

from __future__ import annotations

import re

import pytest

from kg.extract.candidates import _COINED
from kg.extract.mentions import CAP_RUN, NAMEISH, _digit_slash, name_words

EDGES = [
    "", "x1", "X", "A1+B2", "ab.CD.ef1", "é1A b", "GPT-4 o1 word2vec e.g.GPT v1.5B 'GPT' A+ B++ -X1 +Y2 _Z3 café2",
    "X’s2 a.B1 (GPT-4V) [Llama2] \"MMLU\" Winograd Schema Challenge of the Year", "The Pile, The Stack & Co. 2 X",
    "Over-Parametrized Nets; -Foo Bar; _Baz Qux; Déjà Vu Net", "CIFAR-10/100 and 3/4 of runs; and/or 1/ 2",
]
REF_CAP_RUN = re.compile(
    r"(?<![\w\-])(?:[A-Z][\w+’'\-]*[\w+]|[A-Z])(?:(?: (?:of|for|the|&))? (?:[A-Z][\w+’'\-]*[\w+]|[A-Z0-9]))+"
)
REF_COINED = re.compile(r"(?<![\w\-])[A-Z][a-z]{2,}[a-z0-9]*(?![\w\-])")


@pytest.fixture(scope="module")
def texts(seed_texts: list[str]) -> list[str]:
    return EDGES + seed_texts


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in pattern.finditer(text)]


def test_name_words_equal_the_look_behind_scan(texts):
    for text in texts:
        assert list(name_words(text)) == _found(NAMEISH, text), text


@pytest.mark.parametrize(("shipped", "reference"), [(CAP_RUN, REF_CAP_RUN), (_COINED, REF_COINED)])
def test_capital_first_scans_equal_their_look_behind_forms(texts, shipped, reference):
    for text in texts:
        assert _found(shipped, text) == _found(reference, text), text


def test_digit_slash_precheck_is_necessary_for_slash_coordinations(texts):
    slash = re.compile(r"\d/\d")
    for text in texts:
        assert _digit_slash(text) == (slash.search(text) is not None), text
