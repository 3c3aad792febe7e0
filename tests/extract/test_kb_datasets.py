"""Datasets of one family that are different data stay different entities (from the seeds:
'five standard pretraining datasets (CC-3M, CC-12M, YFCC-15M, LAION-400M, LAION-Aesthetics)')."""

from __future__ import annotations

import json
from pathlib import Path


def test_cc3m_cc12m_and_laion_sizes_are_distinct(tmp_path: Path) -> None:
    from kg.pipeline import build_corpus

    abstract = ("We investigate this question across 34 models and five standard pretraining datasets "
                "(CC-3M, CC-12M, YFCC-15M, LAION-400M, LAION-Aesthetics).")
    (tmp_path / "p.jsonl").write_text(json.dumps({"title": "Data matters", "abstract": abstract}) + "\n",
                                      encoding="utf-8")
    (ex,) = build_corpus([tmp_path]).extractions
    by_surface = {abstract[ev.start:ev.end]: ent.id for ent in ex.entities for ev in ent.evidence}
    assert by_surface["CC-3M"] == "benchmark/conceptual-captions"
    assert by_surface["CC-12M"] == "benchmark/conceptual-12m"
    assert by_surface["LAION-400M"] == "benchmark/laion-400m"
