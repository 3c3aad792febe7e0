"""The gap-first scan for "ARTE, dubbed ..." short forms finds exactly what the plain pattern finds.

`_short_then` replaces `_SHORT_THEN.finditer` (a look-behind tried at every character); compared on
hand-made edge cases and every seed title and abstract, as (start, word, end) triples.
"""

from __future__ import annotations

import pytest

from kg.extract.abbrev import _SHORT_THEN, _short_then

EDGES = [
    "", ",", " , ", "A, b", "aB, x", "aB,x", "aB ,x", "ARTE, dubbed Aligning", "LiNeS, Layer-increasing Network Scaling,",
    "x.GPT, y", "1.AB, z", "a+Bc, d", "_Ab, e", "-Ab, f", "ab-Cd, g", "é Ab, h", "éAb, i", "x AB  named Foo",
    "AB\n\tcalled X", "AB which stands for X", "AB stands  for X", "AB short for", "(AB), dubbed", "A.B.C., and",
    "GPT-4o, Llama-3.1-70B, and Mixtral-8x7B, all", "a, B, cD, eF,  gH, named iJ dubbed", "Ab, Cd,\nEf, ",
    "BERT,RoBERTa, x", "x+YZ, called", "Ωmega, ΣX, Ab",
]


@pytest.fixture(scope="module")
def texts(seed_texts: list[str]) -> list[str]:
    return EDGES + seed_texts


def test_short_then_equals_the_plain_pattern(texts):
    found = 0
    for text in texts:
        want = [(m.start(1), m.group(1), m.end()) for m in _SHORT_THEN.finditer(text)]
        assert _short_then(text) == want, text
        found += len(want)
    assert found > 50  # the comparison covered many real matches
