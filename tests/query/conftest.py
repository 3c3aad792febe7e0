"""Fixtures: the hand-made corpus exported once (graph.ttl, graph.nt, store/) per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.export.atomic import atomic_write
from kg.export.rdf import rdf_document, write_nt, write_turtle
from kg.export.store import write_store
from query.corpus import fixture_corpus


def export_rdf(corpus, out: Path) -> Path:
    """graph.ttl, graph.nt and store/ of `corpus` in `out`, as `kg build` writes them."""
    doc = rdf_document(corpus)
    atomic_write(out / "graph.ttl", lambda fh: write_turtle(doc, fh), binary=True)
    atomic_write(out / "graph.nt", lambda fh: write_nt(doc, fh), binary=True)
    write_store(out / "graph.nt", out, describes=[out / "graph.ttl"])
    return out


@pytest.fixture(scope="session")
def fixture_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export_rdf(fixture_corpus(), tmp_path_factory.mktemp("rdf-fixture"))


@pytest.fixture(scope="session")
def store(fixture_out: Path):
    from kg.query.runner import open_data

    return open_data(fixture_out)
