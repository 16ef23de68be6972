"""Upload safety: the size limit, the type taken from the content, zip bombs, names never used as paths."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from jixiao.ingest.limits import MAX_RATIO
from jixiao.store.models import Report
from jixiao.web.app import Settings
from jixiao.web.uploads import UploadRefused, accepted, display_name, sniff

from .conftest import Site
from .test_web_reports import SEED_003, upload

ALL = frozenset({"docx", "xlsx", "pdf", "text"})


def archive(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zipped:
        for name, content in members.items():
            zipped.writestr(name, content)
    return buffer.getvalue()


def kind_of(content: bytes, name: str = "x") -> str:
    with accepted(io.BytesIO(content), name, 10 * 1024 * 1024, ALL) as upload:
        assert upload.path.read_bytes() == content
        return upload.kind


def refusal(content: bytes, name: str = "x", limit: int = 10 * 1024 * 1024) -> str:
    with pytest.raises(UploadRefused) as refused, accepted(io.BytesIO(content), name, limit, ALL):
        pass
    return str(refused.value)


def test_type_comes_from_the_content_not_the_name() -> None:
    assert kind_of(b"%PDF-1.7\n...", "report.txt") == "pdf"
    assert kind_of(archive({"word/document.xml": b"<w:document/>"}), "report.pdf") == "docx"
    assert kind_of(archive({"xl/workbook.xml": b"<workbook/>"}), "report.docx") == "xlsx"
    assert kind_of("绩效自评报告".encode(), "report.docx") == "text"
    assert "文件类型不支持" in refusal(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "report.docx")
    assert "文件类型不支持" in refusal(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "old.doc")
    assert "不是 Word" in refusal(archive({"payload.exe": b"MZ"}), "report.docx")
    # a password-protected .docx is an OLE container: told as such, in the words the command line uses
    locked = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600) + "EncryptedPackage".encode("utf-16-le")
    assert refusal(locked, "locked.docx") == "文件已加密（受密码保护的 Office 文档），请提供未加密的版本。"
    assert "已损坏" in refusal(b"PK\x03\x04 truncated", "report.docx")
    assert "文件是空的" in refusal(b"", "empty.txt")
    assert sniff(b"MZ\x90\x00") is None


def test_zip_bomb_is_refused_before_it_is_opened() -> None:
    # 60 MB of zeros squeeze into about 60 KB: a ratio of about 1000
    bomb = archive({"word/document.xml": bytes(60 * 1024 * 1024)})
    assert len(bomb) * MAX_RATIO < 60 * 1024 * 1024
    assert "压缩炸弹" in refusal(bomb, "report.docx")
    # past the absolute limit too, however it is spread
    many = archive(
        {f"xl/worksheets/sheet{i}.xml": bytes(30 * 1024 * 1024) for i in range(4)} | {"xl/workbook.xml": b""}
    )
    assert "压缩炸弹" in refusal(many, "book.xlsx")


def test_size_limit() -> None:
    assert "超过" in refusal(b"x" * 2048, "big.txt", limit=1024)
    assert kind_of(b"x" * 1024, "fits.txt") == "text"


def test_names_are_labels_only() -> None:
    assert display_name("../../etc/passwd") == "passwd"
    assert display_name("C:\\Users\\a\\报告.docx") == "报告.docx"
    assert display_name("a\x00b\nc.txt") == "abc.txt"
    assert display_name("") == display_name(None) == "未命名文件"
    with accepted(io.BytesIO(b"text"), "../../../tmp/evil.txt", 1024, ALL) as upload:
        assert upload.name == "evil.txt"
        assert upload.path.name == "upload.txt"
        assert "evil" not in str(upload.path)
        folder = upload.path.parent
    assert not folder.exists()  # the temporary copy is gone afterwards


def test_upload_route_reports_each_refusal_and_keeps_the_good_files(site: Site, tmp_path: Path) -> None:
    reviewer = site.browser("reviewer")
    bomb = archive({"word/document.xml": bytes(60 * 1024 * 1024)})
    answer = upload(
        reviewer,
        ("../../report.txt", SEED_003.read_bytes()),
        ("伪装.docx", b"\x89PNG\r\n\x1a\n" + bytes(100)),
        ("炸弹.docx", bomb),
    )
    assert answer.status_code == 200
    assert answer.text.count("已审核入库") == 1
    assert "<td>伪装.docx</td>" in answer.text
    assert "文件类型不支持" in answer.text and "压缩炸弹" in answer.text
    assert "已处理 3 / 3 份" in answer.text
    with site.engine.connect() as connection:
        assert connection.scalars(select(Report.file_name)).all() == ["report.txt"]
    only_bad = upload(reviewer, ("炸弹.docx", bomb))
    assert "已审核入库" not in only_bad.text and "压缩炸弹" in only_bad.text


def test_oversize_files_and_requests(site: Site) -> None:
    site.settings = Settings(secret_key="test-secret", max_file_bytes=1024, max_request_bytes=64 * 1024)
    reviewer = site.browser("reviewer")
    too_big = upload(reviewer, ("big.txt", "报告".encode() * 1000))
    assert "文件超过 1 KB 的上限" in too_big.text
    whole = upload(reviewer, ("huge.txt", b"x" * 100 * 1024))
    assert whole.status_code == 413 and "上传内容超过 64 KB 的上限" in whole.text
