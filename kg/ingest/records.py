"""From a loose record (JSON object, CSV row, BibTeX entry, Atom entry) to one clean `Paper`.

Every structured reader funnels through `make_paper`, so field names, arXiv ids, DOIs, dates and
authors are read the same way whatever the format, and a record without a title is counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from kg.model import Paper, Source
from kg.text import clean, paper_id

if TYPE_CHECKING:
    from kg.ingest import IngestReport

# Accepted spellings of each field (compared lowercased, without "_", "-" or spaces).
FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "papertitle"),
    "abstract": ("abstract", "summary"),
    "id": ("id", "paperid", "key"),
    "url": ("url", "link", "href"),
    "authors": ("authors", "author"),
    "date": ("date", "publishedat", "published", "publicationdate", "year"),
    "arxiv_id": ("arxivid", "arxiv", "eprint"),
    "doi": ("doi",),
    "journal": ("journal",),
}
_LOOKUP = {alias: name for name, aliases in FIELDS.items() for alias in aliases}

_ARXIV_ID = re.compile(r"(\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?")
_ARXIV_URL = re.compile(r"arxiv\.org/(?:abs|pdf|html)/([^\s?#]+)", re.IGNORECASE)
_DOI = re.compile(r"(10\.\d{4,9}/\S+)")
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$")


@lru_cache(maxsize=4096)  # the same few keys repeat on every record
def field_name(key: str) -> str | None:
    """The canonical field a column / key stands for, or None if kg does not use it."""
    return _LOOKUP.get(re.sub(r"[\s_\-]+", "", key.lower()))


def canonical_fields(record: Mapping[str, Any]) -> dict[str, Any]:
    """Map a record's keys to canonical field names; the first spelling present wins."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        name = field_name(str(key))
        if name and name not in out and value not in (None, "", [], {}):
            out[name] = value
    return out


def norm_arxiv(value: Any, *, loose: bool = True) -> str | None:
    """'arXiv:2403.01234v2', 'https://arxiv.org/abs/2403.01234' or 'hep-th/9901001' -> id, no version.

    Loose: the whole value may be a bare id. Strict (for free text such as a BibTeX `journal`):
    only an arxiv.org URL or an 'arXiv:' prefix counts.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    m = _ARXIV_URL.search(text) or re.match(r"arxiv:\s*(\S+)", text, re.IGNORECASE)
    if m is None and not loose:
        m = re.search(r"\barxiv:\s*(\S+)", text, re.IGNORECASE)
    if m is not None:
        text = m.group(1)
    elif not loose:
        return None
    text = re.sub(r"\.pdf$", "", text.rstrip(".,;:)]}"))
    m = _ARXIV_ID.fullmatch(text)
    return m.group(1) if m else None


def norm_doi(value: Any) -> str | None:
    """'https://doi.org/10.1000/ABC.' -> '10.1000/abc': DOIs compare case-insensitively."""
    if not isinstance(value, str):
        return None
    m = _DOI.search(value.strip())
    return m.group(1).rstrip(".,;").lower() if m else None


def norm_date(value: Any) -> str | None:
    """An ISO date (or year / year-month) when the input gives one; never invented."""
    if isinstance(value, int) and 1000 <= value <= 9999:
        return str(value)
    if not isinstance(value, str):
        return None
    m = _ISO_DATE.match(value.strip())
    if not m:
        return None
    return "-".join(g for g in m.groups() if g)


def norm_authors(value: Any) -> tuple[str, ...]:
    """Authors from a list (of names or {"name": ...}) or one string separated by ';' or ' and '."""
    if isinstance(value, str):
        parts: Iterable[Any] = re.split(r"\s*;\s*|\s+and\s+", value)
        if ";" not in value and " and " not in value and "," in value:
            parts = value.split(",")
    elif isinstance(value, list | tuple):
        parts = value
    else:
        return ()
    names = []
    for part in parts:
        name = part.get("name") if isinstance(part, Mapping) else part
        if isinstance(name, str) and clean(name):
            names.append(clean(name))
    return tuple(names)


def _text(value: Any) -> str:
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return clean(str(value))
    return ""


def make_paper(
    fields: Mapping[str, Any], *, file: str, line: int | None, report: IngestReport,
    listing_date: str | None = None,
) -> Paper | None:
    """A Paper from canonical fields; None (counted as skipped, with file:line) when it has no title."""
    title = _text(fields.get("title"))
    if not title:
        where = f"{file}:{line}" if line else file
        report.warn(f"{where}: record without a title, skipped", skipped=1)
        return None
    own_id = _text(fields.get("id"))
    url = _text(fields.get("url")) or None
    arxiv = (norm_arxiv(fields.get("arxiv_id")) or norm_arxiv(own_id) or norm_arxiv(url or "")
             or norm_arxiv(_text(fields.get("journal")), loose=False))
    date_raw = fields.get("date")
    published = norm_date(date_raw)
    return Paper(
        id=paper_id(title),
        title=title,
        abstract=_text(fields.get("abstract")),
        sources=(Source(file, listing_date or _text(date_raw) or None, line),),
        arxiv_id=arxiv,
        doi=norm_doi(fields.get("doi")) or (norm_doi(url) if url and "doi.org/" in url.lower() else None),
        url=url,
        authors=norm_authors(fields.get("authors")),
        published=published,
        input_ids=(own_id,) if own_id else (),
    )
