"""Derived paper-to-paper edges, kept linear in the corpus.

All-pairs "shares a benchmark" is quadratic (every GSM8K paper with every other), so each paper
keeps only its top few neighbours, weighted by how rare the shared benchmarks are (IDF), and
looks at a bounded number of candidates, rarest benchmarks first. `builds_on` needs an order
(publication dates or arXiv ids) and a shared entity the later paper uses and the earlier one
proposes.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from itertools import islice

import networkx as nx

OWN_USE = frozenset({"evaluates_on", "proposes"})  # a paper's own benchmarks
USES = frozenset({"evaluates_on", "uses_model", "uses_method"})
MAX_CANDIDATES = 200  # papers scored per paper: bounds the work at O(papers * this)
MAX_PROPOSERS = 3  # a name "proposed" by more papers than this is not one paper's contribution
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")
_ARXIV = re.compile(r"^(\d{4})\.(\d{4,5})")


def _derived(relation: str, weight: float, via: list[str]) -> dict[str, object]:
    return {"relation": relation, "field": "", "start": 0, "end": 0, "rule": f"derived:{relation}",
            "confidence": 1.0, "evidence": "", "weight": round(weight, 6), "via": ",".join(sorted(via))}


def _papers(g: nx.MultiDiGraph) -> list[str]:
    return sorted(n for n, t in g.nodes(data="type") if t == "Paper")


def add_shares_benchmark(g: nx.MultiDiGraph, *, top_k: int = 5) -> None:
    """Edge p -> q (key shares_benchmark) for the `top_k` papers sharing p's rarest benchmarks.

    The candidates are the first MAX_CANDIDATES other papers met walking p's benchmarks rarest
    first (ties by id), each benchmark's users in id order; each scores the IDF of every benchmark
    it shares with p, added rarest first, so that two papers sharing the same benchmarks score the
    same float and tie on their ids. A benchmark every paper uses has IDF 0 and scores nothing.

    One walk does both. While fewer than MAX_CANDIDATES are met, every user of a benchmark is met,
    and once that many are met no new one is; so a candidate first met at benchmark b shares none
    of the rarer ones (it would have been met there) and starts at b's IDF, and each later
    benchmark adds its IDF to the candidates met so far that share it (a set intersection of at
    most MAX_CANDIDATES), instead of one intersection of benchmark sets per candidate.
    """
    papers = _papers(g)
    own: dict[str, list[str]] = {}
    users: dict[str, list[str]] = defaultdict(list)
    found: dict[str, set[str]] = {p: set() for p in papers}
    nodes = g.nodes
    for u, v, k in g.edges(keys=True):  # one pass: as fast as reading the adjacency dicts
        if k in OWN_USE and u in found and nodes[v].get("type") == "Benchmark":
            found[u].add(v)
    for p in papers:
        own[p] = sorted(found[p])
        for b in own[p]:
            users[b].append(p)
    n = len(papers)
    idf = {b: math.log(n / len(ps)) for b, ps in users.items()}
    user_sets = {b: set(ps) for b, ps in users.items()}
    for p in papers:
        chosen: dict[str, float] = {}  # candidate -> score so far
        for b in sorted(own[p], key=lambda b: (len(users[b]), b)):
            w = idf[b]
            if chosen:
                for q in chosen.keys() & user_sets[b]:  # iterates the smaller of the two
                    chosen[q] += w
            need = MAX_CANDIDATES - len(chosen)
            if need > 0:
                if chosen:
                    met = list(islice((q for q in users[b] if q not in chosen and q != p), need))
                else:  # p is among its own benchmark's users, once
                    met = users[b][: need + 1]
                    if p in met:
                        met.remove(p)
                    else:
                        met.pop()
                chosen.update(dict.fromkeys(met, w))
        best = sorted([(-s, q) for q, s in chosen.items() if s > 0])[:top_k]
        for s, q in best:
            via = [b for b in own[p] if q in user_sets[b]]
            g.add_edge(p, q, key="shares_benchmark", **_derived("shares_benchmark", -s, via))


def order_key(attrs: dict) -> tuple[str, tuple] | None:
    """What orders papers in time: the publication (or listing) date, else the arXiv id."""
    if _ISO.match(attrs.get("published") or ""):
        return ("date", (attrs["published"][:10],))
    dates = [d for d in json.loads(attrs.get("dates") or "[]") if _ISO.match(d)]
    if dates:
        return ("date", (min(dates)[:10],))
    m = _ARXIV.match(attrs.get("arxiv_id") or "")
    return ("arxiv", (int(m.group(1)), int(m.group(2)))) if m else None


def add_builds_on(g: nx.MultiDiGraph) -> None:
    """Edge p -> q (key builds_on) when q proposed what p uses, and q comes before p."""
    keys = {p: k for p in _papers(g) if (k := order_key(g.nodes[p])) is not None}
    proposers: dict[str, list[str]] = defaultdict(list)
    users: dict[str, set[str]] = defaultdict(set)
    for p in keys:  # a paper with no date and no arXiv id can be in no ordered pair
        for _, v, k in g.out_edges(p, keys=True):
            if k == "proposes":
                proposers[v].append(p)
            elif k in USES:
                users[v].add(p)
    via: dict[tuple[str, str], list[str]] = defaultdict(list)
    for ent, qs in sorted(proposers.items()):
        if len(qs) > MAX_PROPOSERS:
            continue
        for q in qs:
            kq = keys[q]
            for p in sorted(users.get(ent, ())):
                kp = keys[p]
                if p in qs or kp[0] != kq[0] or not kp[1] > kq[1]:
                    continue
                via[(p, q)].append(ent)
    for (p, q), ents in sorted(via.items()):
        g.add_edge(p, q, key="builds_on", **_derived("builds_on", float(len(ents)), ents))
