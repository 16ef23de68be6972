"""Worker processes, each on a pipe of its own, that tell the parent of every death.

concurrent.futures' pool has its workers share one result pipe behind a lock. A worker killed while it
sends a result (a reader crashing the process, the kernel's out-of-memory killer) leaves a torn message
that the pool's manager thread waits on forever, and the lock it held stays taken; a worker killed at other
moments can lose a task the pool never fails. The run, and the command's exit, then hang (seen in CI).
Here a worker writes only to its own pipe, whose other end the parent does not keep: when the worker dies
a torn message ends in end-of-file, and the process's sentinel says so even while it sends nothing.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

Task = TypeVar("Task")
Result = TypeVar("Result")
Serve = Callable[..., None]  # serve(connection, *args): recv a task, send its result, until None or EOF

_JOIN_SECONDS = 5.0


@contextmanager
def _ctrl_c_ignored() -> Iterator[None]:
    """A worker started inside this block ignores Ctrl-C from its first instruction (an ignored signal stays
    ignored in a new program, and Python leaves it so): the terminal sends it to the whole group, the parent
    stops its workers itself, and a worker still importing would die printing a traceback."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may change a handler; a pool started elsewhere leaves Ctrl-C as it is
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@dataclass(eq=False)
class _Worker(Generic[Task]):
    process: BaseProcess
    connection: Connection
    tasks: deque[Task] = field(default_factory=deque)  # sent and not answered, oldest first


class WorkerPool(Generic[Task, Result]):
    """``size`` processes running ``serve(connection, *args)``. A task goes to the worker with the fewest;
    each answers its tasks in order. A worker that dies fails the tasks it held and is replaced."""

    def __init__(self, size: int, serve: Serve, args: tuple[Any, ...]) -> None:
        # spawn, not fork: the parent runs a progress thread, and forking a threaded process is unsafe.
        self._context = multiprocessing.get_context("spawn")
        self._serve = serve
        self._args = args
        self._workers: list[_Worker[Task]] = []
        try:
            for _ in range(size):
                self._workers.append(self._start())
        except BaseException:
            self.close()
            raise

    def _start(self) -> _Worker[Task]:
        ours, theirs = self._context.Pipe()
        # not daemonic: a worker reads some files in a child of its own; close() sees that none lingers
        process = self._context.Process(target=self._serve, args=(theirs, *self._args))
        with _ctrl_c_ignored():
            process.start()
        theirs.close()  # the worker's end stays only in the worker, so its death is end-of-file here
        return _Worker(process, ours)

    @property
    def busy(self) -> bool:
        return any(worker.tasks for worker in self._workers)

    def has_room(self, per_worker: int) -> bool:
        return any(len(worker.tasks) < per_worker for worker in self._workers)

    def submit(self, task: Task) -> None:
        worker = min(self._workers, key=lambda candidate: len(candidate.tasks))
        if not worker.tasks and not worker.process.is_alive():  # it died idle: none of its tasks fail
            worker = self._restart(worker)
        with suppress(OSError):  # it died: the task waits with its others, and fails with them when collected
            worker.connection.send(task)
        worker.tasks.append(task)

    def collect(self) -> list[tuple[Task, Result | None]]:
        """Wait for answers: each finished task with its result, or with None when its worker died."""
        answered: list[tuple[Task, Result | None]] = []
        while not answered and self.busy:
            handles: dict[Any, _Worker[Task]] = {worker.process.sentinel: worker for worker in self._workers}
            handles.update((worker.connection, worker) for worker in self._workers if worker.tasks)
            ready = wait(list(handles))
            for worker in {id(handles[handle]): handles[handle] for handle in ready}.values():
                if worker.tasks and worker.connection.poll():
                    try:
                        result: Result = worker.connection.recv()
                    except (EOFError, OSError):  # it died, maybe part-way through sending
                        answered += self._failed(worker)
                    else:
                        answered.append((worker.tasks.popleft(), result))
                elif worker.process.sentinel in ready:
                    answered += self._failed(worker)  # it died with nothing left to read
        return answered

    def _failed(self, dead: _Worker[Task]) -> list[tuple[Task, Result | None]]:
        self._restart(dead)
        return [(task, None) for task in dead.tasks]

    def _restart(self, dead: _Worker[Task]) -> _Worker[Task]:
        self._stop(dead, gently=False)
        new = self._workers[self._workers.index(dead)] = self._start()
        return new

    def _stop(self, worker: _Worker[Task], *, gently: bool) -> None:
        if gently:  # asked to finish: given a moment to
            worker.process.join(_JOIN_SECONDS)
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        worker.connection.close()

    def close(self) -> None:
        """Let idle workers finish, stop busy ones (an interrupted run), and wait for all."""
        for worker in self._workers:
            if not worker.tasks:
                with suppress(OSError):  # it is gone already
                    worker.connection.send(None)
        for worker in self._workers:
            self._stop(worker, gently=not worker.tasks)
        self._workers = []
