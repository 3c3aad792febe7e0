"""Sentence boundaries on characters: fast, and aware of "et al.", "Fig. 3", "e.g." and decimals."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

_ABBREV = frozenset(
    "al e.g i.e etc vs fig figs eq eqs sec tab ref no approx resp cf dr mr ms prof inc ltd jr st".split()
)
# A candidate boundary: . ! or ? (optionally closed by a quote/bracket), whitespace, then an
# uppercase letter, digit or opening bracket. Abbreviations and initials are filtered after.
_BOUNDARY = re.compile(r"[.!?][\"')\]]?\s+(?=[A-Z0-9(\[\"'])")
# The same boundaries in a text holding no "!" or "?" (nine in ten abstracts): a pattern opening
# with one literal character is scanned for it in C, not tested against a class at every character.
_DOT_BOUNDARY = re.compile(r"\.[\"')\]]?\s+(?=[A-Z0-9(\[\"'])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def _word_before(text: str, lo: int, end: int) -> str:
    """What `_WORD_BEFORE.search(text, lo, end)` captures ("" for no match), by one walk back
    instead of a greedy run tried from every offset of the window."""
    if end > lo and text[end - 1] == "\n":
        end -= 1  # "$" also matches before a newline that ends the window
    i = end
    while i > lo and (text[i - 1].isalnum() or text[i - 1] in "_."):
        i -= 1
    return text[i:end]


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    i = m.start()
    if text[i] != "." or (i >= 7 and text[i - 7 : i].isalpha()):
        return True  # a word of seven letters or more is no abbreviation and no initial
    word = _word_before(text, i - 40 if i > 40 else 0, i).lower()
    return not (word in _ABBREV or (len(word) == 1 and word.isalpha()))


def _boundaries(text: str) -> Iterator[re.Match[str]]:
    """`_BOUNDARY.finditer(text)`, by the faster `_DOT_BOUNDARY` when no "!" or "?" can open one."""
    return (_DOT_BOUNDARY if "!" not in text and "?" not in text else _BOUNDARY).finditer(text)


def sentence_starts(text: str) -> list[int]:
    """Start offsets of the sentences of `text`, the first being 0."""
    return [0] + [m.end() for m in _boundaries(text) if _is_boundary(text, m)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trailing spaces excluded.

    A sentence before a boundary ends at the boundary's mark and closing quote or bracket (only
    the boundary's spaces follow them), so no piece is sliced and stripped but the last."""
    out = []
    s = 0
    for m in _boundaries(text):
        if _is_boundary(text, m):
            e = m.start() + 1
            out.append((s, e + 1 if text[e] in _CLOSERS else e))
            s = m.end()
    kept = len(text[s:].rstrip())  # 0 for a blank text
    if kept:
        out.append((s, s + kept))
    return out


_CLOSERS = frozenset("\"')]")


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The span of the sentence holding `offset`."""
    if not spans:
        return (0, 0)
    i = bisect_right(spans, (offset, _INF)) - 1  # tuples compare by start first
    return spans[i if i > 0 else 0]


_INF = float("inf")
