"""Which part of the graph a page holds and which part it shows first.

A page holds either the whole graph or, with `focus`, the neighbourhood of one node; past
`page_nodes` (a browser cannot hold a year of arXiv in one page: 100,000 papers would make a
page of some 200 MB), it holds the best connected part: the top entities by degree and their
papers, chosen the same round-robin way. When it holds more than `max_nodes` nodes (or `max_edges` links), it first shows the top entities (by
importance) and their papers, taken round-robin so every top entity keeps some, until either
bound is reached; the rest is reached through search.
"""

from __future__ import annotations

import networkx as nx

from kg.errors import LookupFailed
from kg.graph.api import KnowledgeGraph
from kg.text import norm_key


def resolve_node(kg: KnowledgeGraph, name: str) -> str:
    """The node named `name`: an entity by any alias, or a paper by id or title."""
    try:
        return str(kg.entity(name)["id"])
    except LookupFailed:
        key = norm_key(name)
        papers = sorted(n for n, d in kg.nx.nodes(data=True)
                        if d.get("type") == "Paper" and key and norm_key(str(d.get("title", ""))) == key)
        if len(papers) == 1:
            return papers[0]
        raise


def neighbourhood(g: nx.MultiDiGraph, node: str, depth: int) -> nx.MultiDiGraph:
    """The subgraph within `depth` hops of `node`, edges followed in either direction."""
    if depth < 0:
        raise LookupFailed(f"depth must be 0 or more, not {depth}")
    return g.subgraph(nx.ego_graph(g, node, radius=depth, undirected=True).nodes).copy()


def default_view(types: list[str], adjacency: list[list[int]], rank: list[float], *,
                 max_nodes: int, top: int, max_edges: int | None = None) -> list[int]:
    """Indices shown on load: everything if it fits, else the top entities and their papers.

    `max_edges` bounds the links drawn among them too: a frame's cost is mostly its edges.
    """
    n = len(types)
    n_edges = sum(len(a) for a in adjacency) // 2
    if n <= max_nodes and (max_edges is None or n_edges <= max_edges):
        return list(range(n))
    edge_cap = n_edges if max_edges is None else max_edges
    by_rank = sorted(range(n), key=lambda i: (-rank[i], i))
    entities = [i for i in by_rank if types[i] != "Paper"][:max(1, min(top, max_nodes))]
    shown: dict[int, None] = {}
    drawn = 0

    def add(i: int) -> None:
        nonlocal drawn
        if i not in shown:
            drawn += sum(1 for j in adjacency[i] if j in shown)
            shown[i] = None

    for e in entities:
        add(e)
    queues = [sorted((j for j in adjacency[e] if types[j] == "Paper"), key=lambda j: (-rank[j], j))
              for e in entities]
    depth = 0
    while len(shown) < max_nodes and drawn < edge_cap and any(depth < len(q) for q in queues):
        for q in queues:
            if depth < len(q) and len(shown) < max_nodes and drawn < edge_cap:
                add(q[depth])
        depth += 1
    return sorted(shown)


def best_connected(g: nx.MultiDiGraph, limit: int, *, keep: str | None = None) -> nx.MultiDiGraph:
    """The subgraph a page holds when `g` has more than `limit` nodes: the fifth of `limit` entities
    of highest degree, then their papers round-robin, then the entities those papers link to, by
    degree, until `limit`. (Starting from a few hundred entities filled a 40,000-node page with
    papers of the same 200.) Degree, since the page's own importance needs the layout graph.
    `keep` (a focus page's node) is always held: the page is about it, however few links it has."""
    ids = sorted(g.nodes, key=str)
    index = {n: i for i, n in enumerate(ids)}
    types = [str(g.nodes[n].get("type") or "Entity") for n in ids]
    adjacency: list[list[int]] = [[] for _ in ids]
    for u, v in g.edges():
        if u != v:
            adjacency[index[u]].append(index[v])
            adjacency[index[v]].append(index[u])
    degree = [float(len(set(a))) for a in adjacency]

    def pick(room: int) -> set[int]:
        if room < 1:
            return set()
        held = default_view(types, adjacency, degree, max_nodes=room, top=max(1, room // 5))
        kept = set(held)
        if len(kept) < room:  # room left: the most connected entities the held papers link to
            papers = [i for i in held if types[i] == "Paper"]
            linked = sorted({j for i in papers for j in adjacency[i] if j not in kept}, key=lambda j: (-degree[j], j))
            kept.update(linked[: room - len(kept)])
        return kept

    kept = pick(limit)
    if keep is not None and index[keep] not in kept:
        kept = pick(limit - 1) | {index[keep]}
    return g.subgraph(ids[i] for i in sorted(kept)).copy()
