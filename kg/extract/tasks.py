"""Tasks: the short problem phrases a paper addresses, mapped to a handful of areas.

A task phrase ends in a task head noun ("detection", "reasoning", "semantic parsing") and takes
up to three modifiers before it; the title is read first, then "the task of X" / "X task".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.lexicon import Lexicon

_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*[A-Za-z]|[A-Za-z]")
_STOP = frozenset(
    "a an the of for in on to via with and or by from towards toward through using our we is are be its their this "
    "that these those new novel large scale better improved improving enhancing unlocking evaluating understanding "
    "learning beyond based".split()
)


@dataclass(frozen=True, slots=True)
class TaskPhrase:
    start: int
    end: int
    text: str
    area: str | None


def area_of(phrase: str, lex: Lexicon) -> str | None:
    words = {w.lower() for w in _WORD.findall(phrase)}
    best = None
    for area, cues in lex.areas:
        n = len(words & cues)
        if n and (best is None or n > best[1]):
            best = (area, n)
    return best[0] if best else None


_HEADS: dict[frozenset[str], re.Pattern[str]] = {}


def _heads(lex: Lexicon) -> re.Pattern[str]:
    """One compiled alternation of the task heads (compiled once per lexicon, not per document)."""
    pat = _HEADS.get(lex.task_heads)
    if pat is None:
        heads = sorted(lex.task_heads - {"learning", "modeling", "modelling"}, key=lambda h: (-len(h), h))
        pat = _HEADS[lex.task_heads] = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, heads)) + r")\b")
    return pat


def find_tasks(text: str, lex: Lexicon, *, limit: int = 4, taken: set[str] | None = None) -> list[TaskPhrase]:
    """Task phrases of `text` in order, at most `limit`, skipping phrases whose lowercase is in `taken`."""
    out: list[TaskPhrase] = []
    if not _heads(lex).search(text):
        return out
    words = list(_WORD.finditer(text))
    seen = set(taken or ())
    for i, w in enumerate(words):
        if w.group(0).lower() not in lex.task_heads or w.group(0).lower() in ("learning", "modeling", "modelling"):
            continue
        j = i
        while j > 0 and i - j < 3:
            prev = words[j - 1]
            gap = text[prev.end() : words[j].start()]
            if gap not in (" ", "-") or prev.group(0).lower() in _STOP or prev.group(0).lower() in lex.task_heads:
                break
            if prev.group(0)[0].isupper() and sum(c.isupper() for c in prev.group(0)) > 1:
                break
            j -= 1
        if j == i:
            continue
        start, end = words[j].start(), w.end()
        phrase = text[start:end]
        key = phrase.lower()
        if key in seen:
            continue
        seen.add(key)
        out.append(TaskPhrase(start, end, phrase, area_of(phrase, lex)))
        if len(out) >= limit:
            break
    return out
