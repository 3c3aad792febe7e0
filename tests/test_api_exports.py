"""What the README and docs/scale.md call from Python is reachable from `kg` itself."""

from __future__ import annotations

from pathlib import Path

import kg

GOOD = Path(__file__).resolve().parent / "fixtures" / "ingest" / "good"


def test_settings_are_reachable_from_kg(tmp_path: Path) -> None:
    settings = kg.BuildSettings(rdf_base="https://example.org/mine/", engine=kg.EngineSettings(name="local"))
    kg.build([GOOD / "papers.jsonl"], out_dir=tmp_path, settings=settings)
    assert "<https://example.org/mine/paper/" in (tmp_path / "graph.nt").read_text(encoding="utf-8")
    assert {"BuildSettings", "EngineSettings"} <= set(kg.__all__)
