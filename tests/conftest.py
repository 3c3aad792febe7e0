"""Shared test fixtures: paths to the small hand-made inputs under tests/fixtures/."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def ingest_fixtures() -> Path:
    """tests/fixtures/ingest: `good/` (one file per format) and `bad/` (one file per failure)."""
    return FIXTURES / "ingest"
