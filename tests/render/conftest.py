"""Small hand-made corpora for the explorer: a few real-looking papers and a few hostile ones.

Built from kg.model values directly, so these tests do not depend on the extractor.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.graph import KnowledgeGraph
from kg.model import (
    Corpus,
    Entity,
    EntityInfo,
    EntityType,
    Evidence,
    Extraction,
    Field,
    Paper,
    Relation,
    RelationType,
    Result,
    Source,
)

SENTINEL = "__pwned"  # what every hostile payload below would set on window


def _span(text: str, needle: str, field: Field = Field.ABSTRACT, rule: str = "test") -> Evidence:
    start = text.index(needle)
    return Evidence(field, start, start + len(needle), rule)


def _sentence(text: str, needle: str) -> Evidence:
    """The sentence of `text` holding `needle` (sentences end with '. ')."""
    at = text.index(needle)
    start = text.rfind(". ", 0, at)
    start = 0 if start < 0 else start + 2
    end = text.find(". ", at)
    return Evidence(Field.ABSTRACT, start, len(text) if end < 0 else end + 1, "test")


def _paper(pid: str, title: str, abstract: str, mentions: list[tuple[str, str, RelationType, bool]],
           date: str = "Mar 11", results: tuple[tuple[str, str, str, str], ...] = ()) -> Extraction:
    """mentions: (entity id, surface form in the abstract, relation, proposed);
    results: (model, benchmark, metric, value), the value's sentence as evidence."""
    paper = Paper(id=pid, title=title, abstract=abstract, sources=(Source("seeds/a.txt", date, 1),))
    ents, rels = [], []
    for eid, form, rel, proposed in mentions:
        etype = EntityType(eid.split("/")[0])
        ents.append(Entity(eid, etype, form, (form,), proposed, (_span(abstract, form),)))
        rels.append(Relation(rel, pid, eid, _sentence(abstract, form)))
    res = tuple(Result(m, b, metric, v, _sentence(abstract, v)) for m, b, metric, v in results)
    return Extraction(paper, tuple(ents), tuple(rels), res)


GOOD = [
    _paper("p-reft", "ReFT: Reasoning with Reinforced Fine-Tuning",
           "We propose ReFT to improve reasoning. Extensive experiments on GSM8K and SVAMP show that ReFT "
           "outperforms SFT. Code is at https://github.com/lqtrung1998/mwp_ReFT.",
           [("method/reft", "ReFT", RelationType.PROPOSES, True),
            ("benchmark/gsm8k", "GSM8K", RelationType.EVALUATES_ON, False),
            ("benchmark/svamp", "SVAMP", RelationType.EVALUATES_ON, False),
            ("repository/github-com-lqtrung1998-mwp-reft", "github.com/lqtrung1998/mwp_ReFT",
             RelationType.HAS_CODE, False)]),
    _paper("p-cpl", "CPL: Critical Plan Step Learning Boosts LLM Generalization",
           "Trained on GSM8K and MATH, our method CPL improves performance on HumanEval. We build on LLaMA-2. "
           "CPL gains 10.5% accuracy on GSM8K.",
           [("method/cpl", "CPL", RelationType.PROPOSES, True),
            ("benchmark/gsm8k", "GSM8K", RelationType.EVALUATES_ON, False),
            ("benchmark/math", "MATH", RelationType.EVALUATES_ON, False),
            ("model/llama-2", "LLaMA-2", RelationType.USES_MODEL, False)], date="Sep 13",
           results=(("CPL", "GSM8K", "accuracy", "10.5%"),)),
    _paper("p-mme", "Challenge LLMs to Reason About Reasoning",
           "Current benchmarks such as GSM8K are saturated. We evaluate GPT-4 with a new protocol.",
           [("benchmark/gsm8k", "GSM8K", RelationType.MENTIONS, False),
            ("model/gpt-4", "GPT-4", RelationType.USES_MODEL, False)]),
]

HOSTILE = [
    _paper("p-img", f'<img src=x onerror="window.{SENTINEL}=1">Hostile title',
           f"</script><script>window.{SENTINEL}=2</script> Templates {{{{7*7}}}} and ${{7*7}} stay text. "
           f"We test <svg onload=window.{SENTINEL}=3> on BadBench. <!-- not a comment",
           [("benchmark/badbench", "BadBench", RelationType.EVALUATES_ON, False)]),
    _paper("p-js", "A paper whose project page is a javascript: link",
           f"Our page is javascript:window.{SENTINEL}=4 and we use <b onmouseover=window.{SENTINEL}=5>Evil</b>.",
           [("url/javascript-window-pwned-4", f"javascript:window.{SENTINEL}=4", RelationType.HAS_LINK, False),
            ("model/evil", f"<b onmouseover=window.{SENTINEL}=5>Evil</b>", RelationType.USES_MODEL, True)]),
]


def entities(extractions: list[Extraction]) -> tuple[EntityInfo, ...]:
    """Corpus-wide entities: one per id, aliases from every paper, a KB alias for GSM8K."""
    seen: dict[str, EntityInfo] = {}
    for ex in extractions:
        for e in ex.entities:
            if e.id in seen:
                continue
            aliases = ("GSM-8K", "Grade School Math 8K") if e.id == "benchmark/gsm8k" else e.aliases
            seen[e.id] = EntityInfo(e.id, e.type, e.name, tuple(sorted(set(aliases) | {e.name})))
    return tuple(seen[k] for k in sorted(seen))


def make_corpus(extractions: list[Extraction]) -> Corpus:
    return Corpus(tuple(extractions), entities(extractions))


@pytest.fixture(scope="session")
def small_kg() -> KnowledgeGraph:
    """Three ordinary papers and two hostile ones, with the Corpus (evidence spans) attached."""
    return KnowledgeGraph.from_corpus(make_corpus(GOOD + HOSTILE))


def chromium_path() -> str | None:
    for p in ("/usr/bin/chromium", shutil.which("chromium") or "", shutil.which("chromium-browser") or ""):
        if p and Path(p).exists():
            return p
    return None


ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """One headless Chromium for the session; missing Chromium fails under CI=true, else skips."""
    path = chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - environment problem
        path = None
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium and Playwright are needed for the browser tests (.ci/run installs them)")
        pytest.skip("Chromium or Playwright not installed")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=path, args=ARGS)
        yield b
        b.close()
