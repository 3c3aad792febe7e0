"""The anchored URL search (`url_matches`) gives exactly the matches of the plain scan
(`_URL.finditer`): on the seed listings and on generated text full of URL pieces."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.urls import _URL, url_matches
from kg.ingest import IngestReport, read_papers

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _spans(matches) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matches]


def test_equal_on_the_seed_texts():
    papers = read_papers([SEEDS], report=IngestReport())
    texts = [t for p in papers for t in (p.title, p.abstract)]
    hits = 0
    for text in texts:
        want = _spans(_URL.finditer(text))
        assert _spans(url_matches(text)) == want, text
        hits += len(want)
    assert hits > 5


_PIECES = st.sampled_from(["http", "https://", "HTTPS://", "www.", "WWW.", "github.com/", "GitHub.com/", "huggingface.co/",
                           "arxiv.org/", "abs/2401.1", ".github.io", "name", "x-y", "_", "@", ".", "/", "-", " ", "\n",
                           "(", ")", "\"", "researchhttps://", "a.b", "ıo", "é"])


@settings(max_examples=800, deadline=None)
@given(st.lists(_PIECES, max_size=16))
def test_equal_on_url_pieces(pieces):
    text = "".join(pieces)
    assert _spans(url_matches(text)) == _spans(_URL.finditer(text)), text
