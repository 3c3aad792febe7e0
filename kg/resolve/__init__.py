"""Resolve: per-paper entities -> one corpus-wide entity per real thing (the Corpus core value)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from kg.model import Corpus, Entity, EntityInfo, Extraction
from kg.text import norm_key


def resolve(extractions: Iterable[Extraction]) -> Corpus:
    """Merge spelling variants (same type and norm_key) into one entity; rewrite ids to match."""
    extractions = list(extractions)
    groups: dict[tuple[str, str], list[Entity]] = defaultdict(list)
    for ex in extractions:
        for ent in ex.entities:
            groups[(ent.type.value, norm_key(ent.name))].append(ent)
    remap: dict[str, str] = {}
    infos: dict[str, EntityInfo] = {}
    for (_, _), ents in sorted(groups.items()):
        canonical = min(ents, key=lambda e: e.id)
        for e in ents:
            remap[e.id] = canonical.id
        aliases = sorted({a for e in ents for a in (e.name, *e.aliases)} - {canonical.name})
        infos[canonical.id] = EntityInfo(canonical.id, canonical.type, canonical.name, tuple(aliases))
    out = []
    for ex in extractions:
        ents = tuple(replace(e, id=remap[e.id]) for e in ex.entities)
        rels = tuple(replace(r, target=remap.get(r.target, r.target)) for r in ex.relations)
        out.append(replace(ex, entities=ents, relations=rels))
    return Corpus(extractions=tuple(out), entities=tuple(infos[k] for k in sorted(infos)))
