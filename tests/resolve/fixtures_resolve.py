"""Hand-made per-paper Extractions for resolution tests (independent of the extractor).

A plain module (not conftest.py): test modules import its helpers by a name no other folder uses."""

from __future__ import annotations

from kg.extract.kb import KBEntry, KnowledgeBase
from kg.model import Entity, EntityType, Evidence, Extraction, Field, Paper, Relation, RelationType
from kg.text import norm_key, paper_id, slug

# (type, form written in paper 1, form written in paper 2): one entity.
MUST_MERGE = [
    ("benchmark", "CIFAR10", "CIFAR-10"),
    ("benchmark", "ImageNet", "Imagenet"),
    ("model", "Stable-Diffusion", "Stable Diffusion"),
    ("model", "GPT-4V", "GPT-4V(ision)"),
    ("model", "DeepSeek R1", "DeepSeek-R1"),
    ("model", "LLaMA", "Llama"),
    ("model", "Qwen2.5 Math", "Qwen2.5-Math"),
    ("method", "Chain-of-Thought", "chain of thought"),
]

# (type, form 1, form 2): two entities.
KEEP_APART = [
    ("benchmark", "CIFAR-10", "CIFAR-100"),
    ("benchmark", "MATH", "Math"),
    ("benchmark", "SCAN", "Scan"),
    ("model", "GPT-4", "GPT-4o"),
    ("model", "Llama-2-7B", "Llama-2-13B"),
    ("model", "Mistral-7B-Instruct", "Mistral-7B"),
    ("model", "CLIP", "Clip"),
]


def paper(abstract: str, title: str | None = None) -> Paper:
    title = title or f"Paper about {abstract[:40]}"
    return Paper(paper_id(title), title, abstract)


def mention(p: Paper, type_: str, name: str, *, kb_id: str | None = None, long_form: str | None = None,
            proposed: bool = False) -> Entity:
    """An entity as the extractor would emit it: evidence at each occurrence of its forms."""
    forms = [name] + ([long_form] if long_form else [])
    ev = []
    for form in forms:
        at = p.abstract.find(form)
        if at >= 0:
            ev.append(Evidence(Field.ABSTRACT, at, at + len(form), rule="test"))
    return Entity(id=kb_id or f"{type_}/{slug(name)}", type=EntityType(type_), name=name,
                  aliases=tuple(f for f in forms if f in p.abstract), proposed=proposed,
                  evidence=tuple(ev), kb_id=kb_id, long_form=long_form)


def extraction(p: Paper, *ents: Entity, rel: RelationType | None = None) -> Extraction:
    rels = tuple(Relation(rel, p.id, e.id, Evidence(Field.ABSTRACT, 0, len(p.abstract))) for e in ents) if rel else ()
    return Extraction(p, ents, rels)


def make_kb(*entries: KBEntry) -> KnowledgeBase:
    aliases: dict[str, set[str]] = {}
    for e in entries:
        for f in e.forms:
            aliases.setdefault(norm_key(f), set()).add(e.id)
    return KnowledgeBase({e.id: e for e in entries}, {k: frozenset(v) for k, v in aliases.items()})


def small_kb() -> KnowledgeBase:
    B, M = EntityType.BENCHMARK, EntityType.MODEL
    return make_kb(
        KBEntry("benchmark/gsm8k", B, "GSM8K", ("Grade School Math 8K",)),
        KBEntry("benchmark/ai2-arc", B, "ARC", ("AI2 Reasoning Challenge", "ARC-Challenge")),
        KBEntry("benchmark/arc-agi", B, "ARC-AGI", ("ARC", "Abstraction and Reasoning Corpus")),
        KBEntry("benchmark/math", B, "MATH", ()),
        KBEntry("model/llama", M, "LLaMA", ("Llama",), organization="Meta", year=2023),
        KBEntry("model/llama-2", M, "Llama 2", (), family="model/llama", organization="Meta"),
        KBEntry("model/llama-2-7b", M, "Llama-2-7B", (), family="model/llama-2"),
    )
