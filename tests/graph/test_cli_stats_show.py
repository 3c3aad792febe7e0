"""`kg stats` and `kg show` on an exported graph.json: thin skins over the API."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.export.nxjson import write_json


@pytest.fixture(scope="module")
def out_dir(tiny_kg, tmp_path_factory):
    folder = tmp_path_factory.mktemp("outputs")
    with (folder / "graph.json").open("w", encoding="utf-8") as fh:
        write_json(tiny_kg.nx, fh)
    return folder


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_stats_counts_and_ranks(out_dir):
    res = run("stats", str(out_dir))
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0].startswith("nodes: ") and "Paper 3" in lines[0]
    assert "evaluates_on 4" in lines[1]
    assert "top benchmarks: GSM8K (1)" in res.output  # used by one paper, mentioned by another


def test_show_an_entity_by_any_alias_with_its_papers_and_evidence(out_dir):
    res = run("show", "gsm-8k", str(out_dir))
    assert res.exit_code == 0, res.output
    assert res.output.startswith("GSM8K  [Benchmark]  benchmark/gsm8k")
    assert "papers (2):" in res.output
    assert "evaluates_on" in res.output and "Chain prompting for math" in res.output
    assert '"We propose ChainPrompt.' in res.output  # the evidence sentence


def test_show_a_paper_by_title(out_dir):
    res = run("show", "Scaling vision models", str(out_dir))
    assert res.exit_code == 0, res.output
    assert "[Paper]" in res.output and "uses_model" in res.output and "Stable Diffusion" in res.output


@pytest.mark.parametrize(("args", "message"), [
    (("show", "ARC"), "'ARC' is ambiguous: benchmark/arc-abstraction-and-reasoning-corpus"),
    (("show", "Nothing-Like-This"), "no entity named 'Nothing-Like-This'"),
])
def test_show_errors_are_one_line(out_dir, args, message):
    res = run(*args, str(out_dir))
    assert res.exit_code == 1
    assert res.output.count("\n") == 1 and message in res.output and "Traceback" not in res.output


def test_stats_on_a_missing_folder_fails_cleanly(tmp_path):
    res = run("stats", str(tmp_path / "nowhere"))
    assert res.exit_code == 1 and "kg build" in res.output
