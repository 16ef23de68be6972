"""What the command line makes of unusual input: report text, file names and messages are printed as
written, never read as Rich markup (a report that writes "[/red]" or "[/]" is extracted and audited like any
other, and the files after it are processed); a file that is no self-evaluation report is refused."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import EXAMPLES, run_jixiao_process

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
    # a real Word report beside it: read in a child of the (memory-capped) worker, under the same cap
    rendered = run_jixiao_process(
        "render",
        str(EXAMPLES / "002-department-jingxing-2025.yaml"),
        "--to",
        "docx",
        "-o",
        str(folder / "井陉.docx"),
    )
    assert rendered.returncode == 0, rendered.stderr
    result = run_jixiao_process("ingest", str(folder), "--db", str(tmp_path / "r.db"))
    assert "Traceback" not in result.stderr
    assert "[red]坏[b].docx" in result.stderr
    assert "入库 1 个" in result.stdout + result.stderr


def test_a_file_that_is_no_report_is_refused_by_audit_and_recorded_by_ingest(tmp_path: Path) -> None:
    (tmp_path / "abc.txt").write_text("abc", encoding="utf-8")
    (tmp_path / "hello.html").write_text("<p>hello</p>", encoding="utf-8")
    # a short report in 繁體 is still a report
    (tmp_path / "繁體.txt").write_text(
        "某縣民政局2022年度項目支出績效自評報告\n全年預算數100萬元，實際支出90萬元，執行率90%。\n",
        encoding="utf-8",
    )
    audited = run_jixiao_process("audit", *(str(tmp_path / n) for n in ("abc.txt", "hello.html", "繁體.txt")))
    assert audited.returncode == 2
    reason = "这不是绩效自评报告：报告常用的“绩效”“自评”“预算”“指标”等词，文中一个也没有"
    assert f"错误 {tmp_path / 'abc.txt'}: {reason}" in audited.stderr
    assert f"错误 {tmp_path / 'hello.html'}: {reason}" in audited.stderr
    assert f"{tmp_path / '繁體.txt'}\n" in audited.stdout
    stored = run_jixiao_process("ingest", str(tmp_path), "--db", str(tmp_path / "r.db"))
    assert stored.returncode == 2
    assert "入库 1 个" in stored.stdout and "失败 2 个" in stored.stdout
    assert f"失败 {tmp_path / 'abc.txt'}：{reason}" in stored.stderr


def test_stats_on_a_mistyped_database_file_says_so_and_creates_nothing(tmp_path: Path) -> None:
    typo = tmp_path / "typo.db"
    result = run_jixiao_process("stats", "--db", str(typo))
    assert result.returncode == 2
    assert (
        result.stderr.strip() == f"错误 {typo}: 数据库文件不存在（检查 --db，或先用 jixiao ingest 入库报告）"
    )
    assert not typo.exists()


def test_ingest_of_a_missing_path_says_so_once(tmp_path: Path) -> None:
    database = tmp_path / "r.db"
    result = run_jixiao_process("ingest", str(tmp_path / "missing"), "--db", str(database))
    assert result.returncode == 2
    assert result.stderr.strip() == f"错误 {tmp_path / 'missing'}: 文件或文件夹不存在"
    assert not database.exists()


def test_a_reports_page_cut_after_its_opening_headings_is_still_a_report() -> None:
    from jixiao.errors import InputError
    from jixiao.ingest.document import Document
    from jixiao.review import refuse_non_report

    def refused(text: str) -> bool:
        try:
            refuse_non_report(Document.from_text("page.txt", "txt", text))
        except InputError:
            return True
        return False

    # a column's "自评报告" label, then the report's outline, cut before its figures
    cut = "公开目录 | 自评报告 | 发布日期 | 2025-04-22 |\n一、部门基本情况\n(一)部门概况\n1.主要职能\n负责全县防震减灾工作。\n"
    assert not refused(cut)
    # a fund's report cut before its figures' words, under its heading on how its money was set aside
    fund = "一、基本情况\n(一)项目资金安排情况。2020年省级财政安排少数民族发展资金共2亿元,资金全部采用因素法分配。\n"
    assert not refused(fund)
    # the outline alone, or one word without it, is no report
    assert refused("一、部门基本情况\n(一)部门概况\n负责全县防震减灾工作。\n")
    assert refused("公开目录 | 自评报告 | 发布日期 | 2025-04-22 |\n今日天气晴。\n")


def test_a_news_item_or_an_advert_naming_an_outlines_words_is_no_report() -> None:
    from jixiao.errors import InputError
    from jixiao.ingest.document import Document
    from jixiao.review import refuse_non_report

    for text in (
        "某县人民政府网\n首页 > 新闻动态\n我县召开衔接资金调度会\n会议要求各乡镇加快进度。\n",
        "某公司招聘启事\n公司概况：我公司成立于2005年。\n岗位职责：负责项目概况的编写。\n",
    ):
        try:
            refuse_non_report(Document.from_text("page.txt", "txt", text))
        except InputError:
            continue
        raise AssertionError(text)
