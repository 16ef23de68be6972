"""Load on the web interface: simulated users signing in, browsing and recomputing score cards.

Starts `jixiao serve --demo` in its own process on a free loopback port (the seeds reviewed, the
example evaluations, one account per role) and drives it with an asyncio HTTP client (httpx2), one
session per simulated user: half of them unit users (the evaluation list, their evaluation's page, the
dashboard, and score recomputations as they type: the HTMX POST with the CSRF header), half reviewers
(a report page, the evaluation list, the dashboard and one of its charts). All users first sign in,
spread over the ramp; then all browse together for the duration, pausing between actions for the
think time (uniformly), as people do. Prints the latency per kind of request (p50, p95, max) and the
errors (any answer other than the expected status, or none within 30 s) for both phases.

Then a second round measures saturation: the same number of users all signing in at the same moment,
then browsing without any pause between requests; its figures are reported, not held to the target.

Target: p95 under 200 ms and no errors while browsing with think time. Signing in is reported apart:
argon2 makes each sign-in cost a fraction of a second of CPU on purpose (that is what stops password
guessing), and the server runs it on one thread, so sign-ins queue rather than take every core.

Run: .venv/bin/python benchmarks/web_load.py [--users 50] [--duration 30] [--think 1 3] [--ramp 10]
Exit status 0 when the target is met.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx2 as httpx
from bs4 import BeautifulSoup

from jixiao.web.demo import ACCOUNTS

PASSWORDS = {name: password for _role, name, password in ACCOUNTS}
TARGET_MS = 200.0
REQUEST_TIMEOUT = 30.0
_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    async def timed(
        self, kind: str, call: Awaitable[httpx.Response], expect: int = 200
    ) -> httpx.Response | None:
        start = time.perf_counter()
        try:
            answer = await call
        except httpx.HTTPError as error:
            self.errors[kind].append(f"{type(error).__name__}: {error}")
            return None
        self.latencies[kind].append((time.perf_counter() - start) * 1000)
        if answer.status_code != expect:
            self.errors[kind].append(f"HTTP {answer.status_code} {answer.request.url.path}")
        return answer


@dataclass(frozen=True)
class Site:
    """What the users pick from: the pages that exist on the demo database."""

    report_ids: list[int]
    unit_evaluation_ids: list[int]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start_server(folder: Path, port: int) -> subprocess.Popen[bytes]:
    """The server in its own process (as deployed), so that it does not share a core with the client."""
    command = [
        sys.executable,
        "-m",
        "jixiao",
        "serve",
        "--demo",
        "--demo-dir",
        str(folder),
        "--port",
        str(port),
    ]
    env = {**os.environ, "JIXIAO_SECRET_KEY": "web-load-benchmark"}
    with (folder / "server.log").open("wb") as log:
        return subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)


def stop_server(server: subprocess.Popen[bytes], folder: Path) -> None:
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
    log = (folder / "server.log").read_text(errors="replace")
    if "Traceback" in log:
        print("the server logged errors:\n" + log[-3000:])


async def wait_until_up(base: str, server: subprocess.Popen[bytes], limit: float = 300) -> None:
    deadline = time.monotonic() + limit
    async with httpx.AsyncClient(base_url=base) as client:
        while time.monotonic() < deadline:
            if server.poll() is not None:
                raise SystemExit(f"the server stopped (exit {server.returncode}) before it answered")
            try:
                if (await client.get("/login")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.5)
    raise SystemExit("the server did not come up in time")


async def sign_in(client: httpx.AsyncClient, username: str, tally: Tally) -> str:
    """Sign in as a browser does; returns the session's CSRF token."""
    page = await tally.timed("login page", client.get("/login"))
    found = _TOKEN.search(page.text) if page is not None else None
    form = {
        "csrf_token": found.group(1) if found else "",
        "username": username,
        "password": PASSWORDS[username],
    }
    await tally.timed("sign in", client.post("/login", data=form), expect=303)  # redirected when signed in
    # the session's token, as the next page carries it (a fresh one is issued on signing in)
    page = await tally.timed("evaluation list", client.get("/evaluations"))
    found = _TOKEN.search(page.text) if page is not None else None
    return found.group(1) if found else ""


