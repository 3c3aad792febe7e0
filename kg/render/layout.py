"""Node positions and importance, computed in Python so the browser never runs physics.

Each connected component is laid out on its own (igraph's grid Fruchterman-Reingold, its
iterations capped so the whole layout fits a time budget; tiny components as a star) and the
components are packed in rows, largest first, isolated nodes in a grid at the end. igraph's
random generator is seeded for the call, so positions are identical across runs.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

import igraph as ig

SPACING = 70.0  # pixels between neighbouring nodes, node sizes included
SECONDS_PER_STEP = 1.5e-7  # one grid-FR iteration per (node + edge), measured on a busy 2-core machine
MIN_ITER, MAX_ITER = 30, 500
SMALL = 8  # components up to this size are drawn as a star around their best-connected node

Point = tuple[int, int]


def _iterations(elements: int, budget_s: float) -> int:
    if elements == 0:
        return MAX_ITER
    return max(MIN_ITER, min(MAX_ITER, int(budget_s / (SECONDS_PER_STEP * elements))))


def _star(members: Sequence[int], degree: Sequence[int]) -> list[tuple[float, float]]:
    hub = max(range(len(members)), key=lambda i: (degree[members[i]], -members[i]))
    out, k, ring = [], 0, len(members) - 1
    for i in range(len(members)):
        if i == hub:
            out.append((0.0, 0.0))
        else:
            a = 2 * math.pi * k / ring
            out.append((1.4 * SPACING * math.cos(a), 1.4 * SPACING * math.sin(a)))
            k += 1
    return out


def _spring(sub: ig.Graph, niter: int) -> list[tuple[float, float]]:
    coords = sub.layout_fruchterman_reingold(niter=niter, grid=True).coords
    xs, ys = [c[0] for c in coords], [c[1] for c in coords]
    side = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    scale = SPACING * math.sqrt(len(coords)) * 1.3 / side
    return [(x * scale, y * scale) for x, y in coords]


def _pack(blocks: list[tuple[list[int], list[tuple[float, float]]]], n: int) -> list[Point]:
    """Shelf-pack the blocks (members, local coords) into rows; return positions centred on 0."""
    boxes = []
    for members, coords in blocks:
        x0 = min(c[0] for c in coords)
        y0 = min(c[1] for c in coords)
        w = max(c[0] for c in coords) - x0 + SPACING
        h = max(c[1] for c in coords) - y0 + SPACING
        boxes.append((members, coords, x0, y0, w, h))
    row_width = max(math.sqrt(sum(b[4] * b[5] for b in boxes)) * 1.2, max((b[4] for b in boxes), default=0))
    pos: list[tuple[float, float]] = [(0.0, 0.0)] * n
    x = y = row_h = 0.0
    for members, coords, x0, y0, w, h in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for m, (cx, cy) in zip(members, coords, strict=True):
            pos[m] = (x + cx - x0, y + cy - y0)
        x, row_h = x + w, max(row_h, h)
    if n == 0:
        return []
    mx = (min(p[0] for p in pos) + max(p[0] for p in pos)) / 2
    my = (min(p[1] for p in pos) + max(p[1] for p in pos)) / 2
    return [(round(px - mx), round(py - my)) for px, py in pos]


def layout(n: int, edges: Sequence[tuple[int, int]], *, budget_s: float = 2.0, seed: int = 7) -> list[Point]:
    """Positions of nodes 0..n-1 joined by undirected `edges`, in pixels, deterministic."""
    g = ig.Graph(n=n, edges=list(edges))
    g.simplify()
    clustering = g.connected_components()
    comps = sorted(clustering, key=lambda c: (-len(c), c[0]))
    member, sizes = clustering.membership, clustering.sizes()
    big_edges = sum(1 for u, _ in g.get_edgelist() if sizes[member[u]] > SMALL)
    niter = _iterations(sum(len(c) for c in comps if len(c) > SMALL) + big_edges, budget_s)
    degree = g.degree()
    blocks: list[tuple[list[int], list[tuple[float, float]]]] = []
    isolated: list[int] = []
    ig.set_random_number_generator(random.Random(seed))
    try:
        for members in comps:
            if len(members) == 1:
                isolated.append(members[0])
            elif len(members) <= SMALL:
                blocks.append((members, _star(members, degree)))
            else:
                blocks.append((members, _spring(g.subgraph(members), niter)))
    finally:
        ig.set_random_number_generator(random)
    if isolated:
        cols = max(1, math.ceil(math.sqrt(len(isolated))))
        blocks.append((isolated, [(SPACING * (i % cols), SPACING * (i // cols)) for i in range(len(isolated))]))
    return _pack(blocks, n)


def importance(n: int, edges: Sequence[tuple[int, int]]) -> list[float]:
    """PageRank of each node on the undirected graph: what node size and label choice follow."""
    if n == 0:
        return []
    g = ig.Graph(n=n, edges=list(edges))
    # ARPACK: PRPACK took 1.3-1.7 s on 5,000 nodes in many components, ARPACK 0.05 s.
    ig.set_random_number_generator(random.Random(7))
    try:
        return [round(r, 12) for r in g.pagerank(directed=False, implementation="arpack")]
    finally:
        ig.set_random_number_generator(random)
