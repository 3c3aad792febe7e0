"""The spaCy factories: a spaCy user adds them by name to a blank pipeline."""

from __future__ import annotations

import spacy

import kg.extract.components  # noqa: F401 - registers the factories


def test_factories_are_registered_and_usable_by_name():
    nlp = spacy.blank("en")
    for name in ("kg_sentences", "kg_candidates", "kg_entities"):
        nlp.add_pipe(name)
    doc = nlp("We introduce ZentaBench, a new benchmark. We evaluate Quorvex-7B on ZentaBench and GSM8K.")
    labels = {(s.text, s.label_) for s in doc.spans["kg_entities"]}
    assert ("ZentaBench", "benchmark") in labels
    assert ("GSM8K", "benchmark") in labels
    assert any(t == "Quorvex-7B" and lab == "model" for t, lab in labels)
    assert len(list(doc.sents)) == 2


def test_spans_align_exactly_on_the_blank_tokenizer():
    nlp = spacy.blank("en")  # "GSM8K." stays one token here
    nlp.add_pipe("kg_entities")
    doc = nlp("We evaluate on GSM8K. Then we stop.")
    assert [s.text for s in doc.spans["kg_entities"]] == ["GSM8K"]
    assert doc.text == "We evaluate on GSM8K. Then we stop."


def test_candidate_spans_keep_overlaps():
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_candidates")
    doc = nlp("We compare with OpenAI GPT-4 on GSM8K.")
    spans = sorted({(s.start_char, s.end_char) for s in doc.spans["kg_candidates"]})
    overlapping = [(a, b) for a in spans for b in spans if a < b and b[0] < a[1]]
    assert overlapping  # a knowledge-base "GPT-4" inside the capitalised run "OpenAI GPT-4"
