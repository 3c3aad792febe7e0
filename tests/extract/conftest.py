"""One extractor for the whole extract test package: building it loads the KB and the lexicon."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.model import Extraction, Paper
from kg.text import paper_id


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def run(extractor: Extractor):
    """run(abstract, title=...) -> Extraction of a one-off paper."""

    def _run(abstract: str, title: str = "A study") -> Extraction:
        return extractor.extract(Paper(id=paper_id(title), title=title, abstract=abstract))

    return _run

