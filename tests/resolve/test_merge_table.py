"""The table of the issue: spellings of one thing are one entity, different things stay two."""

from __future__ import annotations

import pytest
from fixtures_resolve import KEEP_APART, MUST_MERGE, extraction, mention, paper

from kg.model import Entity, EntityType, Evidence, Extraction, Field, RelationType
from kg.resolve import resolve
from kg.text import slug


def two_papers(type_: str, a: str, b: str, **kw):
    p1, p2 = paper(f"We evaluate {a} here."), paper(f"Results with {b} are shown.")
    return [extraction(p1, mention(p1, type_, a, **kw)), extraction(p2, mention(p2, type_, b, **kw))]


def ids(corpus) -> list[str]:
    return [e.id for ex in corpus.extractions for e in ex.entities]


@pytest.mark.parametrize(("type_", "a", "b"), MUST_MERGE, ids=lambda x: str(x))
def test_spelling_variants_are_one_entity(type_, a, b):
    corpus = resolve(two_papers(type_, a, b))
    first, second = ids(corpus)
    assert first == second
    (info,) = corpus.entities
    assert {a, b} <= {info.name, *info.aliases}


@pytest.mark.parametrize(("type_", "a", "b"), KEEP_APART, ids=lambda x: str(x))
def test_different_things_stay_two_entities(type_, a, b):
    corpus = resolve(two_papers(type_, a, b))
    first, second = ids(corpus)
    assert first != second
    assert len(corpus.entities) == 2


@pytest.mark.parametrize(("type_", "a", "b"), MUST_MERGE + KEEP_APART, ids=lambda x: str(x))
def test_paper_order_does_not_change_the_entities(type_, a, b):
    forward = resolve(two_papers(type_, a, b))
    backward = resolve(list(reversed(two_papers(type_, a, b))))
    assert forward.entities == backward.entities


def test_kb_aliases_and_case_rules_merge_through_the_kb(small_kb):
    p1, p2, p3 = paper("Our LLaMA runs."), paper("A Llama model."), paper("Grade School Math 8K and GSM8K.")
    corpus = resolve([
        extraction(p1, mention(p1, "model", "LLaMA", kb_id="model/llama")),
        extraction(p2, mention(p2, "model", "Llama")),  # not linked by the extractor: the KB alias links it
        extraction(p3, mention(p3, "benchmark", "Grade School Math 8K"), mention(p3, "benchmark", "GSM8K")),
    ], kb=small_kb)
    assert [e.id for e in corpus.extractions[1].entities] == ["model/llama"]
    assert [e.id for e in corpus.extractions[2].entities] == ["benchmark/gsm8k"]  # one per paper
    llama = next(e for e in corpus.entities if e.id == "model/llama")
    assert llama.name == "LLaMA" and ("organization", "Meta") in llama.attrs


def test_dictionary_word_does_not_join_the_kb_entry(small_kb):
    p = paper("We study math reasoning.")
    corpus = resolve([extraction(p, mention(p, "benchmark", "math"))], kb=small_kb)
    (ent,) = corpus.extractions[0].entities
    assert ent.kb_id is None and ent.id != "benchmark/math"  # not even by a coincidence of slugs


def test_one_acronym_with_two_long_forms_is_two_entities():
    p1 = paper("The AI2 Reasoning Challenge (ARC) is used.")
    p2 = paper("The Abstraction and Reasoning Corpus (ARC) is used.")
    p3 = paper("We report ARC and nothing else.")
    corpus = resolve([
        extraction(p1, mention(p1, "benchmark", "ARC", long_form="AI2 Reasoning Challenge")),
        extraction(p2, mention(p2, "benchmark", "ARC", long_form="Abstraction and Reasoning Corpus")),
        extraction(p3, mention(p3, "benchmark", "ARC")),
    ])
    got = [ex.entities[0].id for ex in corpus.extractions]
    assert len(set(got)) == 3  # the bare ARC could be either: it joins neither
    longs = {dict(e.attrs).get("long_form") for e in corpus.entities}
    assert {"AI2 Reasoning Challenge", "Abstraction and Reasoning Corpus"} <= longs
    assert "benchmark/arc-ai2-reasoning-challenge" in got


def test_acronym_defined_once_joins_its_bare_uses_and_long_form():
    p1 = paper("We introduce Detail Mamba (DeMamba), a module.")
    p2 = paper("DeMamba is strong.")
    p3 = paper("Unlike Detail Mamba, ours is fast.")
    corpus = resolve([
        extraction(p1, mention(p1, "method", "DeMamba", long_form="Detail Mamba", proposed=True)),
        extraction(p2, mention(p2, "method", "DeMamba")),
        extraction(p3, mention(p3, "method", "Detail Mamba")),
    ])
    assert len({ex.entities[0].id for ex in corpus.extractions}) == 1
    (info,) = corpus.entities
    assert info.name == "DeMamba" and "Detail Mamba" in info.aliases


def test_kb_entries_sharing_an_alias_stay_apart(small_kb):
    p1, p2 = paper("On ARC-Challenge we win."), paper("On ARC-AGI we lose.")
    corpus = resolve([
        extraction(p1, mention(p1, "benchmark", "ARC-Challenge", kb_id="benchmark/ai2-arc")),
        extraction(p2, mention(p2, "benchmark", "ARC-AGI", kb_id="benchmark/arc-agi")),
    ], kb=small_kb)
    assert [ex.entities[0].id for ex in corpus.extractions] == ["benchmark/ai2-arc", "benchmark/arc-agi"]


