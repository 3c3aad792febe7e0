"""`find_tasks` counts its kept modifiers' width as it keeps them and tests a word for a second
capital by lowercasing: it finds what its former form found (kept here as the reference) on the
seed listings and on generated text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.lexicon import load_lexicon
from kg.extract.tasks import _ALPHA_WORD, _STOP, TaskPhrase, _heads, area_of, find_tasks
from kg.ingest import IngestReport, read_papers

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
LEX = load_lexicon()


def _find_tasks_ref(text: str, *, limit: int = 4, taken: set[str] | None = None, with_area: bool = True) -> list[TaskPhrase]:
    lex = LEX
    out: list[TaskPhrase] = []
    seen = set(taken or ())
    low = text.lower()
    if len(low) != len(text):
        low = text
    n = len(text)
    for end_idx, length in _heads(lex).iter(low):
        hs, he = end_idx - length + 1, end_idx + 1
        if hs == 0 or text[hs - 1] not in " -" or (he < n and text[he].isalnum()):
            continue
        seg = text[max(0, hs - 60) : hs - 1]
        mods = seg.rsplit(" ", 3)[-3:] if " " in seg else [seg]
        keep = 0
        for w in reversed(mods):
            lw = w.lower()
            if (not _ALPHA_WORD.match(w) or lw in _STOP or lw in lex.task_heads
                    or (w[0].isupper() and sum(c.isupper() for c in w) > 1)):
                break
            keep += 1
        if not keep:
            continue
        start = hs - 1 - sum(len(w) + 1 for w in mods[len(mods) - keep :]) + 1
        phrase = text[start:he]
        key = phrase.lower()
        if key in seen:
            continue
        seen.add(key)
        out.append(TaskPhrase(start, he, phrase, area_of(phrase, lex) if with_area else None))
        if len(out) >= limit:
            break
    return out


@pytest.fixture(scope="module")
def texts() -> list[str]:
    papers = read_papers([SEEDS], report=IngestReport())
    return ["", "detection", "Object Detection", "fast OBject detection", "multi-hop Reasoning\n question answering",
            "We do Image-Text retrieval and semantic parsing; vIsual grounding"] + [t for p in papers for t in (p.title, p.abstract)]


def test_find_tasks_equals_the_former_form(texts):
    assert sum(len(find_tasks(t, LEX)) for t in texts) > 50
    for text in texts:
        for limit in (2, 4):
            assert find_tasks(text, LEX, limit=limit, with_area=False) == _find_tasks_ref(text, limit=limit, with_area=False)
        assert find_tasks(text, LEX, taken={"image classification"}) == _find_tasks_ref(text, taken={"image classification"})


_PIECES = st.sampled_from(["object", "Object", "OBject", "ObJect", "visual", "the", " ", "-", "detection", "reasoning",
                           "multi-hop", "X1", "\n", "é", "question answering", "Vis-Ual", "a", "A"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_PIECES, max_size=10).map(" ".join))
def test_find_tasks_equals_the_former_form_on_generated_text(text):
    assert find_tasks(text, LEX) == _find_tasks_ref(text)
