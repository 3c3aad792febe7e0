"""Extraction over several processes against one: the rate of each engine on the same papers.

    python benchmarks/bench_parallel.py                   # 20,000 abstracts, 3 runs, 1 vs 2 processes
    python benchmarks/bench_parallel.py --size 40000 --dask

Papers are read once (ingest is not measured); every run then extracts all of them, start-up
included (a pool's processes, a worker's Extractor, a Dask cluster), in rotation so that the
machine's drift hits every engine alike. Prints the median abstracts/s of each and the ratio,
and the CPU seconds of the main process and of the workers: on a machine shared with other
work the wall-clock ratio says little, while CPU time shows what the engine itself costs.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
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


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def rate(papers: list, engine: EngineSettings) -> tuple[float, float, float]:
    """Abstracts per second of one full extraction, start-up included; and the CPU seconds
    spent by this process and by its workers (counted once the pool has been shut down)."""
    extractor_for.cache_clear()  # the one-process run pays for its Extractor too
    main0, workers0, t = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN), time.perf_counter()
    n = sum(1 for _ in extract_papers(papers, settings=ExtractSettings(), engine=engine))
    wall = time.perf_counter() - t
    return n / wall, _cpu(resource.RUSAGE_SELF) - main0, _cpu(resource.RUSAGE_CHILDREN) - workers0


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
    cpu: dict[str, list[tuple[float, float]]] = {name: [] for name in engines}
    for i in range(args.runs):
        for name, engine in engines.items():
            r, main_cpu, workers_cpu = rate(papers, engine)
            rates[name].append(r)
            cpu[name].append((main_cpu, workers_cpu))
        print(f"  run {i + 1}: " + ", ".join(f"{k} {v[-1]:,.0f}/s" for k, v in rates.items())
              + f" (load average {os.getloadavg()[0]:.1f})", flush=True)
    base = statistics.median(rates["1 process"])
    base_cpu = statistics.median(sum(c) for c in cpu["1 process"])
    print(f"| engine | abstracts/s (median of {args.runs}) | vs 1 process | CPU s: main + workers "
          "| CPU-bound ratio on an idle machine |\n|---|---|---|---|---|")
    for name, vals in rates.items():
        med = statistics.median(vals)
        main_cpu = statistics.median(c[0] for c in cpu[name])
        workers_cpu = statistics.median(c[1] for c in cpu[name])
        # with a core per worker and nothing else running, wall time is the busiest process's CPU
        n = 1 if name == "1 process" else args.processes
        bound = base_cpu / max(main_cpu, workers_cpu / n, 1e-9)
        print(f"| {name} | {med:,.0f} | {med / base:.2f}x | {main_cpu:.1f} + {workers_cpu:.1f} | {bound:.2f}x |")

if __name__ == "__main__":
    main()
