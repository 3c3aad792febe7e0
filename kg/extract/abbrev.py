"""Acronym definitions in both directions: "Detail Mamba (DeMamba)" and "DeMamba (Detail Mamba)".

After Schwartz & Hearst, "A simple algorithm for identifying abbreviation definitions in
biomedical text", PSB 2003: the short form's characters are matched right to left inside the
candidate long form, the first one at the start of a word. Pure functions on strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PAREN = re.compile(r"\(([^()]{1,80})\)")
_WORD = re.compile(r"\S+")


@dataclass(frozen=True, slots=True)
class Abbreviation:
    short: str
    short_start: int
    long: str
    long_start: int

    @property
    def short_end(self) -> int:
        return self.short_start + len(self.short)

    @property
    def long_end(self) -> int:
        return self.long_start + len(self.long)


def is_short_form(s: str) -> bool:
    """A plausible acronym: 2-12 characters, at most two words, a letter first or second, a capital."""
    words = s.split()
    if not 2 <= len(s) <= 12 or len(words) > 2 or (len(words) == 2 and max(map(len, words)) > 4):
        return False
    if not (s[0].isalnum() and any(c.isalpha() for c in s[:2])):
        return False
    if s.isascii():  # capitals and digits counted by deleting them (no generator over the characters)
        upper = len(s) - len(s.translate(_NO_CAPITALS))
        return upper >= 2 or (upper == 1 and len(s.translate(_NO_DIGITS)) < len(s))
    return sum(c.isupper() for c in s) >= 2 or (any(c.isupper() for c in s) and any(c.isdigit() for c in s))


_NO_CAPITALS = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_NO_DIGITS = str.maketrans("", "", "0123456789")


def best_long_form(short: str, long: str) -> str | None:
    """The shortest tail of `long` whose letters spell `short` (Schwartz-Hearst), or None."""
    s_chars = [c.lower() for c in short if c.isalnum()]
    l_text = long.lower()
    s_idx, l_idx = len(s_chars) - 1, len(l_text) - 1
    while s_idx >= 0:
        # the last `c` at or before `l_idx` (the first character: at a word start), found by rfind
        # instead of a step back per character; a character lowercasing to two equals none
        c = s_chars[s_idx]
        if len(c) != 1:
            return None
        l_idx = l_text.rfind(c, 0, l_idx + 1)
        if s_idx == 0:
            while l_idx > 0 and l_text[l_idx - 1].isalnum():
                l_idx = l_text.rfind(c, 0, l_idx)
        if l_idx < 0:
            return None
        l_idx -= 1
        s_idx -= 1
    start = l_text.rfind(" ", 0, l_idx + 1) + 1
    out = long[start:].strip()
    return out if out and len(out) > len(short) else None


_STOP = frozenset("of for and the a an with in on to via by from over at as or".split())


def initials_long_form(short: str, long: str) -> str | None:
    """The tail of `long` whose content words' initials spell the capitals of `short` exactly.

    Catches what the character scan shortens: "Abstraction and Reasoning Corpus for Artificial
    General Intelligence (ARC-AGI)" keeps all of its words.
    """
    caps = "".join(c for c in short if c.isupper() or c.isdigit())
    if len(caps) < 2:
        return None
    got = ""  # initials of the content words from the end, built right to left
    for w in reversed(list(_PART.finditer(long))):
        word = w.group(0)
        if word.lower() in _STOP:
            continue
        if word[0].isalnum():
            got = word[0].upper() + got
        if got == caps:
            return long[w.start() :].strip()
        if len(got) >= len(caps) or not caps.endswith(got):
            return None
    return None


_PART = re.compile(r"[^\s\-]+")


def _word_start(words: list[re.Match[str]], s_len: int) -> int:
    """Index of the first word a long form of a `s_len`-letter acronym may start at."""
    return max(0, len(words) - min(s_len + 5, s_len * 2))


def find_abbreviations(text: str, naming: bool | None = None) -> list[Abbreviation]:
    """Every "long (SHORT)" or "SHORT (long)" definition in `text`, in order.

    `naming`: False when the caller knows no naming word ("dubbed", "short for", ...) follows a
    space in `text` (see `discover.abbrev_naming`); None: not known, looked for here."""
    out = []
    for m in _PAREN.finditer(text):
        inner = m.group(1).strip()
        inner_start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        if is_short_form(inner) or _coined_short(inner, text[max(0, m.start() - 120) : m.start()]):
            before = text[max(0, m.start() - 160) : m.start()]
            sent = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
            if sent >= 0:
                before = before[sent + 2 :]
            cut = max(before.rfind("; "), before.rfind(": "), before.rfind(", "))
            # commas may sit inside a long form ("Attribution, Relation, and Order (ARO)")
            window = before if cut < 0 or len(before) - cut < 8 else before[cut + 2 :]
            window = window.rstrip()
            words = list(_WORD.finditer(window))
            if not words:
                continue
            cand = window[words[_word_start(words, len(inner))].start() :]
            long = None
            for spelled in _spellings(inner):
                long = initials_long_form(spelled, before.rstrip()) or best_long_form(spelled, cand)
                if long is None and cut >= 0:
                    long = best_long_form(spelled, before.rstrip()[max(0, len(before.rstrip()) - 120) :])
                if long:
                    break
            if long and len(long.split()) <= len(inner) + 5:
                end = m.start() - (len(before) - len(before.rstrip()))
                out.append(Abbreviation(inner, inner_start, long, end - len(long)))
            continue
        # reverse order: SHORT (long form); the long form has two words or more (see _reverse_short)
        if len(inner.split()) < 2 or _HAS_DIGIT.search(inner):
            continue
        w = last_word(text[max(0, m.start() - 40) : m.start()])
        if w and _reverse_short(w[1], inner):
            long = best_long_form(w[1], inner)
            if long == inner:
                s_start = m.start() - (len(text[max(0, m.start() - 40) : m.start()]) - w[0])
                out.append(Abbreviation(w[1], s_start, inner, inner_start))
    out += _named_expansions(text, naming)
    out += _title_colon(text)
    return out


_LAST_WORD = re.compile(r"([A-Za-z][\w\-+.]*[\w+])\s*$")


def last_word(window: str) -> tuple[int, str] | None:
    """(offset, word) of what `_LAST_WORD.search(window)` captures, or None: the run of word
    characters, "-", "+" and "." that ends the window (trailing spaces aside), from its first
    ASCII letter. One walk back over that run instead of the pattern tried at every offset."""
    end = len(window.rstrip())
    i = end
    while i > 0 and (window[i - 1].isalnum() or window[i - 1] in "_-+."):
        i -= 1
    if end - i < 2 or window[end - 1] in "-.":
        return None
    for p in range(i, end - 1):
        if window[p] in _ASCII_LETTERS:
            return p, window[p:end]
    return None


_DIGIT_IN = re.compile(r"(?<=[A-Za-z])[2-4](?=[A-Za-z])")


def _spellings(short: str) -> list[str]:
    """`short`, then what an inner digit may stand for: "G2R" = Graph-Guided Retrieval (GGR), or "to" (GTR)."""
    out = [short]
    d = _DIGIT_IN.search(short)
    if d:
        i, n = d.start(), int(d.group(0))
        out += [short[:i] + short[i - 1] * (n - 1) + short[i + 1 :], short[:i] + "T" + short[i + 1 :]]
    return out


_TITLE_SHORT = re.compile(r"^([A-Za-z][\w\-+]{1,11}):\s+")


def _title_colon(text: str) -> list[Abbreviation]:
    """ "G2R: Graph-Guided Retrieval for ...": a title's prefix spelled by the words after the colon."""
    m = _TITLE_SHORT.match(text)
    if not m or not is_short_form(m.group(1)):
        return []
    short, rest = m.group(1), text[m.end() : m.end() + 120]
    words: list[re.Match[str]] | None = None  # read once a spelling opens like the phrase (most titles: none)
    for spelled in _spellings(short):
        caps = "".join(c for c in spelled if c.isupper() or c.isdigit())
        if len(caps) < 2 or not rest or not caps.startswith(rest[0].upper()):
            continue  # the phrase must open with the first initial (see initials_long_form)
        if words is None:
            words = list(_WORD.finditer(rest))
        for k in range(2, min(len(words), len(short) + 4) + 1):  # the shortest spelling phrase
            prefix = rest[: words[k - 1].end()].rstrip(",;:")
            if initials_long_form(spelled, prefix) == prefix:
                return [Abbreviation(short, 0, prefix, m.end())]
    return []


