"""arXiv API Atom feeds, parsed safely and streamed entry by entry.

defusedxml refuses any entity declaration (billion laughs) and external reference (XXE) before
anything is expanded or fetched; an arXiv feed never needs either.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_et  # type: ignore[import-untyped]
from defusedxml import DefusedXmlException  # type: ignore[import-untyped]

from kg.errors import InputError
from kg.ingest.records import make_paper, norm_date
from kg.ingest.textfile import check_text
from kg.model import Paper

if TYPE_CHECKING:
    from kg.ingest import IngestReport

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"


def read(path: Path, report: IngestReport) -> Iterator[Paper]:
    """One paper per <entry>; entities, external references and non-Atom XML are refused."""
    check_text(path)
    root_seen = False
    try:
        for event, elem in safe_et.iterparse(str(path), events=("start", "end")):
            if not root_seen:
                root_seen = True
                if elem.tag != f"{ATOM}feed":
                    raise InputError(f"not an Atom feed (root element <{_local(elem.tag)}>)", file=str(path))
            if event == "end" and elem.tag == f"{ATOM}entry":
                paper = make_paper(_entry_fields(elem), file=str(path), line=None, report=report,
                                   listing_date=norm_date(_text(elem, "published")))
                elem.clear()
                if paper is not None:
                    yield paper
    except DefusedXmlException as err:
        raise InputError(f"XML refused: it declares entities or external references ({type(err).__name__}),"
                         " which could expand without bound or read other files", file=str(path)) from None
    except ParseError as err:
        raise InputError(f"malformed XML ({str(err).split(': line')[0]})", file=str(path),
                         line=err.position[0]) from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(entry: Element, name: str, ns: str = ATOM) -> str | None:
    el = entry.find(f"{ns}{name}")
    return el.text if el is not None and el.text else None


def _entry_fields(entry: Element) -> dict[str, object]:
    links = entry.findall(f"{ATOM}link")
    alternate = next((ln.get("href") for ln in links if ln.get("rel", "alternate") == "alternate"), None)
    doi_link = next((ln.get("href") for ln in links if ln.get("title") == "doi"), None)
    authors = [a.findtext(f"{ATOM}name") or "" for a in entry.findall(f"{ATOM}author")]
    return {
        "title": _text(entry, "title"),
        "abstract": _text(entry, "summary"),
        "id": _text(entry, "id"),
        "url": alternate or _text(entry, "id"),
        "authors": authors,
        "date": _text(entry, "published") or _text(entry, "updated"),
        "doi": _text(entry, "doi", ARXIV) or doi_link,
        "journal": _text(entry, "journal_ref", ARXIV),
    }
