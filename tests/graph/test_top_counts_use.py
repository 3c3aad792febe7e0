"""`g.top` (and `kg stats`) count the papers that use an entity, as `g.papers(using=...)` finds
them and as the `top_benchmarks` query counts them: a paper that only mentions it is not one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("kind", ["benchmark", "model", "method"])
def test_top_counts_agree_with_papers_using(tiny_kg, kind: str) -> None:
    for row in tiny_kg.top(kind, 100):
        assert row["papers"] == len(tiny_kg.papers(using=row["id"])), row["id"]


def test_a_mention_alone_does_not_count(tiny_kg) -> None:
    gsm = next(r for r in tiny_kg.top("benchmark", 10) if r["id"] == "benchmark/gsm8k")
    assert gsm["papers"] == 1 and len(tiny_kg.papers(mentioning="GSM8K")) == 2
