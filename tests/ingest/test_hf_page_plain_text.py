"""A .txt file is read as a Daily Papers page by its name; one that has nothing of a page (no
chrome, no listing date, no abstract) is still read, and the user is told what it was taken for."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import IngestReport, read_papers


def test_notes_read_as_a_page_are_pointed_out(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Meeting notes\n\nWe discussed the GSM8K results.\n\nTODO\n", encoding="utf-8")
    report = IngestReport()
    assert len(read_papers([path], report=report)) == 3
    assert report.messages == [(f"{path}: read as a Daily Papers page, but it has no listing date, page text "
                                "or abstract: is it one? (--format reads it as another format)")]


def test_a_real_page_or_titles_with_abstracts_are_not(ingest_fixtures: Path, tmp_path: Path) -> None:
    bare = tmp_path / "bare.txt"  # no chrome, no date: title / abstract pairs only
    bare.write_text("LIMO: Less is More for Reasoning\n\n" + "We show that complex reasoning emerges. " * 8 + "\n",
                    encoding="utf-8")
    report = IngestReport()
    assert len(read_papers([ingest_fixtures / "good" / "page.txt", bare], report=report)) > 1
    assert report.messages == []
