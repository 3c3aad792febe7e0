"""The cheap pre-checks in `CandidateFinder._vote` never skip a rule that would have fired: where
`_comma_before` says no, `new_head_before` finds no comma; where `_open_paren_before` says no,
`_TASK_PAREN` finds nothing. Checked at every offset of generated text and of the seed listings."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.candidates import _TASK_PAREN, _comma_before, _open_paren_before
from kg.ingest import IngestReport, read_papers

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _check(text: str) -> None:
    for i in range(len(text) + 1):
        if not _comma_before(text, i):
            assert not text[max(0, i - 90) : i].rstrip().endswith(","), (text, i)
        for lo in {0, max(0, i - 80), max(0, i - 3)}:
            if not _open_paren_before(text, lo, i):
                assert _TASK_PAREN.search(text[lo:i]) is None, (text, lo, i)


_PIECES = st.sampled_from(["translation", "detection", "QA", " ", "  ", "\n", "(", ")", ",", ", ", "Multi30K", "x", "é",
                           "\t", "a new corpus", ",\n"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=12))
def test_prechecks_are_necessary_on_pieces(pieces):
    _check("".join(pieces))


def test_prechecks_are_necessary_on_seed_abstracts():
    papers = read_papers([SEEDS], report=IngestReport())
    for p in papers[:40]:
        _check(p.abstract)
