"""The curated knowledge base: well-known benchmarks, models, methods and tasks with aliases.

Two tables, as in scispacy: `entries` (id -> KBEntry) and `aliases` (norm_key of a form -> ids).
The data is reviewed JSONL shipped in this folder (one file per type, format in README.md),
loaded when an extractor is built, never at import.

Rules the data and this loader keep:
- Case: short (<= 4 characters), all-capital and dictionary-word forms match only with the same
  letter case (MATH is not "math", CLIP is not "clip").
- Spelling: `lookup` ignores punctuation and spacing ("GSM-8K" is "GSM8K"); `surface_forms` gives a
  literal matcher each form with spaces and hyphens swapped ("Llama-2", "Llama 2") and in plain
  ASCII, so the data lists only spellings that differ otherwise ("GSM8K" and "GSM-8K" both).
- Concepts: an entry marked `concept` (dropout, beam search) offers matchers only its coined forms
  ("CNN", "BatchNorm"); its descriptions stay known to `lookup`.
- Shared names: when one form names several entries, `KnowledgeBase.pick` takes the entry with the
  highest `priority`, then the type earlier in `TYPE_ORDER`, then the smaller id. Every form shared
  by entries of different types must be settled by `priority` (a reviewed choice, checked by a test),
  never by the type order alone.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources

from kg.errors import InputError
from kg.model import EntityType
from kg.text import norm_key

DATA_FILES = (
    "benchmarks.jsonl",
    "models.jsonl",
    "methods.jsonl",
    "tasks.jsonl",
    "organizations.jsonl",
    "metrics.jsonl",
)
# Fallback order for a form shared by entries of equal priority: the more specific kind of name first.
TYPE_ORDER = ("benchmark", "model", "method", "task", "metric", "organization", "repository", "url")
_FIELDS = (
    "id",
    "type",
    "name",
    "aliases",
    "family",
    "organization",
    "year",
    "modality",
    "area",
    "homepage",
    "priority",
    "concept",
    "source",
)
_SEP = re.compile(r"[\s\-_/]+")
_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")
_PLAIN = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)


class KBDataError(InputError, ValueError):
    """A malformed knowledge-base data file (names the file and line)."""


@dataclass(frozen=True, slots=True)
class KBEntry:
    """One real thing the field knows by name."""

    id: str  # "<type>/<slug>", unique across the KB
    type: EntityType
    name: str  # canonical spelling
    aliases: tuple[str, ...] = ()  # other spellings, long forms
    family: str | None = None  # id of the family entry (Llama-2-7B -> model/llama-2)
    organization: str | None = None  # name of an organization entry
    year: int | None = None
    modality: str | None = None  # text, vision, speech, multimodal, ...
    area: str | None = None  # task area: nlp, vision, speech, rl, theory, ...
    homepage: str | None = None
    source: str = "curated"  # where the entry comes from (and its license, when harvested)
    priority: int = 0  # settles a form shared with other entries: the higher wins
    concept: bool = (
        False  # a class of technique named by a description (dropout, beam search), not a coined name
    )

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


def is_coined(form: str) -> bool:
    """A made-up name rather than a description: a digit, or a capital inside a word (CNN, RoPE, BatchNorm)."""
    return any(c.isdigit() for c in form) or any(any(c.isupper() for c in w[1:]) for w in _SEP.split(form))


def case_key(text: str) -> str:
    """Letters and digits with their case kept: spellings of a case-sensitive form meet here."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKD", text))


def variants(form: str) -> tuple[str, ...]:
    """Spacing variants of a form, the form first: "Llama-2" -> "Llama 2"; "Tülu" -> "Tulu".

    Separators (space, hyphen, underscore, slash) are swapped for a space or a hyphen; accented and
    typographic forms also come in plain ASCII. Separators are never dropped: the data lists joined
    spellings that are really written ("GSM8K", "Llama2"); generating them for every name
    ("SelfPlay", "Llama27B") cost precision when measured.
    """
    out = [form]
    folded = _fold(form)
    for f in (form, folded) if folded != form else (form,):
        parts = [p for p in _SEP.split(f) if p]
        if f != form:
            out.append(f)
        if len(parts) < 2 or len(parts) > 6:
            continue
        out += [" ".join(parts), "-".join(parts)]
    return tuple(dict.fromkeys(out))


def _fold(form: str) -> str:
    """The plain-ASCII spelling of a form: "Tülu" -> "Tulu", "DALL·E" -> "DALLE", curly quotes straight."""
    text = unicodedata.normalize("NFKD", form.translate(_PLAIN))
    return "".join(c for c in text if c.isascii()) if any(c.isalnum() for c in text if c.isascii()) else form


_WORDS: frozenset[str] | None = None


def _common_words() -> frozenset[str]:
    global _WORDS
    if _WORDS is None:
        text = resources.files(__package__).joinpath("common_words.txt").read_text(encoding="utf-8")
        _WORDS = frozenset(
            w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#")
        )
    return _WORDS


