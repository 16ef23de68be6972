"""The demo database and the ``jixiao serve`` command as a user runs it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from sqlalchemy import select

from jixiao.store.db import make_engine
from jixiao.store.models import Report, StoredEvaluation, User
from jixiao.web.demo import ACCOUNTS, build_demo

from ..conftest import EXAMPLES, SEEDS, run_jixiao_process
from .conftest import Browser, Site


def test_demo_database_holds_the_seeds_the_examples_and_a_login_per_role(tmp_path: Path) -> None:
    said: list[str] = []
    database = tmp_path / "demo.db"
    database.write_bytes(b"an old file is replaced")
    logins = build_demo(database, said.append)
    assert [name for _role, name, _password in logins] == ["admin", "reviewer", "unit"]
    engine = make_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as connection:
            reports = connection.scalars(select(Report.file_name).order_by(Report.file_name)).all()
            statuses = connection.scalars(select(StoredEvaluation.status).order_by(StoredEvaluation.id)).all()
            roles = connection.scalars(select(User.role).order_by(User.id)).all()
        assert reports == sorted(path.name for path in SEEDS.glob("*.txt"))
        assert len(reports) == 5
        assert len(statuses) == len(list(EXAMPLES.glob("*.yaml")))
        assert statuses[0] == "submitted" and set(statuses[1:]) == {"draft"}
        assert roles == ["administrator", "reviewer", "unit"]
        assert "已审核并入库样例报告 5 份" in said
        # the printed logins work, and the unit login lands on its own unit's evaluations
        site = Site(engine)
        for role, name, password in ACCOUNTS:
            client: Browser = site.browser(name, password)
            assert client.get("/").status_code == 303, role
        # the unit login belongs to a unit with both an example and a sample report (三门峡, seed 003)
        unit = site.browser("unit", ACCOUNTS[2][2])
        assert "网络宣传管理和文化建设经费项目" in unit.get("/evaluations").text
        assert "003_4f47e40a9e3722bd.txt" in unit.get("/reports").text
        assert "已报送财政" in site.browser("reviewer", ACCOUNTS[1][2]).get("/evaluations").text
    finally:
        engine.dispose()


def test_demo_reads_only_the_reports_bundled_inside_the_package() -> None:
    import jixiao
    from jixiao.web import demo

    package = Path(jixiao.__file__).resolve().parent
    assert SEEDS.is_relative_to(package)
    assert build_demo.__kwdefaults__ == {"seeds": SEEDS, "examples": demo.EXAMPLES}
    assert sorted(path.name for path in SEEDS.glob("*.txt")) == [
        "000_871bbd1d4626e7a9.txt",
        "001_4a647e0d88cf29a2.txt",
        "002_50e8c8de5d4f23be.txt",
        "003_4f47e40a9e3722bd.txt",
        "004_f37ac31af9afc1da.txt",
    ]


def test_demo_refuses_a_database_of_the_users(tmp_path: Path) -> None:
    result = run_jixiao_process("serve", "--demo", "--db", str(tmp_path / "mine.db"))
    assert result.returncode == 2
    assert "演示模式会新建自己的数据库" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "mine.db").exists()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serve_answers_on_the_given_port(tmp_path: Path) -> None:
    port = _free_port()
    command = [sys.executable, "-m", "jixiao", "serve", "--db", str(tmp_path / "web.db"), "--port", str(port)]
    server = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ}
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=5) as answer:
                    body = answer.read().decode()
                    status = answer.status
                break
            except OSError:
                assert server.poll() is None, server.communicate()
                assert time.monotonic() < deadline, "the server did not start within 60 s"
                time.sleep(0.3)
        assert status == 200 and "登录" in body and '<script src="/static/htmx.min.js">' in body
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/static/htmx.min.js", timeout=5) as script:
            assert b"htmx" in script.read(2000)
    finally:
        server.terminate()
        output, _errors = server.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}/" in output
