"""Batch ingestion with real worker processes: idempotence, failures, and a run killed part-way."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select, text

from jixiao.audit.findings import SEVERITY_LABEL
from jixiao.batch.run import ingest
from jixiao.batch.walk import report_files
from jixiao.batch.worker import plain
from jixiao.jsonout import to_plain
from jixiao.model.loading import load_scheme
from jixiao.review import review
from jixiao.store.db import make_engine
from jixiao.store.models import Finding, IngestFailure, Report
from tests.conftest import SEEDS, run_jixiao

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# The error-severity findings of the seeds, checked by hand against their text: seed 002 line 11 states
# 年初预算收入 as 158.5万元 and as 154.74万元, and one 预算支出 as "158.5元"; seed 003 line 36 gives 自评得分99分
# while its parts (line 38) are 9 + 30 + 40 + 10 = 89, and its weights 10 + 30 + 40 + 10 = 90.
SEED_ERRORS = {
    "000_871bbd1d4626e7a9.txt": [],
    "001_4a647e0d88cf29a2.txt": [],
    "002_50e8c8de5d4f23be.txt": [("JX201", 11), ("JX202", 11)],
    "003_4f47e40a9e3722bd.txt": [("JX104", 36), ("JX105", 38)],
    "004_f37ac31af9afc1da.txt": [],
}


def expected_findings(paths: list[Path]) -> dict[str, list[tuple[str, str, int | None]]]:
    """Findings (code, severity, line) per content hash, from the reader and auditor run in this process:
    what a worker stores must be what the same review gives directly."""
    scheme = load_scheme("national-2020")
    return {
        sha(path): sorted((f.code, f.severity, f.line) for f in review(path, scheme).findings)
        for path in paths
    }


def stored_findings(engine: Engine) -> dict[str, list[tuple[str, str, int | None]]]:
    query = select(Report.file_hash, Finding.code, Finding.severity, Finding.line).outerjoin(
        Finding, Finding.report_id == Report.id
    )
    stored: dict[str, list[tuple[str, str, int | None]]] = {}
    with engine.connect() as connection:
        for file_hash, code, severity, line in connection.execute(query):
            found = stored.setdefault(file_hash, [])
            if code is not None:
                found.append((code, severity, line))
    return {file_hash: sorted(found) for file_hash, found in stored.items()}


def stored_errors(engine: Engine) -> dict[str, list[tuple[str, int | None]]]:
    query = (
        select(Report.file_name, Finding.code, Finding.line)
        .join(Finding, Finding.report_id == Report.id)
        .where(Finding.severity == "error")
    )
    errors: dict[str, list[tuple[str, int | None]]] = {}
    with engine.connect() as connection:
        for file_name, code, line in connection.execute(query):
            errors.setdefault(Path(file_name).name, []).append((code, line))
    return {name: sorted(found) for name, found in errors.items()}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The seed reports, one of them twice under another name, an empty file, a broken .docx, and
    files an ingest must pass over (another suffix, a hidden file, an Office lock file)."""
    root = tmp_path / "reports"
    (root / "sub" / ".hidden").mkdir(parents=True)
    for seed in SEED_FILES:
        shutil.copy(seed, root / seed.name)
    shutil.copy(SEED_FILES[0], root / "sub" / "copy.txt")
    (root / "sub" / "empty.txt").write_bytes(b"")
    (root / "sub" / "broken.docx").write_bytes(b"not a zip file")
    (root / "sub" / "notes.yaml").write_text("a: 1\n")
    (root / "sub" / ".hidden" / "x.txt").write_text("隐藏\n")
    (root / "sub" / "~$lock.docx").write_bytes(b"lock")
    return root


def test_worker_plain_data_is_what_jsonout_gives() -> None:
    """The worker's compiled conversion agrees with jsonout.to_plain on real reports and findings."""
    scheme = load_scheme("national-2020")
    compared = 0
    for path in SEED_FILES:
        result = review(path, scheme)
        assert plain(result.report) == to_plain(result.report)
        assert [plain(f) for f in result.findings] == [to_plain(f) for f in result.findings]
        compared += len(result.findings)
    assert compared > 0, "findings were compared too"


def test_walk_takes_report_files_only(folder: Path) -> None:
    names = [path.relative_to(folder).as_posix() for path in report_files([folder])]
    assert names == [*(seed.name for seed in SEED_FILES), "sub/broken.docx", "sub/copy.txt", "sub/empty.txt"]
    assert list(report_files([folder / "sub" / "notes.yaml"])) == [folder / "sub" / "notes.yaml"]


