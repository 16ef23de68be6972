"""Which files an ingest run takes: every report file under the folders given, in a stable order.

Walking is lazy, so a run over a hundred thousand files never holds their list; counting walks again
(it is cheap next to reading the files) so the progress bar knows its total.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

REPORT_SUFFIXES = frozenset({".txt", ".docx", ".doc", ".pdf", ".html", ".htm", ".xlsx"})


def report_files(paths: Sequence[Path]) -> Iterator[Path]:
    """Files named directly are taken whatever their suffix; in folders, report suffixes only, hidden
    files and folders (and Office lock files ``~$…``) skipped."""
    for path in paths:
        if not path.is_dir():
            yield path.absolute()
            continue
        for folder, subfolders, names in os.walk(path):
            subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
            for name in sorted(names):
                if name.startswith((".", "~$")) or Path(name).suffix.lower() not in REPORT_SUFFIXES:
                    continue
                yield Path(folder, name).absolute()


def count_report_files(paths: Sequence[Path]) -> int:
    return sum(1 for _ in report_files(paths))


def content_hash(path: Path) -> str:
    """sha256 of the file's bytes: the identity of a report, whatever its name."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
