"""graph.json: networkx node-link JSON, keys sorted so rebuilds are byte-identical.

Written element by element with the C encoder: `json.dump` of the whole `node_link_data`
runs the pure-Python encoder (the C one only serves one-shot `dumps`) and builds a second copy
of every node and edge first. The bytes are those of
`json.dump(nx.node_link_data(g, edges="links"), fh, ensure_ascii=False, sort_keys=True,
separators=(",", ":"))`: each element is encoded exactly as that call encodes it, in the
same order (tests/export/test_nxjson.py compares the two).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

import networkx as nx


def _array(fh: IO[str], items: Iterable[dict[str, Any]], encode: Any, chunk: int) -> None:
    buf: list[str] = []
    first = True
    fh.write("[")
    for item in items:
        buf.append(encode(item))
        if len(buf) >= chunk:
            fh.write(("" if first else ",") + ",".join(buf))
            first, buf = False, []
    if buf:
        fh.write(("" if first else ",") + ",".join(buf))
    fh.write("]")


def write_json(g: nx.Graph, fh: IO[str], *, chunk: int = 5000) -> None:
    encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode
    nodes = g.nodes
    if g.is_multigraph():
        links: Iterable[dict[str, Any]] = (
            {**d, "source": u, "target": v, "key": k} for u, v, k, d in g.edges(keys=True, data=True))
    else:
        links = ({**d, "source": u, "target": v} for u, v, d in g.edges(data=True))
    # The top-level keys in sorted order: directed, graph, links, multigraph, nodes.
    fh.write(f'{{"directed":{encode(g.is_directed())},"graph":{encode(g.graph)},"links":')
    _array(fh, links, encode, chunk)
    fh.write(f',"multigraph":{encode(g.is_multigraph())},"nodes":')
    _array(fh, ({**nodes[n], "id": n} for n in g), encode, chunk)
    fh.write("}\n")
