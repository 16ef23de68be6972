"""Reading a file in a child process under the limits, so that a bomb or a reader's defect costs one
clear message and never the command, the batch or the web server that asked.

Plain text is decoded in the calling process: decoding is linear in the file's size, which the file-size
cap bounds. Every format a library parses (PDF, Word, Excel, HTML, legacy Word) is read in a child with an
address-space cap (RLIMIT_AS) and a CPU-time cap (RLIMIT_CPU), and a wall-clock deadline the parent
enforces. The child is forked from the caller when the caller runs a single thread, and otherwise from a
fork server started once (forking a process whose other threads may hold locks can deadlock the child).
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from multiprocessing.connection import Connection
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import TypeVar, cast

from jixiao.errors import InputError
from jixiao.ingest.document import Document
from jixiao.ingest.limits import MIB, ReadLimits, check_file_size
from jixiao.ingest.read import is_plain_text, read_document

_OUT_OF_MEMORY, _FAILED = 3, 4  # a child's exit codes when it cannot send its outcome
_GRACE_SECONDS = 5  # between the CPU cap's warning signal and the kill
_WALL_FACTOR = 3  # a child waiting on nothing for three times its CPU budget is stuck
_PRELOAD = [
    "jixiao.ingest.read",
    "jixiao.ingest.docx",
    "jixiao.ingest.html",
    "jixiao.ingest.xlsx",
    "jixiao.render.xlsx_import",
]
T = TypeVar("T")


def preload(module: str) -> None:
    """Have the fork server import ``module`` when it starts, so that a child running one of its functions
    does not spend its CPU budget importing it (register at import time, before the first isolated read)."""
    if module not in _PRELOAD:
        _PRELOAD.append(module)


def read_isolated(path: Path, limits: ReadLimits | None = None) -> Document:
    """``read_document`` under ``limits`` (by default those the environment sets)."""
    limits = limits or ReadLimits.from_environment()
    if _in_reading_child or not path.is_file() or is_plain_text(path):
        return read_document(path, limits)  # it names what is wrong with a missing file or a folder
    return run_isolated(partial(read_document, limits=limits), path, limits)


def run_isolated(read: Callable[[Path], T], path: Path, limits: ReadLimits | None = None) -> T:
    """``read(path)`` in a child process under ``limits``, after the file-size check; ``read`` must be
    importable by name (a module's function, or a partial of one) for the fork server to run it."""
    limits = limits or ReadLimits.from_environment()
    try:
        check_file_size(str(path), path.stat().st_size, limits)
    except OSError:
        return read(path)  # the reader names what is wrong: missing, unreadable
    context = _context()
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, read, path, limits), daemon=True)  # type: ignore[attr-defined]
    child.start()
    sender.close()
    deadline = limits.cpu_seconds * _WALL_FACTOR + _GRACE_SECONDS
    try:
        outcome = receiver.recv() if receiver.poll(deadline) else None
    except EOFError:
        outcome = None
    finally:
        receiver.close()
    if outcome is None and child.is_alive():
        child.kill()
    child.join()
    if isinstance(outcome, _Read):
        return cast(T, outcome.value)
    if isinstance(outcome, InputError):
        raise outcome
    raise InputError.single(str(path), _death_message(child.exitcode, limits))


@dataclass(frozen=True)
class _Read:
    """What the child read, told apart from an InputError it sends instead."""

    value: object


def _death_message(exitcode: int | None, limits: ReadLimits) -> str:
    if exitcode == _OUT_OF_MEMORY:
        return memory_message(limits)
    if exitcode in (-signal.SIGXCPU, -signal.SIGKILL, None):
        return (
            f"读取该文件超过 {limits.cpu_seconds} 秒的时间上限（JIXIAO_READ_CPU_SECONDS），"
            "文件可能异常庞大或已损坏，未读取"
        )
    return f"读取该文件时读取进程异常退出（代码 {exitcode}），文件可能已损坏，未读取"


def cap_memory(limits: ReadLimits) -> None:
    """Cap this process's address space at what it holds now plus the limit: a reading child, and each
    ingest worker, which decodes plain text and extracts every report itself. Relative, because a child
    forked from a large process (a test runner, a server) starts with that process's address space."""
    memory = _address_space() + limits.memory_mb * MIB
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        memory = min(memory, hard)  # a child of a capped worker: the worker's cap is its ceiling
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))


def _address_space() -> int:
    """The bytes of address space this process holds (Linux); 0 where that cannot be read."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * resource.getpagesize()


def memory_message(limits: ReadLimits) -> str:
    return (
        f"读取该文件所需内存超过 {limits.memory_mb} MB 的上限（JIXIAO_READ_MEMORY_MB），"
        "文件可能异常庞大或已损坏，未读取"
    )


# True in a reading child: it runs under the limits already (and, as a daemon, may not start children), so
# a read_isolated within it (a whole review run isolated reads its file) reads in the child itself
_in_reading_child = False


def _child(sender: Connection, read: Callable[[Path], object], path: Path, limits: ReadLimits) -> None:
    global _in_reading_child
    _in_reading_child = True
    try:
        outcome = _outcome(read, path, limits)
        sender.send(outcome)
    except MemoryError:  # no memory left even to say so: the exit code says it
        os._exit(_OUT_OF_MEMORY)
    except BaseException:  # anything else the child cannot report: never a traceback on the user's screen
        os._exit(_FAILED)
    finally:
        sender.close()


def _outcome(read: Callable[[Path], object], path: Path, limits: ReadLimits) -> _Read | InputError:
    """What reading gave, or why it failed. Over the memory cap, the message is built after the failed
    read's frames (and all they parsed) are released: built inside the handler, it could fail itself."""
    try:
        cap_memory(limits)
        resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + _GRACE_SECONDS))
        return _Read(read(path))
    except InputError as error:
        return error
    except MemoryError:
        pass  # every other way out returns: past the handler is only the memory cap
    except Exception as error:  # a reader's defect on one file is reported, never raised into the caller
        return InputError.single(str(path), f"读取时出现内部错误（{type(error).__name__}：{error}）")
    return InputError.single(str(path), memory_message(limits))


_server_lock = threading.Lock()


def _context() -> BaseContext:
    if threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    with _server_lock:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
    return context
