"""graph.ttl / graph.nt: the Corpus as RDF under the kg ontology, without blank nodes.

Every node gets an IRI minted from stable ids under one base (papers `paper/<id>`, entities their
id, e.g. `benchmark/gsm8k`), so a rebuild writes the same bytes and every IRI survives it.

Evidence costs about one triple per link (kg.ttl explains the design): the Sentence a link was
read from (text and start stored once, no rdf:type: kg:text's domain says it) is the subject of
`<sentence> <reading> <entity>`, where the predicate is a Reading minted once per (property,
rule, confidence) that states all three. A kg:Evidence node is written only where the sentence
alone does not say enough: a mention narrower than its sentence (kg:start/kg:end), or a link that
starts from an entity (kg:subject). The papers-per-entity count that `top_benchmarks` ranks by is
materialised on the entity, and the first RANKED entities by it also carry their rank, so a ranked
query reads a few hundred triples instead of sorting every entity; other counts are one GROUP BY away.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import IO
from urllib.parse import quote

from kg.export.ontology import read_text
from kg.export.rdf_syntax import (
    DC, DCTERMS, IRI, KG, PROV, RDF_TYPE, RDFS, SKOS, XSD, XSD_DECIMAL, XSD_STRING, Block, Term,
    check_iri, integer, lit, write_ntriples, write_turtle_blocks,
)
from kg.extract.sentences import sentence_at, sentence_spans
from kg.model import Corpus, EntityInfo, EntityType, Evidence, Extraction, RelationType
from kg.text import norm_key

DEFAULT_BASE = "https://w3id.org/kg/id/"

CLASS = {t: IRI(KG + t.value.capitalize()) for t in EntityType}
CLASS[EntityType.URL] = IRI(KG + "Link")
# The type a paper-to-entity property's object must have (the ontology's rdfs:range).
RANGE: dict[RelationType, frozenset[EntityType] | None] = {
    RelationType.PROPOSES: None, RelationType.MENTIONS: None,
    RelationType.EVALUATES_ON: frozenset({EntityType.BENCHMARK}),
    RelationType.USES_MODEL: frozenset({EntityType.MODEL}),
    RelationType.USES_METHOD: frozenset({EntityType.METHOD}),
    RelationType.COMPARES_WITH: frozenset({EntityType.MODEL, EntityType.METHOD}),
    RelationType.ADDRESSES_TASK: frozenset({EntityType.TASK}),
    RelationType.HAS_CODE: frozenset({EntityType.REPOSITORY}),
    RelationType.HAS_LINK: frozenset({EntityType.URL}),
}
RELATED_TO = "related_to"
COUNTED = ("evaluates_on",)  # kg:paper_count_<rel> written on entities: what ranked queries read
# kg:paper_count_reusing, written on what some paper proposes: the papers that take it up in one
# of these ways without proposing it themselves (what introduced_then_used reports beside its rows)
REUSING = frozenset({"evaluates_on", "uses_model", "uses_method", "compares_with", "addresses_task"})
RANKED = 200  # entities per counted relation that carry kg:rank_<rel> (1 = most papers)
KB_SOURCE_DEFAULT = "curated"  # kg:kb_source is written only when it differs (kg.ttl says so)
_NUMBER = re.compile(r"[+-]?(\d+(?:\.\d+)?|\.\d+)")
_ATTR_KEY = re.compile(r"[a-z][a-z0-9_]*\Z")


def _p(local: str) -> IRI:
    return IRI(KG + local)


A, LABEL, ALT = IRI(RDF_TYPE), IRI(RDFS + "label"), IRI(SKOS + "altLabel")
TITLE, ABSTRACT, IDENT = IRI(DCTERMS + "title"), IRI(DCTERMS + "abstract"), IRI(DCTERMS + "identifier")
DERIVED, PART_OF = IRI(PROV + "wasDerivedFrom"), IRI(DCTERMS + "isPartOf")


@dataclass
class RdfDocument:
    """The RDF of one corpus as subject blocks, ontology first; `stats` says what was dropped."""

    blocks: list[Block]
    base: str
    papers: int = 0
    stats: dict[str, int] = field(default_factory=dict)

    @property
    def triples(self) -> int:
        return sum(len(pos) for _, pos in self.blocks)

    def data_triples(self) -> int:
        """Triples outside the ontology (what 'triples per paper' counts)."""
        return self.triples - sum(len(pos) for _, pos in ontology_blocks())


@lru_cache(maxsize=1)
def ontology_blocks() -> tuple[Block, ...]:
    """The ontology's triples as sorted blocks (it has no blank nodes by design)."""
    import pyoxigraph as ox

    by_s: dict[str, list[tuple[IRI, Term]]] = defaultdict(list)
    for t in ox.parse(read_text("kg.ttl"), format=ox.RdfFormat.TURTLE):
        if not isinstance(t.subject, ox.NamedNode) or isinstance(t.object, ox.BlankNode):
            raise ValueError("kg.ttl must not hold blank nodes")
        o = t.object
        obj: Term = (o.value, o.datatype.value) if isinstance(o, ox.Literal) else o.value
        by_s[t.subject.value].append((IRI(t.predicate.value), obj))
    key = lambda po: (po[0], type(po[1]) is tuple, str(po[1]))
    return tuple((IRI(s), sorted(by_s[s], key=key)) for s in sorted(by_s))


