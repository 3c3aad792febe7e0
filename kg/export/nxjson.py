"""graph.json: networkx node-link JSON, keys sorted so rebuilds are byte-identical."""

from __future__ import annotations

import json
from typing import IO

import networkx as nx


def write_json(g: nx.MultiDiGraph, fh: IO[str]) -> None:
    data = nx.node_link_data(g, edges="links")
    json.dump(data, fh, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    fh.write("\n")
