"""The Dask engine: the same map on a `distributed` cluster, local by default.

Dask over Ray or Spark: it is pure Python and pip-installable (no JVM as Spark needs, no
separate raylet runtime as Ray has), its `LocalCluster` runs in CI, and `Client(address)` joins
any existing cluster (dask-jobqueue on SLURM/PBS, dask-kubernetes, a `dask scheduler` by hand).
Workers cache their Extractor per settings (`extractor_for`), so each pays start-up once.
"""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from kg.engine.records import Found
from kg.engine.shards import ShardTask, extract_shard, receive
from kg.errors import KGError


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise KGError("the dask engine needs the optional extra: pip install 'kg[dask]'") from None
    return distributed


class DaskEngine:
    """A client on `scheduler`, or on a new local cluster of `n_workers` one-thread processes."""

    def __init__(self, *, n_workers: int, scheduler: str | None = None, window: int | None = None):
        self.n_workers, self.scheduler = n_workers, scheduler
        self.window = window
        self._client: Any = None
        self._cluster: Any = None

    def _connect(self) -> Any:
        distributed = _distributed()
        try:
            if self.scheduler:
                client = distributed.Client(self.scheduler, timeout="10s")
            else:
                self._cluster = distributed.LocalCluster(
                    n_workers=self.n_workers, threads_per_worker=1, processes=True,
                    dashboard_address=None, silence_logs=50,
                )
                client = distributed.Client(self._cluster)
        except (OSError, TimeoutError) as err:
            raise KGError(f"cannot reach the Dask scheduler {self.scheduler}: {err}") from None
        return client

    def map(self, tasks: Iterable[ShardTask]) -> Iterator[list[Found]]:
        if self._client is None:
            self._client = self._connect()
        n = sum(self._client.nthreads().values()) or 1
        window = self.window or 2 * n + 1
        pending: deque[tuple[bool, Any]] = deque()
        run = uuid.uuid4().hex[:12]  # keys must be unique on a scheduler shared by several builds
        try:
            for i, task in enumerate(tasks):
                # pure=False: shards are never deduplicated by content; the key keeps logs readable
                fut = self._client.submit(extract_shard, task, key=f"kg-shard-{run}-{i}", pure=False)
                pending.append((task.packed, fut))
                if len(pending) >= window:
                    yield receive(*_result(pending.popleft()))
            while pending:
                yield receive(*_result(pending.popleft()))
        finally:
            for _, fut in pending:
                fut.cancel()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


def _result(item: tuple[bool, Any]) -> tuple[bool, Any]:
    packed, fut = item
    return packed, fut.result()
