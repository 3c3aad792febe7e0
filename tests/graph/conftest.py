"""A tiny hand-made corpus of three papers: fast, and independent of the extractor's accuracy."""

from __future__ import annotations

import pytest

from kg.graph import KnowledgeGraph
from kg.model import Entity, EntityType, Evidence, Extraction, Field, Paper, Relation, RelationType, Result
from kg.resolve import resolve

B, M, ME = EntityType.BENCHMARK, EntityType.MODEL, EntityType.METHOD


def ent(paper: Paper, type_: EntityType, name: str, *forms: str, **kw) -> Entity:
    """An entity whose evidence is every occurrence of its forms in the abstract."""
    evidence = []
    for form in (name, *forms):
        start = paper.abstract.find(form)
        while start >= 0:
            evidence.append(Evidence(Field.ABSTRACT, start, start + len(form), rule="test"))
            start = paper.abstract.find(form, start + 1)
    return Entity(id=f"{type_.value}/{name.lower()}", type=type_, name=name, aliases=(name, *forms),
                  evidence=tuple(evidence), **kw)


def rel(paper: Paper, type_: RelationType, target: Entity) -> Relation:
    return Relation(type_, paper.id, target.id, Evidence(Field.ABSTRACT, 0, len(paper.abstract), rule="test"))


def tiny_extractions() -> list[Extraction]:
    p1 = Paper("a000000001", "Chain prompting for math",
               "We propose ChainPrompt. ChainPrompt reaches 92.1% accuracy on GSM8K. "
               "We also test on the AI2 Reasoning Challenge (ARC).", published="2024-01-10")
    p2 = Paper("a000000002", "Scaling vision models",
               "We fine-tune Stable Diffusion on CIFAR-10 (CIFAR10), unlike prior GSM8K work and ChainPrompt.",
               published="2024-03-01")
    p3 = Paper("a000000003", "Abstract reasoning",
               "The Abstraction and Reasoning Corpus (ARC) is hard for Stable-Diffusion.", published="2024-02-01")
    gsm1, cp1 = ent(p1, B, "GSM8K"), ent(p1, ME, "ChainPrompt", proposed=True)
    arc1 = ent(p1, B, "ARC", "AI2 Reasoning Challenge", long_form="AI2 Reasoning Challenge")
    sd2, cifar2 = ent(p2, M, "Stable Diffusion"), ent(p2, B, "CIFAR-10", "CIFAR10")
    gsm2 = ent(p2, B, "GSM8K")
    arc3 = ent(p3, B, "ARC", "Abstraction and Reasoning Corpus", long_form="Abstraction and Reasoning Corpus")
    sd3 = ent(p3, M, "Stable-Diffusion")
    result = Result("ChainPrompt", "GSM8K", "accuracy", "92.1%", Evidence(Field.ABSTRACT, 24, 68))
    return [
        Extraction(p1, (gsm1, cp1, arc1), (rel(p1, RelationType.PROPOSES, cp1), rel(p1, RelationType.EVALUATES_ON, gsm1),
                                           rel(p1, RelationType.EVALUATES_ON, arc1)), (result,)),
        Extraction(p2, (sd2, cifar2, gsm2), (rel(p2, RelationType.USES_MODEL, sd2),
                                             rel(p2, RelationType.EVALUATES_ON, cifar2))),
        Extraction(p3, (arc3, sd3), (rel(p3, RelationType.EVALUATES_ON, arc3),)),
    ]


@pytest.fixture(scope="session")
def tiny_kg() -> KnowledgeGraph:
    return KnowledgeGraph.from_corpus(resolve(tiny_extractions()))
