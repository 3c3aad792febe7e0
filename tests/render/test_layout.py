"""Layout, importance and the first view: deterministic, components apart, budgets respected."""

from __future__ import annotations

import random

import pytest

from kg.render.layout import MAX_ITER, MIN_ITER, _iterations, importance, layout
from kg.render.view import default_view


def graph(seed: int = 3) -> tuple[int, list[tuple[int, int]]]:
    """A 60-node component, a star of 5, a pair and 4 isolated nodes."""
    rng = random.Random(seed)
    edges = [(i, (i + 1) % 60) for i in range(60)] + [(rng.randrange(60), rng.randrange(60)) for _ in range(40)]
    edges += [(60, 61), (60, 62), (60, 63), (60, 64), (65, 66)]
    return 71, edges


def test_layout_is_deterministic_and_places_every_node_apart() -> None:
    n, edges = graph()
    a, b = layout(n, edges), layout(n, list(reversed(edges)))
    assert a == layout(n, edges)
    assert len(set(a)) == n
    assert a == b or len(set(b)) == n  # edge order may change FR's result, never overlap


def test_components_do_not_overlap() -> None:
    n, edges = graph()
    pos = layout(n, edges)

    def box(members: range) -> tuple[int, int, int, int]:
        xs, ys = [pos[i][0] for i in members], [pos[i][1] for i in members]
        return min(xs), min(ys), max(xs), max(ys)

    big, star = box(range(60)), box(range(60, 65))
    apart = star[0] > big[2] or star[2] < big[0] or star[1] > big[3] or star[3] < big[1]
    assert apart
    # The star's hub sits in its middle.
    hub = pos[60]
    assert all(abs(pos[i][0] - hub[0]) + abs(pos[i][1] - hub[1]) > 0 for i in range(61, 65))


def test_iterations_shrink_to_fit_the_budget() -> None:
    assert _iterations(100, 2.0) == MAX_ITER
    assert _iterations(10_000_000, 2.0) == MIN_ITER
    assert MIN_ITER < _iterations(200_000, 2.0) < MAX_ITER


def test_importance_favours_hubs() -> None:
    n, edges = graph()
    rank = importance(n, edges)
    assert rank[60] > max(rank[61:65])
    assert importance(0, []) == []


@pytest.mark.parametrize("max_nodes,top,expected", [
    (100, 5, list(range(9))),  # everything fits
    (5, 2, [0, 1, 2, 3, 6]),  # two hubs, then their best papers taken in turn
    (3, 2, [0, 1, 2]),
])
def test_default_view_takes_papers_round_robin(max_nodes: int, top: int, expected: list[int]) -> None:
    # Entities 0 and 1 (hubs) and 8 (minor); papers 2..7.
    types = ["Model", "Benchmark"] + ["Paper"] * 6 + ["Task"]
    adjacency = [[2, 3, 4, 5], [6, 7, 2], [0, 1], [0], [0], [0], [1], [1], []]
    rank = [0.3, 0.25, 0.1, 0.09, 0.08, 0.07, 0.06, 0.05, 0.0]
    assert default_view(types, adjacency, rank, max_nodes=max_nodes, top=top) == expected


def test_default_view_also_stops_at_the_edge_budget() -> None:
    # One hub with 6 papers: 6 links. Budget of 3 links: the hub and its 3 best papers.
    types = ["Benchmark"] + ["Paper"] * 6
    adjacency = [[1, 2, 3, 4, 5, 6]] + [[0]] * 6
    rank = [0.5, 0.2, 0.1, 0.09, 0.08, 0.07, 0.06]
    assert default_view(types, adjacency, rank, max_nodes=100, top=5, max_edges=3) == [0, 1, 2, 3]
    assert default_view(types, adjacency, rank, max_nodes=100, top=5, max_edges=6) == list(range(7))
