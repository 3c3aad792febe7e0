"""`KnowledgeGraph`: the Python query API over the Corpus and its networkx view."""

from __future__ import annotations

import json
from functools import cached_property
from typing import Any

import networkx as nx

from kg.errors import LookupFailed
from kg.model import Corpus
from kg.text import norm_key

USING = frozenset({"evaluates_on", "uses_model", "uses_method", "proposes", "has_code"})


class KnowledgeGraph:
    """A knowledge graph of papers and entities; `.nx` is the raw networkx MultiDiGraph."""

    def __init__(self, nxg: nx.MultiDiGraph, corpus: Corpus | None = None):
        self.nx = nxg
        self.corpus = corpus

    @classmethod
    def from_corpus(cls, corpus: Corpus) -> KnowledgeGraph:
        from kg.graph.build import to_networkx

        return cls(to_networkx(corpus), corpus)

    @cached_property
    def _alias_index(self) -> dict[str, set[str]]:
        idx: dict[str, set[str]] = {}
        for n, d in self.nx.nodes(data=True):
            if d.get("type") == "Paper":
                continue
            for form in [d.get("name", ""), *json.loads(d.get("aliases") or "[]")]:
                idx.setdefault(norm_key(form), set()).add(n)
        return idx

    def entity(self, name: str) -> dict[str, Any]:
        """The entity named `name` (any alias, any spelling); ambiguous names raise LookupFailed."""
        ids = self._alias_index.get(norm_key(name), set()) | ({name} if name in self.nx else set())
        if not ids:
            raise LookupFailed(f"no entity named {name!r}")
        if len(ids) > 1:
            raise LookupFailed(f"{name!r} is ambiguous: {', '.join(sorted(ids))}")
        (eid,) = ids
        return {"id": eid, **self.nx.nodes[eid]}

    def papers(self, *, using: str | None = None, mentioning: str | None = None) -> list[dict[str, Any]]:
        """Papers whose own work uses an entity (`using`), or that name it at all (`mentioning`)."""
        name = using or mentioning
        if name is None:
            return [{"id": n, **d} for n, d in sorted(self.nx.nodes(data=True)) if d.get("type") == "Paper"]
        eid = self.entity(name)["id"]
        out = set()
        for src, _, rel in self.nx.in_edges(eid, keys=True):
            if mentioning or rel in USING:
                out.add(src)
        return [{"id": n, **self.nx.nodes[n]} for n in sorted(out) if self.nx.nodes[n].get("type") == "Paper"]

    def entities(self, *, type: str | None = None) -> list[dict[str, Any]]:
        """Entities, optionally of one type ("benchmark", "model", ...), sorted by id."""
        want = type.lower() if type else None
        return [{"id": n, **d} for n, d in sorted(self.nx.nodes(data=True))
                if d.get("type") != "Paper" and (want is None or d.get("type", "").lower() == want)]
