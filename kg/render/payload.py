"""The data a page carries: vis-network nodes and edges, and what the details panel shows.

Offsets sent to the page are UTF-16 code units (what JavaScript strings index), converted from
the code-point offsets the graph stores. Links are kept only when they are http(s).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import networkx as nx

from kg.model import Corpus

FIELDS = ("title", "abstract")
LABEL_CHARS = 40
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_SENTENCE_END = re.compile(r"[.!?]\s+")
# Node attributes the panel shows elsewhere or that only matter to algorithms.
_INTERNAL = frozenset({"type", "label", "name", "aliases", "pagerank", "degree", "community", "kind", "parent",
                       "id", "title", "abstract", "dates", "sources", "arxiv_id", "doi", "paper"})


@dataclass
class Payload:
    """Parallel lists indexed by node number, plus edges as dicts for pyvis's Network."""

    ids: list[str]
    types: list[str]
    info: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    pairs: list[tuple[int, int]] = field(default_factory=list)  # drawn node pairs, for layout and rank
    derived: list[str] = field(default_factory=list)  # relations inferred, not read: hidden at first


def utf16(text: str, offset: int) -> int:
    """The UTF-16 index of code-point `offset` in `text`."""
    if text.isascii():
        return offset
    head = text[:offset]
    return offset + sum(1 for ch in head if ord(ch) > 0xFFFF)


def safe_href(url: str) -> str | None:
    """`url` when it is an absolute http(s) URL with a host; None for anything else."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def _href(d: dict[str, Any]) -> str | None:
    forms = [str(d.get("name") or d.get("label") or ""), *_aliases(d)]
    for form in forms:
        if form.startswith(("http://", "https://")):
            return safe_href(form)
    name = forms[0]
    return safe_href(name if _SCHEME.match(name) else "https://" + name)


def _aliases(d: dict[str, Any]) -> list[str]:
    raw = d.get("aliases") or "[]"
    try:
        out = json.loads(raw) if isinstance(raw, str) else list(raw)
    except ValueError:
        return []
    return [str(a) for a in out]


def _json_list(raw: Any) -> list[str]:
    try:
        return [str(x) for x in (json.loads(raw) if isinstance(raw, str) else raw or [])]
    except ValueError:
        return []


def _int(value: Any) -> int:
    """An offset from a graph file that may have been edited by hand: anything else counts as 0."""
    if type(value) is int:  # the common case, on every edge: skip the conversions
        return max(0, value)
    try:
        return max(0, int(value or 0))
    except (TypeError, ValueError):
        return 0


def _context(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a mention, so a bare mention span still reads as evidence."""
    lo = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        lo = m.end()
    after = _SENTENCE_END.search(text, end)
    hi = after.start() + 1 if after else len(text)
    return lo, hi


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _occurrences(text: str, form: str) -> list[tuple[int, int]]:
    """Where `form` occurs in `text` as a whole word (str.find: a regex per paper costs 1-2 ms)."""
    out, at = [], text.find(form)
    while at >= 0:
        end = at + len(form)
        if (at == 0 or not _is_word(text[at - 1])) and (end == len(text) or not _is_word(text[end])):
            out.append((at, end))
        at = text.find(form, at + 1)
    return out


def _mention_spans(g: nx.MultiDiGraph, paper: str, text: dict[str, str], index: dict[str, int],
                   corpus_spans: dict[str, list[tuple[str, int, int, str]]] | None) -> list[list[int]]:
    """[field, start, end, node] of each entity mention in the paper, non-overlapping."""
    found: list[tuple[int, int, int, int]] = []
    if corpus_spans is not None:
        for fld, s, e, eid in corpus_spans.get(paper, []):
            if eid in index and fld in FIELDS:
                found.append((FIELDS.index(fld), s, e, index[eid]))
    else:
        forms: dict[str, int] = {}
        for target in sorted(set(g.successors(paper))):
            d = g.nodes[target]
            for form in [str(d.get("name") or ""), *_aliases(d)]:
                if len(form) >= 2:
                    forms.setdefault(form, index[target])
        for form, node in forms.items():
            for f, fld in enumerate(FIELDS):
                found.extend((f, s, e, node) for s, e in _occurrences(text[fld], form))
    out: list[list[int]] = []
    last = (-1, -1)
    for f, s, e, node in sorted(found, key=lambda x: (x[0], x[1], -x[2], x[3])):
        if (f, s) < last or e <= s:
            continue
        out.append([f, utf16(text[FIELDS[f]], s), utf16(text[FIELDS[f]], e), node])
        last = (f, e)
    return out


Spans = dict[str, list[tuple[str, int, int, str]]]  # paper id -> (field, start, end, entity id)


def _corpus_spans(corpus: Corpus | None) -> Spans | None:
    if corpus is None:
        return None
    return {ex.paper.id: [(ev.field.value, ev.start, ev.end, ent.id) for ent in ex.entities for ev in ent.evidence]
            for ex in corpus.extractions}


