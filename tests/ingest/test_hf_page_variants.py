"""A Daily Papers page reads the same whatever tool saved it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import IngestReport, read_records


def read(path: Path) -> list[tuple[str, str, str | None]]:
    report = IngestReport()
    papers = [(p.title, p.abstract, p.sources[0].date) for p in read_records([path], report=report)]
    assert report.messages == []
    return papers


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode()


def bom(text: str) -> bytes:
    return b"\xef\xbb\xbf" + text.encode()


def spaces_on_blank_lines(text: str) -> bytes:
    return "\n".join(line or " \t  " for line in text.split("\n")).encode()


def runs_of_empty_lines(text: str) -> bytes:
    return text.replace("\n\n", "\n\n\n\n\n").encode()


def old_mac(text: str) -> bytes:
    return text.replace("\n", "\r").encode()


def utf16(text: str) -> bytes:
    return text.encode("utf-16")  # with its byte-order mark


def all_at_once(text: str) -> bytes:
    return bom(text.replace("\n\n", "\n \n\n")).replace(b"\n", b"\r\n")


@pytest.mark.parametrize("variant", [crlf, bom, spaces_on_blank_lines, runs_of_empty_lines, old_mac, utf16,
                                     all_at_once])
def test_saved_variants_read_the_same(ingest_fixtures: Path, tmp_path: Path, variant) -> None:
    original = ingest_fixtures / "good" / "page.txt"
    text = original.read_text(encoding="utf-8")
    copy = tmp_path / "page.txt"
    copy.write_bytes(variant(text))
    assert read(copy) == read(original)
    assert len(read(copy)) == 5


def test_seeds_hold_288_listings_of_198_papers() -> None:
    from kg.ingest import read_papers

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    report = IngestReport()
    papers = read_papers([seeds], report=report)
    assert (report.records, len(papers), report.merged, report.skipped) == (288, 198, 90, 0)
    assert len({p.id for p in papers}) == 198
    many = [p for p in papers if len(p.sources) > 1]
    assert many and all(len({(s.file, s.date) for s in p.sources}) == len(p.sources) for p in many)
