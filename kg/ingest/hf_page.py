"""Hugging Face Daily Papers pages saved as text: page chrome, a listing date, title/abstract pairs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kg.ingest.textfile import read_text
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


def read(path: Path, report: IngestReport) -> Iterator[Paper]:
    """One Paper per listing; a title with no abstract after it is still a paper."""
    lines = [(n, clean(raw)) for n, raw in enumerate(read_text(path, report).split("\n"), 1)]
    lines = [(n, s) for n, s in lines if s]
    date: str | None = None
    i = 0
    while i < len(lines):
        n, line = lines[i]
        if line.lower() in CHROME:
            i += 1
            continue
        if DATE.match(line):
            date = line
            i += 1
            continue
        abstract = ""
        nxt = lines[i + 1][1] if i + 1 < len(lines) else ""
        if nxt and looks_like_abstract(nxt) and not DATE.match(nxt):
            abstract = nxt
            i += 1
        i += 1
        yield Paper(id=paper_id(line), title=line, abstract=abstract, sources=(Source(str(path), date, n),))
