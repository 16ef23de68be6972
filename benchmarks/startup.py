"""How long a command-line call takes before and while doing its work: ``python -c pass``, importing
Typer and pydantic alone (the floor every command pays), ``jixiao --help``, a one-file ``jixiao score``
and ``jixiao extract``. Each is a fresh process; the best of several runs is printed (wall clock and CPU).

Run:  .venv/bin/python benchmarks/startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = sorted((ROOT / "src" / "jixiao" / "samples" / "reports").glob("*.txt"))[0]
EXAMPLE = sorted((ROOT / "examples").glob("*.yaml"))[0]

CALLS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "import typer, pydantic": [sys.executable, "-c", "import typer, pydantic"],
    "jixiao --help": [sys.executable, "-m", "jixiao", "--help"],
    f"jixiao score {EXAMPLE.name}": [sys.executable, "-m", "jixiao", "score", str(EXAMPLE)],
    f"jixiao extract {SAMPLE.name}": [sys.executable, "-m", "jixiao", "extract", str(SAMPLE)],
}


def timed(command: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env={**os.environ, "COLUMNS": "120"})
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    floor = 0.0
    print(f"{'call':50} {'wall s':>7} {'CPU s':>7}")
    for name, command in CALLS.items():
        best = min((timed(command) for _ in range(runs)), key=lambda pair: pair[0])
        if name == "import typer, pydantic":
            floor = best[0]
        ratio = f"   {best[0] / floor:.1f} x typer+pydantic" if floor and name.startswith("jixiao") else ""
        print(f"{name:50} {best[0]:7.2f} {best[1]:7.2f}{ratio}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