def form_fields(html: str) -> dict[str, str]:
    """The fields of the evaluation form as HTMX posts them (hx-post on the form: all its fields)."""
    form = BeautifulSoup(html, "html.parser").find("form", id="evaluation-form")
    fields: dict[str, str] = {}
    for element in form.find_all(["input", "select", "textarea"]) if form else []:
        name = element.get("name")
        if not name or (element.get("type") == "checkbox" and not element.has_attr("checked")):
            continue
        if element.name == "select":
            chosen = element.find("option", selected=True) or element.find("option")
            value = (chosen.get("value") or chosen.text) if chosen else ""
        elif element.name == "textarea":
            value = element.text
        else:
            value = element.get("value", "")
        fields[name] = str(value)
    return fields


async def discover(base: str) -> Site:
    tally = Tally()
    async with httpx.AsyncClient(base_url=base, timeout=REQUEST_TIMEOUT) as reviewer:
        await sign_in(reviewer, "reviewer", tally)
        reports = (await reviewer.get("/reports")).text
    async with httpx.AsyncClient(base_url=base, timeout=REQUEST_TIMEOUT) as unit:
        await sign_in(unit, "unit", tally)
        evaluations = (await unit.get("/evaluations")).text
    site = Site(
        sorted({int(n) for n in re.findall(r'href="/reports/(\d+)"', reports)}),
        sorted({int(n) for n in re.findall(r'href="/evaluations/(\d+)"', evaluations)}),
    )
    if not site.report_ids or not site.unit_evaluation_ids:
        raise SystemExit(f"the demo site has no reports or evaluations to browse: {site}")
    return site


Action = Callable[[], Awaitable[object]]


class User:
    """One person with their own session: signs in, then picks weighted actions with pauses between."""

    def __init__(self, base: str, site: Site, tally: Tally, role: str) -> None:
        self.client = httpx.AsyncClient(base_url=base, timeout=REQUEST_TIMEOUT)
        self.site = site
        self.tally = tally
        self.role = role
        self.actions: list[tuple[Action, int]] = []

    def get(self, kind: str, url: str) -> Action:
        return lambda: self.tally.timed(kind, self.client.get(url))

    async def sign_in(self) -> None:
        token = await sign_in(self.client, self.role, self.tally)
        if self.role == "reviewer":

            async def report() -> object:
                url = f"/reports/{random.choice(self.site.report_ids)}"
                return await self.tally.timed("report page", self.client.get(url))

            self.actions = [
                (report, 4),
                (self.get("evaluation list", "/evaluations"), 2),
                (self.get("dashboard", "/dashboard"), 2),
                (self.get("dashboard", "/dashboard/charts/rules?year=&unit="), 1),
                (self.get("audit log", "/audit-log"), 1),
            ]
            return
        evaluation = f"/evaluations/{random.choice(self.site.unit_evaluation_ids)}"
        page = await self.tally.timed("evaluation page", self.client.get(evaluation))
        fields = form_fields(page.text) if page is not None else {}
        headers = {"HX-Request": "true", "X-CSRF-Token": token}

        async def recompute() -> object:
            # as if typing a new actual value into the first indicator row
            typed = {**fields, "indicators[0].actual": str(random.randint(1, 200))}
            post = self.client.post("/evaluations/recompute", data=typed, headers=headers)
            return await self.tally.timed("recompute", post)

        self.actions = [
            (self.get("evaluation list", "/evaluations"), 2),
            (self.get("evaluation page", evaluation), 2),
            (self.get("dashboard", "/dashboard"), 1),
            (recompute, 5),
        ]

    async def browse(self, until: float, think: tuple[float, float]) -> None:
        calls, weights = zip(*self.actions, strict=True)
        # a user reads the page they signed in to before the first click, so the 50 users do not all
        # fire in the same millisecond when the browsing phase opens
        await asyncio.sleep(random.uniform(*think))
        while time.monotonic() < until:
            await random.choices(calls, weights)[0]()
            await asyncio.sleep(random.uniform(*think))  # without think time still a turn of the loop
        await self.client.aclose()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def report(phase: str, tally: Tally, elapsed: float | None = None) -> bool:
    """Latency per kind of request; True when the phase meets the target (p95 and no errors)."""
    print(f"{phase}:")
    print(f"  {'kind':<16}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}{'errors':>8}")
    for kind in sorted(set(tally.latencies) | set(tally.errors)):
        values = tally.latencies.get(kind, [])
        figures = (
            (statistics.median(values), percentile(values, 0.95), percentile(values, 0.99), max(values))
            if values
            else (0, 0, 0, 0)
        )
        print(
            f"  {kind:<16}{len(values):>9}"
            + "".join(f"{v:>9.1f}" for v in figures)
            + f"{len(tally.errors.get(kind, [])):>8}"
        )
    for kind, messages in tally.errors.items():
        for message in sorted(set(messages))[:5]:
            print(f"  error ({kind}): {message}")
    if elapsed is None:
        return True
    measured = [v for values in tally.latencies.values() for v in values]
    errors = sum(len(messages) for messages in tally.errors.values())
    p50, p95, p99 = (percentile(measured, share) if measured else float("inf") for share in (0.5, 0.95, 0.99))
    met = p95 < TARGET_MS and errors == 0
    print(
        f"  all: {len(measured)} requests, {len(measured) / elapsed:.1f} per second, p50 {p50:.1f} ms, "
        f"p95 {p95:.1f} ms, p99 {p99:.1f} ms, {errors} errors; "
        f"target p95 < {TARGET_MS:.0f} ms with no errors {'met' if met else 'NOT met'}"
    )
    print(f"  machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the end")
    return met


