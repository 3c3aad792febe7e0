"""What a paper introduces ("X: ..." titles, "we introduce / propose X", "named X"), and the full
written form of names the knowledge base knows only in part ("Common Voice" + " 16").

Each finder returns character spans (windows or names) in one field; the assembler decides
which candidate mention inside a window is the introduced artifact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import ahocorasick

from kg.extract.lexicon import Lexicon
from kg.extract.mentions import _PREFIXES, Mention, frame, is_name_shaped
from kg.extract.sentences import sentence_at
from kg.model import Field

_SUBJECT = re.compile(r"\b(?:we|We|this (?:paper|work|study)|This (?:paper|work|study)|[Oo]ur|[Hh]ere)\b")
_VERB = re.compile(r"\b[a-z]+\b")
# Between an introducing verb and the name only determiners, adjectives and head nouns may
# stand; a preposition means the name is an argument of something else ("a study of GPT-4").
_BLOCK = re.compile(
    r"\b(?:of|on|in|for|with|using|from|by|to|via|over|across|between|against|than|that|which|where|when|"
    r"whether|how|and|or|where|whose|as|into|under|through|upon|based|such|like|including)\b"
)
_OTHERS = re.compile(r"\b(?:existing|previous|prior|standard|public|popular|common|widely|several|various|well-known)\b")
_NOT_ARTIFACT_HEAD = re.compile(r"\b(?:metrics?|measures?|scores?|criteri(?:on|a)|dimensions?|hypothes[ie]s|"
                                r"phenomen(?:on|a)|notions?|concepts?|categories|types|errors?)\b")
_NAMING = re.compile(
    r"\b(?:named|called|dubbed|termed|coined|denoted(?: as| by)?|referred to as|(?:which |that )?we (?:call|name|term|dub|coin))"
    r"\s+(?:as\s+)?(?:it\s+)?[\"“'‘]?"
)


def title_prefix(title: str, abstract: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Names before the title's first colon: "DeMamba: ...", "NLEBench+NorGLM: ...".

    A single word counts when it looks coined, is capitalised and no dictionary word, or is an
    all-capital word of 3+ letters; several words count
    only when the abstract repeats them verbatim (a title phrase like "Echo Chamber" does not).
    """
    colon = title.find(": ")
    if colon <= 0 or colon > 60:
        return []
    out = []
    pos = 0
    for part in re.split(r"(\+|&| and )", title[:colon]):
        start, pos = pos, pos + len(part)
        if part in ("+", "&", " and "):
            continue
        name = part.strip()
        if not name or not name[0].isalnum():
            continue
        start += len(part) - len(part.lstrip())
        words = name.split()
        if len(words) > 4 or any(c in name for c in ",?!'’\"()"):
            continue
        if len(words) == 1:
            # ("reappears in the abstract" would add nothing: it too needs a capital and no dictionary word)
            ok = is_name_shaped(name, lex) or (name[0].isupper() and not lex.is_word(name))
            if name.isupper() and len(name) >= 3:
                ok = True
        else:
            ok = all(w[0].isupper() or w.lower() in ("of", "for", "and", "the") for w in words) and (
                name.rstrip("s") in abstract
            )
        if ok and not lex.is_generic(name):
            out.append((start, start + len(name)))
    return out


_STEMS = ("introduc", "propos", "present", "develop", "releas", "construct", "buil", "design", "curat", "creat",
          "contribut", "offer", "establish", "devis", "train", "collect", "formulat", "unveil", "launch", "provid",
          "open-sourc")
_INTRO_STEM = re.compile(r"\b(?:" + "|".join(_STEMS) + r")[a-z\-]*")
_STEM_WORD = re.compile(r"[a-z\-]+")


