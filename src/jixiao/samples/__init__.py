"""Sample reports bundled with jixiao: the five real published self-evaluation reports (public documents
of county and city cyberspace-affairs offices) that the demo reviews and the tests read."""

from __future__ import annotations

from pathlib import Path

REPORTS = Path(__file__).resolve().parent / "reports"


def sample_reports() -> list[Path]:
    """The bundled sample reports, in name order."""
    return sorted(REPORTS.glob("*.txt"))
