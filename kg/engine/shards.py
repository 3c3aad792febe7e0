"""The map's unit of work: a shard of papers in, one small record per paper out.

`extract_shard` runs inside whatever process an engine chose; it builds the Extractor once per
process (cached by settings) so a worker pays spaCy's and the knowledge base's start-up once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from kg.extract import Extractor, ExtractSettings
from kg.model import Entity, Paper, Relation, Result

# What a worker sends back per paper: the Extraction without its Paper (the caller holds it).
Found = tuple[tuple[Entity, ...], tuple[Relation, ...], tuple[Result, ...]]


@dataclass(frozen=True, slots=True)
class ShardTask:
    """One unit of the map: settings travel with the papers so any worker can run any shard."""

    settings: ExtractSettings
    papers: tuple[Paper, ...]


def shards(papers: Sequence[Paper], size: int) -> Iterator[tuple[Paper, ...]]:
    """Consecutive runs of `size` papers: the merge is concatenation in shard order."""
    size = max(1, size)
    for i in range(0, len(papers), size):
        yield tuple(papers[i : i + size])


@lru_cache(maxsize=4)
def extractor_for(settings: ExtractSettings) -> Extractor:
    """This process's Extractor for `settings`, built on first use."""
    return Extractor(settings=settings)


def extract_shard(task: ShardTask) -> list[Found]:
    """Extract every paper of a shard; the records hold plain frozen values, no Docs, no text."""
    extractor = extractor_for(task.settings)
    return [(ex.entities, ex.relations, ex.results) for ex in extractor.extract_all(task.papers)]
