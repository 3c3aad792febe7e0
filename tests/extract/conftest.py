"""Shared by the extract test package: one extractor (building it loads the KB and the lexicon)
and the seed listings, read once."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import Extractor
from kg.ingest import IngestReport, read_papers
from kg.model import Extraction, Paper
from kg.text import paper_id

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="session")
def seed_papers() -> list[Paper]:
    """The distinct papers of seeds/, in reading order."""
    return read_papers([SEEDS], report=IngestReport())


@pytest.fixture(scope="session")
def seed_texts(seed_papers: list[Paper]) -> list[str]:
    """Each seed paper's title, then its abstract: real text for the equivalence tests."""
    return [t for p in seed_papers for t in (p.title, p.abstract)]


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def run(extractor: Extractor):
    """run(abstract, title=...) -> Extraction of a one-off paper."""

    def _run(abstract: str, title: str = "A study") -> Extraction:
        return extractor.extract(Paper(id=paper_id(title), title=title, abstract=abstract))

    return _run

