"""`kg sparql` as a user runs it: named queries with --param, files, formats, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


def kg(*args: str):
    return runner.invoke(app, list(args))


def test_named_query_with_a_parameter_as_csv(fixture_out: Path) -> None:
    res = kg("sparql", "papers_with_code_on", "--param", "benchmark=GSM8K", "--data", str(fixture_out / "graph.ttl"),
             "--format", "csv")
    assert res.exit_code == 0, res.output
    table = list(csv.reader(io.StringIO(res.stdout)))
    assert table[0] == ["paper", "title", "repository"]
    assert [r[2] for r in table[1:]] == ["github.com/b/mathr", "github.com/a/gsmhard"]


def test_query_text_as_json_results(fixture_out: Path) -> None:
    q = "PREFIX kg: <https://w3id.org/kg/ontology#> SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Paper }"
    res = kg("sparql", q, "--data", str(fixture_out), "--format", "json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["head"]["vars"] == ["n"]
    assert data["results"]["bindings"][0]["n"]["value"] == "4"


def test_query_file_as_a_table(fixture_out: Path, tmp_path: Path) -> None:
    f = tmp_path / "q.rq"
    f.write_text("PREFIX kg: <https://w3id.org/kg/ontology#>\nSELECT ?d WHERE { ?p kg:listing_date ?d } "
                 "ORDER BY ?d LIMIT 1\n", encoding="utf-8")
    res = kg("sparql", str(f), "--data", str(fixture_out))
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines()[:3] == ["d", "------", "Jul 29"]


def test_list_names_every_query() -> None:
    res = kg("sparql", "--list")
    assert res.exit_code == 0
    for name in ("top_benchmarks", "leaderboard --param benchmark=..."):
        assert name in res.stdout


def test_store_is_used_while_fresh_and_the_file_once_edited(fixture_out: Path, tmp_path: Path) -> None:
    from kg.export.store import store_for

    assert store_for(fixture_out / "graph.ttl") == fixture_out / "store"
    copy = tmp_path / "graph.ttl"
    copy.write_bytes((fixture_out / "graph.ttl").read_bytes())
    assert store_for(copy) is None  # no store beside it: the file is parsed
    (tmp_path / "store").symlink_to(fixture_out / "store")
    os.utime(copy, ns=(1, 1))
    assert store_for(copy) is None  # a store built from other bytes is not used


@pytest.mark.parametrize("args, message", [
    (["select * where { service <http://example.org/> { ?s ?p ?o } }"], "SERVICE <http://example.org/> is not allowed"),
    (["DELETE WHERE { ?s ?p ?o }"], "updates are not allowed"),
    (["SELECT * WHERE {"], "cannot parse the query"),
    (["leaderboard"], "needs --param benchmark="),
    (["top_benchmarks", "--param", "nokey"], "--param wants key=value"),
    (["top_benchmarks", "--format", "xls"], "unknown output format"),
])
def test_bad_queries_exit_1_with_one_line(fixture_out: Path, args: list[str], message: str) -> None:
    res = kg("sparql", *args, "--data", str(fixture_out))
    assert res.exit_code == 1
    assert message in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1 and "Traceback" not in res.stderr


def test_bad_rdf_file_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix x: <http://x/> .\nx:a x:b x:c .\nx:a x:b \"open .\n", encoding="utf-8")
    res = kg("sparql", "SELECT * WHERE { ?s ?p ?o }", "--data", str(bad))
    assert res.exit_code == 1
    assert f"{bad}:3: not valid RDF" in res.stderr


def test_missing_data_says_run_kg_build(tmp_path: Path) -> None:
    res = kg("sparql", "top_benchmarks", "--data", str(tmp_path / "nothing"))
    assert res.exit_code == 1
    assert "run `kg build` first" in res.stderr
