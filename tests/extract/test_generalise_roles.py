"""Cited-only names get `mentions`; the paper's own (cited) training data keeps its own role."""

from __future__ import annotations

import pytest

from kg.extract.lexicon import load_lexicon
from kg.extract.roles import cited_only


@pytest.fixture(scope="module")
def lex():
    return load_lexicon()


def _cited(lex, sentence: str, name: str) -> bool | None:
    start = sentence.index(name)
    return cited_only(sentence, start, start + len(name), (0, len(sentence)), lex)


@pytest.mark.parametrize(("sentence", "name"), [
    ("Unlike offline datasets such as Quillweb, our setting measures task completion and reaches 80% accuracy.", "Quillweb"),
    ("Replacing the head with discrete tokens, as in Zorbo-2, lowers success by 18 points.", "Zorbo-2"),
    ("RL has become a standard recipe for reasoning, popularized by Zorbo o1 and Quasar-R1.", "Quasar-R1"),
    ("It scores 41.8 on QuillMMU, approaching Zorbo-4V on the text-rich tasks.", "Zorbo-4V"),
    ("Our agent resolves 17.4% of tasks, compared with a 49% rate reported on QuillFix Verified by others.", "QuillFix Verified"),
    ("The choice of pre-training (for example Quasar-style unsupervised pre-training) matters more.", "Quasar"),
    ("Prior verifiers are trained on labels from QuillPRM (Smith et al., 2023) and fail often.", "QuillPRM"),
    ("Chart understanding benchmarks such as QuillChart and ZorbPlot mostly ask simple questions, and top "
     "models exceed 85% accuracy on them.", "ZorbPlot"),
])
def test_cited_only(lex, sentence, name):
    assert _cited(lex, sentence, name) is True


@pytest.mark.parametrize(("sentence", "name"), [
    ("Zorbo is trained on step-level annotations from QuillPRM (Smith et al., 2023) and built on Quasar.", "QuillPRM"),
    ("We fine-tune Quasar on QuillInstruct (Lee and Park, 2024) for two epochs.", "QuillInstruct"),
    ("We evaluate on Quillweb and Quillshop and report accuracy.", "Quillshop"),
    ("Unlike prior work, we evaluate Zorbo on Quillweb and reach 80% accuracy.", "Quillweb"),
    ("Fine-Tuning Zorbo for Accented English", "Zorbo"),
    ("On benchmarks such as QuillChart, our model exceeds 85% accuracy.", "QuillChart"),
])
def test_own_work(lex, sentence, name):
    assert _cited(lex, sentence, name) is False
