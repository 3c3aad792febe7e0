"""The small typed values passed between pipeline stages.

files -> ingest -> Paper -> extract -> Extraction(Entity, Relation, Result)
      -> resolve -> Corpus (the one core value) -> graph / exports

Everything here is frozen and holds plain Python values only: spaCy objects never leave
the extractor, so these values pickle cheaply across processes and serialise as JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class EntityType(StrEnum):
    """Entity types, spelled exactly as in CONTRACT.md and the ontology's local names (lowercased)."""

    BENCHMARK = "benchmark"
    MODEL = "model"
    METHOD = "method"
    TASK = "task"
    REPOSITORY = "repository"
    URL = "url"
    ORGANIZATION = "organization"
    METRIC = "metric"


class RelationType(StrEnum):
    """Paper-to-entity (and entity-to-entity) relations, spelled as in CONTRACT.md."""

    PROPOSES = "proposes"
    EVALUATES_ON = "evaluates_on"
    USES_MODEL = "uses_model"
    USES_METHOD = "uses_method"
    COMPARES_WITH = "compares_with"
    ADDRESSES_TASK = "addresses_task"
    HAS_CODE = "has_code"
    HAS_LINK = "has_link"
    MENTIONS = "mentions"
    IMPLEMENTS = "implements"  # repository -> the proposed artifact it implements


class Field(StrEnum):
    TITLE = "title"
    ABSTRACT = "abstract"


@dataclass(frozen=True, slots=True, order=True)
class Source:
    """One place a paper was listed: the input file, the listing date as written, the line."""

    file: str
    date: str | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class Paper:
    """A paper as read from any input format, text already cleaned (NFC, XML-safe, folded)."""

    id: str
    title: str
    abstract: str = ""
    sources: tuple[Source, ...] = ()
    arxiv_id: str | None = None
    doi: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None  # ISO date when the input gives one; never invented
    input_ids: tuple[str, ...] = ()  # ids the inputs themselves gave the paper


@dataclass(frozen=True, slots=True, order=True)
class Evidence:
    """Where a fact comes from: code-point offsets into a paper field, the rule and a score."""

    field: Field
    start: int
    end: int
    rule: str = ""
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Entity:
    """An entity as one paper mentions it (per-paper view; ids are global after resolution)."""

    id: str
    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()  # surface forms as written in this paper
    proposed: bool = False
    evidence: tuple[Evidence, ...] = ()  # each mention: paper[field][start:end] is a surface form
    kb_id: str | None = None  # knowledge-base entry this was linked to, if any
    long_form: str | None = None  # acronym expansion, a disambiguator for resolution


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed link; `evidence` spans the supporting sentence."""

    type: RelationType
    source: str  # paper id or entity id
    target: str  # entity id
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Result:
    """A quantitative claim: (model or method, benchmark, metric, value) with its sentence."""

    model: str
    benchmark: str
    metric: str
    value: str
    evidence: Evidence | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the extractor found in one paper: what `kg extract` prints as one line."""

    paper: Paper
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    results: tuple[Result, ...] = ()


@dataclass(frozen=True, slots=True)
class EntityInfo:
    """A resolved, corpus-wide entity: one node per real thing."""

    id: str
    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()  # every known surface form: KB aliases and forms seen in papers
    attrs: tuple[tuple[str, str], ...] = ()  # sorted (key, value) pairs: family, org, year, homepage, ...
    parent: str | None = None  # entity id of the family / base this one is a variant of


@dataclass(frozen=True, slots=True)
class Corpus:
    """The one core value every projection (networkx, RDF, GraphML, HTML, JSONL) is built from."""

    extractions: tuple[Extraction, ...]
    entities: tuple[EntityInfo, ...]
    stats: dict[str, int] = field(default_factory=dict, compare=False, hash=False)
