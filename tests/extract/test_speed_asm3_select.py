"""`select` decides overlaps by a character map per field and sums one vote without a dict:
the same choice, order and merged twin votes as the former interval scan, on seed papers'
real candidates and on generated ones (empty spans, twins, coordinations, acronyms)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.assemble import _first, _sums, select
from kg.extract.candidates import Candidate
from kg.extract.mentions import Mention
from kg.ingest import IngestReport, read_papers
from kg.model import Field

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _old_select(cands: list[Candidate]) -> list[Candidate]:
    """`select` before the character map: every chosen span scanned for each candidate."""
    keyed = []
    for c in cands:
        m = c.m
        strength = max(_sums(c.votes).values(), default=0.0)
        good = c.proposed is not None or strength >= 1.5 or m.rule == "coordination"
        contained_kb = m.rule == "caprun" and not any(r.startswith("ctx:head") for _, _, r in c.votes)
        keyed.append(((not good, contained_kb, m.start - m.end, -strength, m.start, m.name), c))
    keyed.sort(key=_first)
    chosen: list[Candidate] = []
    spans: list[tuple[Field, int, int]] = []
    for _, c in keyed:
        f, cs, ce = c.m.field, c.m.start, c.m.end
        clash = [i for i, (df, ds, de) in enumerate(spans) if df is f and cs < de and ds < ce]
        if not clash:
            chosen.append(c)
            spans.append((f, cs, ce))
        elif all(spans[i][1] == cs and spans[i][2] == ce for i in clash):
            if c.m.rule == "coordination" and all(chosen[i].m.name != c.m.name for i in clash):
                chosen.append(c)
                spans.append((f, cs, ce))
            else:
                i = clash[0]
                twin = chosen[i]
                twin.votes += [v for v in c.votes if v not in twin.votes]
                twin.proposed = twin.proposed or c.proposed
                if c.m.rule.startswith("acronym") and not twin.m.rule.startswith("acronym"):
                    chosen[i] = Candidate(c.m, twin.votes, twin.proposed, twin.sentence)
    return sorted(chosen, key=lambda c: (c.m.field != Field.TITLE, c.m.start, c.m.name))


def _same(cands: list[Candidate]) -> list[Candidate]:
    new, old = copy.deepcopy(cands), copy.deepcopy(cands)
    got, want = select(new), _old_select(old)
    assert got == want
    assert new == old  # twins' merged votes and flags too
    return want


@pytest.fixture(scope="module")
def candidates(extractor) -> list[list[Candidate]]:
    papers = read_papers([SEEDS], report=IngestReport())
    return [extractor._core.finder.find(p.title, p.abstract).cands for p in papers]


def test_select_equals_the_interval_scan_on_seed_candidates(candidates):
    dropped = 0
    for cands in candidates:
        dropped += len(cands) - len(_same(cands))
    assert dropped > 50  # overlaps and twins were decided


VOTE = st.tuples(st.sampled_from(["benchmark", "model", "method"]), st.sampled_from([0.5, 1.0, 1.5, 2, 2.5, -0.0]),
                 st.sampled_from(["ctx:head-x", "kb", "morph"]))
CAND = st.builds(
    lambda f, s, n, name, rule, votes, prop: Candidate(Mention(f, s, s + n, name, rule), votes, prop, (0, 99)),
    st.sampled_from([Field.TITLE, Field.ABSTRACT]), st.integers(0, 30), st.integers(0, 6),
    st.sampled_from(["A", "B", "AB"]), st.sampled_from(["kb", "caprun", "coordination", "acronym:short"]),
    st.lists(VOTE, max_size=3), st.sampled_from([None, "intro:verb"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(CAND, max_size=14))
def test_select_equals_the_interval_scan_on_generated_candidates(cands):
    _same(cands)
