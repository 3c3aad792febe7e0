"""`kg build`'s exports include graph.nt and the store; rebuilding swaps the store in whole."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from query.corpus import fixture_corpus

from kg.errors import InputError
from kg.export.store import read_manifest, store_for
from kg.graph import KnowledgeGraph
from kg.pipeline import write_exports
from kg.query.runner import open_data, run_query

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def test_write_exports_writes_ntriples_and_a_fresh_store(tmp_path: Path) -> None:
    kg = KnowledgeGraph.from_corpus(fixture_corpus())
    write_exports(kg, tmp_path)
    assert (tmp_path / "graph.nt").is_file()
    assert store_for(tmp_path / "graph.ttl") == tmp_path / "store"
    lines = (tmp_path / "graph.nt").read_bytes().count(b"\n")
    assert read_manifest(tmp_path / "store")["triples"] == lines
    assert int(run_query(open_data(tmp_path / "graph.ttl"), COUNT).rows[0][0].value) == lines

    reader = open_data(tmp_path)  # a reader holding the old store while a rebuild swaps it
    write_exports(kg, tmp_path)
    assert int(run_query(reader, COUNT).rows[0][0].value) == lines
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".store")) == []
    assert store_for(tmp_path) == tmp_path / "store"


def test_answer_rows_follow_the_select_order_with_none_when_unbound() -> None:
    import pyoxigraph as ox

    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://x/a"), ox.NamedNode("http://x/p"), ox.Literal("v")))
    ans = run_query(store, "SELECT ?o ?missing ?s WHERE { ?s ?p ?o OPTIONAL { ?s <http://x/q> ?missing } }")
    assert ans.variables == ["o", "missing", "s"]
    assert [[t.value if t is not None else None for t in row] for row in ans.rows] == [["v", None, "http://x/a"]]


def test_an_output_folder_without_store_or_turtle_is_read_from_its_ntriples(tmp_path: Path) -> None:
    from query.corpus import export_rdf

    out = export_rdf(fixture_corpus(), tmp_path / "out")
    whole = run_query(open_data(out), COUNT).rows[0][0].value
    shutil.rmtree(out / "store")
    (out / "graph.ttl").unlink()
    assert run_query(open_data(out), COUNT).rows[0][0].value == whole
    (out / "graph.nt").unlink()
    with pytest.raises(InputError, match="no such RDF file or kg output folder"):
        open_data(out)
