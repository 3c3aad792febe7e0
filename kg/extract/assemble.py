"""From overlapping, voted candidates to one typed entity per real thing in the paper.

select (best non-overlapping spans) -> lists (types spread along "A, B and C") -> groups
(same name, plural, acronym and long form) -> type by summed votes -> entities.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kg.extract.candidates import Candidate, PaperCandidates
from kg.extract.kb import KnowledgeBase
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import Mention
from kg.model import Field
from kg.text import norm_key as _norm_key

THRESHOLD = 2.0
_LIST_SEP = re.compile(
    r"^\)?(?:\s*\([^()]{0,40}\))?(?:,\s*(?:and\s+|or\s+|as well as\s+)?|\s+(?:and|or|&|vs\.?|versus|as well as)\s+|\s*/\s*)$"
)
_LIST_HEAD = re.compile(
    r"\b([A-Za-z\-]+)(?:\s+[a-z][\w\-]*){0,5}?(?:\s+\([^()]*\))?\s*(?:,\s*)?[(\-–—]?\s*(?:such as|including|like|"
    r"e\.g\.,?|i\.e\.,?|namely|:|-|–|—|\()\s*$"
)


@dataclass(slots=True)
class Group:
    """Candidates naming one thing; `votes` collected from all of them (slotted: a paper makes
    about nine and reads their fields often)."""

    members: list[Candidate] = field(default_factory=list)
    type: str | None = None
    weight: float = 0.0
    rules: list[str] = field(default_factory=list)
    kb_id: str | None = None
    long_form: str | None = None
    short_form: str | None = None
    proposed: str | None = None

    @property
    def surfaces(self) -> list[str]:
        return [c.m.name if c.m.rule == "coordination" else _text_of(c) for c in self.members]


def _text_of(c: Candidate) -> str:
    return c.m.name


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.m.field is b.m.field and a.m.start < b.m.end and b.m.start < a.m.end


def _sums(votes: list) -> dict[str, float]:
    """Vote weight per type, summed in vote order (a plain dict: a defaultdict costs more to build)."""
    by: dict[str, float] = {}
    for t, w, _ in votes:
        by[t] = by.get(t, 0.0) + w
    return by


def _best(by: dict[str, float]) -> tuple[str, float]:
    """The (type, weight) with the highest weight, ties to the greater type name: what
    `max(by.items(), key=lambda kv: (kv[1], kv[0]))` returns, without a key call per item."""
    items = iter(by.items())
    bt, bw = next(items)
    for t, w in items:
        if w > bw or (w == bw and t > bt):
            bt, bw = t, w
    return bt, bw


def select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: evidenced ones first, longest first; same-span twins kept.

    Chosen spans never overlap (twins share one span), so a character map per field tells at C
    speed whether a candidate clashes with any; the clashing ones are listed only then. An empty
    span clashes by the interval test alone, so a paper holding one is checked that way throughout.
    """
    keyed = []
    plain = True  # every span non-empty: the character map answers the overlap test
    for c in cands:
        m = c.m
        votes = c.votes
        if not votes:
            strength = 0.0
        elif len(votes) == 1:
            strength = 0.0 + votes[0][1]  # what the one-entry sum holds
        else:
            strength = max(_sums(votes).values())
        good = c.proposed is not None or strength >= 1.5 or m.rule == "coordination"
        contained_kb = m.rule == "caprun" and not any(r.startswith("ctx:head") for _, _, r in votes)
        keyed.append(((not good, contained_kb, m.start - m.end, -strength, m.start, m.name), c))
        if m.start >= m.end:
            plain = False
    keyed.sort(key=_first)  # stable on equal keys, as sorting the candidates by key was

    chosen: list[Candidate] = []
    cover: dict[Field, bytearray] = {}  # 1 where a chosen span covers the character
    for _, c in keyed:
        f, cs, ce = c.m.field, c.m.start, c.m.end
        if plain:
            cov = cover.get(f)
            if cov is None:
                cov = cover[f] = bytearray(ce)
            elif len(cov) < ce:
                cov.extend(bytes(ce - len(cov)))
            if cov.find(1, cs, ce) < 0:
                chosen.append(c)
                cov[cs:ce] = b"\x01" * (ce - cs)
                continue
        # a chosen candidate keeps its span when a twin replaces it, so its mention gives the span
        clash = [i for i, d in enumerate(chosen) if d.m.field is f and cs < d.m.end and d.m.start < ce]
        if not clash:
            chosen.append(c)
        elif all(chosen[i].m.start == cs and chosen[i].m.end == ce for i in clash):
            if c.m.rule == "coordination" and all(chosen[i].m.name != c.m.name for i in clash):
                chosen.append(c)
            else:
                # the first clash: also the first chosen equal to it (`chosen.index`), since an equal
                # candidate has its span and so clashes too
                i = clash[0]
                twin = chosen[i]
                twin.votes += [v for v in c.votes if v not in twin.votes]
                twin.proposed = twin.proposed or c.proposed
                if c.m.rule.startswith("acronym") and not twin.m.rule.startswith("acronym"):
                    chosen[i] = Candidate(c.m, twin.votes, twin.proposed, twin.sentence)
    return sorted(chosen, key=_reading_order)


