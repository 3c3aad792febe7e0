"""Names written longer than the knowledge base knows them, and lowercase suite names.

Sentences written for the purpose with invented names (Zorbo, Quillset, ...), so the rules are
tested on discovery, not on the knowledge base.
"""

from __future__ import annotations

import pytest

from kg.extract.discover import extend_name, lowercase_suites
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import Mention
from kg.model import Field


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


def _ext(text: str, name: str, type_: str | None = None) -> str:
    start = text.index(name)
    m = Mention(Field.ABSTRACT, start, start + len(name), name, "shape", type=type_)
    return extend_name(text, m).name


@pytest.mark.parametrize(("text", "name", "type_", "want"), [
    ("We evaluate on Quill Voice 16 and report WER.", "Quill Voice", "benchmark", "Quill Voice 16"),
    ("Training uses Zorb-COCO 2017 images.", "Zorb-COCO", None, "Zorb-COCO 2017"),
    ("We compare with Zorbo 3.5 Sonnet and others.", "Zorbo", "model", "Zorbo 3.5 Sonnet"),
    ("We prompt Quasar 1.5 Pro with images.", "Quasar", "model", "Quasar 1.5 Pro"),
    ("We fine-tune Murmur-medium on accented speech.", "Murmur", "model", "Murmur-medium"),
    ("A ConvoNeXt-T backbone trained from scratch.", "ConvoNeXt", None, "ConvoNeXt-T"),
    ("Agents are scored on FIXR-bench Verified tasks.", "FIXR", None, "FIXR-bench Verified"),
    ("Passage ranking on ZREC DL 2019 and more.", "ZREC", "benchmark", "ZREC DL 2019"),
    ("We train on ZS MARCO passages.", "ZS", None, "ZS MARCO"),
    ("We report results on QUAIME 2024.", "QUAIME", "benchmark", "QUAIME 2024"),
])
def test_names_extend_over_versions_sizes_and_tiers(text, name, type_, want):
    assert _ext(text, name, type_) == want


@pytest.mark.parametrize(("text", "name", "type_"), [
    ("Zorbo reaches 71.3% on Quillset 12 points above the baseline.", "Quillset", "benchmark"),
    ("It scores 5% higher on Quillset 3 times in a row.", "Quillset", "benchmark"),
    ("We evaluate Zorbo 8-shot on math.", "Zorbo", "model"),
    ("Accuracy on Quillset 71.3% is reported.", "Quillset", "benchmark"),
    ("We train Zorbo Pro-style agents.", "Zorbo", "benchmark"),  # a tier word needs a model or version
    ("The Quillset-small split is used.", "Quillset", "benchmark"),  # size words extend models, not datasets
    ("We use GPT-4 in 2023 experiments.", "GPT-4", "model"),
])
def test_names_do_not_swallow_results_counts_or_words(text, name, type_):
    assert _ext(text, name, type_) == name


def test_tasks_and_metrics_are_not_extended():
    assert _ext("We report Zorb Score 2 on it.", "Zorb Score", "metric") == "Zorb Score"


def test_lowercase_suite_names_are_candidates(lex):
    text = "We evaluate on ogzg-molzin and ognq-arxiv, using self-attention and llm-based pre-training."
    got = [m.name for m in lowercase_suites(Field.ABSTRACT, text, lex)]
    assert got == ["ogzg-molzin", "ognq-arxiv"]


def test_extended_benchmark_reaches_the_graph(run):
    ex = run("We evaluate speech recognition on Common Voice 16 and LibriSpeech, reporting WER.")
    names = {e.name for e in ex.entities if e.type.value == "benchmark"}
    assert "Common Voice 16" in names and "Common Voice" not in names


def test_lowercase_suite_typed_by_its_list(run):
    ex = run("Experiments on ogzg-molzin, ogzg-molpar and ognq-arxiv show that our method improves accuracy.")
    names = {e.name for e in ex.entities if e.type.value == "benchmark"}
    assert {"ogzg-molzin", "ognq-arxiv"} <= names


def test_sized_release_of_a_known_family_is_kept(run):
    ex = run("We transcribe the recordings with Whisper-small and Whisper-medium and compare their WER.")
    names = {e.name for e in ex.entities if e.type.value == "model"}
    assert {"Whisper-small", "Whisper-medium"} <= names


def test_mixed_case_word_compounds_are_candidates(lex):
    text = "We evaluate on NExT-QA and TallY-Count, using ReAct-style agents and the DeiT-based recipe."
    got = [m.name for m in lowercase_suites(Field.ABSTRACT, text, lex)]
    assert got == ["NExT-QA", "TallY-Count"]


def test_organisation_prefix_of_a_compound_gives_way():
    text = "We evaluate on MSR-VTT and report recall."
    m = Mention(Field.ABSTRACT, 15, 18, "MSR", "kb", "organization/msr", "organization")
    got = extend_name(text, m)
    assert got.name == "MSR-VTT" and got.kb_id is None and got.type is None
    text2 = "The MSR-based split and MSR data."
    m2 = Mention(Field.ABSTRACT, 4, 7, "MSR", "kb", "organization/msr", "organization")
    assert extend_name(text2, m2) == m2
