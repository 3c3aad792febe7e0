"""`<out>/store/`: an embedded on-disk pyoxigraph store of graph.nt, so `kg sparql` never re-parses.

pyoxigraph loads N-Triples about 8x faster than rdflib parses them and answers one-predicate
queries in milliseconds (benchmarks/bench_sparql.py). The store is built in a temporary sibling
folder and swapped in, so a reader never sees a half-built store. `kg-store.json` records which
graph.ttl the store was built with, so a query given that file can use the store instead.
With a second core, a child process loads graph.nt while kg writes it (StoreFeed) and finishes
while kg writes the other exports.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from kg.errors import InputError, KGError

STORE_DIR = "store"
MANIFEST = "kg-store.json"
CHUNK_BYTES = 32 << 20  # N-Triples per bulk_load call: about 180,000 triples
CHILD_NICE = 5  # the loading child's priority below the build's (see _Child)


def _pieces(fh: BinaryIO, start: int, end: int, size: int, *, final: bool = True) -> Iterator[bytes]:
    """Bytes [start, end) of the file `fh` in pieces of about `size` bytes, each ending at a line
    break (a line longer than `size` is one piece); `end` must end a line. N-Triples holds one
    triple per line (a line break inside a literal is escaped), so every piece is a valid document;
    kg writes no blank nodes, whose labels would be scoped to one piece. Unless `final`, a last
    piece shorter than `size` is left for a later call, when more of the file is written."""
    while end - start >= size or (final and start < end):
        want = min(size, end - start)
        while True:
            fh.seek(start)
            block = fh.read(want)
            if len(block) < want:
                raise OSError(f"N-Triples file ends at byte {start + len(block)}, not {start + want}")
            cut = len(block) if start + want == end else block.rfind(b"\n") + 1
            if cut:
                break
            want = min(2 * want, end - start)
        yield block[:cut]
        start += cut


def _stamp(path: Path) -> dict[str, int]:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _new_tmp(out: Path) -> Path:
    """A temporary sibling folder of `<out>/store`, as readable as the exports (mkdtemp makes it private)."""
    tmp = Path(tempfile.mkdtemp(prefix=".store.", suffix=".tmp", dir=out))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o777 & ~umask)
    return tmp


def _load(store: Any, pieces: Iterator[bytes]) -> int:
    """bulk_load each piece; the number of pieces.

    lenient: skip re-validating IRIs that kg's own writer minted (tests parse its output strictly
    with rdflib and pyoxigraph); about 12% faster on a million triples. In pieces: one bulk_load
    holds about 800 bytes per triple until it ends (850 MB for 1.1M triples); pieces of 32 MB cap
    that near 300 MB for the same CPU time."""
    import pyoxigraph as ox

    n = 0
    for piece in pieces:
        store.bulk_load(piece, format=ox.RdfFormat.N_TRIPLES, lenient=True)
        n += 1
    return n


def _seal(store: Any, pieces: int) -> int:
    """Merge and flush a loaded store; its number of triples."""
    if pieces > 1:  # each piece leaves its own overlapping files: look-ups cost 2-3x until merged
        store.optimize()
    store.flush()
    return len(store)


def _install(tmp: Path, out: Path, triples: int, files: Sequence[Path]) -> Path:
    """Stamp `files` (what the closed store in `tmp` holds) in its manifest and swap it in as
    `<out>/store`, so a reader never sees a half-built store."""
    manifest = {"triples": triples, "files": {p.name: _stamp(p) for p in files}}
    (tmp / MANIFEST).write_text(json.dumps(manifest, sort_keys=True, indent=1) + "\n", encoding="utf-8")
    final = out / STORE_DIR
    old = None
    if final.exists():
        old = Path(tempfile.mkdtemp(prefix=".store.", suffix=".old", dir=out))
        os.replace(final, old / STORE_DIR)
    os.replace(tmp, final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return final


def write_store(nt_path: str | Path, out_dir: str | Path, *, describes: Sequence[str | Path] = (),
                tmp: Path | None = None) -> Path:
    """Bulk-load `nt_path` into `<out_dir>/store/`; `describes` are the files it stands for."""
    import pyoxigraph as ox

    nt_path, out = Path(nt_path), Path(out_dir)
    tmp = tmp or _new_tmp(out)
    try:
        store = ox.Store(str(tmp / "db"))
        with open(nt_path, "rb") as fh:
            pieces = _load(store, _pieces(fh, 0, os.fstat(fh.fileno()).st_size, CHUNK_BYTES))
        triples = _seal(store, pieces)
        del store  # closed before its folder moves
        return _install(tmp, out, triples, [nt_path, *map(Path, describes)])
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


class _Child:
    """A child process running `kg.export.store.<entry>(args)`, so the caller writes its other
    files meanwhile (on a second core). bulk_load holds the GIL, so a thread would not overlap
    with Python work. The child imports only this module and pyoxigraph, never the caller's
    script, and imports the caller's own kg: its folder goes first on the child's PYTHONPATH.
    It builds the store in a folder made here, which is removed here if it fails.

    The child runs at a lower priority (CHILD_NICE): the caller's writers are the build's
    critical path (about 67 CPU s at 100,000 papers, against the child's 50 CPU s, whose
    bulk_load runs on several threads), so the child should take the second core and only what
    the writers leave of the first. write_exports at 100,000 papers, 2 cores shared (load 2-3.5),
    interleaved runs: loaded after graph.nt (as before) 80-106 s, median 89; fed while graph.nt is
    written 88-92 s at nice 0 (the child slowed the RDF pass by 15 s), 73-87 s at nice 10 (the
    build then waited up to 9 s for a starved child), 76-78 s at nice 5; pinned to one core
    instead of niced, 84-91 s."""

    def __init__(self, entry: str, out_dir: Path, args: list[Any], *, stdin: int = subprocess.DEVNULL,
                 pass_fds: Sequence[int] = ()):
        self._tmp = _new_tmp(out_dir)
        root = str(Path(__file__).resolve().parents[2])  # the folder holding the kg package
        path = os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))
        env = {**os.environ, "PYTHONPATH": path}
        # niced before pyoxigraph starts its threads, which inherit it
        code = (f"import os, sys; os.nice({CHILD_NICE}); "
                f"from kg.export.store import {entry}; {entry}(sys.argv[1])")
        try:
            self._proc = subprocess.Popen(
                [sys.executable, "-c", code, json.dumps([str(self._tmp), *args])], env=env, stdin=stdin,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, pass_fds=pass_fds)
        except BaseException:
            shutil.rmtree(self._tmp, ignore_errors=True)
            raise

    def wait(self) -> Path:
        """The store's folder once the child has built it; KGError if it failed."""
        out, err = self._proc.communicate()
        code = self._proc.returncode
        if code != 0:
            shutil.rmtree(self._tmp, ignore_errors=True)  # a killed child cannot clean up
            if code < 0:  # killed: by the kernel when memory ran out, most often
                last = f"its process was killed by {_signal_name(-code)} (out of memory?)"
            else:
                last = (err.strip().splitlines() or [f"exit status {code}"])[-1]
            raise KGError(f"building the SPARQL store failed: {last}")
        return Path(out.strip())

    def kill(self) -> None:
        """Stop the child and remove what it built (no store is installed)."""
        if self._proc.poll() is None:
            self._proc.kill()
        self._proc.communicate()
        shutil.rmtree(self._tmp, ignore_errors=True)


