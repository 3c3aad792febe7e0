"""graph.html: the explorer, rendered with pyvis's Network."""

from __future__ import annotations

from typing import IO

import networkx as nx
from pyvis.network import Network


def write_html(g: nx.MultiDiGraph, fh: IO[str]) -> None:
    net = Network(height="900px", width="100%", directed=True, cdn_resources="in_line")
    for n, d in sorted(g.nodes(data=True)):
        net.add_node(n, label=str(d.get("label", n))[:40], group=d.get("type", ""))
    for u, v, k in sorted(g.edges(keys=True)):
        net.add_edge(u, v, title=k)
    fh.write(net.generate_html())
