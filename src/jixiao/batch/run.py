"""An ingest run: files reviewed in parallel worker processes, each stored by the parent in one transaction.

The parent hashes each file and asks the database which contents are stored already, a few hundred at a
time, so a run that was interrupted goes straight to the files it had not finished. At most a few files
per worker are in flight, so memory stays flat however many files there are. A file that fails is
recorded with its reason and the run goes on; it is tried again by the next run.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import DataError, IntegrityError

from jixiao.batch import worker
from jixiao.batch.walk import content_hash, report_files
from jixiao.store.reports import save_failure, save_prepared, stored_hashes
from jixiao.store.rows import FailedFile, PreparedFile

LOOKUP_BATCH = 256
# Files go to the workers a few to a task: each task's trip through the pool (pickling, pipes, waking
# the pool's threads) costs the parent more CPU than one file's share of it.
FILES_PER_TASK = 4
IN_FLIGHT_PER_WORKER = 2  # tasks, so a worker has its next one queued
LISTED_FAILURES = 20
# How long the parent waits on its tasks before asking whether the pool still works. A pool that breaks
# while a task is being submitted can drop that task without failing its future (CPython 3.11 marks the
# pending tasks failed and clears them without the submit lock), and a wait on it would last forever.
PROBE_SECONDS = 1.0
WORKER_DIED = "处理进程意外退出（读取程序可能因该文件崩溃），下次运行时会重试"

T = TypeVar("T")
OnFile = Callable[[str], None]


@dataclass
class IngestSummary:
    stored: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: int = 0
    severities: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)  # the first few, for the screen

    @property
    def processed(self) -> int:
        return self.stored + self.replaced + self.skipped + self.failed


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _new_pool(workers: int, scheme_name: str) -> ProcessPoolExecutor:
    # spawn, not fork: the parent runs a progress thread, and forking a threaded process is unsafe.
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=worker.init,
        initargs=(scheme_name, os.getpid()),
    )


class _Run:
    def __init__(self, engine: Engine, workers: int, force: bool, scheme_name: str, on_file: OnFile) -> None:
        self.engine = engine
        self.workers = workers
        self.force = force
        self.scheme_name = scheme_name
        self.on_file = on_file
        self.summary = IngestSummary()
        self.in_flight: dict[Future[list[PreparedFile | FailedFile]], list[tuple[str, str]]] = {}
        self.pending: list[tuple[str, str]] = []  # (name, hash) of files for the next task
        self.pool = _new_pool(workers, scheme_name)
        self.connection = engine.connect()  # one for every file stored, not a pool checkout each
        self.units: dict[str, int] = {}

    def run(self, paths: Sequence[Path]) -> IngestSummary:
        try:
            for batch in _batched(report_files(paths), LOOKUP_BATCH):
                self._dispatch(batch)
            self._submit()
            while self.in_flight:
                self._collect()
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.connection.close()
        return self.summary

    def _dispatch(self, batch: list[Path]) -> None:
        hashed: list[tuple[str, str]] = []
        for path in batch:
            try:
                hashed.append((str(path), content_hash(path)))
            except OSError as error:
                self._fail(FailedFile(None, str(path), f"无法读取文件（{error.strerror or error}）"))
        if self.force:
            stored: set[str] = set()
        else:
            with self.engine.connect() as connection:
                stored = stored_hashes(connection, [file_hash for _, file_hash in hashed])
        for name, file_hash in hashed:
            if file_hash in stored:
                self.summary.skipped += 1
                self.on_file("skipped")
                continue
            self.pending.append((name, file_hash))
            if len(self.pending) == FILES_PER_TASK:
                self._submit()

    def _submit(self) -> None:
        if not self.pending:
            return
        while len(self.in_flight) >= self.workers * IN_FLIGHT_PER_WORKER:
            self._collect()
        try:
            future = self.pool.submit(worker.review_files, self.pending)
        except BrokenProcessPool:  # a worker died since the last collection: its files fail, a new pool
            for done in [f for f in self.in_flight if f.done()]:
                self._settle(done)
            self._replace_pool()
            future = self.pool.submit(worker.review_files, self.pending)
        self.in_flight[future] = self.pending
        self.pending = []

    def _collect(self) -> None:
        done, _ = wait(self.in_flight, timeout=PROBE_SECONDS, return_when=FIRST_COMPLETED)
        if not done:
            if self._pool_is_broken():
                self._replace_pool()
            return
        if not all([self._settle(future) for future in done]):
            self._replace_pool()

    def _pool_is_broken(self) -> bool:
        """A broken pool refuses new tasks; a working one runs this no-op and nobody waits for it."""
        try:
            self.pool.submit(int)
        except BrokenProcessPool:
            return True
        return False

    def _settle(self, future: Future[list[PreparedFile | FailedFile]]) -> bool:
        """Store or fail the files of a finished task; False when its worker died."""
        files = self.in_flight.pop(future)
        try:
            results = future.result()
        except BrokenProcessPool:
            results = [FailedFile(file_hash, name, WORKER_DIED) for name, file_hash in files]
        except Exception as error:  # the task failed as a whole (its results too large to send back, say)
            reason = f"处理时出现内部错误（{type(error).__name__}），工作进程已继续处理其他文件"
            results = [FailedFile(file_hash, name, reason) for name, file_hash in files]
        for result in results:
            if isinstance(result, FailedFile):
                self._fail(result)
            else:
                self._store(result)
        return not isinstance(future.exception(), BrokenProcessPool)

    def _replace_pool(self) -> None:
        """A worker died: every file still in the broken pool fails with it, and a new pool takes over."""
        for files in self.in_flight.values():
            for name, file_hash in files:
                self._fail(FailedFile(file_hash, name, WORKER_DIED))
        self.in_flight.clear()
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = _new_pool(self.workers, self.scheme_name)

    def _store(self, prepared: PreparedFile) -> None:
        try:
            outcome = save_prepared(self.connection, prepared, force=self.force, units=self.units)
        except (IntegrityError, DataError) as error:
            reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
            self._fail(FailedFile(prepared.file_hash, prepared.file_name, f"写入数据库失败：{reason}"))
            return
        if outcome == "stored":
            self.summary.stored += 1
        elif outcome == "replaced":
            self.summary.replaced += 1
        else:
            self.summary.skipped += 1
        if outcome != "skipped":
            self.summary.severities.update(str(finding["severity"]) for finding in prepared.findings)
        self.on_file(outcome)

    def _fail(self, failed: FailedFile) -> None:
        save_failure(self.engine, failed)
        self.summary.failed += 1
        if len(self.summary.failures) < LISTED_FAILURES:
            self.summary.failures.append((failed.file_name, failed.reason))
        self.on_file("failed")


def ingest(
    paths: Sequence[Path],
    engine: Engine,
    *,
    workers: int,
    scheme_name: str,
    force: bool = False,
    on_file: OnFile | None = None,
) -> IngestSummary:
    """Review and store every report file under ``paths``; ``on_file`` hears each file's outcome."""
    return _Run(engine, workers, force, scheme_name, on_file or (lambda _outcome: None)).run(paths)
