"""The small records workers send back: an Extraction's parts as plain tuples of str and int.

Pickling the frozen dataclasses themselves costs about 100 us per paper to dump in the worker
and 180 us to load in the caller (each object goes through a Python-level `__setstate__`);
plain tuples cost 17 us to dump and 6 us to load, plus about 110 us to rebuild the dataclasses,
so the caller, which merges every worker's output on its own core, stays ahead of the workers.

The codec spells out each class's fields. `CODEC_FIELDS` records the fields it knows; if
kg.model gains a field this module has not learnt, `packable()` turns false and engines ship
the dataclasses as they are: slower, never lossy.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from kg.model import Entity, EntityType, Evidence, Field, Relation, RelationType, Result

# (entities, relations, results) of one paper, as the extractor found them
Found = tuple[tuple[Entity, ...], tuple[Relation, ...], tuple[Result, ...]]
Packed = tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]

CODEC_FIELDS = {
    Evidence: ("field", "start", "end", "rule", "confidence"),
    Entity: ("id", "type", "name", "aliases", "proposed", "evidence", "kb_id", "long_form"),
    Relation: ("type", "source", "target", "evidence"),
    Result: ("model", "benchmark", "metric", "value", "evidence"),
}
_ETYPE = {t.value: t for t in EntityType}
_RTYPE = {t.value: t for t in RelationType}
_FIELD = {f.value: f for f in Field}


def packable() -> bool:
    """True when the codec covers every field of the model classes it encodes."""
    return all(tuple(f.name for f in fields(cls)) == names for cls, names in CODEC_FIELDS.items())


def _ev(v: Evidence) -> tuple[Any, ...]:
    return (v.field.value, v.start, v.end, v.rule, v.confidence)


def _unev(t: tuple[Any, ...]) -> Evidence:
    return Evidence(_FIELD[t[0]], t[1], t[2], t[3], t[4])


def pack(found: Found) -> Packed:
    """One paper's findings as nested tuples of plain values (cheap to pickle and unpickle)."""
    ents, rels, results = found
    return (
        [(e.id, e.type.value, e.name, e.aliases, e.proposed, tuple(map(_ev, e.evidence)), e.kb_id, e.long_form)
         for e in ents],
        [(r.type.value, r.source, r.target, _ev(r.evidence)) for r in rels],
        [(r.model, r.benchmark, r.metric, r.value, _ev(r.evidence) if r.evidence else None) for r in results],
    )


def unpack(packed: Packed) -> Found:
    """The inverse of `pack`: equal dataclasses, field for field."""
    ents, rels, results = packed
    return (
        tuple(Entity(i, _ETYPE[t], n, tuple(a), p, tuple(map(_unev, ev)), k, lf)
              for i, t, n, a, p, ev, k, lf in ents),
        tuple(Relation(_RTYPE[t], s, g, _unev(ev)) for t, s, g, ev in rels),
        tuple(Result(m, b, mt, v, _unev(ev) if ev else None) for m, b, mt, v, ev in results),
    )
