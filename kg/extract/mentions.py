"""Candidate mentions found on characters: knowledge-base names, name-shaped words, name runs.

Everything here reads the string, not spaCy tokens, because the blank tokenizer splits
"MMLU-Pro" at the hyphen and glues the period to "GSM8K." (see components.py). Offsets are
code points into the field's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cached_property

import ahocorasick

from kg.extract.kb import KnowledgeBase
from kg.extract.lexicon import Lexicon
from kg.model import Field

# A word that may be a name: letters/digits joined by - . + ' _ (never ending in punctuation).
TOKEN = re.compile(r"(?<![\w\-+])[A-Za-z0-9](?:[A-Za-z0-9_'’.\-]*[A-Za-z0-9])?\+?")
# Only words with a capital after the first character or a digit can be name-shaped: finding
# just those keeps the per-word Python work off the ordinary words.
NAMEISH = re.compile(r"(?<![\w\-+])[A-Za-z0-9](?=[A-Za-z0-9_'’.\-]*[A-Z0-9])(?:[A-Za-z0-9_'’.\-]*[A-Za-z0-9])?\+?")
# The look-ahead skips the run's other characters possessively up to its first capital or digit,
# instead of running to the run's end and backtracking (a third of the scan's time).
_NAMEISH_BODY = r"[A-Za-z0-9](?=[a-z_'’.\-]*+[A-Z0-9])(?:[A-Za-z0-9_'’.\-]*[A-Za-z0-9])?\+?"
# The same words, found from the character before them: the scan skips in C to the few
# characters that may precede a word (spaces, brackets) instead of trying the look-behind at
# every character. `name_words` gives exactly what NAMEISH.finditer gives.
_NAMEISH_AT_START = re.compile(_NAMEISH_BODY)
_NAMEISH_AFTER = re.compile(r"[^\w\-+](" + _NAMEISH_BODY + ")")
# Model morphology glued to a name: sizes, versions, release tags ("-7B", "v2", "-Instruct").
MODEL_TAIL = re.compile(
    r"(?:[-_ ]?(?:\d+(?:\.\d+)?[BMK]|v\d+(?:\.\d+)*)|-\d+(?:\.\d+)?|[- ](?:Instruct|Chat|Base|Turbo|Pro|Ultra|Flash|"
    r"mini|Mini|Sonnet|Opus|Haiku|Large|XL|XXL|Small|Medium|Coder|Math|VL|Vision|Distill)|-(?:instruct|chat|base|"
    r"turbo|mini|large|small|xl|xxl|xlarge|hf))+(?![\w])"
)
SIZE = re.compile(r"\d+(?:\.\d+)?[BMKT]$")
_POSSESSIVE = re.compile(r"['’]s$")
_UNITISH = re.compile(
    r"^(?:\d+(?:\.\d+)?[A-Za-z]{0,3}(?:-\d+(?:\.\d+)?[A-Za-z]{0,3})?|[A-Za-z]\d{1,2}|\d+(?:st|nd|rd|th)|[xX]\d+)$"
)
# Runs of capitalised words inside a sentence: "Winograd Schema Challenge", "Ghost Batch Normalization".
# The pattern opens with its capital and looks behind it after, so the scan skips to capitals
# in C instead of trying the look-behind at every character (half the time). Each word is an
# atomic group: its longest spelling ending in [\w+] is the only one a match can go on from (a
# shorter one is followed by a word character, not the space the run needs), so a word followed
# by no capitalised word fails at once instead of giving back one character at a time.
CAP_RUN = re.compile(
    r"[A-Z](?<![\w\-].)(?>[\w+’'\-]*[\w+])?(?:(?: (?:of|for|the|&))? (?:(?>[A-Z][\w+’'\-]*[\w+])|[A-Z0-9]))+"
)
# Capital-first scans read an ASCII text's bytes with every capital (and, for `name_words`, every
# digit) made the byte 0x01 (`mark_capitals`): a pattern opening with one literal byte is scanned
# for it in C at about 1 ns a character, against about 7 ns to test a class at every character
# (most of what these scans cost). In the patterns a marked byte stands where [A-Z] (or [A-Z0-9])
# stood and joins every class that held them (\w among them); "’" cannot occur in ASCII text.
CAP_RUN_MARKED = re.compile(
    rb"\x01(?<![\w\x01\-].)(?>[\w\x01+'\-]*[\w\x01+])?(?:(?: (?:of|for|the|&))? (?:(?>\x01[\w\x01+'\-]*[\w\x01+])|[\x010-9]))+"
)
_CAPITALS_MARKED = bytes.maketrans(bytes(range(65, 91)), b"\x01" * 26)
_CAPITALS_DIGITS_MARKED = bytes.maketrans(bytes(range(65, 91)) + b"0123456789", b"\x01" * 36)


def mark_capitals(text: str, *, digits: bool = False) -> bytes | None:
    """`text` as ASCII bytes with its capitals (and digits) made 0x01, for the marked patterns;
    None when `text` is not ASCII or holds 0x01 itself (the caller then scans with the plain pattern)."""
    if not text.isascii() or "\x01" in text:
        return None
    return text.encode("ascii").translate(_CAPITALS_DIGITS_MARKED if digits else _CAPITALS_MARKED)


_LEADING = frozenset("our we the this these those its their his her a an in on for with to by from".split())
# "CIFAR-{10,100}" and "CIFAR-10/100": one written form, several names.
BRACE_COORD = re.compile(r"(?<![\w\-])([A-Za-z][\w.]*-?)\{([\w.]+(?:,\s*[\w.]+)+)\}")
SLASH_COORD = re.compile(r"(?<![\w\-])([A-Za-z][A-Za-z.]*-?)(\d+)/(\d+)(?![\w/])")


class Mention:
    """A candidate name in one field; `name` differs from the text only for coordinations.

    A value like a frozen dataclass (equality and hash by fields, never changed after it is made),
    written as a plain slotted class: a paper makes about 25, and a frozen dataclass's `__init__`
    (one `object.__setattr__` a field) cost 1.3 us each against 0.5 us.
    """

    __slots__ = ("conf", "end", "field", "kb_id", "name", "rule", "start", "type")

    field: Field
    start: int
    end: int
    name: str
    rule: str
    kb_id: str | None
    type: str | None  # set by the knowledge base or by morphology
    conf: float

    def __init__(self, field: Field, start: int, end: int, name: str, rule: str,
                 kb_id: str | None = None, type: str | None = None, conf: float = 0.5):
        self.field = field
        self.start = start
        self.end = end
        self.name = name
        self.rule = rule
        self.kb_id = kb_id
        self.type = type
        self.conf = conf

    def _key(self) -> tuple[Field, int, int, str, str, str | None, str | None, float]:
        return (self.field, self.start, self.end, self.name, self.rule, self.kb_id, self.type, self.conf)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key() == other._key()  # type: ignore[attr-defined]
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (f"Mention(field={self.field!r}, start={self.start!r}, end={self.end!r}, name={self.name!r}, "
                f"rule={self.rule!r}, kb_id={self.kb_id!r}, type={self.type!r}, conf={self.conf!r})")


def lower_same_length(text: str) -> str:
    """`text.lower()` with offsets preserved (a few characters lowercase to two code points)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# One report of the framed automaton: (index of the last character, (form length, its entries)).
