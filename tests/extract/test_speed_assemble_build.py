"""Entities, entity ids and task areas built by the faster forms equal the former ones.

`_entity` skips the spelling vote for one spelling, the alias lookup for slices of the paper and
the evidence sort for one member; `_entity_id` makes ASCII slugs without normalising or a
pattern; `area_of` counts cue words by word through an index. Each is compared with its former
form on every group of every seed paper and on generated names and phrases.
"""

from __future__ import annotations

import copy
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.assemble import group, select, spread_lists
from kg.extract.build import _PLURAL_ACRONYM, SCORED, THRESHOLD, _entity_id
from kg.extract.ids import entity_id
from kg.extract.lexicon import Lexicon, load_lexicon
from kg.extract.roles import cited_only, compared
from kg.extract.tasks import _WORD, area_of, find_tasks
from kg.ingest import IngestReport, read_papers
from kg.model import Entity, EntityType, Evidence, Field, Relation, RelationType
from kg.text import norm_key

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _old_entity(core, g, texts, joined) -> Entity:
    type_ = EntityType(g.type)
    surfaces = [texts[c.m.field][c.m.start : c.m.end] for c in g.members]
    names = [c.m.name for c in g.members]
    if g.short_form:
        name = g.short_form
    elif g.kb_id and g.kb_id in core.kb.entries and any(c.m.rule == "kb" for c in g.members):
        name = core.kb.entries[g.kb_id].name
    else:
        counts = Counter(n for n in names)
        keys = {n: norm_key(n) for n in counts}
        name = min(counts, key=lambda n: (keys[n].endswith("s") and any(
            keys[o] == keys[n][:-1] for o in counts), -counts[n], names.index(n)))
    entry = core.kb.entries.get(g.kb_id) if g.kb_id else None
    kb_id = g.kb_id if entry is not None and entry.type.value == g.type else None
    eid = kb_id or entity_id(type_, name)
    aliases = tuple(dict.fromkeys(s for s in surfaces + names if s != name and s in joined))
    seen = {}
    for c in g.members:
        k = (c.m.field.value, c.m.start, c.m.end, c.m.rule)
        if k not in seen:
            seen[k] = Evidence(c.m.field, c.m.start, c.m.end, rule=c.m.rule, confidence=round(c.m.conf, 2))
    evidence = tuple(seen[k] for k in sorted(seen))
    return Entity(eid, type_, name, aliases, bool(g.proposed) and g.type in ("benchmark", "model", "method"),
                  evidence, kb_id, g.long_form)


def _old_area_of(phrase: str, lex: Lexicon) -> str | None:
    words = {w.lower() for w in _WORD.findall(phrase)}
    best = None
    for area, cues in lex.areas:
        n = len(words & cues)
        if n and (best is None or n > best[1]):
            best = (area, n)
    return best[0] if best else None


def _old_relations(core, paper, by_group, texts):
    """`_relations` before it stopped at the first own-work mention: every verdict first."""
    out = []
    for g, ent in by_group:
        first = g.members[0]
        if ent.proposed:
            out.append(Relation(RelationType.PROPOSES, paper.id, ent.id, core._sentence_evidence(g)))
            continue
        if g.type in ("benchmark", "model"):
            verdicts = [cited_only(texts[c.m.field], c.m.start, c.m.end, c.sentence, core.lex) for c in g.members]
            own = any(v is False for v in verdicts) or all(v is None for v in verdicts)
            rel = RelationType.EVALUATES_ON if g.type == "benchmark" else RelationType.USES_MODEL
            if own:
                c = next((c for c, v in zip(g.members, verdicts, strict=True) if v is False), first)
                out.append(Relation(rel, paper.id, ent.id, Evidence(c.m.field, *c.sentence, rule="role:own-work")))
            else:
                out.append(Relation(RelationType.MENTIONS, paper.id, ent.id,
                                    Evidence(first.m.field, *first.sentence, rule="role:cited")))
        elif g.type == "method":
            out.append(Relation(RelationType.USES_METHOD, paper.id, ent.id, core._sentence_evidence(g)))
        if g.type in ("model", "method"):
            for c in g.members:
                if compared(texts[c.m.field], c.m.start, c.sentence):
                    out.append(Relation(RelationType.COMPARES_WITH, paper.id, ent.id,
                                        Evidence(c.m.field, *c.sentence, rule="role:compared")))
                    break
    return out


def test_relations_equal_the_former_form_on_seed_papers(extractor):
    core = extractor._core
    kinds = set()
    for p in read_papers([SEEDS], report=IngestReport()):
        texts = {Field.TITLE: p.title, Field.ABSTRACT: p.abstract}
        pc = core.finder.find(p.title, p.abstract)
        chosen = select(pc.cands)
        spread_lists(chosen, texts)
        joined = p.title + " " + p.abstract
        by_group = [(g, core._entity(g, texts, joined)) for g in group(chosen, pc, core.kb, core.lex)
                    if core._keep(g, p, pc)]
        got = core._relations(p, by_group, texts, pc)
        assert got == _old_relations(core, p, by_group, texts)
        kinds |= {(r.type, r.evidence.rule) for r in got}
    assert {(RelationType.MENTIONS, "role:cited"), (RelationType.EVALUATES_ON, "role:own-work"),
            (RelationType.USES_MODEL, "role:own-work"), (RelationType.COMPARES_WITH, "role:compared")} <= kinds


