"""Plain-text views of a KnowledgeGraph for `kg stats` and `kg show` (the CLI only prints them)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.graph.api import KnowledgeGraph

_SKIP = {"id", "type", "kind", "label", "name", "aliases", "title", "abstract", "links", "dates", "sources",
         "authors", "degree", "pagerank", "community"}
_PLURAL = {"benchmark": "benchmarks", "model": "models", "method": "methods", "repository": "repositories"}


def stats_lines(kg: KnowledgeGraph, *, top: int = 10) -> Iterator[str]:
    """Counts per node type and relation, then the most used benchmarks, models and repositories."""
    s = kg.stats()
    yield "nodes: " + ", ".join(f"{t} {n}" for t, n in s["nodes"].items())
    yield "edges: " + (", ".join(f"{t} {n}" for t, n in s["edges"].items()) or "none")
    for kind, rows in s["top"].items():
        if rows:
            yield f"top {_PLURAL[kind]}: " + ", ".join(f"{name} ({n})" for name, n in rows[:top])


def _short(text: str, n: int = 160) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def show_lines(kg: KnowledgeGraph, name: str) -> Iterator[str]:
    """One entity or paper: type, aliases, attributes, then its links with their evidence."""
    rec: dict[str, Any] = kg.show(name)
    yield f"{rec.get('label', rec['id'])}  [{rec.get('type', '')}]  {rec['id']}"
    if rec.get("aliases"):
        yield "aliases: " + ", ".join(rec["aliases"])
    if rec.get("type") == "Paper":
        if rec.get("sources"):
            yield "sources: " + ", ".join(rec["sources"])
        if rec.get("abstract"):
            yield "abstract: " + _short(rec["abstract"], 300)
    attrs = [f"{k}={v}" for k, v in sorted(rec.items()) if k not in _SKIP and v not in ("", None)]
    if attrs:
        yield "attributes: " + ", ".join(attrs)
    links = rec["links"]
    papers = {link["id"] for link in links if link["type"] == "Paper"}
    if papers:
        yield f"papers ({len(papers)}):"
    elif links:
        yield f"links ({len(links)}):"
    for link in links:
        arrow = "->" if link["direction"] == "out" else "<-"
        yield f"  {arrow} {link['relation']:<14} {_short(link['label'], 90)}  ({link['id']})"
        if link["evidence"]:
            yield f'       "{_short(link["evidence"])}"'
