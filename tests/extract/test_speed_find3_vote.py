"""`CandidateFinder._vote` with its small helpers inlined and the rules that cannot fire after the
name's next character skipped, and `find`'s inlined `sentence_at`, give what the former forms gave
(kept here as the reference): the same votes, in the same order, and the same "introduced" flags,
for every candidate of the seed and held-out listings and of hand-made sentences. The task-paren
rule is searched only after the text before the last "(" ends with one of its words."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.candidates import _TASK_PAREN, _TASK_PAREN_WORDS, Candidate, _comma_before, _open_paren_before
from kg.extract.context import apposition, eval_context, left_context, morphology, new_head_before, own_head, right_head
from kg.extract.mentions import Mention
from kg.extract.sentences import sentence_at
from kg.ingest import IngestReport, read_papers

ROOT = Path(__file__).resolve().parents[2]
EXTRA = [
    ("A study", "We propose the new benchmark X, a data set named Y; our proposed model Z and the test suite W. "
                "A new corpus of generics, Foo, is small. Machine translation (Multi30K, CoMMuTE) and QA (SQuAD) "
                "GPT-4 (OpenAI), a large model; LLaMA (a model) , the baseline; Foo-Bar\u00a0, an encoder; end X"),
    ("DeMamba: a detector", "the first video detection dataset, GenVideo, and DeMamba(our module), a plug-in. "
                            "Fine-tuned Llama on GSM8K (accuracy, MATH) shows 3% gains. GenVideo"),
]


def _vote_ref(finder, c: Candidate, text: str, memo: dict) -> None:
    m, lex, heads, votes = c.m, finder.lex, finder.heads, c.votes
    name, start, end, kb_id = m.name, m.start, m.end, m.kb_id
    if kb_id and m.type:
        votes.append((m.type, 5.0, "kb"))
        if m.type not in ("benchmark", "model", "method"):
            return
    spelled = memo.get(name)
    if spelled is None:
        own = own_head(name, lex)
        spelled = memo[name] = morphology(name) + ([own] if own else [])
    votes += spelled
    if kb_id:
        v = eval_context(text, start, c.sentence, lex)
        if v:
            votes.append(v)
        v, new = apposition(text, end, heads)
        if new:
            c.proposed = c.proposed or "intro:apposition"
        return
    if _comma_before(text, start):
        nh = new_head_before(text, start, heads)
        if nh:
            votes.append(nh)
            c.proposed = c.proposed or "intro:new-head"
    lo = c.sentence[0] if c.sentence[0] > start - 80 else start - 80
    if _open_paren_before(text, lo, start) and _TASK_PAREN.search(text[lo:start]):
        votes.append(("benchmark", 2.0, "ctx:task-paren"))
    v = right_head(text, end, heads)
    if v:
        votes.append(v)
    v, ev = left_context(text, start, c.sentence, heads, lex)
    if v:
        votes.append(v)
    if ev:
        votes.append(ev)
    v, new = apposition(text, end, heads)
    if v:
        votes.append(v)
    if new:
        c.proposed = c.proposed or "intro:apposition"


@pytest.fixture(scope="module")
def papers() -> list[tuple[str, str]]:
    found = read_papers([ROOT / "seeds", ROOT / "benchmarks" / "heldout" / "papers.jsonl"], report=IngestReport())
    return EXTRA + [(p.title, p.abstract) for p in found]


def test_votes_equal_the_former_form(extractor, papers):
    finder = extractor._core.finder
    n = flagged = 0
    for title, abstract in papers:
        pc = finder.find(title, abstract)
        memo_new: dict = {}
        memo_ref: dict = {}
        for c in pc.cands:
            text = title if c.m.field.value == "title" else abstract
            assert c.sentence == sentence_at(pc.sentences[c.m.field], c.m.start)
            m = c.m
            # every candidate, and the same name moved one character on (other neighbours, other rules)
            for start, end in ((m.start, m.end), (m.start + 1, m.end + 1)):
                mention = Mention(m.field, start, end, text[start:end], m.rule, m.kb_id, m.type, m.conf)
                sent = sentence_at(pc.sentences[m.field], start)
                new, ref = Candidate(mention, [], None, sent), Candidate(mention, [], None, sent)
                finder._vote(new, text, memo_new)
                _vote_ref(finder, ref, text, memo_ref)
                assert (new.votes, new.proposed) == (ref.votes, ref.proposed), (text[start - 30 : end + 30], m)
                n += 1
                flagged += new.proposed is not None
    assert n > 2000 and flagged > 5


def _paren_precheck_holds(text: str, lo: int, start: int) -> bool:
    """Where `_TASK_PAREN` matches the slice, the text before its last "(" ends with a task word."""
    if not _TASK_PAREN.search(text[lo:start]):
        return False
    j = text.rfind("(", lo, start)
    assert text[lo:j].rstrip().endswith(_TASK_PAREN_WORDS), text[lo:start]
    return True


def test_task_paren_words_are_the_patterns_and_a_necessary_condition(papers):
    assert _TASK_PAREN.pattern.startswith(r"\b(?:" + "|".join(_TASK_PAREN_WORDS) + ")")
    texts = [t for pair in papers for t in pair] + ["machine translation (Multi30K, CoMMuTE", "QA\u2003(\n", "xQA (A, ",
                                                   "detection  (", "NLI(a,\t", "(reasoning (x, y"]
    matched = 0
    for text in texts:
        for start in range(len(text) + 1):
            if "(" in text[max(0, start - 80) : start]:
                matched += _paren_precheck_holds(text, max(0, start - 80), start)
    assert matched > 5


def test_extend_name_keeps_a_name_no_hyphen_or_space_follows(papers):
    """`field_mentions` calls `extend_name` only where "-" or " " follows the name."""
    from kg.extract.discover import extend_name

    kept = 0
    for title, abstract in papers:
        for text in (title, abstract):
            for end in range(1, len(text) + 1):
                if text[end : end + 1] not in ("-", " "):
                    for rule, type_ in (("shape", None), ("kb", "model"), ("kb", "task"), ("caprun", "benchmark")):
                        m = Mention(None, max(0, end - 5), end, text[max(0, end - 5) : end], rule, None, type_)  # type: ignore[arg-type]
                        assert extend_name(text, m) is m
                        kept += 1
    assert kept > 10000
