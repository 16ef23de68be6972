"""Plain text and HTML ingestion: encodings are detected, lines keep their numbers."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from jixiao.errors import InputError
from jixiao.ingest import read_document

REPORT = "2023年度网信办整体绩效自评工作报告\n\n一、部门整体概况\n本部门申请预算资金230.85万元。\n"


@pytest.mark.parametrize(
    ("encoding", "prefix", "expected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("gb18030", b"", "gb18030"),
        ("gbk", b"", "gb18030"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
    ],
)
def test_text_encodings_are_detected(tmp_path: Path, encoding: str, prefix: bytes, expected: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(prefix + REPORT.encode(encoding))
    document = read_document(path)
    assert document.format == "text"
    assert document.encoding == expected
    assert [line.text for line in document.lines] == REPORT.split("\n")[:-1]
    assert document.lines[3].number == 4
    assert document.lines[3].text == "本部门申请预算资金230.85万元。"


def test_crlf_line_ends_keep_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(REPORT.replace("\n", "\r\n").encode("utf-8"))
    assert [line.number for line in read_document(path).lines] == [1, 2, 3, 4]


def test_html_blocks_and_table_rows_become_lines(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    html = (
        "<html><head><meta charset='utf-8'><title>t</title><style>p{}</style></head><body>"
        "<p>一、部门<b>整体</b>概况</p><div>实际支出<span>230.65</span>万元</div>"
        "<table><tr><th>项目名称</th><th>自评得分</th></tr><tr><td>甲项目</td><td>100</td></tr></table>"
        "<script>var x = 1;</script></body></html>"
    )
    path.write_text(html, encoding="utf-8")
    document = read_document(path)
    assert document.format == "html"
    assert [line.text for line in document.lines] == [
        "一、部门整体概况",
        "实际支出230.65万元",
        "项目名称\t自评得分",
        "甲项目\t100",
    ]


def test_html_in_gbk_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_bytes("<html><body><p>得分98分，评价等级为优秀。</p></body></html>".encode("gbk"))
    assert read_document(path).lines[0].text == "得分98分，评价等级为优秀。"


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "文件为空"), (b"  \n\r\n\t ", "文件为空")],
)
def test_empty_file_is_a_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert str(path) in str(caught.value)
    assert message in str(caught.value)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="文件不存在"):
        read_document(tmp_path / "nowhere.txt")


def test_pdf_extension_on_text_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_text("这不是 PDF", encoding="utf-8")
    with pytest.raises(InputError, match="不符"):
        read_document(path)


REPORT_LINE = "中共乐亭县委网络安全和信息化委员会办公室2023年度部门整体支出绩效自评报告\n"


def test_a_stray_byte_is_replaced_and_named_by_its_offset(tmp_path: Path) -> None:
    good = (REPORT_LINE * 3).encode("utf-8")  # 107 bytes a line: 34 characters of 3 bytes, 4 digits, "\n"
    assert len(REPORT_LINE.encode("utf-8")) == 107
    path = tmp_path / "stray.txt"
    path.write_bytes(good[:107] + b"\xff" + good[107:])  # one byte between the first and second line
    document = read_document(path)
    assert document.encoding == "utf-8"
    text = REPORT_LINE.strip()
    assert [line.text for line in document.lines] == [text, "\ufffd" + text, text]
    assert document.warnings == ("从第 108 个字节起有 1 个字节不是有效的 UTF-8，已替换为“\ufffd”后继续读取",)


def test_a_character_cut_at_the_end_is_named(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    # 107 + 106 bytes; "告" (bytes 211-213) loses its last two
    path.write_bytes((REPORT_LINE * 2).strip().encode("utf-8")[:-2])
    document = read_document(path)
    assert document.lines[-1].text.endswith("自评报\ufffd")
    assert document.warnings == ("从第 211 个字节起有 1 个字节不是有效的 UTF-8，已替换为“\ufffd”后继续读取",)


def test_gbk_with_no_utf8_in_it_is_still_gbk(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes((REPORT_LINE * 3).encode("gbk"))
    document = read_document(path)
    assert (document.encoding, document.warnings) == ("gb18030", ())
    assert document.lines[0].text == REPORT_LINE.strip()


def test_the_command_line_warns_and_reads_on(tmp_path: Path) -> None:
    from tests.conftest import SEEDS, run_jixiao_process

    seed = (SEEDS / "000_871bbd1d4626e7a9.txt").read_bytes()
    path = tmp_path / "stray.txt"
    path.write_bytes(seed[:1000] + b"\x80" + seed[1000:])
    assert seed[1000] < 0x80 or seed[1000] >= 0xC0  # the stray byte lands between two characters
    ran = run_jixiao_process("audit", str(path))
    assert ran.returncode in (0, 1)
    assert (
        f"警告 {path}: 从第 1001 个字节起有 1 个字节不是有效的 UTF-8，已替换为“\ufffd”后继续读取"
        in ran.stderr
    )


def test_the_bold_marks_of_a_markdown_copy_are_removed(tmp_path: Path) -> None:
    # hand-written: a page copied from a Markdown source; a lone "**" (no pair) and prose asterisks stay
    path = tmp_path / "report.txt"
    path.write_text(
        "某县民政局2022年度部门整体支出绩效自评报告\n**全年预算数：** 1286万元，**执行率：** 93.3%。\n"
        "**自评得分**：92分。\n注：带*号的指标为核心指标，2**3为笔误。\n",
        encoding="utf-8",
    )
    lines = [line.text for line in read_document(path).lines]
    assert lines[1:3] == ["全年预算数： 1286万元，执行率： 93.3%。", "自评得分：92分。"]
    assert lines[3] == "注：带*号的指标为核心指标，2**3为笔误。"
    one = tmp_path / "one.txt"
    one.write_text("某县民政局2022年度部门整体支出绩效自评报告\n**自评得分**：92分。\n", encoding="utf-8")
    assert read_document(one).lines[1].text == "**自评得分**：92分。"  # one span is no Markdown page


def test_a_mirrors_pinyin_glosses_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "岳阳县农(nóng)业(yè)局2022年度项目支出绩效自评报告\n本项目自评得分(dé fēn)92分，等级(děng jí)为优。\n"
        "资金用于开发移动应用(mobile app)。\n",
        encoding="utf-8",
    )
    lines = [line.text for line in read_document(path).lines]
    assert lines[:2] == ["岳阳县农业局2022年度项目支出绩效自评报告", "本项目自评得分92分，等级为优。"]
    assert lines[2] == "资金用于开发移动应用(mobile app)。"  # words without a tone mark are no pinyin
