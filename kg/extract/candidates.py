"""Collect every candidate mention of one paper, with type votes and "introduced" flags.

The candidates overlap (a knowledge-base name inside a run of capitalised words, a long form
and its acronym); `select` keeps the best non-overlapping set after typing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from kg.extract.abbrev import Abbreviation, find_abbreviations
from kg.extract.context import (
    Heads,
    Vote,
    apposition,
    eval_context,
    left_context,
    morphology,
    new_head_before,
    own_head,
    right_head,
)
from kg.extract.discover import (
    CUE_WORDS,
    abbrev_naming,
    blocked,
    extend_name,
    intro_windows,
    lowercase_suites,
    naming_openers,
    naming_spans,
    scan_cues,
    title_prefix,
)
from kg.extract.kb import KnowledgeBase
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import (
    FRAME_BYTES,
    Hit,
    KBMatcher,
    Mention,
    cap_runs,
    coordinations,
    extend_hyphen,
    extend_model_tail,
    lower_same_length,
    mark_capitals,
    name_tokens,
)
from kg.extract.sentences import sentence_at, sentence_spans
from kg.extract.urls import Link, find_links
from kg.model import Field

_COINED = re.compile(r"[A-Z](?<![\w\-].)[a-z]{2,}[a-z0-9]*(?![\w\-])")  # capital first: the scan skips to capitals
# The same on `mark_capitals(text)` (see mentions.py); possessive: a shorter run is followed by a letter or digit
_COINED_MARKED = re.compile(rb"\x01(?<![\w\x01\-].)[a-z]{2,}+[a-z0-9]*+(?![\w\x01\-])")
_LF_METHOD = re.compile(
    r"(?i)(?:optimi[sz]ation|learning|tuning|fine-tuning|prompting|minimi[sz]ation|normali[sz]ation|adaptation|search|"
    r"distillation|decoding|regulari[sz]ation|descent|sampling|augmentation|training|alignment|attention|"
    r"auto-?encoders?|network|networks|machine|estimation|iteration|inference|gradient|gradients|policy|"
    r"modell?ing|encoding|method|framework|algorithm|mechanism|module|tokenization|quantization|pruning|"
    r"merging|editing|routing|gating|pooling|retrieval|generation|transformer|transformers|mixup|experts)$"
)


# "machine translation (Multi30K, CoMMuTE)": names in brackets after a task phrase are its datasets
_TASK_PAREN = re.compile(
    r"\b(?:translation|captioning|classification|detection|segmentation|answering|summarization|reasoning|"
    r"retrieval|recognition|generation|parsing|inference|QA|NLI)\s*\((?:[^()]*,\s*)?$"
)


# The words `_TASK_PAREN` opens with: its "(" is the slice's last, so the text before it, stripped,
# ends with one of them whenever the pattern matches (tested first: the search tries every character)
_TASK_PAREN_WORDS = ("translation", "captioning", "classification", "detection", "segmentation", "answering",
                     "summarization", "reasoning", "retrieval", "recognition", "generation", "parsing", "inference",
                     "QA", "NLI")


# "we propose the Less-Is-More Reasoning Hypothesis": a claim, not an artifact
_NOT_ARTIFACT = re.compile(r"(?:[ \-][A-Z]?[a-z]+){0,2}[ \-](?:[Hh]ypothesis|[Cc]onjecture|[Pp]henomenon|[Tt]heorem|[Ll]aw|[Pp]rinciple)\b")
_CAP_APPOS = re.compile(r"\s+(?:the\s+)?([A-Z][\w\-]*(?: [A-Z][\w\-]*){0,3}),\s+(?:a|an)\s")
_NOVEL_BEFORE = re.compile(r"\b(?:novel|new|our|proposed)\b[\w\s\-]{0,40}$")
_NAMED_BEFORE = re.compile(r"\b(?:named?|call(?:ed)?|dubbed|term(?:ed)?|coined)\s+$")
_CLAIM_END = re.compile(r"(?:[Hh]ypothesis|[Cc]onjecture|[Pp]henomenon|[Tt]heorem|[Ll]aw|[Pp]rinciple)$")
_CITATION = re.compile(r"\([A-Z][^()]{0,80}?\b(?:19|20)\d\d[a-z]?\)")


@dataclass(slots=True)
class Candidate:
    """A mention plus everything the rules said about it."""

    m: Mention
    votes: list[Vote] = field(default_factory=list)
    proposed: str | None = None  # rule that found it introduced
    sentence: tuple[int, int] = (0, 0)


@dataclass
class PaperCandidates:
    cands: list[Candidate]
    abbrevs: list[tuple[Field, Abbreviation]]
    sentences: dict[Field, list[tuple[int, int]]]
    links: dict[Field, list[Link]] = field(default_factory=dict)


def _head_of_long_form(lf: str, lex: Lexicon) -> Vote | None:
    """Type from a long form's last word; lowercase task phrases and model classes give none."""
    last = lf.split()[-1].lower().strip(".,")
    lowercase = not any(c.isupper() for c in lf)
    if last in lex.benchmark_heads:
        return ("benchmark", 3.0, "acronym:long-form-head")
    if last in ("model", "models") or lf.lower().endswith(("language model", "language models")):
        if lowercase or all(lex.is_word(w) for w in re.split(r"[\s\-]+", lf) if w):
            return None  # "Generative Language Models (GLMs)": a class of models, not one
        return ("model", 3.0, "acronym:long-form-head")
    if lowercase and (last in lex.task_heads or last in ("problem", "problems", "task", "tasks")):
        return ("task", 3.0, "acronym:long-form-task")
    if _LF_METHOD.search(lf.split()[-1].strip(".,")) or last in ("descent", "feedback", "thought"):
        return ("method", 2.5, "acronym:long-form-head")
    return None


