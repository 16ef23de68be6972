"""Entry point: each command lives in its own module and is registered here."""

from __future__ import annotations

import typer

from jixiao.cli.audit import audit_command, rules_command
from jixiao.cli.extract import extract_command
from jixiao.cli.ingest import ingest_command
from jixiao.cli.render import render_command
from jixiao.cli.schemes import schemes_command
from jixiao.cli.score import score_command
from jixiao.cli.serve import serve_command
from jixiao.cli.stats import stats_command
from jixiao.cli.synth import synth_command

app = typer.Typer(
    name="jixiao",
    help="jixiao（绩效）：预算绩效自评的编制、计分、出表与审核。",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("score")(score_command)
app.command("schemes")(schemes_command)
app.command("extract")(extract_command)
app.command("render")(render_command)
app.command("audit")(audit_command)
app.command("rules")(rules_command)
app.command("stats")(stats_command)
app.command("ingest")(ingest_command)
app.command("synth")(synth_command)
app.command("serve")(serve_command)
