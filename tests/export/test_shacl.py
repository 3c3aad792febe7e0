"""Every export conforms to ontologies/shapes.ttl (pySHACL); deliberately broken graphs do not."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS

from kg.export.ontology import read_text
from kg.export.rdf import rdf_document, write_turtle
from query.corpus import P1, fixture_corpus, seeds_corpus

KG = Namespace("https://w3id.org/kg/ontology#")
ID = Namespace("https://w3id.org/kg/id/")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(data=read_text("shapes.ttl"), format="turtle")


def exported(corpus) -> Graph:
    buf = io.BytesIO()
    write_turtle(rdf_document(corpus), buf)
    return Graph().parse(data=buf.getvalue(), format="turtle")


def conforms(g: Graph, shapes: Graph) -> tuple[bool, str]:
    ok, _, text = validate(g, shacl_graph=shapes, inference="none", advanced=True)
    return ok, text


def test_repository_files_are_the_shipped_ones() -> None:
    for name in ("kg.ttl", "shapes.ttl"):
        assert (ROOT / "ontologies" / name).read_text(encoding="utf-8") == read_text(name), \
            f"ontologies/{name} differs from kg/export/ontology/{name}: cp kg/export/ontology/*.ttl ontologies/"


def test_the_fixture_export_conforms(shapes: Graph) -> None:
    ok, text = conforms(exported(fixture_corpus()), shapes)
    assert ok, text


def test_the_seeds_export_conforms(shapes: Graph) -> None:
    ok, text = conforms(exported(seeds_corpus()), shapes)
    assert ok, text


def _drop_title(g: Graph) -> None:
    g.remove((ID["paper/" + P1], DCTERMS.title, None))


def _link_a_model_as_benchmark(g: Graph) -> None:
    g.add((ID["paper/" + P1], KG.evaluates_on, ID["model/gpt-4"]))


def _entity_as_subject_of_a_paper_link(g: Graph) -> None:
    g.add((ID["model/gpt-4"], KG.has_code, ID["repository/github-com-a-gsmhard"]))


def _reading_without_rule(g: Graph) -> None:
    reading = next(g.subjects(KG.property, KG.evaluates_on))
    g.remove((reading, KG.rule, None))


def _evidence_of_a_missing_link(g: Graph) -> None:
    g.remove((ID["paper/" + P1], KG.evaluates_on, ID["benchmark/gsm8k"]))


def _sentence_without_paper(g: Graph) -> None:
    sentence = next(g.subjects(KG.text, None))
    g.remove((sentence, DCTERMS.isPartOf, None))


def _two_labels(g: Graph) -> None:
    g.add((ID["benchmark/gsm8k"], URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Other")))


def _repository_with_scheme(g: Graph) -> None:
    repo = ID["repository/github-com-c-x"]
    g.set((repo, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("https://github.com/c/x")))


def _confidence_above_one(g: Graph) -> None:
    reading = next(g.subjects(KG.property, KG.evaluates_on))
    g.set((reading, KG.confidence, Literal("1.5", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))))


BREAKS: dict[str, tuple[Callable[[Graph], None], str]] = {
    "paper without title": (_drop_title, "Result Path: dcterms:title"),
    "model as benchmark": (_link_a_model_as_benchmark, "evaluates_on"),
    "entity as paper": (_entity_as_subject_of_a_paper_link, "PaperLinks"),
    "reading without rule": (_reading_without_rule, "Result Path: kg:rule"),
    "evidence of a missing link": (_evidence_of_a_missing_link, "stands for no link"),
    "sentence without paper": (_sentence_without_paper, "Result Path: dcterms:isPartOf"),
    "two labels": (_two_labels, "Result Path: rdfs:label"),
    "repository with scheme": (_repository_with_scheme, "Pattern"),
    "confidence above 1": (_confidence_above_one, "confidence"),
}


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_a_broken_graph_fails_the_shapes(shapes: Graph, name: str) -> None:
    g = exported(fixture_corpus())
    breaker, expected = BREAKS[name]
    breaker(g)
    ok, text = conforms(g, shapes)
    assert not ok
    assert expected in text