def framed_copy(text: str) -> str | None:
    """`" " + frame(text.lower()) + " "` for ASCII text (the copy word-framed scans read), else None;
    made on the encoded bytes (1.9 against 4.5 us a paper)."""
    if not text.isascii():
        return None
    return (b" " + text.lower().encode("ascii").translate(FRAME_BYTES) + b" ").decode("ascii")


def _comma_before(text: str, start: int) -> bool:
    """False when the last non-space character before `start` is surely no comma (what
    `new_head_before` needs first): decided from two characters, before any slicing."""
    two = text[start - 2 if start > 2 else 0 : start]
    return two[-1:] == "," or (two[-1:].isspace() and (two[:1] == "," or two[:1].isspace()))


def _open_paren_before(text: str, lo: int, hi: int) -> bool:
    """False when `_TASK_PAREN` cannot match `text[lo:hi]`: its "(" must be the last one, with no ")"
    after it and nothing after it but a comma-ended list ("machine translation (Multi30K, ")."""
    j = text.rfind("(", lo, hi)
    if j < 0 or text.find(")", j, hi) >= 0:
        return False
    tail = text[j + 1 : hi]
    return tail in ("", "\n") or tail.rstrip().endswith(",")


def _by_start(c: Candidate) -> tuple[int, int]:
    """Left to right, the longer first at one start."""
    return (c.m.start, -c.m.end)


