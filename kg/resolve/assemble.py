"""Assemble the Corpus: one EntityInfo per component, canonical ids, families; rewrite papers.

Ids: the knowledge-base id when the thing is in the KB, else `type/slug(name)`; when two things
would share an id, the one defined by a long form gets it as a suffix (benchmark/arc-abstraction-
and-reasoning-corpus), then numbers settle the rest, in a fixed order.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from kg.extract.kb import KBEntry, KnowledgeBase
from kg.model import Corpus, Entity, EntityInfo, EntityType, Extraction, Relation, RelationType
from kg.resolve.cluster import Clustering
from kg.resolve.corpus_pass import RULE
from kg.resolve.forms import family_candidates, form_key
from kg.text import slug

# The "uses" relation of each type: a relation retyped with its target keeps its meaning.
USE_REL = {
    EntityType.BENCHMARK: RelationType.EVALUATES_ON,
    EntityType.MODEL: RelationType.USES_MODEL,
    EntityType.METHOD: RelationType.USES_METHOD,
    EntityType.TASK: RelationType.ADDRESSES_TASK,
}
_USES = frozenset(USE_REL.values())
_KB_ATTRS = ("family", "organization", "year", "modality", "area", "homepage", "source")


@dataclass
class _Component:
    root: str
    members: list[tuple[int, int]] = field(default_factory=list)
    kb: KBEntry | None = None
    type: EntityType = EntityType.METHOD
    name: str = ""
    long_form: str | None = None
    id: str = ""


def _pick(counter: Counter[str]) -> str:
    return min(counter, key=lambda s: (-counter[s], len(s), s))


def _canonical_name(ents: list[Entity]) -> str:
    """The name the introducing papers use, else the most common one; the corpus pass never votes."""
    if len(ents) == 1:
        return ents[0].name
    own = [e for e in ents if not all(ev.rule == RULE for ev in e.evidence) or not e.evidence] or ents
    proposed = Counter(e.name for e in own if e.proposed)
    return _pick(proposed) if proposed else _pick(Counter(e.name for e in own))


def _components(
    extractions: Sequence[Extraction], c: Clustering, kb: KnowledgeBase | None, roots: list[list[str]],
) -> list[_Component]:
    comps: dict[str, _Component] = {}
    for pi, paper_roots in enumerate(roots):
        for ei, root in enumerate(paper_roots):
            comp = comps.get(root)
            if comp is None:
                comp = comps[root] = _Component(root)
            comp.members.append((pi, ei))
    for comp in comps.values():
        ents = [extractions[pi].entities[ei] for pi, ei in comp.members]
        kb_ids = sorted(str(v) for v in c.uf.anchors(comp.root).get("kb", ()))
        preferred = [v for n, v in sorted(c.primary_kb.items()) if c.uf.find(n) == comp.root and v in kb_ids]
        kb_id = (preferred or kb_ids)[0] if preferred or kb_ids else None
        comp.kb = kb.entries.get(kb_id) if kb is not None and kb_id else None
        if comp.kb:
            comp.type = comp.kb.type
        elif len(ents) == 1:
            comp.type = ents[0].type
        else:
            types = Counter(e.type for e in ents)
            comp.type = min(types, key=lambda t: (-types[t], t.value))
        comp.name = comp.kb.name if comp.kb else _canonical_name(ents)
        longs = Counter(e.long_form for e in ents if e.long_form) if len(ents) > 1 else None
        comp.long_form = _pick(longs) if longs else ents[0].long_form if len(ents) == 1 else None
        if kb_id and comp.kb is None:  # linked by the extractor to an entry this KB lacks
            comp.id = kb_id
    return sorted(comps.values(), key=lambda k: k.root)


def _families(comps: list[_Component], kb: KnowledgeBase | None) -> list[_Component]:
    """KB families of mentioned entries (Llama-2-7B -> Llama 2), even when no paper names them."""
    if kb is None:
        return []
    have = {k.kb.id for k in comps if k.kb}
    out = []
    todo = sorted({k.kb.family for k in comps if k.kb and k.kb.family})
    while todo:
        fid = todo.pop()
        if fid in have or fid not in kb.entries:
            continue
        have.add(fid)
        entry = kb.entries[fid]
        out.append(_Component(f"k|{fid}", kb=entry, type=entry.type, name=entry.name))
        if entry.family:
            todo.append(entry.family)
    return out


def _assign_ids(comps: list[_Component], reserved: frozenset[str]) -> None:
    """`reserved`: the KB's ids, never given to a thing that is not that KB entry."""
    for k in comps:
        k.id = k.kb.id if k.kb else k.id or f"{k.type.value}/{slug(k.name)}"
    groups: dict[str, list[_Component]] = defaultdict(list)
    for k in comps:
        groups[k.id].append(k)
    taken = set(groups)
    for base, group in sorted(groups.items()):
        if len(group) == 1 and (group[0].kb or base not in reserved):
            continue
        # The KB entry keeps its id; else things defined by a long form all take it as a suffix
        # (symmetric: neither ARC is "the" ARC), and a plain one keeps the bare id.
        group.sort(key=lambda k: (k.kb is None, k.long_form is not None, -len(k.members), k.name, k.root))
        keeps = group[0] if group[0].kb or not (group[0].long_form or base in reserved) else None
        for k in group:
            if k is keeps:
                continue
            if k.long_form and f"{base}-{slug(k.long_form)}" not in taken:
                k.id = f"{base}-{slug(k.long_form)}"
            else:
                n = 2
                while f"{base}-{n}" in taken:
                    n += 1
                k.id = f"{base}-{n}"
            taken.add(k.id)


