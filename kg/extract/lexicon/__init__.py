"""General linguistic resources of the extractor: cue words, generic terms, an English word list.

These are vocabulary of English and of the field ("benchmark", "propose", "LLMs"), never names
of particular benchmarks or models: those live in the knowledge base (`kg.extract.kb`).
Loaded when an extractor is built, never at import.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from importlib import resources

# Regular inflections `is_word` folds: (suffix, what replaces it on the lemma).
_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                ("ing", "e"), ("ers", ""), ("er", ""), ("ly", ""))
_INFLECTION_ENDS = tuple(sorted({suffix for suffix, _ in _INFLECTIONS}))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word sets the rules consult; every set is lowercase unless its name says otherwise."""

    generic: frozenset[str]  # exact-case generic terms (LLMs, RL, SOTA)
    english: frozenset[str]  # lowercase English lemmas (WordNet)
    benchmark_heads: frozenset[str]
    model_heads: frozenset[str]
    method_heads: frozenset[str]
    intro_verbs: frozenset[str]
    naming_verbs: tuple[str, ...]
    eval_cues: frozenset[str]
    mention_cues: tuple[str, ...]
    use_verbs: frozenset[str]
    compare_cues: tuple[str, ...]
    title_benchmark_words: frozenset[str]
    title_model_words: frozenset[str]
    suffix_adjectives: frozenset[str]
    metrics: tuple[str, ...]  # exact spellings, longest first
    task_heads: frozenset[str]
    areas: tuple[tuple[str, frozenset[str]], ...]
    # `generic` and each of its terms plus "s": what `is_generic` accepts, as one set (built here)
    generic_forms: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "generic_forms", self.generic | frozenset(g + "s" for g in self.generic))

    def is_word(self, token: str) -> bool:
        """True when `token` (any case) is an English word or a regular inflection of one."""
        w = token.lower()
        if w in self.english:
            return True
        if not w.endswith(_INFLECTION_ENDS):
            return False  # no inflection can end it: most names ("ResNet50", "LoRA") stop here
        for suffix, repl in _INFLECTIONS:
            if w.endswith(suffix) and len(w) > len(suffix) + 2 and (w[: -len(suffix)] + repl) in self.english:
                return True
        return False

    def is_generic(self, name: str) -> bool:
        """Generic class names of the field: "LLMs", "RL", "SOTA" (exact case, plural folded)."""
        return name in self.generic_forms  # `name in generic or (name.endswith("s") and name[:-1] in generic)`


def _lines(name: str) -> list[str]:
    raw = resources.files(__package__).joinpath(name).read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return [ln.strip() for ln in raw.decode("utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


def load_lexicon() -> Lexicon:
    """Read the shipped lexicon files (about 30 ms; done once per extractor)."""
    cues = json.loads(resources.files(__package__).joinpath("cues.json").read_text(encoding="utf-8"))
    low = {k: frozenset(v) for k, v in cues.items() if isinstance(v, list)}
    return Lexicon(
        generic=frozenset(_lines("generic.txt")),
        english=frozenset(_lines("english.txt.gz")) | frozenset(w for ln in _lines("function_words.txt") for w in ln.split()),
        benchmark_heads=low["benchmark_heads"],
        model_heads=low["model_heads"],
        method_heads=low["method_heads"],
        intro_verbs=low["intro_verbs"],
        naming_verbs=tuple(sorted(cues["naming_verbs"], key=lambda s: (-len(s), s))),
        eval_cues=low["eval_cues"],
        mention_cues=tuple(sorted(cues["mention_cues"], key=lambda s: (-len(s), s))),
        use_verbs=low["use_verbs"],
        compare_cues=tuple(sorted(cues["compare_cues"], key=lambda s: (-len(s), s))),
        title_benchmark_words=low["title_benchmark_words"],
        title_model_words=low["title_model_words"],
        suffix_adjectives=low["suffix_adjectives"],
        metrics=tuple(sorted(cues["metrics"], key=lambda s: (-len(s), s))),
        task_heads=low["task_heads"],
        areas=tuple((k, frozenset(v)) for k, v in sorted(cues["areas"].items())),
    )
