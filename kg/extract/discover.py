"""What a paper introduces: the title's "X: ..." prefix, "we introduce / propose X", "named X".

Each finder returns character spans (windows or names) in one field; the assembler decides
which candidate mention inside a window is the introduced artifact.
"""

from __future__ import annotations

import re

from kg.extract.lexicon import Lexicon
from kg.extract.mentions import is_name_shaped
from kg.extract.sentences import sentence_at

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

    A single word counts when it looks coined or reappears in the abstract; several words count
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
            ok = is_name_shaped(name, lex) or (name[0].isupper() and not lex.is_word(name)) or (
                re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", abstract) is not None and name[0].isupper()
                and not lex.is_word(name)
            )
            if name.isupper() and len(name) >= 3:
                ok = True
        else:
            ok = all(w[0].isupper() or w.lower() in ("of", "for", "and", "the") for w in words) and (
                re.search(re.escape(name.rstrip("s")), abstract) is not None
            )
        if ok and not lex.is_generic(name):
            out.append((start, start + len(name)))
    return out


_INTRO_STEM = re.compile(
    r"\b(?:introduc|propos|present|develop|releas|construct|buil|design|curat|creat|contribut|offer|establish|"
    r"devis|train|collect|formulat|unveil|launch|provid|open-sourc)[a-z\-]*"
)
_WINDOW_STOP = re.compile(r";|\.\s|\bwhich\b|\bthat\b|\bto\b|,\s+(?:and|but|while|whereas)\s")


def intro_windows(text: str, sentences: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int, int]]:
    """(sentence start, window start, window end) after "we introduce/propose/present ..." verbs.

    One scan for the verbs' stems over the whole text; only sentences holding one are read.
    """
    out = []
    done: set[int] = set()
    for v in _INTRO_STEM.finditer(text):
        if v.group(0) not in lex.intro_verbs:
            continue
        s, e = sentence_at(sentences, v.start())
        if s in done or not _SUBJECT.search(text, s, v.start()):
            continue
        done.add(s)
        w_start = v.end()
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


def naming_spans(text: str, sentences: list[tuple[int, int]]) -> list[int]:
    """Offsets right after "named", "called", "dubbed", "we call" in sentences written by the authors."""
    out: list[int] = []
    if not any(w in text for w in _NAMING_WORDS):
        return out
    for m in _NAMING.finditer(text):
        s, e = sentence_at(sentences, m.start())
        if _SUBJECT.search(text, s, e) or _AUTHORED.search(text, s, e):
            out.append(m.end())
    return out