Hit = tuple[int, tuple[int, tuple[tuple[str, tuple[tuple[int, str, bool, str, str, bool], ...]], ...]]]


class KBMatcher:
    """Every knowledge-base surface form in a text, by one Aho-Corasick scan of its lowercased copy.

    Case-sensitive forms (short, all-capital or dictionary words: MATH, SCAN, CLIP) must also
    equal the original text, so "math" never hits MATH. A match must start and end at a word
    boundary. One automaton over the lowercased forms replaces one per letter case (each scan
    costs about 60 us per abstract in per-character transitions); matches come out as the two
    automata gave them: case-sensitive forms first, each kind by end offset, longer first.
    """

    def __init__(self, kb: KnowledgeBase, *, cues: Iterable[tuple[str, tuple[int, str]]] = ()):
        """`cues`: more framed words (key, (length, word)) the one pass over a framed copy reports
        too (see `scan`), so a caller that needs them makes no second pass of its own."""
        self.kb = kb
        exact: dict[str, set[str]] = {}
        folded: dict[str, set[str]] = {}
        for form, eid, cs in kb.surface_forms():
            (exact if cs else folded).setdefault(form if cs else form.lower(), set()).add(eid)
        # lowercased form -> (kind order, form, matched case-sensitively, entry id, type,
        #                     whether a version tag after it continues the name)
        table: dict[str, list[tuple[int, str, bool, str, str, bool]]] = {}
        for order, (forms, cs) in enumerate(((exact, True), (folded, False))):
            for key in sorted(forms):
                eid = _pick(kb, sorted(forms[key]))
                type_ = kb.entries[eid].type.value
                table.setdefault(key.lower(), []).append((order, key, cs, eid, type_, type_ != "model"))
        self._table = table
        # The same forms framed by word boundaries, for ASCII text (see `_find_ascii`): " form" + " " or "-".
        framed: dict[str, list[tuple[str, tuple[tuple[int, str, bool, str, str, bool], ...]]]] = {}
        for low_key in sorted(table):
            framed.setdefault(low_key.translate(_FRAME), []).append((low_key, tuple(table[low_key])))
        self.framed = ahocorasick.Automaton()
        for key in sorted(framed):
            for after in (" ", "-"):
                self.framed.add_word(" " + key + after, (len(key), tuple(framed[key])))
        for key, value in cues:  # a cue's key ends in a letter, a form's in " " or "-": none is both
            self.framed.add_word(key, value)
        self.framed.make_automaton()

    @cached_property
    def auto(self) -> ahocorasick.Automaton:
        """Every form at every offset, for text that is not ASCII (`_find_any`); built on first
        need, since most listings are ASCII and this automaton costs 2 MB and a tenth of a second."""
        auto = ahocorasick.Automaton()
        for low_key in sorted(self._table):
            auto.add_word(low_key, (len(low_key), tuple(self._table[low_key])))
        auto.make_automaton()
        return auto

    def scan(self, framed: str) -> tuple[list[Hit], list[tuple[int, tuple[int, str]]]]:
        """One pass over a framed copy: (the forms' hits, for `find`; the cues' hits, as the cues'
        own automaton would give them). Scanning the copy costs per character, and this automaton
        does not fit the cache: a second automaton's pass cost about 8 us an abstract."""
        forms: list[Hit] = []
        cues: list[tuple[int, tuple[int, str]]] = []
        for hit in self.framed.iter(framed):
            (cues if hit[1][1].__class__ is str else forms).append(hit)
        return forms, cues

    def find(self, field: Field, text: str, low: str, framed: str | None = None,
             hits: list[Hit] | None = None) -> list[Mention]:
        """`framed` is `" " + frame(low) + " "` when the caller made it already (ASCII text only);
        `hits` the forms' hits `scan` found in it."""
        found = self._find_ascii(text, low, framed, hits) if text.isascii() else self._find_any(text, low)
        if len(found) > 1:
            found.sort()
        return [Mention(field, start, end, text[start:end], "kb", eid, type_, 0.9)
                for _, end, _, start, eid, type_ in found]

    def _find_ascii(self, text: str, low: str, framed: str | None = None,
                    hits: list[Hit] | None = None) -> list[tuple[int, int, int, int, str, str]]:
        """What `_find_any` finds, scanning a copy where every character that may stand before a
        name is a space and "_" is "-": the automaton then reports only forms framed by word
        boundaries (three in an abstract) instead of every form inside every word (about 46)."""
        found: list[tuple[int, int, int, int, str, str]] = []
        n = len(text)
        if hits is None:
            hits = self.scan(" " + low.translate(_FRAME) + " " if framed is None else framed)[0]
        for last, (length, variants) in hits:
            start, end = last - length - 1, last - 1  # `last` indexes the copy: one character ahead of `low`
            for low_key, entries in variants:
                if not low.startswith(low_key, start):
                    continue  # "ms.marco" framed like "ms marco"
                for order, key, cs, eid, type_, no_variant in entries:
                    if cs and not text.startswith(key, start):
                        continue
                    if no_variant and end + 1 < n and text[end] in "-." and text[end + 1].isdigit():
                        continue
                    found.append((order, end, -length, start, eid, type_))
        return found

    def _find_any(self, text: str, low: str) -> list[tuple[int, int, int, int, str, str]]:
        found: list[tuple[int, int, int, int, str, str]] = []
        n = len(text)
        for end_idx, (length, entries) in self.auto.iter(low):
            start, end = end_idx - length + 1, end_idx + 1
            if (start > 0 and (low[start - 1].isalnum() or low[start - 1] in "-_")) or (end < n and text[end].isalnum()):
                continue
            for order, key, cs, eid, type_, no_variant in entries:
                if cs and not text.startswith(key, start):
                    continue
                if no_variant and end + 1 < n and text[end] in "-." and text[end + 1].isdigit():
                    continue  # "GPT" inside "GPT-4", "ARC" inside "ARC-2": the name goes on
                found.append((order, end, -length, start, eid, type_))
        return found


