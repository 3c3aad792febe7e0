"""The named SPARQL queries (kg/query/named/*.rq) as `kg sparql NAME` runs them, timed warm.

Parameters take values that exist in the graph: the benchmark most papers evaluate on, and a
paper that both proposes something and evaluates on a benchmark.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

PICK_PAPER = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?id WHERE { ?p kg:proposes ?e ; kg:evaluates_on ?b ; dcterms:identifier ?id } ORDER BY ?id LIMIT 1"""


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
    from kg.query.runner import resolve_query, run_query

    top = run_query(store, resolve_query(store, "top_benchmarks")).rows
    values = {"benchmark": top[0][1].value if top else "none", "paper": _first(store, PICK_PAPER)}
    for name, q in shipped().items():
        params = {p.name: values[p.name] for p in q.params}
        yield name, lambda name=name, params=params: run_query(store, resolve_query(store, name, params))
