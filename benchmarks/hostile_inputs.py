"""Files built to hurt a reader: compression bombs, a huge text, an xlsx with a hundred thousand extra
rows. Each is small on disk (except the text) and costs what its name says once inflated.

Run as a script, it writes them to a temporary folder and runs ``jixiao extract`` (and ``jixiao render``
for the xlsx form) on each in a fresh process, printing wall time, the peak memory of any process of
the call, the exit code and the message, so the README's limits can be checked against what they cost.

    .venv/bin/python benchmarks/hostile_inputs.py [--text-mb 50] [--only NAME]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "src" / "jixiao" / "samples" / "reports"
_CHUNK = 1 << 20


def _deflate_repeated(unit: bytes, total: int) -> bytes:
    """``unit`` repeated to ``total`` bytes, deflated, without holding the inflated bytes."""
    compressor = zlib.compressobj(9)
    block = unit * max(_CHUNK // len(unit), 1)
    parts: list[bytes] = []
    written = 0
    while written < total:
        piece = block[: min(len(block), total - written)]
        parts.append(compressor.compress(piece))
        written += len(piece)
    parts.append(compressor.flush())
    return b"".join(parts)


def pdf_bomb(path: Path, inflated: int = 1 << 30) -> Path:
    """A one-page PDF whose content stream inflates to ``inflated`` bytes of drawing operators."""
    stream = _deflate_repeated(b"0 0 m\n", inflated)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


_DOCUMENT_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    b"<w:p><w:r><w:t>\xe7\xbb\xa9\xe6\x95\x88\xe8\x87\xaa\xe8\xaf\x84\xe6\x8a\xa5\xe5\x91\x8a</w:t></w:r></w:p>"
)
_PACKAGE = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
        '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
        'document.main+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    ),
}


def docx_bomb(path: Path, inflated: int = 1200 << 20) -> Path:
    """A Word package whose document.xml inflates to ``inflated`` bytes of empty paragraphs."""
    paragraph = b"<w:p/>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in _PACKAGE.items():
            archive.writestr(name, text)
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            tail = b"</w:body></w:document>"
            member.write(_DOCUMENT_HEAD)
            filler = (inflated - len(_DOCUMENT_HEAD) - len(tail)) // len(paragraph)
            block = paragraph * (_CHUNK // len(paragraph))
            for _ in range(filler // (_CHUNK // len(paragraph))):
                member.write(block)
            member.write(paragraph * (filler % (_CHUNK // len(paragraph))))
            member.write(tail)
    return path


def heavy_docx(path: Path, paragraphs: int = 400_000) -> Path:
    """A Word document of ``paragraphs`` short, varied paragraphs: no bomb (it compresses as text does),
    but parsing its 30 MB of XML into a tree takes hundreds of megabytes."""
    words = ("绩效", "自评", "预算", "指标", "资金", "项目", "完成", "单位")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in _PACKAGE.items():
            archive.writestr(name, text)
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(_DOCUMENT_HEAD)
            for number in range(paragraphs):
                word = words[number % len(words)]
                text = f"{word}{number}{words[number * 7 % len(words)]}{number * 7919 % 1_000_003}"
                member.write(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode())
            member.write(b"</w:body></w:document>")
    return path


def big_html(path: Path, paragraphs: int = 120_000) -> Path:
    """A web page of ``paragraphs`` short paragraphs: parsed into a tree, megabytes become hundreds."""
    body = "<p><span>绩效自评报告 预算 指标</span></p>\n" * paragraphs
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    return path


def big_text(path: Path, megabytes: int) -> Path:
    """The bundled sample reports repeated to ``megabytes`` MB: real report text, at a size no report has."""
    unit = b"\n".join(sample.read_bytes() for sample in sorted(SAMPLES.glob("*.txt")))
    target = megabytes << 20
    with path.open("wb") as out:
        written = 0
        while written < target:
            out.write(unit)
            written += len(unit)
    return path


def xlsx_with_rows(path: Path, form: Path, rows: int) -> Path:
    """A 自评表 xlsx (``form``, as jixiao renders it) with ``rows`` rows of filler below the form."""
    import openpyxl

    book = openpyxl.load_workbook(form, data_only=True)  # values, as a unit that saved it would send
    sheet = book.active
    assert sheet is not None
    start = sheet.max_row + 2
    for row in range(start, start + rows):
        sheet.cell(row=row, column=1, value=f"备注{row}")
        sheet.cell(row=row, column=2, value=row)
    book.save(path)
    return path


def _run(command: list[str]) -> tuple[float, int, int, str]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    lines = done.stderr.strip().splitlines()
    message = lines[-1].split(": ", 1)[-1] if lines else "(read)"  # without the temporary file's name
    return seconds, max(peak, before) // 1024, done.returncode, message[:100]


def _cases(work: Path, jixiao: str, text_mb: int, only: str | None) -> list[tuple[str, Path, list[str]]]:
    """(name, file, jixiao arguments before the file) for each hostile input asked for."""
    cases: list[tuple[str, Path, list[str]]] = []
    if only in (None, "pdf"):
        cases.append(("pdf bomb", pdf_bomb(work / "bomb.pdf"), ["extract"]))
    if only in (None, "docx"):
        cases.append(("docx bomb", docx_bomb(work / "bomb.docx"), ["extract"]))
        cases.append(("heavy docx", heavy_docx(work / "heavy.docx"), ["extract", "--json"]))
    if only in (None, "text"):
        cases.append((f"{text_mb} MB text", big_text(work / "big.txt", text_mb), ["extract", "--json"]))
    if only in (None, "xlsx"):
        form = work / "form.xlsx"
        example = "examples/002-department-jingxing-2025.yaml"
        subprocess.run([jixiao, "render", example, "--to", "xlsx", "-o", str(form)], cwd=ROOT, check=True)
        rows = xlsx_with_rows(work / "rows.xlsx", form, 100_000)
        cases.append(("xlsx rows", rows, ["extract", "--json"]))
        cases.append(("xlsx rows", rows, ["render", "--to", "html", "-o", str(work / "rows.html")]))
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text-mb", type=int, default=50)
    parser.add_argument("--only", help="one of: pdf, docx, text, xlsx")
    options = parser.parse_args()
    jixiao = str(Path(sys.executable).parent / "jixiao")
    with tempfile.TemporaryDirectory(prefix="jixiao-hostile-") as folder:
        cases = _cases(Path(folder), jixiao, options.text_mb, options.only)
        print(f"{'file':<12} {'size':>9} {'command':<8} {'seconds':>8} {'peak MB':>8} {'exit':>4}  message")
        for name, path, command in cases:
            # a fresh measuring process per case: RUSAGE_CHILDREN keeps the largest child so far
            probe = [sys.executable, __file__, "--measure", jixiao, *command, str(path)]
            done = subprocess.run(probe, capture_output=True, text=True, check=True)
            seconds, peak, code, message = done.stdout.strip().split("\t")
            size = f"{path.stat().st_size / (1 << 20):.2f} MB"
            print(
                f"{name:<12} {size:>9} {command[0]:<8} {seconds:>8} {peak:>8} {code:>4}  {message}",
                flush=True,
            )


def measure(argv: list[str]) -> None:
    seconds, peak, code, message = _run(argv)
    print(f"{seconds:.1f}\t{peak}\t{code}\t{message}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--measure":
        measure(sys.argv[2:])
    else:
        main()
