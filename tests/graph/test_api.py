"""The query API on the tiny graph, and the same answers after a round trip through graph.json."""

from __future__ import annotations

import io

import pytest

import kg
from kg.errors import LookupFailed
from kg.export.nxjson import write_json


@pytest.fixture(scope="module")
def loaded(tiny_kg, tmp_path_factory):
    buf = io.StringIO()
    write_json(tiny_kg.nx, buf)
    path = tmp_path_factory.mktemp("g") / "graph.json"
    path.write_text(buf.getvalue(), encoding="utf-8")
    return kg.load(path)


def titles(rows):
    return [r["title"] for r in rows]


@pytest.mark.parametrize("name", ["GSM8K", "gsm8k", "Gsm-8k", "benchmark/gsm8k"])
def test_using_and_mentioning_accept_any_spelling(tiny_kg, name):
    assert titles(tiny_kg.papers(using=name)) == ["Chain prompting for math"]
    assert set(titles(tiny_kg.papers(mentioning=name))) >= set(titles(tiny_kg.papers(using=name)))


def test_a_loaded_graph_answers_like_the_built_one(tiny_kg, loaded):
    assert loaded.corpus is None
    for g in (tiny_kg, loaded):
        assert titles(g.papers(mentioning="gsm8k")) == ["Chain prompting for math", "Scaling vision models"]
        assert g.entity("Stable-Diffusion")["aliases"] == ["Stable-Diffusion"]
    assert tiny_kg.top("benchmark", 3) == loaded.top("benchmark", 3)
    assert tiny_kg.leaderboard("GSM8K") == loaded.leaderboard("gsm8k")
    assert tiny_kg.stats() == loaded.stats()


def test_unknown_and_ambiguous_names_fail_with_the_candidates(tiny_kg):
    with pytest.raises(LookupFailed, match="no entity named 'ImageNet'"):
        tiny_kg.entity("ImageNet")
    with pytest.raises(LookupFailed, match="AI2 Reasoning Challenge"):
        tiny_kg.papers(using="ARC")
    assert tiny_kg.entity("benchmark/arc-ai2-reasoning-challenge")["long_form"] == "AI2 Reasoning Challenge"


def test_neighbors_path_and_subgraph(tiny_kg):
    rels = {(r["relation"], r["direction"]) for r in tiny_kg.neighbors("Chain prompting for math")}
    assert ("proposes", "out") in rels and ("evaluates_on", "out") in rels
    assert [r["id"] for r in tiny_kg.neighbors("GSM8K", relation="evaluates_on")] == ["a000000001"]
    path = tiny_kg.path("ChainPrompt", "CIFAR-10")
    assert path[0]["id"] == "method/chainprompt" and path[-1]["id"] == "benchmark/cifar-10"
    sub = tiny_kg.subgraph("GSM8K", depth=1)
    assert set(sub.nx) == {"benchmark/gsm8k", "a000000001", "a000000002", "result/a000000001/0"}
    apart = tiny_kg.subgraph("CIFAR-10", "GSM8K", depth=0)
    assert set(apart.nx) == {"benchmark/cifar-10", "benchmark/gsm8k"}
    with pytest.raises(LookupFailed, match="no path"):
        apart.path("CIFAR-10", "GSM8K")


def test_to_pandas_gives_four_frames(tiny_kg):
    frames = tiny_kg.to_pandas()
    assert len(frames.papers) == 3 and len(frames.results) == 1
    assert set(frames.entities["type"]) == {"Benchmark", "Method", "Model"}
    assert {"source", "target", "relation", "evidence"} <= set(frames.relations.columns)


def test_to_pyvis_returns_a_network(tiny_kg):
    net = tiny_kg.to_pyvis()
    assert len(net.nodes) == tiny_kg.nx.number_of_nodes()
    assert "Chain prompting" in net.generate_html()


def test_entities_by_type_and_unknown_types(tiny_kg):
    assert [e["id"] for e in tiny_kg.entities(type="Model")] == ["model/stable-diffusion"]
    with pytest.raises(LookupFailed, match="types: benchmark"):
        tiny_kg.entities(type="benchmarks")