# The stems, and the words `_NAMING` opens with (value length 0), after a space (any ASCII
# character but letters, digits, "-" and "_" in the framed copy `KBMatcher` scans) or a hyphen
# ("_" too, framed: told apart after): one automaton pass finds both.
_NAMING_OPENERS = ("named", "called", "dubbed", "termed", "coined", "denoted", "referred to as", "we call", "we name",
                   "we term", "we dub", "we coin")
# The words after which `abbrev._NAMING_GAP` may open a gap (besides "dubbed", "named" and "called",
# openers already) come too (value length -1, after a space): `find_abbreviations` is then told
# whether one is there (`abbrev_naming`) instead of searching the text for each.
_ABBREV_NAMING = ("short for", "stands")
CUE_WORDS: tuple[tuple[str, tuple[int, str]], ...] = tuple(
    [(before + stem, (len(stem), stem)) for before in " -" for stem in _STEMS]
    + [(before + opener, (0, opener)) for before in " -" for opener in _NAMING_OPENERS]
    + [(" " + word, (-1, word)) for word in _ABBREV_NAMING]
)
_STEM_AUTO = ahocorasick.Automaton()
for _key, _value in CUE_WORDS:
    _STEM_AUTO.add_word(_key, _value)
_STEM_AUTO.make_automaton()


