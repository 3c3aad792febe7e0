"""Hugging Face Daily Papers pages saved as text: page chrome, a listing date, title/abstract pairs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kg.ingest.textfile import iter_lines
from kg.model import Paper, Source
from kg.text import clean, paper_id

if TYPE_CHECKING:
    from kg.ingest import IngestReport

CHROME = frozenset(
    s.lower()
    for s in (
        "new",
        "Get trending papers in your email inbox!",
        "Subscribe",
        "Daily Papers",
        "byAK and the research community",
        "Submit",
        "Search",
    )
)
DATE = re.compile(r"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}(, \d{4})?$")


def looks_like_abstract(line: str) -> bool:
    """Abstracts are prose: long, or several sentences; titles are short headings."""
    return len(line) >= 250 or (len(line) >= 100 and line.endswith("."))


def is_page_line(line: str) -> bool:
    """A line only a Daily Papers page has (chrome or a listing date): for content sniffing."""
    return line.lower() in CHROME - {"new", "search", "submit"} or bool(DATE.match(line))


def read(path: Path, report: IngestReport) -> Iterator[Paper]:
    """One Paper per listing, streamed; a title with no abstract after it is still a paper."""
    date: str | None = None
    pending: tuple[int, str, str | None] | None = None  # a title waiting for its abstract
    listings, page_like = 0, False  # page_like: a date, page text or an abstract was seen
    for n, raw in iter_lines(path, report):
        line = clean(raw)
        if not line:
            continue
        if pending is not None:
            listings += 1
            if looks_like_abstract(line) and not DATE.match(line):
                page_like = True
                yield _paper(path, *pending, abstract=line)
                pending = None
                continue
            yield _paper(path, *pending, abstract="")
            pending = None
        if line.lower() in CHROME:
            page_like = True
            continue
        if DATE.match(line):
            date, page_like = line, True
            continue
        pending = (n, line, date)
    if pending is not None:
        listings += 1
        yield _paper(path, *pending, abstract="")
    if listings and not page_like:  # any .txt is read as a page: say so when nothing of one is there
        report.warn(f"{path}: read as a Daily Papers page, but it has no listing date, page text or abstract: "
                    "is it one? (--format reads it as another format)")


def _paper(path: Path, line: int, title: str, date: str | None, *, abstract: str) -> Paper:
    return Paper(id=paper_id(title), title=title, abstract=abstract, sources=(Source(str(path), date, line),))
