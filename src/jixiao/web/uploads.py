"""Uploaded files, treated as hostile: size limit, type from the bytes (never the name), zip bombs
refused before anything decompresses them (by the reading layer's own checks, ``ingest.limits``), and a
generated temporary file name. Reading what is accepted then runs under the reading layer's limits.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from jixiao.errors import InputError
from jixiao.ingest.limits import ReadLimits, check_zip
from jixiao.ingest.read import ENCRYPTED, is_encrypted_office

MIB = 1024 * 1024
SNIFF_BYTES = 8192
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
KIND_LABELS = {"docx": "Word 文档", "xlsx": "Excel 工作簿", "pdf": "PDF", "text": "文本或网页"}


def size_label(size: int) -> str:
    """A byte count as people say it: "20 MB", "64 KB"."""
    if size >= MIB:
        return f"{size / MIB:g} MB"
    return f"{max(size // 1024, 1)} KB"


class UploadRefused(Exception):
    """Why an upload is not accepted, in words for the user."""


@dataclass(frozen=True)
class Upload:
    """An accepted upload in a temporary file; ``name`` is only a label, never part of a path."""

    path: Path
    name: str
    kind: str  # docx, xlsx, pdf or text


def display_name(name: str | None) -> str:
    """The user's file name without any folder part or control characters, for showing and storing."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(ch for ch in base if ch.isprintable()).strip()
    return cleaned[:200] or "未命名文件"


def sniff(head: bytes) -> str | None:
    """The format by content; zip archives are told apart later by ``zip_kind``."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(_OLE):
        return "ole"  # legacy Office, or a password-protected .docx or .xlsx
    if b"\x00" in head:
        return None  # another binary format
    return "text"


def zip_kind(path: Path) -> str:
    """docx or xlsx, after the archive passed the reading layer's zip-bomb checks (the same limits as the
    command line's); anything else is refused."""
    try:
        names = check_zip("上传的文件", path, ReadLimits.from_environment())
    except InputError as error:
        raise UploadRefused(f"{error.problems[0][1]}。") from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    raise UploadRefused("这是一个压缩包，但不是 Word（.docx）或 Excel（.xlsx）文件。")


def _copy_limited(source: BinaryIO, target: BinaryIO, limit: int) -> int:
    size = 0
    while block := source.read(1 << 20):
        size += len(block)
        if size > limit:
            raise UploadRefused(f"文件超过 {size_label(limit)} 的上限。")
        target.write(block)
    return size


@contextmanager
def accepted(source: BinaryIO, name: str | None, limit: int, allowed: frozenset[str]) -> Iterator[Upload]:
    """Copy the upload to a temporary file with a generated name, check it, and remove it afterwards."""
    label = display_name(name)
    with tempfile.TemporaryDirectory(prefix="jixiao-upload-") as folder:
        holding = Path(folder) / "upload"
        with holding.open("wb") as target:
            size = _copy_limited(source, target, limit)
        if size == 0:
            raise UploadRefused("文件是空的。")
        with holding.open("rb") as handle:
            kind = sniff(handle.read(SNIFF_BYTES))
        if kind == "ole" and is_encrypted_office(holding.read_bytes()):
            raise UploadRefused(f"{ENCRYPTED}。")
        if kind == "zip":
            kind = zip_kind(holding)
        if kind is None or kind not in allowed:
            accepted_labels = "、".join(KIND_LABELS[k] for k in sorted(allowed))
            raise UploadRefused(f"文件类型不支持（按文件内容判断）。可以上传：{accepted_labels}。")
        # the reader tells HTML from plain text by the content; the suffix only helps it
        path = holding.rename(Path(folder) / f"upload.{'txt' if kind == 'text' else kind}")
        yield Upload(path, label, kind)