def intro_stems(text: str, framed: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, word) of every `_INTRO_STEM` match, left to right.

    `framed` is `" " + frame(text.lower()) + " "` (see `frame`), given by a caller that made it
    already; ASCII text is read through it, where a stem opening a word follows a space or "-".
    A stem inside an earlier match ("pre-trained" holds "train" after "pre-") is skipped as the
    scan skips it.
    """
    return scan_cues(text, framed)[0]


def scan_cues(text: str, framed: str | None = None,
              hits: Iterable[tuple[int, tuple[int, str]]] | None = None) -> tuple[list[tuple[int, int, str]], bool | None]:
    """`intro_stems(text)`, and whether `_NAMING` may match (False: surely not; None: not known,
    for non-ASCII text), from one pass over the framed copy (see `intro_stems`).

    `hits`: what the pass of `CUE_WORDS` over the framed copy reported, when a caller's own pass
    (`KBMatcher.scan`) found them already."""
    if not text.isascii():
        return [(m.start(), m.end(), m.group(0)) for m in _INTRO_STEM.finditer(text)], None
    if hits is None:
        hits = _STEM_AUTO.iter(" " + frame(text.lower()) + " " if framed is None else framed)
    starts = set()
    named = False
    for last, (length, stem) in hits:
        if length < 0:
            continue  # a word for `abbrev_naming`
        if not length:
            named = True  # a `_NAMING` match opens with one of these words
            continue
        p = last - length  # `last` indexes the framed copy, one character ahead of `text`
        if (p == 0 or text[p - 1] != "_") and text.startswith(stem, p):  # the copy is lowercased
            starts.add(p)
    out = []
    pos = 0
    for p in sorted(starts):
        if p < pos:
            continue
        end = _STEM_WORD.match(text, p).end()  # type: ignore[union-attr]  # a stem starts here
        out.append((p, end, text[p:end]))
        pos = end
    return out, named
def abbrev_naming(hits: Iterable[tuple[int, tuple[int, str]]]) -> bool:
    """False when `abbrev._NAMING_GAP` surely finds no gap in an ASCII text, from the cue hits over its
    framed copy (see `scan_cues`): the gap is spaces before "dubbed", "named", "called", "short for",
    "which stands" or "stands for", and each of those, framed, is a cue after a space."""
    return any(value[0] < 0 or (value[0] == 0 and value[1] in ("named", "called", "dubbed")) for _, value in hits)


# "we train a new ...", "we train GPT-3, an autoregressive model": training that makes the artifact
_NEW_OBJECT = re.compile(r"\s+(?:(?:a|an|our|new|novel|two|three|several|family)\b|[\w\-.]+,\s+(?:a|an)\s)")
# Where a window stops: ";", ". ", the words "which", "that", "to", or ", and" / ", but" / ...
# Each word is read first and its opening boundary looked behind after (`\bwhich\b` matches where
# `which\b(?<=\bwhich)` does): every alternative then opens with a literal character, so the scan
# skips to those in C instead of trying all six alternatives at every character (a fifth of the time).
_WINDOW_STOP = re.compile(r";|\.\s|which\b(?<=\bwhich)|that\b(?<=\bthat)|to\b(?<=\bto)|,\s+(?:and|but|while|whereas)\s")


def intro_windows(text: str, sentences: list[tuple[int, int]], lex: Lexicon, framed: str | None = None,
                  stems: list[tuple[int, int, str]] | None = None) -> list[tuple[int, int, int]]:
    """(sentence start, window start, window end) after "we introduce/propose/present ..." verbs.

    One scan for the verbs' stems over the whole text; only sentences holding one are read.
    """
    out = []
    done: set[int] = set()
    for v_start, v_end, verb in intro_stems(text, framed) if stems is None else stems:
        if verb not in lex.intro_verbs:
            continue
        s, e = sentence_at(sentences, v_start)
        if s in done or not _SUBJECT.search(text, s, v_start):
            continue
        if verb.startswith("train") and not _NEW_OBJECT.match(text, v_end):
            continue  # "trains BERT-base and E5-base", "train the nnU-Net framework": used, not introduced
        done.add(s)
        w_start = v_end
        stop = _WINDOW_STOP.search(text, w_start, e)
        w_end = stop.start() if stop else e
        out.append((s, w_start, min(w_end, w_start + 200)))
    return out


def blocked(filler: str) -> bool:
    """True when the words between an introducing verb and a name include a preposition."""
    filler = re.sub(r"\([^()]*\)", "", filler)
    if _OTHERS.search(filler) or _NOT_ARTIFACT_HEAD.search(filler):
        return True  # "three existing datasets: A, B and C"; "a novel metric, namely A, B"
    filler = filler.rsplit(": ", 1)[-1]  # "two new games for X: A and B"
    return _BLOCK.search(filler) is not None


_NAMING_WORDS = ("named", "called", "dubbed", "termed", "coined", "denoted", "referred to", "we call", "we name",
                 "we term", "we dub", "we coin")
_AUTHORED = re.compile(r"\b(?:new|novel|proposed)\b")


def naming_openers(hits: Iterable[tuple[int, tuple[int, str]]]) -> list[int]:
    """Every offset where a `_NAMING` match may start, from the cue hits over a field's framed copy
    (see `scan_cues`): each naming word's start (a `_NAMING` match opens at a word boundary, framed
    as a space or "-"), and for "we ..." the starts of "which we" and "that we" too."""
    out = []
    for last, (length, word) in hits:
        if not length:  # a naming word (the verbs' stems have a length)
            q = last - len(word)  # `last` indexes the framed copy, one character ahead of the text
            out.append(q)
            if word.startswith("we ") and q >= 6:
                out += (q - 6, q - 5)
            elif word.startswith("we ") and q == 5:
                out.append(0)
    return out


def naming_spans(text: str, sentences: list[tuple[int, int]], named: bool | None = None,
                 openers: list[int] | None = None) -> list[int]:
    """Offsets right after "named", "called", "dubbed", "we call" in sentences written by the authors.

    `openers`: `naming_openers` of the field's cue hits, when the caller has them: `_NAMING` is then
    matched only there, not searched for at every character (about 45 us an abstract)."""
    out: list[int] = []
    if named is False or (named is None and not any(w in text for w in _NAMING_WORDS)):
        return out
    for m in _NAMING.finditer(text) if openers is None else _matches_at(_NAMING, text, openers):
        s, e = sentence_at(sentences, m.start())
        if _SUBJECT.search(text, s, e) or _AUTHORED.search(text, s, e):
            out.append(m.end())
    return out


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` gives when every match starts at one of `starts` (a superset):
    the leftmost match at or after the last one's end, tried only there."""
    pos = 0
    for q in sorted(set(starts)):
        if q >= pos:
            m = pattern.match(text, q)
            if m is not None:
                yield m
                pos = m.end()


