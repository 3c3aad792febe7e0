"""The one-line ingest summary reads as English for one listing, file and paper too."""

from __future__ import annotations

from kg.ingest import IngestReport


def test_summary_singular_and_plural() -> None:
    one = IngestReport()
    one.files, one.records = 1, 1
    assert one.summary(1) == "read 1 listing from 1 file: 1 distinct paper (0 merged, 0 skipped)"
    many = IngestReport()
    many.files, many.records, many.merged, many.skipped = 2, 3, 1, 4
    assert many.summary(2) == "read 3 listings from 2 files: 2 distinct papers (1 merged, 4 skipped)"
