"""Two builds of the same input, in separate processes with different hash seeds, write identical bytes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXPORTS = ("graph.ttl", "graph.graphml", "graph.json", "graph.html", "papers.jsonl")
# `store/` is the embedded SPARQL database (RocksDB files carry a random identity, and its manifest
# records file times to know when it is stale): a cache beside the exports, not an export.
NOT_EXPORTS = ("store",)


def build_twice(inputs: list[str], tmp_path: Path) -> tuple[Path, Path]:
    """Run `kg build` in two processes at once, with PYTHONHASHSEED 1 and 2."""
    outs = (tmp_path / "seed1", tmp_path / "seed2")
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "kg.cli", "build", *inputs, "-o", str(out)],
            cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": seed}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
        for seed, out in zip(("1", "2"), outs)
    ]
    for proc in procs:
        _, stderr = proc.communicate(timeout=300)
        assert proc.returncode == 0, stderr.decode()
    return outs


def exported_files(out: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.relative_to(out).parts[0] not in NOT_EXPORTS
    }


def assert_identical(a: Path, b: Path) -> None:
    files_a, files_b = exported_files(a), exported_files(b)
    assert set(EXPORTS) <= set(files_a)
    assert sorted(files_a) == sorted(files_b)
    differing = [name for name in files_a if files_a[name] != files_b[name]]
    assert differing == [], f"not byte-identical across PYTHONHASHSEED values: {differing}"


def test_fixture_build_is_byte_identical_across_processes(tmp_path: Path) -> None:
    inputs = ["tests/fixtures/ingest/good", "tests/fixtures/ingest/bad/malformed.jsonl"]
    assert_identical(*build_twice(inputs, tmp_path))


def test_seeds_build_is_byte_identical_across_processes(tmp_path: Path) -> None:
    assert_identical(*build_twice(["seeds"], tmp_path))
