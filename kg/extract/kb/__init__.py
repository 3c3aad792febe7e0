"""The curated knowledge base: well-known benchmarks, models, methods and tasks with aliases.

Two tables, as in scispacy: `entries` (id -> KBEntry) and `aliases` (surface form -> ids).
The data is reviewed JSONL shipped in this folder (one file per type), loaded when an extractor
is built, never at import.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources

from kg.model import EntityType
from kg.text import norm_key

DATA_FILES = ("benchmarks.jsonl", "models.jsonl", "methods.jsonl", "tasks.jsonl", "organizations.jsonl", "metrics.jsonl")


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One real thing the field knows by name."""

    id: str  # "<type>/<slug>", unique across the KB
    type: EntityType
    name: str  # canonical spelling
    aliases: tuple[str, ...] = ()  # other spellings, long forms
    family: str | None = None  # id of the family entry (Llama-2-7B -> model/llama-2)
    organization: str | None = None
    year: int | None = None
    modality: str | None = None  # text, vision, speech, multimodal, ...
    area: str | None = None  # task area: nlp, vision, speech, rl, theory, ...
    homepage: str | None = None
    source: str = "curated"  # where the entry comes from (and its license, when harvested)

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def is_case_sensitive(form: str) -> bool:
    """Short, all-capital or dictionary-word forms must match exactly (MATH is not "math")."""
    letters = [c for c in form if c.isalpha()]
    if len(form) <= 4 or not letters:
        return True
    if all(c.isupper() for c in letters):
        return True
    return form.lower() in _common_words()


_WORDS: frozenset[str] | None = None


def _common_words() -> frozenset[str]:
    global _WORDS  # noqa: PLW0603 - a read-only cache of shipped data, filled once
    if _WORDS is None:
        text = resources.files(__package__).joinpath("common_words.txt").read_text(encoding="utf-8")
        _WORDS = frozenset(w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#"))
    return _WORDS


@dataclass(frozen=True)
class KnowledgeBase:
    entries: dict[str, KBEntry]
    aliases: dict[str, frozenset[str]] = field(default_factory=dict)  # norm_key(form) -> ids

    def lookup(self, surface: str) -> tuple[KBEntry, ...]:
        """Entries that `surface` names, honouring case-sensitive forms; sorted by id."""
        out = []
        for eid in sorted(self.aliases.get(norm_key(surface), ())):
            entry = self.entries[eid]
            if any(_form_matches(f, surface) for f in entry.forms):
                out.append(entry)
        return tuple(out)

    def surface_forms(self) -> Iterator[tuple[str, str, bool]]:
        """(form, entry id, case_sensitive) for every name and alias: input to a matcher."""
        for eid in sorted(self.entries):
            for form in self.entries[eid].forms:
                yield form, eid, is_case_sensitive(form)


def _form_matches(form: str, surface: str) -> bool:
    if norm_key(form) != norm_key(surface):
        return False
    return form == surface if is_case_sensitive(form) else True


def _parse(lines: Iterable[str], source: str) -> Iterator[KBEntry]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            d["type"] = EntityType(d["type"])
            d["aliases"] = tuple(d.get("aliases", ()))
            yield KBEntry(**d)
        except (ValueError, TypeError, KeyError) as err:
            raise ValueError(f"{source}:{n}: bad knowledge-base entry: {err}") from None


def load_kb(*, exclude: frozenset[str] = frozenset()) -> KnowledgeBase:
    """Load the shipped KB, dropping every entry with a name or alias whose norm_key is in `exclude`."""
    root = resources.files(__package__)
    entries: dict[str, KBEntry] = {}
    for name in DATA_FILES:
        f = root.joinpath(name)
        if not f.is_file():
            continue
        for entry in _parse(f.read_text(encoding="utf-8").splitlines(), name):
            if entry.id in entries:
                raise ValueError(f"{name}: duplicate knowledge-base id {entry.id}")
            if exclude and any(norm_key(x) in exclude for x in entry.forms):
                continue
            entries[entry.id] = entry
    aliases: dict[str, set[str]] = {}
    for eid, entry in entries.items():
        for form in entry.forms:
            aliases.setdefault(norm_key(form), set()).add(eid)
    return KnowledgeBase(entries, {k: frozenset(v) for k, v in aliases.items()})