def _reading_order(c: Candidate) -> tuple:
    return (c.m.field != Field.TITLE, c.m.start, c.m.name)


def _first(pair: tuple) -> tuple:
    return pair[0]


def spread_lists(chosen: list[Candidate], texts: dict[Field, str]) -> None:
    """Types spread along coordinations ("on A, B and C"); a head before the list types it all."""
    chains: list[list[Candidate]] = []
    pm = None  # the previous candidate's mention: the last of the last chain
    for c in chosen:
        m = c.m
        if pm is not None and pm.field is m.field:
            if pm.start == m.start and pm.end == m.end:
                chains[-1].append(c)
            else:  # the gap continues a list (or gives an acronym its long form); in
                # "On BEIR, LexiRank improves ..." a comma before a clause's subject is no list
                text = texts[m.field]
                gap = text[pm.end : m.start]
                if (m.rule == "acronym:short" and gap == " (") or (_LIST_SEP.match(gap) is not None and not (
                        gap == ", " and _CLAUSE_AFTER.match(text, m.end))):
                    chains[-1].append(c)
                else:
                    chains.append([c])
        else:
            chains.append([c])
        pm = m
    lex_heads = {"benchmark", "model", "method"}
    for chain in chains:
        c0 = chain[0]
        text, start = texts[c0.m.field], c0.m.start
        # The 90 characters before the list, right-stripped once: `_list_head` reads on only when
        # they end in a cue, `_data_before` (the last 60 of them) only when they end in "on",
        # "from" or "the" (last letter n, m or e) after the 60-character window's start.
        lo90 = start - 90 if start > 90 else 0
        tail = text[lo90:start].rstrip()
        head = _list_head(c0, texts) if tail.endswith(_LIST_CUES) else None
        shared = [v for v in c0.votes if v[2] in ("ctx:on-eval", "ctx:tuned")] if c0.votes else []
        if head:
            shared.append((head, 2.0, "ctx:list-head"))
        elif tail[-1:] in _DATA_LAST and lo90 + len(tail) > start - 60 and _data_before(
                text, max(0, start - 60), start):
            shared.append(("benchmark", 2.0, "ctx:data-source"))  # "trained on A and B", "drawn from A"
        if len(chain) == 1:
            if shared:
                chain[0].votes += [v for v in shared if v not in chain[0].votes]
            continue
        typed: Counter[str] = Counter()
        for c in chain:
            if c.votes:
                t, w = _best(_sums(c.votes))
                if w >= 2.5 and t in lex_heads:
                    typed[t] += 1
        if len(chain) > 1 and typed:
            t, n = typed.most_common(1)[0]
            if (n * 2 >= len([x for x in chain if x.votes]) or n >= 2) and (head is None or t == head):
                shared.append((t, 2.0, "ctx:list"))
            elif head is not None and t != head:
                # "test sets such as A, B and C, our model ...": the head noun outweighs one member's stray vote
                shared = [(head, 3.5, "ctx:list-head") if v[2] == "ctx:list-head" else v for v in shared]
        f, (ss, se) = chain[0].m.field, chain[0].sentence
        if len(chain) >= 3 and not typed and not shared and _EVAL.search(texts[f][ss:se]):
            shared.append(("benchmark", 2.0, "ctx:eval-list"))
        elif len(chain) >= 2 and not typed and not shared and _ON_LIST.search(texts[f], max(ss, chain[0].m.start - 30), chain[0].m.start):
            shared.append(("benchmark", 2.0, "ctx:on-list"))  # "agents on ToolQuill and API-Quill"
        elif not typed and not shared and _BEATEN.search(texts[f], max(ss, chain[0].m.start - 40), chain[0].m.start):
            # "RoboPilot-7B outperforms OpenVLA and Octo": the systems beaten are of the winner's kind
            subject = [_top_type(c) for c in chosen if c.m.field is f and ss <= c.m.start < chain[0].m.start]
            kind = next((t for t in reversed(subject) if t in ("model", "method")), None)
            if kind:
                shared.append((kind, 2.0, "ctx:compared"))
        head_intro = chain[0].proposed if chain[0].proposed in ("intro:verb", "intro:capword") else None
        for c in chain:
            c.votes += [v for v in shared if v not in c.votes]
            if head_intro:  # "we introduce A (X) and B (Y)": both are new
                c.proposed = c.proposed or head_intro
    chosen += lowercase_methods(chosen, texts)