_HAS_DIGIT = re.compile(r"\d")


def _coined_short(inner: str, before: str) -> bool:
    """ "Prompt-base Query Generation for Retriever (Promptagator)": a coined single word after a capitalised phrase."""
    if " " in inner or len(inner) < 4 or not inner[0].isupper() or not inner[1:].islower():
        return False
    tail = before.rstrip().split()[-4:]
    return len(tail) >= 2 and sum(w[0].isupper() for w in tail) >= 2


def _reverse_short(short: str, inner: str) -> bool:
    """ "DeMamba (Detail Mamba)", "Promptagator (Prompt-based Query Generation for Retriever)"."""
    words = inner.split()
    if len(words) < 2:
        return False
    if is_short_form(short):
        return True
    caps = sum(w[0].isupper() for w in words)
    return short[0].isupper() and len(short) >= 4 and caps >= 2 and caps * 2 >= len(words)


_SHORT_THEN = re.compile(
    r"(?<![\w\-])([A-Za-z][\w\-+.]*[A-Z][\w\-+.]*)(?:,\s+|\s+(?=dubbed|named|called|short for|which stands|stands for))"
)
_NAMING_WORDS = ("dubbed", "named", "called", "short for", "which stands", "stands for")
_COMMA_GAP = re.compile(r",\s+")
_NAMING_GAP = re.compile(r"\s+(?=dubbed|named|called|short for|which stands|stands for)")


