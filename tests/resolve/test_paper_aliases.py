"""Per paper, every mention's text is the entity's name or one of its aliases, also when
resolution merges two of the paper's entities into one (Med-PaLM and Med-PaLM 2, a KB alias)."""

from __future__ import annotations

import json
from pathlib import Path


def test_merged_entities_keep_each_name_as_an_alias(tmp_path: Path) -> None:
    from kg.pipeline import build_corpus

    abstract = ("Generalist models such as Med-PaLM answer medical questions. Our method outperforms "
                "leading specialist models such as Med-PaLM 2 by a significant margin.")
    (tmp_path / "p.jsonl").write_text(json.dumps({"title": "Prompting medicine", "abstract": abstract}) + "\n",
                                      encoding="utf-8")
    (ex,) = build_corpus([tmp_path]).extractions
    (palm,) = [e for e in ex.entities if e.id == "model/med-palm"]
    assert {abstract[ev.start:ev.end] for ev in palm.evidence} == {"Med-PaLM", "Med-PaLM 2"}
    for ent in ex.entities:
        for ev in ent.evidence:
            text = (ex.paper.title if ev.field.value == "title" else ex.paper.abstract)[ev.start:ev.end]
            assert text in (ent.name, *ent.aliases), (ent.id, text)
