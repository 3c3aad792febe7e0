"""`kg serve`: started as a user starts it, queried over HTTP with urllib (SPARQL 1.1 Protocol)."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from query.listener import Listener

CONSTRUCT = "CONSTRUCT { ?b ?p ?o } WHERE { ?b a <https://w3id.org/kg/ontology#Benchmark> ; ?p ?o } LIMIT 3"
COUNT = "PREFIX kg: <https://w3id.org/kg/ontology#> SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Paper }"


@pytest.fixture(scope="module")
def endpoint(fixture_out: Path) -> Iterator[str]:
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(fixture_out), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()  # "kg: serving http://127.0.0.1:PORT/sparql (...)"
        assert "serving http://127.0.0.1:" in line, proc.stderr.read()
        yield line.split()[2]
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def get(url: str, headers: dict[str, str] | None = None, data: bytes | None = None) -> tuple[int, str, bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers["Content-Type"], r.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers["Content-Type"], err.read()


def test_get_returns_sparql_json(endpoint: str) -> None:
    status, media, body = get(f"{endpoint}?query={urllib.parse.quote(COUNT)}")
    assert (status, media) == (200, "application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "4"


def test_post_query_with_csv_accept(endpoint: str) -> None:
    status, media, body = get(endpoint, {"Content-Type": "application/sparql-query", "Accept": "text/csv"},
                              COUNT.encode())
    assert status == 200 and media.startswith("text/csv")
    assert body.decode().splitlines() == ["n", "4"]


def test_post_form_construct_as_ntriples(endpoint: str) -> None:
    status, media, body = get(endpoint, {"Content-Type": "application/x-www-form-urlencoded"},
                              urllib.parse.urlencode({"query": CONSTRUCT}).encode())
    assert (status, media) == (200, "application/n-triples")
    assert len(body.decode().strip().splitlines()) == 3


def test_refusals_over_http_and_nothing_reaches_the_network(endpoint: str) -> None:
    listener = Listener()
    try:
        service = f"SELECT * WHERE {{ service <{listener.url}> {{ ?s ?p ?o }} }}"
        assert get(f"{endpoint}?query={urllib.parse.quote(service)}")[0] == 403
        assert get(f"{endpoint}?query={urllib.parse.quote(COUNT)}&default-graph-uri={listener.url}")[0] == 403
        assert get(endpoint, {"Content-Type": "application/sparql-update"}, f"LOAD <{listener.url}>".encode())[0] == 403
        assert get(endpoint, {"Content-Type": "application/sparql-query"}, f"LOAD <{listener.url}>".encode())[0] == 403
        assert get(f"{endpoint}?query={urllib.parse.quote('SELECT * WHERE {')}")[0] == 400
        assert listener.hits == []
    finally:
        listener.close()
