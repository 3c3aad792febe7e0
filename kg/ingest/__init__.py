"""Ingest: every input format behind one entry point, streaming `Paper` records.

`read_records` yields one `Paper` per listing as it reads; `merge_papers` folds listings of the
same paper (same normalised title, arXiv id or DOI) into one, keeping every source.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import InputError
from kg.ingest.registry import READERS, sniff_format
from kg.model import Paper


@dataclass
class IngestReport:
    """What ingest did, for the summary: nothing read is dropped without being counted here."""

    files: int = 0
    records: int = 0
    skipped: int = 0
    merged: int = 0
    messages: list[str] = field(default_factory=list)

    def warn(self, message: str, *, skipped: int = 0) -> None:
        self.messages.append(message)
        self.skipped += skipped


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and every file below a folder, in a stable (sorted) order."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from sorted(f for f in path.rglob("*") if f.is_file() and not f.name.startswith("."))
        elif path.is_file():
            yield path
        else:
            raise InputError("no such file or folder", file=str(p))


def read_records(
    paths: Iterable[str | Path], *, format: str | None = None, report: IngestReport | None = None
) -> Iterator[Paper]:
    """Yield one Paper per listing from every input; bad records are counted in `report`."""
    report = report if report is not None else IngestReport()
    for path in iter_files(paths):
        report.files += 1
        fmt = format or sniff_format(path)
        if fmt is None:
            report.warn(f"{path}: unknown format, file skipped (use --format to force one)", skipped=1)
            continue
        if fmt not in READERS:
            raise InputError(f"unknown format {fmt!r}; known: {', '.join(sorted(READERS))}")
        for paper in READERS[fmt](path, report):
            report.records += 1
            yield paper


def merge_papers(records: Iterable[Paper], report: IngestReport | None = None) -> list[Paper]:
    """One Paper per real paper, in first-seen order; merge keys: title id, arXiv id, DOI."""
    report = report if report is not None else IngestReport()
    papers: list[Paper] = []
    index: dict[str, int] = {}
    for rec in records:
        keys = [f"id:{rec.id}"]
        keys += [f"arxiv:{rec.arxiv_id}"] if rec.arxiv_id else []
        keys += [f"doi:{rec.doi.lower()}"] if rec.doi else []
        hit = next((index[k] for k in keys if k in index), None)
        if hit is None:
            hit = len(papers)
            papers.append(rec)
        else:
            report.merged += 1
            papers[hit] = _merge(papers[hit], rec)
        for k in keys + [f"arxiv:{papers[hit].arxiv_id}", f"doi:{(papers[hit].doi or '').lower()}"]:
            if not k.endswith(":") and not k.endswith(":None"):
                index.setdefault(k, hit)
    return papers


def _merge(a: Paper, b: Paper) -> Paper:
    """Keep the first paper's text unless it lacks one; union sources, ids and attributes."""
    return replace(
        a,
        abstract=a.abstract if len(a.abstract) >= len(b.abstract) else b.abstract,
        sources=tuple(sorted(set(a.sources) | set(b.sources))),
        arxiv_id=a.arxiv_id or b.arxiv_id,
        doi=a.doi or b.doi,
        url=a.url or b.url,
        authors=a.authors or b.authors,
        published=a.published or b.published,
        input_ids=tuple(sorted(set(a.input_ids) | set(b.input_ids))),
    )


def read_papers(
    paths: Iterable[str | Path], *, format: str | None = None, report: IngestReport | None = None
) -> list[Paper]:
    """Read and merge: the papers of every input, one per real paper."""
    return merge_papers(read_records(paths, format=format, report=report), report)
