"""The command line as CONTRACT.md and the README state it, run the way a new user types it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run
from typer.testing import CliRunner

from kg.cli import app

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "tests" / "fixtures" / "ingest" / "good"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()




def test_extract_format_jsonl_names_the_output_as_the_contract_says(runner: CliRunner) -> None:
    # CONTRACT.md: `kg extract INPUT... [--format jsonl]`; the page below is not JSONL input.
    plain = run(runner, "extract", GOOD / "page.txt")
    forced = run(runner, "extract", GOOD / "page.txt", "--format", "jsonl")
    assert plain.exit_code == forced.exit_code == 0, forced.stderr
    assert forced.stdout == plain.stdout
    assert [json.loads(line)["title"] for line in forced.stdout.splitlines()]


def test_extract_input_format_still_forces_jsonl_input(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "records.csv"  # JSONL under a .csv name: only forcing reads it as JSONL
    path.write_text('{"title": "LIMO: Less is More for Reasoning", "abstract": "We evaluate on GSM8K."}\n',
                    encoding="utf-8")
    result = run(runner, "extract", path, "--input-format", "jsonl", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["title"] for line in result.stdout.splitlines()] == ["LIMO: Less is More for Reasoning"]


@pytest.mark.parametrize("command", ["build", "extract"])
def test_help_keeps_bracketed_words(runner: CliRunner, command: str) -> None:
    # typer renders help as Rich markup, where "[dask]" is a style tag that vanishes unless escaped.
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "400", "TERMINAL_WIDTH": "400"})
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    assert "pip install 'kg[dask]'" in text
    assert "default: [overrides] of ./kg.toml" in text


@pytest.mark.parametrize("under", [False, True])
def test_build_into_a_file_fails_before_extracting(runner: CliRunner, tmp_path: Path, under: bool) -> None:
    blocker = tmp_path / "outputs"
    blocker.write_text("a file where the output folder goes", encoding="utf-8")
    out = blocker / "sub" if under else blocker
    result = run(runner, "build", GOOD / "papers.jsonl", "-o", out)
    assert result.exit_code == 1
    assert [line for line in result.stderr.splitlines() if line.startswith("kg: ")] == [
        f"kg: error: {blocker}: cannot write: not a folder"]
    assert "extracting" not in result.stderr  # said before any paper is extracted


def test_extract_counts_what_it_skipped_on_stderr(runner: CliRunner) -> None:
    bad = ROOT / "tests" / "fixtures" / "ingest" / "bad" / "malformed.jsonl"
    result = run(runner, "extract", bad)
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 2  # stdout stays pure JSONL
    assert result.stderr.splitlines()[-1] == "read 2 listings from 1 file: 2 distinct papers (0 merged, 3 skipped)"


def test_version_and_user_facing_help(runner: CliRunner) -> None:
    import kg

    version = runner.invoke(app, ["--version"])
    assert version.exit_code == 0 and version.stdout == f"kg {kg.__version__}\n"
    top = " ".join(runner.invoke(app, ["--help"], env={"COLUMNS": "400"}).stdout.split())
    extract = " ".join(runner.invoke(app, ["extract", "--help"], env={"COLUMNS": "400"}).stdout.split())
    assert "knowledge graph" in top
    for text in (top, extract):  # the repository has no CONTRACT.md, and users do not care who prints
        assert "CONTRACT.md" not in text and "The only place that prints" not in text


def test_overrides_naming_no_entity_are_reported(runner: CliRunner, tmp_path: Path) -> None:
    ov = tmp_path / "ov.toml"
    ov.write_text('merge = [["DeMamba", "GSM-Hardd"]]\nblock = ["Nothing"]\n[aliases]\n"demamba" = ["de-mamba"]\n'
                  '"Llama-3-Typo" = ["x"]\n[types]\n"DeMambaa" = "model"\n', encoding="utf-8")
    result = run(runner, "build", GOOD, "-o", tmp_path / "out", "--overrides", ov)
    assert result.exit_code == 0, result.stderr
    assert [line for line in result.stderr.splitlines() if "overrides" in line] == [
        (f"kg: warning: {ov}: no entity is called 'Llama-3-Typo' (aliases), 'GSM-Hardd' (merge), "
         "'DeMambaa' (types): those overrides did nothing")]


def test_a_graph_without_links_says_none(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "p.jsonl"
    src.write_text('{"title": "A lone paper"}\n', encoding="utf-8")
    built = run(runner, "build", src, "-o", tmp_path / "out")
    stats = run(runner, "stats", tmp_path / "out")
    assert built.exit_code == stats.exit_code == 0
    assert "edges: none" in built.stdout.splitlines() and "edges: none" in stats.stdout.splitlines()


def test_an_overrides_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    from kg.overrides import load_overrides

    path = tmp_path / "kg.toml"
    path.write_bytes(b'\xef\xbb\xbf[overrides]\r\nblock = ["LLMs"]\r\n')
    assert load_overrides(path).block == ("LLMs",)


def test_sparql_without_a_query_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["sparql"])
    assert result.exit_code == 2  # CONTRACT.md: 2 for usage errors, as typer gives for a missing argument
    assert result.stderr.strip().splitlines() == ["kg: error: give a query, a .rq file or a named query (kg sparql --list)"]
