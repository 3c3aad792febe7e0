"""Selection, vote sums and grouping helpers rewritten for speed give exactly the former results.

`select` keys each candidate once and checks overlaps on plain span tuples, vote sums use a
plain dict and one pass for the best type, `norm_key` skips normalising plain ASCII names,
and the name-ending patterns run only when the name ends as their matches must. Each is
compared with its former form on every seed paper's real candidates and on generated values.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.assemble import (
    _COUNT_K,
    _COUNT_M,
    _EDITION_SUFFIX,
    _FUNCTION,
    _HEAD_TAIL,
    _LOWER_ITEM,
    _PARADIGM_LEAD,
    _RELEASE_TAIL,
    _SIZE_SUFFIX,
    _SPLIT_TAIL,
    _VERSION_SUFFIX,
    Group,
    _best,
    _count_vote,
    _fast_norm_key,
    _is_dataset,
    _method_like,
    _overlaps,
    _sums,
    _top_type,
    _type,
    _UnionFind,
    _without_classes,
    _without_title_phrases,
    group,
    lowercase_methods,
    release_pairs,
    select,
    spread_lists,
)
from kg.extract.candidates import Candidate
from kg.extract.mentions import Mention
from kg.ingest import IngestReport, read_papers
from kg.model import Field
from kg.text import norm_key

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
NAMES = ["RoboPilot", "RoboPilot-7B", "X-13B", "Defects4J", "Defects4J v2.0", "BraTS 2021", "BraTS", "PRM800K",
         "WebVid-10M", "Whisper-large-v3", "Murmur-medium", "Zorbo 1.5 Pro", "ChartRiddle-Train", "7B", "Qwen2.5",
         "Common Voice 16", "A-tiny\n", "Set-Test\n", "Data-12K\n", "ab-v2", "Çà-Large", "Ω-3B", "x", "", "K", "M"]


def _old_sums(votes):
    by = defaultdict(float)
    for t, w, _ in votes:
        by[t] += w
    return by


def _old_select(cands):
    def strength(c):
        return max(_old_sums(c.votes).values(), default=0.0)

    def key(c):
        s = strength(c)
        good = c.proposed is not None or s >= 1.5 or c.m.rule == "coordination"
        contained_kb = c.m.rule == "caprun" and not any(r.startswith("ctx:head") for _, _, r in c.votes)
        return (not good, contained_kb, -(c.m.end - c.m.start), -s, c.m.start, c.m.name)

    chosen = []
    for c in sorted(cands, key=key):
        clash = [d for d in chosen if _overlaps(c, d)]
        if not clash:
            chosen.append(c)
        elif all(d.m.start == c.m.start and d.m.end == c.m.end for d in clash):
            if c.m.rule == "coordination" and all(d.m.name != c.m.name for d in clash):
                chosen.append(c)
            else:
                twin = clash[0]
                twin.votes += [v for v in c.votes if v not in twin.votes]
                twin.proposed = twin.proposed or c.proposed
                if c.m.rule.startswith("acronym") and not twin.m.rule.startswith("acronym"):
                    chosen[chosen.index(twin)] = Candidate(c.m, twin.votes, twin.proposed, twin.sentence)
    return sorted(chosen, key=lambda c: (c.m.field != Field.TITLE, c.m.start, c.m.name))


def _old_count_vote(name):
    if _COUNT_K.search(name) and not name[:1].isdigit():
        return ("benchmark", 2.5, "morph:example-count")
    if _SPLIT_TAIL.search(name):
        return ("benchmark", 3.0, "morph:split")
    if _RELEASE_TAIL.search(name):
        return ("model", 2.0, "morph:release")
    if _COUNT_M.search(name):
        return ("benchmark", 2.0, "morph:example-count")
    return None


def _old_release_pairs(chosen):
    by_name = {}
    for c in chosen:
        by_name.setdefault(c.m.name, c)
    longer = defaultdict(list)
    for name in by_name:
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


def _old_group(chosen, pc, kb, lex):
    """`group` before it skipped self-unions and built one Group per root."""
    memo = {}

    def nkey(s):
        if s not in memo:
            memo[s] = norm_key(s)
        return memo[s]

    def key(c):
        return "kb:" + c.m.kb_id if c.m.kb_id and c.m.rule == "kb" else "n:" + nkey(c.m.name)

    chosen = _without_classes(_without_title_phrases(chosen, pc, kb, lex), pc, nkey)
    uf = _UnionFind()
    keys = {id(c): key(c) for c in chosen}
    names = {nkey(c.m.name): keys[id(c)] for c in chosen}
    for c in chosen:
        k = keys[id(c)]
        uf.find(k)
        nk = nkey(c.m.name)
        uf.union(k, "n:" + nk)
        if nk.endswith("s") and nk[:-1] in names:
            uf.union(k, names[nk[:-1]])
    for _, a in pc.abbrevs:
        ks, kl = nkey(a.short), nkey(a.long)
        if ks in names and kl in names:
            uf.union(names[ks], names[kl])
    for short, full in release_pairs(chosen):
        uf.union(names[nkey(short)], names[nkey(full)])
    groups = {}
    for c in chosen:
        groups.setdefault(uf.find(keys[id(c)]), Group()).members.append(c)
    for _, a in pc.abbrevs:
        root = uf.find(names.get(nkey(a.short), "n:" + nkey(a.short)))
        if root in groups and uf.find(names.get(nkey(a.long), "")) == root:
            groups[root].long_form = groups[root].long_form or a.long
            groups[root].short_form = groups[root].short_form or a.short
    for g in groups.values():
        _type(g, lex)
    return sorted(groups.values(), key=lambda g: (g.members[0].m.field != Field.TITLE, g.members[0].m.start))


def test_group_equals_the_former_group_on_seed_papers(extractor):
    core = extractor._core
    merged = 0
    for p in read_papers([SEEDS], report=IngestReport()):
        texts = {Field.TITLE: p.title, Field.ABSTRACT: p.abstract}
        pc = core.finder.find(p.title, p.abstract)
        chosen = select(pc.cands)
        spread_lists(chosen, texts)
        got = group(list(chosen), pc, core.kb, core.lex)
        want = _old_group(list(chosen), pc, core.kb, core.lex)
        assert [[id(c) for c in g.members] for g in got] == [[id(c) for c in g.members] for g in want]
        assert [(g.type, g.weight, g.rules, g.kb_id, g.long_form, g.short_form, g.proposed) for g in got] == [
            (g.type, g.weight, g.rules, g.kb_id, g.long_form, g.short_form, g.proposed) for g in want]
        merged += sum(len(g.members) > 1 for g in got)
    assert merged > 20


@pytest.fixture(scope="module")
def candidates(extractor) -> list[list[Candidate]]:
    papers = read_papers([SEEDS], report=IngestReport())
    return [extractor._core.finder.find(p.title, p.abstract).cands for p in papers]


def test_select_equals_the_former_select_on_seed_candidates(candidates):
    twins = 0
    for cands in candidates:
        new, old = copy.deepcopy(cands), copy.deepcopy(cands)
        got, want = select(new), _old_select(old)
        assert got == want
        assert new == old  # the merged votes of same-span twins too
        twins += len(cands) - len(want)
    assert twins > 20  # overlaps and twins were exercised


def test_vote_helpers_equal_the_former_forms_on_seed_candidates(candidates):
    for c in (c for cands in candidates for c in cands):
        by = _old_sums(c.votes)
        assert _sums(c.votes) == dict(by)
        want_top = max(by.items(), key=lambda kv: (kv[1], kv[0]))[0] if by else None
        assert _top_type(c) == want_top
        assert _method_like(c) == (bool(by) and want_top == "method" and max(by.values()) >= 2.5)


VOTES = st.lists(st.tuples(st.sampled_from(["benchmark", "model", "method", "task"]),
                           st.sampled_from([0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5]), st.sampled_from(["r1", "r2"])))


@settings(max_examples=300, deadline=None)
@given(VOTES)
def test_best_equals_max_by_weight_then_name(votes):
    by = _old_sums(votes)
    if by:
        assert _best(_sums(votes)) == max(by.items(), key=lambda kv: (kv[1], kv[0]))


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.sampled_from(NAMES), st.text(max_size=12),
                 st.text(alphabet="abAB09 -._K\nMvTestPro", max_size=14)))
def test_name_helpers_equal_the_former_forms(name):
    assert _fast_norm_key(name) == norm_key(name)
    assert _count_vote(name) == _old_count_vote(name)


def test_name_helpers_on_seed_names_and_release_pairs(candidates):
    for cands in candidates:
        for c in cands:
            assert _count_vote(c.m.name) == _old_count_vote(c.m.name)
            assert _fast_norm_key(c.m.name) == norm_key(c.m.name)
        assert release_pairs(cands) == _old_release_pairs(cands)
    made = [Candidate(c.m.__class__(Field.ABSTRACT, i, i + 1, n, "caprun", type="benchmark"), proposed="intro:verb")
            for i, n in enumerate(NAMES)]
    pairs = release_pairs(made)
    assert pairs == _old_release_pairs(made) and len(pairs) >= 3


def _old_lowercase_methods(chosen, texts):
    """`lowercase_methods` before the lazy table and the method-vote gate."""
    out = []
    taken = {(c.m.field, c.m.start): c for c in chosen}
    for c in chosen:
        by = _old_sums(c.votes)
        if not (by and max(by.items(), key=lambda kv: (kv[1], kv[0]))[0] == "method" and max(by.values()) >= 2.5):
            continue
        text, pos, end = texts[c.m.field], c.m.end, c.sentence[1]
        while m := _LOWER_ITEM.match(text, pos, end):
            pos = m.end()
            item = _HEAD_TAIL.sub("", m.group(1)) if " " in m.group(1) else m.group(1)
            words = item.split()
            if (words[0] in _PARADIGM_LEAD or (words[-1].endswith("s") and not words[-1].endswith("ss"))
                    or len(item) < 5 or words[0].endswith(("ing", "ed", "ly")) or _FUNCTION.intersection(words)
                    or (len(words) == 1 and "-" not in item)):
                continue
            start = m.start(1)
            known = taken.get((c.m.field, start))
            if known is not None:
                if known.m.name.islower() and ("method", 2.5, "ctx:method-list") not in known.votes:
                    known.votes.append(("method", 2.5, "ctx:method-list"))
                continue
            mention = Mention(c.m.field, start, start + len(item), item, "list:lowercase", conf=0.4)
            out.append(Candidate(mention, [("method", 2.5, "ctx:method-list")], None, c.sentence))
            taken[(c.m.field, start)] = out[-1]
    return out


def test_lowercase_methods_equal_the_former_form(extractor):
    core = extractor._core
    found = 0
    made = [("Regularisation study", "We train with Mixup, CutMix, random erasing and label smoothing on ImageNet."),
            ("Tuning", "We compare LoRA, adapter tuning, prompt tuning and full fine-tuning on GLUE."),
            ("Depth", "We apply DropPath, stochastic depth and weight decay, which help.")]
    for title, abstract in made + [(p.title, p.abstract) for p in read_papers([SEEDS], report=IngestReport())]:
        texts = {Field.TITLE: title, Field.ABSTRACT: abstract}
        chosen = select(core.finder.find(title, abstract).cands)
        spread_lists(chosen, texts)  # the list votes lowercase_methods reads (it runs at the end)
        chosen = [c for c in chosen if c.m.rule != "list:lowercase"]
        a, b = copy.deepcopy(chosen), copy.deepcopy(chosen)
        got, want = lowercase_methods(a, texts), _old_lowercase_methods(b, texts)
        assert got == want and a == b
        found += len(want)
    assert found >= 3
