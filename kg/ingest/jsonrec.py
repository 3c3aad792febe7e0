"""JSON and JSONL paper records, including the Hugging Face daily-papers API's JSON.

A record is an object with a title and optionally abstract|summary, id, url, authors, date,
arxiv_id, doi. An HF API item wraps the paper in `paper` (id = arXiv id, `summary`, `authors`
as [{"name": ...}], `publishedAt`), with the day it was listed in its own `publishedAt`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import InputError
from kg.ingest.records import canonical_fields, make_paper, norm_date
from kg.ingest.textfile import iter_lines, read_text
from kg.model import Paper

if TYPE_CHECKING:
    from kg.ingest import IngestReport

CONTAINER_KEYS = ("papers", "records", "data", "items", "results", "entries")
_DECODER = json.JSONDecoder()
_SPACE = " \t\n\r"


def record_paper(obj: Any, *, file: str, line: int | None, report: IngestReport) -> Paper | None:
    """One record (plain or HF API item) -> Paper; anything but an object is skipped and counted."""
    where = f"{file}:{line}" if line else file
    if not isinstance(obj, dict):
        report.warn(f"{where}: not a JSON object, skipped", skipped=1)
        return None
    fields = canonical_fields(obj)
    listing_date = None
    inner = obj.get("paper")
    if isinstance(inner, dict):  # HF API item: the paper's own fields win over the wrapper's
        fields = {**fields, **canonical_fields(inner)}
        listing_date = norm_date(obj.get("publishedAt"))
    return make_paper(fields, file=file, line=line, report=report, listing_date=listing_date)


def read_jsonl(path: Path, report: IngestReport) -> Iterator[Paper]:
    """One record per line, streamed; a malformed line is skipped, counted and named."""
    for n, line in iter_lines(path, report):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            report.warn(f"{path}:{n}: malformed JSON line skipped ({err.msg}, column {err.colno})", skipped=1)
            continue
        paper = record_paper(obj, file=str(path), line=n, report=report)
        if paper is not None:
            yield paper


def read_json(path: Path, report: IngestReport) -> Iterator[Paper]:
    """A list of records (decoded one element at a time), one record, or {"papers": [...]}."""
    text = read_text(path, report)
    start = len(text) - len(text.lstrip(_SPACE))
    try:
        if text.startswith("[", start):
            for line, obj in _array_items(text, start):
                paper = record_paper(obj, file=str(path), line=line, report=report)
                if paper is not None:
                    yield paper
            return
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(f"malformed JSON ({err.msg})", file=str(path),
                         line=err.lineno) from None
    for obj in _records(data, path):
        paper = record_paper(obj, file=str(path), line=None, report=report)
        if paper is not None:
            yield paper


def _array_items(text: str, start: int) -> Iterator[tuple[int, Any]]:
    """(line, element) of a top-level JSON array, decoding one element at a time."""
    pos, line, counted = start + 1, 1, 0  # line of `pos`: 1 + newlines in text[:pos]
    while True:
        pos = _skip_space(text, pos)
        if text.startswith("]", pos):
            if text[_skip_space(text, pos + 1) :]:
                raise json.JSONDecodeError("extra data after the list", text, pos + 1)
            return
        line += text.count("\n", counted, pos)
        counted = pos
        obj, pos = _DECODER.raw_decode(text, pos)
        yield line, obj
        pos = _skip_space(text, pos)
        if text.startswith(",", pos):
            pos += 1
        elif not text.startswith("]", pos):
            raise json.JSONDecodeError("expected ',' or ']'", text, pos)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _SPACE:
        pos += 1
    return pos


def _records(data: Any, path: Path) -> list[Any]:
    if isinstance(data, dict):
        for key in CONTAINER_KEYS:
            if isinstance(data.get(key), list):
                return data[key]
        return [data]
    raise InputError("JSON holds neither a list of paper records nor one record", file=str(path))
