"""Incremental builds: a new listing in an existing output folder extracts only the new papers,
and the result equals a full rebuild byte for byte."""

from __future__ import annotations

import json

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kg.pipeline
from kg.cache import CACHE_DIR, CACHE_FILE, _decode, _encode
from kg.model import Entity, EntityType, Evidence, Extraction, Field, Paper, Relation, RelationType, Result
from kg.overrides import Overrides
from kg.pipeline import EXPORTS, BuildSettings, build

OLD = [
    ("DeMamba: AI-Generated Video Detection on the GenVideo Benchmark",
     ("We introduce GenVideo, a dataset of one million generated videos, and Detail Mamba (DeMamba), "
      "a module that detects them. DeMamba outperforms prior detectors on GenVideo. Code: "
      "https://github.com/chenhaoxing/DeMamba.")),
    ("Reinforced Fine-Tuning for Math Reasoning",
     ("We propose ReFT and evaluate it on GSM8K and MATH with Llama-2-7B and CodeLlama. ReFT reaches "
      "75.3% accuracy on GSM8K, outperforming supervised fine-tuning with chain-of-thought.")),
]
NEW = [
    ("Detecting Generated Videos at Scale",
     ("Detectors trained on GenVideo generalise poorly; we evaluate on GenVideo and Kinetics-400 with "
      "CLIP and Stable Diffusion features.")),
    OLD[1],  # listed again: the same paper, one more source
]


def listing(path, papers):
    path.write_text("".join(json.dumps({"title": t, "abstract": a}) + "\n" for t, a in papers), encoding="utf-8")
    return path


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    return listing(folder / "a.jsonl", OLD), listing(folder / "b.jsonl", NEW)


@pytest.fixture
def spy(monkeypatch):
    """The titles each build hands to the extractor."""
    calls: list[list[str]] = []
    real = kg.pipeline.extract_papers

    def extract_papers(papers, **kw):
        calls.append(sorted(p.title for p in papers))
        return real(papers, **kw)

    monkeypatch.setattr(kg.pipeline, "extract_papers", extract_papers)
    return calls


def exports(folder) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in EXPORTS}


def test_a_new_listing_extracts_only_new_papers_and_equals_a_full_rebuild(tmp_path, inputs, spy):
    a, b = inputs
    inc, full = tmp_path / "inc", tmp_path / "full"
    build([a], out_dir=inc)
    assert spy == [sorted(t for t, _ in OLD)]
    build([a, b], out_dir=inc)
    assert spy[1] == [NEW[0][0]]  # only the paper never seen before
    build([a, b], out_dir=full)
    assert exports(inc) == exports(full)
    line = next(json.loads(x) for x in (inc / "papers.jsonl").read_text().splitlines() if "ReFT" in x)
    assert len(line["sources"]) == 2  # the cached paper carries its new listing too


def test_changed_overrides_extract_again(tmp_path, inputs, spy):
    a, _ = inputs
    out = tmp_path / "out"
    build([a], out_dir=out)
    build([a], out_dir=out)
    build([a], out_dir=out, settings=BuildSettings(overrides=Overrides(block=("MATH",))))
    assert [len(c) for c in spy] == [2, 2]  # the second build reused everything, the third nothing


def test_a_broken_cache_is_ignored(tmp_path, inputs, spy):
    a, _ = inputs
    out = tmp_path / "out"
    build([a], out_dir=out)
    before = exports(out)
    (out / CACHE_DIR / CACHE_FILE).write_bytes(b"not a cache file")
    build([a], out_dir=out)
    assert len(spy) == 2 and exports(out) == before


def test_a_damaged_cache_line_is_extracted_again(tmp_path, inputs, spy):
    a, _ = inputs
    out = tmp_path / "out"
    build([a], out_dir=out)
    before = exports(out)
    path = out / CACHE_DIR / CACHE_FILE
    lines = path.read_bytes().splitlines()
    path.write_bytes(b"\n".join([*lines[:-1], lines[-1][:80]]) + b"\n")  # the last paper's line cut short
    build([a], out_dir=out)
    assert len(spy) == 2 and len(spy[1]) == 1 and exports(out) == before


evidence = st.builds(Evidence, st.sampled_from(list(Field)), st.integers(0, 500), st.integers(0, 500),
                     st.text(max_size=12), st.floats(0, 1))
entities = st.builds(Entity, st.text(min_size=1, max_size=20), st.sampled_from(list(EntityType)), st.text(max_size=20),
                     st.lists(st.text(max_size=10), max_size=3).map(tuple), st.booleans(),
                     st.lists(evidence, max_size=3).map(tuple), st.none() | st.text(max_size=10),
                     st.none() | st.text(max_size=20))
relations = st.builds(Relation, st.sampled_from(list(RelationType)), st.text(max_size=10), st.text(max_size=10), evidence)
results = st.builds(Result, st.text(max_size=8), st.text(max_size=8), st.text(max_size=8), st.text(max_size=8),
                    st.none() | evidence)


@settings(max_examples=60, deadline=None)
@given(st.lists(entities, max_size=4), st.lists(relations, max_size=4), st.lists(results, max_size=2))
def test_cache_lines_round_trip(ents, rels, res):
    paper = Paper("0123456789", "A title", "An abstract.")
    ex = Extraction(paper, tuple(ents), tuple(rels), tuple(res))
    line = orjson.dumps(["0" * 64, *_encode(ex)])
    assert _decode(paper, line) == ex
