"""Atomic writes: a failing or killed writer leaves the previous file intact and whole."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.export.atomic import atomic_open, atomic_write


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_write_replaces_the_file_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "graph.json"  # the folder is created
    atomic_write(target, lambda fh: fh.write('{"nodes": []}\n'))
    atomic_write(target, lambda fh: fh.write('{"nodes": [1]}\n'))
    assert target.read_text(encoding="utf-8") == '{"nodes": [1]}\n'
    assert leftovers(target.parent) == []


def test_text_is_utf8_with_unix_newlines_and_binary_is_untouched(tmp_path: Path) -> None:
    atomic_write(tmp_path / "a.txt", lambda fh: fh.write("Über\nline\n"))
    assert (tmp_path / "a.txt").read_bytes() == "Über\nline\n".encode()
    atomic_write(tmp_path / "b.bin", lambda fh: fh.write(b"\x00\r\n\xff"), binary=True)
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\r\n\xff"


def test_file_mode_follows_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        atomic_write(tmp_path / "a.txt", lambda fh: fh.write("x"))
    finally:
        os.umask(old)
    assert (tmp_path / "a.txt").stat().st_mode & 0o777 == 0o644  # not mkstemp's 0600


@pytest.mark.parametrize("error", [RuntimeError("writer failed"), KeyboardInterrupt()])
def test_writer_that_raises_leaves_the_old_file_and_no_temp_file(tmp_path: Path, error: BaseException) -> None:
    target = tmp_path / "graph.ttl"
    target.write_text("old complete content\n", encoding="utf-8")

    def half_then_fail(fh) -> None:
        fh.write("@prefix kg: <https://example.org/kg#> .\n" * 1000)
        raise error

    with pytest.raises(type(error)):
        atomic_write(target, half_then_fail)
    assert target.read_text(encoding="utf-8") == "old complete content\n"
    assert leftovers(tmp_path) == []


def test_failure_before_the_first_write_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(ValueError), atomic_open(tmp_path / "new.jsonl"):
        raise ValueError("no data")
    assert list(tmp_path.iterdir()) == []


def test_process_killed_mid_write_leaves_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "papers.jsonl"
    target.write_text("old\n", encoding="utf-8")
    code = (
        "import os, sys\n"
        "from kg.export.atomic import atomic_open\n"
        "with atomic_open(sys.argv[1]) as fh:\n"
        "    fh.write('partial line without end' * 1000)\n"
        "    fh.flush()\n"
        "    os._exit(9)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(target)], capture_output=True, timeout=60, check=False)
    assert proc.returncode == 9
    assert target.read_text(encoding="utf-8") == "old\n"
