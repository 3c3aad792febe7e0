"""`framed_copy` made on the encoded bytes is the copy `frame` makes, for every ASCII character,
on the seed listings and on generated text; non-ASCII text has none."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.candidates import framed_copy
from kg.extract.mentions import frame
from kg.ingest import IngestReport, read_papers

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _ref(text: str) -> str | None:
    return " " + frame(text.lower()) + " " if text.isascii() else None


def test_framed_copy_equals_the_former_form():
    papers = read_papers([SEEDS], report=IngestReport())
    texts = ["", "".join(map(chr, range(128))), "Déjà vu"] + [t for p in papers for t in (p.title, p.abstract)]
    assert sum(framed_copy(t) is not None for t in texts) > 20
    for text in texts:
        assert framed_copy(text) == _ref(text), text


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F)) | st.text(max_size=6))
def test_framed_copy_equals_the_former_form_on_generated_text(text):
    assert framed_copy(text) == _ref(text)
