"""Incremental build vs full rebuild: N generated papers already built, then one new listing.

    python benchmarks/bench_incremental.py [--papers 2000] [--new 100] [--runs 3]

Prints the median seconds of a full build of old + new listings into an empty folder and of the
incremental build (the same inputs into the folder that already holds the old listing's build),
and checks that both wrote byte-identical exports; then the same for the stage the cache serves,
ingest + extraction (resolution, the graph and the exports always re-run over everything).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import generate

from kg.cache import ExtractionCache
from kg.ingest import IngestReport
from kg.overrides import Overrides
from kg.pipeline import EXPORTS, BuildSettings, build, extract_corpus


def write(path: Path, records: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--papers", type=int, default=2000, help="papers in the existing build")
    ap.add_argument("--new", type=int, default=100, help="papers in the new listing")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    records = generate(args.papers + args.new, seed=1)
    full_t, inc_t, ex_full, ex_inc = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        old = write(root / "old.jsonl", records[: args.papers])
        new = write(root / "new.jsonl", records[args.papers :])
        for _ in range(args.runs):
            for d in ("full", "inc"):
                shutil.rmtree(root / d, ignore_errors=True)
            build([old], out_dir=root / "inc")  # the existing output folder
            t = time.perf_counter()
            build([old, new], out_dir=root / "inc")
            inc_t.append(time.perf_counter() - t)
            t = time.perf_counter()
            build([old, new], out_dir=root / "full")
            full_t.append(time.perf_counter() - t)
            same = all((root / "inc" / n).read_bytes() == (root / "full" / n).read_bytes() for n in EXPORTS)
            assert same, "incremental build differs from the full rebuild"
            settings = BuildSettings(overrides=Overrides())
            t = time.perf_counter()
            extract_corpus([old, new], settings=settings, report=IngestReport())
            ex_full.append(time.perf_counter() - t)
            shutil.rmtree(root / "stage", ignore_errors=True)
            cache = ExtractionCache.open(root / "stage", extract=settings.extract, overrides=Overrides())
            extract_corpus([old], settings=settings, report=IngestReport(), cache=cache)
            cache.save()
            cache = ExtractionCache.open(root / "stage", extract=settings.extract, overrides=Overrides())
            t = time.perf_counter()
            extract_corpus([old, new], settings=settings, report=IngestReport(), cache=cache)
            ex_inc.append(time.perf_counter() - t)
    full, inc = statistics.median(full_t), statistics.median(inc_t)
    print(f"{args.papers} papers built, {args.new} new; medians of {args.runs} runs")
    print(f"full rebuild   {full:7.2f} s")
    print(f"incremental    {inc:7.2f} s   ({full / inc:.2f}x faster; exports byte-identical)")
    ef, ei = statistics.median(ex_full), statistics.median(ex_inc)
    print(f"ingest+extract {ef:7.2f} s full, {ei:.2f} s incremental ({ef / ei:.1f}x)")


if __name__ == "__main__":
    main()
