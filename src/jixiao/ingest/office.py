"""Legacy Word (.doc, .wps, .rtf) through LibreOffice headless, converted to .docx and read as such."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from jixiao.errors import InputError
from jixiao.ingest.docx import read_docx

TIMEOUT_SECONDS = 120


def soffice() -> str:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError("LibreOffice (soffice) is not installed; scripts/install installs it")


def convert(path: Path, target: str, outdir: Path) -> Path:
    """Convert with a private LibreOffice profile, so parallel calls never share a lock file."""
    return convert_many([path], target, outdir)[0]


def convert_many(paths: list[Path], target: str, outdir: Path) -> list[Path]:
    """Convert several files in one LibreOffice start (a start costs seconds; a page costs little)."""
    profile = outdir / "profile"
    command = [
        soffice(),
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--convert-to",
        target,
        "--outdir",
        str(outdir),
        *(str(path.resolve()) for path in paths),
    ]
    limit = TIMEOUT_SECONDS * len(paths)
    try:
        subprocess.run(command, capture_output=True, timeout=limit, check=False)
    except subprocess.TimeoutExpired:
        names = "、".join(str(path) for path in paths)
        raise InputError.single(names, f"LibreOffice 转换超时（{limit} 秒）") from None
    extension = target.split(":")[0]
    converted: list[Path] = []
    for path in paths:
        result = outdir / f"{path.stem}.{extension}"
        if not result.exists():
            raise InputError.single(str(path), "LibreOffice 无法转换该文件，文件可能已损坏或已加密")
        converted.append(result)
    return converted


def read_legacy_word(path: Path) -> str:
    with tempfile.TemporaryDirectory(prefix="jixiao-soffice-") as tmp:
        return read_docx(convert(path, "docx", Path(tmp)))
