"""The knowledge-base scan (one automaton over the lowercased text) finds exactly what a plain
search for every surface form finds, case rules and word boundaries included."""

from __future__ import annotations

import pytest

from kg.extract.kb import load_kb
from kg.extract.mentions import KBMatcher, lower_same_length
from kg.model import Field

TEXTS = [
    "We evaluate Llama-2-7B and GPT-4 on GSM8K, MATH and MMLU-Pro; math word problems are hard.",
    "Results on ImageNet and CIFAR-10 (Krizhevsky, 2009) with ResNet-50, BERT-base and T5.",
    "The Pile and the stack of papers; ARC-2 differs from ARC, and GPT stays GPT-4 here.",
    "Rob, a robert-like model, beats BERTScore and (IA)3 adapters on SQuAD v2.0 and HumanEval+.",
]


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _reference(kb, text: str) -> list[tuple[int, int, str]]:
    """Every form at every offset where it is written, by str.find: slow and obviously right.

    In the order two automata (case-sensitive forms, then the others) gave: by end, longer first.
    """
    low = lower_same_length(text)
    n = len(text)
    best: dict[tuple[str, bool], list[str]] = {}
    for form, eid, cs in kb.surface_forms():
        best.setdefault((form if cs else form.lower(), cs), []).append(eid)
    out = []
    for (form, cs), ids in best.items():
        hay = text if cs else low
        i = hay.find(form)
        while i >= 0:
            start, end = i, i + len(form)
            ok = not (start > 0 and (low[start - 1].isalnum() or low[start - 1] in "-_"))
            ok = ok and not (end < n and text[end].isalnum())
            eid = min(ids, key=lambda e: ({"benchmark": 0, "model": 1, "method": 2, "task": 3}.get(
                kb.entries[e].type.value, 9), e))
            if ok and end + 1 < n and text[end] in "-." and text[end + 1].isdigit():
                ok = kb.entries[eid].type.value == "model"
            if ok:
                out.append((not cs, end, -len(form), start, eid))
            i = hay.find(form, i + 1)
    return [(start, end, eid) for _, end, _, start, eid in sorted(out)]


@pytest.mark.parametrize("text", TEXTS)
def test_matches_equal_a_search_for_every_form(kb, text):
    got = KBMatcher(kb).find(Field.ABSTRACT, text, lower_same_length(text))
    assert [(m.start, m.end, m.kb_id) for m in got] == _reference(kb, text)


def test_case_sensitive_forms_need_their_case(kb):
    text = "We solve math problems from MATH."
    names = [m.name for m in KBMatcher(kb).find(Field.ABSTRACT, text, lower_same_length(text))]
    assert "MATH" in names and "math" not in names
