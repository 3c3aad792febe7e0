"""One paper, top to bottom: candidates -> selection -> groups -> entities, relations, results."""

from __future__ import annotations

import re
from collections import Counter

from kg.extract.assemble import THRESHOLD, Group, _fast_norm_key, group, select, spread_lists
from kg.extract.candidates import Candidate, CandidateFinder, PaperCandidates
from kg.extract.ids import entity_id
from kg.extract.kb import load_kb
from kg.extract.lexicon import Lexicon, load_lexicon
from kg.extract.mentions import _PREFIXES
from kg.extract.roles import SentenceFlags, cited_only, compared, find_value, metric_in
from kg.extract.sentences import sentence_at
from kg.extract.tasks import find_tasks
from kg.extract.urls import LinkKind
from kg.model import (
    Entity,
    EntityType,
    Evidence,
    Extraction,
    Field,
    Paper,
    Relation,
    RelationType,
    Result,
)
from kg.text import norm_key

SCORED = ("benchmark", "model", "method")
_TYPES = {t.value: t for t in EntityType}  # EntityType(value) without the enum's lookup machinery
_PARTS = re.compile(r"[\s\-]+")
_PLURAL_ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z]s$")


# Every ASCII character but a lowercase letter or a digit, to a space.
_ASCII_SEPARATORS = str.maketrans({chr(i): " " for i in range(128) if not (chr(i).isdigit() or "a" <= chr(i) <= "z")})


def _entity_id(value: str, type_: EntityType, name: str) -> str:
    """`entity_id(type_, name)` (`value` is `type_.value`), without normalising or a pattern for an
    ASCII name (no decompositions): its slug is its lowercase letter and digit runs joined by "-"."""
    if name.isascii():
        low = name.lower()
        if low.isalnum():
            return value + "/" + low
        slug = "-".join(low.translate(_ASCII_SEPARATORS).split())
        if slug:
            return value + "/" + slug
    return entity_id(type_, name)


_NEVER = re.compile(r"(?!)")


def _any_word(words: frozenset[str]) -> re.Pattern[str]:
    """One pattern matching any of `words` as a whole word: a text matches it exactly when it
    matches one word's own `\\bword\\b` (one search, not one a word); no words match nothing."""
    if not words:
        return _NEVER  # `\b(?:)\b` would match at every word boundary
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words)) + r")\b")


