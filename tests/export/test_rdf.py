"""graph.ttl / graph.nt: parsed by rdflib and pyoxigraph, isomorphic to an rdflib-built reference,
free of blank nodes, byte-identical across runs, with evidence, counts and dates as promised."""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.export.rdf import Minter, rdf_document, to_rdflib, write_nt, write_turtle
from kg.model import Corpus, Extraction, Paper, Source
from kg.query.runner import run_query
from query.corpus import P2, P3, fixture_corpus

KG = "https://w3id.org/kg/ontology#"
ID = "https://w3id.org/kg/id/"


def serialise(corpus_or_doc, writer) -> bytes:
    buf = io.BytesIO()
    writer(corpus_or_doc, buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def doc():
    return rdf_document(fixture_corpus())


@pytest.fixture(scope="module")
def ttl(doc) -> bytes:
    return serialise(doc, write_turtle)


@pytest.fixture(scope="module")
def nt(doc) -> bytes:
    return serialise(doc, write_nt)


@pytest.fixture(scope="module")
def graph(ttl: bytes) -> Graph:
    return Graph().parse(data=ttl, format="turtle")


def test_turtle_and_ntriples_parse_and_match_an_rdflib_built_reference(doc, ttl: bytes, nt: bytes, graph: Graph) -> None:
    reference = to_rdflib(doc)
    assert len(graph) == doc.triples
    assert isomorphic(graph, reference)
    assert isomorphic(Graph().parse(data=nt, format="nt"), reference)
    assert len(list(ox.parse(ttl, format=ox.RdfFormat.TURTLE))) == doc.triples
    assert len(list(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES))) == doc.triples


def test_no_blank_nodes_and_every_data_node_under_the_base(graph: Graph) -> None:
    for s, _, o in graph:
        assert not isinstance(s, BNode) and not isinstance(o, BNode)
        assert str(s).startswith((ID, KG, "https://w3id.org/kg/ontology"))


def test_rebuilds_are_byte_identical(ttl: bytes, nt: bytes) -> None:
    again = rdf_document(fixture_corpus())
    assert serialise(again, write_turtle) == ttl
    assert serialise(again, write_nt) == nt


def test_the_base_iri_is_configurable() -> None:
    doc = rdf_document(fixture_corpus(), base="http://example.org/lab/")
    g = Graph().parse(data=serialise(doc, write_nt), format="nt")
    assert (URIRef("http://example.org/lab/benchmark/gsm8k"), URIRef(KG + "paper_count_evaluates_on"), None) in g
    assert not any(str(s).startswith(ID) for s in g.subjects())
    with pytest.raises(ValueError):
        Minter("not a base")


def test_entity_and_paper_iris_come_from_stable_ids() -> None:
    m = Minter()
    assert m.paper("a1a1a1a1a1") == ID + "paper/a1a1a1a1a1"
    assert m.node("benchmark/gsm8k") == ID + "benchmark/gsm8k"
    assert m.node("model/odd name<é>") == ID + "model/odd%20name%3C%C3%A9%3E"


def test_listing_dates_stay_text_without_an_invented_year(graph: Graph) -> None:
    dates = sorted(str(o) for o in graph.objects(URIRef(ID + "paper/d4d4d4d4d4"), URIRef(KG + "listing_date")))
    assert dates == ["Jul 29", "Mar 14"]
    for o in graph.objects(None, None):
        if isinstance(o, Literal) and o.datatype is not None:
            assert "date" not in str(o.datatype).lower()


def test_labels_titles_and_counts(graph: Graph) -> None:
    gsm = URIRef(ID + "benchmark/gsm8k")
    assert graph.value(gsm, URIRef("http://www.w3.org/2000/01/rdf-schema#label")) == Literal("GSM8K")
    alts = set(graph.objects(gsm, URIRef("http://www.w3.org/2004/02/skos/core#altLabel")))
    assert alts == {Literal("GSM-8K"), Literal("Grade School Math 8K")}
    assert graph.value(gsm, URIRef(KG + "paper_count_evaluates_on")).toPython() == 2
    assert graph.value(gsm, URIRef(KG + "paper_count_mentions")).toPython() == 1
    assert graph.value(gsm, URIRef(KG + "organization")) == Literal("OpenAI")  # attrs the ontology declares
    llama2 = URIRef(ID + "model/llama-2")
    assert graph.value(llama2, URIRef("http://www.w3.org/2004/02/skos/core#broader")) == URIRef(ID + "model/llama")
    tricky = graph.value(URIRef(ID + "paper/d4d4d4d4d4"), URIRef("http://purl.org/dc/terms/title"))
    assert str(tricky) == 'A "Quoted" Title with é, 𝔸 and a back\\slash'


