"""An ingest run: files reviewed in parallel worker processes, each stored by the parent in one transaction.

The parent hashes each file and asks the database which contents are stored already, a few hundred at a
time, so a run that was interrupted goes straight to the files it had not finished. At most a few files
per worker are in flight, so memory stays flat however many files there are. A file that fails is
recorded with its reason and the run goes on; it is tried again by the next run.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import DataError, IntegrityError

from jixiao.batch import worker
from jixiao.batch.pool import WorkerPool
from jixiao.batch.walk import content_hash, report_files
from jixiao.store.reports import save_failure, save_prepared, stored_hashes
from jixiao.store.rows import FailedFile, PreparedFile

LOOKUP_BATCH = 256
# Files go to the workers a few to a task: each task's trip through a pipe (pickling, waking the
# processes) costs the parent more CPU than one file's share of it.
FILES_PER_TASK = 4
IN_FLIGHT_PER_WORKER = 2  # tasks, so a worker has its next one queued
LISTED_FAILURES = 20
WORKER_DIED = "处理进程意外退出（读取程序可能因该文件崩溃），下次运行时会重试"

T = TypeVar("T")
OnFile = Callable[[str], None]
Files = list[tuple[str, str]]  # (name, hash) of the files of one task
Results = list[PreparedFile | FailedFile]


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


class _Run:
    def __init__(self, engine: Engine, workers: int, force: bool, scheme_name: str, on_file: OnFile) -> None:
        self.engine = engine
        self.force = force
        self.on_file = on_file
        self.summary = IngestSummary()
        self.pending: Files = []  # files for the next task
        self.connection = engine.connect()  # one for every file stored, not a pool checkout each
        # last: nothing may fail once the workers run but inside run(), which stops them (the interpreter's exit
        # would wait for them)
        self.pool: WorkerPool[Files, Results] = WorkerPool(workers, worker.serve, (scheme_name, os.getpid()))
        self.units: dict[str, int] = {}

    def run(self, paths: Sequence[Path]) -> IngestSummary:
        try:
            for batch in _batched(report_files(paths), LOOKUP_BATCH):
                self._dispatch(batch)
            self._submit()
            while self.pool.busy:
                self._collect()
        finally:
            self.pool.close()
            self.connection.close()
        return self.summary

    def _dispatch(self, batch: list[Path]) -> None:
        hashed: Files = []
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
        while not self.pool.has_room(IN_FLIGHT_PER_WORKER):
            self._collect()
        self.pool.submit(self.pending)
        self.pending = []

    def _collect(self) -> None:
        """Store or fail the files of the tasks answered next; a dead worker's files fail."""
        for files, results in self.pool.collect():
            if results is None:
                results = [FailedFile(file_hash, name, WORKER_DIED) for name, file_hash in files]
            for result in results:
                if isinstance(result, FailedFile):
                    self._fail(result)
                else:
                    self._store(result)

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
