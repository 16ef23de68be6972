"""The command line starts at once: printing its help imports none of the heavy libraries or the
extractor, the auditor and the database layer (they are imported by the commands that use them; the
timings are in benchmarks/startup.py)."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = (
    "sqlalchemy",
    "openpyxl",
    "docx",
    "pdfplumber",
    "bs4",
    "cn2an",
    "opencc",
    "jinja2",
    "fastapi",
    "jixiao.extract",
    "jixiao.audit.rules",
    "jixiao.audit.findings",
    "jixiao.scoring",
    "jixiao.store",
    "jixiao.render",
)


def _imported_by(code: str) -> set[str]:
    probe = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_help_imports_nothing_heavy() -> None:
    code = (
        "from typer.testing import CliRunner\nfrom jixiao.cli.main import app\n"
        "result = CliRunner().invoke(app, ['--help'])\nassert result.exit_code == 0, result.output"
    )
    loaded = _imported_by(code)
    heavy = sorted(m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY))
    assert heavy == []


def test_extracting_a_text_report_does_not_import_the_other_formats_readers() -> None:
    code = (
        "from jixiao.samples import sample_reports\nfrom jixiao.extract import extract_file\n"
        "extract_file(sample_reports()[0])"
    )
    loaded = _imported_by(code)
    assert not {"pdfplumber", "docx", "bs4", "sqlalchemy", "openpyxl"} & loaded
