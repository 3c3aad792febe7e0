"""`KnowledgeGraph`: the Python query API. Every answer is read from `.nx`, so a graph reloaded
from graph.json (`kg.load`) answers exactly like the one `kg.build` returned.

The examples run as doctests on a tiny graph, `g`, of three papers (see tests/graph).
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cached_property
from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.errors import LookupFailed
from kg.model import Corpus, EntityType
from kg.resolve.forms import cased_key
from kg.text import norm_key

if TYPE_CHECKING:
    from pyvis.network import Network

# The paper's own work uses the entity: it evaluates on it, uses it, proposes it, releases code.
USING = frozenset({"evaluates_on", "uses_model", "uses_method", "proposes", "addresses_task", "has_code"})
DERIVED = frozenset({"shares_benchmark", "builds_on"})
_JSON_ATTRS = ("aliases", "dates", "sources", "authors")
_KINDS = frozenset({t.value for t in EntityType} | {"link"})  # "url" entities are Link nodes


class KnowledgeGraph:
    """Papers and entities as a networkx MultiDiGraph (`.nx`), with typed look-ups.

    >>> g.entity("cifar10")["name"]
    'CIFAR-10'
    """

    def __init__(self, nxg: nx.MultiDiGraph, corpus: Corpus | None = None):
        self.nx = nxg
        self.corpus = corpus  # the core value when built here; None when loaded from an export

    @classmethod
    def from_corpus(cls, corpus: Corpus) -> KnowledgeGraph:
        from kg.graph.build import to_networkx

        return cls(to_networkx(corpus), corpus)

    def __repr__(self) -> str:
        kinds = Counter(t for _, t in self.nx.nodes(data="type"))
        return f"<KnowledgeGraph {', '.join(f'{n} {t}' for t, n in sorted(kinds.items()))}>"

    # -- records ---------------------------------------------------------------------------
    def _record(self, node: str) -> dict[str, Any]:
        d = dict(self.nx.nodes[node])
        for key in _JSON_ATTRS:
            if isinstance(d.get(key), str) and d[key].startswith("["):
                d[key] = json.loads(d[key])
        return {"id": node, **d}

    def _is_paper(self, node: str) -> bool:
        return self.nx.nodes[node].get("type") == "Paper"

    def _is_entity(self, node: str) -> bool:
        return self.nx.nodes[node].get("type") not in ("Paper", "Result")

    @cached_property
    def _alias_index(self) -> dict[str, list[tuple[str, str]]]:
        """norm_key(form) -> [(node, form)]: every name and alias of every entity."""
        idx: dict[str, list[tuple[str, str]]] = {}
        for n, d in self.nx.nodes(data=True):
            if d.get("type") in ("Paper", "Result"):
                continue
            for form in dict.fromkeys([d.get("name", ""), *json.loads(d.get("aliases") or "[]")]):
                idx.setdefault(norm_key(form), []).append((n, form))
        return idx

    @cached_property
    def _title_index(self) -> dict[str, str]:
        return {norm_key(d.get("title", "")): n for n, d in self.nx.nodes(data=True) if d.get("type") == "Paper"}

    # -- look-ups --------------------------------------------------------------------------
    def entity(self, name: str) -> dict[str, Any]:
        """The entity called `name` (its id, name or any alias, any case or punctuation).

        A name several entities share raises `LookupFailed` listing them, unless exactly one of
        them is written in the same case (MATH the benchmark, not "math").

        >>> g.entity("Stable-Diffusion")["id"]
        'model/stable-diffusion'
        >>> g.entity("ARC")
        Traceback (most recent call last):
        ...
        kg.errors.LookupFailed: 'ARC' is ambiguous: benchmark/arc-abstraction-and-reasoning-corpus (Abstraction and Reasoning Corpus), benchmark/arc-ai2-reasoning-challenge (AI2 Reasoning Challenge)
        """
        return self._record(self._entity_id(name))

    def _entity_id(self, name: str) -> str:
        if name in self.nx and self._is_entity(name):
            return name
        hits = self._alias_index.get(norm_key(name), [])
        ids = sorted({n for n, _ in hits})
        if len(ids) > 1:
            exact = sorted({n for n, f in hits if cased_key(f) == cased_key(name)})
            ids = exact if len(exact) == 1 else ids
        if not ids:
            raise LookupFailed(f"no entity named {name!r}")
        if len(ids) > 1:
            def label(n: str) -> str:
                lf = self.nx.nodes[n].get("long_form")
                return f"{n} ({lf})" if lf else n
            raise LookupFailed(f"{name!r} is ambiguous: {', '.join(label(n) for n in ids)}")
        return ids[0]

    def node(self, name: str) -> str:
        """The node id of a paper (id or title) or an entity (id, name or alias)."""
        if name in self.nx:
            return name
        paper = self._title_index.get(norm_key(name))
        return paper if paper else self._entity_id(name)

    def papers(self, *, using: str | None = None, mentioning: str | None = None) -> list[dict[str, Any]]:
        """Papers whose own work uses an entity (`using`), or that name it at all (`mentioning`).

        >>> [p["title"] for p in g.papers(using="gsm8k")]
        ['Chain prompting for math']
        >>> [p["title"] for p in g.papers(mentioning="GSM8K")]
        ['Chain prompting for math', 'Scaling vision models']
        """
        name = using if using is not None else mentioning
        if name is None:
            return [self._record(n) for n in sorted(self.nx) if self._is_paper(n)]
        eid = self._entity_id(name)
        out = {u for u, _, rel in self.nx.in_edges(eid, keys=True)
               if self._is_paper(u) and (using is None or rel in USING)}
        return [self._record(n) for n in sorted(out)]

    def entities(self, *, type: str | None = None) -> list[dict[str, Any]]:
        """Entities, optionally of one type ("benchmark", "Model", ...), sorted by id.

        >>> [e["name"] for e in g.entities(type="benchmark")]
        ['ARC', 'ARC', 'CIFAR-10', 'GSM8K']
        """
        want = type.lower() if type else None
        if want is not None and want not in _KINDS:
            raise LookupFailed(f"no entity type {type!r}; types: {', '.join(sorted(_KINDS))}")
        return [self._record(n) for n, d in sorted(self.nx.nodes(data=True))
                if self._is_entity(n) and (want is None or want in (d.get("kind"), str(d.get("type", "")).lower()))]

    def top(self, type: str, n: int = 10) -> list[dict[str, Any]]:
        """The `n` entities of `type` used by the most papers (ties: PageRank, then id).

        "Used" as in `papers(using=...)`: a paper that only mentions the entity is not counted.

        >>> [(e["name"], e["papers"]) for e in g.top("benchmark", 2)]
        [('GSM8K', 1), ('ARC', 1)]
        """
        rows = []
        for rec in self.entities(type=type):
            papers = {u for u, _, rel in self.nx.in_edges(rec["id"], keys=True) if rel in USING and self._is_paper(u)}
            rows.append({**rec, "papers": len(papers)})
        rows.sort(key=lambda r: (-r["papers"], -r.get("pagerank", 0.0), r["id"]))
        return rows[:n]

    def neighbors(self, name: str, *, relation: str | None = None) -> list[dict[str, Any]]:
        """Nodes linked to `name` either way, with the relation and its direction.

        >>> [(r["relation"], r["id"]) for r in g.neighbors("GSM8K")][:2]
        [('evaluates_on', 'a000000001'), ('mentions', 'a000000002')]
        """
        node = self.node(name)
        rows = []
        for _, v, k in self.nx.out_edges(node, keys=True):
            rows.append({"relation": k, "direction": "out", **self._record(v)})
        for u, _, k in self.nx.in_edges(node, keys=True):
            rows.append({"relation": k, "direction": "in", **self._record(u)})
        rows = [r for r in rows if relation is None or r["relation"] == relation]
        return sorted(rows, key=lambda r: (r["id"], r["relation"], r["direction"]))

    def related(self, paper: str, n: int = 5) -> list[dict[str, Any]]:
        """Papers sharing the most, and the rarest, entities with `paper` (IDF-weighted).

        >>> [r["title"] for r in g.related("Chain prompting for math")]
        ['Scaling vision models']
        """
        import math

        p = self.node(paper)
        n_papers = sum(1 for x in self.nx if self._is_paper(x))
        scores: dict[str, float] = {}
        for ent in {v for _, v in self.nx.out_edges(p) if self._is_entity(v)}:
            others = {u for u, _ in self.nx.in_edges(ent) if self._is_paper(u) and u != p}
            for q in others:
                scores[q] = scores.get(q, 0.0) + math.log((n_papers + 1) / (len(others) + 1))
        best = sorted(scores, key=lambda q: (-scores[q], q))[:n]
        return [{**self._record(q), "score": round(scores[q], 6)} for q in best]

    def path(self, a: str, b: str) -> list[dict[str, Any]]:
        """A shortest chain of nodes from `a` to `b`, edges taken either way, derived ones left out.

        >>> [r["id"] for r in g.path("Stable Diffusion", "GSM8K")]
        ['model/stable-diffusion', 'a000000002', 'benchmark/gsm8k']
        """
        core = nx.subgraph_view(self.nx, filter_edge=lambda u, v, k: k not in DERIVED)
        try:
            nodes = nx.shortest_path(core.to_undirected(as_view=True), self.node(a), self.node(b))
        except nx.NetworkXNoPath:
            raise LookupFailed(f"no path between {a!r} and {b!r}") from None
        return [self._record(n) for n in nodes]

    def subgraph(self, *names: str, depth: int = 1) -> KnowledgeGraph:
        """The graph around `names`: every node within `depth` links of one of them.

        >>> g.subgraph("CIFAR-10").nx.number_of_nodes()
        2
        """
        und = self.nx.to_undirected(as_view=True)
        keep: set[str] = set()
        for name in names:
            keep |= set(nx.single_source_shortest_path_length(und, self.node(name), cutoff=depth))
        return KnowledgeGraph(self.nx.subgraph(sorted(keep)).copy())

    def leaderboard(self, benchmark: str) -> list[dict[str, Any]]:
        """Extracted results on `benchmark`, best first within each metric.

        >>> [(r["model"], r["value"]) for r in g.leaderboard("GSM8K")]
        [('ChainPrompt', '92.1%')]
        """
        bid = self._entity_id(benchmark)
        rows = []
        for rid, _, k in self.nx.in_edges(bid, keys=True):
            if k == "on_benchmark":
                d = self.nx.nodes[rid]
                rows.append({key: d.get(key, "") for key in ("model", "metric", "value", "paper")})
        return sorted(rows, key=lambda r: (r["metric"], -_number(r["value"]), r["model"], r["paper"]))

    def stats(self) -> dict[str, Any]:
        """Counts per node type and relation, and the most used benchmarks, models and repositories.

        >>> g.stats()["nodes"]["Paper"]
        3
        """
        return {
            "nodes": dict(sorted(Counter(t for _, t in self.nx.nodes(data="type")).items())),
            "edges": dict(sorted(Counter(k for _, _, k in self.nx.edges(keys=True)).items())),
            "top": {t: [(r["name"], r["papers"]) for r in self.top(t, 10)]
                    for t in ("benchmark", "model", "method", "repository")},
        }

    def show(self, name: str) -> dict[str, Any]:
        """One paper or entity: its attributes, its papers (with the evidence sentence) or entities."""
        node = self.node(name)
        rec = self._record(node)
        links = []
        for row in self.neighbors(node):
            if row["relation"] in DERIVED:
                continue
            u, v = (node, row["id"]) if row["direction"] == "out" else (row["id"], node)
            edge = self.nx.edges[u, v, row["relation"]]
            links.append({"relation": row["relation"], "direction": row["direction"], "id": row["id"],
                          "type": row.get("type", ""), "label": row.get("label", ""),
                          "evidence": edge.get("evidence", "")})
        return {**rec, "links": links}

    # -- other views -----------------------------------------------------------------------
    def to_pandas(self) -> Any:
        """Four DataFrames (papers, entities, relations, results); needs the `pandas` extra."""
        from kg.graph.frames import to_frames

        return to_frames(self)

    def to_pyvis(self, **kwargs: Any) -> Network:
        """A pyvis Network of this graph, for notebooks (`net.show("g.html")` or `net.generate_html()`)."""
        from pyvis.network import Network

        net = Network(directed=True, **({"cdn_resources": "in_line"} | kwargs))
        for n, d in sorted(self.nx.nodes(data=True)):
            net.add_node(n, label=str(d.get("label", n))[:40], group=d.get("type", ""),
                         title=f"{d.get('type', '')}: {d.get('label', n)}")
        for u, v, k in sorted(self.nx.edges(keys=True)):
            net.add_edge(u, v, title=k)
        return net


def _number(value: str) -> float:
    digits = "".join(c for c in value if c.isdigit() or c in ".-")
    try:
        return float(digits)
    except ValueError:
        return float("-inf")