@dataclass(frozen=True)
class KnowledgeBase:
    entries: dict[str, KBEntry]
    aliases: dict[str, frozenset[str]] = field(default_factory=dict)  # norm_key(form) -> ids

    @classmethod
    def of(cls, entries: Iterable[KBEntry]) -> KnowledgeBase:
        """A KB over `entries` with its alias table built (ids must be unique)."""
        table = {e.id: e for e in entries}
        aliases: dict[str, set[str]] = {}
        for eid, entry in table.items():
            for form in entry.forms:
                aliases.setdefault(norm_key(form), set()).add(eid)
        return cls(table, {k: frozenset(v) for k, v in aliases.items()})

    def lookup(self, surface: str) -> tuple[KBEntry, ...]:
        """Entries that `surface` names, honouring case-sensitive forms; sorted by id.

        An entry spelling `surface` exactly (up to case and spacing) beats one that only meets it
        under norm_key, which drops symbols: "HumanEval+" names HumanEval+, not HumanEval.
        """
        candidates = (self.entries[eid] for eid in sorted(self.aliases.get(norm_key(surface), ())))
        found = [e for e in candidates if any(_form_matches(f, surface) for f in e.forms)]
        spelled = _spelling(surface)
        exact = [e for e in found if any(spelled == _spelling(v) for f in e.forms for v in variants(f))]
        return tuple(exact or found)

    def pick(self, ids: Iterable[str]) -> str:
        """The one id a shared form stands for: highest priority, then TYPE_ORDER, then smallest id."""
        return min(ids, key=self._rank)

    def resolve(self, surface: str) -> KBEntry | None:
        """The entry `surface` names after settling shared forms by `pick`; None if it names none."""
        found = self.lookup(surface)
        return self.entries[self.pick(e.id for e in found)] if found else None

    def unsettled(self) -> list[tuple[str, str, str]]:
        """(form, entry id, id it resolves to instead) for every form whose entry loses it without a
        higher `priority` deciding so: shared names the data has not yet reviewed. Empty when sound."""
        out = []
        for eid in sorted(self.entries):
            entry = self.entries[eid]
            for form in entry.forms:
                won = self.resolve(form)
                if won is None or (won.id != eid and won.priority <= entry.priority):
                    out.append((form, eid, won.id if won else ""))
        return out

    def surface_forms(
        self, *, spacing: bool = True, descriptive: bool = False
    ) -> Iterator[tuple[str, str, bool]]:
        """(form, entry id, case_sensitive) for every name and alias: input to a matcher.

        With `spacing`, each form also comes in its spacing variants ("Llama-2", "Llama 2"), so a
        literal matcher meets the spellings that norm_key already treats as one. A `concept`
        entry gives only its coined forms ("CNN", "BatchNorm", not "convolutional neural
        networks" or "dropout") unless `descriptive`: a description names a kind of technique
        every paper uses, not a method a paper can be linked to; `lookup` still knows every form.
        """
        for eid in sorted(self.entries):
            entry = self.entries[eid]
            seen: set[str] = set()
            for form in entry.forms:
                if entry.concept and not descriptive and not is_coined(form):
                    continue
                for v in variants(form) if spacing else (form,):
                    if v not in seen:
                        seen.add(v)
                        yield v, eid, is_case_sensitive(form) or is_case_sensitive(v)

    def _rank(self, eid: str) -> tuple[int, int, str]:
        e = self.entries[eid]
        return (-e.priority, TYPE_ORDER.index(e.type.value), eid)


def _spelling(text: str) -> str:
    """Lowercase with spacing dropped but symbols kept: "HumanEval +" -> "humaneval+"."""
    return _SEP.sub("", text).lower()


def _form_matches(form: str, surface: str) -> bool:
    if norm_key(form) != norm_key(surface):
        return False
    return case_key(form) == case_key(surface) if is_case_sensitive(form) else True


def _parse(lines: Iterable[str], source: str) -> Iterator[KBEntry]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            unknown = set(d) - set(_FIELDS)
            if unknown:
                raise ValueError(f"unknown field(s) {sorted(unknown)}")
            d["type"] = EntityType(d["type"])
            d["aliases"] = tuple(d.get("aliases", ()))
            yield KBEntry(**d)
        except (ValueError, TypeError, KeyError) as err:
            raise KBDataError(f"bad knowledge-base entry: {err}", file=source, line=n) from None


def load_kb(*, exclude: Iterable[str] = frozenset()) -> KnowledgeBase:
    """Load the shipped KB, dropping every entry that has a name or alias in `exclude`.

    `exclude` is compared on letters and digits, case-insensitively (norm_key), so raw names
    and already-normalised keys both work.
    """
    drop = {norm_key(x) for x in exclude}
    root = resources.files(__package__)
    entries: dict[str, KBEntry] = {}
    for name in DATA_FILES:
        f = root.joinpath(name)
        if not f.is_file():
            continue
        lines = f.read_text(encoding="utf-8").splitlines()
        for entry in _parse(lines, name):
            if entry.id in entries:
                line = next(i for i, ln in enumerate(lines, 1) if f'"id": "{entry.id}"' in ln)
                raise KBDataError(f"duplicate knowledge-base id {entry.id}", file=name, line=line)
            entries[entry.id] = entry
    return KnowledgeBase.of(e for e in entries.values() if not any(norm_key(x) in drop for x in e.forms))
