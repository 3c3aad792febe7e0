"""`best_long_form` finds each character of the short form by `rfind` instead of stepping back one
character at a time (Schwartz-Hearst's scan): the same long form, or None, as the stepwise form,
kept here as the reference. Checked on the seed listings' acronym windows and generated pairs."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.abbrev import best_long_form, is_short_form
from kg.ingest import IngestReport, read_papers

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _best_long_form_ref(short: str, long: str) -> str | None:
    s_chars = [c.lower() for c in short if c.isalnum()]
    l_text = long.lower()
    s_idx, l_idx = len(s_chars) - 1, len(l_text) - 1
    while s_idx >= 0:
        c = s_chars[s_idx]
        while l_idx >= 0 and (l_text[l_idx] != c or (s_idx == 0 and l_idx > 0 and l_text[l_idx - 1].isalnum())):
            l_idx -= 1
        if l_idx < 0:
            return None
        l_idx -= 1
        s_idx -= 1
    start = l_text.rfind(" ", 0, l_idx + 1) + 1
    out = long[start:].strip()
    return out if out and len(out) > len(short) else None


def test_equal_on_the_seed_windows():
    papers = read_papers([SEEDS], report=IngestReport())
    found = 0
    for text in (t for p in papers for t in (p.title, p.abstract)):
        for m in re.finditer(r"\(([^()]{1,20})\)", text):
            window = text[max(0, m.start() - 120) : m.start()].rstrip()
            for short in (m.group(1), m.group(1).upper(), m.group(1)[:3]):
                got = best_long_form(short, window)
                assert got == _best_long_form_ref(short, window), (short, window)
                found += got is not None
    assert found > 20


_CHARS = "abAB c-1İıßé"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=5), st.text(alphabet=_CHARS, max_size=24))
def test_equal_on_generated_pairs(short, long):
    assert best_long_form(short, long) == _best_long_form_ref(short, long), (short, long)


def _is_short_form_ref(s: str) -> bool:
    words = s.split()
    if not 2 <= len(s) <= 12 or len(words) > 2 or (len(words) == 2 and max(map(len, words)) > 4):
        return False
    if not (s[0].isalnum() and any(c.isalpha() for c in s[:2])):
        return False
    return sum(c.isupper() for c in s) >= 2 or (any(c.isupper() for c in s) and any(c.isdigit() for c in s))


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="aAbZ09- .É٣ǅ", min_size=1, max_size=13))
def test_is_short_form_equals_the_counting_form(s):
    assert is_short_form(s) == _is_short_form_ref(s), s


def test_is_short_form_on_acronyms():
    for s in ("GPT-4", "ARC", "DeMamba", "T5", "MiterQA", "Ab", "ab1", "A1", "RL", "e.g.", "LLM x", "ONZENFormer"):
        assert is_short_form(s) == _is_short_form_ref(s), s
