"""Type evidence for a candidate from its spelling and its neighbours, as (type, weight, rule) votes.

Morphology: "-Bench"/"-Eval"/"QA" name benchmarks, sizes and "-Instruct" name models, "-Net" or
"-Former" name architectures (methods). Context: a head noun after the name ("the X dataset"),
before it ("the benchmark X", "dataset, X"), or in an apposition ("X, a new benchmark for ...").
"""

from __future__ import annotations

import re

from kg.extract.lexicon import Lexicon

Vote = tuple[str, float, str]

_BENCH_SUFFIX = re.compile(r"(?:-?Bench|-?bench|Eval|-Eval|Arena|-Gym|Gym|-Hard|Set|Suite|QA|-QA|Instruct|Instructions)$")
_MODEL_MARK = re.compile(r"(?:GPT|BERT|LLaMA|Llama|LLM|LM|GLM|MLLM|VLM|Chat|Coder)(?![a-z])|(?:^|[-_ ])\d+(?:\.\d+)?[BM]\b|-(?:Instruct|Chat|Base|it)$")
_METHOD_MARK = re.compile(r"(?:Net\d+|Net-\d+|Former|former|GNN|Tuning|Tune|Prompting|Attention|Mamba|Norm|Mixup|Decoding|Search|SGD|Adam|Opt)\d*$")
_WORD = re.compile(r"[A-Za-z][\w\-]*")


def morphology(name: str) -> list[Vote]:
    votes: list[Vote] = []
    if _BENCH_SUFFIX.search(name) and len(name) > 4 and not name.endswith("Instruct") or name.endswith("Instructions"):
        votes.append(("benchmark", 2.5, "morph:benchmark-suffix"))
    if _MODEL_MARK.search(name) and len(name) > 3:
        votes.append(("model", 2.0, "morph:model-mark"))
    if _METHOD_MARK.search(name) and len(name) > 3:
        votes.append(("method", 2.0, "morph:method-suffix"))
    return votes


def _head_type(words: list[str], lex: Lexicon) -> str | None:
    """The type named by the first one or two words, if they are a head noun."""
    if not words:
        return None
    two = " ".join(words[:2]).lower()
    one = words[0].lower()
    for phrase in (two, one):
        if phrase in lex.benchmark_heads:
            return "benchmark"
        if phrase in lex.model_heads:
            return "model"
        if phrase in lex.method_heads:
            return "method"
    return None


_MODIFIER_STOP = frozenset("on of in for with to by from and or the a an that which is are was were as at".split())


def right_head(text: str, end: int, lex: Lexicon) -> Vote | None:
    """ "GenVideo dataset", "ILSVRC-2012 validation set", "DeMamba module" (a bracketed gloss may sit between)."""
    rest = text[end : end + 60]
    rest = re.sub(r"^\s*\([^()]{0,30}\)", "", rest)
    if not rest.startswith((" ", "-")) or rest.startswith("-based"):
        return None
    words = _WORD.findall(rest[:50])[:3]
    for i in range(len(words)):
        if i and words[i - 1].lower() in _MODIFIER_STOP:
            break
        t = _head_type(words[i : i + 2], lex)
        if t:
            return (t, 3.0 if i == 0 else 2.0, "ctx:head-after")
        if words[i][0].isupper():
            break
    return None


_NEW_HEAD = re.compile(r"\b(?:new|novel|first|our)\s+(?:[\w\-]+\s+){0,4}?([a-z]+)(?:\s+(?:of|for|on)\s+[\w\-]+(?:\s+[\w\-]+){0,3})?,\s*$")


def new_head_before(text: str, start: int, lex: Lexicon) -> Vote | None:
    """ "a new corpus of generics, X" / "the first video detection dataset, X": typed and introduced."""
    m = _NEW_HEAD.search(text[max(0, start - 90) : start])
    if not m:
        return None
    t = _head_type([m.group(1)], lex)
    return (t, 3.0, "intro:new-head") if t else None


_OWN_HEAD = {"challenge": "benchmark", "benchmark": "benchmark", "dataset": "benchmark", "corpus": "benchmark",
             "suite": "benchmark", "arena": "benchmark", "bench": "benchmark", "graph": None,
             "model": "model", "models": "model"}


def own_head(name: str) -> Vote | None:
    """A multiword name that ends in its own head noun: "Winograd Schema Challenge", "Large Concept Model"."""
    if " " not in name:
        return None
    t = _OWN_HEAD.get(name.rsplit(" ", 1)[-1].lower())
    return (t, 2.5, "morph:own-head") if t else None


_LEFT = re.compile(r"(?:\b(?:the|a|an|our|new|novel|its|their|this)\s+)?((?:[\w\-]+\s+){0,1}[\w\-]+)(,|\s+(?:named|called|dubbed|termed|coined))?\s*[\"“]?$")


def left_head(text: str, start: int, lex: Lexicon) -> Vote | None:
    """ "the benchmark X", "dataset, X", "a module named X": a head noun just before the name."""
    before = text[max(0, start - 60) : start]
    m = _LEFT.search(before)
    if not m:
        return None
    words = m.group(1).split()
    for cand in (words[-1:], words[-2:]):
        t = _head_type(cand, lex) if cand else None
        if t:
            if not m.group(2) and not re.search(r"\b(?:the|a|an|our|new|novel)\s+" + re.escape(m.group(1)) + r"\s*$", before):
                return None
            return (t, 2.5, "ctx:head-before")
    return None


_APPOS = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?,\s+(?:a|an|the|our)\s+([^,;.()]{0,120})")


def apposition(text: str, end: int, lex: Lexicon) -> tuple[Vote | None, bool]:
    """ "X, a new benchmark for ..." -> (benchmark vote, is_new). The first head noun decides."""
    m = _APPOS.match(text, end)
    if not m:
        return None, False
    words = _WORD.findall(m.group(1))[:12]
    new = any(w.lower() in ("new", "novel", "first") for w in words) or "introduced in this" in m.group(1)
    for i in range(len(words)):
        t = _head_type(words[i : i + 2], lex)
        if t:
            return (t, 3.0, "ctx:apposition"), new
    return None, new


_ON = re.compile(r"(?:\b(?:on|across|over|in)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?|,\s+|\band\s+|\bor\s+)$")
_FINETUNE = re.compile(r"\b(?:fine-?tun\w*|prompt\w*|distill\w*|querying|query|instruct-?tun\w*|pre-?train\w*|finetun\w*)\s+(?:the\s+)?$", re.I)


def eval_context(text: str, start: int, sentence: str, lex: Lexicon) -> Vote | None:
    """ "on X" in a sentence about experiments is weak evidence for a benchmark."""
    before = text[max(0, start - 40) : start]
    if re.search(r"\bon\s+(?:the\s+)?$", before):
        low = sentence.lower()
        if any(c in low for c in ("evaluat", "experiment", "accuracy", "achiev", "outperform", "result", "perform",
                                   "test", "state-of-the-art", "score", "%")):
            return ("benchmark", 2.0, "ctx:on-eval")
    if _FINETUNE.search(before):
        return ("model", 1.5, "ctx:tuned")
    return None
