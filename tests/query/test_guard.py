"""The guard refuses updates, LOAD, SERVICE and remote FROM by parsing, and the network stays silent."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from query.listener import Listener

from kg.errors import QueryError
from kg.query.guard import RefusedQuery, check_query
from kg.query.runner import run_query


@pytest.fixture()
def listener() -> Iterator[Listener]:
    lst = Listener()
    yield lst
    lst.close()


def network_queries(url: str) -> list[str]:
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
        f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} }} }} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        f"LOAD <{url}>",
        f"load silent <{url}> into graph <http://example.org/g>",
        "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "DROP ALL",
        "CLEAR DEFAULT",
    ]


def test_the_engine_would_reach_the_listener_without_the_guard(store, listener: Listener) -> None:
    """The control: pyoxigraph itself runs SERVICE over HTTP, so the guard is what stops it."""
    with pytest.raises(OSError):
        list(store.query(f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"))
    assert listener.hits


def test_network_and_update_queries_are_refused_and_the_listener_sees_nothing(store, listener: Listener) -> None:
    for query in network_queries(listener.url):
        with pytest.raises(RefusedQuery):
            run_query(store, query)
    assert listener.hits == []


@pytest.mark.parametrize("query, word", [
    ("select * where { service <http://example.org/s> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }", "FROM"),
    ("LOAD <http://example.org/data.ttl>", "LOAD"),
    ("INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }", "INSERT DATA"),
])
def test_refusals_name_what_was_refused(query: str, word: str) -> None:
    with pytest.raises(RefusedQuery, match=word):
        check_query(query)


@pytest.mark.parametrize("query", [
    'SELECT ?s WHERE { ?s ?p "SERVICE <http://example.org/> LOAD FROM" }',
    "SELECT ?s WHERE { ?s ?p ?o } # SERVICE <http://example.org/> in a comment",
    'ASK { FILTER(CONTAINS("please LOAD <x>", "LOAD")) }',
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1",
    "DESCRIBE <https://w3id.org/kg/id/benchmark/gsm8k>",
])
def test_read_only_local_queries_are_allowed(store, query: str) -> None:
    check_query(query)
    run_query(store, query)


def test_the_word_service_in_a_literal_is_data_not_a_keyword(store) -> None:
    ans = run_query(store, 'SELECT ?x WHERE { BIND("SERVICE" AS ?x) }')
    assert [[t.value for t in r] for r in ans.rows] == [["SERVICE"]]


def test_from_a_local_named_graph_is_allowed() -> None:
    assert check_query("SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }",
                       local_graphs=["http://example.org/g"]) == "SELECT"


@pytest.mark.parametrize("query", ["SELECT * WHERE {", "SELEKT ?x WHERE { }", ""])
def test_malformed_queries_are_query_errors(query: str) -> None:
    with pytest.raises(QueryError, match="cannot parse"):
        check_query(query)
