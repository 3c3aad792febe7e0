"""Formats in one registry (name -> reader), and sniffing by extension then content."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kg.ingest import hf_page

if TYPE_CHECKING:
    from kg.ingest import IngestReport
    from kg.model import Paper

Reader = Callable[[Path, "IngestReport"], Iterator["Paper"]]

READERS: dict[str, Reader] = {
    "hf-page": hf_page.read,
}

EXTENSIONS: dict[str, str] = {".txt": "hf-page"}


def sniff_format(path: Path) -> str | None:
    """The format of a file from its extension, else from its first bytes; None if unknown."""
    fmt = EXTENSIONS.get(path.suffix.lower())
    if fmt:
        return fmt
    return None
