"""graph.ttl and graph.nt streamed paper by paper have the bytes of the in-memory RdfDocument."""

from __future__ import annotations

import io
import pickle
from pathlib import Path

import pytest
from query.corpus import fixture_corpus

from kg.export.rdf import rdf_document, write_nt, write_turtle
from kg.export.rdf_files import RdfFiles
from kg.model import Corpus


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return fixture_corpus()


def _reference(corpus: Corpus, base: str) -> tuple[bytes, bytes]:
    doc = rdf_document(corpus, base=base)
    ttl, nt = io.BytesIO(), io.BytesIO()
    write_turtle(doc, ttl)
    write_nt(doc, nt)
    return ttl.getvalue(), nt.getvalue()


@pytest.mark.parametrize("chunk", [1, 3, 2000])
@pytest.mark.parametrize("base", ["https://w3id.org/kg/id/", "http://example.org/x#"])
def test_streamed_files_equal_the_document(corpus: Corpus, tmp_path: Path, chunk: int, base: str) -> None:
    files = RdfFiles(corpus, base=base, tmp_dir=tmp_path, chunk=chunk)
    ttl, nt = io.BytesIO(), io.BytesIO()
    files.write_nt(nt)  # either file may come first
    files.write_turtle(ttl)
    files.close()
    assert (ttl.getvalue(), nt.getvalue()) == _reference(corpus, base)
    assert list(tmp_path.iterdir()) == []  # the temporary tails are gone


def test_one_format_alone(corpus: Corpus, tmp_path: Path) -> None:
    files = RdfFiles(corpus, formats=("ttl",), tmp_dir=tmp_path)
    ttl = io.BytesIO()
    files.write_turtle(ttl)
    assert len(list(tmp_path.iterdir())) == 1  # no N-Triples tail was written
    files.close()
    assert ttl.getvalue() == _reference(corpus, "https://w3id.org/kg/id/")[0]


def test_the_corpus_is_left_as_it_was(corpus: Corpus, tmp_path: Path) -> None:
    before = pickle.dumps(corpus)
    files = RdfFiles(corpus, tmp_dir=tmp_path)
    files.write_turtle(io.BytesIO())
    files.close()
    assert pickle.dumps(corpus) == before
