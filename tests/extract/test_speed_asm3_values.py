"""The extractor builds Evidence, Relation and Entity values through their slots' setters: each
equals, hashes, prints and pickles as the value the dataclass constructor makes from the same
fields, on every value of the seed papers and on generated fields; a changed model falls back."""

from __future__ import annotations

import pickle
from dataclasses import astuple, dataclass, fields
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.build import _entity_value, _evidence, _relation, _slot_setters
from kg.ingest import IngestReport, read_papers
from kg.model import Entity, EntityType, Evidence, Field, Relation, RelationType

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _rebuilt(v):
    """The same value made by its class's own constructor."""
    return type(v)(*(getattr(v, f.name) for f in fields(v)))


def _same(v, want) -> None:
    assert type(v) is type(want)
    assert v == want and hash(v) == hash(want) and repr(v) == repr(want)
    assert pickle.loads(pickle.dumps(v)) == want
    assert astuple(v) == astuple(want)


def test_seed_values_equal_the_constructors(extractor):
    n = 0
    for p in read_papers([SEEDS], report=IngestReport()):
        x = extractor.extract(p)
        for v in list(x.entities) + list(x.relations):
            _same(v, _rebuilt(v))
            evs = v.evidence if isinstance(v, Entity) else (v.evidence,)
            for ev in evs:
                _same(ev, _rebuilt(ev))
            n += 1
    assert n > 500


TEXT = st.text(max_size=8)
OPT = st.one_of(st.none(), TEXT)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(list(Field)), st.integers(0, 10**6), st.integers(0, 10**6), TEXT,
       st.floats(allow_nan=False), st.sampled_from(list(RelationType)), TEXT, TEXT,
       st.sampled_from(list(EntityType)), st.lists(TEXT, max_size=3), st.booleans(), OPT, OPT)
def test_generated_values_equal_the_constructors(f, s, e, rule, conf, rt, src, tgt, et, aliases, prop, kb, lf):
    ev = _evidence(f, s, e, rule, conf)
    _same(ev, Evidence(f, s, e, rule=rule, confidence=conf))
    _same(_evidence(f, s, e, rule), Evidence(f, s, e, rule=rule))
    _same(_relation(rt, src, tgt, ev), Relation(rt, src, tgt, ev))
    _same(_entity_value(src, et, tgt, tuple(aliases), prop, (ev,), kb, lf),
          Entity(src, et, tgt, tuple(aliases), prop, (ev,), kb, lf))
    _same(_entity_value(src, et, tgt, (), prop, ()), Entity(src, et, tgt, (), prop, ()))


def test_a_class_with_other_fields_gets_no_setters():
    @dataclass(frozen=True, slots=True)
    class Two:
        a: int
        b: int = 0

    assert _slot_setters(Two, ("a", "b")) is not None
    assert _slot_setters(Two, ("a",)) is None  # a field added to the model: the plain constructor
    assert _slot_setters(Evidence, ("field", "start", "end", "rule", "confidence")) is not None
