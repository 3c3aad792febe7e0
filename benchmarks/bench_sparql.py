"""SPARQL engines side by side at >= 1M triples, the named queries, and `kg sparql NAME` as a user runs it.

A Corpus is synthesised from kg.model dataclasses (Zipf-popular benchmarks and models, 6-8 links
per paper with evidence, one result per paper), exported with kg's own writer, then:
- load: pyoxigraph in memory and on disk (`kg build`'s store) vs rdflib parsing N-Triples;
- queries, warm: the shipped named queries on the store, and a GROUP BY over every
  paper-benchmark edge (what the materialised counts avoid), on both engines;
- the wall time of `kg sparql top_benchmarks --data OUT` in a fresh process.
Medians of --runs; rdflib runs in a child process killed after --rdflib-timeout seconds, and a
killed run is reported as "> N s".

    python benchmarks/bench_sparql.py [--papers 12000] [--runs 3] [--rdflib-timeout 240]
    python benchmarks/bench_sparql.py --papers 100000 --skip-rdflib --load-runs 1   # the named queries at scale
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.model import (Corpus, Entity, EntityInfo, EntityType, Evidence, Extraction, Field,
                      Paper, Relation, RelationType, Result, Source)

NAIVE = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?b ?name (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p kg:evaluates_on ?b . ?b rdfs:label ?name }
GROUP BY ?b ?name ORDER BY DESC(?n) LIMIT 20"""
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _zipf(rng: random.Random, n: int) -> int:
    return min(n - 1, int(rng.paretovariate(1.1)) - 1)


def synth_corpus(n_papers: int, *, seed: int = 0) -> Corpus:
    """A corpus with the shape of a real one; every fact carries evidence into its own abstract."""
    rng = random.Random(seed)
    pools = {EntityType.BENCHMARK: 3000, EntityType.MODEL: 6000, EntityType.METHOD: 6000, EntityType.TASK: 2000}
    infos = {}
    for typ, n in pools.items():
        for i in range(n):
            eid = f"{typ.value}/{typ.value[:2]}{i:05d}"
            infos[eid] = EntityInfo(eid, typ, f"{typ.value[:2].upper()}-{i}", (f"{typ.value[:2]}{i}",))
    extractions = []
    for k in range(n_papers):
        pid = f"{k:010x}"
        b1, b2 = (f"benchmark/be{_zipf(rng, 3000):05d}" for _ in range(2))
        m1, m2 = (f"model/mo{_zipf(rng, 6000):05d}" for _ in range(2))
        task, meth = f"task/ta{_zipf(rng, 2000):05d}", f"method/me{rng.randrange(6000):05d}"
        new = f"method/new-{pid}"
        infos[new] = EntityInfo(new, EntityType.METHOD, f"NewMethod{k}")
        repo = f"repository/github-com-u{k}-r{k}"
        names = {e: infos[e].name if e in infos else "" for e in (b1, b2, m1, m2, task, meth, new)}
        sents = [f"We introduce {names[new]}, a {names[meth]} approach to {names[task]} number {k}.",
                 f"We evaluate {names[m1]} on {names[b1]} and {names[b2]} in setting {rng.randrange(10**6)}.",
                 f"Compared with {names[m2]}, {names[new]} reaches {rng.uniform(10, 99):.1f} accuracy on {names[b1]}."]
        has_code = rng.random() < 0.4
        if has_code:
            infos[repo] = EntityInfo(repo, EntityType.REPOSITORY, f"github.com/u{k}/r{k}")
            sents.append(f"Code is at https://github.com/u{k}/r{k}.")
        abstract = " ".join(sents)
        starts = [abstract.index(s) for s in sents]

        def ev(i: int, rule: str) -> Evidence:
            return Evidence(Field.ABSTRACT, starts[i], starts[i] + len(sents[i]), rule, 1.0)

        def mention(eid: str, i: int) -> Entity:
            at = abstract.index(names[eid] if eid in names else infos[eid].name, starts[i])
            nm = infos[eid].name
            return Entity(eid, infos[eid].type, nm, (nm,), eid == new, (Evidence(Field.ABSTRACT, at, at + len(nm), "kb", 0.9),))

        rels = [(RelationType.PROPOSES, new, 0, "intro:verb"), (RelationType.USES_METHOD, meth, 0, "role:own-work"),
                (RelationType.ADDRESSES_TASK, task, 0, "task:head"), (RelationType.USES_MODEL, m1, 1, "role:own-work"),
                (RelationType.EVALUATES_ON, b1, 1, "role:own-work"), (RelationType.EVALUATES_ON, b2, 1, "role:own-work"),
                (RelationType.COMPARES_WITH, m2, 2, "role:compared")]
        if has_code:
            rels.append((RelationType.HAS_CODE, repo, 3, "url:repository"))
        ents = [mention(e, i) for e in (new, meth, task) for i in (0,)] + [mention(e, 1) for e in (m1, b1, b2)]
        ents.append(mention(m2, 2))
        if has_code:
            ents.append(mention(repo, 3))
        seen, uniq = set(), []
        for e in ents:
            if e.id not in seen:
                seen.add(e.id)
                uniq.append(e)
        dates = (Source("synthetic.jsonl", f"{rng.choice(MONTHS)} {rng.randint(1, 28)}"),)
        paper = Paper(pid, f"Synthetic paper {k}: {names[new]} for {names[task]}", abstract, sources=dates)
        result = Result(names[m1], names[b1], "accuracy", f"{rng.uniform(10, 99):.1f}", ev(2, "result"))
        extractions.append(Extraction(paper, tuple(uniq), tuple(Relation(t, pid, e, ev(i, r)) for t, e, i, r in rels),
                                      (result,)))
    return Corpus(tuple(extractions), tuple(infos[k] for k in sorted(infos)))


