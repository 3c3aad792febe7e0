"""The map's unit of work: a shard of papers in, one small record per paper out.

`extract_shard` runs inside whatever process an engine chose; it builds the Extractor once per
process (cached by settings) so a worker pays spaCy's and the knowledge base's start-up once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kg.engine.records import Found, pack, packable, unpack
from kg.extract import Extractor, ExtractSettings
from kg.gcpause import gc_paused
from kg.model import Paper


@dataclass(frozen=True, slots=True)
class ShardTask:
    """One unit of the map: settings travel with the papers so any worker can run any shard."""

    settings: ExtractSettings
    papers: tuple[Paper, ...]
    packed: bool = True  # send plain tuples back (see kg.engine.records)


def split_shards(papers: Sequence[Paper], size: int) -> Iterator[tuple[Paper, ...]]:
    """Consecutive runs of `size` papers: the merge is concatenation in shard order."""
    size = max(1, size)
    for i in range(0, len(papers), size):
        yield tuple(papers[i : i + size])


def task(settings: ExtractSettings, papers: tuple[Paper, ...]) -> ShardTask:
    return ShardTask(settings, papers, packed=packable())


@lru_cache(maxsize=4)
def extractor_for(settings: ExtractSettings) -> Extractor:
    """This process's Extractor for `settings`, built on first use."""
    return Extractor(settings=settings)


def find(task: ShardTask) -> list[Found]:
    """Extract every paper of a shard, in this process; no Docs and no text in the result."""
    extractor = extractor_for(task.settings)
    return [(ex.entities, ex.relations, ex.results) for ex in extractor.extract_all(task.papers)]


def extract_shard(task: ShardTask) -> list[Any]:
    """What a worker runs and sends back: `find`'s records, packed into plain tuples."""
    found = find(task)
    return [pack(f) for f in found] if task.packed else found


def receive(task_packed: bool, records: list[Any]) -> list[Found]:
    """The caller's side of `extract_shard`."""
    if not task_packed:
        return records
    with gc_paused():
        return [unpack(r) for r in records]
