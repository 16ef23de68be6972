"""The reading layer under limits: bombs, huge and slow files cost a message, never the command, the batch
or the web server; the limits are the README's defaults unless the environment sets them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from jixiao.batch.run import ingest
from jixiao.errors import InputError
from jixiao.ingest import ReadLimits, read_isolated
from jixiao.store.db import open_database
from jixiao.store.models import IngestFailure, Report
from tests.conftest import SEEDS, run_jixiao_process

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from hostile_inputs import big_html, docx_bomb, pdf_bomb

SEED = SEEDS / "000_871bbd1d4626e7a9.txt"
MIB = 1 << 20


def test_limits_default_and_come_from_the_environment() -> None:
    assert ReadLimits.from_environment({}) == ReadLimits(
        file_mb=100, unpacked_mb=256, memory_mb=2048, cpu_seconds=60
    )
    chosen = ReadLimits.from_environment({"JIXIAO_MAX_FILE_MB": "5", "JIXIAO_READ_CPU_SECONDS": " 3 "})
    assert (chosen.file_mb, chosen.cpu_seconds, chosen.unpacked_mb) == (5, 3, 256)
    with pytest.raises(InputError) as refused:
        ReadLimits.from_environment({"JIXIAO_READ_MEMORY_MB": "2G"})
    assert str(refused.value) == "JIXIAO_READ_MEMORY_MB: 环境变量 JIXIAO_READ_MEMORY_MB 应为正整数，现为“2G”"
    with pytest.raises(InputError) as refused:
        ReadLimits.from_environment({"JIXIAO_READ_MEMORY_MB": "64"})
    assert "不能小于 256" in str(refused.value)


def test_a_pdf_bomb_is_refused_at_the_default_limit_and_the_next_file_is_read(tmp_path: Path) -> None:
    bomb = pdf_bomb(tmp_path / "bomb.pdf", 300 * MIB)  # 300 MB of drawing operators in a 300 KB file
    assert bomb.stat().st_size < MIB
    ran = run_jixiao_process("extract", str(bomb), str(SEED))
    assert ran.returncode == 2
    assert (
        f"{bomb}: 文件解压后超过 256 MB 的上限（JIXIAO_MAX_UNPACKED_MB），疑似“压缩炸弹”，未读取"
        in ran.stderr
    )
    assert "Traceback" not in ran.stderr
    assert "网信办" in ran.stdout  # the seed after the bomb was read


def test_a_docx_bomb_is_refused_by_its_declared_size(tmp_path: Path) -> None:
    bomb = docx_bomb(tmp_path / "bomb.docx", 300 * MIB)
    ran = run_jixiao_process("audit", str(bomb))
    assert ran.returncode == 2
    assert "文件解压后达 300 MB，超过 256 MB 的上限" in ran.stderr
    # under the absolute cap, a package inflating to hundreds of times its size is refused too
    dense = docx_bomb(tmp_path / "dense.docx", 50 * MIB)
    ran = run_jixiao_process("extract", str(dense))
    assert ran.returncode == 2
    assert "文件解压后达 50 MB，是文件本身的" in ran.stderr and "疑似“压缩炸弹”" in ran.stderr


def test_the_cpu_cap_stops_a_slow_file(tmp_path: Path) -> None:
    slow = pdf_bomb(tmp_path / "slow.pdf", 20 * MIB)  # under the size caps, but seconds of parsing
    ran = run_jixiao_process("extract", str(slow), str(SEED), env={"JIXIAO_READ_CPU_SECONDS": "1"})
    assert ran.returncode == 2
    assert "读取该文件超过 1 秒的时间上限（JIXIAO_READ_CPU_SECONDS）" in ran.stderr
    assert "网信办" in ran.stdout


def test_the_memory_cap_stops_a_file_too_large_to_parse(tmp_path: Path) -> None:
    page = big_html(tmp_path / "page.html", 240_000)  # 12 MB, no bomb, twice the cap as a parsed tree
    ran = run_jixiao_process("extract", str(page), str(SEED), env={"JIXIAO_READ_MEMORY_MB": "256"})
    assert ran.returncode == 2
    assert "读取该文件所需内存超过 256 MB 的上限（JIXIAO_READ_MEMORY_MB）" in ran.stderr
    assert "网信办" in ran.stdout  # the calling process, never capped, goes on


def test_the_file_size_cap_applies_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(SEED.read_bytes() * 200)  # 1.3 MB
    with pytest.raises(InputError) as refused:
        read_isolated(big, ReadLimits(file_mb=1))
    assert str(refused.value) == f"{big}: 文件大小 1.3 MB，超过 1 MB 的上限（JIXIAO_MAX_FILE_MB），未读取"
    assert read_isolated(big, ReadLimits(file_mb=2)).lines[0].text == SEED.read_text("utf-8").splitlines()[0]


def test_ingest_records_a_bomb_as_failed_and_stores_the_rest(engine: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(SEED.read_bytes())
    pdf_bomb(folder / "bomb.pdf", 300 * MIB)
    summary = ingest([folder], engine, workers=2, scheme_name="national-2020")
    assert (summary.stored, summary.failed) == (1, 1)
    with engine.connect() as connection:
        assert connection.scalars(select(Report.file_name)).all() == [str(folder / "good.txt")]
        failure = connection.execute(select(IngestFailure.file_name, IngestFailure.reason)).one()
    assert failure == (
        str(folder / "bomb.pdf"),
        "文件解压后超过 256 MB 的上限（JIXIAO_MAX_UNPACKED_MB），疑似“压缩炸弹”，未读取",
    )


@pytest.mark.parametrize(
    ("variable", "value", "copies", "reason"),
    [
        # 90 MB of report text, under the 100 MB file cap: as a str, more than the 256 MB the worker may add
        (
            "JIXIAO_READ_MEMORY_MB",
            "256",
            12_800,
            "读取该文件所需内存超过 256 MB 的上限（JIXIAO_READ_MEMORY_MB），文件可能异常庞大或已损坏，未读取",
        ),
        # 2 MB of report text: seconds to review, the worker's profiling timer stops it
        (
            "JIXIAO_READ_CPU_SECONDS",
            "1",
            300,
            "处理该文件超过 1 秒的时间上限（JIXIAO_READ_CPU_SECONDS），已中止",
        ),
    ],
)
def test_an_ingest_worker_runs_under_the_caps_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, variable: str, value: str, copies: int, reason: str
) -> None:
    """Plain text is decoded, extracted and audited in the worker itself: the worker runs under the same caps.
    (What a worker does is the same on either database; SQLite only, for the test's time.)"""
    engine = open_database(f"sqlite:///{tmp_path / 'db.sqlite'}")
    monkeypatch.setenv(variable, value)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(SEED.read_bytes())
    (folder / "bad.txt").write_bytes(SEED.read_bytes() * copies)
    summary = ingest([folder], engine, workers=1, scheme_name="national-2020")
    assert (summary.stored, summary.failed) == (1, 1)
    with engine.connect() as connection:
        failure = connection.execute(select(IngestFailure.file_name, IngestFailure.reason)).one()
    assert failure == (str(folder / "bad.txt"), reason)


def test_a_reading_child_of_a_capped_worker_keeps_within_the_workers_cap() -> None:
    """A worker caps itself; the child it forks for a Word file asks for its own size plus the limit,
    which may exceed the worker's cap: the child is held at the worker's cap instead of failing."""
    import os
    import resource

    from jixiao.ingest.isolated import cap_memory

    pid = os.fork()
    if pid == 0:  # the capping happens in a child of the test, never in the test runner
        try:
            cap_memory(ReadLimits(memory_mb=300))
            _, worker_cap = resource.getrlimit(resource.RLIMIT_AS)
            grown = bytearray(50 * MIB)  # the process grows, as a worker does before it forks a reader
            cap_memory(ReadLimits(memory_mb=300))
            _, child_cap = resource.getrlimit(resource.RLIMIT_AS)
            os._exit(0 if child_cap == worker_cap and grown else 1)
        except BaseException:
            os._exit(2)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_the_cpu_cap_stops_a_review_that_does_not_finish_and_the_next_file_goes_on(tmp_path: Path) -> None:
    # a plain-text report read in place: its extraction and audit run under the same CPU cap as reading
    slow = tmp_path / "slow.txt"
    slow.write_bytes(SEED.read_bytes() * 300)  # 2 MB of report text: seconds to read, more to audit
    # (the seed after it read: its unit extracted, its findings listed)
    for command, seed_read in (("audit", "合计：错误 0 项，警告 5 项"), ("extract", "网信办")):
        ran = run_jixiao_process(command, str(slow), str(SEED), env={"JIXIAO_READ_CPU_SECONDS": "1"})
        assert ran.returncode == 2
        assert f"{slow}: 处理该文件超过 1 秒的时间上限（JIXIAO_READ_CPU_SECONDS），已中止" in ran.stderr
        assert "Traceback" not in ran.stderr
        assert seed_read in ran.stdout
