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
    "learning beyond based study studies investigate investigates address addresses tackle tackles enable enables "
    "enabling toward towards benchmark benchmarking scaling".split()
)


@dataclass(frozen=True, slots=True)
class TaskPhrase:
    start: int
    end: int
    text: str
    area: str | None


def area_of(phrase: str, lex: Lexicon) -> str | None:
    """The area sharing the most cue words with the phrase; on a tie the first area in order."""
    words = {w.lower() for w in _WORD.findall(phrase)}
    areas_of = _area_index(lex)
    counts: dict[int, int] = {}  # area index -> cue words of the phrase, read by word, not by area
    for w in words:
        for i in areas_of.get(w, ()):
            counts[i] = counts.get(i, 0) + 1
    if not counts:
        return None
    best = min(counts, key=lambda i: (-counts[i], i))
    return lex.areas[best][0]


_AREAS: dict[int, tuple[tuple, dict[str, tuple[int, ...]]]] = {}


def _area_index(lex: Lexicon) -> dict[str, tuple[int, ...]]:
    """cue word -> indices of the areas listing it, built once per lexicon."""
    hit = _AREAS.get(id(lex))
    if hit is None or hit[0] is not lex.areas:
        index: dict[str, list[int]] = {}
        for i, (_, cues) in enumerate(lex.areas):
            for w in cues:
                index.setdefault(w, []).append(i)
        hit = _AREAS[id(lex)] = (lex.areas, {w: tuple(ix) for w, ix in index.items()})
    return hit[1]


_ALPHA_WORD = re.compile(r"[A-Za-z](?:[A-Za-z\-]*[A-Za-z])?$")
_HEADS: dict[int, tuple[frozenset[str], object]] = {}


def _heads(lex: Lexicon):  # -> ahocorasick.Automaton
    """An automaton over the task heads, built once per lexicon (a regex alternation is 50x slower)."""
    hit = _HEADS.get(id(lex))
    if hit is None or hit[0] is not lex.task_heads:
        import ahocorasick

        auto = ahocorasick.Automaton()
        for h in sorted(lex.task_heads - {"learning", "modeling", "modelling"}):
            auto.add_word(h, len(h))
        auto.make_automaton()
        hit = _HEADS[id(lex)] = (lex.task_heads, auto)
    return hit[1]


def find_tasks(text: str, lex: Lexicon, *, limit: int = 4, taken: set[str] | None = None,
               with_area: bool = True) -> list[TaskPhrase]:
    """Task phrases of `text` in order, at most `limit`, skipping phrases whose lowercase is in `taken`.

    Driven by the head nouns: each head found by one compiled alternation takes up to three
    modifiers before it (no stop words, no other head, no acronym). `with_area=False` leaves
    `area` None for callers that do not read it (the extractor).
    """
    out: list[TaskPhrase] = []
    seen = set(taken or ())
    low = text.lower()
    if len(low) != len(text):
        low = text
    n = len(text)
    for end_idx, length in _heads(lex).iter(low):
        hs, he = end_idx - length + 1, end_idx + 1
        if hs == 0 or text[hs - 1] not in " -" or (he < n and text[he].isalnum()):
            continue
        seg = text[max(0, hs - 60) : hs - 1]
        mods = seg.rsplit(" ", 3)[-3:] if " " in seg else [seg]
        keep = width = 0
        for w in reversed(mods):
            lw = w.lower()
            # a matched word is ASCII letters and "-" (and maybe a final newline): a capital after the
            # first is a change under lower()
            if (not _ALPHA_WORD.match(w) or lw in _STOP or lw in lex.task_heads
                    or (w[0].isupper() and w[1:] != lw[1:])):
                break
            keep += 1
            width += len(w) + 1
        if not keep:
            continue
        start = hs - width
        phrase = text[start:he]
        key = phrase.lower()
        if key in seen:
            continue
        seen.add(key)
        out.append(TaskPhrase(start, he, phrase, area_of(phrase, lex) if with_area else None))
        if len(out) >= limit:
            break
    return out