# ASCII characters that may stand before a name (neither letters, digits, "-" nor "_") become
# spaces, and "_" becomes "-": both may stand after a name. Lengths and offsets are kept.
_FRAME = str.maketrans({**{chr(i): " " for i in range(128) if not chr(i).isalnum() and chr(i) not in "-_"}, "_": "-"})


# `_FRAME` for ASCII bytes: translating an encoded copy is several times faster than `str.translate`.
FRAME_BYTES = bytes(ord(_FRAME[i]) if i in _FRAME else i for i in range(256))


def frame(low: str) -> str:
    """`low` with every ASCII character but letters, digits and "-" made a space and "_" made "-"."""
    return low.translate(_FRAME)


def _pick(kb: KnowledgeBase, ids: list[str]) -> str:
    """One entry for a form shared by several: a benchmark, then a model, method, task, other."""
    rank = {"benchmark": 0, "model": 1, "method": 2, "task": 3}
    return min(ids, key=lambda i: (rank.get(kb.entries[i].type.value, 9), i))


_LETTER = re.compile(r"[^\W\d_]")
_INNER_UPPER = re.compile(r"[A-Z]")
_DIGIT = re.compile(r"\d")
_PREFIXES = frozenset(
    "multi cross self non pre post semi inter intra co sub super meta hyper ultra bi tri uni de re anti auto zero few "
    "one two many long short low high large small fine full half open closed out in on up down top end".split()
)
_NUM_WORD = re.compile(r"^\d[\d.]*-[a-z][a-z\-]*$|^[a-z]+-\d+$")