def test_ingest_stores_once_records_failures_and_reruns_idempotently(engine: Engine, folder: Path) -> None:
    outcomes: list[str] = []
    summary = ingest([folder], engine, workers=2, scheme_name="national-2020", on_file=outcomes.append)
    assert (summary.stored, summary.replaced, summary.skipped, summary.failed) == (5, 0, 1, 2)
    assert sorted(outcomes) == ["failed"] * 2 + ["skipped"] + ["stored"] * 5
    expected = expected_findings(SEED_FILES)
    assert stored_findings(engine) == expected
    assert sum(summary.severities.values()) == sum(len(found) for found in expected.values())
    assert summary.severities["error"] == 4
    assert stored_errors(engine) == {name: errors for name, errors in SEED_ERRORS.items() if errors}
    with engine.connect() as connection:
        rows = connection.execute(select(IngestFailure.file_name, IngestFailure.reason))
        failures = {name: reason for name, reason in rows}
    assert failures == {
        str(folder / "sub" / "broken.docx"): "文件内容与扩展名 .docx 不符，文件可能已损坏",
        str(folder / "sub" / "empty.txt"): "文件为空",
    }

    again = ingest([folder], engine, workers=1, scheme_name="national-2020")
    assert (again.stored, again.replaced, again.skipped, again.failed) == (0, 0, 6, 2)

    (folder / "sub" / "empty.txt").write_text(
        SEED_FILES[1].read_text(encoding="utf-8") + "\n补充说明。\n", encoding="utf-8"
    )
    forced = ingest([folder / "sub"], engine, workers=1, scheme_name="national-2020", force=True)
    assert (forced.stored, forced.replaced, forced.skipped, forced.failed) == (1, 1, 0, 1)
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(Report)) == 6
        assert list(connection.scalars(select(IngestFailure.file_name))) == [
            str(folder / "sub" / "broken.docx")
        ]


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _count_reports(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(Report)) or 0)


def _stored_part_way(run: subprocess.Popen[Any], engine: Engine, count: int) -> int:
    """How many reports the running ingest has stored once it has stored ``count`` (or ended, or two
    minutes passed)."""
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and run.poll() is None and stored < count:
        time.sleep(0.05)
        try:
            stored = _count_reports(engine)
        except Exception:
            continue  # the schema is still being created
    return stored


def _numbered_copies(folder: Path, copies: int) -> Path:
    """``copies`` distinct copies of each seed report (a numbered annex line makes each file new)."""
    folder.mkdir()
    for seed in SEED_FILES:
        body = seed.read_text(encoding="utf-8")
        for n in range(copies):
            (folder / f"{seed.stem}-{n:03d}.txt").write_text(f"{body}\n附件编号：{n}\n", encoding="utf-8")
    return folder


def test_killed_run_restarts_and_stores_every_file_exactly_once(database_url: str, tmp_path: Path) -> None:
    folder = _numbered_copies(tmp_path / "many", 60)
    files = sorted(folder.iterdir())
    command = [sys.executable, "-m", "jixiao", "ingest", str(folder), "--db", database_url, "--workers", "2"]
    env = {**os.environ, "COLUMNS": "200"}
    engine = make_engine(database_url)
    try:
        run = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        stored_before_kill = _stored_part_way(run, engine, 40)
        workers = _children(run.pid)
        os.kill(run.pid, signal.SIGKILL)
        run.wait(timeout=10)
        assert run.returncode == -signal.SIGKILL
        assert 40 <= stored_before_kill < len(files), "the run must be killed part-way"
        assert workers, "the run had worker processes"
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(pid) for pid in workers), "workers outlived their killed parent"

        after_kill = _count_reports(engine)
        assert after_kill < len(files)
        finished = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        assert finished.returncode == 0, finished.stderr
        assert f"已存在跳过 {after_kill} 个" in finished.stdout
        assert f"入库 {len(files) - after_kill} 个" in finished.stdout

        assert stored_findings(engine) == expected_findings(files)
        with engine.connect() as connection:
            assert connection.scalar(select(func.count()).select_from(IngestFailure)) == 0
            orphans = connection.scalar(
                select(func.count())
                .select_from(Finding)
                .outerjoin(Report, Report.id == Finding.report_id)
                .where(Report.id.is_(None))
            )
            assert orphans == 0
            if engine.dialect.name == "sqlite":
                assert connection.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
                assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
    finally:
        engine.dispose()


def _spawned_workers(pid: int) -> list[int]:
    """The pool's worker processes among ``pid``'s children (not multiprocessing's resource tracker)."""
    found = []
    for child in _children(pid):
        try:
            command = (Path("/proc") / str(child) / "cmdline").read_bytes()
        except OSError:
            continue
        if b"spawn_main" in command:
            found.append(child)
    return found


