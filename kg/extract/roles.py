"""Roles of each entity in the paper's own work, and the quantitative claims it reports.

A benchmark is `evaluates_on` unless every sentence naming it cites it as others' work
("datasets such as A (Author, 2018)", "existing benchmarks like B", "without using C"); a model
is `uses_model` under the same test; "outperforms X" adds `compares_with`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.lexicon import Lexicon

_CITATION_AFTER = re.compile(r"\s*\((?:[A-Z][\w\-]+(?: et al\.| and [A-Z][\w\-]+)?,? (?:19|20)\d\d[a-z]?|\[\d+\])")
_OWN_WORK_WORDS = re.compile(
    r"\b(?:we|We|our|Our|experiments?|evaluat\w*|results?|achiev\w*|outperform\w*|surpass\w*|accuracy|"
    r"[Ff]ine-?[Tt]un\w*|trained|train|test\w*|benchmark\w*|improv\w*|demonstrat\w*|show\w*|perform\w*|"
    r"state-of-the-art|SOTA|baselines?)\b"
)
_OWN_WORK = re.compile(_OWN_WORK_WORDS.pattern + "|%")  # a sentence holds a match of it exactly when it holds
# "%" or a match of the words alone; the words alone search about 20% faster (no "%" tried at each position)
_COMPARE = re.compile(
    r"\b(?:outperform\w*|surpass\w*|beat\w*|compared (?:to|with)|than|over|versus|vs\.?|rival\w*|exceed\w*|"
    r"baselines?(?: such as| including| like)?|competitive with|on par with|matches|matching)\b[^.;]{0,80}$"
)


_BRACKETED = re.compile(r"\([^()]*\)")
_NEAR_CUES = ("such as", "e.g.", "e.g.,", "for example", "for instance", "like", "including", "i.e.", "without",
              "unlike", "instead of")
_RESULTISH = re.compile(r"\b(?:outperform\w*|surpass\w*|compared|than|achiev\w*|scor\w*|accuracy)\b|\d%|\(\d")
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")


def sentence_flags(text: str, sentence: tuple[int, int]) -> tuple[bool, bool, bool]:
    """(authors' voice, a result, own-work words) of one sentence."""
    sent = text[sentence[0] : sentence[1]]
    return (_WE.search(sent) is not None, _RESULTISH.search(sent) is not None, _OWN_WORK.search(sent) is not None)


# A literal every match of the pattern contains: without one, the pattern cannot match.
_WE_LITERALS = ("we", "We", "our", "Our", "us", "Us")
_RESULTISH_LITERALS = ("outperform", "surpass", "compared", "than", "achiev", "scor", "accuracy", "%", "(")


class SentenceFlags:
    """`sentence_flags` of one sentence, each flag read only when a rule asks for it.

    Most mentions are settled before the authors' voice or the result words matter, and the
    result pattern (14 us a sentence) is tried only when one of its literals is in the sentence.
    """

    __slots__ = ("_own", "_results", "_sent", "_voice")

    def __init__(self, text: str, sentence: tuple[int, int]) -> None:
        self._sent = text[sentence[0] : sentence[1]]
        self._voice: bool | None = None
        self._results: bool | None = None
        self._own: bool | None = None

    @property
    def own_voice(self) -> bool:
        if self._voice is None:
            s = self._sent
            self._voice = any(w in s for w in _WE_LITERALS) and _WE.search(s) is not None
        return self._voice

    @property
    def results(self) -> bool:
        if self._results is None:
            s = self._sent
            self._results = any(w in s for w in _RESULTISH_LITERALS) and _RESULTISH.search(s) is not None
        return self._results

    @property
    def own_work(self) -> bool:
        if self._own is None:
            s = self._sent
            self._own = "%" in s or _OWN_WORK_WORDS.search(s) is not None  # `_OWN_WORK.search(s) is not None`
        return self._own


def cited_only(text: str, start: int, end: int, sentence: tuple[int, int], lex: Lexicon,
               flags: SentenceFlags | None = None) -> bool | None:
    """True when this mention cites others' work, False when it is the paper's own, None if unclear.

    `flags` (a `SentenceFlags` of the sentence) lets a caller read each sentence once for all its
    mentions; the cheap tests of each rule run before the flags they need.
    """
    s, e = sentence
    if text.startswith(_STYLE_TAILS, end):
        return True  # "Contriever-style pre-training": a kind of thing named after X, not X
    if _CITATION_AFTER.match(text, end, end + 40):
        # "StepCheck is trained on ... PRM800K (Lightman et al., 2023)": the authors' own data, cited
        own = _OWN_TRAINING.search(text, max(s, start - 120), start)
        return own is None or _OTHERS_SUBJECT.search(text, s, own.start()) is not None
    before = text[s:start]
    if "(" in before:
        before = _BRACKETED.sub("", before)
    before = before.lower()
    if _contains_any(before[-80:], _OTHERS_LITERALS) and _others_clause(before):
        return True  # (`_others_clause` makes the same literal test first: most sentences hold none)
    if flags is None:
        flags = SentenceFlags(text, sentence)
    if len(before) < 110 and _SUBJECT_EXAMPLES.match(before) and not flags.own_voice:
        return True  # "Chart benchmarks such as A and B mostly ask ...": the examples open the sentence
    if _contains_any(before[-45:], _NEAR_CUES) and not flags.own_voice and not flags.results:
        return True
    if flags.own_work:
        return False
    if _contains_any(before, lex.mention_cues):
        return True
    return None


def _contains_any(text: str, words: tuple[str, ...]) -> bool:
    """`any(w in text for w in words)` without a generator frame per call."""
    for w in words:
        if w in text:
            return True
    return False


_STYLE_TAILS = ("-style", "-like", "-inspired", "-esque")
_OWN_TRAINING = re.compile(
    r"(?:\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:trained|fine-?tuned|pre-?trained|distilled|built)|"
    r"\b[Ww]e\s+(?:\w+\s+)?(?:train|fine-?tune|pre-?train|distill|build|construct))\b[^.;()]{0,80}?"
    r"\b(?:on|from|with|using)\b[^.;()]{0,60}$"
)
_OTHERS_SUBJECT = re.compile(r"\b(?:[Pp]rior|[Ee]xisting|[Pp]revious|[Ee]arlier|[Mm]any|[Mm]ost|[Rr]ecent|[Tt]heir|[Tt]hey)\b")
# Others' work, whatever the rest of the sentence says: "unlike X", "as in X", "popularized by X
# and Y", "approaching X", "a 49% rate reported on X". The cue governs the name: between them
# only a short noun phrase or a list ("such as A, B and C").
_OTHERS_CUE = re.compile(
    r"\b(?:unlike|as in|as done in|popularized by|popularised by|pioneered by|approaching|reported (?:on|in|by)|"
    r"introduced by|proposed by)\s+"
)
_LIST_TAIL = re.compile(r"^(?:[^,.;:]{0,40}?)(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[^,.;:\s][^,.;:]{0,30}?)*$")


_SUBJECT_EXAMPLES = re.compile(
    r"^\s*(?:[\w\-]+\s+){0,4}(?:benchmarks|datasets|models|methods|systems|suites|corpora|llms)\s+"
    r"(?:such as|like|including|e\.g\.,?)\s+[^,;:]*(?:,\s*(?:and\s+|or\s+)?[^,;:]*)*$"
)


# A literal every `_OTHERS_CUE` match holds: without one the cue pattern is not run.
_OTHERS_LITERALS = ("unlike", "as in", "as done in", "populari", "pioneered by", "approaching", "reported ",
                    "introduced by", "proposed by")


def _others_clause(before: str) -> bool:
    """True when a citing cue governs the name at the end of `before` (lowercased, brackets removed)."""
    tail = before[-80:]
    if not _contains_any(tail, _OTHERS_LITERALS):
        return False
    cue = None
    for cue in _OTHERS_CUE.finditer(tail):
        pass
    if cue is None:
        return False
    between = tail[cue.end() :]
    return len(between.split()) <= 8 and _LIST_TAIL.match(between) is not None and " we " not in f" {between} "


# Every match of `_COMPARE` holds one of these literals. After its cue word a match reads at most
# 80 characters (plus a final newline for `$`), and a cue is either at most 19 characters
# ("baselines including") or one run of word characters ("outperforming"). So a match starts
# within the window's last 100 characters or at the start of the word run that crosses that
# point: reading from there (a word start, where `\b` is what it is in the whole window) finds
# a match exactly when the whole window holds one.
_COMPARE_LITERALS = ("outperform", "surpass", "beat", "compared", "than", "over", "versus", "vs", "rival",
                     "exceed", "baseline", "competitive with", "on par with", "match")
_COMPARE_SPAN = 101


def compared(text: str, start: int, sentence: tuple[int, int]) -> bool:
    """True when the mention is the object of a comparison ("outperforms X", "better than X")."""
    lo = max(sentence[0], start - _COMPARE_SPAN)
    while lo > sentence[0] and (text[lo - 1].isalnum() or text[lo - 1] == "_"):
        lo -= 1  # back to the start of the word run holding the cut
    window = text[lo:start]
    return _contains_any(window, _COMPARE_LITERALS) and _COMPARE.search(window) is not None


# A value is a whole token: never the "0.3" of "Mistral-7B-Instruct-v0.3", the "2.5" of "Qwen2.5" or
# the "6.7" of "-6.7B"; "3.4x" (a speedup) is a value.
_VALUE = (r"(?<![\w.\-+])([+\-]?\d+(?:\.\d+)?\s?%|[+\-]?\d+\.\d+(?:x|×)?(?![\w.%]|-\w)"
          r"|\d{2,3}(?:\.\d+)?(?=\s*(?:points|pts|accuracy|F1|EM)))")
_VALUE_BEFORE = re.compile(
    _VALUE + r"\s*(?:\(([^()]{0,20})\)\s*)?(?:([A-Za-z@\-0-9]+(?:\s+[A-Za-z@\-0-9]+){0,3})\s+)?"
    r"(?:(?:on|in|for|at|of)\s+(?:the\s+)?|(?:over|across)\s+(?:the\s+)?(?:[A-Z][A-Za-z0-9\-]*\s+)?)$"
)
# "X: 71.3", "X (71.3)", "X of 71.3"; "on X from 12.4% to 7.9%" (the value reached, not the start);
# "a WikiText-2 perplexity of 5.60", "a VBench total score of 81.6%" (metric words in between)
_VALUE_AFTER = re.compile(
    r"^\s*(?:\(|:\s*|of\s+|with\s+|at\s+|(?:[A-Za-z\-]+\s+){0,2}(?:from\s+\S+\s+to|of)\s+"
    r"|(?:[a-z][\w\-]*\s+){1,2}(?:[A-Za-z@\-0-9]+\s+){0,2}(?:from\s+\S+\s+to|of)\s+)" + _VALUE
)


# "an FVD of 212 on UCF-101": a whole number after a metric's "of", right before the benchmark
_INT_BEFORE = re.compile(r"(?:\b[a-z]*[A-Z][A-Za-z0-9@\-]*|\bscore|\brate)\s+of\s+(\d{1,4})\s+(?:on|in|for)\s+(?:the\s+)?$")
# "On X captions, our schedule improves FID from 24.7 to 18.2"; "such as X, where Y reaches a success
# rate of 0.91": the clause after the benchmark states the value; no other "on/in Name" in between
_VALUE_CLAUSE = re.compile(
    r"^(?:\s+[a-z][\w\-]*){0,2},\s+(?:where\s+)?(?:(?!\b(?:on|in)\s+[A-Z])[^;:.%])" r"{0,80}?"
    r"\b(?:reach\w*|achiev\w*|obtain\w*|attain\w*|improv\w*|scor\w*|gets?|lower\w*|reduc\w*)\b"
    r"(?:(?!\b(?:on|in)\s+[A-Z])[^;:.%])" r"{0,50}?\b(?:of|to|from\s+\S+\s+to)\s+" + _VALUE
)


def find_value(text: str, start: int, end: int, sentence: tuple[int, int],
               peers: Sequence[int] = ()) -> tuple[str, str, int] | None:
    """(value, metric words, offset of the value) tied to a benchmark mention, if the sentence gives one.

    `peers`: starts of the benchmark mentions in the same sentence, for "on A and B ... 0.74 and 0.72,
    respectively" (the k-th value belongs to the k-th benchmark).
    """
    s, e = sentence
    lo = max(s, start - 90)
    if _DIGIT.search(text, lo, start):  # every value pattern needs a digit where it reads
        m = _VALUE_BEFORE.search(text[lo:start])
        if m:
            return m.group(1).replace(" ", ""), (m.group(3) or "").strip(), lo + m.start(1)
        m = _INT_BEFORE.search(text[lo:start])
        if m:
            return m.group(1), "", lo + m.start(1)
    if not _DIGIT.search(text, end, e):
        return None
    m = _VALUE_AFTER.match(text[end:e])
    if m:
        return m.group(1).replace(" ", ""), "", end + m.start(1)
    if peers and "respectively" in text[end:e]:
        hit = _respective(text, start, end, e, peers)
        if hit:
            return hit
    if "," in text[end:e]:
        m = _VALUE_CLAUSE.match(text[end:e])
        if m:
            return m.group(1).replace(" ", ""), "", end + m.start(1)
    return None


_DIGIT = re.compile(r"\d")
_RESPECTIVELY = re.compile(_VALUE + r"(?:\s*,\s*" + _VALUE + r")*,?\s+and\s+" + _VALUE + r",?\s+respectively")
_ANY_VALUE = re.compile(_VALUE)


def _respective(text: str, start: int, end: int, e: int, peers: Sequence[int]) -> tuple[str, str, int] | None:
    m = _RESPECTIVELY.search(text, end, e)
    if not m:
        return None
    values = list(_ANY_VALUE.finditer(text, m.start(), m.end()))
    names = sorted({p for p in peers if p < m.start()})
    if len(values) != len(names) or start not in names:
        return None
    v = values[names.index(start)]
    return v.group(1).replace(" ", ""), "", v.start(1)


def metric_in(sentence: str, lex: Lexicon, words: str) -> str:
    """The metric named next to a value, or the first metric word of the sentence."""
    low = words.lower()
    for metric in lex.metrics:
        if metric.lower() in low:
            return metric
    for metric in lex.metrics:  # the plain substring test first: most metrics are not in the sentence
        if metric in sentence and re.search(r"(?<![\w@])" + re.escape(metric) + r"(?![\w@])", sentence):
            return metric
    return "score"
