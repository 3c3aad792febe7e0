"""`group` puts only the keys of unions into the union-find (a root is the least key of its set
whatever the union order, so an untouched key is its own root); `_type` takes a one-mention
group of at most one vote without the sums, and a one-type sum and the kb entry without the
general path; `release_pairs` reads a name ending in a digit only with a space in it (a
version's " v2", an edition's " 2021"); `_without_title_phrases` collects the abstract's entries
only for a title KB name. The same groups, members, types, weights, rules, entries, flags and
pairs as the former forms on seed papers and on generated groups and names."""

from __future__ import annotations

import copy
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.assemble import (
    _EDITION_SUFFIX,
    _SIZE_SUFFIX,
    _VERSION_SUFFIX,
    Group,
    _best,
    _count_vote,
    _fast_norm_key,
    _is_dataset,
    _type,
    _UnionFind,
    _without_classes,
    _without_title_phrases,
    group,
    release_pairs,
    select,
    spread_lists,
)
from kg.extract.candidates import Candidate
from kg.extract.mentions import Mention
from kg.ingest import IngestReport, read_papers
from kg.model import Field

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _old_type(g, lex) -> None:
    best = {}
    for c in g.members:
        m = c.m
        if not m.kb_id:
            v = _count_vote(m.name)
            if v:
                best[(v[0], v[2])] = v[1]
        for t, w, r in c.votes:
            old = best.get((t, r), 0.0)
            best[(t, r)] = w if w > old else old  # noqa: FURB136  the former form, as written
        g.proposed = g.proposed or c.proposed
        if m.kb_id and m.rule == "kb":
            g.kb_id = g.kb_id or m.kb_id
    by_type = {}
    for (t, _), w in best.items():
        by_type[t] = by_type.get(t, 0.0) + w
    if by_type:
        t, w = _best(by_type)
        g.type, g.weight = t, w
        g.rules = sorted(r for (tt, r) in best if tt == t)


def _old_group(chosen, pc, kb, lex):
    """`group` before: every key in the union-find, `_key` and `norm_key` as closures."""
    memo = {}

    def norm_key(s):
        k = memo.get(s)
        if k is None:
            k = memo[s] = _fast_norm_key(s)
        return k

    def _key(c):
        if c.m.kb_id and c.m.rule == "kb":
            return "kb:" + c.m.kb_id
        return "n:" + norm_key(c.m.name)

    chosen = _without_classes(_without_title_phrases(chosen, pc, kb, lex), pc, norm_key)
    uf = _UnionFind()
    keys = {id(c): _key(c) for c in chosen}
    names = {norm_key(c.m.name): keys[id(c)] for c in chosen}
    for c in chosen:
        k = keys[id(c)]
        nk = norm_key(c.m.name)
        name_key = "n:" + nk
        if k != name_key:
            uf.union(k, name_key)
        else:
            uf.find(k)
        if nk.endswith("s") and nk[:-1] in names:
            uf.union(k, names[nk[:-1]])
    for _, a in pc.abbrevs:
        ks, kl = norm_key(a.short), norm_key(a.long)
        if ks in names and kl in names:
            uf.union(names[ks], names[kl])
    for short, full in release_pairs(chosen):
        uf.union(names[norm_key(short)], names[norm_key(full)])
    groups = {}
    for c in chosen:
        root = uf.find(keys[id(c)])
        g = groups.get(root)
        if g is None:
            g = groups[root] = Group()
        g.members.append(c)
    for _, a in pc.abbrevs:
        root = uf.find(names.get(norm_key(a.short), "n:" + norm_key(a.short)))
        if root in groups and uf.find(names.get(norm_key(a.long), "")) == root:
            groups[root].long_form = groups[root].long_form or a.long
            groups[root].short_form = groups[root].short_form or a.short
    for g in groups.values():
        _old_type(g, lex)
    return sorted(groups.values(), key=lambda g: (g.members[0].m.field != Field.TITLE, g.members[0].m.start))


def _old_without_title_phrases(chosen, pc, kb, lex):
    """`_without_title_phrases` before it built the abstract's entries only for a title KB name."""
    in_abstract = {c.m.kb_id for c in chosen if c.m.field is Field.ABSTRACT and c.m.kb_id}
    out = []
    for c in chosen:
        if (c.m.field is Field.TITLE and c.m.rule == "kb" and c.m.kb_id not in in_abstract
                and all(lex.is_word(w) for w in c.m.name.split())):
            continue
        out.append(c)
    return out


