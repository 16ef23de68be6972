"""One entry point for every format: the format is sniffed from the bytes, the extension only breaks ties."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from jixiao.errors import InputError
from jixiao.ingest.document import Document
from jixiao.ingest.limits import ReadLimits, check_file_size, check_pdf_streams, check_zip
from jixiao.ingest.text import decode

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_OOXML = "EncryptedPackage".encode("utf-16-le")
_HTML_START = re.compile(r"^\s*(<!doctype\s+html|<html|<head|<body|<meta|<div|<p[\s>])", re.IGNORECASE)
_HEAD_BYTES = 1024
_HTML_EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml", ".mht"}


def _sniff(path: Path, head: bytes) -> str:
    if b"%PDF" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(_OLE):
        return "ole"
    if head.lstrip().startswith(b"{\\rtf"):
        return "doc"
    if path.suffix.lower() in {".pdf", ".docx", ".doc", ".xlsx"}:
        return "mismatch"
    return "text"


ENCRYPTED = "文件已加密（受密码保护的 Office 文档），请提供未加密的版本"


def is_encrypted_office(data: bytes) -> bool:
    """A password-protected .docx or .xlsx: an OLE container holding the encrypted package."""
    return data.startswith(_OLE) and _ENCRYPTED_OOXML in data


def is_plain_text(path: Path) -> bool:
    """Whether the file is text that is no web page: decoded, not parsed, so no library reads it."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError:
        return False
    if _sniff(path, head) != "text" or path.suffix.lower() in _HTML_EXTENSIONS:
        return False
    # the head may end inside a character: decoding it is only a guess at whether it looks like HTML
    return _HTML_START.match(head.decode("utf-8", errors="ignore")) is None and (
        _HTML_START.match(head.decode("gb18030", errors="ignore")) is None
    )


def _zip_kind(name: str, path: Path, limits: ReadLimits) -> str:
    members = check_zip(name, path, limits)
    if "word/document.xml" in members:
        return "docx"
    if "xl/workbook.xml" in members:
        return "xlsx"
    raise InputError.single(name, "这是一个压缩包，但不是 Word 文档（.docx）或 Excel 工作簿（.xlsx）")


def read_document(path: Path, limits: ReadLimits | None = None) -> Document:
    """Read one report file; every failure is an InputError naming the file and the reason. The limits'
    size checks are applied here; ``read_isolated`` adds the memory and time caps of a child process."""
    limits = limits or ReadLimits()
    name = str(path)
    if not path.exists():
        raise InputError.single(name, "文件不存在")
    if path.is_dir():
        raise InputError.single(name, "这是一个目录，不是报告文件")
    try:
        check_file_size(name, path.stat().st_size, limits)
        data = path.read_bytes()
    except OSError as error:
        raise InputError.single(name, f"无法读取文件（{error.strerror}）") from None
    if not data.strip():
        raise InputError.single(name, "文件为空")
    kind = _sniff(path, data[:_HEAD_BYTES])
    if kind == "ole":
        if is_encrypted_office(data):
            raise InputError.single(name, ENCRYPTED)
        kind = "doc"
    if kind == "mismatch":
        raise InputError.single(name, f"文件内容与扩展名 {path.suffix} 不符，文件可能已损坏")
    if kind == "zip":
        kind = _zip_kind(name, path, limits)
    # each format's reader (pdfplumber, python-docx, openpyxl, BeautifulSoup) is imported only when needed
    if kind == "pdf":
        check_pdf_streams(name, data, limits)
        from jixiao.ingest.pdf import read_pdf

        document = Document.from_text(name, "pdf", read_pdf(path))
    elif kind == "docx":
        from jixiao.ingest.docx import read_docx

        document = Document.from_text(name, "docx", read_docx(path))
    elif kind == "xlsx":
        from jixiao.ingest.xlsx import read_xlsx

        document = Document.from_text(name, "xlsx", read_xlsx(path))
    elif kind == "doc":
        from jixiao.ingest.office import read_legacy_word

        document = Document.from_text(name, "doc", read_legacy_word(path))
    else:
        decoded = decode(data, name)
        if path.suffix.lower() in _HTML_EXTENSIONS or _HTML_START.match(decoded.text):
            from jixiao.ingest.html import read_html

            text, kind = read_html(decoded.text), "html"
        else:
            text, kind = decoded.text, "text"
        document = Document.from_text(name, kind, text, decoded.encoding, decoded.warnings)
    if document.is_blank():
        raise InputError.single(name, "文件中没有文字内容")
    return without_export_quotes(without_markup(without_glosses(document)))


