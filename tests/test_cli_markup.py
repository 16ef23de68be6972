"""Report text, file names and messages are printed as written, never read as Rich markup: a report that
writes "[/red]" or "[/]" is extracted and audited like any other, and the files after it are processed."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_jixiao_process

REPORT = (
    "某县民政局2022年度困难群众救助资金绩效自评报告\n一、基本情况\n"
    "全年预算数100万元，实际支出90万元，执行率95%。[/red]见附表[/]\n"
)


def _files(tmp_path: Path) -> tuple[Path, Path]:
    marked = tmp_path / "[red]红色.txt"
    marked.write_text(REPORT, encoding="utf-8")
    after = tmp_path / "之后.txt"
    after.write_text(REPORT.replace("[/red]", "").replace("[/]", ""), encoding="utf-8")
    return marked, after


def test_audit_prints_report_text_and_file_names_as_written(tmp_path: Path) -> None:
    marked, after = _files(tmp_path)
    page = tmp_path / "审核.html"
    result = run_jixiao_process("audit", str(marked), str(after), "--html", str(page))
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr  # an error-severity finding, not a crash
    assert f"{marked}\n" in result.stdout  # the name with its "[red]"
    assert "第3行 JX103 错误 执行率写作95%，按所列数字计算应为90%" in result.stdout
    assert "原文：第3行：全年预算数100万元，实际支出90万元，执行率95%。[/red]见附表[/]" in result.stdout
    assert f"{after}\n" in result.stdout  # the file after it was audited too
    assert "[/red]见附表[/]" in page.read_text(encoding="utf-8")


def test_extract_prints_report_text_and_file_names_as_written(tmp_path: Path) -> None:
    marked, after = _files(tmp_path)
    result = run_jixiao_process("extract", "--facts", str(marked), str(after))
    assert result.returncode == 0, result.stderr
    printed = result.stdout.replace("\n", "").replace(" ", "")  # the title wraps in a narrow table
    assert f"{marked}（text，utf-8）".replace(" ", "") in printed
    assert printed.count("（text，utf-8）") == 2


def test_ingest_lists_a_failed_file_by_its_name(tmp_path: Path) -> None:
    folder = tmp_path / "报告"
    folder.mkdir()
    (folder / "[red]坏[b].docx").write_bytes(b"not a zip file")
    result = run_jixiao_process("ingest", str(folder), "--db", str(tmp_path / "r.db"))
    assert "Traceback" not in result.stderr
    assert "[red]坏[b].docx" in result.stderr