# One lowercase list item: one to three words, ended by a separator, a preposition or punctuation.
_LOWER_ITEM = re.compile(
    r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([a-z][a-z\-]*[a-z](?:\s+[a-z][a-z\-]*[a-z]){0,2}?)"
    r"(?=,|\s+(?:and|or|under|on|in|for|with|to|against|at|as|is|are|was|were|which|that|from|by|across|versus|vs)\b|"
    r"\s*[.;:)]|\s*$)"
)
_HEAD_TAIL = re.compile(r"\s+(?:prompting|method|methods|technique|techniques|approach|training|strategy|strategies)$")
_PARADIGM_LEAD = frozenset(
    "full standard vanilla simple naive basic regular plain supervised unsupervised conventional traditional "
    "existing other more several various different many their our its the a an".split()
)


_FUNCTION = frozenset(
    "we us our to the a an it its they their this that these those can may not also both each without using "
    "including relying via than then thus".split()
)


def _top_type(c: Candidate) -> str | None:
    return _best(_sums(c.votes))[0] if c.votes else None


def _method_like(c: Candidate) -> bool:
    for v in c.votes:
        if v[0] == "method":
            break
    else:
        return False  # no method vote: method cannot be the best type (most candidates)
    t, w = _best(_sums(c.votes))  # the best type's weight is the highest weight
    return t == "method" and w >= 2.5


def lowercase_methods(chosen: list[Candidate], texts: dict[Field, str]) -> list[Candidate]:
    """Lowercase techniques listed after a named one: "Mixup, CutMix, random erasing and label smoothing",
    "LoRA, adapter tuning and prompt tuning". Items with a leading ordinary adjective ("full fine-tuning"),
    plurals ("adapter layers") and bare head words are paradigms or classes, not named techniques."""
    out: list[Candidate] = []
    taken: dict[tuple[Field, int], Candidate] | None = None  # built when a list item first needs it
    for c in chosen:
        for v in c.votes:  # `_method_like`, its no-method-vote exit inlined (most candidates)
            if v[0] == "method":
                break
        else:
            continue
        if not _method_like(c):
            continue
        text, pos = texts[c.m.field], c.m.end
        end = c.sentence[1]
        while True:
            m = _LOWER_ITEM.match(text, pos, end)
            if not m:
                break
            pos = m.end()
            item = _HEAD_TAIL.sub("", m.group(1)) if " " in m.group(1) else m.group(1)
            words = item.split()
            if (words[0] in _PARADIGM_LEAD or (words[-1].endswith("s") and not words[-1].endswith("ss"))
                    or len(item) < 5 or words[0].endswith(("ing", "ed", "ly")) or _FUNCTION.intersection(words)
                    or (len(words) == 1 and "-" not in item)):
                continue  # "identifying the process", "we rigorously prove", a lone verb ("suffer")
            start = m.start(1)
            if taken is None:
                taken = {(d.m.field, d.m.start): d for d in chosen}
            known = taken.get((c.m.field, start))
            if known is not None:  # a lowercase KB name in the list ("stochastic depth"): a technique here
                if known.m.name.islower() and ("method", 2.5, "ctx:method-list") not in known.votes:
                    known.votes.append(("method", 2.5, "ctx:method-list"))
                continue
            mention = Mention(c.m.field, start, start + len(item), item, "list:lowercase", conf=0.4)
            out.append(Candidate(mention, [("method", 2.5, "ctx:method-list")], None, c.sentence))
            taken[(c.m.field, start)] = out[-1]
    return out