# pinyin a mirror site writes after characters ("農(nóng)業(yè)"); a report never does
# ("農(nóng)業(yè)"), or after a word ("得分(dé fēn)", its syllables set apart, one with its tone mark at least)
_SYLLABLE = "[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}"
_GLOSS = re.compile(
    rf"(?<=[\u4e00-\u9fff])[(（](?:{_SYLLABLE}|(?=[^)）]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]){_SYLLABLE}(?: {_SYLLABLE}){{1,3}})[)）]"
)
_TONE_MARK = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")  # a page without one has no pinyin to remove
_GLOSSED_PAGE = 2


def without_glosses(document: Document) -> Document:
    """The document with a mirror's pinyin glosses removed, as page chrome is: on a page with several of
    them, every "(xx)" of pinyin letters right after a character goes, so that "岳阳县农(nóng)业局" reads
    as the unit's name. Lines keep their numbers; columns are those of the text as read."""
    text = document.text
    if _TONE_MARK.search(text) is None or len(_GLOSS.findall(text, 0, 200_000)) < _GLOSSED_PAGE:
        return document
    return Document.from_text(
        document.path, document.format, _GLOSS.sub("", text), document.encoding, document.warnings
    )


# the bold marks of a page copied from a Markdown source ("**自评得分：** 92分"); a report never writes them
_BOLD = re.compile(r"\*\*(?=[^*\s])([^*\n]{1,80}?)(?<=[^*\s])\*\*")
_BOLD_PAGE = 2


def without_markup(document: Document) -> Document:
    """The document without the bold marks of a Markdown copy: on a page with several "**…**" spans they go,
    so that a bold label ("**全年预算数：** 1286万元") reads as a label. Lines keep their numbers; columns are
    those of the text as read."""
    text = document.text
    if "**" not in text or len(_BOLD.findall(text, 0, 200_000)) < _BOLD_PAGE:
        return document
    return Document.from_text(
        document.path, document.format, _BOLD.sub(r"\1", text), document.encoding, document.warnings
    )


# a row of a spreadsheet exported as text, every cell quoted and the cells set apart by tabs ("项目名称"\t"X经费"\t…),
# blank cells empty; a report's own line is never so
_QUOTED_CELL = re.compile(r'"((?:[^"\t\n]|"")*)"')
_EXPORTED_ROW = re.compile(r'^(?:"(?:[^"\t\n]|"")*"|)(?:\t(?:"(?:[^"\t\n]|"")*"|))+\t?$')
_EXPORTED_PAGE = 3  # rows so quoted: a sheet's export, not a quoted phrase


def without_export_quotes(document: Document) -> Document:
    """The document with the quotes a spreadsheet's text export puts around every cell removed: on a page with
    several rows of tab-set-apart quoted cells, each such row's cells lose their quotes ("" inside one is a quote),
    so that "年度资金总额"\t"86.00" reads as the form's cells; rows of comma-separated cells (a CSV export,
    "年度资金总额","486.30",,…) are read as cells set apart by tabs too. Lines keep their numbers; columns are those of
    the text as read."""
    tabbed, commas = '"\t"' in document.text, '","' in document.text
    if not tabbed and not commas:
        return document
    rows = [line.text for line in document.lines]
    exported = (
        [at for at, row in enumerate(rows) if '"' in row and _EXPORTED_ROW.match(row)] if tabbed else []
    )
    separated = [at for at, row in enumerate(rows) if _CSV_ROW.match(row) and '"' in row] if commas else []
    if len(exported) < _EXPORTED_PAGE and len(separated) < _EXPORTED_PAGE:
        return document
    if len(exported) >= _EXPORTED_PAGE:
        for at in exported:
            rows[at] = _QUOTED_CELL.sub(lambda cell: cell.group(1).replace('""', '"'), rows[at])
    if len(separated) >= _EXPORTED_PAGE:
        for at in separated:
            rows[at] = "\t".join(next(csv.reader([rows[at]]))).rstrip("\t")
    return Document.from_text(
        document.path, document.format, "\n".join(rows), document.encoding, document.warnings
    )


# a row of a spreadsheet exported as comma-separated values: two commas at least, between quoted or bare cells
_CSV_ROW = re.compile(r'^(?:"(?:[^"\n]|"")*"|[^",\n]*)(?:,(?:"(?:[^"\n]|"")*"|[^",\n]*)){2,}$')