def test_a_killed_worker_fails_its_files_and_the_run_goes_on(database_url: str, tmp_path: Path) -> None:
    """A worker killed mid-run (a reader crashing the process): its files are recorded as failed, a new
    worker takes over, the run ends with a summary, no traceback; the next run stores what failed."""
    folder = _numbered_copies(tmp_path / "many", 40)
    files = sorted(folder.iterdir())
    command = [sys.executable, "-m", "jixiao", "ingest", str(folder), "--db", database_url, "--workers", "2"]
    env = {**os.environ, "COLUMNS": "200"}
    engine = make_engine(database_url)
    try:
        run = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        killed = None
        if _stored_part_way(run, engine, 10) >= 10 and (workers := _spawned_workers(run.pid)):
            killed = workers[0]
            os.kill(killed, signal.SIGKILL)
        out, err = run.communicate(timeout=240)
        assert killed is not None, "the run must be caught part-way"
        assert "Traceback" not in err, err
        assert run.returncode == 2, err  # files failed
        summary = re.search(r"入库 (\d+) 个，重新入库 0 个，已存在跳过 0 个，失败 (\d+) 个", out)
        assert summary, out
        stored, failed = int(summary[1]), int(summary[2])
        assert failed >= 1 and stored + failed == len(files)
        assert "处理进程意外退出" in err
        again = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        assert again.returncode == 0, again.stderr
        assert f"入库 {failed} 个，重新入库 0 个，已存在跳过 {stored} 个，失败 0 个" in again.stdout
        assert _count_reports(engine) == len(files)
    finally:
        engine.dispose()


def _interruptible() -> None:
    """Ctrl-C as at a terminal: a command started in the background by a shell (as CI may start the
    tests) inherits SIGINT ignored, and Python then leaves it ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_an_interrupted_run_stops_its_workers_and_the_next_run_goes_on(
    database_url: str, tmp_path: Path
) -> None:
    """Ctrl-C in the terminal (SIGINT to the command's whole process group, its workers too): the command
    stops at once with its message and exit code 130, no traceback and no worker left behind; the next
    run stores the rest."""
    folder = _numbered_copies(tmp_path / "many", 40)
    files = sorted(folder.iterdir())
    command = [sys.executable, "-m", "jixiao", "ingest", str(folder), "--db", database_url, "--workers", "2"]
    env = {**os.environ, "COLUMNS": "200"}
    engine = make_engine(database_url)
    try:
        run = subprocess.Popen(
            command,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
            preexec_fn=_interruptible,
        )
        workers = _spawned_workers(run.pid) if _stored_part_way(run, engine, 10) >= 10 else []
        assert workers, "the run must be caught part-way"
        os.killpg(run.pid, signal.SIGINT)
        out, err = run.communicate(timeout=60)
        assert run.returncode == 130, err
        assert "已中断" in out and "Traceback" not in err, err
        assert not any(_alive(pid) for pid in workers), "a worker outlived the interrupted run"
        stored = _count_reports(engine)
        assert stored < len(files)
        again = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        assert again.returncode == 0, again.stderr
        assert (
            f"入库 {len(files) - stored} 个，重新入库 0 个，已存在跳过 {stored} 个，失败 0 个" in again.stdout
        )
    finally:
        engine.dispose()


def test_ingest_command_prints_progress_summary_and_failures(database_url: str, folder: Path) -> None:
    scheme = load_scheme("national-2020")
    severities = Counter(f.severity for path in SEED_FILES for f in review(path, scheme).findings)
    assert severities["error"] == sum(len(errors) for errors in SEED_ERRORS.values())
    result = run_jixiao("ingest", str(folder), "--db", database_url, "--workers", "1")
    assert result.returncode == 2, result.stderr  # some files failed
    assert "个/秒" in result.stdout  # the progress bar's rate
    assert "入库 5 个，重新入库 0 个，已存在跳过 1 个，失败 2 个" in result.stdout
    counts = "，".join(f"{label} {severities[s]} 项" for s, label in SEVERITY_LABEL.items())
    assert f"审核意见：{counts}" in result.stdout
    assert (
        f"失败 {folder / 'sub' / 'broken.docx'}：文件内容与扩展名 .docx 不符，文件可能已损坏" in result.stderr
    )
    assert f"失败 {folder / 'sub' / 'empty.txt'}：文件为空" in result.stderr
    assert "Traceback" not in result.stderr

    again = run_jixiao("ingest", str(folder), "--db", database_url, "--workers", "2")
    assert "入库 0 个，重新入库 0 个，已存在跳过 6 个，失败 2 个" in again.stdout
    assert "审核意见" not in again.stdout


def test_two_ingests_at_once_store_each_report_once(
    engine: Engine, database_url: str, tmp_path: Path
) -> None:
    """Two runs over the same files into one (migrated) database: whichever stores a report first wins,
    the other finds the duplicate and skips it; nothing is stored twice and neither run fails."""
    folder = _numbered_copies(tmp_path / "same", 8)
    command = [sys.executable, "-m", "jixiao", "ingest", str(folder), "--db", database_url, "--workers", "1"]
    env = {**os.environ, "COLUMNS": "200"}
    runs = [
        subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in "ab"
    ]
    outputs = [run.communicate(timeout=240) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err for _out, err in outputs]
    stored = skipped = 0
    for out, err in outputs:
        assert "Traceback" not in err
        summary = re.search(r"入库 (\d+) 个，重新入库 0 个，已存在跳过 (\d+) 个，失败 0 个", out)
        assert summary, out
        assert int(summary[1]) + int(summary[2]) == 40
        stored, skipped = stored + int(summary[1]), skipped + int(summary[2])
    assert (stored, skipped) == (40, 40)
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(Report)) == 40
        assert connection.scalar(select(func.count(func.distinct(Report.file_hash)))) == 40
