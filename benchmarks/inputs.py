"""Benchmark inputs: a generated corpus written once as listing files, reused across runs.

The records come from `corpus.generate` (sentences recombined from the seeds, names and words
varied, >= 95% unique sentences, so no tokenizer cache flatters the figures). They are written as
JSONL when kg reads it, else as Hugging Face page text, in files of 5,000 listings, and cached
under a key of size, seed and the sources of both modules, so a changed generator writes new files.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

PER_FILE = 5_000


def _format() -> str:
    from kg.ingest.registry import READERS

    return "jsonl" if "jsonl" in READERS else "hf-page"


def corpus_dir(n: int, root: Path, *, seed: int = 0) -> Path:
    """A folder of listing files holding `n` generated abstracts; built on first use."""
    import corpus

    fmt = _format()
    source = Path(corpus.__file__).read_bytes() + Path(__file__).read_bytes()
    key = hashlib.sha1(source + f"{n}/{seed}/{fmt}".encode()).hexdigest()[:10]
    folder = root / f"corpus-{n}-{key}"
    if (folder / ".done").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    records = _distinct_titles(corpus.generate(n, seed=seed))
    for i in range(0, len(records), PER_FILE):
        part = records[i : i + PER_FILE]
        if fmt == "jsonl":
            text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in part)
            (folder / f"part-{i // PER_FILE:03d}.jsonl").write_text(text, encoding="utf-8")
        else:
            text = "Mar 11\n\n" + "".join(f"{r['title']}\n\n{r['abstract']}\n\n" for r in part)
            (folder / f"part-{i // PER_FILE:03d}.txt").write_text(text, encoding="utf-8")
    (folder / ".done").write_text("", encoding="utf-8")
    return folder


def _distinct_titles(records: list[dict]) -> list[dict]:
    """The generator reuses seed titles; ingest merges listings with one title into one paper,
    so a repeated title gets a numbered part and `n` records stay `n` papers."""
    seen: dict[str, int] = {}
    out = []
    for r in records:
        k = seen[r["title"]] = seen.get(r["title"], 0) + 1
        out.append(r if k == 1 else {**r, "title": f"{r['title']} (part {k})"})
    return out


def load_papers(n: int, root: Path, *, seed: int = 0) -> list:
    """The generated corpus read back through kg's own ingest: one Paper per abstract."""
    from kg.ingest import read_papers

    return read_papers([corpus_dir(n, root, seed=seed)])
