"""The named SPARQL queries, run warm on an in-memory pyoxigraph store of a build's RDF export."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox


def load_store(out: Path) -> ox.Store:
    """Every triple of the export: N-Triples when written (fastest to parse), else Turtle."""
    store = ox.Store()
    for name, fmt in (("graph.nt", ox.RdfFormat.N_TRIPLES), ("graph.ttl", ox.RdfFormat.TURTLE)):
        if (out / name).exists():
            store.bulk_load(path=str(out / name), format=fmt)
            return store
    raise SystemExit(f"no RDF export in {out}")


def named_queries(store: ox.Store) -> Iterator[tuple[str, Callable[[], object]]]:
    """(name, run) for every query shipped in kg/query/named/*.rq."""
    import kg

    folder = Path(kg.__file__).parent / "query" / "named"
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        yield path.stem, lambda text=text: list(store.query(text))