def _ordinary_part(part: str, lex: Lexicon) -> bool:
    return lex.is_generic(part) or part.lower() in _PREFIXES or (part.isalpha() and lex.is_word(part) and not part.isupper())


def is_name_shaped(tok: str, lex: Lexicon) -> bool:
    """Looks coined: two capitals (GenVideo, SCAN), a letter and a digit (o1, AIME24), or an inner capital."""
    if tok.isalpha() and tok.isascii():
        # no digit, hyphen or apostrophe (most names): only the generic list and the capitals decide
        return len(tok) >= 2 and not lex.is_generic(tok) and not tok[1:].islower()
    if len(tok) < 2 or lex.is_generic(tok):
        return False
    # `_UNITISH` opens with a digit or has one second ("A1", "x100"); `_NUM_WORD` opens with a digit or
    # a lowercase letter and holds "-": most words can match neither and skip both
    first = tok[0]
    if (first.isdecimal() or tok[1].isdecimal()) and _UNITISH.match(tok):
        return False
    if (first.isdecimal() or "a" <= first <= "z") and "-" in tok and _NUM_WORD.match(tok):
        return False
    if "-" in tok:  # every part an ordinary word: a compound, not a name (`_ordinary_part`, inlined)
        for p in tok.split("-"):
            if p and not (lex.is_generic(p) or p.lower() in _PREFIXES or (p.isalpha() and lex.is_word(p) and not p.isupper())):
                break
        else:
            return False
    if not (first.isalpha() or _LETTER.search(tok)):  # a letter first is a letter
        return False
    # a capital after the first character, two capitals, or a digit in a word of 3+ characters
    return _INNER_UPPER.search(tok, 1) is not None or (len(tok) >= 3 and _DIGIT.search(tok) is not None)


