"""What reading one file may cost: its size on disk, what it inflates to, memory and CPU time.

A report is a few hundred kilobytes; a file that needs gigabytes is a bomb, a mistake or an attack, and
must cost a reviewer a clear message, not the machine. The limits are set by environment variables so
the command line, ``jixiao ingest`` and the web interface share them; the defaults leave room for the
largest real report many times over.
"""

from __future__ import annotations

import os
import re
import signal
import threading
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path

from jixiao.errors import InputError

MIB = 1 << 20
MIN_MEMORY_MB = 256  # below this even an ordinary report may not be read
MAX_MEMBERS = 5000
MAX_RATIO = 100  # a package inflating to more than 100 times its size is no office document
RATIO_FLOOR = 10 * MIB  # below which a high ratio is only a small, repetitive file


@dataclass(frozen=True)
class ReadLimits:
    """Caps per file, in MB and seconds; each is an environment variable of the same name."""

    file_mb: int = 100  # JIXIAO_MAX_FILE_MB: the file on disk
    unpacked_mb: int = 256  # JIXIAO_MAX_UNPACKED_MB: zip members and PDF streams, inflated, summed
    memory_mb: int = 2048  # JIXIAO_READ_MEMORY_MB: address space the reading process may add to its own
    cpu_seconds: int = 60  # JIXIAO_READ_CPU_SECONDS: CPU time spent reading the file (and reviewing it)

    @classmethod
    def from_environment(cls, environment: Mapping[str, str] = os.environ) -> ReadLimits:
        """The defaults, overridden by whichever variables are set; a bad value is refused by name."""
        values: dict[str, int] = {}
        for field in fields(cls):
            name = variable(field.name)
            raw = environment.get(name, "").strip()
            if not raw:
                continue
            if not raw.isdigit() or int(raw) == 0:
                raise InputError.single(name, f"环境变量 {name} 应为正整数，现为“{raw}”")
            if field.name == "memory_mb" and int(raw) < MIN_MEMORY_MB:
                raise InputError.single(
                    name,
                    f"环境变量 {name} 不能小于 {MIN_MEMORY_MB}（读取一份普通报告就需要这么多），现为“{raw}”",
                )
            values[field.name] = int(raw)
        return cls(**values)


def variable(field_name: str) -> str:
    """The environment variable that sets a limit."""
    return {
        "file_mb": "JIXIAO_MAX_FILE_MB",
        "unpacked_mb": "JIXIAO_MAX_UNPACKED_MB",
        "memory_mb": "JIXIAO_READ_MEMORY_MB",
        "cpu_seconds": "JIXIAO_READ_CPU_SECONDS",
    }[field_name]


def mb_label(size: int) -> str:
    """A byte count in MB as the messages print it."""
    return f"{size / MIB:.1f} MB" if size < 10 * MIB else f"{size // MIB} MB"


def check_file_size(name: str, size: int, limits: ReadLimits) -> None:
    if size > limits.file_mb * MIB:
        raise InputError.single(
            name, f"文件大小 {mb_label(size)}，超过 {limits.file_mb} MB 的上限（JIXIAO_MAX_FILE_MB），未读取"
        )


def _unpacked_refusal(limits: ReadLimits, total: int | None = None) -> str:
    size = f"达 {mb_label(total)}，" if total is not None else ""
    return (
        f"文件解压后{size}超过 {limits.unpacked_mb} MB 的上限（JIXIAO_MAX_UNPACKED_MB），"
        "疑似“压缩炸弹”，未读取"
    )


def check_zip(name: str, path: Path, limits: ReadLimits) -> set[str]:
    """The member names of an office package whose declared sizes are within the limits. Python's
    zipfile, which python-docx and openpyxl read through, never inflates a member past its declared size,
    so the declared sizes bound what reading the package can cost."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        raise InputError.single(name, "文件已损坏：看起来是 Office 文档（zip 包），但无法打开") from None
    if len(members) > MAX_MEMBERS:
        raise InputError.single(name, f"压缩包内文件过多（{len(members)} 个），未读取")
    total = sum(member.file_size for member in members)
    compressed = max(path.stat().st_size, 1)
    if total > limits.unpacked_mb * MIB:
        raise InputError.single(name, _unpacked_refusal(limits, total))
    if total > MAX_RATIO * compressed and total > RATIO_FLOOR:
        raise InputError.single(
            name,
            f"文件解压后达 {mb_label(total)}，是文件本身的 {total // compressed} 倍，疑似“压缩炸弹”，未读取",
        )
    return {member.filename for member in members}


_STREAM = re.compile(rb"stream\r?\n")
_END_STREAM = b"endstream"
_ZLIB_FIRST_BYTES = (b"\x78", b"\x58", b"\x08", b"\x48", b"\x68")
_IMAGE = re.compile(rb"/Subtype\s*/Image")
_DICTIONARY_REACH = 4096


def _dictionary(data: bytes, stream_start: int) -> bytes:
    """The stream's dictionary: what precedes the keyword back to its object's "obj"."""
    window_start = max(stream_start - _DICTIONARY_REACH, 0)
    obj = data.rfind(b"obj", window_start, stream_start)
    return data[obj if obj >= 0 else window_start : stream_start]


def check_pdf_streams(name: str, data: bytes, limits: ReadLimits) -> None:
    """Refuse a PDF whose deflated streams inflate past the limit, inflating each in bounded steps (never
    holding more than a step) before pdfminer would inflate them whole. Images are not counted: reading
    text never inflates them (a scan's pages are large images, and get the message that they hold no
    text). Streams that are not deflated cost their size on disk, which the file-size cap bounds."""
    budget = limits.unpacked_mb * MIB
    position = 0
    while (match := _STREAM.search(data, position)) is not None:
        start = match.end()
        end = data.find(_END_STREAM, start)
        if end < 0:
            return
        position = end + len(_END_STREAM)
        if data[start : start + 1] not in _ZLIB_FIRST_BYTES or _IMAGE.search(
            _dictionary(data, match.start())
        ):
            continue
        budget -= _inflated_size(data[start:end], budget + 1)
        if budget < 0:
            raise InputError.single(name, _unpacked_refusal(limits))


def _inflated_size(stream: bytes, cap: int) -> int:
    """How many bytes ``stream`` inflates to, counting at most ``cap``; a broken stream counts what it gave."""
    inflater = zlib.decompressobj()
    size = 0
    pending = stream
    try:
        while pending and size < cap:
            size += len(inflater.decompress(pending, MIB))
            pending = inflater.unconsumed_tail
    except zlib.error:
        pass
    return size


@contextmanager
def cpu_deadline(name: str, limits: ReadLimits) -> Iterator[None]:
    """Stop the block with an InputError naming ``name`` once it has spent the CPU seconds of ``limits``: a page the
    reader or the rules cannot finish (a defect's endless search) costs a message, not the command or the batch.
    A profiling timer of the process; set only from the main thread, which alone takes signals, and only when no
    other is running (a web upload is reviewed in a child the CPU cap bounds already)."""
    if threading.current_thread() is not threading.main_thread() or signal.getitimer(signal.ITIMER_PROF)[0]:
        yield
        return

    def expired(_signal: int, _frame: object) -> None:
        raise InputError.single(
            name,
            f"处理该文件超过 {limits.cpu_seconds} 秒的时间上限（JIXIAO_READ_CPU_SECONDS），已中止",
        )

    previous = signal.signal(signal.SIGPROF, expired)
    signal.setitimer(signal.ITIMER_PROF, limits.cpu_seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
