"""Types of names the knowledge base does not know: example counts and training sources name datasets."""

from __future__ import annotations

import pytest


def _type_of(ex, name: str) -> str | None:
    return next((e.type.value for e in ex.entities if name in (e.name, *e.aliases)), None)


@pytest.mark.parametrize(("abstract", "name"), [
    ("Our verifier learns from QuillPRM900K and generalises to harder problems.", "QuillPRM900K"),
    ("We pre-train the video model on ZorbVid-20M clips and then fine-tune it.", "ZorbVid-20M"),
    ("The coder is tuned on Quill-Evol-Instruct-90K for three epochs.", "Quill-Evol-Instruct-90K"),
])
def test_example_counts_name_datasets(run, abstract, name):
    assert _type_of(run(abstract), name) == "benchmark"


@pytest.mark.parametrize(("abstract", "name"), [
    ("We distil the teacher into ZorboLM-7B and deploy it on phones.", "ZorboLM-7B"),
])
def test_parameter_counts_still_name_models(run, abstract, name):
    assert _type_of(run(abstract), name) == "model"


def test_training_sources_are_datasets(run):
    ex = run("Audio captioners are trained on QuillCaps and ZorbSound, with extra data drawn from QuillWave.")
    assert {_type_of(ex, n) for n in ("QuillCaps", "ZorbSound", "QuillWave")} == {"benchmark"}


def test_trained_on_a_model_word_is_not_a_dataset(run):
    ex = run("We build our agent on ZorboLM-7B and evaluate it on QuillArena.")
    assert _type_of(ex, "ZorboLM-7B") == "model"


def test_systems_beaten_are_of_the_winners_kind(run):
    ex = run("RoboQuill-7B outperforms ZorbVLA and Quasoct, achieving a higher success rate.")
    assert _type_of(ex, "ZorbVLA") == "model" and _type_of(ex, "Quasoct") == "model"


def test_beaten_names_without_a_typed_winner_stay_untyped(run):
    ex = run("It clearly outperforms ZorbVLA and Quasoct in our study.")
    assert _type_of(ex, "ZorbVLA") is None


def test_list_head_outweighs_a_members_stray_vote(run):
    ex = run("For instance, on 5 test sets with natural shifts such as QuillNet-{A,R,Sketch} and ZorbObjects, "
             "our model achieves 84.3% top-1 accuracy.")
    assert {_type_of(ex, n) for n in ("QuillNet-A", "QuillNet-R", "ZorbObjects")} == {"benchmark"}


@pytest.mark.parametrize(("abstract", "name"), [
    ("We distil Murmur-large-v3 into a streaming recognizer.", "Murmur-large-v3"),
    ("Transcripts come from MurmurX-medium in all settings.", "MurmurX-medium"),
])
def test_size_words_and_release_tags_name_models(run, abstract, name):
    assert _type_of(run(abstract), name) == "model"


def test_a_lowercase_tail_word_is_no_release(run):
    ex = run("We evaluate on QuillSet-large, a new benchmark of long documents.")
    assert _type_of(ex, "QuillSet-large") != "model"


def test_untyped_lists_after_compare_or_on_are_datasets(run):
    ex = run("We compare single-stage training against two-stage baselines on QuillNet-LT, iQuill 2018 and ZorbPlaces-LT.")
    assert {_type_of(ex, n) for n in ("QuillNet-LT", "iQuill 2018", "ZorbPlaces-LT")} == {"benchmark"}
    ex = run("Agents are analysed on ToolQuill and API-Zorb using a fixed prompt format.")
    assert _type_of(ex, "ToolQuill") == "benchmark" and _type_of(ex, "API-Zorb") == "benchmark"


def test_based_on_a_list_is_not_a_dataset_list(run):
    ex = run("The agent is based on ZorbLM and QuasarLM with a fixed prompt format.")
    assert _type_of(ex, "ZorbLM") != "benchmark"


def test_built_on_names_a_basis_not_a_dataset(run):
    ex = run("We propose Zorbank, a reranker built on Quill-Aware Lexical Expansion (QALX), and evaluate it on "
             "QuillBEIR with strong results.")
    assert _type_of(ex, "QALX") != "benchmark"


def test_a_comma_before_a_clause_subject_is_no_list(run):
    ex = run("We propose Zorbank, a new reranker. In zero-shot evaluation on QuillBEIR, Zorbank improves over "
             "the first-stage retriever on most datasets.")
    assert _type_of(ex, "Zorbank") != "benchmark"
    assert _type_of(ex, "QuillBEIR") == "benchmark"