def trim_token(tok: str, lex: Lexicon) -> str:
    """Drop a possessive and descriptive hyphen tails: "GPT-4-based" -> "GPT-4", "DeMamba's" -> "DeMamba"."""
    if "'" in tok or "’" in tok:
        tok = _POSSESSIVE.sub("", tok)
    while "-" in tok:
        head, _, tail = tok.rpartition("-")
        if tail.lower() in lex.suffix_adjectives or (tail.islower() and len(tail) > 3 and lex.is_word(tail)
                                                     and not any(c.isdigit() for c in head[-1:])):
            tok = head
        else:
            break
    return tok.rstrip(".-")


def name_words(text: str) -> Iterator[tuple[int, str]]:
    """(offset, word) of every NAMEISH match, left to right.

    A match needs a capital or digit after its first character, inside its run of word characters
    and ' ’ . - (each run holds at most one match: after its last letter or digit only punctuation
    is left). So the scan skips in C to such inner capitals and digits (about 8 runs in an
    abstract), and each run is read in Python: the match opens at the run's first ASCII letter or
    digit that no word character, "-" or "+" precedes, if a capital or digit follows it, and ends
    at the run's last letter or digit (and a "+" after it).
    """
    marked = mark_capitals(text, digits=True)
    for h in _INNER_CAPITAL.finditer(text) if marked is None else _INNER_CAPITAL_MARKED.finditer(marked):
        q, e = h.start(), h.end()
        r = q - 1
        while r > 0 and text[r - 1] in _RUN_CHARS:
            r -= 1
        p = r
        while p < e and not (text[p] in _ASCII_ALNUM and (p == 0 or _opens_after(text[p - 1]))):
            p += 1
        if p == e or (p >= q and _CAPITAL_OR_DIGIT.search(text, p + 1, e) is None):
            continue
        end = e
        while text[end - 1] not in _ASCII_ALNUM:
            end -= 1
        if text[end : end + 1] == "+":
            end += 1
        yield p, text[p:end]


_RUN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_'’.-")
_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_CAPITAL_OR_DIGIT = re.compile(r"[A-Z0-9]")
# A capital or digit after a run character, with the rest of its run.
_INNER_CAPITAL = re.compile(r"[A-Z0-9](?<=[A-Za-z0-9_'’.\-][A-Z0-9])[A-Za-z0-9_'’.\-]*")
_INNER_CAPITAL_MARKED = re.compile(rb"\x01(?<=[a-z\x01_'.\-]\x01)[a-z\x01_'.\-]*")  # on `mark_capitals(digits=True)`


def _opens_after(ch: str) -> bool:
    """A NAMEISH match may open after `ch`: `(?<![\\w\\-+])`."""
    return not (ch.isalnum() or ch in "_-+")


def name_tokens(field: Field, text: str, lex: Lexicon) -> list[Mention]:
    """Name-shaped words, trimmed of descriptive tails, with model morphology absorbed."""
    out = []
    shaped: dict[str, str | None] = {}  # written word -> its trimmed name-shaped form, within this text
    for at, word in name_words(text):
        if word in shaped:
            tok = shaped[word]
        else:
            tok = word if word.isalpha() else trim_token(word, lex)  # letters only: nothing to trim
            tok = shaped[word] = tok if is_name_shaped(tok, lex) else None
        if tok is None:
            continue
        start, end = at, at + len(tok)
        tail = MODEL_TAIL.match(text, end)
        if tail and (" " not in tail.group(0) or SIZE.search(tail.group(0).strip()) or tail.group(0)[1:2] == "v"):
            end = tail.end()
        out.append(Mention(field, start, end, text[start:end], "shape", conf=0.4))
    return out


def extend_model_tail(text: str, m: Mention) -> Mention:
    """A knowledge-base name followed by a size or release tag names a variant: "Llama-2" + "-7B"."""
    tail = MODEL_TAIL.match(text, m.end)
    if not tail:
        return m
    end = tail.end()
    return Mention(m.field, m.start, end, text[m.start : end], "kb+tail", m.kb_id, m.type, m.conf)


