"""The held-out evaluation set (benchmarks/heldout) is well formed and in step with its source.

A broken gold file does not crash the scorer, it silently lowers every score, so the format
rules of GUIDELINES.md are checked here rather than trusted.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from kg.ingest import read_papers
from kg.text import paper_id

HELDOUT = Path(__file__).resolve().parent.parent / "benchmarks" / "heldout"
KEYS = [
    "id",
    "title",
    "benchmark",
    "model",
    "method",
    "task",
    "repo",
    "url",
    "proposed",
    "results",
    "benchmark_roles",
    "model_roles",
    "abstract",
]


def _lines(name: str) -> list[dict]:
    with open(HELDOUT / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return _lines("gold.jsonl")


def test_every_gold_line_has_the_gold_keys_and_a_title_derived_id(gold):
    assert len(gold) == 40
    for g in gold:
        assert list(g) == KEYS, g["title"]
        assert g["id"] == paper_id(g["title"])
    assert len({g["id"] for g in gold}) == len(gold)


def test_every_entity_form_occurs_literally_in_title_or_abstract(gold):
    for g in gold:
        text = g["title"] + "\n" + g["abstract"]
        for t in ("benchmark", "model", "method"):
            for e in g[t]:
                assert set(e) == {"name", "aliases"}
                for form in [e["name"], *e["aliases"]]:
                    assert form in text, (g["title"], t, form)
        for e in g["task"]:
            assert e["name"].lower() in text.lower(), (g["title"], e["name"])
        for link in g["repo"] + g["url"]:
            assert link.lower() in text.lower() and "://" not in link, (g["title"], link)
        assert all(r.startswith("github.com/") and r.count("/") == 2 for r in g["repo"])


def test_roles_cover_exactly_the_listed_benchmarks_and_models(gold):
    allowed = {
        "benchmark": {"introduces", "evaluates_on", "mentions"},
        "model": {"introduces", "uses", "mentions"},
    }
    for g in gold:
        for t, roles in allowed.items():
            assert set(g[f"{t}_roles"]) == {e["name"] for e in g[t]}, (g["title"], t)
            assert set(g[f"{t}_roles"].values()) <= roles, (g["title"], t)


def test_proposed_and_results_refer_to_listed_entities(gold):
    for g in gold:
        names = {e["name"] for t in ("benchmark", "model", "method") for e in g[t]}
        assert set(g["proposed"]) <= names, g["title"]
        introduced = {
            n for t in ("benchmark", "model") for n, r in g[f"{t}_roles"].items() if r == "introduces"
        }
        assert introduced <= set(g["proposed"]), g["title"]
        for r in g["results"]:
            assert set(r) == {"model", "benchmark", "metric", "value"}
            assert r["benchmark"] in {e["name"] for e in g["benchmark"]}, (g["title"], r)
            assert r["model"] in names and r["value"] in g["abstract"], (g["title"], r)


def test_papers_file_is_the_gold_input_and_kg_reads_it(gold):
    papers = _lines("papers.jsonl")
    assert [(p["id"], p["title"], p["abstract"]) for p in papers] == [
        (g["id"], g["title"], g["abstract"]) for g in gold
    ]
    read = read_papers([HELDOUT / "papers.jsonl"])
    assert [(p.title, p.abstract) for p in read] == [(g["title"], g["abstract"]) for g in gold]


def test_gold_file_is_what_make_py_writes_from_the_annotations(gold):
    spec = importlib.util.spec_from_file_location("heldout_make", HELDOUT / "make.py")
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    rebuilt = [make.gold_record(s) for s in make.PAPERS]
    assert rebuilt == gold
    assert [make.problems(g) for g in rebuilt] == [[] for _ in rebuilt]
