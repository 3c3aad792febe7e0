"""The blank English tokenizer's traps (spaCy 3.8), each fixed by components.fix_tokenizer or avoided."""

from __future__ import annotations

import pytest
import spacy

from kg.extract.components import build_nlp, fix_tokenizer


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _tokens(nlp, text: str) -> list[str]:
    return [t.text for t in nlp.make_doc(text)]


def test_blank_tokenizer_has_the_traps():
    raw = spacy.blank("en")
    assert "GSM8K." in _tokens(raw, "we test on GSM8K. Then")
    assert "MMLU" in _tokens(raw, "MMLU-Pro results")
    assert "GPT-4V(ision" in _tokens(raw, "GPT-4V(ision) works")


@pytest.mark.parametrize(
    ("text", "token"),
    [
        ("We evaluate on GSM8K. Then we stop.", "GSM8K"),
        ("We fine-tune Llama-2-7B. It works.", "Llama-2-7B"),
        ("Scores on MMLU-Pro improve.", "MMLU-Pro"),
        ("ARC-C and DeepSeek-R1 and o3-mini-high.", "o3-mini-high"),
        ("ARC-C and DeepSeek-R1 and o3-mini-high.", "DeepSeek-R1"),
        ("Results for GPT-4V(ision) are mixed.", "GPT-4V"),
        ("We use CIFAR-{10,100} here.", "CIFAR-"),
    ],
)
def test_fixed_tokenizer_keeps_names_whole(nlp, text, token):
    assert token in _tokens(nlp, text)


def test_fixed_tokenizer_still_splits_ordinary_punctuation():
    nlp = fix_tokenizer(spacy.blank("en"))
    assert _tokens(nlp, "Hello, world.") == ["Hello", ",", "world", "."]


def test_sentences_survive_et_al_and_fig(nlp):
    doc = nlp("Smith et al. show in Fig. 3 that MMLU-Pro is hard. We then test GSM8K.")
    assert [s.text for s in doc.sents] == ["Smith et al. show in Fig. 3 that MMLU-Pro is hard.", "We then test GSM8K."]


def test_candidates_are_aligned_even_inside_glued_tokens(nlp):
    doc = nlp("We compare GPT-4V(ision) with models on CIFAR-{10,100}.")
    texts = {s.text for s in doc.spans["kg_candidates"]}
    assert "GPT-4V" in texts or "GPT-4V(ision)" in texts
    assert any(t.startswith("CIFAR-{10,100") for t in texts)


def test_token_matcher_trap_mmlu_inside_mmlu_pro(nlp):
    doc = nlp("We report results on MMLU-Pro.")
    assert "MMLU" not in {s.text for s in doc.spans["kg_entities"]}
