"""Type evidence for a candidate from its spelling and its neighbours, as (type, weight, rule) votes.

Morphology: "-Bench"/"-Eval"/"QA" name benchmarks, sizes and "-Instruct" name models, "-Net" or
"-Former" name architectures (methods). Context: a head noun after the name ("the X dataset"),
before it ("the benchmark X", "dataset, X"), or in an apposition ("X, a new benchmark for ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick

from kg.extract.lexicon import Lexicon
from kg.extract.mentions import _PREFIXES

Vote = tuple[str, float, str]


@dataclass(frozen=True, slots=True)
class Heads:
    """The lexicon's head nouns as one table, built once per extractor: phrase -> type (a benchmark
    head wins over a model head, a model head over a method head, as the rules ask in that order),
    and the last words of the phrases, so a word that ends none settles a test in one lookup."""

    type_of: dict[str, str]
    last: frozenset[str]
    first: ahocorasick.Automaton  # the phrases' first words, lowercased, found anywhere in a string

    @classmethod
    def of(cls, lex: Lexicon) -> Heads:
        type_of: dict[str, str] = {}
        for type_, phrases in (("method", lex.method_heads), ("model", lex.model_heads), ("benchmark", lex.benchmark_heads)):
            type_of.update(dict.fromkeys(sorted(phrases), type_))
        first = ahocorasick.Automaton()
        for word in sorted({p.split(" ", 1)[0].lower() for p in type_of}):
            first.add_word(word, word)
        first.make_automaton()
        return cls(type_of, frozenset(p.rsplit(" ", 1)[-1] for p in type_of), first)

    def may_hold(self, low: str) -> bool:
        """False when no head phrase can start at any word of the lowercased `low`."""
        return next(self.first.iter(low), None) is not None

_BENCH_SUFFIX = re.compile(r"(?:-?Bench|-?bench|Eval|-Eval|Arena|-Gym|Gym|-Hard|Set|Suite|QA|-QA|Instruct|Instructions)$")
_MODEL_MARK = re.compile(r"(?:GPT|BERT|LLaMA|Llama|LLM|LM|GLM|MLLM|VLM|Chat|Coder)(?![a-z])|(?:^|[-_ ])\d+(?:\.\d+)?B\b|-(?:Instruct|Chat|Base|it)$")
_METHOD_MARK = re.compile(r"(?:Net\d+|Net-\d+|Former|former|GNN|Tuning|Tune|Prompting|Attention|Mamba|Norm|Mixup|Decoding|Search|SGD|Adam|Opt)\d*$")
# What each pattern needs, tested first by plain string methods (most names have none of it); a
# name ending in a newline (where "$" also matches) or, for the method mark, holding non-ASCII
# digits goes to the pattern.
_BENCH_ENDS = ("Bench", "bench", "Eval", "Arena", "Gym", "Hard", "Set", "Suite", "QA", "Instruct", "Instructions", "\n")
_METHOD_ENDS = ("Net", "Net-", "Former", "former", "GNN", "Tuning", "Tune", "Prompting", "Attention", "Mamba", "Norm",
                "Mixup", "Decoding", "Search", "SGD", "Adam", "Opt")
_WORD = re.compile(r"[A-Za-z][\w\-]*")


def morphology(name: str) -> list[Vote]:
    votes: list[Vote] = []
    if name.endswith(_BENCH_ENDS) and (
        _BENCH_SUFFIX.search(name) and len(name) > 4 and not name.endswith("Instruct") or name.endswith("Instructions")
    ):
        votes.append(("benchmark", 3.5, "morph:benchmark-suffix"))
    if len(name) > 3:
        last = name.rsplit(" ", 1)[-1]
        # every alternative of the mark holds one of these ("LM", "Llama", "BERT", "7B", "-Base", "Chat", ...)
        if ("B" in last or "L" in last or "C" in last or "G" in last or "I" in last or "-it" in last) and _MODEL_MARK.search(last):
            votes.append(("model", 2.0, "morph:model-mark"))
        if (name.rstrip("0123456789").endswith(_METHOD_ENDS) or name.endswith("\n") or not name.isascii()) and _METHOD_MARK.search(name):
            votes.append(("method", 2.0, "morph:method-suffix"))
    return votes


def _head_type(words: list[str], heads: Heads) -> str | None:
    """The type named by the first one or two words, if they are a head noun."""
    if not words:
        return None
    one = words[0].lower()
    if len(words) > 1:
        t = heads.type_of.get(one + " " + words[1].lower())
        if t:
            return t
    return heads.type_of.get(one)


_GLOSS = re.compile(r"^\s*\([^()]{0,30}\)")
_MODIFIER_STOP = frozenset("on of in for with to by from and or the a an that which is are was were as at".split())


def right_head(text: str, end: int, heads: Heads) -> Vote | None:
    """ "GenVideo dataset", "ILSVRC-2012 validation set", "DeMamba module" (a bracketed gloss may sit between)."""
    if text[end : end + 1] not in (" ", "-"):
        return None  # the common case, decided without slicing
    rest = text[end : end + 60]
    if rest.startswith(" ("):
        rest = _GLOSS.sub("", rest, count=1)
    if not rest.startswith((" ", "-")) or rest.startswith("-based"):
        return None
    if not heads.may_hold(rest[:40].lower()):
        return None  # no word of the window opens a head phrase (two candidates in three)
    words = _WORD.findall(rest, 0, 40)[:3]
    for i in range(len(words)):
        if i and words[i - 1].lower() in _MODIFIER_STOP:
            break
        t = _head_type(words[i : i + 2], heads)
        if t:
            return (t, 3.0 if i == 0 else 2.0, "ctx:head-after")
        if words[i][0].isupper():
            break
    return None


_PREP_BEFORE = re.compile(r"\b(?:in|on|for|with|from|of|by|to|at|across|over|under|using)\s+(?:the\s+|a\s+|an\s+)?$")
_NEW_HEAD = re.compile(r"\b(?:new|novel|first|our)\s+(?:[\w\-]+\s+){0,4}?([a-z]+)(?:\s+(?:of|for|on)\s+[\w\-]+(?:\s+[\w\-]+){0,3})?,\s*$")


def new_head_before(text: str, start: int, heads: Heads) -> Vote | None:
    """ "a new corpus of generics, X" / "the first video detection dataset, X": typed and introduced."""
    before = text[start - 90 if start > 90 else 0 : start]
    if not before.rstrip().endswith(",") or not any(w in before for w in ("new ", "novel ", "first ", "our ")):
        return None
    m = _NEW_HEAD.search(before)
    if not m or (m.group(0).startswith("our") and _PREP_BEFORE.search(before, 0, m.start())):
        # "in our benchmark, GPT-4 ..." is a place, not an apposition
        return None
    t = heads.type_of.get(m.group(1).lower())
    return (t, 3.0, "intro:new-head") if t else None


_OWN_HEAD = {"challenge": "benchmark", "benchmark": "benchmark", "dataset": "benchmark", "corpus": "benchmark",
             "suite": "benchmark", "arena": "benchmark", "bench": "benchmark", "graph": None,
             "model": "model", "models": "model"}


def own_head(name: str, lex: Lexicon) -> Vote | None:
    """A multiword name that ends in its own head noun: "Winograd Schema Challenge", "Large Concept Model".

    A model head needs a coined word too: "Generative Language Models" names a class.
    """
    if " " not in name:
        return None
    t = _OWN_HEAD.get(name.rsplit(" ", 1)[-1].lower())
    if t == "model" and all(lex.is_word(w) or lex.is_generic(w) or w.lower() in _PREFIXES
                            for w in re.split(r"[\s\-]+", name) if w):
        return None
    return (t, 2.5, "morph:own-head") if t else None


_NAMING_WORDS = frozenset(("named", "called", "dubbed", "termed", "coined"))
_DETERMINERS = frozenset(("the", "a", "an", "our", "new", "novel", "proposed", "this", "their", "its"))


def left_head(text: str, start: int, heads: Heads) -> Vote | None:
    """ "the benchmark X", "dataset, X", "our proposed model X", "a module named X": a head noun just before."""
    before = text[start - 60 if start > 60 else 0 : start].rstrip().rstrip("\"“").rstrip()
    words = before.rsplit(None, 4)[-4:]  # the last four words, as split()[-4:] gives them
    if not words:
        return None
    # a head phrase ends with the last word (or the one before a naming word): most candidates stop here
    w = words[-1] if words[-1].lower() not in _NAMING_WORDS else words[-2] if len(words) > 1 else ""
    if w.rstrip(",").lower() not in heads.last:
        return None
    cue = words[-1].endswith(",")
    if words[-1].lower() in _NAMING_WORDS:
        cue, words = True, words[:-1]
    words = [w.rstrip(",") for w in words]
    for n in (2, 1):
        if len(words) < n:
            continue
        t = heads.type_of.get(" ".join(words[-n:]).lower())
        if t:
            det = words[-n - 1].lower() if len(words) > n else ""
            if cue or det in _DETERMINERS:
                return (t, 2.5, "ctx:head-before")
            return None
    return None


_APPOS = re.compile(r"\)?\s*(?:\([^()]{0,40}\)\s*)?,\s+(?:a|an|the|our)\s+([^;.()]{0,120})")


def apposition(text: str, end: int, heads: Heads) -> tuple[Vote | None, bool]:
    """ "X, a new benchmark for ..." -> (benchmark vote, is_new). The first head noun decides."""
    m = _APPOS.match(text, end)
    if not m:
        return None, False
    words = _WORD.findall(m.group(1))[:12]
    new = any(w.lower() in ("new", "novel", "first") for w in words) or "introduced in this" in m.group(1)
    for i in range(len(words)):
        t = _head_type(words[i : i + 2], heads)
        if t:
            return (t, 3.0, "ctx:apposition"), new
    return None, new


def left_context(text: str, start: int, sentence: tuple[int, int], heads: Heads, lex: Lexicon) -> tuple[Vote | None, Vote | None]:
    """`(left_head(...), eval_context(...))`, both read from the word before `start`: when that word
    can open neither rule (no head noun, no "on", "the", naming word or tuning verb: 19 candidates
    in 20), both are None, decided from one slice instead of two rules' own slices and splits."""
    b = text[start - 60 if start > 60 else 0 : start]
    tail = b.rsplit(None, 1)
    if not tail:
        return None, None  # no word before: both rules give None
    t = tail[-1]
    low = t.lower()
    if (t[-1] not in "\"“" and len(b) - len(b.rstrip()) + len(t) <= 40  # the word ends both windows whole
            and low not in _LEFT_OPENERS and not low.startswith(_TUNE_PREFIXES) and low.rstrip(",") not in heads.last):
        return None, None
    return left_head(text, start, heads), eval_context(text, start, sentence, lex)


