"""`spread_lists` right-strips the window before a list once and reads on for a list head or a
data source only when it ends as their matches must; `lowercase_methods` skips a candidate with
no method vote inline; the chain test (`_joins`) and `_list_head`'s head-word test are inlined. The same votes, flags and added candidates as the former forms on seed
papers and on generated lists (long blank runs across the 60- and 90-character windows too)."""

from __future__ import annotations

import copy
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.assemble import (
    _BEATEN,
    _CLAUSE_AFTER,
    _EVAL,
    _FUNCTION,
    _HEAD_CORES,
    _HEAD_TAIL,
    _HEAD_WORDS,
    _LIST_CUES,
    _LIST_HEAD,
    _LIST_SEP,
    _LOWER_ITEM,
    _ON_LIST,
    _PARADIGM_LEAD,
    _best,
    _data_before,
    _list_head,
    _list_head_from,
    _method_like,
    _sums,
    _top_type,
    select,
    spread_lists,
)
from kg.extract.candidates import Candidate
from kg.extract.mentions import Mention
from kg.ingest import IngestReport, read_papers
from kg.model import Field

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _joins(text: str, prev_end: int, m: Mention) -> bool:
    """The former chain test, before `spread_lists` inlined it."""
    gap = text[prev_end : m.start]
    if m.rule == "acronym:short" and gap == " (":
        return True
    return _LIST_SEP.match(gap) is not None and not (gap == ", " and _CLAUSE_AFTER.match(text, m.end))


def _old_spread_lists(chosen: list[Candidate], texts: dict[Field, str]) -> None:
    """Types spread along coordinations ("on A, B and C"); a head before the list types it all."""
    chains: list[list[Candidate]] = []
    pm = None  # the previous candidate's mention: the last of the last chain
    for c in chosen:
        m = c.m
        if pm is not None and pm.field is m.field and (
            (pm.start == m.start and pm.end == m.end) or _joins(texts[m.field], pm.end, m)
        ):
            chains[-1].append(c)
        else:
            chains.append([c])
        pm = m
    lex_heads = {"benchmark", "model", "method"}
    for chain in chains:
        head = _list_head(chain[0], texts)
        shared = [v for v in chain[0].votes if v[2] in ("ctx:on-eval", "ctx:tuned")]
        if head:
            shared.append((head, 2.0, "ctx:list-head"))
        elif _data_before(texts[chain[0].m.field], max(0, chain[0].m.start - 60), chain[0].m.start):
            shared.append(("benchmark", 2.0, "ctx:data-source"))  # "trained on A and B", "drawn from A"
        if len(chain) == 1:
            if shared:
                chain[0].votes += [v for v in shared if v not in chain[0].votes]
            continue
        typed: Counter[str] = Counter()
        for c in chain:
            if c.votes:
                t, w = _best(_sums(c.votes))
                if w >= 2.5 and t in lex_heads:
                    typed[t] += 1
        if len(chain) > 1 and typed:
            t, n = typed.most_common(1)[0]
            if (n * 2 >= len([x for x in chain if x.votes]) or n >= 2) and (head is None or t == head):
                shared.append((t, 2.0, "ctx:list"))
            elif head is not None and t != head:
                # "test sets such as A, B and C, our model ...": the head noun outweighs one member's stray vote
                shared = [(head, 3.5, "ctx:list-head") if v[2] == "ctx:list-head" else v for v in shared]
        f, (ss, se) = chain[0].m.field, chain[0].sentence
        if len(chain) >= 3 and not typed and not shared and _EVAL.search(texts[f][ss:se]):
            shared.append(("benchmark", 2.0, "ctx:eval-list"))
        elif len(chain) >= 2 and not typed and not shared and _ON_LIST.search(texts[f], max(ss, chain[0].m.start - 30), chain[0].m.start):
            shared.append(("benchmark", 2.0, "ctx:on-list"))  # "agents on ToolQuill and API-Quill"
        elif not typed and not shared and _BEATEN.search(texts[f], max(ss, chain[0].m.start - 40), chain[0].m.start):
            # "RoboPilot-7B outperforms OpenVLA and Octo": the systems beaten are of the winner's kind
            subject = [_top_type(c) for c in chosen if c.m.field is f and ss <= c.m.start < chain[0].m.start]
            kind = next((t for t in reversed(subject) if t in ("model", "method")), None)
            if kind:
                shared.append((kind, 2.0, "ctx:compared"))
        head_intro = chain[0].proposed if chain[0].proposed in ("intro:verb", "intro:capword") else None
        for c in chain:
            c.votes += [v for v in shared if v not in c.votes]
            if head_intro:  # "we introduce A (X) and B (Y)": both are new
                c.proposed = c.proposed or head_intro
    chosen += _old_lowercase_methods(chosen, texts)