class CandidateFinder:
    """Runs every character-level finder over a paper's title and abstract."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicon):
        self.kb, self.lex = kb, lex
        self.matcher = KBMatcher(kb, cues=CUE_WORDS)  # one pass finds the forms and the introducing verbs
        self.heads = Heads.of(lex)

    def field_mentions(self, f: Field, text: str, sents: list[tuple[int, int]], framed: str | None = None,
                       hits: list[Hit] | None = None) -> list[Mention]:
        """`framed`: the field's framed copy (`framed_copy`), when the caller made it; `hits`: the
        forms `KBMatcher.scan` found in it."""
        lex = self.lex
        low = lower_same_length(text)
        out: list[Mention] = []
        for m in self.matcher.find(f, text, low, framed, hits):
            if m.type == "model":
                m = extend_model_tail(text, m)
            elif m.type == "benchmark":
                m = extend_hyphen(text, m, lex)
            out.append(m)
        out += name_tokens(f, text, lex)
        out += coordinations(f, text)
        starts = {s for s, _ in sents}
        if f is Field.ABSTRACT:
            marked = mark_capitals(text)  # one marked copy for both capital-first scans
            out += cap_runs(f, text, starts, lex, marked)
            ordinary: dict[str, bool] = {}  # capitalised word -> a dictionary or generic word, within this text
            for hit in _COINED.finditer(text) if marked is None else _COINED_MARKED.finditer(marked):
                if hit.start() in starts:
                    continue
                w = text[hit.start() : hit.end()]
                if w not in ordinary:
                    ordinary[w] = lex.is_word(w) or lex.is_generic(w)
                if ordinary[w]:
                    continue
                out.append(Mention(f, hit.start(), hit.end(), w, "coined", conf=0.3))
        out += lowercase_suites(f, text, lex)
        # `extend_name` keeps a name that no "-" or " " follows (most): tested here without a call
        return [extend_name(text, m) if text[m.end : m.end + 1] in ("-", " ") else m for m in out]

    def find(self, title: str, abstract: str) -> PaperCandidates:
        lex = self.lex
        cands: list[Candidate] = []
        abbrevs: list[tuple[Field, Abbreviation]] = []
        sentences: dict[Field, list[tuple[int, int]]] = {}
        links: dict[Field, list[Link]] = {}
        framed: dict[Field, str | None] = {}  # one copy per field, read by the KB scan and the intro verbs
        cue_hits: dict[Field, list[tuple[int, tuple[int, str]]]] = {}  # the intro verbs the same pass found
        for f, text in ((Field.TITLE, title), (Field.ABSTRACT, abstract)):
            sents = sentence_spans(text)
            sentences[f] = sents
            framed[f] = copy = framed_copy(text)
            forms = None
            if copy is not None:
                forms, cue_hits[f] = self.matcher.scan(copy)
            ms = self.field_mentions(f, text, sents, copy, forms)
            for a in find_abbreviations(text, abbrev_naming(cue_hits[f]) if copy is not None else None):
                if lex.is_generic(a.short) and not _NAMED_BEFORE.search(text, max(0, a.long_start - 30), a.long_start):
                    continue  # "reinforcement learning (RL)"; but "which we name algorithmic regret (AR)" stays
                abbrevs.append((f, a))
                lf_vote = _head_of_long_form(a.long, lex)
                ms.append(Mention(f, a.short_start, a.short_end, a.short, "acronym:short", conf=0.6))
                ms.append(Mention(f, a.long_start, a.long_end, a.long, "acronym:long", conf=0.6))
                if lf_vote:
                    cands.append(Candidate(ms[-2], [lf_vote], None, sentence_at(sents, a.short_start)))
                    cands.append(Candidate(ms[-1], [lf_vote], None, sentence_at(sents, a.long_start)))
                    del ms[-2:]
            links[f] = find_links(text) if ("http" in text or "www." in text) else []
            cites = [(m.start(), m.end()) for m in _CITATION.finditer(text)] if "(" in text else []
            cites += [(ln.start, ln.end) for ln in links[f]]
            if cites:  # author names in "(Kim and Linzen, 2020)" and words of URLs are not entities
                ms = [m for m in ms if not any(s <= m.start < e for s, e in cites)]
            if f is Field.TITLE:
                for s, e in title_prefix(title, abstract, lex):
                    ms.append(Mention(f, s, e, title[s:e], "title-prefix", conf=0.7))
            starts = [st for st, _ in sents]  # `sentence_at`, inlined: a bisect on the starts
            for m in ms:
                i = bisect_right(starts, m.start) - 1
                cands.append(Candidate(m, [], None, sents[i if i > 0 else 0] if starts else (0, 0)))
        memo: dict[str, list[Vote]] = {}  # spelling votes per name, within this paper only
        for c in cands:
            self._vote(c, title if c.m.field is Field.TITLE else abstract, memo)
        self._introduced(cands, title, abstract, sentences, abbrevs, framed, cue_hits)
        return PaperCandidates(cands, abbrevs, sentences, links)

    def _vote(self, c: Candidate, text: str, memo: dict[str, list[Vote]] | None = None) -> None:
        m, lex, heads, votes = c.m, self.lex, self.heads, c.votes
        name, start, end, kb_id = m.name, m.start, m.end, m.kb_id
        if kb_id and m.type:
            votes.append((m.type, 5.0, "kb"))
            if m.type not in ("benchmark", "model", "method"):
                return  # a task, metric or organisation named by the KB needs no more evidence
        spelled = memo.get(name) if memo is not None else None
        if spelled is None:
            own = own_head(name, lex)
            spelled = morphology(name) + ([own] if own else [])
            if memo is not None:
                memo[name] = spelled
        votes += spelled
        if kb_id:  # the knowledge base typed it: only the votes that spread or introduce matter
            v = eval_context(text, start, c.sentence, lex)
            if v:
                votes.append(v)
            after = text[end : end + 1]
            if after.isspace() or after in "),(":  # what `_APPOS` needs first (see below)
                v, new = apposition(text, end, heads)
                if new:
                    c.proposed = c.proposed or "intro:apposition"
            return
        # `_comma_before`, inlined: the last non-space character before `start` may be a comma
        two = text[start - 2 if start > 2 else 0 : start]
        if two[-1:] == "," or (two[-1:].isspace() and (two[:1] == "," or two[:1].isspace())):
            nh = new_head_before(text, start, heads)
            if nh:
                votes.append(nh)
                c.proposed = c.proposed or "intro:new-head"
        lo = c.sentence[0] if c.sentence[0] > start - 80 else start - 80
        j = text.rfind("(", lo, start)  # `_open_paren_before`, inlined: the last "(" is open, a list may follow it
        if j >= 0 and text.find(")", j, start) < 0:
            tail = text[j + 1 : start]
            if ((tail in ("", "\n") or tail.rstrip().endswith(",")) and text[lo:j].rstrip().endswith(_TASK_PAREN_WORDS)
                    and _TASK_PAREN.search(text[lo:start])):  # a slice: \b at its start
                votes.append(("benchmark", 2.0, "ctx:task-paren"))
        after = text[end : end + 1]
        if after == " " or after == "-":  # what `right_head` needs first, tested without a call
            v = right_head(text, end, heads)
            if v:
                votes.append(v)
        v, ev = left_context(text, start, c.sentence, heads, lex)  # left_head, then eval_context
        if v:
            votes.append(v)
        if ev:
            votes.append(ev)
        if after.isspace() or after in "),(":  # `_APPOS` opens with ")", a space, "(" or "," ("" at the end: no comma)
            v, new = apposition(text, end, heads)
            if v:
                votes.append(v)
            if new:
                c.proposed = c.proposed or "intro:apposition"

    def _introduced(self, cands: list[Candidate], title: str, abstract: str,
                    sentences: dict[Field, list[tuple[int, int]]],
                    pc_abbrevs: list[tuple[Field, Abbreviation]], framed: dict[Field, str | None] | None = None,
                    cue_hits: dict[Field, list[tuple[int, tuple[int, str]]]] | None = None) -> None:
        """`cue_hits`: per field, the introducing verbs `KBMatcher.scan` found in its framed copy."""
        lex = self.lex
        for c in cands:
            if c.m.rule == "title-prefix":
                c.proposed = "intro:title-prefix"
        for f, text in ((Field.TITLE, title), (Field.ABSTRACT, abstract)):
            hits = cue_hits.get(f) if cue_hits else None
            stems, named = scan_cues(text, framed.get(f) if framed else None, hits)
            windows = intro_windows(text, sentences[f], lex, stems=stems)
            novel = [a for f2, a in pc_abbrevs if f2 is f and _NOVEL_BEFORE.search(text, max(0, a.long_start - 50), a.long_start)]
            offsets = naming_spans(text, sentences[f], named, naming_openers(hits) if named and hits is not None else None)
            if not (windows or novel or offsets):
                continue  # no cue in this field (most titles): nothing to mark
            generic = self.lex.is_generic  # `_nameable`, inlined
            in_field = [c for c in cands if c.m.field is f and text[c.m.end : c.m.end + 1] != "-" and not generic(c.m.name)]
            in_field.sort(key=_by_start)
            for _, ws, we in windows:
                cap = _CAP_APPOS.match(text, ws, we)
                if cap and not any(c.m.start == cap.start(1) for c in in_field):
                    # "we propose Hum, a large-scale corpus": a capitalised word set off by an apposition
                    new = Candidate(Mention(f, cap.start(1), cap.end(1), cap.group(1), "intro:capword", conf=0.5),
                                    [], None, sentence_at(sentences[f], cap.start(1)))
                    self._vote(new, text)
                    cands.append(new)
                    in_field = sorted([*in_field, new], key=_by_start)
                for c in in_field:
                    if ws <= c.m.start < we:
                        same = [d for d in in_field if d.m.start == c.m.start]
                        claim = any(_NOT_ARTIFACT.match(text, d.m.end) or _CLAIM_END.search(d.m.name) for d in same)
                        if not blocked(text[ws : c.m.start]) and not claim:
                            for d in same:
                                d.proposed = d.proposed or "intro:verb"
                        break
            for a in novel:
                for c in in_field:  # "a novel sparse autoencoder tuning (SAE-Tuning) procedure"
                    if c.m.start in (a.long_start, a.short_start):
                        c.proposed = c.proposed or "intro:novel-acronym"
            for off in offsets:
                for c in in_field:
                    if c.m.start == off:
                        c.proposed = c.proposed or "intro:named"

    def _nameable(self, c: Candidate, text: str) -> bool:
        """May be an introduced name: not generic, not a hyphenated modifier ("GPT-4-based")."""
        return not self.lex.is_generic(c.m.name) and text[c.m.end : c.m.end + 1] != "-"
