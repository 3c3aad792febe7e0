"""graph.graphml: scalar attributes only, one declared type per key, every key with a default."""

from __future__ import annotations

from typing import IO

import networkx as nx


def write_graphml(g: nx.MultiDiGraph, fh: IO[bytes]) -> None:
    nx.write_graphml(g, fh, encoding="utf-8", prettyprint=True)
