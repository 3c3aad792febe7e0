"""The multi-process engine: a pool whose workers build their Extractor once and return records.

Why not `nlp.pipe(n_process=...)`: it ships whole Docs between processes and ran at 0.2-1.1x the
one-process rate here; a pool whose workers return small records ran at 1.3-2.1x. Tasks are
submitted through a bounded window (not `Pool.imap`, whose feeder thread pickles the whole input
ahead of the workers), so memory holds a few shards in flight, never the corpus twice.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from kg.engine.records import Found
from kg.engine.shards import ShardTask, extract_shard, extractor_for, receive
from kg.errors import KGError
from kg.extract import ExtractSettings
from kg.gcpause import gc_paused


def _context(start_method: str | None = None) -> mp.context.BaseContext:
    """fork on Linux when this process runs one thread: instant start, and no re-import of the
    caller's `__main__`, so a script without a main guard (or code fed on stdin) still works.
    With other threads running (a Dask client, a notebook's kernel), fork can copy a held lock
    and deadlock, so use forkserver, whose server has already imported the extractor."""
    if start_method is not None:
        return mp.get_context(start_method)
    methods = mp.get_all_start_methods()
    if sys.platform == "linux" and threading.active_count() == 1:
        return mp.get_context("fork")
    if "forkserver" in methods:
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["kg.engine.shards"])
        return ctx
    return mp.get_context("spawn")


def _warm(settings: ExtractSettings) -> None:
    """Build this worker's Extractor before its first shard. A failure here would break the whole
    pool with no message, so it is left for the first shard to raise, with its own message."""
    with contextlib.suppress(Exception):
        extractor_for(settings)


class ProcessEngine:
    """`n` worker processes; results come back in submission order."""

    def __init__(self, n: int, *, window: int | None = None, start_method: str | None = None):
        self.n, self.start_method = n, start_method  # start_method None: see _context
        self.window = window or 2 * n + 1  # enough to keep every worker busy while one is merged
        self._pool: ProcessPoolExecutor | None = None
        self._gc_paused = False

    def _start(self, first: ShardTask) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.n, mp_context=_context(self.start_method),
            initializer=_warm, initargs=(first.settings,),
        )

    def map(self, tasks: Iterable[ShardTask]) -> Iterator[list[Found]]:
        pending: deque[tuple[bool, Future[list[Any]]]] = deque()
        it = iter(tasks)
        paused = contextlib.ExitStack()  # entered once the workers run
        try:
            for task in it:
                if self._pool is None:
                    self._pool = self._start(task)
                pending.append((task.packed, self._pool.submit(extract_shard, task)))
                if not self._gc_paused:
                    # The first submit has started the workers (a forked pool starts them all at
                    # once; forkserver and spawn children inherit nothing), so the collector can
                    # rest while this process gathers the corpus: its full passes over an ever
                    # larger heap of Extractions free nothing (6,000 papers: 0.60 -> 0.46 CPU s).
                    paused.enter_context(gc_paused())
                    self._gc_paused = True
                if len(pending) >= self.window:
                    yield receive(*_result(pending.popleft()))
            while pending:
                yield receive(*_result(pending.popleft()))
        except BrokenProcessPool as err:
            raise KGError(f"an extraction worker died (killed, or out of memory): {err}") from None
        finally:
            for _, fut in pending:
                fut.cancel()
            paused.close()
            self._gc_paused = False

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _result(item: tuple[bool, Any]) -> tuple[bool, Any]:
    packed, fut = item
    return packed, fut.result()
