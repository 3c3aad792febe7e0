"""A small hand-made corpus for the RDF, SHACL and SPARQL tests, built from kg.model values.

Four papers with known links, so every named query has an answer to assert, independent of
the extractor. Shared by tests/export and tests/query (`from query.corpus import ...`).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

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

B, M, ME, T, R, U = (EntityType.BENCHMARK, EntityType.MODEL, EntityType.METHOD, EntityType.TASK,
                     EntityType.REPOSITORY, EntityType.URL)
P1, P2, P3, P4 = "a1a1a1a1a1", "b2b2b2b2b2", "c3c3c3c3c3", "d4d4d4d4d4"


def _sentence(text: str, needle: str, rule: str = "test", conf: float = 1.0) -> Evidence:
    """The sentence of `text` (sentences end with '. ') holding `needle`."""
    at = text.index(needle)
    start = text.rfind(". ", 0, at)
    start = 0 if start < 0 else start + 2
    end = text.find(". ", at)
    end = len(text) if end < 0 else end + 1
    return Evidence(Field.ABSTRACT, start, end, rule, conf)


def _mention(text: str, needle: str, conf: float = 0.9) -> Evidence:
    start = text.index(needle)
    return Evidence(Field.ABSTRACT, start, start + len(needle), "kb:exact", conf)


def _paper(pid, title, abstract, dates, ents, rels, results=()) -> Extraction:
    sources = tuple(Source(f"listing-{i}.txt", d) for i, d in enumerate(dates))
    paper = Paper(pid, title, abstract, sources=sources)
    entities = tuple(Entity(eid, typ, name, (name,), proposed, (_mention(abstract, name),))
                     for eid, typ, name, proposed in ents)
    relations = tuple(Relation(rt, src, tgt, _sentence(abstract, needle, rule)) for rt, src, tgt, needle, rule in rels)
    res = tuple(Result(m, b, met, v, _sentence(abstract, v)) for m, b, met, v in results)
    return Extraction(paper, entities, relations, res)


def fixture_corpus() -> Corpus:
    a1 = ("We introduce GSM-Hard, a harder version of grade school math. We evaluate GPT-4 on GSM8K. "
          "GPT-4 reaches 92.0 accuracy and Llama 2 reaches 56.8 on GSM8K. "
          "Code is at https://github.com/a/gsmhard. This addresses math word problems.")
    a2 = ("We train Llama 2 on GSM8K, MATH and GSM-Hard. We compare with GPT-4. "
          "Our Llama 2 reaches 61.5 on GSM8K. Code: https://github.com/b/mathr.")
    a3 = ("We fine-tune a vision model with LoRA and evaluate on ImageNet. Unlike GSM8K, images. "
          "We also use LoRA as a model. Project page: https://example.org/vis.")
    a4 = ('Tricky text: "quotes", a back\\slash, tab\there, new\nline, é and 𝔸. We evaluate on MATH. '
          "Code at https://github.com/c/x.")
    px1 = _paper(P1, "GSM-Hard: Harder Grade School Math", a1, ["Mar 11"],
                 [("benchmark/gsm-hard", B, "GSM-Hard", True), ("benchmark/gsm8k", B, "GSM8K", False),
                  ("model/gpt-4", M, "GPT-4", False), ("model/llama-2", M, "Llama 2", False),
                  ("repository/github-com-a-gsmhard", R, "github.com/a/gsmhard", False),
                  ("task/math-word-problems", T, "math word problems", False)],
                 [(RelationType.PROPOSES, P1, "benchmark/gsm-hard", "We introduce", "intro:verb"),
                  (RelationType.EVALUATES_ON, P1, "benchmark/gsm8k", "We evaluate GPT-4", "role:own-work"),
                  (RelationType.USES_MODEL, P1, "model/gpt-4", "We evaluate GPT-4", "role:own-work"),
                  (RelationType.HAS_CODE, P1, "repository/github-com-a-gsmhard", "Code is at", "url:repository"),
                  (RelationType.ADDRESSES_TASK, P1, "task/math-word-problems", "This addresses", "task:head"),
                  (RelationType.IMPLEMENTS, "repository/github-com-a-gsmhard", "benchmark/gsm-hard", "Code is at",
                   "code:ties")],
                 [("GPT-4", "GSM8K", "accuracy", "92.0"), ("Llama 2", "GSM8K", "accuracy", "56.8")])
    px2 = _paper(P2, "Better Math Reasoning for Small Models", a2, ["Mar 11"],
                 [("model/llama-2", M, "Llama 2", False), ("benchmark/gsm8k", B, "GSM8K", False),
                  ("benchmark/math", B, "MATH", False), ("benchmark/gsm-hard", B, "GSM-Hard", False),
                  ("model/gpt-4", M, "GPT-4", False), ("repository/github-com-b-mathr", R, "github.com/b/mathr", False)],
                 [(RelationType.USES_MODEL, P2, "model/llama-2", "We train", "role:own-work"),
                  (RelationType.EVALUATES_ON, P2, "benchmark/gsm8k", "We train", "role:own-work"),
                  (RelationType.EVALUATES_ON, P2, "benchmark/math", "We train", "role:own-work"),
                  (RelationType.EVALUATES_ON, P2, "benchmark/gsm-hard", "We train", "role:own-work"),
                  (RelationType.COMPARES_WITH, P2, "model/gpt-4", "We compare", "role:compared"),
                  (RelationType.HAS_CODE, P2, "repository/github-com-b-mathr", "Code:", "url:repository")],
                 [("Llama 2", "gsm8k", "accuracy", "61.5")])
    px3 = _paper(P3, "Low-Rank Adaptation for Vision", a3, ["Jul 29"],
                 [("method/lora", ME, "LoRA", False), ("benchmark/imagenet", B, "ImageNet", False),
                  ("benchmark/gsm8k", B, "GSM8K", False), ("url/example-org-vis", U, "https://example.org/vis", False)],
                 [(RelationType.USES_METHOD, P3, "method/lora", "We fine-tune", "role:own-work"),
                  (RelationType.EVALUATES_ON, P3, "benchmark/imagenet", "We fine-tune", "role:own-work"),
                  (RelationType.USES_MODEL, P3, "method/lora", "We also use", "role:own-work"),  # wrong type
                  (RelationType.HAS_LINK, P3, "url/example-org-vis", "Project page", "url:project_page")])
    px4 = _paper(P4, 'A "Quoted" Title with é, 𝔸 and a back\\slash', a4, ["Jul 29", "Mar 14"],
                 [("benchmark/math", B, "MATH", False), ("repository/github-com-c-x", R, "github.com/c/x", False)],
                 [(RelationType.EVALUATES_ON, P4, "benchmark/math", "We evaluate on MATH", "role:own-work"),
                  (RelationType.HAS_CODE, P4, "repository/github-com-c-x", "Code at", "url:repository")])
    infos = [
        EntityInfo("benchmark/gsm8k", B, "GSM8K", ("GSM-8K", "Grade School Math 8K"),
                   (("area", "nlp"), ("organization", "OpenAI"), ("year", "2021"))),
        EntityInfo("benchmark/gsm-hard", B, "GSM-Hard"),
        EntityInfo("benchmark/math", B, "MATH"),
        EntityInfo("benchmark/imagenet", B, "ImageNet"),
        EntityInfo("model/gpt-4", M, "GPT-4", ("GPT4",)),
        EntityInfo("model/llama", M, "Llama"),
        EntityInfo("model/llama-2", M, "Llama 2", ("LLaMA-2",), parent="model/llama"),
        EntityInfo("method/lora", ME, "LoRA", ("Low-Rank Adaptation",)),
        EntityInfo("task/math-word-problems", T, "math word problems"),
        EntityInfo("repository/github-com-a-gsmhard", R, "github.com/a/gsmhard"),
        EntityInfo("repository/github-com-b-mathr", R, "github.com/b/mathr"),
        EntityInfo("repository/github-com-c-x", R, "github.com/c/x"),
        EntityInfo("url/example-org-vis", U, "https://example.org/vis"),
    ]
    return Corpus((px1, px2, px3, px4), tuple(sorted(infos, key=lambda e: e.id)))


def export_rdf(corpus: Corpus, out: Path) -> Path:
    """graph.ttl, graph.nt and store/ of `corpus` in `out`, as `kg build` writes them."""
    from kg.export.atomic import atomic_write
    from kg.export.rdf import rdf_document, write_nt, write_turtle
    from kg.export.store import write_store

    doc = rdf_document(corpus)
    atomic_write(out / "graph.ttl", lambda fh: write_turtle(doc, fh), binary=True)
    atomic_write(out / "graph.nt", lambda fh: write_nt(doc, fh), binary=True)
    write_store(out / "graph.nt", out, describes=[out / "graph.ttl"])
    return out


@lru_cache(maxsize=1)
def seeds_corpus() -> Corpus:
    """The seeds through the real pipeline (once per test process)."""
    from kg.pipeline import build_corpus

    return build_corpus([Path(__file__).resolve().parents[2] / "seeds"])