# -- names the knowledge base does not know in full ------------------------------------------------
# A name goes on over a release number or year ("Common Voice 16", "MS-COCO 2017", "Claude 3.5"),
# a size or tier word ("Whisper-medium", "ConvNeXt-T", "Gemini 1.5 Pro"), a "-bench" part
# ("SWE-bench Verified") and a short all-capital qualifier ("TREC DL 2019", "MS MARCO").
_NUMBER_TAIL = re.compile(
    r" (?:(?:19|20)\d\d|v?\d{1,2}(?:\.\d{1,2})?)(?![\w%\-+/]|[.,]\d|\s?%|\s(?:points?|pts|percent|times|x|of|out)\b)"
)
_TIER_TAIL = re.compile(r" (?:Pro|Flash|Sonnet|Haiku|Opus|Ultra|Nano|Mini|Max|Plus|Lite|Turbo|Verified|Hard)(?![\w\-])")
_SIZE_TAIL = re.compile(
    r"-(?:tiny|small|base|medium|large|huge|giant|xl|xxl|XL|XXL|Ti|[TSBLH])(?:-v\d+)?(?:/\d{1,2})?(?![\w\-])"
)
_SIZED_BASE = re.compile(r"[A-Z].*[A-Za-z]$")  # "ConvNeXt", "Whisper": a capitalised name ending in a letter
_BENCH_TAIL = re.compile(r"-?[Bb]ench(?![\w\-])")
_CAPS_YEAR = re.compile(r" [A-Z]{2,5}(?= (?:19|20)\d\d(?![\w\-]))")
_CAPS_PAIR = re.compile(r" [A-Z]{3,}(?![\w\-])")
_NO_TAIL_TYPES = frozenset(("task", "metric", "organization"))
_CAPS_PART = re.compile(r"(?:-[A-Z0-9][A-Za-z0-9]*)+(?![\w\-])")


def _may_open_tail(ch: str) -> bool:
    """After a space, every tail opens with a digit, "v" or a capital ("Common Voice 16", " v2",
    " Pro", " DL 2019"); the other tails open with "-"."""
    return ch.isdecimal() or ch == "v" or "A" <= ch <= "Z"


def extend_name(text: str, m: Mention) -> Mention:
    """`m` stretched over the version, size, tier and "-bench" parts written right after it."""
    after = text[m.end : m.end + 2]
    if not after or (after[0] != "-" and (after[0] != " " or not _may_open_tail(after[1:]))) or m.rule == "coordination":
        return m
    if m.type in _NO_TAIL_TYPES:
        h = _CAPS_PART.match(text, m.end)
        if h is None:
            return m  # "MSR-VTT" is no Microsoft Research; "F1-score" stays a metric
        return Mention(m.field, m.start, h.end(), text[m.start : h.end()], "shape", conf=0.4)
    end, numbered = m.end, False
    for _ in range(4):
        nxt = None
        if (h := _NUMBER_TAIL.match(text, end)) is not None:
            nxt, numbered = h.end(), True
        elif (h := _SIZE_TAIL.match(text, end)) is not None and m.type != "benchmark" and _SIZED_BASE.match(text, m.start, end):
            nxt = h.end()
        elif (h := _BENCH_TAIL.match(text, end)) is not None and m.type != "model":
            nxt = h.end()
        elif (h := _TIER_TAIL.match(text, end)) is not None and (numbered or m.type == "model" or "ench" in text[m.start : end]):
            nxt = h.end()
        elif (h := _CAPS_YEAR.match(text, end)) is not None and end == m.end:
            nxt = h.end()
        elif (h := _CAPS_PAIR.match(text, end)) is not None and end == m.end and m.end - m.start == 2 and m.name.isupper():
            nxt = h.end()  # "MS MARCO": a two-letter prefix and its all-capital name
        if nxt is None:
            break
        end = nxt
    if end == m.end:
        return m
    rule = m.rule if m.rule.startswith("kb+") or not m.kb_id else "kb+tail"
    return Mention(m.field, m.start, end, text[m.start : end], rule, m.kb_id, m.type, m.conf)