def _in_run(ch: str) -> bool:
    return ch.isalnum() or ch in "_-+."  # [\w\-+.]


def _short_then(text: str, naming: bool | None = None) -> list[tuple[int, str, int]]:
    """(start, word, end) of every `_SHORT_THEN` match, found from the gaps after the words.

    The pattern's word is a whole run of word characters, "-", "+" and "." (a comma or space follows it), so each gap
    (", " or a space before a naming verb) fixes the run; the match starts at the run's first
    letter that opens it or follows "+" or "." and has a capital after it. Scanning only gaps skips
    the look-behind the pattern tries at every character.
    """
    gaps = [(m.start(), m.end()) for m in _COMMA_GAP.finditer(text)]
    if naming if naming is not None else (
            "dubbed" in text or "named" in text or "called" in text or "short for" in text  # _NAMING_WORDS, unrolled
            or ("stands" in text and ("which stands" in text or "stands for" in text))):
        gaps += [(m.start(), m.end()) for m in _NAMING_GAP.finditer(text)]
        gaps.sort()
    out: list[tuple[int, str, int]] = []
    pos = 0
    for q, end in gaps:
        if q < pos or q == 0 or not _in_run(text[q - 1]):
            continue
        chunk = text[text.rfind(" ", 0, q) + 1 : q]  # holds the run
        if chunk == chunk.lower():
            continue  # no capital in it: nothing to find (most words before a comma)
        run = _RUN_TAIL.search(chunk).group(0)  # type: ignore[union-attr]  # chunk ends in a run character
        r = q - len(run)
        if "+" not in run and "." not in run:  # the match can only open the run
            if len(run) >= 2 and run[0] in _ASCII_LETTERS and _CAPITAL.search(run, 1):
                out.append((r, run, end))
                pos = end
            continue
        for p in range(r, q - 1):
            if (p == r or text[p - 1] in "+.") and text[p] in _ASCII_LETTERS and _has_capital(text, p + 1, q):
                out.append((p, text[p:q], end))
                pos = end
                break
    return out


_RUN_TAIL = re.compile(r"[\w\-+.]*$")  # the characters `_in_run` accepts, up to the end
_CAPITAL = re.compile(r"[A-Z]")


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _has_capital(text: str, lo: int, hi: int) -> bool:
    return any("A" <= ch <= "Z" for ch in text[lo:hi])


_NAMED_TAIL = re.compile(
    r"(?:(?:dubbed|named|called|short for|which stands for|stands for)\s+[\"“']?([A-Z][^,;:.()\"”]{3,100})"
    r"|([A-Z][^,;:.()\"”]{3,100}),)"
)


def _named_expansions(text: str, naming: bool | None = None) -> list[Abbreviation]:
    """ "ARTE, dubbed Aligning TeacheR with StudenT PreferencEs" and "LiNeS, Layer-increasing Network Scaling,"."""
    out = []
    for start, short, end in _short_then(text, naming):
        if not is_short_form(short):
            continue
        t = _NAMED_TAIL.match(text, end)
        if not t:
            continue
        if t.group(2):  # the apposition must be the whole long form
            cand = t.group(2).rstrip()
            if _HAS_DIGIT.search(cand):
                continue  # "Vicuna-7B, Vicuna-33B and Llama-3-70B": a list of names, not a spelled-out form
            if len(cand.split()) >= 2 and (initials_long_form(short, cand) == cand or best_long_form(short, cand) == cand):
                out.append(Abbreviation(short, start, cand, t.start(2)))
            continue
        cand = t.group(1).rstrip()
        words = list(_WORD.finditer(cand))
        for k in range(len(words), 1, -1):
            prefix = cand[: words[k - 1].end()]
            if initials_long_form(short, prefix) == prefix or best_long_form(short, prefix) == prefix:
                out.append(Abbreviation(short, start, prefix, t.start(1)))
                break
    return out
