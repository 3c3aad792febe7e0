"""The named SPARQL queries (kg/query/named/*.rq) as `kg sparql NAME` runs them, timed warm.

Parameters take values picked from the graph so that each query has an answer to compute (a
benchmark with results for `leaderboard`, a paper whose proposal others use for
`introduced_then_used`, ...), bound with `kg.query.runner.render_named` as `kg sparql NAME
--param key=value` binds them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

_PREFIXES = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
PICK_PAPER = _PREFIXES + """SELECT ?id WHERE { ?p kg:proposes ?e ; kg:evaluates_on ?b ; dcterms:identifier ?id } ORDER BY ?id LIMIT 1"""
# (query, parameter) -> a query whose first row's first value gives that query an answer
PICK: dict[tuple[str, str], str] = {
    ("leaderboard", "benchmark"): _PREFIXES + """SELECT ?name (COUNT(?r) AS ?n) WHERE { ?r kg:benchmark ?b .
        ?b rdfs:label ?name } GROUP BY ?name ORDER BY DESC(?n) ?name LIMIT 1""",
    ("papers_with_code_on", "benchmark"): _PREFIXES + """SELECT ?name (COUNT(?p) AS ?n) WHERE {
        ?p kg:evaluates_on ?b ; kg:has_code ?c . ?b rdfs:label ?name } GROUP BY ?name ORDER BY DESC(?n) ?name LIMIT 1""",
    ("introduced_then_used", "paper"): _PREFIXES + """SELECT ?id (COUNT(?o) AS ?n) WHERE {
        ?p kg:proposes ?e ; dcterms:identifier ?id . ?o kg:evaluates_on|kg:uses_model|kg:uses_method ?e .
        FILTER(?o != ?p) } GROUP BY ?id ORDER BY DESC(?n) ?id LIMIT 1""",
    ("models_tested", "paper"): _PREFIXES + """SELECT ?id (COUNT(?m) AS ?n) WHERE {
        ?p kg:uses_model|kg:compares_with ?m ; dcterms:identifier ?id } GROUP BY ?id ORDER BY DESC(?n) ?id LIMIT 1""",
}


def load_store(out: Path) -> Any:
    """The store `kg sparql` would open for the output folder `out`."""
    from kg.query.runner import open_data

    return open_data(out)


def _first(store: Any, text: str) -> str:
    from kg.query.runner import run_query

    rows = run_query(store, text).rows
    return rows[0][0].value if rows and rows[0][0] is not None else "none"


def named_queries(store: Any) -> Iterator[tuple[str, Callable[[], object]]]:
    """(name, run) for every shipped named query: parameters resolved, then the query run,
    both as `kg sparql NAME --param key=value` does them."""
    from kg.query.named import named_queries as shipped
    from kg.query.runner import render_named, run_query

    top = run_query(store, render_named(store, "top_benchmarks", {})).rows
    fallback = {"benchmark": top[0][1].value if top else "none", "paper": _first(store, PICK_PAPER)}
    for name, q in shipped().items():
        params = {p.name: _first(store, PICK[name, p.name]) if (name, p.name) in PICK else fallback[p.name]
                  for p in q.params}
        params = {k: fallback[k] if v == "none" else v for k, v in params.items()}
        yield name, lambda name=name, params=params: run_query(store, render_named(store, name, params))