def _info(k: _Component, extractions: Sequence[Extraction], c: Clustering, by_form: dict) -> EntityInfo:
    ents = [extractions[pi].entities[ei] for pi, ei in k.members]
    forms = {f for e in ents for f in (e.name, *e.aliases, e.long_form) if f}
    if c.extra_aliases:
        forms.update(a for n, extra in c.extra_aliases.items() if n in c.uf and c.uf.find(n) == k.root for a in extra)
    attrs: dict[str, str] = {}
    parent = None
    if k.kb:
        forms.update(k.kb.forms)
        attrs = {a: str(getattr(k.kb, a)) for a in _KB_ATTRS if getattr(k.kb, a) is not None}
        attrs["kb_id"] = k.kb.id
        parent = k.kb.family
    if k.long_form and not k.kb:  # the disambiguator of a thing the KB does not know
        attrs["long_form"] = k.long_form
    if parent is None and k.type in (EntityType.MODEL, EntityType.METHOD):
        for cand in family_candidates(k.name):
            other = by_form.get((k.type, form_key(cand)))
            if other is not None and other != k.id:
                parent = other
                break
    return EntityInfo(id=k.id, type=k.type, name=k.name, aliases=tuple(sorted(forms - {k.name})),
                      attrs=tuple(sorted(attrs.items())), parent=parent)


def _rewrite(ex: Extraction, roots: list[str], comp_of: dict[str, _Component]) -> Extraction:
    """The paper with corpus-wide ids; entities of one thing merged; relations retyped with targets."""
    merged: dict[str, Entity] = {}
    local: dict[str, str] = {}
    changed = False
    for e, root in zip(ex.entities, roots):
        k = comp_of[root]
        kb_id = k.kb.id if k.kb else None
        local.setdefault(e.id, k.id)
        old = merged.get(k.id)
        if old is None:
            if e.id != k.id or e.type is not k.type or e.kb_id != kb_id:
                e, changed = Entity(k.id, k.type, e.name, e.aliases, e.proposed, e.evidence, kb_id, e.long_form), True
            merged[k.id] = e
        else:
            changed = True
            # the other entity's name becomes an alias when the paper writes it (its mentions say it)
            own = (e.name,) if e.name != old.name and (e.name in ex.paper.abstract or e.name in ex.paper.title) else ()
            merged[k.id] = Entity(
                k.id, k.type, old.name, tuple(a for a in dict.fromkeys(old.aliases + own + e.aliases) if a != old.name),
                old.proposed or e.proposed, tuple(sorted(set(old.evidence + e.evidence))), kb_id,
                old.long_form or e.long_form)
    types = {e.id: e.type for e in merged.values()}
    rels: dict[tuple, Relation] = {}
    for r in ex.relations:
        if r.target not in local or (r.source != ex.paper.id and r.source not in local):
            changed = True
            continue  # an entity dropped by a block override
        target, source = local[r.target], local.get(r.source, r.source)
        type_ = USE_REL.get(types[target], RelationType.MENTIONS) if r.type in _USES else r.type
        if target != r.target or source != r.source or type_ is not r.type:
            r, changed = Relation(type_, source, target, r.evidence), True
        key = (r.type, r.source, r.target, r.evidence)
        if key in rels:
            changed = True
        else:
            rels[key] = r
    if not changed:
        return ex
    return Extraction(ex.paper, tuple(merged.values()), tuple(rels.values()), ex.results)


def assemble(extractions: Sequence[Extraction], c: Clustering, kb: KnowledgeBase | None) -> Corpus:
    roots = c.roots(extractions)
    comps = _components(extractions, c, kb, roots)
    comps += _families(comps, kb)
    _assign_ids(comps, frozenset(kb.entries) if kb is not None else frozenset())
    by_form: dict[tuple[EntityType, str], str] = {}
    for k in comps:
        by_form.setdefault((k.type, form_key(k.name)), k.id)
    for k in comps:
        for form in k.kb.aliases if k.kb else ():
            by_form.setdefault((k.type, form_key(form)), k.id)
    infos = {k.id: _info(k, extractions, c, by_form) for k in comps}
    for eid, info in infos.items():  # a family the KB names but does not hold is no parent
        if info.parent is not None and info.parent not in infos:
            infos[eid] = EntityInfo(info.id, info.type, info.name, info.aliases, info.attrs, None)
    comp_of = {k.root: k for k in comps}
    out = tuple(_rewrite(ex, paper_roots, comp_of) for ex, paper_roots in zip(extractions, roots))
    stats = {"entities": len(infos), "mentions": sum(len(ex.entities) for ex in extractions)}
    return Corpus(extractions=out, entities=tuple(infos[i] for i in sorted(infos)), stats=stats)