@lru_cache(maxsize=1)
def declared_properties() -> frozenset[str]:
    """The properties kg.ttl declares: only these entity attributes are written."""
    kinds = {"http://www.w3.org/2002/07/owl#DatatypeProperty", "http://www.w3.org/2002/07/owl#ObjectProperty"}
    return frozenset(s for s, pos in ontology_blocks() if any(p == A and o in kinds for p, o in pos))


class Minter:
    """IRIs from stable ids under one base; anything outside [A-Za-z0-9/._~-] is %-encoded."""

    def __init__(self, base: str = DEFAULT_BASE):
        check_iri(base)
        if not base.endswith(("/", "#")):
            raise ValueError(f"base IRI must end with '/' or '#': {base!r}")
        self.base = base
        self._memo: dict[str, str] = {}

    def node(self, node_id: str) -> IRI:
        got = self._memo.get(node_id)
        if got is None:
            got = self._memo[node_id] = self.base + quote(node_id, safe="/-._~")
        return got

    def paper(self, pid: str) -> IRI:
        return self.node("paper/" + pid)

    def reading(self, rel: str, rule: str, conf: str) -> IRI:
        """The Reading for links of property `rel` read by `rule` with confidence `conf`."""
        return f"{self.base}reading/{rel}/{quote(rule, safe='-._~')}/{conf}"


def _confidence(value: float) -> str:
    """A confidence as a short xsd:decimal lexical form in [0, 1] ("0.9", "1.0")."""
    conf = f"{round(min(1.0, max(0.0, float(value))), 4):.4f}".rstrip("0")
    return conf + "0" if conf.endswith(".") else conf


def _published(value: str) -> tuple[str, str]:
    for pattern, dt in ((r"\d{4}-\d{2}-\d{2}", "date"), (r"\d{4}-\d{2}", "gYearMonth"), (r"\d{4}", "gYear")):
        if re.fullmatch(pattern, value):
            return lit(value, XSD + dt)
    return lit(value)


def _decimal(value: str) -> str | None:
    v = value.strip().rstrip("%").strip().replace(",", "")
    m = _NUMBER.fullmatch(v)
    if not m:
        return None
    s = v.lstrip("+")
    return s if "." in s else s + ".0"


