"""Project the Corpus onto networkx: paper, entity and result nodes, typed edges with evidence.

Only scalar attributes (lists as JSON strings), so the same graph writes to GraphML. Node ids:
the paper id (10 hex chars), the entity id (`type/slug`), `result/<paper>/<n>` for results.
Edge key = relation name. Nodes and edges are added in a fixed order: outputs are byte-stable.
"""

from __future__ import annotations

import json

import networkx as nx

from kg.graph.derive import add_builds_on, add_shares_benchmark
from kg.graph.rank import add_ranks
from kg.model import Corpus, EntityInfo, EntityType, Evidence, Extraction, Paper, Result
from kg.resolve.forms import form_key

NODE_TYPE = {t: t.value.capitalize() for t in EntityType}
NODE_TYPE[EntityType.URL] = "Link"
ENTITY_OF = {v: k for k, v in NODE_TYPE.items()}  # node type -> EntityType


def _json(values: list[str] | tuple[str, ...]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _ev_attrs(paper: Paper, ev: Evidence | None) -> dict[str, object]:
    if ev is None:
        return {"field": "", "start": 0, "end": 0, "rule": "", "confidence": 1.0, "evidence": ""}
    text = paper.title if ev.field.value == "title" else paper.abstract
    return {"field": ev.field.value, "start": ev.start, "end": ev.end, "rule": ev.rule,
            "confidence": round(ev.confidence, 4), "evidence": text[ev.start : ev.end]}


def _entity_node(g: nx.MultiDiGraph, info: EntityInfo) -> None:
    g.add_node(info.id, type=NODE_TYPE[info.type], kind=info.type.value, label=info.name, name=info.name,
               aliases=_json(info.aliases), parent=info.parent or "", **dict(info.attrs))


def _paper_node(g: nx.MultiDiGraph, p: Paper) -> None:
    dates = sorted({s.date for s in p.sources if s.date})
    g.add_node(p.id, type="Paper", kind="paper", label=p.title, title=p.title, abstract=p.abstract,
               dates=_json(dates), sources=_json(sorted({s.file for s in p.sources})),
               arxiv_id=p.arxiv_id or "", doi=p.doi or "", url=p.url or "", published=p.published or "",
               authors=_json(p.authors))


def _paper_edges(g: nx.MultiDiGraph, ex: Extraction) -> None:
    p = ex.paper
    for rel in sorted(ex.relations, key=lambda r: (r.source, r.target, r.type.value, r.evidence)):
        if rel.source in g and rel.target in g and not g.has_edge(rel.source, rel.target, key=rel.type.value):
            g.add_edge(rel.source, rel.target, key=rel.type.value, relation=rel.type.value,
                       **_ev_attrs(p, rel.evidence))
    for ent in sorted(ex.entities, key=lambda e: e.id):
        if ent.id not in g:
            continue
        ev = min(ent.evidence) if ent.evidence else None
        if ent.proposed and not g.has_edge(p.id, ent.id, key="proposes"):
            g.add_edge(p.id, ent.id, key="proposes", relation="proposes", **_ev_attrs(p, ev))
        if not g.has_edge(p.id, ent.id):
            g.add_edge(p.id, ent.id, key="mentions", relation="mentions", **_ev_attrs(p, ev))


def _result_label(r: Result) -> str:
    return f"{r.model}: {r.value} {r.metric} on {r.benchmark}".replace("  ", " ")


def _result_nodes(g: nx.MultiDiGraph, ex: Extraction, by_form: dict[str, str]) -> None:
    p = ex.paper
    local = {form_key(f): e.id for e in ex.entities for f in (e.name, *e.aliases)}
    for i, r in enumerate(ex.results):
        rid = f"result/{p.id}/{i}"
        g.add_node(rid, type="Result", kind="result", label=_result_label(r), model=r.model,
                   benchmark=r.benchmark, metric=r.metric, value=r.value, paper=p.id)
        g.add_edge(p.id, rid, key="reports", relation="reports", **_ev_attrs(p, r.evidence))
        for key, name in (("on_benchmark", r.benchmark), ("of_model", r.model)):
            target = local.get(form_key(name)) or by_form.get(form_key(name))
            if target and target in g:
                g.add_edge(rid, target, key=key, relation=key, **_ev_attrs(p, r.evidence))


def to_networkx(corpus: Corpus, *, shares_top_k: int = 5) -> nx.MultiDiGraph:
    """The typed MultiDiGraph of `corpus`, with derived paper-paper edges and rank attributes."""
    g = nx.MultiDiGraph()
    for info in corpus.entities:
        _entity_node(g, info)
    for ex in sorted(corpus.extractions, key=lambda x: x.paper.id):
        _paper_node(g, ex.paper)
    for info in corpus.entities:
        if info.parent and info.parent in g:
            attrs = {**_ev_attrs(Paper("", ""), None), "rule": "resolve:family"}
            g.add_edge(info.id, info.parent, key="variant_of", relation="variant_of", **attrs)
    by_form: dict[str, str] = {}
    for info in corpus.entities:
        for f in (info.name, *info.aliases):
            by_form.setdefault(form_key(f), info.id)
    for ex in sorted(corpus.extractions, key=lambda x: x.paper.id):
        _paper_edges(g, ex)
        _result_nodes(g, ex, by_form)
    add_ranks(g)
    add_shares_benchmark(g, top_k=shares_top_k)
    add_builds_on(g)
    return g
