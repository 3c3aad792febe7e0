"""The embedded store loads graph.nt in pieces and still holds exactly the file's triples."""

from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import KGError
from kg.export import store as store_mod
from kg.export.store import StoreJob, open_store, store_for, write_store

NT = (
    '<https://ex.org/a> <https://ex.org/p> "line one\\nline two" .\n'
    '<https://ex.org/a> <https://ex.org/q> <https://ex.org/b> .\n'
    '<https://ex.org/b> <https://ex.org/p> "\\u00e9t\\u00e9 \\"quoted\\"" .\n'
    '<https://ex.org/b> <https://ex.org/n> "3"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
    '<https://ex.org/c> <https://ex.org/p> "caf\u00e9 \u2014 \U0001f600" .\n'
)


def _triples(store) -> set[str]:
    return {str(q.triple) for q in store}


@pytest.mark.parametrize("chunk", [1, 7, 60, 1 << 20])
def test_store_loaded_in_pieces_holds_every_triple(tmp_path: Path, monkeypatch, chunk: int) -> None:
    nt = tmp_path / "graph.nt"
    nt.write_text(NT, encoding="utf-8")
    monkeypatch.setattr(store_mod, "CHUNK_BYTES", chunk)  # pieces cut mid-line must still end at a line
    final = write_store(nt, tmp_path)
    expected = {str(t) for t in ox.parse(NT.encode(), format=ox.RdfFormat.N_TRIPLES)}
    got = _triples(open_store(final))
    assert got == expected and len(got) == 5
    assert store_for(nt) == final


def test_chunks_end_at_line_breaks(tmp_path: Path) -> None:
    nt = tmp_path / "graph.nt"
    nt.write_text(NT, encoding="utf-8")
    pieces = list(store_mod._chunks(nt, 10))
    assert b"".join(pieces) == NT.encode()
    assert all(p.endswith(b"\n") for p in pieces)


def test_store_job_builds_the_same_store_in_a_child(tmp_path: Path) -> None:
    nt = tmp_path / "graph.nt"
    nt.write_text(NT, encoding="utf-8")
    final = StoreJob(nt, tmp_path, describes=[nt]).wait()
    assert final == tmp_path / "store"
    assert _triples(open_store(final)) == {str(t) for t in ox.parse(NT.encode(), format=ox.RdfFormat.N_TRIPLES)}
    assert store_for(nt) == final


def test_store_job_failure_is_one_kg_error(tmp_path: Path) -> None:
    nt = tmp_path / "graph.nt"
    nt.write_text("<https://ex.org/a> <https://ex.org/p> \n", encoding="utf-8")
    with pytest.raises(KGError, match="building the SPARQL store failed"):
        StoreJob(nt, tmp_path).wait()
    assert not (tmp_path / "store").exists()
    assert not list(tmp_path.glob(".store.*"))  # the half-built store was removed


def test_a_killed_store_job_says_so(tmp_path: Path) -> None:
    nt = tmp_path / "graph.nt"
    nt.write_text(NT, encoding="utf-8")
    job = StoreJob(nt, tmp_path)
    job._proc.kill()  # as the kernel does when memory runs out
    with pytest.raises(KGError, match=r"^building the SPARQL store failed: its process was killed by SIGKILL"):
        job.wait()
    assert not (tmp_path / "store").exists()


def test_a_store_job_killed_mid_load_leaves_no_temporary_store(tmp_path: Path) -> None:
    nt = tmp_path / "graph.nt"
    nt.write_text(NT * 20000, encoding="utf-8")  # long enough to be killed while it loads
    job = StoreJob(nt, tmp_path)
    deadline = time.monotonic() + 30
    while not list(tmp_path.glob(".store.*")) and job._proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert list(tmp_path.glob(".store.*")), "the job ended before its temporary store was seen"
    job._proc.kill()  # the kernel's out-of-memory killer gives the child no chance to clean up
    with pytest.raises(KGError, match="killed by SIGKILL"):
        job.wait()
    assert not list(tmp_path.glob(".store.*")) and not (tmp_path / "store").exists()