def _old_lowercase_methods(chosen: list[Candidate], texts: dict[Field, str]) -> list[Candidate]:
    """Lowercase techniques listed after a named one: "Mixup, CutMix, random erasing and label smoothing",
    "LoRA, adapter tuning and prompt tuning". Items with a leading ordinary adjective ("full fine-tuning"),
    plurals ("adapter layers") and bare head words are paradigms or classes, not named techniques."""
    out: list[Candidate] = []
    taken: dict[tuple[Field, int], Candidate] | None = None  # built when a list item first needs it
    for c in chosen:
        if not _method_like(c):
            continue
        text, pos = texts[c.m.field], c.m.end
        end = c.sentence[1]
        while True:
            m = _LOWER_ITEM.match(text, pos, end)
            if not m:
                break
            pos = m.end()
            item = _HEAD_TAIL.sub("", m.group(1)) if " " in m.group(1) else m.group(1)
            words = item.split()
            if (words[0] in _PARADIGM_LEAD or (words[-1].endswith("s") and not words[-1].endswith("ss"))
                    or len(item) < 5 or words[0].endswith(("ing", "ed", "ly")) or _FUNCTION.intersection(words)
                    or (len(words) == 1 and "-" not in item)):
                continue  # "identifying the process", "we rigorously prove", a lone verb ("suffer")
            start = m.start(1)
            if taken is None:
                taken = {(d.m.field, d.m.start): d for d in chosen}
            known = taken.get((c.m.field, start))
            if known is not None:  # a lowercase KB name in the list ("stochastic depth"): a technique here
                if known.m.name.islower() and ("method", 2.5, "ctx:method-list") not in known.votes:
                    known.votes.append(("method", 2.5, "ctx:method-list"))
                continue
            mention = Mention(c.m.field, start, start + len(item), item, "list:lowercase", conf=0.4)
            out.append(Candidate(mention, [("method", 2.5, "ctx:method-list")], None, c.sentence))
            taken[(c.m.field, start)] = out[-1]
    return out


def _old_list_head(c, texts):
    """`_list_head` before its head-word test became a plain loop."""
    before = texts[c.m.field][max(0, c.m.start - 90) : c.m.start]
    if not before.rstrip().endswith(_LIST_CUES):
        return None
    low = before.lower()
    if not any(w in low for w in _HEAD_CORES):
        return None
    m = _LIST_HEAD.search(before, _list_head_from(before))
    if not m:
        return None
    for w in reversed(re.findall(r"[A-Za-z\-]+", m.group(0))):
        if w.lower() in _HEAD_WORDS:
            return _HEAD_WORDS[w.lower()]
    return None


def _same(chosen, texts) -> None:
    for c in chosen:
        assert _list_head(c, texts) == _old_list_head(c, texts)
    a, b = copy.deepcopy(chosen), copy.deepcopy(chosen)
    spread_lists(a, texts)
    _old_spread_lists(b, texts)
    assert a == b


@pytest.fixture(scope="module")
def seed_papers(extractor):
    core = extractor._core
    out = []
    for p in read_papers([SEEDS], report=IngestReport()):
        texts = {Field.TITLE: p.title, Field.ABSTRACT: p.abstract}
        out.append((select(core.finder.find(p.title, p.abstract).cands), texts))
    return out


def test_spread_lists_equals_the_former_form_on_seed_papers(seed_papers):
    spread = 0
    for chosen, texts in seed_papers:
        _same(chosen, texts)
        a = copy.deepcopy(chosen)
        spread_lists(a, texts)
        spread += sum(any(v[2] in ("ctx:list-head", "ctx:data-source", "ctx:list") for v in c.votes) for c in a)
    assert spread > 30  # heads, data sources and lists were found


PIECES = ["trained on ", "drawn from the ", "datasets such as ", "benchmarks (e.g., ", "models - ", "on the ",
          "outperforms ", "we test ", "and ", ", ", " " * 70, "\n", "data", "fine-tuned  on", "from ", "the "]
NAMES = ["SQuAD", "GLUE", "LoRA", "BERT", "MMLU"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(PIECES), max_size=4), st.sampled_from(NAMES),
                          st.lists(st.tuples(st.sampled_from(["benchmark", "model", "method"]),
                                             st.sampled_from([1.0, 2.5, 3.0]),
                                             st.sampled_from(["kb", "ctx:on-eval", "ctx:tuned"])), max_size=2)),
                min_size=1, max_size=5))
def test_spread_lists_equals_the_former_form_on_generated_lists(items):
    text, chosen = "", []
    for pieces, name, votes in items:
        text += "".join(pieces)
        chosen.append(Candidate(Mention(Field.ABSTRACT, len(text), len(text) + len(name), name, "kb"), list(votes),
                                None, (0, 0)))
        text += name
    text += ", random erasing and label smoothing."
    for c in chosen:
        c.sentence = (0, len(text))
    _same(chosen, {Field.TITLE: "", Field.ABSTRACT: text})