async def run(count: int, duration: float, think: tuple[float, float], ramp: float) -> bool:
    """Two rounds on one server: people as they work (sign-ins over the ramp, then browsing with think
    time: the target), then saturation (all sign in at the same moment, then browse without pauses)."""
    with tempfile.TemporaryDirectory(prefix="jixiao-load-") as folder:
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(Path(folder), port)
        try:
            await wait_until_up(base, server)
            site = await discover(base)
            met = await round_of(base, site, server.pid, count, duration, think, ramp)
            print(f"\nsaturation: {count} users signing in at the same moment, then no think time")
            await round_of(base, site, server.pid, count, duration, (0.0, 0.0), 0.0)
            return met
        finally:
            stop_server(server, Path(folder))


async def round_of(
    base: str, site: Site, pid: int, count: int, duration: float, think: tuple[float, float], ramp: float
) -> bool:
    tally = Tally()
    users = [User(base, site, tally, "unit" if n % 2 == 0 else "reviewer") for n in range(count)]
    start = time.monotonic()
    await asyncio.gather(*(delayed(n * ramp / count, user.sign_in()) for n, user in enumerate(users)))
    print(
        f"{count} sign-ins {'at once' if ramp == 0 else f'over {ramp:g} s'}: all done in {time.monotonic() - start:.1f} s"
    )
    report("signing in", tally)
    tally = Tally()
    for user in users:
        user.tally = tally
    start, cpu_before = time.monotonic(), cpu_seconds(pid)
    await asyncio.gather(*(user.browse(start + duration, think) for user in users))
    elapsed, cpu_after = time.monotonic() - start, cpu_seconds(pid)
    print(f"\n{count} users browsing for {elapsed:.1f} s, think time {think[0]:g}-{think[1]:g} s")
    met = report("browsing", tally, elapsed)
    served = sum(len(values) for values in tally.latencies.values())
    if cpu_before is not None and cpu_after is not None and served:
        used = cpu_after - cpu_before
        print(f"  server CPU: {used:.1f} s, {used * 1000 / served:.1f} ms per request")
    return met


def cpu_seconds(pid: int) -> float | None:
    """CPU time a process has used (user + system, from /proc): the server's cost per request does not
    depend on how busy the rest of the machine is, its latency does."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def delayed(seconds: float, work: Awaitable[object]) -> None:
    await asyncio.sleep(seconds)
    await work


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--duration", type=float, default=30.0, help="seconds of load after the server is up")
    parser.add_argument("--think", type=float, nargs=2, default=(1.0, 3.0), metavar=("MIN", "MAX"))
    parser.add_argument("--ramp", type=float, default=10.0, help="seconds over which the users sign in")
    arguments = parser.parse_args()
    met = asyncio.run(run(arguments.users, arguments.duration, tuple(arguments.think), arguments.ramp))
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
