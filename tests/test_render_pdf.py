"""The 自评报告 as PDF through the real LibreOffice: CJK text really there, Noto CJK embedded."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from jixiao.render.office import OfficeError, convert

from .conftest import EXAMPLES
from .conftest import run_jixiao as jixiao


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "report.pdf"
    result = jixiao(
        "render", str(EXAMPLES / "004-department-chenxi-2023.yaml"), "--to", "pdf", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    return out


def test_pdf_text_is_real_chinese(report_pdf: Path) -> None:
    text = subprocess.run(
        ["pdftotext", "-layout", str(report_pdf), "-"], capture_output=True, text=True, check=True
    )
    flat = "".join(text.stdout.split())
    assert "中共辰溪县委网络安全和信息化委员会办公室2023年度部门整体支出绩效自评报告" in flat
    assert "一、部门（单位）概况" in flat
    assert "自评得分97.22分" in flat
    assert "自评等级为“优”" in flat
    assert "—1—" in flat


def test_pdf_embeds_noto_cjk_fonts_only(report_pdf: Path) -> None:
    listing = subprocess.run(["pdffonts", str(report_pdf)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in listing.stdout.splitlines()[2:]]
    names = [row[0] for row in rows]
    assert any("NotoSerifCJK" in name for name in names), names  # 仿宋 / 宋体 / 小标宋
    assert any("NotoSansCJK" in name for name in names), names  # 黑体
    for row in rows:
        assert re.search(r"NotoS(?:erif|ans)CJK|UKai", row[0]), row[0]
        embedded, _subset, unicode_map = row[-5:-2]
        assert (embedded, unicode_map) == ("yes", "yes"), row


def test_pdf_page_renders_to_a_png(report_pdf: Path, tmp_path: Path) -> None:
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(report_pdf), str(tmp_path / "page")],
        check=True,
    )
    page = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    width, height = page.size
    assert width < height  # portrait A4
    dark = sum(page.histogram()[:128])
    assert dark > 0.01 * width * height  # text is drawn, not an empty page
    top = page.crop((0, 0, width, height // 5))
    assert sum(top.histogram()[:128]) > 0  # the title sits at the top


def test_missing_libreoffice_is_a_clear_message(tmp_path: Path) -> None:
    env = {**os.environ, "PATH": str(tmp_path)}
    out = tmp_path / "r.pdf"
    result = jixiao(
        "render", str(EXAMPLES / "003-project-sanmenxia-2021.yaml"), "--to", "pdf", "-o", str(out), env=env
    )
    assert result.returncode == 3
    assert "未找到 LibreOffice（soffice），无法转换文档" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_a_failed_conversion_is_a_clear_message(tmp_path: Path) -> None:
    source = tmp_path / "report.docx"
    source.write_bytes(b"")
    with pytest.raises(OfficeError, match=r"LibreOffice 未能把 report\.docx 转换为 nosuchformat"):
        convert(source, "nosuchformat", tmp_path)
