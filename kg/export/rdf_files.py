"""graph.ttl and graph.nt written while the papers' triples stream, never all held at once.

An RdfDocument holds every triple (5.3M at 100k papers, about 1.5 GB) while the two files are
written. Here each paper's blocks are written as they are made, to a temporary tail of each
file; the blocks that go first (ontology, entities, Readings: known once every paper is
written) are then written to the real file, followed by a copy of its tail. The bytes are
those of `write_turtle(rdf_document(corpus))` and `write_nt(...)` (tests/export/test_streamed_rdf.py).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import IO

from kg.export.rdf import DEFAULT_BASE, rdf_blocks
from kg.export.rdf_syntax import Block, TurtleNames, write_ntriples, write_turtle_blocks
from kg.model import Corpus

FORMATS = ("ttl", "nt")


class RdfFiles:
    """Writers for graph.ttl and graph.nt (`formats`) of one corpus, sharing one pass over its
    papers; the first writer called makes the pass. Call `close()` to remove the tails."""

    def __init__(self, corpus: Corpus, *, base: str = DEFAULT_BASE, formats: tuple[str, ...] = FORMATS,
                 tmp_dir: str | Path | None = None, chunk: int = 2000):
        self.corpus, self.base, self.formats, self.chunk = corpus, base, formats, chunk
        self.tmp_dir = tmp_dir
        self._tails: dict[str, Path] = {}
        self._head: list[Block] | None = None
        self._names = TurtleNames()

    def _stream(self) -> None:
        papers, head = rdf_blocks(self.corpus, base=self.base)
        files: dict[str, IO[bytes]] = {}
        try:
            for fmt in self.formats:
                fd, tmp = tempfile.mkstemp(prefix=f".graph.{fmt}.", suffix=".tail", dir=self.tmp_dir)
                self._tails[fmt] = Path(tmp)
                files[fmt] = os.fdopen(fd, "wb")
            batch: list[Block] = []
            for block in papers:
                batch.append(block)
                if len(batch) >= self.chunk:
                    self._write_batch(batch, files)
                    batch = []
            self._write_batch(batch, files)
        finally:
            for fh in files.values():
                fh.close()
        self._head = head()

    def _write_batch(self, batch: list[Block], files: dict[str, IO[bytes]]) -> None:
        if "ttl" in files:
            write_turtle_blocks(batch, files["ttl"], names=self._names, prefixes=False)
        if "nt" in files:
            write_ntriples(batch, files["nt"])

    def _write(self, fmt: str, fh: IO[bytes]) -> None:
        if self._head is None:
            self._stream()
        assert self._head is not None
        if fmt == "ttl":
            write_turtle_blocks(self._head, fh, names=self._names)
        else:
            write_ntriples(self._head, fh)
        with open(self._tails[fmt], "rb") as tail:
            shutil.copyfileobj(tail, fh, 16 << 20)

    def write_turtle(self, fh: IO[bytes]) -> None:
        """graph.ttl (UTF-8 bytes)."""
        self._write("ttl", fh)

    def write_nt(self, fh: IO[bytes]) -> None:
        """graph.nt (UTF-8 bytes)."""
        self._write("nt", fh)

    def close(self) -> None:
        for tail in self._tails.values():
            tail.unlink(missing_ok=True)
        self._tails, self._head = {}, None
