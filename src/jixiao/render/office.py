"""LibreOffice, headless, as a converter: docx -> pdf for the report, and any format Calc or
Writer reads.

Each call gets a throwaway profile (a second soffice with the same profile would hand its job
to the first and exit) and a timeout, and runs with the package's fonts.conf, which maps the
Windows font names the documents use to the Noto CJK fonts installed on Debian.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from importlib import resources
from pathlib import Path

TIMEOUT_SECONDS = 180
INSTALL_HINT = "请先安装 LibreOffice（Debian：apt-get install libreoffice-writer-nogui libreoffice-calc-nogui，或运行 scripts/install）"


class OfficeError(Exception):
    """LibreOffice is missing or failed; the message is for the user, in Chinese."""


def find_soffice() -> str:
    for name in ("soffice", "libreoffice"):
        path = shutil.which(name)
        if path:
            return path
    raise OfficeError(f"未找到 LibreOffice（soffice），无法转换文档。{INSTALL_HINT}")


def convert(source: Path, target_format: str, outdir: Path, timeout: float = TIMEOUT_SECONDS) -> Path:
    """Convert ``source`` into ``outdir`` and return the new file's path."""
    soffice = find_soffice()
    with (
        tempfile.TemporaryDirectory(prefix="jixiao-soffice-") as profile,
        resources.as_file(resources.files("jixiao.render") / "fonts.conf") as fonts,
    ):
        command = [
            soffice,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            target_format,
            "--outdir",
            str(outdir),
            str(source),
        ]
        env = {**os.environ, "FONTCONFIG_FILE": str(fonts)}
        try:
            result = subprocess.run(
                command, capture_output=True, text=True, timeout=timeout, env=env, check=False
            )
        except subprocess.TimeoutExpired:
            raise OfficeError(f"LibreOffice 转换 {source.name} 超过 {timeout:g} 秒仍未完成，已中止") from None
        except OSError as exc:
            raise OfficeError(f"无法启动 LibreOffice（{soffice}）：{exc.strerror}。{INSTALL_HINT}") from None
    extension = target_format.split(":")[0]
    produced = outdir / f"{source.stem}.{extension}"
    if result.returncode != 0 or not produced.is_file():
        detail = (result.stderr or result.stdout).strip().splitlines()
        tail = f"：{detail[-1]}" if detail else ""
        raise OfficeError(
            f"LibreOffice 未能把 {source.name} 转换为 {extension}（退出码 {result.returncode}）{tail}"
        )
    return produced


def docx_to_pdf(docx: bytes) -> bytes:
    """The PDF of a Word document, through LibreOffice."""
    with tempfile.TemporaryDirectory(prefix="jixiao-pdf-") as work:
        source = Path(work) / "report.docx"
        source.write_bytes(docx)
        return convert(source, "pdf", Path(work)).read_bytes()
