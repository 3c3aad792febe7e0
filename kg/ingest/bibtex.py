"""BibTeX: a small, forgiving parser of entries (@article, @inproceedings, @misc, ...).

Values may be {braced} (nested), "quoted", numbers or @string macros joined with '#'. LaTeX
accents and formatting commands are turned into plain Unicode text here, once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError
from kg.ingest.records import make_paper
from kg.ingest.textfile import read_text
from kg.model import Paper
from kg.text import clean

if TYPE_CHECKING:
    from kg.ingest import IngestReport

_ENTRY = re.compile(r"@\s*([A-Za-z]+)\s*([{(])")
_BRACKET = re.compile(r"[{})]")
_NAME = re.compile(r"\s*([A-Za-z0-9_\-:.+/]+)\s*")
MONTHS = {m: m.capitalize() for m in (["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}

# LaTeX accent commands -> Unicode combining marks (composed by NFC afterwards).
_ACCENTS = {'"': "\u0308", "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304",
            ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328"}
_SYMBOL_ACCENT = re.compile(r"\\([\"'`^~=.])\s*(?:\{\s*(\\?[A-Za-z])\s*\}|(\\?[A-Za-z]))")
_LETTER_ACCENT = re.compile(r"\\([uvHck])(?:\s*\{\s*(\\?[A-Za-z])\s*\}|\s+([A-Za-z]))")
_SPECIALS = {r"\ss": "ß", r"\o": "ø", r"\O": "Ø", r"\ae": "æ", r"\AE": "Æ", r"\aa": "å", r"\AA": "Å",
             r"\l": "ł", r"\L": "Ł", r"\i": "ı", r"\&": "&", r"\%": "%", r"\_": "_", r"\$": "$", r"\#": "#"}
_SPECIAL = re.compile(r"\\(?:ss|o|O|ae|AE|aa|AA|l|L|i)(?![A-Za-z])|\\[&%_$#]")
_COMMAND = re.compile(r"\\[A-Za-z]+\*?\s*")
# Greek letters are names in ML titles ($\beta$-VAE, $\mu$P): written as letters, not dropped.
_GREEK = re.compile(r"\\(var)?(alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|"
                    r"omicron|pi|rho|sigma|tau|upsilon|phi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|"
                    r"Sigma|Upsilon|Phi|Psi|Omega)(?![A-Za-z])")


def _greek(m: re.Match[str]) -> str:
    name = m.group(2)
    case = "CAPITAL" if name[0].isupper() else "SMALL"
    return unicodedata.lookup(f"GREEK {case} LETTER {name.upper().replace('LAMBDA', 'LAMDA')}")


def latex_to_text(value: str) -> str:
    """'{\\"U}ber \\emph{Deep} {L}earning' -> 'Über Deep Learning' (accents, commands, braces)."""
    def accent(m: re.Match[str]) -> str:
        letter = (m.group(2) or m.group(3)).replace("\\i", "i").replace("\\j", "j")
        return letter + _ACCENTS[m.group(1)]

    value = _SYMBOL_ACCENT.sub(accent, value)
    value = _LETTER_ACCENT.sub(accent, value)
    value = _SPECIAL.sub(lambda m: _SPECIALS[m.group(0)], value)
    value = _GREEK.sub(_greek, value).replace("\\\\", " ")  # \\ is a line break
    value = _COMMAND.sub("", value)
    value = value.replace("{", "").replace("}", "").replace("$", "").replace("~", " ")
    value = value.replace("---", "\u2014").replace("--", "\u2013")
    return clean(unicodedata.normalize("NFC", value))


def split_authors(value: str) -> list[str]:
    """'Doe, Jane and {Barnes and Noble}' -> ['Jane Doe', 'Barnes and Noble']."""
    names, depth, start = [], 0, 0
    for m in re.finditer(r"[{}]|\s+and\s+", value):
        tok = m.group(0)
        if tok == "{":
            depth += 1
        elif tok == "}":
            depth = max(0, depth - 1)
        elif depth == 0:
            names.append(value[start : m.start()])
            start = m.end()
    names.append(value[start:])
    out = []
    for name in names:
        parts = [p.strip() for p in name.split(",")]
        if len(parts) == 2:  # "Last, First"
            name = f"{parts[1]} {parts[0]}"
        elif len(parts) == 3:  # "Last, Jr, First"
            name = f"{parts[2]} {parts[0]} {parts[1]}"
        text = latex_to_text(name)
        if text:
            out.append(text)
    return out


def _closing(text: str, open_at: int) -> int | None:
    """Index of the bracket closing the one at `open_at` (braces nest; ')' closes at depth 0)."""
    closer = "}" if text[open_at] == "{" else ")"
    depth = 0
    for m in _BRACKET.finditer(text, open_at + 1):  # jumps from bracket to bracket
        ch = m.group(0)
        if ch == "{":
            depth += 1
        elif ch == "}":
            if depth == 0:
                return m.start() if closer == "}" else None
            depth -= 1
        elif ch == ")" and closer == ")" and depth == 0:
            return m.start()
    return None


def _value(body: str, pos: int, macros: dict[str, str]) -> tuple[str, int]:
    """Parse `part # part ...` starting at `pos`; returns the raw value and the index after it."""
    parts = []
    while True:
        pos = _skip(body, pos)
        if pos < len(body) and body[pos] == "{":
            end = _closing(body, pos)
            end = len(body) if end is None else end
            parts.append(body[pos + 1 : end])
            pos = end + 1
        elif pos < len(body) and body[pos] == '"':
            i, depth = pos + 1, 0
            while i < len(body) and not (body[i] == '"' and depth == 0):
                depth += {"{": 1, "}": -1}.get(body[i], 0)
                i += 1
            parts.append(body[pos + 1 : i])
            pos = i + 1
        else:
            m = _NAME.match(body, pos)
            if not m:
                break
            word = m.group(1)
            parts.append(word if word.isdigit() else macros.get(word.lower(), word))
            pos = m.end()
        pos = _skip(body, pos)
        if pos < len(body) and body[pos] == "#":
            pos += 1
            continue
        return "".join(parts), pos
    return "".join(parts), pos


def _skip(body: str, pos: int) -> int:
    while pos < len(body) and body[pos].isspace():
        pos += 1
    return pos


def parse_fields(body: str, macros: dict[str, str], *, has_key: bool = True) -> tuple[str, dict[str, str]]:
    """The citation key and the `name = value` fields of an entry body (names lowercased)."""
    key, pos = "", 0
    if has_key:
        comma = body.find(",")
        key, pos = (body, len(body)) if comma < 0 else (body[:comma], comma + 1)
    fields: dict[str, str] = {}
    while pos < len(body):
        m = re.compile(r"[\s,]*([A-Za-z0-9_\-:.+]+)\s*=").match(body, pos)
        if not m:
            break
        value, pos = _value(body, m.end(), macros)
        fields.setdefault(m.group(1).lower(), value)
        pos = _skip(body, pos)
        if pos < len(body) and body[pos] == ",":
            pos += 1
    return key.strip(), fields


def iter_entries(text: str) -> Iterator[tuple[int, str, str, dict[str, str]]]:
    """(line, entry type, key, raw fields) of every entry; @string macros are applied."""
    macros = dict(MONTHS)
    pos, line, counted = 0, 1, 0
    while (m := _ENTRY.search(text, pos)) is not None:
        line += text.count("\n", counted, m.start())
        counted = m.start()
        kind = m.group(1).lower()
        end = _closing(text, m.end() - 1)
        if end is None:
            raise InputError(f"@{kind} entry never closes (unbalanced braces)",
                             line=line)
        body, pos = text[m.end() : end], end + 1
        if kind in ("comment", "preamble"):
            continue
        if kind == "string":
            macros.update(parse_fields(body, macros, has_key=False)[1])
            continue
        key, fields = parse_fields(body, macros)
        yield line, kind, key, fields


def read(path: Path, report: IngestReport) -> Iterator[Paper]:
    """One paper per entry; an entry without a title is skipped and counted with its line."""
    try:
        for line, _kind, key, raw in iter_entries(read_text(path, report)):
            eprint = raw.get("eprint", "")
            prefix = raw.get("archiveprefix", "arxiv").lower()
            fields = {
                "title": latex_to_text(raw.get("title", "")),
                "abstract": latex_to_text(raw.get("abstract", "")),
                "id": key,
                "url": clean(raw.get("url", "")),
                "authors": split_authors(raw["author"]) if "author" in raw else [],
                "date": clean(raw.get("year", "")) or clean(raw.get("date", "")),
                "arxiv_id": eprint.strip() if prefix == "arxiv" else "",
                "doi": clean(raw.get("doi", "")),
                "journal": latex_to_text(raw.get("journal", "")),
            }
            paper = make_paper(fields, file=str(path), line=line, report=report)
            if paper is not None:
                yield paper
    except InputError as err:
        raise InputError(str(err), file=str(path), line=err.line) from None
