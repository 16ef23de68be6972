"""One entry point for every format: the format is sniffed from the bytes, the extension only breaks ties."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from jixiao.errors import InputError
from jixiao.ingest.document import Document
from jixiao.ingest.text import decode

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_OOXML = "EncryptedPackage".encode("utf-16-le")
_HTML_START = re.compile(r"^\s*(<!doctype\s+html|<html|<head|<body|<meta|<div|<p[\s>])", re.IGNORECASE)
_HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml", ".mht"}


def _sniff(path: Path, data: bytes) -> str:
    head = data[:1024]
    if b"%PDF" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if data.startswith(_OLE):
        return "encrypted" if _ENCRYPTED_OOXML in data else "doc"
    if data.lstrip().startswith(b"{\\rtf"):
        return "doc"
    if path.suffix.lower() in {".pdf", ".docx", ".doc"}:
        return "mismatch"
    return "text"


def _zip_is_word(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return path.suffix.lower() == ".docx"


def read_document(path: Path) -> Document:
    """Read one report file; every failure is an InputError naming the file and the reason."""
    name = str(path)
    if not path.exists():
        raise InputError.single(name, "文件不存在")
    if path.is_dir():
        raise InputError.single(name, "这是一个目录，不是报告文件")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError.single(name, f"无法读取文件（{error.strerror}）") from None
    if not data.strip():
        raise InputError.single(name, "文件为空")
    kind = _sniff(path, data)
    if kind == "encrypted":
        raise InputError.single(name, "文件已加密（受密码保护的 Office 文档），请提供未加密的版本")
    if kind == "mismatch":
        raise InputError.single(name, f"文件内容与扩展名 {path.suffix} 不符，文件可能已损坏")
    # each format's reader (pdfplumber, python-docx, BeautifulSoup) is imported only when a file needs it
    if kind == "pdf":
        from jixiao.ingest.pdf import read_pdf

        document = Document.from_text(name, "pdf", read_pdf(path))
    elif kind == "docx":
        if not _zip_is_word(path):
            raise InputError.single(name, "这是一个压缩包，但不是 Word 文档（.docx）")
        from jixiao.ingest.docx import read_docx

        document = Document.from_text(name, "docx", read_docx(path))
    elif kind == "doc":
        from jixiao.ingest.office import read_legacy_word

        document = Document.from_text(name, "doc", read_legacy_word(path))
    else:
        text, encoding = decode(data, name)
        if path.suffix.lower() in _HTML_EXTENSIONS or _HTML_START.match(text):
            from jixiao.ingest.html import read_html

            document = Document.from_text(name, "html", read_html(text), encoding)
        else:
            document = Document.from_text(name, "text", text, encoding)
    if document.is_blank():
        raise InputError.single(name, "文件中没有文字内容")
    return without_glosses(document)


# pinyin a mirror site writes after characters ("農(nóng)業(yè)"); a report never does
_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")
_TONE_MARK = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")  # a page without one has no pinyin to remove
_GLOSSED_PAGE = 3


def without_glosses(document: Document) -> Document:
    """The document with a mirror's pinyin glosses removed, as page chrome is: on a page with several of
    them, every "(xx)" of pinyin letters right after a character goes, so that "岳阳县农(nóng)业局" reads
    as the unit's name. Lines keep their numbers; columns are those of the text as read."""
    text = document.text
    if _TONE_MARK.search(text) is None or len(_GLOSS.findall(text, 0, 200_000)) < _GLOSSED_PAGE:
        return document
    return Document.from_text(document.path, document.format, _GLOSS.sub("", text), document.encoding)
