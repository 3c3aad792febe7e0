"""Surface forms: the keys under which spellings of one name meet, and family (variant) stripping.

Case, punctuation and spacing variants meet (CIFAR10 / CIFAR-10, Stable-Diffusion / Stable
Diffusion), except that short, all-capital and dictionary-word forms compare case-sensitively
(MATH the dataset is not the word "math"). Sizes, versions and tunings are not spellings: they
name a variant, linked to its family rather than merged (Llama-2-7B -> Llama 2).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.extract.kb import is_case_sensitive
from kg.text import norm_key

_NON_ALNUM_CASED = re.compile(r"[^0-9A-Za-z]+")
# "GPT-4V(ision)", "GPT-4V(ision": a parenthesis glued to a word completes it; drop it for a form.
_GLUED_PAREN = re.compile(r"(?<=\S)\([^()\s]*\)?(?=$|\W)")
# One trailing variant marker: a tuning (-Instruct), a size (-7B, 8x7B, 350M) or a version (2.5, v2).
_VARIANT_SUFFIX = re.compile(
    r"(?:[-_ ](?:instruct|chat|base|it|hf|sft|dpo|rlhf|preview|distill|turbo)"
    r"|[-_ ]?(?:\d+x)?\d+(?:\.\d+)?[bmkt]"
    r"|[-_ ]?v?\d+(?:\.\d+)*)$",
    re.IGNORECASE,
)


def is_strict(form: str) -> bool:
    """Short, all-capital or dictionary-word forms only meet the same letters in the same case."""
    return is_case_sensitive(form.strip())


def cased_key(form: str) -> str:
    """Letters and digits only, case kept: CIFAR-10 and CIFAR10 meet, MATH and Math do not."""
    return _NON_ALNUM_CASED.sub("", unicodedata.normalize("NFKD", form))


@lru_cache(maxsize=1 << 20)  # names repeat across papers; 100,000 papers have about 330,000 forms
def form_key(form: str) -> str:
    """The key of one surface form: case-sensitive for strict forms, case-folded otherwise."""
    if is_strict(form):
        return "=" + cased_key(form)
    return norm_key(form)


_WORD = re.compile(r"[0-9a-z]+")
_GLUE_WORDS = frozenset({"a", "an", "and", "for", "in", "of", "on", "the", "to", "with", "via"})


@lru_cache(maxsize=1 << 16)
def expansion_key(long_form: str) -> str:
    """What tells two expansions of one acronym apart: the stems of their content words, so that
    "Low-Rank Adaptation" and "low-rank adapters" are one meaning and "AI2 Reasoning Challenge" and
    "Abstraction and Reasoning Corpus" two.

    >>> expansion_key("Low-Rank Adaptation") == expansion_key("low-rank adapters")
    True
    """
    words = _WORD.findall(unicodedata.normalize("NFKD", long_form).lower())
    return " ".join(w[:5] for w in words if w not in _GLUE_WORDS)


@lru_cache(maxsize=1 << 20)
def variants(form: str) -> tuple[str, ...]:
    """The form and its spelling variants: "GPT-4V(ision)" also as "GPT-4V"."""
    bare = _GLUED_PAREN.sub("", form).strip()
    return (form,) if not bare or bare == form else (form, bare)


def family_candidates(name: str) -> list[str]:
    """Names of the families `name` may be a variant of, nearest first.

    >>> family_candidates("Llama-2-7B-Chat")
    ['Llama-2-7B', 'Llama-2', 'Llama']
    >>> family_candidates("Mistral-7B-Instruct")
    ['Mistral-7B', 'Mistral']
    """
    out: list[str] = []
    current = name.strip()
    while True:
        stripped = _VARIANT_SUFFIX.sub("", current).rstrip(" -_")
        if stripped == current or len(norm_key(stripped)) < 2 or not any(c.isalpha() for c in stripped):
            return out
        out.append(stripped)
        current = stripped
