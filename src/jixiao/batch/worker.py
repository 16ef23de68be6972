"""What runs in a worker process: one file through the reader, extractor and auditor, back as plain data.

Workers hold no database connection; the parent stores what they return. A worker whose parent has
died (killed, say, by SIGKILL, which gives no chance to clean up) exits on its own instead of lingering.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from decimal import Decimal
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler
from pathlib import Path
from typing import Any

import msgspec
from pydantic import BaseModel

from jixiao.errors import InputError
from jixiao.ingest.isolated import cap_memory, memory_message
from jixiao.ingest.limits import ReadLimits
from jixiao.model.loading import load_scheme
from jixiao.model.scheme import Scheme
from jixiao.review import review
from jixiao.store.rows import FailedFile, PreparedFile, ReviewedFile, prepare

_PARENT_CHECK_SECONDS = 0.5


@dataclass(frozen=True)
class _Setup:
    scheme: Scheme
    scheme_name: str


_setup: _Setup | None = None


def serve(connection: Connection, scheme_name: str, parent_pid: int) -> None:
    """A worker process's life (``batch.pool``): review each task the parent sends and send back its
    files' rows, until the parent sends None or goes away."""
    init(scheme_name, parent_pid)
    while True:
        try:
            files: list[tuple[str, str]] | None = connection.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if files is None:
            return
        try:  # pickled here, so that rows which cannot be sent fail their files, not the worker
            answer = ForkingPickler.dumps(review_files(files))
        except Exception as error:  # a defect outside any one file's review, or rows that cannot be pickled
            reason = f"处理时出现内部错误（{type(error).__name__}），工作进程已继续处理其他文件"
            answer = ForkingPickler.dumps([FailedFile(file_hash, name, reason) for name, file_hash in files])
        try:
            connection.send_bytes(answer)  # what connection.send(rows) sends; the parent's recv() reads it
        except OSError:
            return  # the parent is gone


def init(scheme_name: str, parent_pid: int) -> None:
    """Load the scheme once per process, cap the process's memory as a reading child's is capped (it
    decodes and extracts every report itself), and start watching the parent."""
    global _setup
    _setup = _Setup(load_scheme(scheme_name), scheme_name)
    cap_memory(ReadLimits.from_environment())
    threading.Thread(target=_exit_with_parent, args=(parent_pid,), daemon=True).start()


def _exit_with_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(_PARENT_CHECK_SECONDS)
    os._exit(1)


def input_error_reason(error: InputError) -> str:
    """The error's messages without the file name, which the failure record holds already."""
    return "；".join(f"{place}：{message}" if str(place) else message for place, message in error.problems)


def plain(model: BaseModel) -> dict[str, Any]:
    """``jsonout.to_plain`` of an extracted report or a finding, built in compiled code: pydantic dumps
    the fields and msgspec turns enums and dates into their JSON values, keeping Decimals. These models
    have no aliases, computed fields or custom serializers, so the two agree (tests/test_ingest_batch.py
    checks it on the seeds); the pure-Python walk cost a worker several milliseconds per report."""
    data: dict[str, Any] = msgspec.to_builtins(model.model_dump(), builtin_types=(Decimal,), str_keys=True)
    return data


def review_files(files: list[tuple[str, str]]) -> list[PreparedFile | FailedFile]:
    """A task of an ingest run: files given by path and hash, each as the rows the parent stores
    (``store.rows.prepare``) or why it failed."""
    if _setup is None:
        raise RuntimeError("review_files runs in a worker set up by init()")
    setup = _setup
    results: list[PreparedFile | FailedFile] = []
    for path, file_hash in files:
        try:
            result = review_as_data(Path(path), file_hash, setup.scheme, setup.scheme_name, path)
            results.append(result if isinstance(result, FailedFile) else prepare(result))
        except MemoryError:  # under the worker's memory cap, preparing what a huge file stated
            results.append(FailedFile(file_hash, path, memory_message(ReadLimits.from_environment())))
    return results


def review_as_data(
    path: Path, file_hash: str, scheme: Scheme, scheme_name: str, file_name: str
) -> ReviewedFile | FailedFile:
    """One file reviewed into what ``save_report`` stores; ``file_name`` is the name it is stored under
    (the web interface reads an upload from a temporary file but keeps the name the user gave)."""
    try:
        result = review(path, scheme)
    except InputError as error:
        return FailedFile(file_hash, file_name, input_error_reason(error))
    except MemoryError:
        return FailedFile(file_hash, file_name, memory_message(ReadLimits.from_environment()))
    except Exception as error:  # a defect in one reader or rule must not stop the batch
        return FailedFile(file_hash, file_name, f"处理时出现内部错误（{type(error).__name__}：{error}）")
    return ReviewedFile(
        file_hash=file_hash,
        file_name=file_name,
        format=result.document.format,
        encoding=result.document.encoding,
        scheme=scheme_name,
        facts=plain(result.report),
        text=result.document.text,
        findings=[plain(finding) for finding in result.findings],
    )