def read_spans(path: Path) -> Spans:
    """The mention spans of an output folder's papers.jsonl, the same `kg build` highlights from
    its corpus, so `kg html` on the folder writes the page the build wrote (graph.json holds
    names, not where each was read)."""
    import orjson

    from kg.errors import InputError

    spans: Spans = {}
    try:
        with path.open("rb") as fh:
            for n, line in enumerate(fh, 1):
                try:
                    rec = orjson.loads(line)
                    spans[rec["id"]] = [(ev["field"], ev["start"], ev["end"], ent["id"])
                                        for ent in rec["entities"] for ev in ent["evidence"]]
                except (orjson.JSONDecodeError, KeyError, TypeError) as err:
                    why = f"missing {err}" if isinstance(err, KeyError) else str(err).split(":")[0]
                    raise InputError(f"not a kg papers.jsonl line: {why}", file=str(path), line=n) from None
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}", file=str(path)) from None
    return spans


def label_of(d: dict[str, Any], node: str) -> str:
    text = str(d.get("label") or d.get("name") or d.get("title") or node)
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


def build_payload(g: nx.MultiDiGraph, corpus: Corpus | None = None, spans: Spans | None = None) -> Payload:
    """Everything but positions and styling, nodes numbered in sorted id order. Mentions are
    highlighted where `spans` (else the corpus) says they were read, else wherever a name occurs."""
    ids = sorted(g.nodes, key=str)
    index = {n: i for i, n in enumerate(ids)}
    spans = spans if spans is not None else _corpus_spans(corpus)
    # Out-edges bucketed by source in one pass over networkx, then sorted per source: walking
    # g.adj per node costs a view object per lookup (3.7 s for 120,000 edges, 0.6 s this way).
    out: list[list[tuple[int, str, dict[str, Any]]]] = [[] for _ in ids]
    for u, v, key, attrs in g.edges(keys=True, data=True):
        out[index[u]].append((index[v], str(key), attrs))
    for bucket in out:
        bucket.sort(key=lambda t: (t[0], t[1]))
    types: list[str] = []
    info: list[dict[str, Any]] = []
    for i, n in enumerate(ids):
        d = g.nodes[n]
        t = str(d.get("type") or "Entity")
        types.append(t)
        if t == "Paper":
            text = {f: str(d.get(f) or "") for f in FIELDS}
            links, linked = [], set()
            for j, rel, _ in out[i]:
                td = g.nodes[ids[j]]
                if rel in ("has_code", "has_link") and j not in linked and td.get("type") in ("Repository", "Link"):
                    linked.add(j)
                    links.append([str(td.get("name") or ids[j]), _href(td)])
            arxiv = str(d.get("arxiv_id") or "")
            if arxiv:
                links.append([f"arXiv:{arxiv}", safe_href(f"https://arxiv.org/abs/{arxiv}")])
            info.append({"n": text["title"] or str(n), "ab": text["abstract"], "d": _json_list(d.get("dates")),
                         "l": links, "h": _mention_spans(g, n, text, index, spans)})
        else:
            item: dict[str, Any] = {"n": str(d.get("name") or d.get("label") or n), "a": _aliases(d)}
            attrs = [[k, str(v)] for k, v in sorted(d.items()) if k not in _INTERNAL and v not in ("", None)]
            if attrs:
                item["at"] = attrs
            if t in ("Repository", "Link"):
                item["l"] = [[item["n"], _href(d)]]
            info.append(item)
    edges, pairs, derived, read = [], set(), set(), set()
    rows = ((i, j, rel, d) for i, bucket in enumerate(out) for j, rel, d in bucket)
    for i, j, rel, d in rows:
        edge: dict[str, Any] = {"from": i, "to": j, "rel": str(d.get("relation") or rel)}
        fld, s, e = str(d.get("field") or ""), _int(d.get("start")), _int(d.get("end"))
        if types[i] == "Paper" and fld in FIELDS and e > s:
            src: str = info[i]["n"] if fld == "title" else info[i]["ab"]
            if not d.get("evidence"):
                s, e = _context(src, s, e)
            edge["ev"] = [FIELDS.index(fld), s, e] if src.isascii() else [FIELDS.index(fld), utf16(src, s), utf16(src, e)]
        elif d.get("evidence"):
            edge["tx"] = str(d["evidence"])
        edges.append(edge)
        if str(d.get("rule") or "").startswith("derived:"):
            derived.add(edge["rel"])
            continue
        read.add(edge["rel"])
        if i != j:
            pairs.add((i, j) if i < j else (j, i))
    return Payload(ids=ids, types=types, info=info, edges=edges, pairs=sorted(pairs),
                   derived=sorted(derived - read))


def node_sizes(rank: list[float]) -> list[float]:
    """Node radius from importance: sqrt keeps hubs readable without drowning the rest."""
    top = max(rank, default=0.0) or 1.0
    return [round(7 + 23 * math.sqrt(r / top), 1) for r in rank]
