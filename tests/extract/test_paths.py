"""`Extractor.extract` runs the character-level finders directly; a spaCy user runs the same finders
as pipeline components. Both paths must see the same candidates and sentences on real abstracts."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import kg.extract.components  # noqa: F401 - registers the factories
from kg.extract.sentences import sentence_spans
from kg.ingest import IngestReport, read_papers

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def abstracts() -> list[str]:
    papers = read_papers([SEEDS], report=IngestReport())
    return [p.abstract for p in papers[:25] if p.abstract]


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_sentences")
    nlp.add_pipe("kg_candidates")
    return nlp


def test_pipeline_candidates_equal_the_direct_finder(nlp, abstracts):
    finder = nlp.get_pipe("kg_candidates").finder
    for text in abstracts:
        doc = nlp(text)
        piped = sorted({(s.start_char, s.end_char, s.label_, s.kb_id_) for s in doc.spans["kg_candidates"]})
        direct = sorted({(c.m.start, c.m.end, c.m.type or "CANDIDATE", c.m.kb_id or "")
                         for c in finder.find("", text).cands})
        assert piped == direct
        assert doc.text == text  # splitting tokens at name boundaries never changes the text


def test_pipeline_sentences_equal_the_direct_splitter(nlp, abstracts):
    for text in abstracts:
        doc = nlp(text)
        assert [s.start_char for s in doc.sents] == [s for s, _ in sentence_spans(text)]
