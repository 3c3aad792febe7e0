"""Engines: extraction as a sharded map and a deterministic merge, behind one interface.

Papers are cut into shards of consecutive papers; an engine maps `extract_shard` over them (in
this process, in a pool of processes, or on a Dask cluster) and hands the results back in shard
order, so every engine yields the same Extractions in the same order: outputs are byte-identical
whichever engine ran. Workers return small records (entities, relations, results), never spaCy
Docs and never the paper text, which the caller already holds and re-attaches.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from kg.engine.records import Found
from kg.engine.shards import ShardTask, extract_shard, split_shards, task
from kg.errors import KGError
from kg.extract import ExtractSettings
from kg.model import Extraction, Paper

ENGINES = ("auto", "local", "processes", "dask")
AUTO_MIN_PAPERS = 2_000  # below this a pool's start-up costs more than it saves


@dataclass(frozen=True, slots=True)
class EngineSettings:
    """Which engine runs extraction and how wide; not part of any output."""

    name: str = "auto"  # auto | local | processes | dask
    processes: int | None = None  # workers; None: one per core
    scheduler: str | None = None  # dask only: address of a running scheduler; None: a local cluster
    shard_size: int = 250  # papers per task: big enough to amortise pickling, small enough to stream


class Engine(Protocol):
    """Maps `extract_shard` over tasks; yields each task's result in task order."""

    def map(self, tasks: Iterable[ShardTask]) -> Iterator[list[Found]]: ...

    def close(self) -> None: ...


def workers(settings: EngineSettings) -> int:
    n = settings.processes if settings.processes is not None else (os.cpu_count() or 1)
    if n < 1:
        raise KGError(f"--processes must be at least 1, not {n}")
    return n


def open_engine(settings: EngineSettings, *, n_papers: int | None = None) -> Engine:
    """The engine `settings` names; `auto` picks processes for large inputs on several cores."""
    name = settings.name
    if name not in ENGINES:
        raise KGError(f"unknown engine {name!r}; known: {', '.join(ENGINES)}")
    if name == "auto":
        big = n_papers is None or n_papers >= AUTO_MIN_PAPERS
        name = "processes" if big and workers(settings) > 1 else "local"
    if name == "local":
        from kg.engine.local import LocalEngine

        return LocalEngine()
    if name == "processes":
        from kg.engine.processes import ProcessEngine

        return ProcessEngine(workers(settings))
    from kg.engine.dask_engine import DaskEngine

    return DaskEngine(n_workers=workers(settings), scheduler=settings.scheduler)


def extract_papers(
    papers: Iterable[Paper], *, settings: ExtractSettings, engine: EngineSettings = EngineSettings(),
) -> Iterator[Extraction]:
    """One Extraction per paper, in input order, whichever engine runs the map."""
    papers = papers if isinstance(papers, list) else list(papers)
    runner = open_engine(engine, n_papers=len(papers))
    try:
        batches = split_shards(papers, engine.shard_size)
        tasks = (task(settings, batch) for batch in batches)
        start = 0
        for found in runner.map(tasks):
            for paper, (entities, relations, results) in zip(papers[start : start + len(found)], found):
                yield Extraction(paper=paper, entities=entities, relations=relations, results=results)
            start += len(found)
    finally:
        runner.close()


__all__ = ["ENGINES", "Engine", "EngineSettings", "extract_papers", "extract_shard", "open_engine"]
