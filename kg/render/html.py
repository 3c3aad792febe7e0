"""graph.html: one self-contained explorer page, pyvis's Network filled directly, our template.

Everything the page needs is inlined (vis-network, our script and style), and a
Content-Security-Policy allows only those exact inline blocks by hash and nothing remote. Graph
data travels as JSON in a non-executed <script type="application/json"> block with `<`, `>`
and `&` escaped, and the page script only ever puts it into the DOM as text.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import IO, Any

import jinja2
import networkx as nx
from markupsafe import Markup
from pyvis.network import Network

from kg.errors import InputError, KGError
from kg.gcpause import gc_paused
from kg.graph.api import KnowledgeGraph
from kg.model import Corpus
from kg.render.layout import importance, layout
from kg.render.payload import Payload, Spans, build_payload, label_of, node_sizes, read_spans
from kg.render.style import EDGE_STYLE, NODE_STYLE, OTHER_EDGE, OTHER_NODE
from kg.render.view import best_connected, default_view, neighbourhood, resolve_node

ASSETS = files("kg.render") / "assets"
DETAIL_EDGES = 3000  # up to this many edges, draw arrow heads and dashes (both cost per frame)


@dataclass(frozen=True, slots=True)
class HtmlSettings:
    """What a page holds and shows; see `kg html --help`."""

    focus: str | None = None  # a node name (any alias), paper id or title: render its neighbourhood
    depth: int = 1  # hops around `focus`
    max_nodes: int = 5000  # more than this: show the top entities and their papers first
    max_edges: int = 20000  # the same for links drawn: a frame's cost is mostly its edges
    top: int = 200  # how many top entities that default view starts from
    page_nodes: int = 25000  # a page holds at most this many nodes: past it, the best connected part
    labels: int = 60  # how many of the most important entities carry a label (papers: a sixth as many)
    layout_budget_s: float = 2.0  # time the Python layout may take (iterations are capped to fit)
    title: str = "kg explorer"


@cache
def _asset(name: str) -> str:
    text = (ASSETS / name).read_text(encoding="utf-8")
    if "</script" in text.lower() or "<!--" in text:
        raise KGError(f"asset {name} cannot be inlined in a <script> or <style> block")
    return text


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def json_for_html(data: Any) -> str:
    """JSON that cannot end its <script> block or open a comment: < > & and line separators escaped."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _options(n_edges: int) -> dict[str, Any]:
    """vis-network options: physics and the improved layout off, since positions come from Python.

    Arrow heads are drawn only up to DETAIL_EDGES edges: placing them on node borders is most of
    the cost of a frame (5,000 nodes, 15,000 edges: 520 ms per redraw with them, 60 ms without).
    Every edge runs from a paper or from the entity named first in its relation, so little is lost.
    """
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True, "multiselect": False},
        # No border but on the selected node: a border is a second stroke per node per frame (-25%).
        "nodes": {"borderWidth": 0, "borderWidthSelected": 3,
                  "font": {"size": 14, "face": "sans-serif", "strokeWidth": 3}},
        "edges": {"smooth": False, "arrows": {"to": {"enabled": n_edges <= DETAIL_EDGES, "scaleFactor": 0.4}},
                  "selectionWidth": 2, "hoverWidth": 0.5},
        "groups": {t: {"shape": s["shape"], "color": {
            "background": s["color"], "border": s["color"],
            "highlight": {"background": s["color"], "border": "#222222"},
            "hover": {"background": s["color"], "border": "#222222"}}} for t, s in NODE_STYLE.items()},
    }