# One scan for hyphenated words; each is then read as a lowercase suite ("ogbg-molhiv", "ogbn-arxiv":
# a coined prefix joined to a sub-suite) or a compound of words written in mixed case ("NExT-QA": parts
# that are words or generic terms, one with an inner capital; "API-Bank": an acronym and a capitalised word).
_HYPHENATED = re.compile(r"\b[A-Za-z][A-Za-z0-9]*+-[A-Za-z0-9]++(?:-[A-Za-z0-9]++)*+(?![\w\-])")  # possessive: no backtracking
_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def hyphenated(text: str) -> Iterator[re.Match[str]]:
    """What `_HYPHENATED.finditer(text)` gives, trying the pattern only at the ASCII letter-digit
    run before each hyphen: a match opens such a run (after a non-word character) and goes on
    with "-". About 9 hyphens in an abstract, against a look at every one of its characters."""
    pos = 0
    h = text.find("-")
    while h >= 0:
        s = h
        while s > pos and text[s - 1] in _ASCII_ALNUM:
            s -= 1
        if s < h and not text[s].isdigit() and (s == 0 or not (text[s - 1].isalnum() or text[s - 1] == "_")):
            m = _HYPHENATED.match(text, s)
            if m is not None:
                yield m
                pos = m.end()
                h = text.find("-", pos)
                continue
        h = text.find("-", h + 1)


_LOWER_SUITE = re.compile(r"([a-z]{3,6})-([a-z][a-z0-9]{2,}(?:-[a-z0-9]+)?)$")
_INNER_CAMEL = re.compile(r"[a-z][A-Z]")
_ACRONYM_WORD = re.compile(r"[A-Z]{2,}-[A-Z][a-z]+$")


def lowercase_suites(f: Field, text: str, lex: Lexicon) -> list[Mention]:
    """Hyphenated names the name-shape test misses: lowercase suites whose first part is no English
    word, prefix or generic term ("ogbg-molhiv"), and mixed-case compounds of words ("NExT-QA", "API-Bank")."""
    out: list[Mention] = []
    if "-" not in text:
        return out
    rules: dict[str, str | None] = {}  # written word -> its rule, within this text ("fine-tuning" recurs)
    for m in hyphenated(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-_."):
            continue
        tok = m.group(0)
        if tok not in rules:
            rules[tok] = _suite_rule(tok, lex)
        rule = rules[tok]
        if rule:
            out.append(Mention(f, m.start(), m.end(), tok, rule, conf=0.4))
    return out


def _suite_rule(tok: str, lex: Lexicon) -> str | None:
    """The rule that makes the hyphenated word `tok` a name, if any (see `lowercase_suites`)."""
    tail = tok.rsplit("-", 1)[1]
    if tail in lex.suffix_adjectives:
        return None  # "ReAct-style", "xyz-based": a name with a descriptive tail, found elsewhere
    low = _LOWER_SUITE.match(tok) if tok[0].islower() else None
    if low:
        head = low.group(1)
        if not (lex.is_word(head) or head in _PREFIXES or lex.is_generic(head.upper()) or lex.is_generic(head)):
            return "shape:lower"
        return None
    if not (_INNER_CAMEL.search(tok) or _ACRONYM_WORD.match(tok)) or (tail.islower() and lex.is_word(tail)):
        return None
    return None if is_name_shaped(tok, lex) else "shape:mixed"
