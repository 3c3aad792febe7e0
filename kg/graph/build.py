"""Project the Corpus onto networkx: paper and entity nodes, typed edges carrying evidence."""

from __future__ import annotations

import json

import networkx as nx

from kg.model import Corpus, EntityType

NODE_TYPE = {t: t.value.capitalize() for t in EntityType}
NODE_TYPE[EntityType.URL] = "Link"


def to_networkx(corpus: Corpus) -> nx.MultiDiGraph:
    """Nodes keyed by paper id / entity id; edges keyed by relation type; sorted for determinism."""
    g = nx.MultiDiGraph()
    for info in corpus.entities:
        g.add_node(
            info.id, type=NODE_TYPE[info.type], label=info.name, name=info.name,
            aliases=json.dumps(list(info.aliases), ensure_ascii=False),
            **{k: v for k, v in info.attrs},
        )
    for ex in corpus.extractions:
        p = ex.paper
        g.add_node(
            p.id, type="Paper", label=p.title, title=p.title, abstract=p.abstract,
            dates=json.dumps(sorted({s.date for s in p.sources if s.date}), ensure_ascii=False),
            sources=json.dumps(sorted({s.file for s in p.sources}), ensure_ascii=False),
            arxiv_id=p.arxiv_id or "", doi=p.doi or "",
        )
        proposed = {e.id for e in ex.entities if e.proposed}
        seen: set[tuple[str, str]] = set()
        for rel in ex.relations:
            if (rel.type.value, rel.target) in seen:
                continue
            seen.add((rel.type.value, rel.target))
            ev = rel.evidence
            g.add_edge(rel.source, rel.target, key=rel.type.value, relation=rel.type.value,
                       field=ev.field.value, start=ev.start, end=ev.end, rule=ev.rule,
                       confidence=round(ev.confidence, 4),
                       evidence=(p.title if ev.field.value == "title" else p.abstract)[ev.start:ev.end])
        for ent in ex.entities:
            if not g.has_edge(p.id, ent.id):
                ev = ent.evidence[0] if ent.evidence else None
                key = "proposes" if ent.id in proposed else "mentions"
                g.add_edge(p.id, ent.id, key=key, relation=key,
                           field=ev.field.value if ev else "", start=ev.start if ev else 0,
                           end=ev.end if ev else 0, rule=ev.rule if ev else "",
                           confidence=round(ev.confidence, 4) if ev else 1.0, evidence="")
    return g