_TUNE_PREFIXES = ("fine-tun", "finetun", "prompt", "distill", "query", "querying", "instruct-tun", "pre-train", "pretrain")
_EVAL_WORDS = ("evaluat", "experiment", "accuracy", "achiev", "outperform", "result", "perform", "test",
               "state-of-the-art", "score", "%")


# Last words before a name that `left_head` or `eval_context` read on (lowercased)
_LEFT_OPENERS = frozenset(("the", "on", *_NAMING_WORDS))
_BASED = frozenset(("built", "based", "relies", "rely", "relying", "depends", "depend", "builds", "focus", "focuses"))


def eval_context(text: str, start: int, sentence: tuple[int, int], lex: Lexicon) -> Vote | None:
    """ "on X" in a sentence about experiments is weak evidence for a benchmark; "fine-tune X" for a model.

    `sentence` is the (start, end) span of the mention's sentence in `text`, read only after "on".
    """
    words = text[start - 40 if start > 40 else 0 : start].rsplit(None, 2)[-2:]  # as split()[-2:]
    if not words:
        return None
    if words[-1] == "the" and len(words) > 1:
        words = words[:-1]
    last = words[-1].lower()
    if last == "on" and (len(words) < 2 or words[-2].lower() not in _BASED):  # "built on X" names a basis
        low = text[sentence[0] : sentence[1]].lower()
        if any(c in low for c in _EVAL_WORDS):
            return ("benchmark", 2.0, "ctx:on-eval")
    elif last.startswith(_TUNE_PREFIXES):
        return ("model", 1.5, "ctx:tuned")
    return None
