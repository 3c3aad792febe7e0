"""Run the command line in-process the way the CLI tests need: no traceback may escape."""

from __future__ import annotations

from typer.testing import CliRunner

from kg.cli import app


def run(runner: CliRunner, *args: object):
    """`kg ARGS...` through typer's runner; fails the test on a traceback or a stray exception."""
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output + result.stderr
    return result