_HYPHEN_PART = re.compile(r"-([A-Za-z0-9][A-Za-z0-9.]*[A-Za-z0-9]|[A-Za-z0-9])")


def extend_hyphen(text: str, m: Mention, lex: Lexicon) -> Mention:
    """A benchmark name with a hyphenated variant tag names the variant: "MMLU" + "-Pro", "ARC" + "-C"."""
    end = m.end
    while True:
        h = _HYPHEN_PART.match(text, end)
        if not h or h.group(1).lower() in lex.suffix_adjectives or (h.group(1).islower() and lex.is_word(h.group(1))):
            break
        end = h.end()
    if end == m.end:
        return m
    if lex.is_generic(text[m.end + 1 : end].rsplit("-", 1)[-1]):
        # "Imagenet-CNN", "Places-CNN": a network trained on the dataset, not a variant of it
        return Mention(m.field, m.start, end, text[m.start : end], "kb+arch", None, "model", m.conf)
    return Mention(m.field, m.start, end, text[m.start : end], "kb+variant", m.kb_id, m.type, m.conf)


def coordinations(field: Field, text: str) -> list[Mention]:
    """"CIFAR-{10,100}" -> CIFAR-10 and CIFAR-100, each evidenced by the whole written form."""
    out: list[Mention] = []
    if "{" in text:
        for m in BRACE_COORD.finditer(text):
            for part in re.split(r",\s*", m.group(2)):
                out.append(Mention(field, m.start(), m.end(), m.group(1) + part, "coordination", conf=0.6))
    if not _digit_slash(text):
        return out  # each scan costs about 100 us; URLs and "and/or" put a slash in many abstracts
    for m in SLASH_COORD.finditer(text):
        for part in (m.group(2), m.group(3)):
            out.append(Mention(field, m.start(), m.end(), m.group(1) + part, "coordination", conf=0.6))
    return out


def _digit_slash(text: str) -> bool:
    """A "/" between two digits: what SLASH_COORD needs."""
    i = text.find("/", 1)
    while i > 0:
        if text[i - 1].isdecimal() and text[i + 1 : i + 2].isdecimal():
            return True
        i = text.find("/", i + 1)
    return False


def _has_possessive(word: str) -> bool:
    """`_POSSESSIVE.search(word)`, read only when an "'s" is in the word at all."""
    return ("'s" in word or "’s" in word) and _POSSESSIVE.search(word) is not None


def _unpossessed(word: str) -> str:
    """`_POSSESSIVE.sub("", word)`, run only when an "'s" is in the word at all."""
    return _POSSESSIVE.sub("", word) if "'s" in word or "’s" in word else word


def cap_runs(field: Field, text: str, sentence_starts: set[int], lex: Lexicon, marked: bytes | None = None) -> list[Mention]:
    """Runs of two or more capitalised words; leading generic or sentence-initial words dropped.

    `marked`: `mark_capitals(text)`, when the caller made it already."""
    out = []
    if marked is None:
        marked = mark_capitals(text)
    for m in CAP_RUN.finditer(text) if marked is None else CAP_RUN_MARKED.finditer(marked):
        start = m.start()
        words = text[start : m.end()].split(" ")
        first = True
        while words and (
            words[0].lower() in _LEADING or _has_possessive(words[0]) or lex.is_generic(words[0]) or words[0] in ("of", "for", "the", "&")
            or (first and (start in sentence_starts or text[max(0, start - 2) : start] in (". ", ": ", "! ", "? "))
                and lex.is_word(words[0]) and not is_name_shaped(words[0], lex))
        ):
            start += len(words[0]) + 1
            words = words[1:]
            first = False
        while words and (words[-1] in ("of", "for", "the", "&") or lex.is_generic(_unpossessed(words[-1]))):
            words = words[:-1]
        if len(words) < 2:
            continue
        run = _unpossessed(" ".join(words))
        out.append(Mention(field, start, start + len(run), run, "caprun", conf=0.3))
    return out