_DATA_BEFORE = re.compile(
    r"(?:\b(?:trained|pre-?trained|fine-?tuned|finetuned|train|fine-?tune)\s+(?:[\w\-]+\s+){0,4}?on|"
    r"\b(?:drawn|sampled|collected|curated|mined|taken|filtered)\s+from)\s+(?:the\s+)?$"
)


_DATA_LAST = frozenset("nme")  # the last letters of "on", "from" and "the"


def _data_before(text: str, lo: int, hi: int) -> bool:
    """`_DATA_BEFORE` in text[lo:hi], read only when the window ends in "on" or "from" (and "the"),
    which every match does: most windows fail that plain string test."""
    tail = text[lo:hi].rstrip()
    if not (tail.endswith(("on", "from")) or (tail.endswith("the") and tail[:-3].rstrip().endswith(("on", "from")))):
        return False
    return _DATA_BEFORE.search(text, lo, hi) is not None


_ON_LIST = re.compile(r"(?<!based )(?<!built )(?<!relies )(?<!rely )(?<!depend )\b(?:on|across)\s+(?:the\s+)?$")
_BEATEN = re.compile(r"\b(?:outperform\w*|surpass\w*|beat\w*|compared (?:with|to)|rival\w*|exceed\w*)\s+(?:the\s+)?$")
_CLAUSE_AFTER = re.compile(r"\s+(?:also\s+|consistently\s+|still\s+)?(?:[a-z]+(?:s|ed)|is|are|was|were|has|have|can|will)\b(?!,)")
_LIST_CUES = ("such as", "including", "like", "e.g.", "e.g.,", "i.e.", "i.e.,", "namely", ":", "-", "–", "—", "(")
_EVAL = re.compile(r"\b(?:experiment\w*|evaluat\w*|results?|perform\w*|achiev\w*|outperform\w*|tested|accuracy|"
                   r"compar\w*|baselines?)\b")
_HEAD_WORDS = {
    "benchmarks": "benchmark", "datasets": "benchmark", "benchmark": "benchmark", "dataset": "benchmark",
    "tasks": "benchmark", "corpora": "benchmark", "suites": "benchmark", "sets": "benchmark",
    "environments": "benchmark", "splits": "benchmark",
    "models": "model", "llms": "model", "model": "model", "baselines": "model", "systems": "model",
    "methods": "method", "algorithms": "method", "techniques": "method", "architectures": "method",
    "optimizers": "method", "approaches": "method",
}

# The head words holding no other one ("datasets" holds "dataset"): one of them in the lowercased
# window is a cheap necessary condition for `_list_head` to find a head.
_HEAD_CORES = tuple(sorted(w for w in _HEAD_WORDS if not any(o != w and o in w for o in _HEAD_WORDS)))


def _list_head(c: Candidate, texts: dict[Field, str]) -> str | None:
    """The head noun governing a list: "datasets such as", "benchmarks (e.g.,", "models - "."""
    before = texts[c.m.field][max(0, c.m.start - 90) : c.m.start]
    if not before.rstrip().endswith(_LIST_CUES):
        return None
    low = before.lower()
    for w in _HEAD_CORES:
        if w in low:
            break
    else:
        return None  # no head noun anywhere before: the (backtracking) list-head pattern cannot find one
    m = _LIST_HEAD.search(before, _list_head_from(before))
    if not m:
        return None
    for w in reversed(re.findall(r"[A-Za-z\-]+", m.group(0))):
        if w.lower() in _HEAD_WORDS:
            return _HEAD_WORDS[w.lower()]
    return None


_WORD_CHUNK = re.compile(r"[a-z][\w\-]*")


