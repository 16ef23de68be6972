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
from jixiao.store.models import IngestFailure, Report
from tests.conftest import SEEDS, run_jixiao_process

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from hostile_inputs import docx_bomb, heavy_docx, pdf_bomb

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
    heavy = heavy_docx(tmp_path / "heavy.docx")  # 4 MB, no bomb, hundreds of MB as a parsed tree
    ran = run_jixiao_process("extract", str(heavy), str(SEED), env={"JIXIAO_READ_MEMORY_MB": "300"})
    assert ran.returncode == 2
    assert "读取该文件所需内存超过 300 MB 的上限（JIXIAO_READ_MEMORY_MB）" in ran.stderr
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
