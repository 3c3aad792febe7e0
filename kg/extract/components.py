"""The extractor's steps as spaCy factories, and the blank English tokenizer's traps fixed.

    import spacy, kg.extract.components
    nlp = kg.extract.components.build_nlp()     # or: nlp.add_pipe("kg_candidates"), ...
    doc = nlp("We evaluate Llama-2-7B on GSM8K.")
    doc.spans["kg_candidates"]                  # every candidate, overlaps kept
    doc.spans["kg_entities"]                    # the typed, non-overlapping names (label = type)

Traps of `spacy.blank("en")` (3.8) this module fixes or avoids: a period stays glued after a
capital or digit ("GSM8K." and "Llama-2-7B."), "(" and "{" stay inside a token
("GPT-4V(ision", "CIFAR-{10,100"), hyphens split names ("MMLU-Pro" -> "MMLU", "-", "Pro"), and
"et al." / "Fig. 3" end sentences under a naive splitter. Candidates are found on characters
and aligned with `doc.char_span(..., alignment_mode="expand")`, so no trap can cut a name.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_suffix_regex

from kg.extract.assemble import THRESHOLD, group, select, spread_lists
from kg.extract.candidates import CandidateFinder
from kg.extract.kb import load_kb
from kg.extract.lexicon import load_lexicon
from kg.extract.sentences import sentence_spans
from kg.model import Field

_SUFFIX_PERIOD = r"(?<=[A-Z0-9])\.$"  # "GSM8K." / "7B." -> name + "."
_INFIX_BRACKETS = r"(?<=[\w\-])[\(\{\[](?=[\w])"  # "GPT-4V(ision" -> "GPT-4V", "(", "ision"


def fix_tokenizer(nlp: Language) -> Language:
    """Split a final period off names, split glued brackets, keep hyphenated names and sizes whole."""
    # unit suffixes ("8K", "7B", "3M") would cut "GSM8K" and "Llama-2-7B" once their period is split
    suffixes = [p for p in nlp.Defaults.suffixes if not p.startswith("(?<=[0-9])(?:km")] + [_SUFFIX_PERIOD]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    # hyphen infixes cut "MMLU-Pro", "DeepSeek-R1", "o3-mini-high", "Llama-2-7B" into pieces
    infixes = [p for p in nlp.Defaults.infixes if "-" not in p and "\\-" not in p] + [_INFIX_BRACKETS]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


@Language.factory("kg_sentences")
def make_sentences(nlp: Language, name: str) -> SentenceSetter:
    return SentenceSetter()


class SentenceSetter:
    """Sentence starts from `kg.extract.sentences` (aware of "et al.", "Fig. 3", "e.g.", decimals)."""

    def __call__(self, doc: Doc) -> Doc:
        starts = {s for s, _ in sentence_spans(doc.text)}
        for tok in doc:
            tok.is_sent_start = tok.i == 0 or tok.idx in starts
        return doc


def split_at(doc: Doc, offsets: set[int]) -> None:
    """Split tokens that straddle a name's boundary ("GSM8K." -> "GSM8K", "."), so spans align exactly.

    Needed on a tokenizer that `fix_tokenizer` has not fixed; a no-op on one that it has.
    """
    cuts: dict[int, list[int]] = {}
    for tok in doc:
        inner = sorted(o - tok.idx for o in offsets if tok.idx < o < tok.idx + len(tok.text))
        if inner:
            cuts[tok.i] = inner
    if not cuts:
        return
    # sentence starts by character, so the pieces of a split token keep the sentences they had
    starts = {tok.idx for tok in doc if tok.is_sent_start} if doc.has_annotation("SENT_START") else None
    with doc.retokenize() as retok:
        for i, inner in cuts.items():
            tok = doc[i]
            bounds = [0, *inner, len(tok.text)]
            orths = [tok.text[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
            retok.split(tok, orths, heads=[(tok, 0)] * len(orths))
    if starts is not None:
        for tok in doc:
            tok.is_sent_start = tok.i == 0 or tok.idx in starts


@Language.factory("kg_candidates")
def make_candidates(nlp: Language, name: str) -> CandidateSpans:
    return CandidateSpans()


class CandidateSpans:
    """Every character-level candidate as a span in `doc.spans["kg_candidates"]` (overlaps kept).

    The label is the knowledge-base type when the name is linked, else "CANDIDATE"; `kb_id_`
    holds the knowledge-base id.
    """

    def __init__(self, *, finder: CandidateFinder | None = None):
        self.finder = finder or CandidateFinder(load_kb(), load_lexicon())

    def match(self, doc: Doc) -> list:
        return self.finder.find("", doc.text).cands

    def set_annotations(self, doc: Doc, cands: list, key: str = "kg_candidates") -> None:
        split_at(doc, {b for c in cands for b in (c.m.start, c.m.end)})
        spans = []
        for c in cands:
            span = doc.char_span(c.m.start, c.m.end, label=c.m.type or "CANDIDATE", kb_id=c.m.kb_id or "",
                                 alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[key] = spans

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc


@Language.factory("kg_entities")
def make_entities(nlp: Language, name: str) -> EntitySpans:
    return EntitySpans()


class EntitySpans(CandidateSpans):
    """Typed names after selection, list spreading and grouping: `doc.spans["kg_entities"]`."""

    def __call__(self, doc: Doc) -> Doc:
        pc = self.finder.find("", doc.text)
        chosen = select(pc.cands)
        spread_lists(chosen, {Field.TITLE: "", Field.ABSTRACT: doc.text})
        kept = [g for g in group(chosen, pc, self.finder.kb, self.finder.lex)
                if g.type is not None and (g.weight >= THRESHOLD or g.proposed)]
        split_at(doc, {b for g in kept for c in g.members for b in (c.m.start, c.m.end)})
        spans: list[Span] = []
        for g in kept:
            for c in g.members:
                span = doc.char_span(c.m.start, c.m.end, label=g.type, kb_id=g.kb_id or "", alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        doc.spans["kg_entities"] = spans
        return doc


def build_nlp() -> Language:
    """A blank English pipeline with the fixed tokenizer and the kg components."""
    import spacy

    nlp = fix_tokenizer(spacy.blank("en"))
    nlp.add_pipe("kg_sentences")
    nlp.add_pipe("kg_candidates")
    nlp.add_pipe("kg_entities")
    return nlp
