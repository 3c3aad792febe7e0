"""Reload an exported graph from graph.json (node-link) or an output folder."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kg.errors import InputError
from kg.graph.api import KnowledgeGraph


def load(path: str | Path) -> KnowledgeGraph:
    path = Path(path)
    if path.is_dir():
        path = path / "graph.json"
    if not path.is_file():
        raise InputError("no such graph file (run `kg build` first)", file=str(path))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        g = nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
    except (ValueError, KeyError) as err:
        raise InputError(f"not a kg graph.json: {err}", file=str(path)) from None
    return KnowledgeGraph(g)
