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

    consumed: list[str] = []  # the physical lines of the row being read

    def rows() -> Iterator[str]:
        consumed.append(first[1])
        yield first[1] + "\n"
        for _, line in lines:
            consumed.append(line)
            yield line + "\n"

    reader = csv.reader(rows(), delimiter=delimiter)
    try:
        header = next(reader)
        columns = [field_name(h) for h in header]
        if "title" not in columns:
            shown = ", ".join(h.strip() for h in header[:8])
            raise InputError(f"CSV has no title column (columns: {shown})", file=str(path), line=1)
        start = reader.line_num + 1
        consumed.clear()
        last: tuple[int, list[str]] = (start, [])
        for row in reader:
            last = (start, consumed[:])
            consumed.clear()
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
        # The csv module reads an unclosed quote to the end of the file as one field, silently;
        # only the last row can end inside a quote, seen as an odd count of quote characters.
        line, text = last
        if len(text) > 1 and sum(t.count('"') for t in text) % 2:
            report.warn(f"{path}:{line}: a quote opened in this row is never closed: "
                        f"its {len(text)} lines to the end of the file were read as one row")
    except csv.Error as err:
        raise InputError(f"malformed CSV ({err})", file=str(path),
                         line=reader.line_num) from None
