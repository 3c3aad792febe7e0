"""Project the Corpus onto networkx: paper, entity and result nodes, typed edges with evidence.

Only scalar attributes (lists as JSON strings), so the same graph writes to GraphML. Node ids:
the paper id (10 hex chars), the entity id (`type/slug`), `result/<paper>/<n>` for results.
Edge key = relation name. Nodes and edges are added in a fixed order: outputs are byte-stable.
"""

from __future__ import annotations

import json
import re

import networkx as nx

from kg.graph.derive import add_builds_on, add_shares_benchmark
from kg.graph.rank import add_ranks
from kg.model import Corpus, EntityInfo, EntityType, Evidence, Extraction, Paper, Result
from kg.resolve.forms import form_key

NODE_TYPE = {t: t.value.capitalize() for t in EntityType}
NODE_TYPE[EntityType.URL] = "Link"
ENTITY_OF = {v: k for k, v in NODE_TYPE.items()}  # node type -> EntityType


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps would build one per call
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                        "dec"), 1)}
_LISTED = re.compile(r"([A-Za-z]{3})[a-z]*\.? (\d{1,2})(?:, (\d{4}))?$")  # "Mar 11", "March 11, 2024"
_ISO = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def date_order(date: str) -> tuple[int, int, int, str]:
    """(year, month, day) for sorting dates as a calendar does ("Mar 11" before "Jul 31"); 0 unknown."""
    m = _LISTED.match(date)
    if m and m.group(1).lower() in _MONTHS:
        return int(m.group(3) or 0), _MONTHS[m.group(1).lower()], int(m.group(2)), date
    iso = _ISO.match(date)
    if iso:
        return int(iso.group(1)), int(iso.group(2) or 0), int(iso.group(3) or 0), date
    return 0, 0, 0, date


def _json(values: list[str] | tuple[str, ...]) -> str:
    return _ENCODE(list(values))


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
    dates = sorted({s.date for s in p.sources if s.date}, key=date_order)
    g.add_node(p.id, type="Paper", kind="paper", label=p.title, title=p.title, abstract=p.abstract,
               dates=_json(dates), sources=_json(sorted({s.file for s in p.sources})),
               arxiv_id=p.arxiv_id or "", doi=p.doi or "", url=p.url or "", published=p.published or "",
               authors=_json(p.authors))


class _Evidence:
    """Edge attributes of one paper's evidence; the same span's text is one string object, so a
    sentence that supports several links is held once (at 100k papers, 1.3M edges)."""

    def __init__(self, paper: Paper):
        self.paper = paper
        self._text: dict[tuple[str, int, int], str] = {}

    def __call__(self, ev: Evidence | None) -> dict[str, object]:
        if ev is None:
            return _ev_attrs(self.paper, None)
        fld = ev.field.value
        span = (fld, ev.start, ev.end)
        text = self._text.get(span)
        if text is None:
            whole = self.paper.title if fld == "title" else self.paper.abstract
            text = self._text[span] = whole[ev.start : ev.end]
        return {"field": fld, "start": ev.start, "end": ev.end, "rule": ev.rule,
                "confidence": round(ev.confidence, 4), "evidence": text}


def _paper_edges(g: nx.MultiDiGraph, ex: Extraction, attrs: _Evidence) -> None:
    """Edges a paper states, then proposes/mentions for entities no edge of the paper reaches yet.
    Edges from the paper are only ever added here, so a local record answers `has_edge` for them."""
    pid = ex.paper.id
    own: set[tuple[str, str]] = set()  # (target, key) of the edges from this paper
    for rel in sorted(ex.relations, key=lambda r: (r.source, r.target, r.type.value, r.evidence)):
        src, dst, key = rel.source, rel.target, rel.type.value
        if src == pid:
            if dst in g and (dst, key) not in own:
                own.add((dst, key))
                g.add_edge(src, dst, key=key, relation=key, **attrs(rel.evidence))
        elif src in g and dst in g and not g.has_edge(src, dst, key=key):
            g.add_edge(src, dst, key=key, relation=key, **attrs(rel.evidence))
    linked = {dst for dst, _ in own}
    for ent in sorted(ex.entities, key=lambda e: e.id):
        if ent.id not in g:
            continue
        ev = min(ent.evidence) if ent.evidence else None
        if ent.proposed and (ent.id, "proposes") not in own:
            own.add((ent.id, "proposes"))
            linked.add(ent.id)
            g.add_edge(pid, ent.id, key="proposes", relation="proposes", **attrs(ev))
        if ent.id not in linked:
            linked.add(ent.id)
            g.add_edge(pid, ent.id, key="mentions", relation="mentions", **attrs(ev))


def _result_label(r: Result) -> str:
    return f"{r.model}: {r.value} {r.metric} on {r.benchmark}".replace("  ", " ")


def _result_nodes(g: nx.MultiDiGraph, ex: Extraction, by_form: dict[str, str], attrs: _Evidence) -> None:
    if not ex.results:
        return
    p = ex.paper
    local = {form_key(f): e.id for e in ex.entities for f in (e.name, *e.aliases)}
    for i, r in enumerate(ex.results):
        rid = f"result/{p.id}/{i}"
        g.add_node(rid, type="Result", kind="result", label=_result_label(r), model=r.model,
                   benchmark=r.benchmark, metric=r.metric, value=r.value, paper=p.id)
        g.add_edge(p.id, rid, key="reports", relation="reports", **attrs(r.evidence))
        for key, name in (("on_benchmark", r.benchmark), ("of_model", r.model)):
            target = local.get(form_key(name)) or by_form.get(form_key(name))
            if target and target in g:
                g.add_edge(rid, target, key=key, relation=key, **attrs(r.evidence))


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
        evidence = _Evidence(ex.paper)
        _paper_edges(g, ex, evidence)
        _result_nodes(g, ex, by_form, evidence)
    add_ranks(g)
    add_shares_benchmark(g, top_k=shares_top_k)
    add_builds_on(g)
    return g
