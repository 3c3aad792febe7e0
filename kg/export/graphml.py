"""graph.graphml that Gephi, Cytoscape, networkx and igraph open, whatever the graph's attributes.

GraphML declares one type per attribute, and readers choke on None, on a value that is an int on
one node and a string on another, on lists, and on characters XML cannot hold. The graph's
networkx attributes change as the graph grows, so the writer sanitises instead of trusting them:
- each attribute gets one type over all its values (boolean, long, double, else string: a mixed
  column becomes strings everywhere) and a default (false, 0, 0.0 or ""), so no None is written;
- lists, tuples, sets and dicts become JSON strings; characters XML 1.0 forbids are dropped;
- every node has a `type` and a `label`, every edge a `relation` and a unique id.
Written as text (escaped by hand, in chunks): about 2x faster than building an lxml tree.
"""

from __future__ import annotations

import json
import math
import re
from typing import IO, Any

import networkx as nx

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TEXT_ESC = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTR_ESC = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;",
                           "\n": "&#10;", "\t": "&#9;"})
_DEFAULTS = {"boolean": "false", "long": "0", "double": "0.0", "string": ""}
RESERVED = {"id": "id_"}  # igraph keeps node ids in a vertex attribute named "id"


def _clean(text: str) -> str:
    return _XML_ILLEGAL.sub("", text)


def _scalar(value: Any) -> Any:
    """A value GraphML can hold: bool, int, float or str (None stays None: 'use the default')."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (set, frozenset)):
        value = sorted(value, key=str)
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def _kind(values: list[Any]) -> str:
    kinds = {type(v) for v in values if v is not None}
    if kinds == {bool}:
        return "boolean"
    if kinds == {int}:
        return "long"
    if kinds and kinds <= {int, float}:
        return "double"
    return "string"


def _lexical(value: Any, kind: str) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "long":
        return str(int(value))
    if kind == "double":
        v = float(value)
        return "NaN" if math.isnan(v) else ("INF" if v > 0 else "-INF") if math.isinf(v) else repr(v)
    if isinstance(value, bool):
        return "true" if value else "false"
    return _clean(str(value))


def _columns(rows: list[dict[str, Any]]) -> dict[str, str]:
    values: dict[str, list[Any]] = {}
    for row in rows:
        for k, v in row.items():
            values.setdefault(k, []).append(v)
    return {k: _kind(values[k]) for k in sorted(values)}


def _node_rows(g: nx.Graph) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for n, d in g.nodes(data=True):
        row = {RESERVED.get(str(k), str(k)): _scalar(v) for k, v in d.items()}
        if row.get("type") in (None, ""):
            row["type"] = "Entity"
        if row.get("label") in (None, ""):
            row["label"] = row.get("name") or str(n)
        out.append((_clean(str(n)), row))
    return out


def _edge_rows(g: nx.Graph) -> list[tuple[str, str, dict[str, Any]]]:
    edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in g.edges(data=True))
    out = []
    for u, v, key, d in edges:
        row = {RESERVED.get(str(k), str(k)): _scalar(val) for k, val in d.items()}
        if row.get("relation") in (None, ""):
            row["relation"] = str(key) if key is not None and not isinstance(key, int) else "related"
        out.append((_clean(str(u)), _clean(str(v)), row))
    return out


def write_graphml(g: nx.Graph, fh: IO[bytes], *, chunk: int = 5000) -> None:
    """Write `g` as GraphML (UTF-8 bytes) under the rules of the module docstring."""
    nodes, edges = _node_rows(g), _edge_rows(g)
    ncols, ecols = _columns([r for _, r in nodes]), _columns([r for _, _, r in edges])
    keys: dict[tuple[str, str], str] = {}
    head = ['<?xml version="1.0" encoding="UTF-8"?>\n'
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
            'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n']
    for domain, cols in (("node", ncols), ("edge", ecols)):
        for name, kind in cols.items():
            kid = keys[(domain, name)] = f"d{len(keys)}"
            head.append(f'  <key id="{kid}" for="{domain}" attr.name="{_clean(name).translate(_ATTR_ESC)}" '
                        f'attr.type="{kind}">\n    <default>{_DEFAULTS[kind]}</default>\n  </key>\n')
    head.append(f'  <graph edgedefault="{"directed" if g.is_directed() else "undirected"}">\n')
    fh.write("".join(head).encode("utf-8"))

    def data(domain: str, cols: dict[str, str], row: dict[str, Any]) -> str:
        parts = []
        for name, kind in cols.items():
            v = row.get(name)
            if v is None:
                continue
            text = _lexical(v, kind)
            if kind == "string" and text == "":
                continue  # the default
            parts.append(f'      <data key="{keys[(domain, name)]}">{text.translate(_TEXT_ESC)}</data>\n')
        return "".join(parts)

    buf: list[str] = []
    for nid, row in nodes:
        buf.append(f'    <node id="{nid.translate(_ATTR_ESC)}">\n{data("node", ncols, row)}    </node>\n')
        if len(buf) >= chunk:
            fh.write("".join(buf).encode("utf-8"))
            buf = []
    for i, (u, v, row) in enumerate(edges):
        buf.append(f'    <edge id="e{i}" source="{u.translate(_ATTR_ESC)}" target="{v.translate(_ATTR_ESC)}">\n'
                   f'{data("edge", ecols, row)}    </edge>\n')
        if len(buf) >= chunk:
            fh.write("".join(buf).encode("utf-8"))
            buf = []
    buf.append("  </graph>\n</graphml>\n")
    fh.write("".join(buf).encode("utf-8"))
