"""Scans in discover.py rewritten for speed find exactly what their plain patterns find.

`intro_stems` finds the introducing verbs from the character before them instead of trying `\\b` at
every character; compared with `_INTRO_STEM.finditer` on edge cases and every seed text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.discover import _INTRO_STEM, intro_stems
from kg.ingest import IngestReport, read_papers

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
EDGES = [
    "", "introduced", "x introduced", "trained-proposed x", "train- introduced", "_train", "é train", "Xtrain",
    "build-proposing a", "1train", "train\ntrain", "(proposes) [trains], open-sourced; we Introduce", "-design",
    "we present:present.presented", "designer's", "retrain pretrain un-trained",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    papers = read_papers([SEEDS], report=IngestReport())
    return EDGES + [t for p in papers for t in (p.title, p.abstract)]


def test_intro_stems_equal_the_plain_pattern(texts):
    found = 0
    for text in texts:
        want = [(m.start(), m.end(), m.group(0)) for m in _INTRO_STEM.finditer(text)]
        assert intro_stems(text) == want, text
        found += len(want)
    assert found > 50
