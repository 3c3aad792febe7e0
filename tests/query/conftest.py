"""Fixtures: the hand-made corpus exported once (graph.ttl, graph.nt, store/) per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from query.corpus import export_rdf, fixture_corpus


@pytest.fixture(scope="session")
def fixture_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export_rdf(fixture_corpus(), tmp_path_factory.mktemp("rdf-fixture"))


@pytest.fixture(scope="session")
def store(fixture_out: Path):
    from kg.query.runner import open_data

    return open_data(fixture_out)