def test_a_query_can_ask_why_a_link_exists(nt: bytes) -> None:
    store = ox.Store()
    store.load(nt, format=ox.RdfFormat.N_TRIPLES)
    q = f"""PREFIX kg: <{KG}> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX dcterms: <http://purl.org/dc/terms/>
    SELECT ?text ?rule ?conf WHERE {{
      <{ID}paper/{P2}> kg:evaluates_on <{ID}benchmark/math> .
      ?ev kg:property kg:evaluates_on ; kg:object <{ID}benchmark/math> ; prov:wasDerivedFrom ?s ;
          kg:rule ?rule ; kg:confidence ?conf .
      ?s dcterms:isPartOf <{ID}paper/{P2}> ; kg:text ?text .
    }}"""
    ans = run_query(store, q)
    assert [[t.value for t in r[:2]] + [float(r[2].value)] for r in ans.rows] == [
        ["We train Llama 2 on GSM8K, MATH and GSM-Hard.", "role:own-work", 1.0]]


def test_one_sentence_node_per_sentence_and_one_evidence_for_links_read_together(graph: Graph) -> None:
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    sentences = list(graph.subjects(URIRef(rdf + "type"), URIRef(KG + "Sentence")))
    texts = [str(graph.value(s, URIRef(KG + "text"))) for s in sentences]
    parts = [(graph.value(s, URIRef("http://purl.org/dc/terms/isPartOf")), t) for s, t in zip(sentences, texts, strict=True)]
    assert len(parts) == len(set(parts))
    shared = [ev for ev in graph.subjects(URIRef(KG + "property"), URIRef(KG + "evaluates_on"))
              if len(list(graph.objects(ev, URIRef(KG + "object")))) == 3]
    assert len(shared) == 1  # GSM8K, MATH and GSM-Hard from one sentence of one paper


def test_links_whose_target_does_not_fit_the_range_become_mentions(doc, graph: Graph) -> None:
    p3, lora = URIRef(ID + "paper/" + P3), URIRef(ID + "method/lora")
    assert (p3, URIRef(KG + "uses_model"), lora) not in graph
    assert (p3, URIRef(KG + "mentions"), lora) in graph
    assert doc.stats == {"links_retyped_as_mentions": 1}


def test_entity_to_entity_links_keep_their_subject(graph: Graph) -> None:
    repo = URIRef(ID + "repository/github-com-a-gsmhard")
    assert (repo, URIRef(KG + "implements"), URIRef(ID + "benchmark/gsm-hard")) in graph
    ev = next(graph.subjects(URIRef(KG + "subject"), repo))
    assert graph.value(ev, URIRef(KG + "rule")) == Literal("code:ties")


def test_a_second_link_from_the_same_sentence_costs_two_triples() -> None:
    """Sentence text and offsets are stored once and links read together share their Evidence."""
    from dataclasses import replace

    from kg.model import EntityInfo, EntityType, Relation, RelationType

    base = fixture_corpus()
    ex = base.extractions[3]  # P4: one evaluates_on link from "We evaluate on MATH."
    rel = next(r for r in ex.relations if r.type is RelationType.EVALUATES_ON)
    extra = Relation(RelationType.EVALUATES_ON, ex.paper.id, "benchmark/extra", rel.evidence)
    more = replace(ex, relations=(*ex.relations, extra))
    infos = (*base.entities, EntityInfo("benchmark/extra", EntityType.BENCHMARK, "Extra"))
    before = rdf_document(Corpus((ex,), infos)).triples
    after = rdf_document(Corpus((more,), infos)).triples
    # direct link + kg:object, and the entity's materialised count (its block is in both)
    assert after - before == 3


def one_paper(title: str, abstract: str) -> Corpus:
    paper = Paper("0123456789", title, abstract, sources=(Source("f.txt", "Mar 11"),))
    return Corpus((Extraction(paper),), ())


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1), st.text())
def test_any_text_round_trips_through_both_syntaxes(title: str, abstract: str) -> None:
    doc = rdf_document(one_paper(title, abstract))
    subject = ox.NamedNode(ID + "paper/0123456789")
    for data, fmt in ((serialise(doc, write_nt), ox.RdfFormat.N_TRIPLES), (serialise(doc, write_turtle), ox.RdfFormat.TURTLE)):
        got = {t.predicate.value: t.object.value for t in ox.parse(data, format=fmt) if t.subject == subject}
        assert got["http://purl.org/dc/terms/title"] == title
        assert got["http://purl.org/dc/terms/abstract"] == abstract
    g = Graph().parse(data=serialise(doc, write_turtle), format="turtle")
    assert str(g.value(URIRef(ID + "paper/0123456789"), URIRef("http://purl.org/dc/terms/abstract"))) == abstract
