"""Extract: Paper -> Extraction (entities, relations, results, each with evidence).

spaCy lives only inside this package; what leaves it is plain frozen data (kg.model).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kg.extract.sentences import sentence_at, sentence_spans
from kg.extract.urls import LinkKind, find_links
from kg.model import Entity, EntityType, Evidence, Extraction, Field, Paper, Relation, RelationType
from kg.text import slug

EXTRACTOR_VERSION = "0.1"


@dataclass(frozen=True, slots=True)
class ExtractSettings:
    """Options of the extractor; part of every cache key."""

    exclude_kb_names: frozenset[str] = frozenset()  # KB entries to ignore (compared by norm_key)


def entity_id(type_: EntityType, name: str) -> str:
    """A per-paper entity id; resolution maps it to the corpus-wide one."""
    return f"{type_.value}/{slug(name)}"


class Extractor:
    """Turns papers into Extractions. Build once, call `extract` per paper."""

    def __init__(self, *, settings: ExtractSettings = ExtractSettings()):
        self.settings = settings

    def extract(self, paper: Paper) -> Extraction:
        entities: dict[str, Entity] = {}
        relations: list[Relation] = []
        for field, text in ((Field.TITLE, paper.title), (Field.ABSTRACT, paper.abstract)):
            spans = sentence_spans(text)
            for link in find_links(text):
                type_ = EntityType.REPOSITORY if link.kind is LinkKind.REPOSITORY else EntityType.URL
                eid = entity_id(type_, link.name)
                ev = Evidence(field, link.start, link.end, rule=f"url:{link.kind.value}", confidence=1.0)
                surface = text[link.start : link.end]
                old = entities.get(eid)
                entities[eid] = Entity(
                    id=eid,
                    type=type_,
                    name=link.name,
                    aliases=tuple(dict.fromkeys((old.aliases if old else ()) + (surface,))),
                    evidence=(old.evidence if old else ()) + (ev,),
                )
                s, e = sentence_at(spans, link.start)
                rel = RelationType.HAS_CODE if type_ is EntityType.REPOSITORY else RelationType.HAS_LINK
                relations.append(Relation(rel, paper.id, eid, Evidence(field, s, e, rule=ev.rule)))
        return Extraction(paper=paper, entities=tuple(entities.values()), relations=tuple(relations))

    def extract_all(self, papers: Iterable[Paper]) -> Iterator[Extraction]:
        for paper in papers:
            yield self.extract(paper)
