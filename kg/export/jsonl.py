"""papers.jsonl: what `kg extract` prints, one line per paper (CONTRACT.md schema)."""

from __future__ import annotations

import json
from typing import IO, Any

from kg.model import Evidence, Extraction


def _ev(ev: Evidence) -> dict[str, Any]:
    return {"field": ev.field.value, "start": ev.start, "end": ev.end, "rule": ev.rule,
            "confidence": ev.confidence}


def extraction_record(ex: Extraction) -> dict[str, Any]:
    """The CONTRACT.md JSON object of one paper."""
    p = ex.paper
    rec: dict[str, Any] = {
        "id": p.id,
        "title": p.title,
        "abstract": p.abstract,
        "sources": [{"file": s.file, "date": s.date} for s in p.sources],
    }
    for key in ("arxiv_id", "doi", "url", "published"):
        if getattr(p, key):
            rec[key] = getattr(p, key)
    if p.authors:
        rec["authors"] = list(p.authors)
    if p.input_ids:
        rec["input_ids"] = list(p.input_ids)
    rec["entities"] = [
        {"type": e.type.value, "name": e.name, "aliases": list(e.aliases), "proposed": e.proposed,
         "id": e.id, "evidence": [_ev(v) for v in e.evidence],
         **({"kb_id": e.kb_id} if e.kb_id else {}), **({"long_form": e.long_form} if e.long_form else {})}
        for e in ex.entities
    ]
    rec["relations"] = [
        {"type": r.type.value, "source": r.source, "target": r.target, "evidence": _ev(r.evidence)}
        for r in ex.relations
    ]
    rec["results"] = [
        {"model": r.model, "benchmark": r.benchmark, "metric": r.metric, "value": r.value,
         **({"evidence": _ev(r.evidence)} if r.evidence else {})}
        for r in ex.results
    ]
    return rec


def dumps(ex: Extraction) -> str:
    return json.dumps(extraction_record(ex), ensure_ascii=False, sort_keys=False)


def write_jsonl(extractions: list[Extraction], fh: IO[str]) -> None:
    for ex in extractions:
        fh.write(dumps(ex) + "\n")