def _list_head_from(before: str) -> int:
    """A chunk start (or 0) no match of `_LIST_HEAD` in `before` starts before.

    Over the whole window the pattern is tried, and backtracks, at every word start, though most
    of the window is too far back. A match is a head word and at most five lowercase words, then a tail: an optional
    "(...)", then spaces, a comma, a dash or bracket and the cue. The tail starts no earlier than
    the shortest reading back from the cue; the words before it are whole whitespace-separated
    chunks of lowercase words, so the head word lies in the sixth chunk back at the farthest, or in
    the first chunk back that is not such a word. Searching from that chunk start (whitespace
    before it, so a word boundary reads as in the whole window) finds the same leftmost match.
    """
    e = len(before)
    while e and before[e - 1].isspace():
        e -= 1
    starts = [e - len(c) for c in _LIST_CUES if before.endswith(c, 0, e)]
    if not starts:
        return 0  # no cue: let the pattern say so
    i = min(starts)
    while i and before[i - 1].isspace():
        i -= 1
    if i and before[i - 1] in "(-–—":
        i -= 1
        while i and before[i - 1].isspace():
            i -= 1
    if i and before[i - 1] == ",":
        i -= 1
        while i and before[i - 1].isspace():
            i -= 1
    if i and before[i - 1] == ")":  # a "(...)" before the cue: the tail may start before it
        o = before.rfind("(", 0, i - 1)
        if o > 0 and before[o - 1].isspace():
            i = o - 1
            while i and before[i - 1].isspace():
                i -= 1
    j = i
    while j and not before[j - 1].isspace():
        j -= 1  # the chunk holding the tail start (its words may run on past it)
    for _ in range(5):
        while j and before[j - 1].isspace():
            j -= 1
        if not j:
            return 0
        k = j
        while k and not before[k - 1].isspace():
            k -= 1
        chunk, j = before[k:j], k
        if not _WORD_CHUNK.fullmatch(chunk):
            break  # not one of the lowercase words: the head word is in this chunk or after it
    return j


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _without_title_phrases(chosen: list[Candidate], pc: PaperCandidates, kb: KnowledgeBase,
                           lex: Lexicon) -> list[Candidate]:
    """Drop a KB name of ordinary words found only in the title: "Lost in the Stack" is no dataset."""
    in_abstract: set[str | None] | None = None  # built when a title KB name first needs it
    out = []
    for c in chosen:
        m = c.m
        if m.field is Field.TITLE and m.rule == "kb":
            if in_abstract is None:
                in_abstract = {d.m.kb_id for d in chosen if d.m.field is Field.ABSTRACT and d.m.kb_id}
            if m.kb_id not in in_abstract and all(lex.is_word(w) for w in m.name.split()):
                continue
        out.append(c)
    return out


_PLURAL_SHORT = re.compile(r"^[A-Z][A-Za-z]*[A-Z]s$")


def _without_classes(chosen: list[Candidate], pc: PaperCandidates, norm_key) -> list[Candidate]:
    """Drop a class defined by a lowercase plural and its plural acronym ("process reward models (PRMs)")
    with every singular use of the acronym: a kind of thing, not one thing."""
    drop: set[str] = set()
    for _, a in pc.abbrevs:
        if _PLURAL_SHORT.match(a.short) and a.long[1:].islower() and a.long.endswith("s"):
            drop |= {norm_key(a.short), norm_key(a.short[:-1]), norm_key(a.long), norm_key(a.long[:-1])}
    if not drop:
        return chosen
    return [c for c in chosen if c.proposed or norm_key(c.m.name) not in drop]


# Every ASCII character but a lowercase letter or a digit, deleted.
_ASCII_NON_ALNUM = str.maketrans("", "", "".join(chr(i) for i in range(128) if not (chr(i).isdigit() or "a" <= chr(i) <= "z")))


def _fast_norm_key(s: str) -> str:
    """`kg.text.norm_key`, without normalising or a pattern for an ASCII name ("GPT-4o"): ASCII
    has no decompositions, and its lowercase keeps only [0-9a-z] once the rest is deleted."""
    if s.isascii():
        low = s.lower()
        return low if low.isalnum() else low.translate(_ASCII_NON_ALNUM)
    return _norm_key(s)


