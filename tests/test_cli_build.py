"""`kg build` / `kg extract` on good and bad input: exit codes, one-line messages, counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
BAD = ROOT / "tests" / "fixtures" / "ingest" / "bad"
GOOD = ROOT / "tests" / "fixtures" / "ingest" / "good"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()




def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("kg: ")]


def test_build_seeds_reports_198_papers_from_288_listings(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "build", ROOT / "seeds", "-o", tmp_path)
    assert result.exit_code == 0
    assert "read 288 listings from 4 files: 198 distinct papers (90 merged, 0 skipped)" in result.stdout
    assert {p.name for p in tmp_path.iterdir()} >= {"graph.ttl", "graph.graphml", "graph.json", "graph.html",
                                                    "papers.jsonl"}


def test_build_with_bad_files_among_good_ones_counts_everything(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "build", GOOD, BAD, "-o", tmp_path)
    assert result.exit_code == 0
    assert ("read 23 listings from 17 files: 11 distinct papers "
            "(12 merged, 3 skipped, 7 files skipped, 2 files read in part)") in result.stdout
    warnings = error_lines(result)
    assert len(warnings) == 13 and all(w.startswith("kg: warning: ") for w in warnings)
    assert any("malformed.jsonl:2: malformed JSON line skipped" in w for w in warnings)
    assert any("no_title.csv:1: CSV has no title column" in w for w in warnings)


@pytest.mark.parametrize(
    ("inputs", "last_line"),
    [
        (["empty.txt", "no_title.csv"], ("kg: error: no papers could be read from the input; read 0 listings from "
                                        "2 files: 0 distinct papers (0 merged, 0 skipped, 2 files skipped)")),
        (["figure.png"], ("kg: error: no papers could be read from the input; read 0 listings from 1 file: "
                         "0 distinct papers (0 merged, 0 skipped, 1 file skipped)")),
        (["bomb.atom", "xxe.atom"], ("kg: error: no papers could be read from the input; read 0 listings from "
                                    "2 files: 0 distinct papers (0 merged, 0 skipped, 2 files skipped)")),
    ],
)
@pytest.mark.parametrize("command", ["build", "extract"])
def test_nothing_usable_exits_1_with_one_line_per_problem(
    runner: CliRunner, tmp_path: Path, command: str, inputs: list[str], last_line: str
) -> None:
    out = ["-o", tmp_path / "out"] if command == "build" else []
    result = run(runner, command, *(BAD / name for name in inputs), *out)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert lines[-1] == last_line
    assert len(error_lines(result)) == len(inputs) + 1  # one warning per file, then the error
    assert not (tmp_path / "out").exists()


def test_missing_path_exits_1_naming_it(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "build", GOOD, tmp_path / "nope", "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert error_lines(result) == [f"kg: error: {tmp_path / 'nope'}: no such file or folder"]
    assert "extracting" not in result.stderr  # no progress label for work that never started


def test_unknown_format_exits_1_listing_the_known_ones(runner: CliRunner) -> None:
    result = run(runner, "extract", GOOD, "--format", "yaml")
    assert result.exit_code == 1
    assert error_lines(result) == [
        "kg: error: unknown format 'yaml'; known: atom, bibtex, csv, hf-api, hf-page, json, jsonl"]


def test_forced_format_reads_what_sniffing_cannot_tell(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "listing.dat"  # a page without its chrome or date lines: nothing marks it
    path.write_text("LIMO: Less is More for Reasoning\n\nWe show that complex reasoning emerges from few examples, "
                    "and release everything. Code: https://github.com/GAIR-NLP/LIMO.\n", encoding="utf-8")
    unknown = run(runner, "extract", path)
    assert unknown.exit_code == 1 and "unknown format (use --format to force one)" in unknown.stderr
    result = run(runner, "extract", path, "--format", "hf-page")
    assert result.exit_code == 0
    (line,) = result.stdout.splitlines()
    assert [e["name"] for e in json.loads(line)["entities"] if e["type"] == "repository"] == ["github.com/GAIR-NLP/LIMO"]


def test_extract_skips_bad_lines_and_prints_one_line_per_paper(runner: CliRunner) -> None:
    result = run(runner, "extract", BAD / "malformed.jsonl", BAD / "cp1252_page.txt")
    assert result.exit_code == 0
    papers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [p["title"] for p in papers] == [
        "LIMO: Less is More for Reasoning",
        "FIRST: Faster Improved Listwise Reranking with Single Token Decoding",
        "Café-Bench: Evaluating Naïve Agents on Real-World Ordering Tasks",
    ]
    assert [w.removeprefix("kg: warning: ").replace(f"{BAD}/", "") for w in error_lines(result)] == [
        "malformed.jsonl:2: malformed JSON line skipped (Unterminated string starting at, column 40)",
        "malformed.jsonl:3: record without a title, skipped",
        "malformed.jsonl:4: not a JSON object, skipped",
        "cp1252_page.txt:5: not valid UTF-8, decoded as cp1252/latin-1",
    ]


def test_one_paper_across_formats_is_one_line_with_every_source(runner: CliRunner) -> None:
    result = run(runner, "extract", GOOD)
    assert result.exit_code == 0
    papers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(papers) == 10 and len({p["id"] for p in papers}) == 10
    demamba = next(p for p in papers if p["title"].startswith("DeMamba"))
    assert sorted(Path(s["file"]).name for s in demamba["sources"]) == [
        "arxiv.atom", "daily_papers.json", "page.txt", "papers.jsonl"]
    assert demamba["arxiv_id"] == "2405.19707"


@pytest.mark.parametrize("blocked", ["graph.ttl", "graph.nt", ".cache"])
def test_an_output_that_cannot_be_written_exits_1_naming_it(runner: CliRunner, tmp_path: Path, blocked: str) -> None:
    if blocked == ".cache":
        (tmp_path / blocked).write_text("a file where the cache folder goes", encoding="utf-8")
    else:
        (tmp_path / blocked).mkdir()  # a folder where the file goes
    result = run(runner, "build", GOOD / "papers.jsonl", "-o", tmp_path)
    lines = error_lines(result)
    assert result.exit_code == 1 and len(lines) == 1, result.stderr
    assert lines[0].startswith(f"kg: error: {tmp_path / blocked}") and "cannot write" in lines[0]
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith((".tmp", ".tail"))]  # no temporary left


def test_a_full_disk_names_the_output_folder(tmp_path: Path, monkeypatch) -> None:
    import errno
    import re

    import kg.pipeline
    from kg.errors import KGError

    def full(*_args) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")  # a write names no file

    monkeypatch.setattr(kg.pipeline, "write_jsonl", full)
    with pytest.raises(KGError, match=f"^{re.escape(str(tmp_path))}: cannot write: No space left on device$"):
        kg.pipeline.build(GOOD / "papers.jsonl", out_dir=tmp_path)
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith((".tmp", ".tail"))]
