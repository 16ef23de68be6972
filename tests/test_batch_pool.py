"""The ingest run's worker pool, with real spawned processes: answers, deaths (also part-way through a
message), and stopping."""

from __future__ import annotations

import os
import signal
import struct
import threading
import time
from multiprocessing.connection import Connection

from jixiao.batch.pool import WorkerPool

SLEEP = -1
PID = -2
TORN = -3
CTRL_C = -4


def _add(connection: Connection, offset: int) -> None:
    """A worker for these tests: answers n with n + offset; stands for a reader that crashes the process
    while it sends a result (TORN), or that never ends (SLEEP)."""
    while (task := connection.recv()) is not None:
        if task == TORN:  # the header of a 1000-byte message, a few of its bytes, then death
            os.write(connection.fileno(), struct.pack("!i", 1000) + b"partial")
            os._exit(1)
        if task == SLEEP:
            time.sleep(120)
        if task == CTRL_C:  # whether Ctrl-C was ignored before this worker ran a line of its own
            connection.send(int(signal.getsignal(signal.SIGINT) == signal.SIG_IGN))
            continue
        connection.send(os.getpid() if task == PID else task + offset)


def _state(pid: int) -> str:
    return open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0]


def _drain(pool: WorkerPool[int, int]) -> list[tuple[int, int | None]]:
    """Every answer still due, collected in a thread so that a hang fails the test instead of the run."""
    answers: list[tuple[int, int | None]] = []

    def collect() -> None:
        while pool.busy:
            answers.extend(pool.collect())

    collecting = threading.Thread(target=collect, daemon=True)
    collecting.start()
    collecting.join(timeout=60)
    assert not collecting.is_alive(), "the pool waits forever"
    return answers


def test_tasks_are_answered_by_every_worker() -> None:
    pool: WorkerPool[int, int] = WorkerPool(2, _add, (100,))
    answers: list[tuple[int, int | None]] = []
    try:
        for n in range(1, 9):
            while not pool.has_room(2):
                answers += pool.collect()
            pool.submit(n)
        answers += _drain(pool)
        pool.submit(PID)  # to each worker one, as both are idle
        pool.submit(PID)
        answers += _drain(pool)
        pids = {result for task, result in answers if task == PID}
    finally:
        pool.close()
    assert sorted(result for task, result in answers if task != PID) == list(range(101, 109))  # type: ignore[type-var]
    assert len(pids) == 2 and os.getpid() not in pids


def test_a_worker_dying_part_way_through_a_message_fails_its_tasks_and_is_replaced() -> None:
    """The torn message ends in end-of-file, not a wait for the rest; the tasks queued behind it on the
    same worker fail with it, the other worker's are answered, and a new worker takes the next task."""
    pool: WorkerPool[int, int] = WorkerPool(2, _add, (100,))
    try:
        for task in (1, TORN, 2, 3):  # each to the worker with fewer: 1 and 2 to one, TORN and 3 to the other
            pool.submit(task)
        answers = _drain(pool)
        pool.submit(4)
        pool.submit(5)
        after = _drain(pool)
    finally:
        pool.close()
    assert sorted(answers) == [(TORN, None), (1, 101), (2, 102), (3, None)]
    assert sorted(after) == [(4, 104), (5, 105)]


def test_a_worker_killed_while_idle_is_replaced_without_failing_a_task() -> None:
    pool: WorkerPool[int, int] = WorkerPool(1, _add, (100,))
    try:
        pool.submit(PID)
        [(_, pid)] = _drain(pool)
        assert pid is not None
        os.kill(pid, signal.SIGKILL)
        while _state(pid) != "Z":  # dead, and left for the pool to reap
            time.sleep(0.01)
        pool.submit(7)
        assert _drain(pool) == [(7, 107)]
    finally:
        pool.close()


def test_workers_start_with_ctrl_c_ignored_and_the_parent_keeps_its_handler() -> None:
    """The terminal sends Ctrl-C to the whole group: a worker must ignore it from its start (one still
    importing would die printing a traceback), while the parent keeps it, to stop the run."""
    before = signal.getsignal(signal.SIGINT)
    pool: WorkerPool[int, int] = WorkerPool(2, _add, (100,))
    try:
        assert signal.getsignal(signal.SIGINT) is before
        pool.submit(CTRL_C)
        pool.submit(CTRL_C)
        assert _drain(pool) == [(CTRL_C, 1), (CTRL_C, 1)]
    finally:
        pool.close()


def test_closing_stops_busy_workers_at_once() -> None:
    """An interrupted run closes its pool with workers part-way through a file: they are stopped, not
    waited for."""
    pool: WorkerPool[int, int] = WorkerPool(2, _add, (100,))
    pool.submit(PID)
    pool.submit(PID)
    pids = [pid for _, pid in _drain(pool)]
    pool.submit(SLEEP)
    pool.submit(SLEEP)
    started = time.monotonic()
    pool.close()
    assert time.monotonic() - started < 10
    for pid in pids:
        assert pid is not None
        assert not os.path.exists(f"/proc/{pid}"), "a worker outlived the pool"
