"""`kg sparql` as the README shows it: kg's prefixes need no PREFIX lines, and every mistake a
user makes (an unknown prefix, a query the engine refuses, a broken .rq file, a misspelt query
name) is one line that says where, never the engine's multi-line grammar dump."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


def kg(*args: str):
    return runner.invoke(app, list(args))


def test_kg_prefixes_need_no_declaration(fixture_out: Path) -> None:
    q = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Paper ; dcterms:title ?t ; rdf:type ?c }"
    res = kg("sparql", q, "--data", str(fixture_out), "--format", "json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["results"]["bindings"][0]["n"]["value"] == "4"


def test_a_declared_prefix_wins_over_kgs(fixture_out: Path) -> None:
    q = "PREFIX kg: <http://elsewhere.example/> SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Paper }"
    res = kg("sparql", q, "--data", str(fixture_out), "--format", "json")
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["results"]["bindings"][0]["n"]["value"] == "0"


@pytest.mark.parametrize("query, message", [
    ("SELECT * WHERE { ?s foo:bar ?o }", "bad query: line 1, column 28: unknown prefix foo: (declare it with PREFIX"),
    ("SELECT ?x (COUNT(?s) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p",
     "bad query: line 1, column 59: The SELECT contains a variable that is unbound"),
])
def test_engine_errors_are_one_line(fixture_out: Path, query: str, message: str) -> None:
    res = kg("sparql", query, "--data", str(fixture_out))
    assert res.exit_code == 1
    (line,) = res.stderr.strip().splitlines()
    assert line.startswith(f"kg: error: {message}") and "\\u{" not in line


def test_a_broken_query_file_is_named(fixture_out: Path, tmp_path: Path) -> None:
    f = tmp_path / "broken.rq"
    f.write_text("SELECT * WHERE {\n  ?s ?p\n}\n", encoding="utf-8")
    res = kg("sparql", str(f), "--data", str(fixture_out))
    assert res.exit_code == 1
    (line,) = res.stderr.strip().splitlines()
    assert line.startswith(f"kg: error: {f}: cannot parse the query: line 2, column 3")


def test_a_misspelt_query_name_suggests_the_shipped_one(fixture_out: Path) -> None:
    res = kg("sparql", "top_benchmark", "--data", str(fixture_out))
    assert res.exit_code == 1
    assert res.stderr.strip().splitlines() == [
        ("kg: error: 'top_benchmark' is neither a shipped query (did you mean top_benchmarks? "
         "see kg sparql --list), a query file nor SPARQL")]


@pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")
def test_the_endpoint_knows_the_prefixes_and_answers_errors_in_one_line(store) -> None:
    import gc
    import threading
    import urllib.error
    import urllib.parse
    import urllib.request

    from kg.query.server import make_server

    server = make_server(store, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        def ask(q: str) -> tuple[int, bytes]:
            try:
                with urllib.request.urlopen(f"{server.url}?query={urllib.parse.quote(q)}", timeout=30) as r:
                    return r.status, r.read()
            except urllib.error.HTTPError as err:
                return err.code, err.read()

        status, body = ask("SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Paper }")
        assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "4"
        status, body = ask("SELECT * WHERE { ?s foo:bar ?o }")
        assert status == 400 and body.decode().startswith("bad query: line 1, column 28: unknown prefix foo:")
        assert body.decode().count("\n") == 1
    finally:
        server.shutdown()
        server.server_close()
    gc.collect()  # no result of a server thread is left for gc to drop on this one


@pytest.mark.parametrize("length", ["abc", "-5"])
def test_the_endpoint_answers_a_bad_content_length_with_400(store, length: str) -> None:
    import socket
    import threading

    from kg.query.server import make_server

    server = make_server(store, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with socket.create_connection(server.server_address, timeout=10) as conn:
            conn.sendall(f"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                         f"Content-Length: {length}\r\n\r\nASK {{}}".encode())
            chunks = []
            while chunk := conn.recv(4096):  # the server closes the connection after answering
                chunks.append(chunk)
            reply = b"".join(chunks).decode()
        assert reply.startswith("HTTP/1.1 400") and reply.endswith("bad Content-Length\n")
    finally:
        server.shutdown()
        server.server_close()


def test_a_parameter_given_twice_is_refused(fixture_out: Path) -> None:
    res = kg("sparql", "leaderboard", "--param", "benchmark=GSM8K", "--param", "benchmark=MATH",
             "--data", str(fixture_out))
    assert res.exit_code == 1
    assert res.stderr.strip().splitlines() == [
        "kg: error: --param benchmark given twice ('GSM8K', 'MATH'): a parameter takes one value"]


def test_the_endpoint_refuses_an_update_sent_by_get(store) -> None:
    import threading
    import urllib.error
    import urllib.parse
    import urllib.request

    from kg.query.server import make_server

    server = make_server(store, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(f"{server.url}?update={urllib.parse.quote('DROP ALL')}", timeout=30)
        assert err.value.code == 403 and err.value.read().decode() == "updates are not allowed: this endpoint is read-only\n"
    finally:
        server.shutdown()
        server.server_close()


def test_a_query_file_with_a_byte_order_mark_runs(fixture_out: Path, tmp_path: Path) -> None:
    f = tmp_path / "count.rq"
    f.write_bytes(b"\xef\xbb\xbfSELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Paper }\r\n")
    res = kg("sparql", str(f), "--data", str(fixture_out), "--format", "csv")
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines() == ["n", "4"]


def test_an_engine_reason_in_capitals_is_kept(fixture_out: Path) -> None:
    res = kg("sparql", "SELECT * WHERE { ?s ?p ?o } GROUP BY ?p", "--data", str(fixture_out))
    assert res.exit_code == 1
    assert res.stderr.strip().splitlines() == [
        "kg: error: bad query: line 1, column 40: SELECT * is not authorized with GROUP BY"]


@pytest.mark.parametrize("message, said", [
    ("error at 1:77: expected OPTIONAL", "line 1, column 77: syntax error (expected OPTIONAL)"),
    ("error at 2:3: expected one of " + ", ".join(["['a' ..= 'z' | '0' ..= '9']"] * 12), "line 2, column 3: syntax error"),
    ("error at 1:26: expected one of IRI parsing failed, OPTIONAL", "line 1, column 26: IRI parsing failed"),
    ("no position at all\nsecond line", "no position at all second line"),
])
def test_engine_problem_is_one_short_line(message: str, said: str) -> None:
    from kg.query.runner import engine_problem

    assert engine_problem(message, "SELECT * WHERE {}") == said
