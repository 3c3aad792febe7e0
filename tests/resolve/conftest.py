"""Fixtures shared by the resolution tests."""

from __future__ import annotations

import pytest
from fixtures_resolve import small_kb as _small_kb

from kg.extract.kb import KnowledgeBase


@pytest.fixture(scope="session")
def small_kb() -> KnowledgeBase:
    return _small_kb()
