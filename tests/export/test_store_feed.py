"""The store loaded while graph.nt is written (StoreFeed) holds what a load of the finished file
holds, and a failure on either side ends in one KGError (or the writer's own error), with no
child process left and no store installed."""

from __future__ import annotations

import errno
import functools
import os
import signal
from pathlib import Path
from typing import ClassVar

import pyoxigraph as ox
import pytest
from query.corpus import fixture_corpus, seeds_corpus

import kg.export.rdf_files as rdf_files_mod
import kg.pipeline as pl
from kg.errors import KGError
from kg.export.atomic import atomic_write
from kg.export.rdf_files import RdfFiles
from kg.export.store import StoreFeed, open_store, read_manifest, store_for, write_store
from kg.graph import KnowledgeGraph

NO_HTML = [n for n in pl.EXPORTS if n != "graph.html"]


def _triples(store_dir: Path) -> set[str]:
    return {str(q.triple) for q in open_store(store_dir)}


def _file_triples(nt: Path) -> set[str]:
    """The triples of `nt` as a store gives them back (it writes numbers in canonical form)."""
    store = ox.Store()
    store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
    return {str(q.triple) for q in store}


def _leftovers(out: Path) -> list[str]:
    """Temporary stores and RDF tails: nothing of the kind may outlive a build."""
    return sorted(p.name for p in out.iterdir() if p.name.startswith((".store.", ".graph.")))


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.fixture(scope="module")
def seeds_kg() -> KnowledgeGraph:
    return KnowledgeGraph.from_corpus(seeds_corpus())


class Recorded(StoreFeed):
    """A StoreFeed that remembers itself and may act after its n-th announced tail."""

    made: ClassVar[list[Recorded]] = []
    after: ClassVar[tuple[int, object] | None] = None

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.calls = 0
        Recorded.made.append(self)

    def tail(self, path: Path, size: int) -> None:
        super().tail(path, size)
        self.calls += 1
        if Recorded.after and self.calls == Recorded.after[0]:
            Recorded.after[1](self)  # type: ignore[operator]

    @property
    def pid(self) -> int:
        assert self._child is not None
        return self._child._proc.pid


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> type[Recorded]:
    """write_exports with the feed recorded, batches of 5 papers (many announced tails) and two cores."""
    monkeypatch.setattr(Recorded, "made", [])
    monkeypatch.setattr(Recorded, "after", None)
    monkeypatch.setattr(pl, "StoreFeed", Recorded)
    monkeypatch.setattr(pl, "RdfFiles", functools.partial(RdfFiles, chunk=5))
    monkeypatch.setattr(pl.os, "cpu_count", lambda: 2)
    return Recorded


@pytest.mark.parametrize("piece_bytes", [1, 700, 1 << 20])
def test_fed_store_holds_what_the_file_load_holds(tmp_path: Path, piece_bytes: int) -> None:
    """Pieces of one line, pieces that span announcements, and one piece for everything."""
    out, ref = tmp_path / "out", tmp_path / "ref"
    out.mkdir(), ref.mkdir()
    feed = StoreFeed(out, describes=[out / "graph.ttl"], piece_bytes=piece_bytes)
    files = RdfFiles(fixture_corpus(), tmp_dir=out, chunk=1, on_nt_tail=feed.tail)
    atomic_write(out / "graph.ttl", files.write_turtle, binary=True)
    atomic_write(out / "graph.nt", files.write_nt, binary=True)
    files.close()  # the tail is removed before the child has read it all: it reads a descriptor
    final = feed.finish(out / "graph.nt")()
    assert final == out / "store"
    expected = _file_triples(out / "graph.nt")
    assert _triples(final) == expected == _triples(write_store(out / "graph.nt", ref))
    lines = (out / "graph.nt").read_bytes().splitlines()
    assert read_manifest(final)["triples"] == len(expected) == len(lines)
    assert store_for(out / "graph.nt") == store_for(out / "graph.ttl") == final
    assert _leftovers(out) == []


