"""`run_query` rows hold one term (or None) per projected variable, in the projection's order,
for SELECT *, projected expressions and variables a solution leaves unbound."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.query.runner import run_query

X = "http://x/"


@pytest.fixture(scope="module")
def store() -> ox.Store:
    s = ox.Store()
    for subj, pred, obj in (("a", "p", "v"), ("b", "p", "ww"), ("b", "q", "z")):
        s.add(ox.Quad(ox.NamedNode(X + subj), ox.NamedNode(X + pred), ox.Literal(obj)))
    return s


def _values(ans) -> list[list[str | None]]:
    return [[None if t is None else t.value for t in row] for row in ans.rows]


def test_select_star_lists_every_variable_with_none_when_unbound(store) -> None:
    ans = run_query(store, f"SELECT * WHERE {{ ?s <{X}p> ?o OPTIONAL {{ ?s <{X}q> ?m }} }} ORDER BY ?s")
    assert len(ans.variables) == 3 and set(ans.variables) == {"s", "o", "m"}
    by_name = [dict(zip(ans.variables, row, strict=True)) for row in _values(ans)]
    assert by_name == [{"s": X + "a", "o": "v", "m": None}, {"s": X + "b", "o": "ww", "m": "z"}]


def test_projected_expressions_and_a_never_bound_variable_keep_their_places(store) -> None:
    ans = run_query(store, f"SELECT ?nothing (STRLEN(?o) AS ?n) ?o WHERE {{ ?s <{X}p> ?o }} ORDER BY ?o")
    assert ans.variables == ["nothing", "n", "o"]
    assert _values(ans) == [[None, "1", "v"], [None, "2", "ww"]]
