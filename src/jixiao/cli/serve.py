"""``jixiao serve``: the web interface on a database; ``--demo`` first fills a fresh SQLite file."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import typer

from jixiao.cli.common import console, user_errors

SECRET_ENV = "JIXIAO_SECRET_KEY"
SECURE_ENV = "JIXIAO_SECURE_COOKIES"
HOURS_ENV = "JIXIAO_SESSION_HOURS"
PROXIES_ENV = "JIXIAO_TRUSTED_PROXIES"


def serve_command(
    db: str | None = typer.Option(
        None,
        "--db",
        help="数据库：SQLite 文件路径或 postgresql:// 地址；默认用 JIXIAO_DATABASE_URL 或本机数据文件",
    ),
    host: str = typer.Option("127.0.0.1", "--host", help="监听地址"),
    port: int = typer.Option(8000, "--port", help="端口"),
    demo: bool = typer.Option(
        False, "--demo", help="演示：新建 SQLite 数据库，导入样例报告和示例自评表，并创建各角色的演示账号"
    ),
    demo_dir: Path = typer.Option(Path("out/demo"), "--demo-dir", help="演示数据库所在的文件夹"),
    trusted_proxy: str | None = typer.Option(
        None,
        "--trusted-proxy",
        help="反向代理的地址（多个用逗号分隔）：只采信这些地址发来的 X-Forwarded-For；默认不采信任何代理",
    ),
) -> None:
    """启动网页版（单位填报、财政审核）。"""
    import uvicorn

    from jixiao.errors import InputError
    from jixiao.store.db import open_database, safe_url
    from jixiao.web.app import Settings, create_app, proxy_options

    with user_errors():
        if demo:
            if db is not None:
                raise InputError.single("--db", "演示模式会新建自己的数据库，请不要同时指定 --db")
            from jixiao.web.demo import build_demo

            database: str | None = str(demo_dir.resolve() / "jixiao-demo.db")
            logins = build_demo(Path(str(database)), console.print)
        else:
            database, logins = db, []
        hours = os.environ.get(HOURS_ENV, "8").strip()
        if not hours.isdigit() or int(hours) == 0:
            raise InputError.single(HOURS_ENV, f"环境变量 {HOURS_ENV} 应为正整数（小时），现为“{hours}”")
        engine = open_database(database)
    settings = Settings(secure_cookies=os.environ.get(SECURE_ENV) == "1", session_hours=int(hours))
    secret = os.environ.get(SECRET_ENV)
    if secret:
        settings = dataclasses.replace(settings, secret_key=secret)
    app = create_app(engine, settings)
    console.print(f"数据库：{safe_url(str(engine.url))}", soft_wrap=True)
    for role, username, password in logins:
        console.print(f"演示账号（{role}）：用户名 {username}，密码 {password}", soft_wrap=True)
    console.print(f"请在浏览器中打开 http://{host}:{port}/ （按 Ctrl+C 停止）", soft_wrap=True)
    proxies = trusted_proxy or os.environ.get(PROXIES_ENV)
    uvicorn.run(app, host=host, port=port, log_level="warning", **proxy_options(proxies))
