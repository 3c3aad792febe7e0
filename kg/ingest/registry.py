"""Formats in one registry (name -> reader), and sniffing by extension then content."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kg.ingest import atom, bibtex, csvfile, hf_page, jsonrec
from kg.ingest.records import field_name
from kg.ingest.textfile import check_text

if TYPE_CHECKING:
    from kg.ingest import IngestReport
    from kg.model import Paper

Reader = Callable[[Path, "IngestReport"], Iterator["Paper"]]

READERS: dict[str, Reader] = {
    "hf-page": hf_page.read,
    "hf-api": jsonrec.read_json,  # the JSON reader unwraps each item's `paper`
    "json": jsonrec.read_json,
    "jsonl": jsonrec.read_jsonl,
    "csv": csvfile.read,
    "atom": atom.read,
    "bibtex": bibtex.read,
}

EXTENSIONS: dict[str, str] = {
    ".txt": "hf-page",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".atom": "atom",
    ".xml": "atom",
    ".bib": "bibtex",
    ".bibtex": "bibtex",
}
# Formats whose content is unmistakable: they win over a misleading extension (.txt, .json).
_DEFINITE = frozenset({"json", "hf-api", "jsonl", "atom", "bibtex"})
_BIB_ENTRY = re.compile(r"^\s*@\s*[A-Za-z]+\s*[{(]", re.MULTILINE)


def sniff_format(path: Path) -> str | None:
    """The format of a file from its content when unmistakable, else its extension; None if unknown.

    Raises InputError for an empty or binary file.
    """
    head = check_text(path)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="replace")
    else:
        text = head.decode("utf-8", errors="replace")
    by_content = sniff_text(text.lstrip("\ufeff"))
    by_ext = EXTENSIONS.get(path.suffix.lower())
    if by_content in _DEFINITE and (by_ext in (None, "hf-page") or (by_ext == "json" and by_content != "atom")):
        return by_content
    return by_ext or by_content


def sniff_text(text: str) -> str | None:
    """The format the first few kilobytes of a file look like."""
    body = text.lstrip()
    if body.startswith("["):
        return "hf-api" if re.search(r'"paper"\s*:\s*\{', body) else "json"
    if body.startswith("{"):
        first = body.split("\n", 1)[0]
        try:
            obj = json.loads(first)
        except json.JSONDecodeError:  # a pretty-printed object, or a first JSONL line that is broken
            return "jsonl" if first.rstrip().endswith("}") else "json"
        wraps_list = isinstance(obj, dict) and any(isinstance(obj.get(k), list) for k in jsonrec.CONTAINER_KEYS)
        return "json" if wraps_list else "jsonl"
    if body.startswith("<"):
        return "atom" if re.search(r"<(\w+:)?feed[\s>]", body) else None
    if _BIB_ENTRY.search(body):
        return "bibtex"
    lines = body.split("\n")
    header = lines[0]
    for sep in (",", "\t"):
        if sep in header and "title" in {field_name(c.strip().strip('"')) for c in header.split(sep)}:
            return "csv"
    if any(hf_page.is_page_line(line.strip()) for line in lines):
        return "hf-page"
    return None