class StoreJob(_Child):
    """`write_store` of a complete graph.nt in a child process."""

    def __init__(self, nt_path: str | Path, out_dir: str | Path, *, describes: Sequence[str | Path] = ()):
        args = [str(nt_path), str(out_dir), [str(p) for p in describes]]
        super().__init__("_job_child", Path(out_dir), args)


def _job_child(args: str) -> None:
    tmp, nt_path, out_dir, describes = json.loads(args)
    print(write_store(nt_path, out_dir, describes=describes, tmp=Path(tmp)))


class StoreFeed:
    """The store loaded while graph.nt is written, by a child process on the second core.

    kg writes graph.nt's paper triples first, to a temporary tail (kg.export.rdf_files), then the
    opening blocks and a copy of that tail. Each time the tail has grown by complete lines,
    `tail()` tells the child, which bulk-loads every full piece so far; `finish()` says graph.nt
    is in place, and the child loads the rest of the tail and graph.nt's opening bytes (those
    before the tail's copy), then installs the store as `write_store` does. The store holds the
    same triples as one loaded from graph.nt (a set: the order of pieces does not matter), and its
    manifest stamps the graph.nt written. The child reads the tail through a descriptor opened
    here, so the tail may be removed before it is read. Messages are a few bytes a batch, far
    below a pipe's buffer: writing them never waits for the child. If the child dies, the next
    message finds a broken pipe, and `wait()` reports why; `abort()` stops it and removes its folder."""

    def __init__(self, out_dir: str | Path, *, describes: Sequence[str | Path] = (),
                 piece_bytes: int = CHUNK_BYTES):
        self._out, self._describes = Path(out_dir), [str(p) for p in describes]
        self._piece_bytes = piece_bytes
        self._child: _Child | None = None
        self._pipe = -1
        self._size = 0
        self._finished = False

    def tail(self, path: Path, size: int) -> None:
        """The tail at `path` now holds `size` bytes, ending at a line break."""
        if self._child is None:
            tail_fd = os.open(path, os.O_RDONLY)
            read, write = os.pipe()
            try:
                args = [tail_fd, str(self._out), self._piece_bytes]
                self._child = _Child("_feed_child", self._out, args, stdin=read, pass_fds=[tail_fd])
                self._pipe = write
            except BaseException:
                os.close(write)
                raise
            finally:
                os.close(read)
                os.close(tail_fd)
        self._size = size
        self._send(["tail", size])

    def finish(self, nt_path: Path) -> Callable[[], Path]:
        """graph.nt is written (the tail's bytes last): the child may load the rest and install
        the store. Returns a call that waits for it."""
        self._finished = True
        if self._child is None:  # no tail was announced: load the file as it is
            return StoreJob(nt_path, self._out, describes=self._describes).wait
        head = nt_path.stat().st_size - self._size
        self._send(["done", self._size, str(nt_path), head, self._describes])
        self._close_pipe()
        return self._child.wait

    def abort(self) -> None:
        """graph.nt will not be written: stop the child; no store is installed. Once `finish()`
        was called, nothing (its wait says how the child ended)."""
        if self._finished:
            return
        self._finished = True
        self._close_pipe()
        if self._child is not None:
            self._child.kill()

    def _send(self, msg: list[Any]) -> None:
        if self._pipe < 0:
            return
        try:
            os.write(self._pipe, (json.dumps(msg) + "\n").encode())
        except BrokenPipeError:  # the child died: wait() says how
            self._close_pipe()

    def _close_pipe(self) -> None:
        if self._pipe >= 0:
            os.close(self._pipe)
            self._pipe = -1