def group(chosen: list[Candidate], pc: PaperCandidates, kb: KnowledgeBase, lex: Lexicon) -> list[Group]:
    """Group by name (plural folded), by knowledge-base entry and by acronym definition.

    A union-find root is the least key of its set whatever the order of the unions, so a key no
    union touched is its own root and only the few keys in unions enter the union-find.
    """
    memo: dict[str, str] = {}  # norm_key per spelling, within this paper

    def norm_key(s: str) -> str:
        k = memo.get(s)
        if k is None:
            k = memo[s] = _fast_norm_key(s)
        return k

    chosen = _without_classes(_without_title_phrases(chosen, pc, kb, lex), pc, norm_key)
    uf = _UnionFind()
    nks: list[str] = []  # name key of chosen[i]
    keys: list[str] = []  # group key of chosen[i]: its knowledge-base entry's, else its name's
    names: dict[str, str] = {}  # name key -> the group key of the last candidate spelled so
    for c in chosen:
        m = c.m
        nk = memo.get(m.name)
        if nk is None:
            nk = memo[m.name] = _fast_norm_key(m.name)
        k = "kb:" + m.kb_id if m.kb_id and m.rule == "kb" else "n:" + nk
        nks.append(nk)
        keys.append(k)
        names[nk] = k
    for k, nk in zip(keys, nks):
        if k[0] == "k":  # a knowledge-base key meets its spelling's; a name key is its own
            uf.union(k, "n:" + nk)
        if nk.endswith("s") and nk[:-1] in names:
            uf.union(k, names[nk[:-1]])
    for _, a in pc.abbrevs:
        ks, kl = norm_key(a.short), norm_key(a.long)
        if ks in names and kl in names:
            uf.union(names[ks], names[kl])
    for short, full in release_pairs(chosen):
        uf.union(names[norm_key(short)], names[norm_key(full)])
    parent = uf.parent
    groups: dict[str, Group] = {}
    for c, k in zip(chosen, keys):
        root = uf.find(k) if k in parent else k
        g = groups.get(root)
        if g is None:
            groups[root] = Group([c])
        else:
            g.members.append(c)
    for _, a in pc.abbrevs:
        root = uf.find(names.get(norm_key(a.short), "n:" + norm_key(a.short)))
        if root in groups and uf.find(names.get(norm_key(a.long), "")) == root:
            groups[root].long_form = groups[root].long_form or a.long
            groups[root].short_form = groups[root].short_form or a.short
    for g in groups.values():
        _type(g, lex)
    return sorted(groups.values(), key=_group_order)


def _group_order(g: Group) -> tuple[bool, int]:
    first = g.members[0].m
    return (first.field != Field.TITLE, first.start)


_SIZE_SUFFIX = re.compile(r"[-_ ]?\d+(?:\.\d+)?[BMK]$")
_VERSION_SUFFIX = re.compile(r" v\d+(?:\.\d+)*$")
_EDITION_SUFFIX = re.compile(r" (?:(?:19|20)\d\d|\d{1,2})$")  # "BraTS 2021", "Common Voice 16": one edition


def _is_dataset(c: Candidate) -> bool:
    return c.m.type == "benchmark" or (c.m.type is None and _top_type(c) == "benchmark")


def release_pairs(chosen: list[Candidate]) -> list[tuple[str, str]]:
    """(short, full) names of one thing: the paper's own model and its only sized release
    ("RoboPilot" / "RoboPilot-7B"), a dataset and its only written version or edition ("Defects4J" /
    "Defects4J v2.0", "BraTS" / "BraTS 2021").

    A family the knowledge base knows keeps its releases apart (Whisper, Whisper-large-v3), and
    a family with two releases in the paper (X-7B, X-13B) is a family, not an alias.
    """
    by_name: dict[str, Candidate] = {}
    for c in chosen:
        by_name.setdefault(c.m.name, c)
    longer: dict[str, list[str]] = {}
    for name in by_name:
        last = name[-2:-1] if name.endswith("\n") else name[-1:]  # `$` matches before a final newline too
        if not (last in "BMK" or (last.isdigit() and " " in name)):
            continue  # a size ends in a size letter; a version or an edition in a digit after a space
        for pat in (_SIZE_SUFFIX, _VERSION_SUFFIX, _EDITION_SUFFIX):
            m = pat.search(name)
            if m and m.start() > 1 and (pat is not _EDITION_SUFFIX or _is_dataset(by_name[name])):
                longer.setdefault(name[: m.start()], []).append(name)
    out: list[tuple[str, str]] = []
    if not longer:
        return out
    for short, fulls in sorted(longer.items()):
        c = by_name.get(short)
        if c is None or len(fulls) != 1:
            continue
        if _SIZE_SUFFIX.search(fulls[0]) and (not (c.proposed or by_name[fulls[0]].proposed)
                                              or (c.m.kb_id and c.m.rule == "kb" and not c.proposed)):
            continue  # a known family, or a model and a sized one neither of which is the paper's
        out.append((short, fulls[0]))
    return out


