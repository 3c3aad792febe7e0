"""`metric_in` with its substring pre-check names exactly the metric the plain pattern loop names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.extract.lexicon import Lexicon, load_lexicon
from kg.extract.roles import metric_in
from kg.extract.sentences import sentence_spans
from kg.ingest import IngestReport, read_papers

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
EDGES = ["", "accuracy", "Accuracy of 90%", "@accuracy", "accuracy@1", "top-1 accuracy and BLEU", "xBLEU BLEU-4",
         "F1 score", "pass@1 of 40", "mAccuracy", "the test accuracy (85.2)", "exact match 71.0 EM"]


def _reference(sentence: str, lex: Lexicon, words: str) -> str:
    low = words.lower()
    for metric in lex.metrics:
        if metric.lower() in low:
            return metric
    for metric in lex.metrics:
        if re.search(r"(?<![\w@])" + re.escape(metric) + r"(?![\w@])", sentence):
            return metric
    return "score"


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    papers = read_papers([SEEDS], report=IngestReport())
    texts = [t for p in papers for t in (p.title, p.abstract)]
    return EDGES + [t[s:e] for t in texts for s, e in sentence_spans(t)]


def test_metric_in_equals_the_plain_loop(lex, sentences):
    named = 0
    for sent in sentences:
        for words in ("", sent[:30]):
            want = _reference(sent, lex, words)
            assert metric_in(sent, lex, words) == want, sent
            named += want != "score"
    assert named > 50
