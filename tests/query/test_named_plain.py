"""Named queries written for speed give the rows of their plain GROUP BY formulation.

Ranked queries read what the build materialised (kg:rank_evaluates_on, kg:paper_count_*) instead
of grouping every edge; on the seeds graph they must answer exactly what the plain query, run by
rdflib over the same triples, answers.
"""

from __future__ import annotations

import io
import re

import pytest
from query.corpus import seeds_corpus
from rdflib import Graph

from kg.export.rdf import RANKED, rdf_document, to_rdflib
from kg.query.named import NamedQuery, Param, get
from kg.query.runner import render_named, run_query

PREFIXES = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
PLAIN = {
    "top_benchmarks": PREFIXES + """
        SELECT ?benchmark ?name (COUNT(DISTINCT ?p) AS ?papers) WHERE {
          ?p kg:evaluates_on ?benchmark . ?benchmark rdfs:label ?name }
        GROUP BY ?benchmark ?name ORDER BY DESC(?papers) ?name LIMIT 20""",
}


def _store(doc):
    import pyoxigraph as ox

    from kg.export.rdf import write_nt

    buf = io.BytesIO()
    write_nt(doc, buf)
    store = ox.Store()
    store.load(buf.getvalue(), format=ox.RdfFormat.N_TRIPLES)
    return store


@pytest.fixture(scope="module")
def seeds() -> tuple[object, Graph]:
    """The seeds' RDF in a pyoxigraph store (as `kg sparql` runs) and in an rdflib Graph."""
    doc = rdf_document(seeds_corpus())
    return _store(doc), to_rdflib(doc)


def _values(rows) -> list[tuple[str, ...]]:
    return [tuple("" if t is None else str(getattr(t, "value", t)) for t in row) for row in rows]


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_named_query_gives_the_plain_query_rows(seeds, name: str) -> None:
    store, graph = seeds
    got = _values(run_query(store, render_named(store, name, {})).rows)
    assert got, "the seeds should give this query an answer"
    assert got == _values(graph.query(PLAIN[name]))


@pytest.mark.parametrize("ranked", [RANKED, 5])
def test_ranks_follow_the_count_then_the_name(monkeypatch, ranked: int) -> None:
    """kg:rank_evaluates_on numbers the first RANKED benchmarks as ORDER BY DESC(count) ?name sorts them."""
    monkeypatch.setattr("kg.export.rdf.RANKED", ranked)
    store = _store(rdf_document(seeds_corpus()))
    got = run_query(store, PREFIXES + """SELECT ?b ?rank WHERE { ?b kg:rank_evaluates_on ?rank }
        ORDER BY ?rank""").rows
    every = run_query(store, PREFIXES + """SELECT ?b WHERE { ?b kg:paper_count_evaluates_on ?n ;
        rdfs:label ?name } ORDER BY DESC(?n) ?name""").rows
    assert len(every) > 5
    assert [int(r[1].value) for r in got] == list(range(1, min(ranked, len(every)) + 1))
    assert [r[0] for r in got] == [r[0] for r in every[:ranked]]


# introduced_then_used as plainly written: the count by a GROUP BY, ordered by the stored titles.
PLAIN_INTRODUCED = NamedQuery("plain", "", (Param("paper", "id"),), """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?entity ?name ?reused_by ?other ?title ?how WHERE {
  VALUES ?paper { UNDEF }
  { ?p dcterms:identifier ?paper } UNION { ?p dcterms:title ?paper }
  ?p kg:proposes ?entity . ?entity rdfs:label ?name .
  { SELECT ?entity (COUNT(DISTINCT ?u) AS ?reused_by) WHERE {
      ?u kg:evaluates_on|kg:uses_model|kg:uses_method|kg:compares_with|kg:addresses_task ?entity .
      FILTER NOT EXISTS { ?u kg:proposes ?entity } } GROUP BY ?entity }
  VALUES ?rel { kg:evaluates_on kg:uses_model kg:uses_method kg:compares_with kg:addresses_task }
  ?other ?rel ?entity . FILTER(?other != ?p) ?other dcterms:title ?title .
  BIND(STRAFTER(STR(?rel), "#") AS ?how)
} ORDER BY ?reused_by ?name ?title ?how LIMIT 200""")


def test_introduced_then_used_gives_the_plain_query_rows(seeds) -> None:
    """Same rows, in the order of (reused_by, name, title, how), for every seed paper whose
    proposal others use."""
    store, graph = seeds
    used = run_query(store, PREFIXES + """PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT DISTINCT ?id WHERE { ?p kg:proposes ?e ; dcterms:identifier ?id .
        ?o kg:evaluates_on|kg:uses_model|kg:uses_method|kg:compares_with|kg:addresses_task ?e .
        FILTER(?o != ?p) } ORDER BY ?id""").rows
    assert len(used) >= 3
    for (pid,) in used:
        got = _values(run_query(store, render_named(store, "introduced_then_used", {"paper": pid.value})).rows)
        plain = _values(graph.query(PLAIN_INTRODUCED.render({"paper": [pid.value]})))
        assert got and sorted(got) == sorted(plain)
        keys = [(int(n), name, title, how) for _, name, n, _, title, how in got]
        assert keys == sorted(keys)  # ties on all four may come in any order, in both


PLAIN_TOGETHER = NamedQuery("plain", "", (Param("benchmark", "name"),), PREFIXES + """
SELECT ?other ?name (COUNT(DISTINCT ?p) AS ?papers) WHERE {
  VALUES ?benchmark { UNDEF }
  ?b rdfs:label ?benchmark . ?p kg:evaluates_on ?b , ?other . FILTER(?other != ?b)
  ?other rdfs:label ?name .
} GROUP BY ?other ?name ORDER BY DESC(?papers) ?name LIMIT 20""")


def test_benchmarks_used_together_gives_the_plain_query_rows(seeds) -> None:
    """On the ten benchmarks most seed papers evaluate on (sameTerm in place of != changes nothing)."""
    store, graph = seeds
    for (name,) in run_query(store, PREFIXES + """SELECT ?name WHERE { ?b kg:rank_evaluates_on ?r ;
            rdfs:label ?name } ORDER BY ?r LIMIT 10""").rows:
        got = _values(run_query(store, render_named(store, "benchmarks_used_together", {"benchmark": name.value})).rows)
        assert got == _values(graph.query(PLAIN_TOGETHER.render({"benchmark": [name.value]}))), name.value


def test_top_benchmarks_asks_for_no_more_than_is_ranked() -> None:
    limit = re.search(r"LIMIT\s+(\d+)", get("top_benchmarks").text)
    assert limit and int(limit.group(1)) <= RANKED
