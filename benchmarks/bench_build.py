"""End-to-end build benchmark: generated corpora of 10,000 and 100,000 abstracts.

    python benchmarks/bench_build.py                      # 10k and 100k, 3 runs each, engine auto
    python benchmarks/bench_build.py --sizes 10000 --runs 1 --engine local

Every run is a fresh process (so peak memory is that run's own) running `kg.build` to a new
folder with every export but the HTML, timing each stage inside it: ingest, extract, resolve,
graph, each export file, the SPARQL store and the extraction cache. After the
build it counts RDF triples and times the named SPARQL queries warm; the HTML export is timed
and sized separately (at `--html-size` only), since the explorer is not part of the target.
Prints medians of the runs per size and a Markdown table for benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from inputs import corpus_dir


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def _tree_pss(proc: Any) -> int:
    """Proportional set size of a process and its descendants: shared pages counted once."""
    import psutil

    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):  # a worker that just exited
            total += p.memory_full_info().pss
    return total


def _tree_rss(proc: Any) -> int:
    """Resident set of a process and its descendants, from /proc/PID/statm: microseconds a call."""
    import psutil

    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def watch(cmd: list[str], every: float = 0.1, duty: float = 0.03) -> tuple[subprocess.CompletedProcess, float, float]:
    """Run `cmd`, sampling the memory of its whole process tree (the pool's workers included)
    from outside, so the measured build stays single-threaded like `kg build`: peak PSS in MB, and
    peak resident set in MB (shared pages counted in each process: a bound PSS stays under).

    PSS is what counts (pages shared by the workers once), but the kernel walks every page to
    give it: 44 ms a sample at 2 GB. Sampled every 0.1 s, that took 30% of a core from a 100k
    build on 2 cores, more the larger the heap, and made the build's growth look superlinear.
    So the resident set (cheap) is read every `every` seconds, and PSS when it reaches a new high
    or two seconds have passed, never more than `duty` of one core."""
    import psutil

    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    proc, peak, high, rss_peak = psutil.Process(child.pid), 0, 0, 0
    due = allowed = 0.0  # the next periodic PSS sample; the earliest one a new high may take
    while child.poll() is None:
        try:
            rss, now = _tree_rss(proc), time.perf_counter()
            rss_peak = max(rss_peak, rss)
            if now >= due or (rss > high * 1.01 and now >= allowed):
                peak = max(peak, _tree_pss(proc))
                spent = time.perf_counter() - now
                high, allowed, due = max(high, rss), now + spent / duty, now + max(2.0, spent / duty)
        except psutil.NoSuchProcess:
            break
        time.sleep(every)
    out, err = child.communicate()
    return subprocess.CompletedProcess(cmd, child.returncode, out, err), peak / 2**20, rss_peak / 2**20


def _named_query_latency(out: Path) -> tuple[int, dict[str, float]]:
    """Triples in the export, and the warm median latency (ms) of every named query."""
    from queries import load_store, named_queries

    store = load_store(out)
    lat: dict[str, float] = {}
    for name, run in named_queries(store):
        run()  # warm
        times = []
        for _ in range(5):
            t = time.perf_counter()
            run()
            times.append(time.perf_counter() - t)
        lat[name] = round(statistics.median(times) * 1000, 1)
    return len(store), lat


class Stopwatch:
    """Wraps the functions `kg.pipeline` calls and adds up the time spent in each, so the
    benchmark times `kg.build` itself, whatever the pipeline grows, not a copy of it."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}

    def wrap(self, fn: Callable[..., Any], label: Callable[..., str] | str) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            name = label if isinstance(label, str) else label(*args, **kwargs)
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.spent[name] = self.spent.get(name, 0.0) + time.perf_counter() - t

        return timed


def child(args: argparse.Namespace) -> None:
    """One `kg.build` to a fresh folder, all exports but the HTML; prints one JSON object."""
    import kg.pipeline as pl
    from kg.engine import EngineSettings
    from kg.graph import KnowledgeGraph

    out, watch = Path(args.out), Stopwatch()
    pl.read_papers = watch.wrap(pl.read_papers, "ingest")
    pl.extract_corpus = watch.wrap(pl.extract_corpus, "ingest+extract")
    pl.load_kb = watch.wrap(pl.load_kb, "resolve")
    pl.resolve = watch.wrap(pl.resolve, "resolve")
    from_corpus = KnowledgeGraph.from_corpus
    KnowledgeGraph.from_corpus = watch.wrap(from_corpus, "graph")  # type: ignore[method-assign]
    pl.atomic_write = watch.wrap(pl.atomic_write, lambda path, *a, **k: Path(path).name)
    pl.write_store = watch.wrap(pl.write_store, "store")
    pl.ExtractionCache.save = watch.wrap(pl.ExtractionCache.save, "cache")  # type: ignore[method-assign]
    write_exports = pl.write_exports
    no_html = tuple(n for n in pl.EXPORTS if n != "graph.html")
    pl.write_exports = lambda kg, out_dir, **kw: write_exports(kg, out_dir, **{**kw, "names": no_html})

    settings = pl.BuildSettings(engine=EngineSettings(name=args.engine, processes=args.processes))
    t0 = time.perf_counter()
    kg = pl.build([args.input], out_dir=out, settings=settings)
    total = time.perf_counter() - t0
    spent = dict(watch.spent)
    spent["extract"] = spent.pop("ingest+extract") - spent["ingest"]
    order = ["ingest", "extract", "resolve", "graph", *no_html, "store", "cache"]
    stages = {k: round(spent.pop(k), 3) for k in order if k in spent}
    stages |= {k: round(v, 3) for k, v in sorted(spent.items())}
    stages["other"] = round(total - sum(stages.values()), 3)
    n = sum(1 for _, d in kg.nx.nodes(data=True) if d.get("type") == "Paper")
    rec: dict[str, Any] = {
        "papers": n, "total_s": round(total, 3), "stages": stages,
        "rss_mb": round(_rss_mb(resource.RUSAGE_SELF)),
        "nodes": kg.nx.number_of_nodes(), "edges": kg.nx.number_of_edges(),
        "sizes_mb": {p.name: round(p.stat().st_size / 2**20, 1) for p in sorted(out.iterdir()) if p.is_file()},
    }
    if args.html:
        t = time.perf_counter()
        write_exports(kg, out, names=["graph.html"])
        rec["html_s"] = round(time.perf_counter() - t, 3)
        rec["html_mb"] = round((out / "graph.html").stat().st_size / 2**20, 2)
    print(json.dumps(rec))


def query_child(args: argparse.Namespace) -> None:
    triples, latency = _named_query_latency(Path(args.out))
    print(json.dumps({"triples": triples, "sparql_ms": latency}))


def run_once(inp: Path, *, engine: str, processes: int | None, html: bool) -> dict[str, Any]:
    """One build in a fresh process watched from here, then the queries in another."""
    with tempfile.TemporaryDirectory(prefix="kg-bench-out-") as out:
        cmd = [sys.executable, __file__, "--child", "build", "--input", str(inp), "--out", out, "--engine", engine]
        cmd += ["--processes", str(processes)] if processes else []
        cmd += ["--html"] if html else []
        res, peak, rss_peak = watch(cmd)
        if res.returncode != 0:
            sys.exit(f"benchmark build failed:\n{res.stderr[-3000:]}")
        rec = json.loads(res.stdout.strip().splitlines()[-1])
        rec["peak_mb"] = round(peak)
        rec["peak_rss_tree_mb"] = round(rss_peak)
        rec["load"] = round(os.getloadavg()[0], 1)  # other work on the machine skews every figure
        cmd = [sys.executable, __file__, "--child", "query", "--out", out]
        res = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if res.returncode != 0:
            sys.exit(f"benchmark queries failed:\n{res.stderr[-3000:]}")
        return rec | json.loads(res.stdout.strip().splitlines()[-1])


def _median(runs: list[dict[str, Any]], *path: str) -> float:
    vals = []
    for r in runs:
        v: Any = r
        for k in path:
            v = v[k]
        vals.append(v)
    return statistics.median(vals)


def summarise(size: int, runs: list[dict[str, Any]]) -> dict[str, Any]:
    total = _median(runs, "total_s")
    s: dict[str, Any] = {
        "size": size, "papers": runs[0]["papers"], "runs": len(runs), "total_s": total,
        "abstracts_per_s": round(runs[0]["papers"] / total),
        "stages": {k: _median(runs, "stages", k) for k in runs[0]["stages"]},
        "peak_mb": _median(runs, "peak_mb"), "rss_mb": _median(runs, "rss_mb"),
        "peak_rss_tree_mb": _median(runs, "peak_rss_tree_mb"),
        "triples": runs[0]["triples"], "nodes": runs[0]["nodes"], "edges": runs[0]["edges"],
        "sizes_mb": runs[0]["sizes_mb"], "load": [r["load"] for r in runs],
        "sparql_ms": {k: _median(runs, "sparql_ms", k) for k in runs[0]["sparql_ms"]},
    }
    if "html_s" in runs[0]:
        s["html_s"], s["html_mb"] = _median(runs, "html_s"), runs[0]["html_mb"]
    return s


def markdown(results: list[dict[str, Any]]) -> str:
    sizes = [r["size"] for r in results]
    head = "| | " + " | ".join(f"{n:,} abstracts" for n in sizes) + " |\n|---|" + "---|" * len(sizes)
    rows = [("end to end, all exports but HTML (s)", [r["total_s"] for r in results]),
            ("abstracts/s end to end", [r["abstracts_per_s"] for r in results]),
            ("peak memory, all processes, PSS (MB)", [r["peak_mb"] for r in results]),
            ("peak memory, main process (MB)", [r["rss_mb"] for r in results]),
            ("peak resident set, all processes, shared pages in each (MB): PSS's bound", [r["peak_rss_tree_mb"] for r in results]),
            ("1-min load average after each run", [r["load"] for r in results])]
    rows += [(f"stage: {k} (s)", [r["stages"][k] for r in results]) for k in results[0]["stages"]]
    rows += [("graph nodes / edges", [f"{r['nodes']:,} / {r['edges']:,}" for r in results]),
             ("RDF triples", [f"{r['triples']:,}" for r in results])]
    rows += [(f"SPARQL `{k}` warm (ms)", [r["sparql_ms"].get(k, "") for r in results])
             for k in results[0]["sparql_ms"]]
    rows += [(f"size: {k} (MB)", [r["sizes_mb"].get(k, "") for r in results]) for k in results[0]["sizes_mb"]]
    lines = [head] + [f"| {name} | " + " | ".join(str(v) for v in vals) + " |" for name, vals in rows]
    for r in results:
        if "html_s" in r:
            lines.append(f"\nHTML explorer at {r['size']:,} abstracts: {r['html_s']} s, {r['html_mb']} MB")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--engine", default="auto", help="auto, local, processes or dask")
    ap.add_argument("--processes", type=int, default=None)
    ap.add_argument("--html-size", type=int, default=10_000, help="size at which the HTML is timed")
    ap.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench-data")
    ap.add_argument("--json", type=Path, help="also write the summaries here")
    ap.add_argument("--child", choices=["build", "query"], help=argparse.SUPPRESS)
    ap.add_argument("--input", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    ap.add_argument("--html", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args) if args.child == "build" else query_child(args)
        return
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"engine {args.engine}", flush=True)
    results = []
    for size in args.sizes:
        inp = corpus_dir(size, args.data)
        runs = []
        for i in range(args.runs):
            runs.append(run_once(inp, engine=args.engine, processes=args.processes,
                                 html=size == args.html_size))
            r = runs[-1]
            print(f"  {size:>7,} run {i + 1}: {r['total_s']:.1f} s, {r['peak_mb']} MB, load {r['load']}, stages {r['stages']}",
                  flush=True)
        results.append(summarise(size, runs))
    if len(results) > 1:
        a, b = results[0], results[-1]
        per = [r["total_s"] / r["papers"] * 1000 for r in (a, b)]
        print(f"seconds per 1,000 abstracts: {per[0]:.2f} at {a['size']:,}, {per[1]:.2f} at {b['size']:,} "
              f"(ratio {per[1] / per[0]:.2f}; 1.00 is linear)")
    print(markdown(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