def test_versions_and_sizes_link_to_their_family(small_kb):
    p1 = paper("We fine-tune Mistral-7B-Instruct and Mistral-7B and Llama-2-7B.")
    corpus = resolve([extraction(p1, mention(p1, "model", "Mistral-7B-Instruct"),
                                 mention(p1, "model", "Mistral-7B"),
                                 mention(p1, "model", "Llama-2-7B", kb_id="model/llama-2-7b"))], kb=small_kb)
    by_id = {e.id: e for e in corpus.entities}
    assert by_id["model/mistral-7b-instruct"].parent == "model/mistral-7b"
    assert by_id["model/llama-2-7b"].parent == "model/llama-2"  # from the KB, added though unmentioned
    assert by_id["model/llama-2"].parent == "model/llama"


def test_a_name_is_typed_the_way_most_papers_type_it():
    ps = [paper(f"Paper {i} evaluates on FooBench.") for i in range(3)]
    types = ["benchmark", "benchmark", "model"]
    exs = [extraction(p, mention(p, t, "FooBench"), rel=RelationType.USES_MODEL if t == "model"
                      else RelationType.EVALUATES_ON) for p, t in zip(ps, types)]
    corpus = resolve(exs)
    (info,) = corpus.entities
    assert info.type is EntityType.BENCHMARK
    assert corpus.extractions[2].relations[0].type is RelationType.EVALUATES_ON  # retyped with its target


def test_an_introduced_name_is_found_in_every_paper_that_uses_it():
    p1 = paper("We introduce GenVideo, a new benchmark.")
    p2 = paper("Detectors trained on GenVideo generalise; GenVideoX is another thing.")
    p3 = paper("Nothing here mentions genvideos or MyGenVideo.")
    corpus = resolve([extraction(p1, mention(p1, "benchmark", "GenVideo", proposed=True)),
                      extraction(p2), extraction(p3)])
    (found,) = corpus.extractions[1].entities
    assert found.id == "benchmark/genvideo" and not found.proposed
    (ev,) = [ev for ev in found.evidence if ev.field == "abstract"]  # GenVideoX is another word
    assert p2.abstract[ev.start:ev.end] == "GenVideo" and ev.rule == "corpus:name"
    assert corpus.extractions[2].entities == ()


def test_introduced_dictionary_words_are_not_spread():
    p1, p2 = paper("We propose Agent, a system."), paper("An agent acts.")
    corpus = resolve([extraction(p1, mention(p1, "method", "Agent", proposed=True)), extraction(p2)])
    assert corpus.extractions[1].entities == ()


def test_a_coordination_shared_by_several_names_does_not_merge_them():
    p = paper("Robustness on ImageNet-{A,R} is low.")
    coord = "ImageNet-{A,R}"
    ents = [Entity(f"benchmark/{slug(n)}", EntityType.BENCHMARK, n, (coord,),
                   evidence=(Evidence(Field.ABSTRACT, 14, 28),)) for n in ("ImageNet-A", "ImageNet-R")]
    corpus = resolve([Extraction(p, tuple(ents))])
    assert [e.id for e in corpus.extractions[0].entities] == ["benchmark/imagenet-a", "benchmark/imagenet-r"]


def test_title_case_phrases_are_not_spread_into_running_text():
    p1 = paper("We study it here.", title="Simplicity Bias in Deep Networks")
    p1_ent = Entity("method/simplicity-bias", EntityType.METHOD, "Simplicity Bias", ("Simplicity Bias",),
                    proposed=True, evidence=(Evidence(Field.TITLE, 0, 15),))
    p2 = paper("Networks show a simplicity bias when trained long.")
    corpus = resolve([Extraction(p1, (p1_ent,)), extraction(p2)])
    assert corpus.extractions[1].entities == ()


def test_a_defined_acronym_joins_the_kb_entry_only_when_it_names_one(small_kb):
    p1 = paper("We test on the Abstraction and Reasoning Corpus for Artificial General Intelligence (ARC-AGI).")
    p2 = paper("The Abstract Relational Collection (ARC) is ours.")
    corpus = resolve([
        extraction(p1, mention(p1, "benchmark", "ARC-AGI",
                               long_form="Abstraction and Reasoning Corpus for Artificial General Intelligence")),
        extraction(p2, mention(p2, "benchmark", "ARC", long_form="Abstract Relational Collection")),
    ], kb=small_kb)
    first, second = (ex.entities[0] for ex in corpus.extractions)
    assert first.id == "benchmark/arc-agi" and first.kb_id == "benchmark/arc-agi"
    assert second.kb_id is None and second.id not in ("benchmark/ai2-arc", "benchmark/arc-agi")


def test_a_type_tie_goes_to_the_kb_type(small_kb):
    p1, p2 = paper("We use GSM8K data."), paper("GSM8K is solved.")
    corpus = resolve([extraction(p1, mention(p1, "benchmark", "GSM8K")), extraction(p2, mention(p2, "model", "GSM8K"))],
                     kb=small_kb)
    assert {e.type for ex in corpus.extractions for e in ex.entities} == {EntityType.BENCHMARK}


def test_two_spellings_of_one_expansion_are_one_acronym():
    p1, p2 = paper("We fine-tune with Low-Rank Adaptation (LoRA)."), paper("LoRA (low-rank adapters) is cheap.")
    corpus = resolve([extraction(p1, mention(p1, "method", "LoRA", long_form="Low-Rank Adaptation")),
                      extraction(p2, mention(p2, "method", "LoRA", long_form="low-rank adapters"))])
    assert len(corpus.entities) == 1
