"""Read a text file whatever tool saved it: BOM, CRLF or CR, non-UTF-8 (with a fallback, reported).

`iter_lines` streams (one line in memory at a time) so large JSONL/CSV inputs never load whole;
`read_text` is the same decoding for formats that parse a whole document.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError

if TYPE_CHECKING:
    from kg.ingest import IngestReport

SNIFF_BYTES = 8192
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def head(path: Path, size: int = SNIFF_BYTES) -> bytes:
    """The first bytes of a file, for sniffing; unreadable files raise a one-line InputError."""
    try:
        with path.open("rb") as fh:
            return fh.read(size)
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", file=str(path)) from None


def check_text(path: Path) -> bytes:
    """Raise for an empty or binary file; return its first bytes otherwise."""
    data = head(path)
    if not data.strip():
        raise InputError("empty file", file=str(path))
    if b"\x00" in data and not data.startswith(_UTF16_BOMS):
        raise InputError("binary file, not text", file=str(path))
    return data


def iter_lines(path: Path, report: IngestReport) -> Iterator[tuple[int, str]]:
    """(line number, text without its line ending) for every line; bad UTF-8 is decoded and reported."""
    first = check_text(path)
    if first.startswith(_UTF16_BOMS):
        with path.open(encoding="utf-16", newline="") as fh:
            yield from _split(enumerate(fh, 1))
        return
    with path.open("rb") as fh:
        yield from _split(_decode_lines(path, fh, report))


def _decode_lines(path: Path, fh: io.BufferedReader, report: IngestReport) -> Iterator[tuple[int, str]]:
    warned = False
    for n, raw in enumerate(fh, 1):
        if n == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            if not warned:
                report.warn(f"{path}:{n}: not valid UTF-8, decoded as cp1252/latin-1")
                warned = True
            line = _decode_legacy(raw)
        yield n, line


def _split(numbered: Iterator[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """Drop line endings; a lone CR (old Mac files) also ends a line."""
    for n, line in numbered:
        line = line.rstrip("\n")
        line = line.removesuffix("\r")
        if "\r" in line:
            for part in line.split("\r"):
                yield n, part
        else:
            yield n, line


def read_text(path: Path, report: IngestReport) -> str:
    """The whole file as text with "\\n" line endings, decoded like `iter_lines`."""
    return "\n".join(line for _, line in iter_lines(path, report))


def _decode_legacy(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")
