"""The process pool pauses the collector in the caller while it gathers results, and only then."""

from __future__ import annotations

import gc
from pathlib import Path

from kg.engine import EngineSettings, extract_papers
from kg.extract import ExtractSettings
from kg.ingest import read_papers

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _papers() -> list:
    return read_papers([min(SEEDS.glob("*.txt"))])[:12]


def test_collector_paused_while_gathering_and_enabled_after() -> None:
    engine = EngineSettings(name="processes", processes=2, shard_size=3)
    states = [gc.isenabled() for _ in extract_papers(_papers(), settings=ExtractSettings(), engine=engine)]
    assert len(states) == 12 and not any(states)
    assert gc.isenabled()


def test_collector_enabled_after_an_abandoned_extraction() -> None:
    engine = EngineSettings(name="processes", processes=2, shard_size=3)
    it = extract_papers(_papers(), settings=ExtractSettings(), engine=engine)
    next(it)
    it.close()
    assert gc.isenabled()
