"""`<out>/store/`: an embedded on-disk pyoxigraph store of graph.nt, so `kg sparql` never re-parses.

pyoxigraph loads N-Triples about 8x faster than rdflib parses them and answers one-predicate
queries in milliseconds (benchmarks/bench_sparql.py). The store is built in a temporary sibling
folder and swapped in, so a reader never sees a half-built store. `kg-store.json` records which
graph.ttl the store was built with, so a query given that file can use the store instead.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from kg.errors import InputError, KGError

STORE_DIR = "store"
MANIFEST = "kg-store.json"
CHUNK_BYTES = 32 << 20  # N-Triples per bulk_load call: about 180,000 triples


def _chunks(path: Path, size: int) -> Iterator[bytes]:
    """`path` in pieces of about `size` bytes, each ending at a line break. N-Triples holds one
    triple per line (a line break inside a literal is escaped), so every piece is a valid document;
    kg writes no blank nodes, whose labels would be scoped to one piece."""
    rest = b""
    with open(path, "rb") as fh:
        while block := fh.read(size):
            cut = block.rfind(b"\n") + 1
            if cut == 0:
                rest += block
                continue
            yield rest + block[:cut]
            rest = block[cut:]
    if rest:
        yield rest


def _stamp(path: Path) -> dict[str, int]:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _new_tmp(out: Path) -> Path:
    """A temporary sibling of `<out>/store` to build it in."""
    tmp = Path(tempfile.mkdtemp(prefix=".store.", suffix=".tmp", dir=out))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes it private; the store is as readable as the exports
    return tmp


def write_store(nt_path: str | Path, out_dir: str | Path, *, describes: Sequence[str | Path] = (),
                tmp: Path | None = None) -> Path:
    """Bulk-load `nt_path` into `<out_dir>/store/`; `describes` are the files it stands for.
    `tmp`: the empty folder to build it in (default: a new one)."""
    import pyoxigraph as ox

    nt_path, out = Path(nt_path), Path(out_dir)
    tmp = tmp or _new_tmp(out)
    try:
        store = ox.Store(str(tmp / "db"))
        # lenient: skip re-validating IRIs that kg's own writer minted (tests parse its output
        # strictly with rdflib and pyoxigraph); about 12% faster on a million triples.
        # In pieces: one bulk_load holds about 800 bytes per triple until it ends (850 MB for
        # 1.1M triples); pieces of 32 MB cap that near 300 MB for the same CPU time.
        pieces = 0
        for piece in _chunks(nt_path, CHUNK_BYTES):
            store.bulk_load(piece, format=ox.RdfFormat.N_TRIPLES, lenient=True)
            pieces += 1
        if pieces > 1:  # each piece leaves its own overlapping files: look-ups cost 2-3x until merged
            store.optimize()
        store.flush()
        triples = len(store)
        del store
        manifest = {"triples": triples, "files": {Path(p).name: _stamp(Path(p)) for p in [nt_path, *describes]}}
        (tmp / MANIFEST).write_text(json.dumps(manifest, sort_keys=True, indent=1) + "\n", encoding="utf-8")
        final = out / STORE_DIR
        old = None
        if final.exists():
            old = Path(tempfile.mkdtemp(prefix=".store.", suffix=".old", dir=out))
            os.replace(final, old / STORE_DIR)
        os.replace(tmp, final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return final


class StoreJob:
    """`write_store` in a child process, so the caller writes its other files meanwhile (on a
    second core). bulk_load holds the GIL, so a thread would not overlap with Python work. The
    child imports only this module and pyoxigraph, never the caller's script, and imports the
    caller's own kg: its folder goes first on the child's PYTHONPATH. The store is built in a
    temporary folder made here, so that it is removed here if the child fails: a child killed
    (out of memory) cannot remove it, and it held hundreds of MB."""

    def __init__(self, nt_path: str | Path, out_dir: str | Path, *, describes: Sequence[str | Path] = ()):
        self._tmp = _new_tmp(Path(out_dir))
        args = json.dumps([str(nt_path), str(out_dir), [str(p) for p in describes], str(self._tmp)])
        root = str(Path(__file__).resolve().parents[2])  # the folder holding the kg package
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
        code = "import sys; from kg.export.store import _child; _child(sys.argv[1])"
        try:
            self._proc = subprocess.Popen([sys.executable, "-c", code, args], env=env,
                                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                          stderr=subprocess.PIPE, text=True)
        except BaseException:
            shutil.rmtree(self._tmp, ignore_errors=True)
            raise

    def wait(self) -> Path:
        """The store's folder once the child has built it; KGError if it failed."""
        out, err = self._proc.communicate()
        code = self._proc.returncode
        if code != 0:
            shutil.rmtree(self._tmp, ignore_errors=True)
            if code < 0:  # killed: by the kernel when memory ran out, most often
                last = f"its process was killed by {_signal_name(-code)} (out of memory?)"
            else:
                last = (err.strip().splitlines() or [f"exit status {code}"])[-1]
            raise KGError(f"building the SPARQL store failed: {last}")
        return Path(out.strip())


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def _child(args: str) -> None:
    nt_path, out_dir, describes, tmp = json.loads(args)
    print(write_store(nt_path, out_dir, describes=describes, tmp=Path(tmp)))


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