class _PaperWriter:
    """The blocks of one paper: the paper, its Sentences and Evidence nodes, its Results."""

    def __init__(self, ex: Extraction, mint: Minter, entities: dict[str, EntityInfo],
                 names: dict[str, str], stats: dict[str, int], readings: dict[IRI, tuple[str, str, str]]):
        self.ex, self.mint, self.entities, self.names, self.stats = ex, mint, entities, names, stats
        self.readings = readings  # shared by every paper: IRI -> (property, rule, confidence)
        self.iri = mint.paper(ex.paper.id)
        self.spans: dict[str, list[tuple[int, int]]] = {}
        self.sentences: dict[tuple[str, int, int], IRI] = {}
        self.sentence_span: dict[IRI, tuple[str, int, int]] = {}
        self.nodes: dict[IRI, list[tuple[IRI, Term]]] = {}  # Sentence and Evidence blocks by IRI
        self.blocks: list[Block] = []

    def _count(self, key: str) -> None:
        self.stats[key] = self.stats.get(key, 0) + 1

    def _block(self, iri: IRI, pos: list[tuple[IRI, Term]]) -> None:
        self.nodes[iri] = pos
        self.blocks.append((iri, pos))

    def sentence(self, ev: Evidence) -> IRI | None:
        """The Sentence node holding `ev` (created once per paper and sentence)."""
        fld = ev.field.value
        text = self.ex.paper.title if fld == "title" else self.ex.paper.abstract
        if not 0 <= ev.start <= ev.end <= len(text):
            self._count("evidence_out_of_range")
            return None
        if fld not in self.spans:
            self.spans[fld] = sentence_spans(text) or [(0, len(text))]
        start, end = sentence_at(self.spans[fld], ev.start)
        key = (fld, start, end)
        if key not in self.sentences:
            s = IRI(f"{self.iri}/{fld}/{start}-{end}")
            self.sentences[key] = s
            self.sentence_span[s] = key
            pos: list[tuple[IRI, Term]] = [(PART_OF, self.iri), (_p("start"), integer(start))]
            if fld != "abstract":  # kg:field is written for title sentences only
                pos.append((_p("field"), lit(fld)))
            pos.append((_p("text"), lit(text[start:end])))  # it ends at start + STRLEN(text)
            self._block(s, pos)
        return self.sentences[key]

    def reading(self, rel: str, ev: Evidence) -> IRI:
        conf = _confidence(ev.confidence)
        iri = self.mint.reading(rel, ev.rule, conf)
        self.readings.setdefault(iri, (rel, ev.rule, conf))
        return iri

    def evidence(self, links: list[tuple[str, str, str, Evidence | None]]) -> None:
        """One triple `<node> <reading> <entity>` per link with evidence.

        The node is the link's Sentence when the evidence spans that sentence and the link starts
        from the paper; otherwise an Evidence node under the sentence's IRI, minted from the span
        (and the subject entity's id), so links read from one mention share it.
        """
        pid = self.ex.paper.id
        support: dict[IRI, set[tuple[IRI, IRI]]] = {}
        for src, rel, target, ev in links:
            if ev is None:
                continue
            sent = self.sentence(ev)
            if sent is None:
                continue
            node = sent
            own_span = self.sentence_span[sent] != (ev.field.value, ev.start, ev.end)  # a mention
            if own_span or src != pid:
                node = IRI(f"{sent}/{ev.start}-{ev.end}" + ("" if src == pid else "/" + quote(src, safe="/-._~")))
                if node not in self.nodes:
                    pos: list[tuple[IRI, Term]] = [] if src == pid else [(_p("subject"), self.mint.node(src))]
                    pos.append((_p("sentence"), sent))
                    if own_span:  # where in the field, in code points
                        pos += [(_p("start"), integer(ev.start)), (_p("end"), integer(ev.end))]
                    self._block(node, pos)
            support.setdefault(node, set()).add((self.reading(rel, ev), self.mint.node(target)))
        for node, pairs in support.items():
            self.nodes[node].extend(sorted(pairs))

    def links(self) -> list[tuple[str, str, str, Evidence | None]]:
        """(source id, property local name, target id, evidence), deduplicated, typed to fit."""
        pid, seen = self.ex.paper.id, set()
        out: list[tuple[str, str, str, Evidence | None]] = []
        for rel in self.ex.relations:
            target = self.entities.get(rel.target)
            if target is None or (rel.source != pid and rel.source not in self.entities):
                self._count("links_dangling")
                continue
            name = rel.type.value
            if rel.source != pid:
                src = self.entities[rel.source]
                ok = rel.type is RelationType.IMPLEMENTS and src.type is EntityType.REPOSITORY
                name = name if ok else RELATED_TO
            elif rel.type not in RANGE:
                name = RelationType.MENTIONS.value
            elif RANGE[rel.type] is not None and target.type not in RANGE[rel.type]:  # type: ignore[operator]
                self._count("links_retyped_as_mentions")
                name = RelationType.MENTIONS.value
            if (rel.source, name, rel.target) not in seen:
                seen.add((rel.source, name, rel.target))
                out.append((rel.source, name, rel.target, rel.evidence))
        linked = {t for s, _, t, _ in out if s == pid}
        for ent in self.ex.entities:
            if ent.id not in self.entities:
                continue
            ev = ent.evidence[0] if ent.evidence else None
            if ent.proposed and (pid, "proposes", ent.id) not in seen:
                seen.add((pid, "proposes", ent.id))
                out.append((pid, "proposes", ent.id, ev))
                linked.add(ent.id)
            elif ent.id not in linked:
                linked.add(ent.id)
                seen.add((pid, "mentions", ent.id))
                out.append((pid, "mentions", ent.id, ev))
        return sorted(out, key=lambda x: (x[0] != pid, x[0], x[1], x[2]))

    def write(self, links: list[tuple[str, str, str, Evidence | None]]) -> list[Block]:
        p = self.ex.paper
        pos: list[tuple[IRI, Term]] = [(A, _p("Paper")), (IDENT, lit(p.id)), (TITLE, lit(p.title or p.id)),
                                        (ABSTRACT, lit(p.abstract))]
        for date in sorted({s.date for s in p.sources if s.date}):
            pos.append((_p("listing_date"), lit(date)))
        pos += [(IRI(DCTERMS + "source"), lit(f)) for f in sorted({s.file for s in p.sources})]
        pos += [(_p(k), lit(getattr(p, k))) for k in ("arxiv_id", "doi") if getattr(p, k)]
        if p.url:
            pos.append((IRI("https://schema.org/url"), lit(p.url, XSD + "anyURI")))
        if p.published:
            pos.append((IRI(DCTERMS + "issued"), _published(p.published)))
        pos += [(IRI(DC + "creator"), lit(a)) for a in sorted(set(p.authors))]
        extra: list[Block] = []
        for src, rel, target, _ in links:
            if src == p.id:
                pos.append((_p(rel), self.mint.node(target)))
            else:
                extra.append((self.mint.node(src), [(_p(rel), self.mint.node(target))]))
        self.blocks.append((self.iri, pos))
        self.blocks += extra
        self.evidence(links)
        self.results()
        return self.blocks

    def results(self) -> None:
        local = {norm_key(f): e.id for e in self.ex.entities for f in (e.name, *e.aliases)}
        seen = set()
        for r in self.ex.results:
            key = "\x1f".join((r.model, r.benchmark, r.metric, r.value))
            if key in seen:
                continue
            seen.add(key)
            node = IRI(f"{self.iri}/result/{hashlib.sha1(key.encode()).hexdigest()[:12]}")
            pos: list[tuple[IRI, Term]] = [(A, _p("Result")), (_p("reported_in"), self.iri)]
            for role, name in (("model", r.model), ("benchmark", r.benchmark)):
                eid = name if name in self.entities else local.get(norm_key(name)) or self.names.get(norm_key(name))
                info = self.entities.get(eid or "")
                resolved = info is not None and (role == "model" or info.type is EntityType.BENCHMARK)
                if resolved:
                    pos.append((_p(role), self.mint.node(info.id)))  # type: ignore[union-attr]
                if role == "model" or not resolved:  # the model as written: what a leaderboard shows
                    pos.append((_p(role + "_name"), lit(name)))
            pos += [(_p("metric"), lit(r.metric)), (_p("value"), lit(r.value))]
            num = _decimal(r.value)
            if num is not None:
                pos.append((_p("numeric_value"), lit(num, XSD_DECIMAL)))
            sent = self.sentence(r.evidence) if r.evidence else None
            if sent is not None:
                pos.append((DERIVED, sent))
            self.blocks.append((node, pos))


