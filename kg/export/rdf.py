"""graph.ttl: RDF Turtle of papers, entities and typed links."""

from __future__ import annotations

from typing import IO

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.model import Corpus

KG = Namespace("https://w3id.org/kg/ontology#")
BASE = "https://w3id.org/kg/id/"


def iri(node_id: str) -> URIRef:
    return URIRef(BASE + node_id)


def to_rdf(corpus: Corpus) -> Graph:
    g = Graph()
    g.bind("kg", KG)
    g.bind("dcterms", DCTERMS)
    g.bind("skos", SKOS)
    for info in corpus.entities:
        s = iri(info.id)
        g.add((s, RDF.type, KG[info.type.value.capitalize()]))
        g.add((s, RDFS.label, Literal(info.name)))
        for a in info.aliases:
            g.add((s, SKOS.altLabel, Literal(a)))
    for ex in corpus.extractions:
        p = iri("paper/" + ex.paper.id)
        g.add((p, RDF.type, KG.Paper))
        g.add((p, DCTERMS.title, Literal(ex.paper.title)))
        g.add((p, DCTERMS.abstract, Literal(ex.paper.abstract)))
        for rel in ex.relations:
            g.add((p, KG[rel.type.value], iri(rel.target)))
    return g


def write_turtle(corpus: Corpus, fh: IO[bytes]) -> None:
    fh.write(to_rdf(corpus).serialize(format="turtle").encode("utf-8"))
