"""On the seed listings (the real extractor, end to end): the spellings the issue names are one node,
the table's pairs hold wherever the seeds write both forms, and `using` / `mentioning` agree."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fixtures_resolve import KEEP_APART, MUST_MERGE

import kg

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_SPELLINGS = [("CIFAR10", "CIFAR-10"), ("ImageNet", "Imagenet"), ("Stable Diffusion", "Stable-Diffusion"),
                  ("LLaMA", "Llama"), ("DeepSeek R1", "DeepSeek-R1")]


@pytest.fixture(scope="module")
def seed_kg():
    return kg.build([SEEDS])


def nodes_named(g, form: str) -> set[str]:
    """Entity nodes whose name or an alias is exactly `form`."""
    return {n for n, d in g.nx.nodes(data=True)
            if d.get("type") not in ("Paper", "Result") and form in (d.get("name"), *json.loads(d.get("aliases") or "[]"))}


@pytest.mark.parametrize(("a", "b"), SEED_SPELLINGS)
def test_seed_spellings_are_one_node(seed_kg, a, b):
    assert seed_kg.entity(a)["id"] == seed_kg.entity(b)["id"]
    assert len(nodes_named(seed_kg, a) | nodes_named(seed_kg, b)) == 1


def written(g, form: str) -> bool:
    """Whether some seed paper writes `form` as a whole word."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])")
    return any(pattern.search(d["title"] + " " + d["abstract"]) for _, d in g.nx.nodes(data=True) if d["type"] == "Paper")


def test_the_table_holds_for_the_seed_spellings(seed_kg):
    checked = 0
    for _, a, b in MUST_MERGE:
        na, nb = nodes_named(seed_kg, a), nodes_named(seed_kg, b)
        if na and nb and written(seed_kg, a) and written(seed_kg, b):
            assert na == nb and len(na) == 1, (a, b, na, nb)
            checked += 1
    for _, a, b in KEEP_APART:
        na, nb = nodes_named(seed_kg, a), nodes_named(seed_kg, b)
        if na and nb and written(seed_kg, a) and written(seed_kg, b):
            assert not na & nb, (a, b, na, nb)
            checked += 1
    assert checked >= 3


def test_using_gsm8k_is_spelling_free_and_within_mentioning(seed_kg):
    using = [p["id"] for p in seed_kg.papers(using="GSM8K")]
    assert using and using == [p["id"] for p in seed_kg.papers(using="gsm8k")]
    assert set(using) <= {p["id"] for p in seed_kg.papers(mentioning="GSM8K")}
    titles = {p["title"] for p in seed_kg.papers(using="GSM8K")}
    assert "ReFT: Reasoning with Reinforced Fine-Tuning" in titles  # its experiments run on GSM8K