class PaperExtractor:
    """The extractor's tables (knowledge base, lexicon, automaton), built once."""

    def __init__(self, *, exclude: frozenset[str] = frozenset()):
        self.kb = load_kb(exclude=exclude)
        self.lex: Lexicon = load_lexicon()
        self.finder = CandidateFinder(self.kb, self.lex)
        self._title_model = _any_word(self.lex.title_model_words)

    def extract(self, paper: Paper) -> Extraction:
        texts = {Field.TITLE: paper.title, Field.ABSTRACT: paper.abstract}
        pc = self.finder.find(paper.title, paper.abstract)
        chosen = select(pc.cands)
        spread_lists(chosen, texts)
        keep = self._keep
        # (an untyped group no rule introduced is dropped by `_keep`'s first test, here without the call)
        groups = [g for g in group(chosen, pc, self.kb, self.lex)
                  if (g.proposed or not (g.type is None or g.weight < THRESHOLD)) and keep(g, paper, pc)]
        entities: dict[str, Entity] = {}
        relations: list[Relation] = []
        by_group: list[tuple[Group, Entity]] = []
        joined = paper.title + " " + paper.abstract  # where an alias must occur; built once per paper
        for g in groups:
            ent = self._entity(g, texts, joined)
            if ent.id in entities:  # two groups reached one id: merge their evidence
                old = entities[ent.id]
                ent = Entity(old.id, old.type, old.name, tuple(dict.fromkeys(old.aliases + ent.aliases)),
                             old.proposed or ent.proposed, tuple(sorted(set(old.evidence + ent.evidence))),
                             old.kb_id, old.long_form or ent.long_form)
            entities[ent.id] = ent
            by_group.append((g, ent))
        relations += self._relations(paper, by_group, texts, pc)
        results = self._results(by_group, texts, pc)
        self._tasks(paper, pc, entities, relations)
        self._links(paper, texts, pc, entities, relations, by_group)
        ents = tuple(entities.values())
        return Extraction(paper=paper, entities=ents, relations=tuple(relations), results=tuple(results))

    # -- entities -------------------------------------------------------------------------------

    def _keep(self, g: Group, paper: Paper, pc: PaperCandidates) -> bool:
        if (g.type is None or g.weight < THRESHOLD) and not g.proposed:
            return False  # untyped and not introduced (tested below too): every path returns False
        members = g.members
        generic = self.lex.generic_forms  # `lex.is_generic`, inlined
        if len(members) == 1:
            n = members[0].m.name
            if n in generic:
                return False
            names: set[str] | tuple[str] = (n,)
        else:
            names = {c.m.name for c in members}
            if all(n in generic for n in names):
                return False
        if not g.proposed and not g.kb_id and g.short_form and _PLURAL_ACRONYM.match(g.short_form):
            return False  # "pretrained foundation models (PFMs)": a plural names a class
        if g.type == "model" and not g.proposed and not g.kb_id and not g.short_form and all(
            self._ordinary(n) for n in names
        ) and not any(c.m.kb_id for c in g.members):  # "Whisper-small": a KB name's sized release
            return False  # "Natural Language Understanding models": ordinary words, capitalised
        if g.type is None or g.weight < THRESHOLD:
            if not g.proposed:
                return False
            g.type = self._fallback_type(g, paper)
        if g.type not in SCORED and g.type not in ("organization", "metric", "task"):
            return False
        if g.type == "method" and g.kb_id and not g.proposed and not g.short_form and "ctx:method-list" not in g.rules and not any(
            self._named_like(c, pc) for c in g.members
        ):
            return False  # "in-context learning", "Data Augmentation" in a title: a paradigm, not a name
        return True

    def _ordinary(self, name: str) -> bool:
        """Only dictionary words, generic terms and prefixes ("Text-to-Image", "Over-Parametrized")."""
        lex = self.lex
        generic = lex.generic_forms
        for p in _PARTS.split(name):
            if not p:
                continue
            if lex.is_word(p) and not (p[1:] != p[1:].lower() if p.isascii() else any(c.isupper() for c in p[1:])):
                continue  # a word with no inner capital (an ASCII capital is what lowercasing changes)
            if p in generic or p.lower() in _PREFIXES:
                continue  # `lex.is_generic`, or a prefix
            return False
        return True

    @staticmethod
    def _named_like(c: Candidate, pc: PaperCandidates) -> bool:
        """Written as a name: an inner capital or digit (LoRA, SGD, ResNet18), or capitalised mid-sentence."""
        name = c.m.name
        if any(ch.isupper() for ch in name[1:]) or any(ch.isdigit() for ch in name):
            return True
        return c.m.field is Field.ABSTRACT and name[:1].isupper() and c.m.start != c.sentence[0]

    def _fallback_type(self, g: Group, paper: Paper) -> str:
        """An introduced name nothing else typed: the title's words decide, else a method."""
        title = paper.title.lower()
        if any(w in title for w in self.lex.title_benchmark_words):
            return "benchmark"
        if self._title_model.search(title):
            return "model"
        return "method"

    def _entity(self, g: Group, texts: dict[Field, str], joined: str) -> Entity:
        type_ = _TYPES[g.type]
        members = g.members
        entries = self.kb.entries
        kb_id = g.kb_id
        if len(members) == 1:  # most groups: one mention, one spelling, one piece of evidence
            m = members[0].m
            n = m.name
            if g.short_form:
                name = g.short_form
            elif kb_id and kb_id in entries and m.rule == "kb":
                name = entries[kb_id].name
            else:
                name = n
            surface = texts[m.field][m.start : m.end]
            # the surface unless it is the name, then the spelling if it differs from both and occurs
            if surface != name:
                aliases: tuple[str, ...] = (surface, n) if n != name and n != surface and n in joined else (surface,)
            else:
                aliases = (n,) if n != name and n in joined else ()
            evidence: tuple[Evidence, ...] = (Evidence(m.field, m.start, m.end, m.rule, round(m.conf, 2)),)
        else:
            surfaces = [texts[c.m.field][c.m.start : c.m.end] for c in members]
            names = [c.m.name for c in members]
            if g.short_form:
                name = g.short_form
            elif kb_id and kb_id in entries and any(c.m.rule == "kb" for c in members):
                name = entries[kb_id].name
            else:
                counts = Counter(names)
                keys = {n: _fast_norm_key(n) for n in counts}
                name = min(counts, key=lambda n: (keys[n].endswith("s") and any(
                    keys[o] == keys[n][:-1] for o in counts), -counts[n], names.index(n)))
            # An alias must occur in the paper: a surface is a slice of a field, so it does; a name
            # differing from its surface (a coordination's) is looked up.
            aliases = tuple(dict.fromkeys(
                [s for s in surfaces if s != name]
                + [n for n, s in zip(names, surfaces, strict=True) if n != name and (n == s or n in joined)]
            ))
            seen: dict[tuple, Evidence] = {}
            for c in members:
                k = (c.m.field.value, c.m.start, c.m.end, c.m.rule)
                if k not in seen:
                    seen[k] = Evidence(c.m.field, c.m.start, c.m.end, c.m.rule, round(c.m.conf, 2))
            evidence = tuple(seen[k] for k in sorted(seen))
        if kb_id and (entry := entries.get(kb_id)) is not None and entry.type.value == g.type:
            eid = kb_id
        else:
            kb_id = None
            eid = _entity_id(type_.value, type_, name)
        return Entity(eid, type_, name, aliases, bool(g.proposed) and g.type in SCORED, evidence, kb_id, g.long_form)

    # -- relations ------------------------------------------------------------------------------

    def _relations(self, paper: Paper, by_group: list[tuple[Group, Entity]], texts: dict[Field, str],
                   pc: PaperCandidates) -> list[Relation]:
        out: list[Relation] = []
        flags: dict[tuple[Field, int], SentenceFlags] = {}  # per sentence, this paper only
        for g, ent in by_group:
            first = g.members[0]
            if ent.proposed:
                out.append(Relation(RelationType.PROPOSES, paper.id, ent.id, self._sentence_evidence(g)))
                continue
            if g.type in ("benchmark", "model"):
                # Own work if one mention is the paper's own (the first such gives the evidence; the
                # rest need not be read) or no mention says either way.
                own_at: Candidate | None = None
                unclear = True
                for c in g.members:
                    m = c.m
                    fk = (m.field, c.sentence[0])
                    sf = flags.get(fk)
                    if sf is None:
                        sf = flags[fk] = SentenceFlags(texts[m.field], c.sentence)
                    v = cited_only(texts[m.field], m.start, m.end, c.sentence, self.lex, sf)
                    if v is False:
                        own_at = c
                        break
                    unclear = unclear and v is None
                rel = RelationType.EVALUATES_ON if g.type == "benchmark" else RelationType.USES_MODEL
                if own_at is not None or unclear:
                    c = own_at or first
                    out.append(Relation(rel, paper.id, ent.id, Evidence(c.m.field, *c.sentence, "role:own-work")))
                else:
                    out.append(Relation(RelationType.MENTIONS, paper.id, ent.id, Evidence(first.m.field, *first.sentence, "role:cited")))
            elif g.type == "method":
                out.append(Relation(RelationType.USES_METHOD, paper.id, ent.id, self._sentence_evidence(g)))
            if g.type in ("model", "method"):
                for c in g.members:
                    if compared(texts[c.m.field], c.m.start, c.sentence):
                        out.append(Relation(RelationType.COMPARES_WITH, paper.id, ent.id,
                                            Evidence(c.m.field, *c.sentence, "role:compared")))
                        break
        return out

    @staticmethod
    def _sentence_evidence(g: Group) -> Evidence:
        """The first member's sentence, with the rule that introduced or typed the group."""
        first = g.members[0]
        return Evidence(first.m.field, *first.sentence, g.proposed or ",".join(g.rules[:3]))

    def _results(self, by_group: list[tuple[Group, Entity]], texts: dict[Field, str],
                 pc: PaperCandidates) -> list[Result]:
        out: list[Result] = []
        benchmarks = [g for g, _ in by_group if g.type == "benchmark"]
        if not benchmarks:
            return out
        # the claimants, listed at the first value found (most papers state none)
        actors: list[tuple[Candidate, Entity]] | None = None
        proposed: list[Entity] = []
        seen = set()
        peers: dict[tuple[Field, tuple[int, int]], list[int]] = {}  # benchmark starts per sentence ("respectively")
        for g in benchmarks:
            for c in g.members:
                peers.setdefault((c.m.field, c.sentence), []).append(c.m.start)
        for g in benchmarks:
            for c in g.members:
                text = texts[c.m.field]
                hit = find_value(text, c.m.start, c.m.end, c.sentence, peers=peers[(c.m.field, c.sentence)])
                if not hit:
                    continue
                if actors is None:
                    actors = [(c, ent) for g, ent in by_group if g.type in ("model", "method") for c in g.members]
                    proposed = [ent for _, ent in by_group if ent.proposed and ent.type.value in ("model", "method")]
                value, words, at = hit
                before = [a for a in actors if a[0].m.field is c.m.field and c.sentence[0] <= a[0].m.start < at]
                if before:  # the claim's subject as written in the sentence
                    actor_name = before[-1][0].m.name
                elif proposed:
                    actor_name = proposed[0].name
                else:
                    continue
                bench = c.m.name  # as written: "AIME24", not the KB's "AIME 2024"
                if (actor_name, bench, value) in seen:
                    continue
                seen.add((actor_name, bench, value))
                metric = metric_in(text[c.sentence[0] : c.sentence[1]], self.lex, words)
                out.append(Result(actor_name, bench, metric, value, Evidence(c.m.field, *c.sentence, rule="result")))
        return out

    def _tasks(self, paper: Paper, pc: PaperCandidates, entities: dict[str, Entity],
               relations: list[Relation]) -> None:
        taken = {e.name.lower() for e in entities.values()}
        found = [(Field.TITLE, t) for t in find_tasks(paper.title, self.lex, limit=2, taken=taken, with_area=False)]
        taken |= {t.text.lower() for _, t in found}
        found += [(Field.ABSTRACT, t) for t in find_tasks(paper.abstract, self.lex, limit=4 - len(found), taken=taken,
                                                             with_area=False)]
        for f, t in found:
            eid = _entity_id("task", EntityType.TASK, t.text.lower())
            if eid in entities:
                continue
            entities[eid] = Entity(eid, EntityType.TASK, t.text, (), False, (Evidence(f, t.start, t.end, "task:head"),))
            s, e = sentence_at(pc.sentences[f], t.start)
            relations.append(Relation(RelationType.ADDRESSES_TASK, paper.id, eid, Evidence(f, s, e, "task:head")))

    def _links(self, paper: Paper, texts: dict[Field, str], pc: PaperCandidates, entities: dict[str, Entity],
               relations: list[Relation], by_group: list[tuple[Group, Entity]]) -> None:
        proposed = [(g, ent) for g, ent in by_group if ent.proposed]
        for f, text in texts.items():
            spans = pc.sentences[f]
            for link in pc.links.get(f, ()):
                type_ = EntityType.REPOSITORY if link.kind is LinkKind.REPOSITORY else EntityType.URL
                eid = entity_id(type_, link.name)
                ev = Evidence(f, link.start, link.end, rule=f"url:{link.kind.value}", confidence=1.0)
                surface = text[link.start : link.end]
                old = entities.get(eid)
                entities[eid] = Entity(
                    id=eid, type=type_, name=link.name,
                    aliases=tuple(dict.fromkeys((old.aliases if old else ()) + (surface,))),
                    evidence=(old.evidence if old else ()) + (ev,),
                )
                s, e = sentence_at(spans, link.start)
                rel = RelationType.HAS_CODE if type_ is EntityType.REPOSITORY else RelationType.HAS_LINK
                relations.append(Relation(rel, paper.id, eid, Evidence(f, s, e, rule=ev.rule)))
                if type_ is EntityType.REPOSITORY and proposed:
                    target = self._implemented(link.name, proposed, f, (s, e))
                    if target:
                        relations.append(Relation(RelationType.IMPLEMENTS, eid, target, Evidence(f, s, e, rule="code:ties")))

    @staticmethod
    def _implemented(repo: str, proposed: list[tuple[Group, Entity]], f: Field, sent: tuple[int, int]) -> str | None:
        """The proposed artifact a repository implements: named by the repo, in its sentence, or the only one."""
        repo_key = norm_key(repo.rsplit("/", 1)[-1])
        for _, ent in proposed:
            if norm_key(ent.name) == repo_key or any(norm_key(a) == repo_key for a in ent.aliases):
                return ent.id
        for g, ent in proposed:
            if any(c.m.field is f and sent[0] <= c.m.start < sent[1] for c in g.members):
                return ent.id
        return proposed[0][1].id if len(proposed) == 1 else None

