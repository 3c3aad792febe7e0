"""Group per-paper entities into real things: typing by majority, then anchored union-find.

Union-find nodes (strings, so the order is total and runs are deterministic):
  e|<paper>|<entity>           one per-paper entity
  f|<type>|<form key>          a surface form of a type (CIFAR10 and CIFAR-10 share one)
  a|<type>|<form key>|<long>   an acronym as defined with one long form (two long forms: two things)
  k|<kb id>                    a knowledge-base entry (two entries never merge unless forced)
  s|<group>|<name key>         a name a user split from the others of its group
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from kg.extract.kb import KnowledgeBase
from kg.model import Entity, EntityType, Extraction
from kg.overrides import Overrides
from kg.resolve.forms import expansion_key, form_key, variants
from kg.resolve.unionfind import AnchoredUnionFind

Ref = tuple[int, int]  # (paper index, entity index)


def entity_node(ref: Ref) -> str:
    return f"e|{ref[0]}|{ref[1]}"


def kb_node(kb_id: str) -> str:
    return f"k|{kb_id}"


def entity_forms(ent: Entity) -> list[str]:
    """Every form one per-paper entity is known by: name, aliases, long form and their variants."""
    raw = [ent.name, *ent.aliases, *([ent.long_form] if ent.long_form else [])]
    return list(dict.fromkeys(v for f in raw if f and f.strip() for v in variants(f)))


def apply_types(
    extractions: Sequence[Extraction], overrides: Overrides, kb: KnowledgeBase | None = None,
) -> list[Extraction]:
    """Drop blocked names; type each name the way most papers type it (a tie goes to the type the
    knowledge base gives the name, if any); then apply user types."""
    votes: dict[str, Counter[EntityType]] = defaultdict(Counter)
    sample: dict[str, str] = {}
    for ex in extractions:
        seen: dict[tuple[str, EntityType], str] = {}
        for e in ex.entities:
            seen.setdefault((form_key(e.name), e.type), e.name)
        for (key, type_), name in seen.items():  # one vote per paper
            votes[key][type_] += 1
            sample.setdefault(key, name)
    majority: dict[str, EntityType] = {}
    for key, counter in votes.items():
        (best, n), *rest = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0].value))
        if rest and n * 2 > sum(counter.values()):
            majority[key] = best
        elif rest and kb is not None:
            known = {entry.type for entry in kb.lookup(sample[key])}
            if len(known) == 1 and counter[next(iter(known))] == n:
                majority[key] = known.pop()
    if not majority and not overrides:
        return list(extractions)
    out = []
    for ex in extractions:
        ents = []
        for e in ex.entities:
            if overrides.block and overrides.is_blocked(e.name):
                continue
            if overrides.block and any(overrides.is_blocked(a) for a in e.aliases):
                e = replace(e, aliases=tuple(a for a in e.aliases if not overrides.is_blocked(a)))
            type_ = (overrides.types and overrides.type_of(e.name)) or (
                e.type if e.kb_id or not majority else majority.get(form_key(e.name), e.type))
            ents.append(e if type_ is e.type else replace(e, type=type_))
        if len(ents) != len(ex.entities) or any(a is not b for a, b in zip(ents, ex.entities)):
            ex = replace(ex, entities=tuple(ents))
        out.append(ex)
    return out


@dataclass
class Clustering:
    """The union-find plus what assembly and the corpus pass need to know about it."""

    uf: AnchoredUnionFind = field(default_factory=AnchoredUnionFind)
    extra_aliases: dict[str, list[str]] = field(default_factory=dict)  # uf node -> user aliases
    primary_kb: dict[str, str] = field(default_factory=dict)  # merge-group node -> preferred kb id

    def root(self, ref: Ref) -> str:
        return self.uf.find(entity_node(ref))

    def roots(self, extractions: Sequence[Extraction]) -> list[list[str]]:
        """The component of every per-paper entity, paper by paper (one find each)."""
        find = self.uf.find
        return [[find(f"e|{pi}|{ei}") for ei in range(len(ex.entities))] for pi, ex in enumerate(extractions)]


def cluster(extractions: Sequence[Extraction], *, kb: KnowledgeBase | None, overrides: Overrides) -> Clustering:
    c = Clustering()
    uf = c.uf
    # A split separates forms that normalisation joins, so its names compare exactly as written.
    split_of = {n: (g, n) for g, names in enumerate(overrides.split) for n in names}
    plain: dict[str, tuple[EntityType, str]] = {}  # f-node -> (type, a surface form), for KB lookups
    kb_forms: dict[tuple[EntityType, str], set[str]] = defaultdict(set)
    acronyms: dict[tuple[EntityType, str], set[str]] = defaultdict(set)
    acronym_forms: dict[str, tuple[EntityType, str]] = {}  # a-node -> (type, the acronym as written)

    def form_node(type_: EntityType, form: str) -> str:
        node = f"f|{type_.value}|{form_key(form)}"
        if node not in uf:
            uf.add(node)
            plain[node] = (type_, form)
        return node

    for pi, ex in enumerate(extractions):
        all_forms = [entity_forms(e) for e in ex.entities]
        shared = _shared_forms(ex, all_forms)
        for ei, e in enumerate(ex.entities):
            node = uf.add(entity_node((pi, ei)))
            split = split_of.get(e.name.strip())
            if split is not None:
                uf.union(node, uf.add(f"s|{split[0]}|{split[1]}", [(("split", split[0]), split[1])]))
            forms = [f for f in all_forms[ei] if f == e.name or (e.type, form_key(f)) not in shared]
            if e.kb_id:
                for f in forms:
                    kb_forms[(e.type, form_key(f))].add(e.kb_id)
                if uf.union(node, uf.add(kb_node(e.kb_id), [("kb", e.kb_id)])):
                    continue
            long_key = expansion_key(e.long_form) if e.long_form else None
            for f in forms:
                if long_key is None or expansion_key(f) == long_key:
                    uf.union(node, form_node(e.type, f))
                    continue
                key = (e.type, form_key(f))
                acronyms[key].add(long_key)
                anode = uf.add(f"a|{e.type.value}|{key[1]}|{long_key}", [(("acr", *key), long_key)])
                acronym_forms.setdefault(anode, (e.type, f))
                uf.union(node, anode)

    _apply_aliases(c, kb, overrides, form_node)
    for node, (type_, form) in sorted(plain.items()):
        key = (type_, node.split("|", 2)[2])
        ids = set(kb_forms.get(key, ()))
        if not ids and kb is not None:
            ids = {entry.id for entry in kb.lookup(form) if entry.type is type_}
        if len(ids) == 1:
            (kb_id,) = ids
            uf.union(node, uf.add(kb_node(kb_id), [("kb", kb_id)]))
        longs = acronyms.get(key, set())
        if len(longs) == 1:
            (long_key,) = longs
            uf.union(node, f"a|{type_.value}|{key[1]}|{long_key}")
    # An acronym defined by a long form the KB does not list ("ARC-AGI (Abstraction and Reasoning
    # Corpus for AGI)") is still that KB entry when the acronym names exactly one entry of its type.
    for anode, (type_, form) in sorted(acronym_forms.items()):
        ids = {entry.id for entry in kb.lookup(form) if entry.type is type_} if kb is not None else set()
        if len(ids) == 1:  # the KB's own table, not what papers linked: they may mean the other ARC
            (kb_id,) = ids
            uf.union(anode, uf.add(kb_node(kb_id), [("kb", kb_id)]))
    _apply_merges(c, kb, overrides)
    return c


def _shared_forms(ex: Extraction, all_forms: list[list[str]]) -> set[tuple[EntityType, str]]:
    """Forms that name several things in one paper ("ImageNet-{A,R,V2,Sketch}" for four of them):
    the extractor kept those things apart, so such a form is no evidence that they are one."""
    owners: dict[tuple[EntityType, str], set[str]] = defaultdict(set)
    for e, forms in zip(ex.entities, all_forms):
        for f in forms:
            owners[(e.type, form_key(f))].add(form_key(e.name))
    return {key for key, names in owners.items() if len(names) > 1}


def _lookup_nodes(c: Clustering, kb: KnowledgeBase | None, name: str) -> list[str]:
    """The union-find nodes a user-written name or id refers to: its KB entry, else its forms."""
    if kb is not None and name in kb.entries:
        return [c.uf.add(kb_node(name), [("kb", name)])]
    if kb is not None:
        entries = kb.lookup(name)
        if len(entries) == 1:
            return [c.uf.add(kb_node(entries[0].id), [("kb", entries[0].id)])]
    return _typed_nodes(c, name)


def _apply_aliases(
    c: Clustering, kb: KnowledgeBase | None, overrides: Overrides, form_node: Callable[[EntityType, str], str],
) -> None:
    for target, extra in overrides.aliases:
        for node in _lookup_nodes(c, kb, target):
            types = [EntityType(node.split("|")[1])] if node.startswith("f|") else \
                [kb.entries[node[2:]].type] if kb is not None and node[2:] in kb.entries else []
            for type_ in types:
                for alias in extra:
                    c.uf.union(node, form_node(type_, alias))
            c.extra_aliases.setdefault(node, []).extend(extra)


def _typed_nodes(c: Clustering, name: str) -> list[str]:
    key = form_key(name)
    return [f"f|{t.value}|{key}" for t in EntityType if f"f|{t.value}|{key}" in c.uf]


def _apply_merges(c: Clustering, kb: KnowledgeBase | None, overrides: Overrides) -> None:
    for group in overrides.merge:
        nodes = [n for name in group for n in _lookup_nodes(c, kb, name)]
        if not nodes:
            continue
        first = nodes[0]
        if first.startswith("k|"):
            c.primary_kb[first] = first[2:]
        for other in nodes[1:]:
            c.uf.union(first, other, force=True)
