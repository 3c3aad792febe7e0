"""One pass of the knowledge-base automaton, holding the introducing verbs and naming words too
(`KBMatcher.scan`), reports exactly what the two separate automata reported: the forms' hits
(so `find` gives the same mentions) and the cues' hits (so `scan_cues` gives the same verbs and
naming verdict). On the seed listings and on generated text gluing forms and cue words."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.candidates import framed_copy
from kg.extract.discover import _STEM_AUTO, CUE_WORDS, scan_cues
from kg.extract.kb import load_kb
from kg.extract.mentions import KBMatcher, lower_same_length
from kg.ingest import IngestReport, read_papers
from kg.model import Field

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def matchers() -> tuple[KBMatcher, KBMatcher]:
    kb = load_kb()
    return KBMatcher(kb, cues=CUE_WORDS), KBMatcher(kb)


def _check(matchers: tuple[KBMatcher, KBMatcher], text: str) -> int:
    """Asserts the one pass equals the two; returns how many hits it saw."""
    both, forms_only = matchers
    framed = framed_copy(text)
    assert framed is not None
    forms, cues = both.scan(framed)
    assert sorted(forms) == sorted(forms_only.framed.iter(framed)), text
    assert sorted(cues) == sorted(_STEM_AUTO.iter(framed)), text
    low = lower_same_length(text)
    assert both.find(Field.ABSTRACT, text, low, framed, forms) == forms_only.find(Field.ABSTRACT, text, low), text
    assert both.find(Field.ABSTRACT, text, low) == forms_only.find(Field.ABSTRACT, text, low), text
    assert scan_cues(text, framed, cues) == scan_cues(text), text
    return len(forms) + len(cues)


def test_one_pass_equals_two_on_the_seed_texts(matchers):
    papers = read_papers([SEEDS], report=IngestReport())
    texts = [t for p in papers for t in (p.title, p.abstract) if t.isascii()]
    assert len(texts) > 20
    assert sum(_check(matchers, text) for text in texts) > 100  # the seeds hold forms and cues


_FORMS = sorted({f for f, _, _ in load_kb().surface_forms() if f.isascii()})
_CUES = ["we propose", "proposed", "introduce", "pre-trained", "open-source", "named", "we call", "referred to as",
         "called", "dubbed", "x_train", "retrain", "Present"]
_GLUE = st.sampled_from([" ", "", "-", "_", ".", ",", "(", ")", "/", "'", "a", "7", "\n"])
_WORD = st.one_of(st.sampled_from(_FORMS), st.sampled_from(_FORMS).map(str.lower), st.sampled_from(_CUES),
                  st.text(alphabet="abcXYZ09-_. ", max_size=5))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_GLUE, _WORD), max_size=12))
def test_one_pass_equals_two_on_glued_forms_and_cues(matchers, parts):
    _check(matchers, "".join(g + w for g, w in parts))
