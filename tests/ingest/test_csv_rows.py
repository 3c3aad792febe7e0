"""A CSV row with more cells than its header (an unescaped quote split a field) is read, and
the cells that had no column are reported with the row's line instead of vanishing."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import IngestReport, read_papers


def test_extra_cells_are_reported_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "papers.csv"
    path.write_text('title,abstract\n"Paper one","An abstract with an "unescaped" quote, and more"\n'
                    '"Paper two","Fine."\n', encoding="utf-8")
    report = IngestReport()
    papers = read_papers([path], report=report)
    assert [p.title for p in papers] == ["Paper one", "Paper two"]
    assert report.messages == [(f"{path}:2: row has 3 cells but the header 2 columns; "
                                "the extra ones are ignored (an unescaped quote?)")]
