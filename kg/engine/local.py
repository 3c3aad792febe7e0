"""The one-process engine: the map runs inline; the reference the other engines must equal."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.engine.records import Found
from kg.engine.shards import ShardTask, find


class LocalEngine:
    """Runs each shard in this process, lazily, so memory holds one shard's records at a time."""

    def map(self, tasks: Iterable[ShardTask]) -> Iterator[list[Found]]:
        for task in tasks:
            yield find(task)  # no pickling here, so nothing to pack

    def close(self) -> None:
        pass