def _old_release_pairs(chosen):
    """`release_pairs` before a digit-ending name needed a space to be read by the patterns."""
    by_name = {}
    for c in chosen:
        by_name.setdefault(c.m.name, c)
    longer = defaultdict(list)
    for name in by_name:  # noqa: PLC0206  the former form, as written
        last = name[-2:-1] if name.endswith("\n") else name[-1:]
        if not (last.isdigit() or last in "BMK"):
            continue
        for pat in (_SIZE_SUFFIX, _VERSION_SUFFIX, _EDITION_SUFFIX):
            m = pat.search(name)
            if m and m.start() > 1 and (pat is not _EDITION_SUFFIX or _is_dataset(by_name[name])):
                longer[name[: m.start()]].append(name)
    out = []
    for short, fulls in sorted(longer.items()):
        c = by_name.get(short)
        if c is None or len(fulls) != 1:
            continue
        if _SIZE_SUFFIX.search(fulls[0]) and (not (c.proposed or by_name[fulls[0]].proposed)
                                              or (c.m.kb_id and c.m.rule == "kb" and not c.proposed)):
            continue
        out.append((short, fulls[0]))
    return out


RELEASE_NAMES = ["RoboPilot", "RoboPilot-7B", "RoboPilot 7B", "X-13B", "X", "Defects4J", "Defects4J v2.0", "BraTS 2021",
                 "BraTS", "GPT-4", "GPT", "Common Voice 16", "Common Voice", "A 3\n", "A", "Set v2\n", "Set", "Ω 12",
                 "Ω", "B²", "B ²", "Z 4٣", "Z", "", "K", "7B", "Data-12K", "Data"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(RELEASE_NAMES), st.sampled_from([None, "benchmark", "model"]),
                          st.sampled_from([None, "intro:verb"]), st.sampled_from(["kb", "caprun"])), max_size=8))
def test_release_pairs_equal_the_former_form_on_generated_names(items):
    chosen = [Candidate(Mention(Field.ABSTRACT, i, i + 1, n, rule, kb_id="kb/x" if rule == "kb" else None, type=t), [],
                        prop) for i, (n, t, prop, rule) in enumerate(items)]
    assert release_pairs(chosen) == _old_release_pairs(chosen)


def _fields(g: Group) -> tuple:
    return ([id(c) for c in g.members], g.type, g.weight, g.rules, g.kb_id, g.long_form, g.short_form, g.proposed)


def test_group_equals_the_former_form_on_seed_papers(extractor):
    core = extractor._core
    merged = abbrev = 0
    for p in read_papers([SEEDS], report=IngestReport()):
        texts = {Field.TITLE: p.title, Field.ABSTRACT: p.abstract}
        pc = core.finder.find(p.title, p.abstract)
        chosen = select(pc.cands)
        spread_lists(chosen, texts)
        assert release_pairs(chosen) == _old_release_pairs(chosen)
        assert _without_title_phrases(chosen, pc, core.kb, core.lex) == _old_without_title_phrases(
            chosen, pc, core.kb, core.lex)
        got = group(list(chosen), pc, core.kb, core.lex)
        want = _old_group(list(chosen), pc, core.kb, core.lex)
        assert [_fields(g) for g in got] == [_fields(g) for g in want]
        merged += sum(len(g.members) > 1 for g in got)
        abbrev += sum(g.short_form is not None for g in got)
    assert merged > 20 and abbrev > 5  # unions by name, entry and acronym were exercised


VOTE = st.tuples(st.sampled_from(["benchmark", "model", "method"]), st.sampled_from([-1.0, 0.0, 0.5, 2.0, 2.5, 3]),
                 st.sampled_from(["kb", "ctx:a", "ctx:b"]))
MEMBER = st.builds(
    lambda name, rule, kb, votes, prop: Candidate(Mention(Field.ABSTRACT, 0, 1, name, rule, kb_id=kb), votes, prop),
    st.sampled_from(["X", "X-7B", "Data-12K", "Set-Test", "Y v2", "A-large"]), st.sampled_from(["kb", "caprun"]),
    st.sampled_from([None, "", "kb/a", "kb/b"]), st.lists(VOTE, max_size=4), st.sampled_from([None, "", "intro:verb"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(MEMBER, min_size=1, max_size=4), st.sampled_from([None, "", "kb/z"]), st.sampled_from([None, "", "p"]))
def test_type_equals_the_former_form_on_generated_groups(lex, members, kb_id, proposed):
    a = Group(members=list(members), kb_id=kb_id, proposed=proposed)
    b = copy.copy(a)
    b.members = list(members)
    _type(a, lex)
    _old_type(b, lex)
    assert _fields(a) == _fields(b)


@pytest.fixture(scope="module")
def lex(extractor):
    return extractor._core.lex
