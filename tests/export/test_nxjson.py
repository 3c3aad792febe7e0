"""graph.json is written element by element, with exactly the bytes of one `json.dump`."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest

from kg.export.nxjson import write_json


def _reference(g: nx.Graph) -> str:
    fh = io.StringIO()
    json.dump(nx.node_link_data(g, edges="links"), fh, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return fh.getvalue() + "\n"


def _tricky(g: nx.Graph) -> nx.Graph:
    g.graph["name"] = "t\u00e9st"
    g.add_node("paper/1", type="Paper", title='Quotes " and \\ and \n\t\u0001 and \u00e9\u4e2d\U0001f600',
               pagerank=1e-05, degree=3, ok=True, none=None, id="shadowed")
    g.add_node("benchmark/gsm8k", type="Benchmark", aliases='["GSM-8K"]', weight=0.1 + 0.2)
    g.add_node("lonely")
    g.add_edge("paper/1", "benchmark/gsm8k", relation="evaluates_on", confidence=0.9, start=0)
    g.add_edge("paper/1", "benchmark/gsm8k", relation="mentions", source="attr named source")
    return g


@pytest.mark.parametrize("make", [nx.MultiDiGraph, nx.DiGraph, nx.Graph, nx.MultiGraph])
@pytest.mark.parametrize("chunk", [1, 2, 5000])
def test_same_bytes_as_one_json_dump(make, chunk: int) -> None:
    g = _tricky(make())
    fh = io.StringIO()
    write_json(g, fh, chunk=chunk)
    assert fh.getvalue() == _reference(g)


def test_empty_graph() -> None:
    fh = io.StringIO()
    write_json(nx.MultiDiGraph(), fh)
    assert fh.getvalue() == _reference(nx.MultiDiGraph())
    assert json.loads(fh.getvalue())["nodes"] == []
