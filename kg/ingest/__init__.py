"""Ingest: every input format behind one entry point, streaming `Paper` records.

`read_records` yields one `Paper` per listing as it reads; `merge_papers` folds listings of the
same paper (same normalised title, arXiv id or DOI) into one, keeping every source.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.ingest.registry import READERS, sniff_format
from kg.model import Paper, Source

MAX_MESSAGES = 50  # warnings kept verbatim; the rest are counted, never dropped silently


@dataclass
class IngestReport:
    """What ingest did, for the summary: nothing read is dropped without being counted here."""

    files: int = 0
    records: int = 0  # listings read (before merging)
    skipped: int = 0  # records skipped (no title, malformed line, not an object)
    merged: int = 0  # listings folded into a paper read before
    files_skipped: int = 0  # empty, binary, unknown or unreadable files
    files_partial: int = 0  # files that broke off midway: what came before the break is kept
    notes: list[str] = field(default_factory=list)
    suppressed: int = 0

    def warn(self, message: str, *, skipped: int = 0) -> None:
        self.skipped += skipped
        if len(self.notes) < MAX_MESSAGES:
            self.notes.append(message)
        else:
            self.suppressed += 1

    def skip_file(self, message: str) -> None:
        self.files_skipped += 1
        self.warn(f"{message}; file skipped")

    @property
    def messages(self) -> list[str]:
        """Every warning kept, then how many more there were."""
        more = [f"... and {self.suppressed} more warnings"] if self.suppressed else []
        return self.notes + more

    def summary(self, papers: int) -> str:
        """One line: listings read, distinct papers, merged and skipped counts."""
        files = f"{self.files} files" if self.files != 1 else "1 file"
        listings = f"{self.records} listings" if self.records != 1 else "1 listing"
        line = (f"read {listings} from {files}: {papers} distinct paper{'s' if papers != 1 else ''} "
                f"({self.merged} merged, {self.skipped} skipped")
        if self.files_skipped:
            line += f", {self.files_skipped} {'file' if self.files_skipped == 1 else 'files'} skipped"
        if self.files_partial:
            line += f", {self.files_partial} {'file' if self.files_partial == 1 else 'files'} read in part"
        return line + ")"


def _output_folders(folder: Path, below: list[Path]) -> list[Path]:
    """The folders below `folder` that `kg build` wrote (they hold its extraction cache)."""
    return sorted(f.parent.parent for f in below
                  if f.name == "extractions.jsonl" and f.parent.name == ".cache" and f.parent.parent != folder)


def iter_files(paths: Iterable[str | Path], report: IngestReport | None = None) -> Iterator[Path]:
    """Files named directly, and every file below a folder, in a stable (sorted) order; a file
    named twice (a folder and a file in it, `seeds` and `./seeds`) is read once, where first met.

    A folder `kg build` wrote below an input folder (`kg build data -o data/graph`) is not read:
    its papers.jsonl would come back as a source of every paper and change the next build.
    """
    seen: set[Path] = set()
    for p in paths:
        path = Path(p)
        if path.is_dir():
            below = list(path.rglob("*"))
            outputs = _output_folders(path, below)
            for out in outputs:
                if report is not None:
                    report.warn(f"{out}: a kg output folder, not read as input")
            found = sorted(  # a broken link is kept: reading it names it, instead of losing it silently
                f for f in below
                if (f.is_file() or (f.is_symlink() and not f.exists()))
                and not any(part.startswith(".") for part in f.relative_to(path).parts)
                and not any(f.is_relative_to(out) for out in outputs)
            )
        elif path.is_file():
            found = [path]
        else:
            raise InputError("no such file or folder", file=str(p))
        for f in found:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                yield f


def read_records(
    paths: Iterable[str | Path], *, format: str | None = None, report: IngestReport | None = None
) -> Iterator[Paper]:
    """Yield one Paper per listing from every input; bad records and bad files are counted in `report`.

    A missing path or an unknown forced format raises at once, before anything is read.
    """
    report = report if report is not None else IngestReport()
    paths = list(paths)
    if format is not None and format not in READERS:
        raise InputError(f"unknown format {format!r}; known: {', '.join(sorted(READERS))}")
    for p in paths:
        if not Path(p).exists():
            raise InputError("no such file or folder", file=str(p))
    for path in iter_files(paths, report):
        report.files += 1
        before = report.records
        try:
            fmt = format or sniff_format(path)
            if fmt is None:
                report.skip_file(f"{path}: unknown format (use --format to force one)")
                continue
            for paper in READERS[fmt](path, report):
                report.records += 1
                yield paper
        except InputError as err:
            if report.records == before:
                report.skip_file(str(err))
            else:
                report.files_partial += 1
                report.warn(f"{err}; rest of file skipped")


def merge_papers(records: Iterable[Paper], report: IngestReport | None = None) -> list[Paper]:
    """One Paper per real paper, in first-seen order; merge keys: title id, arXiv id, DOI.

    Listings are grouped with a union-find over their keys (a listing that shares a title with one
    paper and an arXiv id with another joins all three), then each group is folded once: linear
    in the number of listings, however often one paper repeats.
    """
    report = report if report is not None else IngestReport()
    members: list[list[Paper]] = []  # listings in reading order, per group
    parent: list[int] = []
    index: dict[str, int] = {}

    def find(g: int) -> int:
        while parent[g] != g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    count = 0
    for rec in records:
        count += 1
        keys = _merge_keys(rec)
        roots = sorted({find(index[k]) for k in keys if k in index})
        if roots:
            group = roots[0]  # the earliest group: first-seen order is kept
            for other in roots[1:]:
                parent[other] = group
        else:
            group = len(members)
            members.append([])
            parent.append(group)
        members[group].append(rec)
        for k in keys:
            index.setdefault(k, group)
    folded: dict[int, list[Paper]] = {}
    for g, recs in enumerate(members):
        folded.setdefault(find(g), []).extend(recs)
    papers = [_fold(recs) for _, recs in sorted(folded.items())]
    report.merged += count - len(papers)
    return papers


def _merge_keys(rec: Paper) -> list[str]:
    keys = [f"id:{rec.id}"]
    if rec.arxiv_id:
        keys.append(f"arxiv:{rec.arxiv_id}")
    if rec.doi:
        keys.append(f"doi:{rec.doi.lower()}")
    return keys


def _fold(recs: list[Paper]) -> Paper:
    """The first listing's title and id, the longest abstract, every source and input id, and the
    first value of each attribute that some listing gives."""
    first = recs[0]
    if len(recs) == 1:
        return first

    def pick(attr: str) -> Any:
        return next((v for r in recs if (v := getattr(r, attr))), getattr(first, attr))

    return replace(
        first,
        abstract=max((r.abstract for r in recs), key=len),
        sources=tuple(sorted({s for r in recs for s in r.sources}, key=_source_key)),
        arxiv_id=pick("arxiv_id"),
        doi=pick("doi"),
        url=pick("url"),
        authors=pick("authors"),
        published=pick("published"),
        input_ids=tuple(sorted({i for r in recs for i in r.input_ids})),
    )


def _source_key(s: Source) -> tuple[str, str, int]:
    return (s.file, s.date or "", s.line or 0)


def read_papers(
    paths: Iterable[str | Path], *, format: str | None = None, report: IngestReport | None = None
) -> list[Paper]:
    """Read and merge: the papers of every input, one per real paper."""
    return merge_papers(read_records(paths, format=format, report=report), report)