def _old_keep(core, g, paper, pc) -> bool:
    """`_keep` before its early exit for untyped groups no rule introduced."""
    lex = core.lex
    names = {c.m.name for c in g.members}
    if all(lex.is_generic(n) for n in names):
        return False
    if not g.proposed and not g.kb_id and g.short_form and _PLURAL_ACRONYM.match(g.short_form):
        return False
    if g.type == "model" and not g.proposed and not g.kb_id and not g.short_form and all(
        core._ordinary(n) for n in names
    ) and not any(c.m.kb_id for c in g.members):
        return False
    if g.type is None or g.weight < THRESHOLD:
        if not g.proposed:
            return False
        g.type = core._fallback_type(g, paper)
    if g.type not in SCORED and g.type not in ("organization", "metric", "task"):
        return False
    return not (g.type == "method" and g.kb_id and not g.proposed and not g.short_form
                and "ctx:method-list" not in g.rules and not any(core._named_like(c, pc) for c in g.members))


def test_keep_equals_the_former_form_on_seed_groups(extractor):
    core = extractor._core
    dropped = 0
    for p in read_papers([SEEDS], report=IngestReport()):
        texts = {Field.TITLE: p.title, Field.ABSTRACT: p.abstract}
        pc = core.finder.find(p.title, p.abstract)
        chosen = select(pc.cands)
        spread_lists(chosen, texts)
        for g in group(chosen, pc, core.kb, core.lex):
            a, b = copy.copy(g), copy.copy(g)
            want = _old_keep(core, a, p, pc)
            assert core._keep(b, p, pc) == want and a.type == b.type
            dropped += not want
    assert dropped > 50


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


def test_entities_equal_the_former_form_on_every_seed_group(extractor):
    core = extractor._core
    multi = 0
    for p in read_papers([SEEDS], report=IngestReport()):
        texts = {Field.TITLE: p.title, Field.ABSTRACT: p.abstract}
        pc = core.finder.find(p.title, p.abstract)
        chosen = select(pc.cands)
        spread_lists(chosen, texts)
        for g in group(chosen, pc, core.kb, core.lex):
            if g.type is None:
                continue
            g = copy.copy(g)
            joined = p.title + " " + p.abstract
            assert core._entity(g, texts, joined) == _old_entity(core, g, texts, joined)
            multi += len(g.members) > 1
    assert multi > 20  # groups of several spellings were compared, not only single mentions


NAMES = st.one_of(
    st.text(max_size=16),
    st.text(alphabet="aZ09 -_.()/+ÉéßΩ", max_size=16),
    st.sampled_from(["ResNet-50", "GPT 4o", "  x  ", "---", "", "image classification", "Ω", "a--b", "T5 (base)"]),
)


@settings(max_examples=500, deadline=None)
@given(NAMES, st.sampled_from(list(EntityType)))
def test_entity_id_equals_the_slug_form(name, type_):
    assert _entity_id(type_.value, type_, name) == entity_id(type_, name)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_area_of_equals_the_loop_over_areas(lex, data):
    cues = sorted({w for _, ws in lex.areas for w in ws})
    words = data.draw(st.lists(st.one_of(st.sampled_from(cues), st.sampled_from(["the", "Image", "of", "X-ray"])),
                               max_size=6))
    phrase = " ".join(w.capitalize() if i % 2 else w for i, w in enumerate(words))
    assert area_of(phrase, lex) == _old_area_of(phrase, lex)


def _old_is_word(lex: Lexicon, token: str) -> bool:
    w = token.lower()
    if w in lex.english:
        return True
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                         ("ing", "e"), ("ers", ""), ("er", ""), ("ly", "")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2 and (w[: -len(suffix)] + repl) in lex.english:
            return True
    return False


def test_is_word_equals_the_suffix_loop_on_seed_words(lex):
    words = {w for p in read_papers([SEEDS], report=IngestReport()) for w in _WORD.findall(p.title + " " + p.abstract)}
    inflected = 0
    for w in sorted(words) + ["studies", "Trained", "baking", "runners", "quickly", "ResNet50", "LoRA", "", "s"]:
        want = _old_is_word(lex, w)
        assert lex.is_word(w) == want, w
        inflected += want and w.lower() not in lex.english
    assert inflected > 50


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdeilnrsgyIES", max_size=10))
def test_is_word_equals_the_suffix_loop_on_generated_tokens(lex, token):
    assert lex.is_word(token) == _old_is_word(lex, token)


def test_find_tasks_without_areas_finds_the_same_phrases(lex):
    found = 0
    for p in read_papers([SEEDS], report=IngestReport()):
        for text in (p.title, p.abstract):
            full = find_tasks(text, lex, taken={"image classification"})
            bare = find_tasks(text, lex, taken={"image classification"}, with_area=False)
            assert [(t.start, t.end, t.text) for t in bare] == [(t.start, t.end, t.text) for t in full]
            assert all(t.area is None for t in bare)
            found += len(full)
    assert found > 50