def build_network(g: nx.MultiDiGraph, corpus: Corpus | None, settings: HtmlSettings,
                  spans: Spans | None = None) -> tuple[Network, Payload, list[int]]:
    """pyvis's Network holding positioned, sized, labelled nodes and typed edges."""
    payload = build_payload(g, corpus, spans)
    n = len(payload.ids)
    rank = importance(n, payload.pairs)
    pos = layout(n, payload.pairs, budget_s=settings.layout_budget_s)
    sizes = node_sizes(rank)
    by_rank = sorted(range(n), key=lambda i: (-rank[i], i))
    labelled = set([i for i in by_rank if payload.types[i] != "Paper"][: settings.labels]
                   + [i for i in by_rank if payload.types[i] == "Paper"][: settings.labels // 6])
    adjacency: list[list[int]] = [[] for _ in range(n)]
    for i, j in payload.pairs:
        adjacency[i].append(j)
        adjacency[j].append(i)
    view = default_view(payload.types, adjacency, rank, max_nodes=settings.max_nodes, top=settings.top,
                        max_edges=settings.max_edges)
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    for i in range(n):
        d, t = g.nodes[payload.ids[i]], payload.types[i]
        # The tooltip ("title": type and name) is set by the page from `info`, not sent twice.
        node = {"id": i, "x": pos[i][0], "y": pos[i][1], "size": sizes[i], "group": t}
        if t not in NODE_STYLE:
            node["shape"], node["color"] = OTHER_NODE["shape"], OTHER_NODE["color"]
        if i in labelled:
            node["label"] = label_of(d, payload.ids[i])
        net.nodes.append(node)
        net.node_ids.append(i)
    net.edges = payload.edges
    net.options = _options(len(payload.edges))
    return net, payload, view


def compact_edges(edges: list[dict[str, Any]]) -> dict[str, Any]:
    """Edges as arrays, relation names listed once: [from, to, rel] plus [field, start, end] for
    evidence in the source paper or [text] for other evidence. Halves the bytes of 100k edges."""
    rels = sorted({e["rel"] for e in edges})
    index = {r: k for k, r in enumerate(rels)}
    rows = []
    for e in edges:
        row = [e["from"], e["to"], index[e["rel"]]]
        if "ev" in e:
            row.extend(e["ev"])
        elif "tx" in e:
            row.append(e["tx"])
        rows.append(row)
    return {"rels": rels, "edges": rows}


def render_html(kg: KnowledgeGraph | nx.MultiDiGraph, settings: HtmlSettings | None = None, *,
                spans: Spans | None = None) -> str:
    """The explorer page of `kg` (a KnowledgeGraph, or its networkx graph alone) as one string;
    `spans`: where each paper's mentions were read, for a graph reloaded without its corpus."""
    with gc_paused():
        return _render(kg, settings or HtmlSettings(), spans)


def _render(kg: KnowledgeGraph | nx.MultiDiGraph, settings: HtmlSettings, spans: Spans | None) -> str:
    if isinstance(kg, nx.MultiDiGraph):
        kg = KnowledgeGraph(kg)
    g, focus = kg.nx, None
    if settings.focus is not None:
        focus = resolve_node(kg, settings.focus)
        g = neighbourhood(g, focus, settings.depth)
    graph_total = g.number_of_nodes()
    if graph_total > settings.page_nodes:
        g = best_connected(g, settings.page_nodes, keep=focus)
    net, payload, view = build_network(g, kg.corpus, settings, spans)
    data = {
        "nodes": net.nodes, "info": payload.info, "view": view, **compact_edges(net.edges),
        "options": net.options, "total": len(payload.ids), "graphTotal": graph_total,
        "focus": payload.ids.index(focus) if focus is not None else None, "edgeOff": payload.derived,
        "dashes": len(payload.edges) <= DETAIL_EDGES,
        "nodeStyle": {**NODE_STYLE, "_other": OTHER_NODE}, "edgeStyle": {**EDGE_STYLE, "_other": OTHER_EDGE},
    }
    css, vis_js, app_js = _asset("explorer.css"), _asset("vis-network.min.js"), _asset("explorer.js")
    csp = "; ".join([
        "default-src 'none'", f"script-src {_csp_hash(vis_js)} {_csp_hash(app_js)}",
        f"style-src {_csp_hash(css)}", "img-src data:", "base-uri 'none'", "form-action 'none'",
    ])
    return _template().render(
        title=settings.title, csp=csp, css=Markup(css), vis_js=Markup(vis_js), app_js=Markup(app_js),
        data=Markup(json_for_html(data)),
    )


@cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(autoescape=True, keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    return env.from_string((ASSETS / "template.html").read_text(encoding="utf-8"))


def write_text(fh: IO[str], text: str) -> None:
    fh.write(text)


def write_html(kg: KnowledgeGraph | nx.MultiDiGraph, fh: IO[str], *, settings: HtmlSettings | None = None) -> None:
    """Write the explorer page of `kg` to the text stream `fh`."""
    write_text(fh, render_html(kg, settings))


def export_html(source: str | Path, *, out: str | Path | None = None, settings: HtmlSettings | None = None) -> Path:
    """Render the explorer of an exported graph (an output folder or its graph.json) into `out`.

    Without `out`: the folder's graph.html, or focus-<name>.html beside it for a focus view.
    """
    from kg.export.atomic import atomic_write
    from kg.graph.load import load
    from kg.text import slug

    settings = settings or HtmlSettings()
    kg = load(source)
    src = Path(source)
    folder = src if src.is_dir() else src.parent
    if out is None:
        out = folder / (f"focus-{slug(settings.focus)}.html" if settings.focus else "graph.html")
    jsonl = folder / "papers.jsonl"  # the build's own spans, when the folder has them
    html = render_html(kg, settings, spans=read_spans(jsonl) if jsonl.is_file() else None)
    try:
        atomic_write(out, lambda fh: write_text(fh, html))
    except OSError as err:  # a file where a folder should be, a folder in the way, no space
        raise InputError(f"cannot write: {err.strerror or err}", file=str(out)) from None
    return Path(out)
