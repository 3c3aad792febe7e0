"""CSV (or TSV) with a header row; a `title` column is required, the others are optional."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError
from kg.ingest.records import field_name, make_paper
from kg.ingest.textfile import iter_lines
from kg.model import Paper

if TYPE_CHECKING:
    from kg.ingest import IngestReport


def read(path: Path, report: IngestReport) -> Iterator[Paper]:
    """One paper per row, streamed; quoted fields may span lines; rows without a title are counted."""
    lines = iter_lines(path, report)
    first = next(lines, None)
    if first is None:
        raise InputError("empty file", file=str(path))
    delimiter = "\t" if path.suffix.lower() == ".tsv" or first[1].count("\t") > first[1].count(",") else ","

    def rows() -> Iterator[str]:
        yield first[1] + "\n"
        for _, line in lines:
            yield line + "\n"

    reader = csv.reader(rows(), delimiter=delimiter)
    try:
        header = next(reader)
        columns = [field_name(h) for h in header]
        if "title" not in columns:
            shown = ", ".join(h.strip() for h in header[:8])
            raise InputError(f"CSV has no title column (columns: {shown})", file=str(path), line=1)
        start = reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):
                if any(cell.strip() for cell in row[len(header):]):
                    report.warn(f"{path}:{start}: row has {len(row)} cells but the header {len(header)} columns; "
                                "the extra ones are ignored (an unescaped quote?)")
                fields: dict[str, str] = {}
                for col, cell in zip(columns, row):
                    if col and cell.strip() and col not in fields:
                        fields[col] = cell
                paper = make_paper(fields, file=str(path), line=start, report=report)
                if paper is not None:
                    yield paper
            start = reader.line_num + 1
    except csv.Error as err:
        raise InputError(f"malformed CSV ({err})", file=str(path),
                         line=reader.line_num) from None