def _median(xs: list[float]) -> float:
    return statistics.median(xs)


def _timed(fn, runs: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return _median(times), out


def rdflib_worker(nt: str, queries_json: str) -> None:
    """Child process: parse N-Triples with rdflib, then run each query once; prints JSON lines."""
    from rdflib import Graph

    t = time.perf_counter()
    g = Graph()
    g.parse(nt, format="nt")
    print(json.dumps({"load": time.perf_counter() - t}), flush=True)
    for name, text in json.loads(queries_json).items():
        t = time.perf_counter()
        list(g.query(text))
        print(json.dumps({name: time.perf_counter() - t}), flush=True)


def run_rdflib(nt: Path, queries: dict[str, str], *, runs: int, timeout: float) -> dict[str, str]:
    """Median seconds per step over `runs` child processes; steps cut by the timeout read '> N s'."""
    got: dict[str, list[float]] = {}
    for _ in range(runs):
        proc = subprocess.Popen([sys.executable, __file__, "--rdflib-worker", str(nt), json.dumps(queries)],
                                stdout=subprocess.PIPE, text=True)
        try:
            out, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
        for line in out.splitlines():
            for k, v in json.loads(line).items():
                got.setdefault(k, []).append(v)
    steps = ["load", *queries]
    return {k: (f"{_median(got[k]):.2f} s" + ("" if len(got[k]) == runs else f" ({len(got[k])}/{runs} runs)"))
            if k in got else f"> {timeout:.0f} s (killed)" for k in steps}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--papers", type=int, default=12000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--load-runs", type=int, help="runs of the (slow) loads; default: --runs")
    ap.add_argument("--rdflib-timeout", type=float, default=240)
    ap.add_argument("--skip-rdflib", action="store_true")
    ap.add_argument("--rdflib-worker", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.rdflib_worker:
        return rdflib_worker(*args.rdflib_worker)

    import pyoxigraph as ox

    from kg.export.atomic import atomic_write
    from kg.export.rdf import rdf_document, write_nt, write_turtle
    from kg.export.store import write_store
    from kg.query.named import get, named_queries
    from kg.query.runner import open_data, render_named, run_query

    rows: list[tuple[str, str, str]] = []
    t = time.perf_counter()
    corpus = synth_corpus(args.papers)
    print(f"synthesised {args.papers} papers in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="bench-sparql-") as tmp:
        out = Path(tmp)
        t_doc, doc = _timed(lambda: rdf_document(corpus), 1)
        t_ttl, _ = _timed(lambda: atomic_write(out / "graph.ttl", lambda fh: write_turtle(doc, fh), binary=True), 1)
        t_nt, _ = _timed(lambda: atomic_write(out / "graph.nt", lambda fh: write_nt(doc, fh), binary=True), 1)
        triples = doc.triples
        print(f"{triples:,} triples ({triples / args.papers:.1f} per paper); RDF document {t_doc:.1f} s, "
              f"Turtle {t_ttl:.1f} s, N-Triples {t_nt:.1f} s", file=sys.stderr)
        doc = None  # free the blocks before loading

        def mem_load():
            s = ox.Store()
            s.bulk_load(path=str(out / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)
            return s

        load_runs = args.load_runs or args.runs
        t_mem, _ = _timed(mem_load, load_runs)
        t_disk, _ = _timed(lambda: write_store(out / "graph.nt", out, describes=[out / "graph.ttl"]), load_runs)
        t_open, store = _timed(lambda: open_data(out), args.runs)

        sample = corpus.extractions[0]
        params = {"benchmark": "be-7", "paper": sample.paper.id}  # a mid-popular benchmark, any case
        texts = {name: render_named(store, name, {p.name: params[p.name] for p in nq.params})
                 for name, nq in named_queries().items()}
        texts["naive GROUP BY over every evaluates_on edge"] = NAIVE
        for name, text in texts.items():
            t_q, ans = _timed(lambda text=text: run_query(store, text), args.runs)
            rows.append((f"query `{name}` warm ({len(ans.rows)} rows)", f"{t_q * 1000:.0f} ms", ""))

        cli = [sys.executable, "-m", "kg.cli", "sparql", "top_benchmarks", "--data", str(out / "graph.ttl")]
        t_cli, _ = _timed(lambda: subprocess.run(cli, check=True, capture_output=True), args.runs)
        rows.insert(0, ("load N-Triples in memory", f"{t_mem:.2f} s", ""))
        rows.insert(1, ("build on-disk store (`kg build`)", f"{t_disk:.2f} s", ""))
        rows.insert(2, ("open on-disk store", f"{t_open * 1000:.0f} ms", ""))
        rows.append(("`kg sparql top_benchmarks` wall time, fresh process", f"{t_cli:.2f} s", ""))
        if not args.skip_rdflib:
            top = get("top_benchmarks").text
            rd = run_rdflib(out / "graph.nt", {"top_benchmarks": top, "naive": NAIVE},
                            runs=args.runs, timeout=args.rdflib_timeout)
            rows[0] = (rows[0][0], rows[0][1], rd["load"] + " (parse)")
            for i, (label, val, _) in enumerate(rows):
                if label.startswith("query `top_benchmarks`"):
                    rows[i] = (label, val, rd["top_benchmarks"])
                if label.startswith("query `naive"):
                    rows[i] = (label, val, rd["naive"])
    print(f"\n{args.papers:,} papers, {triples:,} triples, medians of {args.runs} runs"
          f" ({args.load_runs or args.runs} for the loads)\n")
    print("| step | pyoxigraph (kg) | rdflib |\n|---|---|---|")
    for label, ox_val, rd_val in rows:
        print(f"| {label} | {ox_val} | {rd_val or '-'} |")


if __name__ == "__main__":
    main()
