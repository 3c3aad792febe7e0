"""Property: whatever text a record holds, JSONL and CSV give back the cleaned text and one id."""

from __future__ import annotations

import csv
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.ingest import IngestReport, read_papers
from kg.text import clean, paper_id

# Any character a UTF-8 file can hold; CSV cells additionally without control characters (a raw
# NUL makes a file binary, and CSV has no escape for it).
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=80)
CSV_TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc")) | st.sampled_from("\t\n\r"), max_size=80)


def read(path: Path) -> tuple[list, IngestReport]:
    report = IngestReport()
    return read_papers([path], report=report), report


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=TEXT, abstract=TEXT)
def test_jsonl_round_trip(title: str, abstract: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.jsonl"
        path.write_text(json.dumps({"title": title, "abstract": abstract}) + "\n", encoding="utf-8")
        papers, report = read(path)
    if clean(title):
        (p,) = papers
        assert (p.title, p.abstract, p.id) == (clean(title), clean(abstract), paper_id(clean(title)))
    else:
        assert papers == [] and report.skipped == 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=CSV_TEXT, abstract=CSV_TEXT)
def test_csv_round_trip(title: str, abstract: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["title", "abstract"])
            writer.writerow([title, abstract])
        papers, report = read(path)
    if clean(title):
        (p,) = papers
        assert (p.title, p.abstract) == (clean(title), clean(abstract))
    else:  # a row of blank cells is a blank line, not a record
        assert papers == [] and report.skipped == (1 if clean(abstract) else 0)