def _entity_block(info: EntityInfo, mint: Minter, entities: dict[str, EntityInfo],
                  counts: dict[str, dict[str, int]], ranks: dict[str, dict[str, int]]) -> Block:
    label = info.name or info.id
    pos: list[tuple[IRI, Term]] = [(A, CLASS[info.type]), (LABEL, lit(label))]
    pos += [(ALT, lit(a)) for a in sorted(set(info.aliases) - {label}) if a]
    if info.parent and info.parent in entities and info.parent != info.id:
        pos.append((IRI(SKOS + "broader"), mint.node(info.parent)))
    declared = declared_properties()
    for k, v in sorted(set(info.attrs)):
        prop = "kb_source" if k == "source" else k
        if prop == "kb_source" and v == KB_SOURCE_DEFAULT:
            continue
        if _ATTR_KEY.match(prop) and KG + prop in declared and prop not in RANGE and v != "":
            pos.append((_p(prop), lit(str(v))))
    for rel, n in sorted(counts.get(info.id, {}).items()):
        pos.append((_p("paper_count_" + rel), integer(n)))
    for rel, n in sorted(ranks.get(info.id, {}).items()):
        pos.append((_p("rank_" + rel), integer(n)))
    return (mint.node(info.id), pos)


def _ranks(counts: dict[str, dict[str, int]], entities: dict[str, EntityInfo]) -> dict[str, dict[str, int]]:
    """Rank 1..RANKED per counted relation, in the order ranked queries sort by: most papers
    first, then label (code points, as SPARQL compares strings), then id."""
    ranks: dict[str, dict[str, int]] = defaultdict(dict)
    for rel in COUNTED:
        have = [e for e, by_rel in counts.items() if rel in by_rel]
        have.sort(key=lambda e: (-counts[e][rel], entities[e].name or e, e))
        for i, e in enumerate(have[:RANKED], 1):
            ranks[e][rel] = i
    return ranks


