"""graph.graphml: one type and a default per attribute, JSON strings for lists, unique edge ids,
type/label/relation everywhere; opened by networkx and igraph even from hostile attributes."""

from __future__ import annotations

import io
import json
import math
from pathlib import Path

import igraph
import networkx as nx
import pytest
from lxml import etree

from kg.export.graphml import write_graphml
from kg.graph import KnowledgeGraph
from query.corpus import fixture_corpus

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def hostile() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("p1", type="Paper", label="Tab\there, bell\x07, <b>&amp;</b> \"q\" \r\n", year=2021,
               score=None, tags=["x", "é"], mixed=1, flag=True, id="clash", meta={"k": [1, 2]})
    g.add_node("e\x01 2", year=None, mixed="one", score=0.5, flag=False, tags=("y",), weight=float("nan"))
    g.add_node(3)  # an int node id, no attributes at all
    g.add_edge("p1", "e\x01 2", key="uses_model", confidence=0.9, start=None, rule="r")
    g.add_edge("p1", "e\x01 2", key="mentions", start=4, via={"b", "a"})
    g.add_edge("e\x01 2", 3, key=0)
    return g


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("graphml") / "hostile.graphml"
    with path.open("wb") as fh:
        write_graphml(hostile(), fh)
    return path


def test_each_attribute_is_declared_once_with_one_type_and_a_default(written: Path) -> None:
    root = etree.parse(str(written)).getroot()
    keys = root.findall("g:key", NS)
    declared = [(k.get("for"), k.get("attr.name")) for k in keys]
    assert len(declared) == len(set(declared))
    types = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in keys}
    assert types[("node", "year")] == "long"
    assert types[("node", "mixed")] == "string"  # an int on one node, a string on another
    assert types[("node", "score")] == "double"
    assert types[("node", "flag")] == "boolean"
    assert types[("edge", "start")] == "long"
    assert all(k.find("g:default", NS) is not None for k in keys)
    assert b"None" not in written.read_bytes()


def test_unique_edge_ids_and_type_label_relation_everywhere(written: Path) -> None:
    g = nx.read_graphml(written, force_multigraph=True)
    assert len({k for _, _, k in g.edges(keys=True)}) == g.number_of_edges() == 3
    assert all(d.get("type") and d.get("label") for _, d in g.nodes(data=True))
    assert sorted(d["relation"] for _, _, d in g.edges(data=True)) == ["mentions", "related", "uses_model"]


def test_round_trip_through_networkx(written: Path) -> None:
    g = nx.read_graphml(written, force_multigraph=True)
    assert set(g.nodes) == {"p1", "e 2", "3"}  # the control character is dropped, ints become strings
    p1 = g.nodes["p1"]
    assert p1["label"] == "Tab\there, bell, <b>&amp;</b> \"q\" \r\n"
    assert (p1["year"], p1["mixed"], p1["flag"], p1["id_"]) == (2021, "1", True, "clash")
    assert json.loads(p1["tags"]) == ["x", "é"] and json.loads(p1["meta"]) == {"k": [1, 2]}
    e2 = g.nodes["e 2"]
    assert e2["mixed"] == "one" and e2["flag"] is False and math.isnan(e2["weight"])
    via = next(d["via"] for _, _, d in g.edges(data=True) if d["relation"] == "mentions")
    assert json.loads(via) == ["a", "b"]


def test_round_trip_through_igraph(written: Path) -> None:
    g = igraph.Graph.Read_GraphML(str(written))
    assert (g.vcount(), g.ecount()) == (3, 3)
    p1 = g.vs.find(id="p1")
    assert p1["year"] == 2021 and p1["flag"] is True and p1["mixed"] == "1"
    other = g.vs.find(id="e 2")
    assert other["year"] == 0 and other["label"] == "e 2"  # the declared default, never None
    assert sorted(g.es["relation"]) == ["mentions", "related", "uses_model"]


def test_the_pipeline_graph_opens_in_both_and_is_deterministic(tmp_path: Path) -> None:
    kg = KnowledgeGraph.from_corpus(fixture_corpus())
    bufs = [io.BytesIO(), io.BytesIO()]
    for b in bufs:
        write_graphml(kg.nx, b)
    assert bufs[0].getvalue() == bufs[1].getvalue()
    g = nx.read_graphml(io.BytesIO(bufs[0].getvalue()), force_multigraph=True)
    assert g.number_of_nodes() == kg.nx.number_of_nodes()
    assert g.number_of_edges() == kg.nx.number_of_edges()
    (tmp_path / "graph.graphml").write_bytes(bufs[0].getvalue())
    ig = igraph.Graph.Read_GraphML(str(tmp_path / "graph.graphml"))
    assert ig.vcount() == kg.nx.number_of_nodes()


def test_writing_leaves_the_graph_as_it_was() -> None:
    """The writer reads the graph's own attribute dicts (no copy): it must never change them."""
    g = hostile()
    g.add_node("bare", name="")  # gets a type and a label in the file, not in the graph
    g.add_edge("bare", "p1", relation="")  # gets relation "related" in the file only
    before = (list(g.nodes(data=True)), list(g.edges(keys=True, data=True)))
    before = json.dumps(before, default=repr, sort_keys=True)
    write_graphml(g, io.BytesIO())
    assert json.dumps((list(g.nodes(data=True)), list(g.edges(keys=True, data=True))), default=repr,
                      sort_keys=True) == before
    assert g.nodes["bare"] == {"name": ""}


def test_plain_rows_round_trip() -> None:
    """Attributes that need no sanitising are written from the graph's own dicts: escaped text,
    numbers and booleans still read back as they were."""
    g = nx.MultiDiGraph()
    g.add_node("a", type="Paper", label="caf\u00e9 & <b> \u4e2d", n=1, x=0.5, ok=True)
    g.add_node("b", type="Model", label="M\r\n", n=2, x=1e-05, ok=False)
    g.add_edge("a", "b", key="uses_model", relation="uses_model", confidence=0.9)
    fh = io.BytesIO()
    write_graphml(g, fh)
    h = nx.read_graphml(io.BytesIO(fh.getvalue()), force_multigraph=True)
    assert dict(h.nodes(data=True)) == dict(g.nodes(data=True))
    assert [d for _, _, d in h.edges(data=True)] == [{"relation": "uses_model", "confidence": 0.9}]
