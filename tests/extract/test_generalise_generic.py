"""Generic classes and title phrases are not entities; splits name datasets; lists are not long forms."""

from __future__ import annotations

from kg.extract.abbrev import find_abbreviations


def _names(ex) -> set[str]:
    return {f for e in ex.entities for f in (e.name, *e.aliases)}


def test_plural_class_acronym_is_no_entity(run):
    ex = run("Quill reward models (QRMs) score each step of a solution. We present Zorbo, a self-verifying QRM "
             "that re-derives every claim, and evaluate it on QuillMath.")
    assert not _names(ex) & {"QRMs", "QRM", "Quill reward models"}
    assert "Zorbo" in _names(ex)


def test_named_plural_acronym_with_capitals_is_kept(run):
    ex = run("We introduce Quill Reward Graphs (QRGs), a new benchmark of reasoning traces, and evaluate ten models.")
    assert "QRGs" in _names(ex) or "Quill Reward Graphs" in _names(ex)


def test_kb_name_of_ordinary_words_only_in_title_is_dropped(run):
    ex = run("We study how retrieval degrades when relevant passages are buried deep in long contexts.",
             title="Lost in the Stack: Retrieval in Long Contexts")
    assert "The Stack" not in _names(ex)


def test_kb_name_of_ordinary_words_in_abstract_is_kept(run):
    ex = run("We pre-train a code model on The Stack and evaluate it on HumanEval.",
             title="Lost in the Stack: Code Models")
    assert "The Stack" in _names(ex)


def test_split_suffix_names_a_dataset(run):
    ex = run("We release QuillChart-Train, used to fine-tune our model, and report accuracy.")
    types = {e.name: e.type.value for e in ex.entities}
    assert types.get("QuillChart-Train") == "benchmark"


def test_a_list_of_sized_names_is_no_long_form():
    text = "We evaluate with Zorbo-7B, Zorbo-33B and Quasar-3-70B-Instruct as targets on QuillBench."
    assert all(a.short != "Zorbo-7B" for a in find_abbreviations(text))
