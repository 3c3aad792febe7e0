"""Every Evidence, Relation and Entity the extractor returns is made by the model's own
constructor, so whatever `kg/model.py` gains (a field with a default, a check in `__post_init__`,
a dropped `slots=True`) holds for extracted values too, with no second way of building them."""

from __future__ import annotations

import pickle
from dataclasses import replace
from pathlib import Path

import pytest

from kg.ingest import IngestReport, read_papers
from kg.model import Entity, Evidence, Relation

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def seed_papers():
    return list(read_papers([SEEDS], report=IngestReport()))[:40]


def test_every_extracted_value_went_through_its_constructor(extractor, seed_papers, monkeypatch):
    made: set[int] = set()
    for cls in (Evidence, Relation, Entity):
        init = cls.__init__

        def counting(self, *args, _init=init, **kwargs):
            made.add(id(self))
            _init(self, *args, **kwargs)

        monkeypatch.setattr(cls, "__init__", counting)
    out = [extractor.extract(p) for p in seed_papers]  # `out` keeps every value alive: ids stay unique
    values = []
    for x in out:
        for v in (*x.entities, *x.relations):
            values.append(v)
            values.extend(v.evidence if isinstance(v, Entity) else (v.evidence,))
    assert len(values) > 200
    assert [v for v in values if id(v) not in made] == []


def test_extracted_values_copy_replace_and_pickle(extractor, seed_papers):
    x = next(x for p in seed_papers if (x := extractor.extract(p)).relations)
    for v in (*x.entities, *x.relations):
        assert pickle.loads(pickle.dumps(v)) == v and hash(replace(v)) == hash(v)
