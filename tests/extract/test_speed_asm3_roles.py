"""`cited_only` runs the citing-cue clause only when the last 80 characters hold one of its
literals, `compared` tests its literals by a plain loop instead of a generator, and a sentence's
own-work flag tests "%" apart from the words' pattern: the same verdicts as the former forms at
every word of the seed sentences and of generated ones."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.lexicon import Lexicon, load_lexicon
from kg.extract.roles import (
    _BRACKETED,
    _CITATION_AFTER,
    _COMPARE,
    _COMPARE_LITERALS,
    _COMPARE_SPAN,
    _NEAR_CUES,
    _OTHERS_SUBJECT,
    _OWN_TRAINING,
    _OWN_WORK,
    _STYLE_TAILS,
    _SUBJECT_EXAMPLES,
    SentenceFlags,
    _contains_any,
    _others_clause,
    cited_only,
    compared,
)
from kg.extract.sentences import sentence_spans
from kg.ingest import IngestReport, read_papers

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _old_cited_only(text: str, start: int, end: int, sentence: tuple[int, int], lex: Lexicon,
               flags: SentenceFlags | None = None) -> bool | None:
    """True when this mention cites others' work, False when it is the paper's own, None if unclear.

    `flags` (a `SentenceFlags` of the sentence) lets a caller read each sentence once for all its
    mentions; the cheap tests of each rule run before the flags they need.
    """
    s, e = sentence  # noqa: RUF059  the former form, as written
    if text.startswith(_STYLE_TAILS, end):
        return True  # "Contriever-style pre-training": a kind of thing named after X, not X
    if _CITATION_AFTER.match(text, end, end + 40):
        # "StepCheck is trained on ... PRM800K (Lightman et al., 2023)": the authors' own data, cited
        own = _OWN_TRAINING.search(text, max(s, start - 120), start)
        return own is None or _OTHERS_SUBJECT.search(text, s, own.start()) is not None
    before = text[s:start]
    if "(" in before:
        before = _BRACKETED.sub("", before)
    before = before.lower()
    if _others_clause(before):
        return True
    if flags is None:
        flags = SentenceFlags(text, sentence)
    if len(before) < 110 and _SUBJECT_EXAMPLES.match(before) and not flags.own_voice:
        return True  # "Chart benchmarks such as A and B mostly ask ...": the examples open the sentence
    if _contains_any(before[-45:], _NEAR_CUES) and not flags.own_voice and not flags.results:
        return True
    if flags.own_work:
        return False
    if _contains_any(before, lex.mention_cues):
        return True
    return None



def _old_compared(text: str, start: int, sentence: tuple[int, int]) -> bool:
    lo = max(sentence[0], start - _COMPARE_SPAN)
    while lo > sentence[0] and (text[lo - 1].isalnum() or text[lo - 1] == "_"):
        lo -= 1
    window = text[lo:start]
    return any(w in window for w in _COMPARE_LITERALS) and _COMPARE.search(window) is not None


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


def _check(text: str, sentence: tuple[int, int], lex: Lexicon) -> tuple[int, int]:
    cited = cmp = 0
    flags = SentenceFlags(text, sentence)
    for w in re.finditer(r"\S+", text[sentence[0] : sentence[1]]):
        a, b = sentence[0] + w.start(), sentence[0] + w.end()
        want = _old_cited_only(text, a, b, sentence, lex, SentenceFlags(text, sentence))
        assert cited_only(text, a, b, sentence, lex, flags) == want, (text, a)
        c = _old_compared(text, a, sentence)
        assert compared(text, a, sentence) == c, (text, a)
        cited += want is True
        cmp += c
    return cited, cmp


def _own_work_as_before(text: str, sentence: tuple[int, int]) -> bool:
    want = _OWN_WORK.search(text[sentence[0] : sentence[1]]) is not None  # the former single pattern
    assert SentenceFlags(text, sentence).own_work == want
    return want


def test_seed_sentences_answer_as_before(lex):
    cited = cmp = own = 0
    for p in read_papers([SEEDS], report=IngestReport()):
        for text in (p.title, p.abstract):
            for span in sentence_spans(text):
                c, k = _check(text, span, lex)
                cited, cmp = cited + c, cmp + k
                own += _own_work_as_before(text, span)
    assert cited > 100 and cmp > 100 and own > 100


WORDS = ["we", "our", "outperforms", "than", "versus", "the", "model", "MMLU", "such as", "like", "unlike",
         "as in", "as done in", "popularized by", "pioneered by", "approaching", "reported on", "introduced by",
         "proposed by", "and", ",", "(", ")", "(Smith et al., 2020)", "existing", "datasets", "x" * 85, "trained on"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=30), st.integers(0, 3))
def test_generated_sentences_answer_as_before(lex, words, lead):
    text = "Intro. " * lead + " ".join(words)
    _check(text, (7 * lead, len(text)), lex)
    _own_work_as_before(text, (7 * lead, len(text)))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="we%Our trainedSOTA-x_1", max_size=24))
def test_own_work_equals_the_single_pattern_on_generated_text(text):
    _own_work_as_before(text, (0, len(text)))
