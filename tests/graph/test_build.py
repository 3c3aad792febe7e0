"""The networkx projection: typed nodes, evidence on edges, derived edges kept small, stable output."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx

from kg.graph import KnowledgeGraph
from kg.model import Entity, EntityType, Evidence, Extraction, Field, Paper, Relation, RelationType
from kg.resolve import resolve

NODE_TYPES = {"Paper", "Benchmark", "Model", "Method", "Task", "Repository", "Link", "Organization", "Metric", "Result"}


def test_nodes_are_typed_and_attributes_scalar(tiny_kg):
    g = tiny_kg.nx
    assert {d["type"] for _, d in g.nodes(data=True)} <= NODE_TYPES
    for _, d in g.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in d.values())
        assert isinstance(d["pagerank"], float) and round(d["pagerank"], 6) == d["pagerank"]
    for *_, d in g.edges(keys=True, data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in d.values())
    buf = io.BytesIO()
    nx.write_graphml(g, buf)  # GraphML takes it as is
    assert nx.read_graphml(io.BytesIO(buf.getvalue())).number_of_nodes() == g.number_of_nodes()


def test_edges_carry_their_evidence(tiny_kg):
    d = tiny_kg.nx.edges["a000000001", "benchmark/gsm8k", "evaluates_on"]
    assert d["rule"] == "test" and "GSM8K" in d["evidence"]
    mention = tiny_kg.nx.edges["a000000002", "benchmark/gsm8k", "mentions"]
    assert mention["evidence"] == "GSM8K"  # the mention itself when no relation sentence exists
    assert tiny_kg.nx.nodes["result/a000000001/0"]["value"] == "92.1%"


def corpus_of(n_papers: int, benchmarks_of, *, proposer: int | None = None, dates: bool = True):
    """Papers i = 0..n-1 that evaluate on benchmarks_of(i); paper `proposer` proposes Bench0."""
    exs = []
    for i in range(n_papers):
        names = benchmarks_of(i)
        abstract = "We evaluate on " + ", ".join(names) + "."
        p = Paper(f"{i:010d}", f"Paper number {i}", abstract, published=f"2024-01-{i + 1:02d}" if dates else None)
        ents, rels = [], []
        for name in names:
            at = abstract.index(name)
            ent = Entity(f"benchmark/{name.lower()}", EntityType.BENCHMARK, name, (name,),
                         proposed=(i == proposer and name == "Bench0"), evidence=(Evidence(Field.ABSTRACT, at, at + len(name)),))
            ents.append(ent)
            rt = RelationType.PROPOSES if ent.proposed else RelationType.EVALUATES_ON
            rels.append(Relation(rt, p.id, ent.id, Evidence(Field.ABSTRACT, 0, len(abstract))))
        exs.append(Extraction(p, tuple(ents), tuple(rels)))
    return KnowledgeGraph.from_corpus(resolve(exs))


def test_shares_benchmark_keeps_the_top_neighbours_by_rarity():
    # Everyone uses Common; pairs (0,1), (2,3), ... also share a rare benchmark.
    g = corpus_of(12, lambda i: ["Common", f"Rare{i // 2}"]).nx
    shares = [(u, v, d["weight"]) for u, v, k, d in g.edges(keys=True, data=True) if k == "shares_benchmark"]
    assert ("0000000000", "0000000001") in {(u, v) for u, v, _ in shares}
    assert all(w > 0 for *_, w in shares)
    per_paper = {u: sum(1 for x, *_ in shares if x == u) for u, *_ in shares}
    assert max(per_paper.values()) <= 5 and len(shares) <= 5 * 12  # linear, not all pairs
    assert not any(v == "0000000000" for u, v, _ in shares if u == "0000000002")  # Common alone weighs 0


def test_builds_on_needs_an_order_and_a_proposed_entity():
    g = corpus_of(4, lambda i: ["Bench0"], proposer=1).nx
    builds = sorted((u, v) for u, v, k in g.edges(keys=True) if k == "builds_on")
    assert builds == [("0000000002", "0000000001"), ("0000000003", "0000000001")]  # later users only
    undated = corpus_of(4, lambda i: ["Bench0"], proposer=1, dates=False).nx
    assert not any(k == "builds_on" for *_, k in undated.edges(keys=True))


def test_variants_link_to_their_family():
    abstract = "We tune Mistral-7B-Instruct from Mistral-7B."
    p = Paper("0000000001", "Tuning", abstract)
    ents = tuple(Entity(f"model/{n.lower()}", EntityType.MODEL, n, (n,), evidence=(Evidence(Field.ABSTRACT, abstract.index(n), abstract.index(n) + len(n)),))
                 for n in ("Mistral-7B-Instruct", "Mistral-7B"))
    g = KnowledgeGraph.from_corpus(resolve([Extraction(p, ents)])).nx
    assert g.has_edge("model/mistral-7b-instruct", "model/mistral-7b", key="variant_of")


def test_graph_json_is_identical_across_hash_seeds(tmp_path):
    here = str(Path(__file__).parent)
    here = str(Path(__file__).parent)
    script = (
        f"import sys, io; sys.path.insert(0, {here!r})\n"
        "from conftest import tiny_extractions\n"
        "from kg.resolve import resolve\nfrom kg.graph import KnowledgeGraph\nfrom kg.export.nxjson import write_json\n"
        "buf = io.StringIO(); write_json(KnowledgeGraph.from_corpus(resolve(tiny_extractions())).nx, buf)\n"
        "sys.stdout.write(buf.getvalue())\n"
    )
    outs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1
    assert json.loads(outs.pop())["nodes"]
