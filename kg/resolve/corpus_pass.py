"""The corpus-wide second pass: a name one paper introduces or defines is found in every paper.

The extractor sees one paper at a time, so "GenVideo" is a benchmark where it is introduced but
an unknown word elsewhere. One Aho-Corasick automaton over every introduced or defined name
(plus user aliases) scans every title and abstract once: linear in the corpus.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

import ahocorasick

from kg.extract.kb import is_case_sensitive
from kg.model import Entity, EntityType, Evidence, Extraction, Field
from kg.resolve.cluster import Clustering, entity_forms, entity_node
from kg.resolve.forms import is_strict
from kg.text import norm_key

RULE = "corpus:name"
CONFIDENCE = 0.7


@dataclass(frozen=True, slots=True)
class _Name:
    form: str
    root: str
    type: EntityType
    strict: bool


def _recognisable(form: str) -> bool:
    """A name, not a phrase or a word: "GenVideo" yes; "Agent", "RL", "gradient descent" no."""
    if len(norm_key(form)) < 3 or form.islower():
        return False
    letters = [ch for ch in form if ch.isalpha()]
    if len(form) > 4 and is_case_sensitive(form) and not all(ch.isupper() for ch in letters):
        return False  # case-sensitive for no other reason than being a dictionary word
    return any(c.isalpha() for c in form)


def _names(extractions: Sequence[Extraction], c: Clustering, roots: list[list[str]]) -> dict[str, list[_Name]]:
    """Lowercased form -> the introduced or defined things it names."""
    by_root: dict[str, tuple[EntityType, set[str]]] = {}
    for pi, ex in enumerate(extractions):
        for ei, e in enumerate(ex.entities):
            if e.kb_id or not (e.proposed or e.long_form):
                continue
            root = roots[pi][ei]
            if any(g == "kb" for g in c.uf.anchors(root)):
                continue
            by_root.setdefault(root, (e.type, set()))[1].update(entity_forms(e))
    for node, extra in c.extra_aliases.items():
        if node.startswith("f|") and node in c.uf:
            root = c.uf.find(node)
            by_root.setdefault(root, (EntityType(node.split("|")[1]), set()))[1].update(extra)
    out: dict[str, list[_Name]] = defaultdict(list)
    for root, (type_, forms) in sorted(by_root.items()):
        for form in sorted(forms):
            if _recognisable(form):
                out[form.lower()].append(_Name(form, root, type_, is_strict(form)))
    return out


def _lower(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _hits(automaton: ahocorasick.Automaton, text: str) -> Iterator[tuple[int, int, _Name]]:
    """Whole-word matches, longest first at each start, never overlapping one another."""
    found = []
    for end, (key, names) in automaton.iter(_lower(text)):
        start = end - len(key) + 1
        if (start > 0 and text[start - 1].isalnum()) or (end + 1 < len(text) and text[end + 1].isalnum()):
            continue
        surface = text[start : end + 1]
        if surface.islower():  # "simplicity bias" in running text is a phrase, whatever a title wrote
            continue
        fits = [n for n in names if not n.strict or n.form == surface]
        if len({n.root for n in fits}) == 1:
            found.append((start, end + 1, fits[0]))
    last = -1
    for start, end, name in sorted(found, key=lambda h: (h[0], -h[1])):
        if start >= last:
            last = end
            yield start, end, name


def corpus_pass(extractions: Sequence[Extraction], c: Clustering) -> list[Extraction]:
    """Add, to every paper, the introduced/defined names it uses but its extraction missed."""
    roots = c.roots(extractions)
    names = _names(extractions, c, roots)
    if not names:
        return list(extractions)
    automaton = ahocorasick.Automaton()
    for key, items in names.items():
        automaton.add_word(key, (key, items))
    automaton.make_automaton()
    out = []
    for pi, ex in enumerate(extractions):
        have = set(roots[pi])
        taken = {(ev.field, ev.start, ev.end) for e in ex.entities for ev in e.evidence}
        spans = [(f, s, e) for f, s, e in taken]
        new: dict[str, list[tuple[Evidence, str, _Name]]] = {}
        for field_, text in ((Field.TITLE, ex.paper.title), (Field.ABSTRACT, ex.paper.abstract)):
            for start, end, name in _hits(automaton, text):
                root = name.root  # stays the root: union(root, new) below never moves it
                if root in have or any(f == field_ and s < end and start < e for f, s, e in spans):
                    continue
                ev = Evidence(field_, start, end, rule=RULE, confidence=CONFIDENCE)
                new.setdefault(root, []).append((ev, text[start:end], name))
        if not new:
            out.append(ex)
            continue
        added: list[Entity] = []
        for root, hits in sorted(new.items()):
            surfaces = tuple(dict.fromkeys(s for _, s, _ in hits))
            name = hits[0][2]
            ei = len(ex.entities) + len(added)
            c.uf.union(root, c.uf.add(entity_node((pi, ei))), force=True)
            added.append(Entity(id=f"{name.type.value}/~{root}", type=name.type, name=surfaces[0],
                                aliases=surfaces, evidence=tuple(ev for ev, _, _ in hits)))
        out.append(replace(ex, entities=ex.entities + tuple(added)))
    return out