def _reading_block(iri: IRI, rel: str, rule: str, conf: str) -> Block:
    return (iri, [(IRI(RDFS + "subPropertyOf"), _p("supports")), (_p("property"), _p(rel)),
                  (_p("rule"), lit(rule)), (_p("confidence"), lit(conf, XSD_DECIMAL))])


def rdf_document(corpus: Corpus, *, base: str = DEFAULT_BASE) -> RdfDocument:
    """The corpus as RDF blocks: ontology, entities (sorted by id), Readings, papers in corpus order."""
    stats: dict[str, int] = {}
    papers, head = rdf_blocks(corpus, base=base, stats=stats)
    paper_blocks = list(papers)
    return RdfDocument(head() + paper_blocks, base, papers=len(corpus.extractions), stats=stats)


def rdf_blocks(
    corpus: Corpus, *, base: str = DEFAULT_BASE, stats: dict[str, int] | None = None,
) -> tuple[Iterator[Block], Callable[[], list[Block]]]:
    """The papers' blocks, lazily, and a function for the blocks that precede them (ontology,
    entities, Readings), to call once the papers' are all drawn (they name the Readings). A writer
    can stream papers to disk instead of holding every triple (kg.export.rdf_files)."""
    mint = Minter(base)
    entities = {e.id: e for e in corpus.entities}
    names: dict[str, str] = {}
    for e in sorted(entities.values(), key=lambda e: e.id):
        for form in (e.name, *e.aliases):
            names.setdefault(norm_key(form), e.id)
    stats = stats if stats is not None else {}
    readings: dict[IRI, tuple[str, str, str]] = {}
    per_paper: list[tuple[_PaperWriter, list] | None] = []
    papers_of: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    reusing: dict[str, int] = defaultdict(int)  # entity -> papers that use it, not proposing it
    proposed: set[str] = set()
    for ex in corpus.extractions:
        w = _PaperWriter(ex, mint, entities, names, stats, readings)
        links = w.links()
        used, own = set(), set()
        for src, rel, target, _ in links:
            if src == ex.paper.id:
                if rel in REUSING:
                    used.add(target)
                    if rel in COUNTED:
                        papers_of[target][rel].add(src)
                elif rel == "proposes":
                    own.add(target)
        for target in used - own:
            reusing[target] += 1
        proposed |= own
        per_paper.append((w, links))
    counts = {e: {rel: len(ps) for rel, ps in rels.items()} for e, rels in papers_of.items()}
    for e in sorted(proposed & reusing.keys()):
        counts.setdefault(e, {})["reusing"] = reusing[e]

    def papers() -> Iterator[Block]:
        for i, item in enumerate(per_paper):
            assert item is not None
            per_paper[i] = None  # a written paper's writer is let go
            yield from item[0].write(item[1])

    def head() -> list[Block]:
        blocks: list[Block] = list(ontology_blocks())
        ranks = _ranks(counts, entities)
        blocks += [_entity_block(entities[k], mint, entities, counts, ranks) for k in sorted(entities)]
        blocks += [_reading_block(iri, *readings[iri]) for iri in sorted(readings)]
        return blocks

    return papers(), head


def _doc(corpus_or_doc: Corpus | RdfDocument) -> RdfDocument:
    return corpus_or_doc if isinstance(corpus_or_doc, RdfDocument) else rdf_document(corpus_or_doc)


def write_turtle(corpus: Corpus | RdfDocument, fh: IO[bytes]) -> None:
    """graph.ttl (UTF-8 bytes)."""
    write_turtle_blocks(_doc(corpus).blocks, fh)


def write_nt(corpus: Corpus | RdfDocument, fh: IO[bytes]) -> None:
    """graph.nt: the same triples, one per line, for fast bulk loading."""
    write_ntriples(_doc(corpus).blocks, fh)


def to_rdflib(corpus: Corpus | RdfDocument):
    """An rdflib Graph of the same triples, built with rdflib's own terms (small graphs, tests)."""
    from rdflib import Graph, Literal, URIRef

    g = Graph()
    for s, pos in _doc(corpus).blocks:
        for p, o in pos:
            if isinstance(o, tuple):
                dt = None if o[1] == XSD_STRING else URIRef(o[1])
                g.add((URIRef(s), URIRef(p), Literal(o[0], datatype=dt)))
            else:
                g.add((URIRef(s), URIRef(p), URIRef(o)))
    return g
