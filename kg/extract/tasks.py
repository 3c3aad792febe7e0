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


_BEFORE = re.compile(r"(?:([A-Za-z][A-Za-z\-]*[A-Za-z]|[A-Za-z])([ \-]))?(?:([A-Za-z][A-Za-z\-]*[A-Za-z]|[A-Za-z])([ \-]))?"
                     r"([A-Za-z][A-Za-z\-]*[A-Za-z]|[A-Za-z])[ \-]$")


def find_tasks(text: str, lex: Lexicon, *, limit: int = 4, taken: set[str] | None = None) -> list[TaskPhrase]:
    """Task phrases of `text` in order, at most `limit`, skipping phrases whose lowercase is in `taken`.

    Driven by the head nouns: each head found by one compiled alternation takes up to three
    modifiers before it (no stop words, no other head, no acronym).
    """
    out: list[TaskPhrase] = []
    seen = set(taken or ())
    for h in _heads(lex).finditer(text):
        if h.start() > 0 and text[h.start() - 1] not in " -":
            continue
        m = _BEFORE.search(text, max(0, h.start() - 60), h.start())
        if not m:
            continue
        mods = [g for g in (m.group(1), m.group(3), m.group(5)) if g]
        starts = [m.start(i) for i in (1, 3, 5) if m.group(i)]
        keep = 0
        for w in reversed(mods):
            lw = w.lower()
            if lw in _STOP or lw in lex.task_heads or (w[0].isupper() and sum(c.isupper() for c in w) > 1):
                break
            keep += 1
        if not keep:
            continue
        start = starts[len(mods) - keep]
        phrase = text[start : h.end()]
        key = phrase.lower()
        if key in seen:
            continue
        seen.add(key)
        out.append(TaskPhrase(start, h.end(), phrase, area_of(phrase, lex)))
        if len(out) >= limit:
            break
    return out