def _feed_child(args: str) -> None:
    import pyoxigraph as ox

    tmp, tail_fd, out_dir, size = json.loads(args)
    tmp, tail = Path(tmp), os.fdopen(tail_fd, "rb")
    try:
        store = ox.Store(str(tmp / "db"))
        loaded = pieces = 0
        for line in sys.stdin:
            msg = json.loads(line)
            final = msg[0] == "done"
            for piece in _pieces(tail, loaded, msg[1], size, final=final):
                pieces += _load(store, iter([piece]))
                loaded += len(piece)
            if final:
                _, _, nt_path, head, describes = msg
                with open(nt_path, "rb") as fh:
                    pieces += _load(store, _pieces(fh, 0, head, size))
                triples = _seal(store, pieces)
                del store  # closed before its folder moves
                print(_install(tmp, Path(out_dir), triples, [Path(nt_path), *map(Path, describes)]))
                return
        raise KGError("graph.nt was not finished")
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def read_manifest(store_dir: Path) -> dict[str, Any] | None:
    try:
        return json.loads((store_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def store_for(path: str | Path) -> Path | None:
    """The store that holds exactly the data at `path` (a store, an output folder, or its graph.ttl/.nt)."""
    path = Path(path)
    if path.is_dir():
        for cand in (path, path / STORE_DIR):
            if read_manifest(cand) is not None:
                return cand
        return None
    cand = path.parent / STORE_DIR
    manifest = read_manifest(cand)
    if manifest is None:
        return None
    stamp = manifest.get("files", {}).get(path.name)
    try:
        return cand if stamp == _stamp(path) else None
    except OSError:
        return None


def open_store(store_dir: str | Path):
    """Open a store read-only (several readers may share it)."""
    import pyoxigraph as ox

    store_dir = Path(store_dir)
    try:
        return ox.Store.read_only(str(store_dir / "db"))
    except OSError as err:
        raise InputError(f"cannot open the store: {err}", file=str(store_dir)) from None
