"""A paper's listing dates are kept in calendar order (the explorer shows 'Listed: Mar 11, Jul 31'),
not in the order of their letters ('Jul 31' before 'Mar 11')."""

from __future__ import annotations

import json

import pytest

from kg.graph import KnowledgeGraph
from kg.model import Extraction, Paper, Source
from kg.resolve import resolve


@pytest.mark.parametrize(("dates", "ordered"), [
    (["Jul 31", "Mar 11", "Dec 2", "Mar 9"], ["Mar 9", "Mar 11", "Jul 31", "Dec 2"]),
    (["2024-03-01", "2023-12-31", "2024"], ["2023-12-31", "2024", "2024-03-01"]),
    (["Sep 3, 2024", "Jan 5, 2025"], ["Sep 3, 2024", "Jan 5, 2025"]),
])
def test_listing_dates_in_calendar_order(dates: list[str], ordered: list[str]) -> None:
    paper = Paper("a000000001", "A paper", "An abstract.",
                  sources=tuple(Source(f"f{i}.txt", d, 1) for i, d in enumerate(dates)))
    g = KnowledgeGraph.from_corpus(resolve([Extraction(paper)]))
    assert json.loads(g.nx.nodes["a000000001"]["dates"]) == ordered
