"""Extraction over several processes against one: the rate of each engine on the same papers.

    python benchmarks/bench_parallel.py                   # 20,000 abstracts, 3 runs, 1 vs 2 processes
    python benchmarks/bench_parallel.py --size 40000 --dask

Papers are read once (ingest is not measured); every run then extracts all of them, start-up
included (a pool's processes, a worker's Extractor, a Dask cluster), in rotation so that the
machine's drift hits every engine alike. Prints the median abstracts/s of each and the ratio.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from inputs import load_papers

from kg.engine import EngineSettings, extract_papers
from kg.engine.shards import extractor_for
from kg.extract import ExtractSettings


def rate(papers: list, engine: EngineSettings) -> float:
    """Abstracts per second of one full extraction, start-up included."""
    extractor_for.cache_clear()  # the one-process run pays for its Extractor too
    t = time.perf_counter()
    n = sum(1 for _ in extract_papers(papers, settings=ExtractSettings(), engine=engine))
    return n / (time.perf_counter() - t)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=20_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--shard-size", type=int, default=EngineSettings().shard_size)
    ap.add_argument("--dask", action="store_true", help="also time the Dask engine on a local cluster")
    ap.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench-data")
    args = ap.parse_args()
    papers = load_papers(args.size, args.data)
    engines = {
        "1 process": EngineSettings(name="local", shard_size=args.shard_size),
        f"{args.processes} processes": EngineSettings(name="processes", processes=args.processes,
                                                      shard_size=args.shard_size),
    }
    if args.dask:
        engines[f"dask, {args.processes} workers"] = EngineSettings(
            name="dask", processes=args.processes, shard_size=args.shard_size)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"{len(papers):,} abstracts, shards of {args.shard_size}", flush=True)
    rates: dict[str, list[float]] = {name: [] for name in engines}
    for i in range(args.runs):
        for name, engine in engines.items():
            rates[name].append(rate(papers, engine))
        print(f"  run {i + 1}: " + ", ".join(f"{k} {v[-1]:,.0f}/s" for k, v in rates.items()), flush=True)
    base = statistics.median(rates["1 process"])
    print(f"| engine | abstracts/s (median of {args.runs}) | vs 1 process |\n|---|---|---|")
    for name, vals in rates.items():
        med = statistics.median(vals)
        print(f"| {name} | {med:,.0f} | {med / base:.2f}x |")


if __name__ == "__main__":
    main()
