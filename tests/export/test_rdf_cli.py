"""`kg build --rdf-base IRI`: every RDF node is minted under the given base; a bad base is a one-line error."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from kg.cli import app

INPUT = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "good" / "papers.jsonl"
DEFAULT = "https://w3id.org/kg/id/"


def test_rdf_base_names_every_data_node(tmp_path: Path) -> None:
    base = "http://example.org/lab/"
    result = CliRunner().invoke(app, ["build", str(INPUT), "-o", str(tmp_path), "--rdf-base", base])
    assert result.exit_code == 0, result.output
    subjects = {line.split(" ", 1)[0] for line in (tmp_path / "graph.nt").read_text(encoding="utf-8").splitlines()}
    data = {s for s in subjects if "w3id.org/kg/ontology" not in s}
    assert any(s.startswith(f"<{base}paper/") for s in data)
    assert all(s.startswith(f"<{base}") for s in data)
    assert DEFAULT not in (tmp_path / "graph.ttl").read_text(encoding="utf-8")


def test_a_bad_rdf_base_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["build", str(INPUT), "-o", str(tmp_path), "--rdf-base", "http://example.org/no-slash"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1].startswith("kg: error: --rdf-base: base IRI must end with")
    assert "Traceback" not in result.output + result.stderr
    assert not (tmp_path / "graph.ttl").exists()