def test_write_exports_files_and_store_equal_on_one_core_and_two(tmp_path, seeds_kg, recorded, monkeypatch):
    two, one = tmp_path / "two", tmp_path / "one"
    paths = pl.write_exports(seeds_kg, two, names=NO_HTML)
    assert len(recorded.made) == 1 and recorded.made[0].calls > 2  # the store was fed while written
    assert paths[-1] == two / "store" and _gone(recorded.made[0].pid)
    monkeypatch.setattr(pl.os, "cpu_count", lambda: 1)
    pl.write_exports(seeds_kg, one, names=NO_HTML)
    assert len(recorded.made) == 1  # one core: loaded in this process after graph.nt
    for name in NO_HTML:
        assert (two / name).read_bytes() == (one / name).read_bytes(), name
    assert _triples(two / "store") == _triples(one / "store") == _file_triples(two / "graph.nt")
    assert store_for(two / "graph.nt") == two / "store" and store_for(two / "graph.ttl") == two / "store"
    assert _leftovers(two) == _leftovers(one) == []


def _kill(feed: Recorded) -> None:
    os.kill(feed.pid, signal.SIGKILL)  # as the kernel does when memory runs out
    os.waitid(os.P_PID, feed.pid, os.WEXITED | os.WNOWAIT)  # dead before the next announcement


def test_child_killed_mid_stream_is_one_kg_error(tmp_path, seeds_kg, recorded) -> None:
    recorded.after = (2, _kill)
    killed = r"^building the SPARQL store failed: its process was killed by SIGKILL"
    with pytest.raises(KGError, match=killed):
        pl.write_exports(seeds_kg, tmp_path, names=NO_HTML)
    feed = recorded.made[0]
    assert feed.calls > 2  # the RDF pass went on after the child died
    assert _gone(feed.pid)
    assert not (tmp_path / "store").exists() and _leftovers(tmp_path) == []
    assert store_for(tmp_path / "graph.nt") is None  # `kg sparql` parses the file instead


def test_child_failing_on_bad_lines_is_one_kg_error(tmp_path: Path) -> None:
    tail = tmp_path / "tail.nt"
    good = b'<https://ex.org/a> <https://ex.org/p> "one" .\n'
    tail.write_bytes(good)
    feed = StoreFeed(tmp_path, piece_bytes=1)
    feed.tail(tail, len(good))
    with open(tail, "ab") as fh:
        fh.write(b"<https://ex.org/a> <https://ex.org/p> \n")
    feed.tail(tail, tail.stat().st_size)
    (tmp_path / "graph.nt").write_bytes(b"")
    wait = feed.finish(tmp_path / "graph.nt")
    with pytest.raises(KGError) as err:
        wait()
    assert str(err.value).startswith("building the SPARQL store failed: SyntaxError")
    assert "\n" not in str(err.value)
    assert not (tmp_path / "store").exists() and _leftovers(tmp_path) == []


def test_rdf_writer_failing_mid_stream_stops_the_child(tmp_path, seeds_kg, recorded, monkeypatch) -> None:
    pl.write_exports(seeds_kg, tmp_path, names=NO_HTML)  # an earlier build's files and store
    before = {n: (tmp_path / n).read_bytes() for n in ("graph.ttl", "graph.nt")}
    old = _triples(tmp_path / "store")
    write_ntriples, calls = rdf_files_mod.write_ntriples, []

    def failing(blocks, fh):
        calls.append(1)
        if len(calls) == 4:  # the child was started at the first batch
            raise OSError(errno.ENOSPC, "No space left on device")
        return write_ntriples(blocks, fh)

    monkeypatch.setattr(rdf_files_mod, "write_ntriples", failing)
    with pytest.raises(KGError, match=r"cannot write: No space left on device$"), pl._writing(tmp_path):
        pl.write_exports(seeds_kg, tmp_path, names=NO_HTML)
    feed = recorded.made[-1]
    assert feed.calls == 3 and _gone(feed.pid)
    assert _leftovers(tmp_path) == []  # no half-built store, no tails
    # the earlier build is untouched, and its store still answers for its graph.nt
    assert {n: (tmp_path / n).read_bytes() for n in before} == before
    assert store_for(tmp_path / "graph.nt") == tmp_path / "store" and _triples(tmp_path / "store") == old
