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


def test_a_quote_never_closed_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "papers.csv"
    path.write_text('title,abstract\n"Paper A,abstract A\nPaper B,abstract B\nPaper C,abstract C\n', encoding="utf-8")
    report = IngestReport()
    read_papers([path], report=report)
    assert report.messages == [(f"{path}:2: a quote opened in this row is never closed: "
                                "its 3 lines to the end of the file were read as one row")]


def test_quoted_fields_spanning_lines_are_not_reported(tmp_path: Path) -> None:
    path = tmp_path / "papers.csv"
    path.write_text('title,abstract\nA 5" display,one line\n"Paper B","two\nlines, ""quoted"""\n', encoding="utf-8")
    report = IngestReport()
    assert [p.title for p in read_papers([path], report=report)] == ['A 5" display', "Paper B"]
    assert report.messages == []
