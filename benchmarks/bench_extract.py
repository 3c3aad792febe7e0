"""Extraction speed beside spaCy's bare tokenizer, on the same generated abstracts, in the same run.

Prints the median of several runs in abstracts per second for: the blank English tokenizer over
each title and abstract, and `Extractor.extract` over each paper (a new Extractor per run; no
cache is shared across documents). Target: the extractor runs at >= 0.75x the tokenizer.

    python benchmarks/bench_extract.py [-n 10000] [--runs 3] [--seed 0]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402

from kg.extract import Extractor  # noqa: E402
from kg.model import Paper  # noqa: E402
from kg.text import paper_id  # noqa: E402


def _papers(n: int, seed: int) -> list[Paper]:
    return [Paper(id=paper_id(r["title"]) + f"-{i}", title=r["title"], abstract=r["abstract"])
            for i, r in enumerate(corpus.generate(n, seed=seed))]


def bench_tokenizer(papers: list[Paper]) -> tuple[float, float]:
    """(abstracts/s by the wall clock, abstracts/s by this process's CPU time)."""
    import spacy

    tok = spacy.blank("en").tokenizer  # a fresh tokenizer per run: its cache starts empty
    t0, c0 = time.perf_counter(), time.process_time()
    for p in papers:
        tok(p.title)
        tok(p.abstract)
    return len(papers) / (time.perf_counter() - t0), len(papers) / (time.process_time() - c0)


def bench_extractor(papers: list[Paper]) -> tuple[float, float, float]:
    """(wall-clock rate, CPU-time rate, seconds to build the extractor)."""
    t0 = time.perf_counter()
    ex = Extractor()
    build = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    for p in papers:
        ex.extract(p)
    return len(papers) / (time.perf_counter() - t0), len(papers) / (time.process_time() - c0), build


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    papers = _papers(args.n, args.seed)
    records = [{"title": p.title, "abstract": p.abstract} for p in papers]
    print(f"{len(papers)} abstracts, {corpus.unique_ratio(records):.1%} unique sentences; "
          f"load average {_load()} on {os.cpu_count()} cores")
    tok, ext, tok_cpu, ext_cpu, builds = [], [], [], [], []
    for run in range(args.runs):
        rate, cpu = bench_tokenizer(papers)
        tok.append(rate)
        tok_cpu.append(cpu)
        rate, cpu, build = bench_extractor(papers)
        ext.append(rate)
        ext_cpu.append(cpu)
        builds.append(build)
        print(f"run {run + 1}: tokenizer {tok[-1]:,.0f}/s  extractor {ext[-1]:,.0f}/s  (extractor built in {build:.2f} s)")
    t, e = statistics.median(tok), statistics.median(ext)
    print(f"median of {args.runs}: spaCy blank tokenizer {t:,.0f} abstracts/s; extractor {e:,.0f} abstracts/s; "
          f"ratio {e / t:.2f}x; extractor build {statistics.median(builds):.2f} s; load average after {_load()}")
    # On a shared machine the wall clock counts time spent waiting for a core; CPU time does not.
    tc, ec = statistics.median(tok_cpu), statistics.median(ext_cpu)
    print(f"by CPU time: tokenizer {tc:,.0f} abstracts/s; extractor {ec:,.0f} abstracts/s; ratio {ec / tc:.2f}x")


def _load() -> str:
    """The 1-minute load average: the machine is shared, and a loaded one slows both sides unevenly."""
    return f"{os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else "unknown"


if __name__ == "__main__":
    main()