# "PRM800K", "Evol-Instruct-110K", "WebVid-10M": a count of examples names a dataset ("-7B" sizes a model)
_COUNT_K = re.compile(r"\d+(?:\.\d+)?K$")
_COUNT_M = re.compile(r"[A-Za-z]-\d+(?:\.\d+)?M$")
# "Whisper-large-v3", "Murmur-medium", "Zorbo 1.5 Pro": a size word, release tag or tier names a released model
_RELEASE_TAIL = re.compile(
    r"[A-Za-z]-(?:tiny|small|base|medium|large|xl|xxl|Tiny|Small|Base|Medium|Large|XL|XXL)(?:-v\d+(?:\.\d+)?)?$"
    r"|[a-z]-v\d+(?:\.\d+)?$|[A-Za-z] \d+(?:\.\d+)? (?:Pro|Flash|Sonnet|Haiku|Opus|Ultra|Nano|Mini)$"
)
_SPLIT_TAIL = re.compile(r"[A-Za-z]-(?:Train|Test|Val|Dev|train|test|val|dev)$")  # "ChartRiddle-Train": a split


_SPLIT_WORDS = ("Train", "Test", "Val", "Dev", "train", "test", "val", "dev")
_RELEASE_WORDS = ("tiny", "small", "base", "medium", "large", "xl", "Tiny", "Small", "Base", "Medium", "Large", "XL",
                  "Pro", "Flash", "Sonnet", "Haiku", "Opus", "Ultra", "Nano", "Mini")


def _count_vote(name: str) -> tuple[str, float, str] | None:
    # Each pattern is tried only when the name ends as its matches must end (a letter, a word, a digit).
    tail = name.removesuffix("\n")  # `$` also matches before a final newline
    last = tail[-1:]
    if last == "K" and _COUNT_K.search(name) and not name[:1].isdigit():
        return ("benchmark", 2.5, "morph:example-count")
    if tail.endswith(_SPLIT_WORDS) and _SPLIT_TAIL.search(name):
        return ("benchmark", 3.0, "morph:split")
    if (last.isdigit() or tail.endswith(_RELEASE_WORDS)) and _RELEASE_TAIL.search(name):
        return ("model", 2.0, "morph:release")
    if last == "M" and _COUNT_M.search(name):
        return ("benchmark", 2.0, "morph:example-count")
    return None


def _type(g: Group, lex: Lexicon) -> None:
    members = g.members
    if len(members) == 1:  # most groups: one mention, and most of those with at most one vote
        c = members[0]
        m = c.m
        votes = c.votes
        if len(votes) < 2 and (m.kb_id or not _count_vote(m.name)):
            if m.kb_id and m.rule == "kb" and not g.kb_id:
                g.kb_id = m.kb_id
            g.proposed = g.proposed or c.proposed
            if votes:
                t, w, r = votes[0]
                g.type, g.weight = t, 0.0 + (w if w > 0.0 else 0.0)  # noqa: FURB136  the one (type, rule)'s sum, no call
                g.rules = [r]
            return
    best: dict[tuple[str, str], float] = {}
    proposed = g.proposed
    for c in g.members:
        m = c.m
        if not m.kb_id:
            v = _count_vote(m.name)
            if v:
                best[(v[0], v[2])] = v[1]
        elif m.rule == "kb" and not g.kb_id:
            g.kb_id = m.kb_id
        for t, w, r in c.votes:
            old = best.get((t, r), 0.0)
            best[(t, r)] = w if w > old else old  # noqa: FURB136  max(old, w) without the call
        proposed = proposed or c.proposed
    g.proposed = proposed
    if not best:
        return
    by_type: dict[str, float] = {}
    for (t, _), w in best.items():
        by_type[t] = by_type.get(t, 0.0) + w
    t, w = _best(by_type) if len(by_type) > 1 else next(iter(by_type.items()))
    g.type, g.weight = t, w
    rules = [r for (tt, r) in best if tt == t]
    rules.sort()
    g.rules = rules
