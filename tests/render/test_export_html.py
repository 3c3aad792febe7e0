"""`kg html`: re-render the explorer from an output folder or graph.json, whole or focused."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.export.atomic import atomic_write
from kg.export.nxjson import write_json
from kg.graph import KnowledgeGraph


@pytest.fixture(scope="module")
def out_dir(small_kg: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("outputs")
    atomic_write(out / "graph.json", lambda fh: write_json(small_kg.nx, fh))
    return out


def test_kg_html_writes_the_folder_page(out_dir: Path) -> None:
    result = CliRunner().invoke(app, ["html", str(out_dir)])
    assert result.exit_code == 0, result.output
    page = (out_dir / "graph.html").read_text(encoding="utf-8")
    assert "ReFT: Reasoning with Reinforced Fine-Tuning" in page and "Content-Security-Policy" in page


def test_kg_html_focus_from_graph_json(out_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "gsm.html"
    result = CliRunner().invoke(app, ["html", str(out_dir / "graph.json"), "--focus", "gsm-8k",
                                      "--depth", "1", "-o", str(target)])
    assert result.exit_code == 0, result.output
    data = json.loads(re.search(r'type="application/json">(.*?)</script>', target.read_text(encoding="utf-8")).group(1))
    names = {x["n"] for x in data["info"]}
    assert "GSM8K" in names and "LLaMA-2" not in names  # LLaMA-2 is two hops away


@pytest.mark.parametrize("args,message", [
    (["--focus", "No Such Model"], "no entity named 'No Such Model'"),
    (["--focus", "GSM8K", "--depth", "-1"], None),
])
def test_kg_html_bad_input_is_one_line(out_dir: Path, args: list[str], message: str | None) -> None:
    result = CliRunner().invoke(app, ["html", str(out_dir), *args])
    assert result.exit_code in (1, 2) and "Traceback" not in result.output
    if message:
        assert result.exit_code == 1 and message in result.output


def test_kg_html_missing_graph(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["html", str(tmp_path / "nowhere")])
    assert result.exit_code == 1 and "no such graph file" in result.output


@pytest.mark.parametrize("where", ["under_a_file", "a_folder"])
def test_kg_html_unwritable_output_is_one_line(out_dir: Path, tmp_path: Path, where: str) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    target = blocker / "page.html" if where == "under_a_file" else tmp_path
    result = CliRunner().invoke(app, ["html", str(out_dir), "-o", str(target)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"kg: error: {target}: cannot write: "), line


def test_kg_html_on_a_build_folder_writes_the_page_the_build_wrote(small_kg: KnowledgeGraph, tmp_path: Path) -> None:
    from kg.pipeline import write_exports

    folder = tmp_path / "out"
    write_exports(small_kg, folder, names=["papers.jsonl", "graph.json", "graph.html"])
    built = (folder / "graph.html").read_bytes()
    result = CliRunner().invoke(app, ["html", str(folder), "-o", str(tmp_path / "again.html")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "again.html").read_bytes() == built  # highlights from papers.jsonl's spans


def test_kg_html_names_a_broken_papers_jsonl_line(small_kg: KnowledgeGraph, tmp_path: Path) -> None:
    from kg.pipeline import write_exports

    folder = tmp_path / "out"
    write_exports(small_kg, folder, names=["papers.jsonl", "graph.json"])
    lines = (folder / "papers.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    (folder / "papers.jsonl").write_text(lines[0] + '{"id": "x", "entities": [{"evidence": 3}]}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["html", str(folder)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "papers.jsonl:2" in result.output and "not a kg papers.jsonl line" in result.output
