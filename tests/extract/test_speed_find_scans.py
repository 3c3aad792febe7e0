"""Scans that try their pattern only where it can start (an anchor found by `str.find`) give
exactly the matches of the plain `finditer`: on the seed listings and on generated text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.candidates import framed_copy
from kg.extract.discover import (
    _BENCH_TAIL,
    _CAPS_PAIR,
    _CAPS_PART,
    _CAPS_YEAR,
    _HYPHENATED,
    _INTRO_STEM,
    _NAMING,
    _NUMBER_TAIL,
    _SIZE_TAIL,
    _TIER_TAIL,
    _may_open_tail,
    hyphenated,
    intro_stems,
    scan_cues,
)
from kg.extract.mentions import _POSSESSIVE, NAMEISH, _has_possessive, _unpossessed, name_words
from kg.extract.sentences import _ABBREV, _BOUNDARY, _is_boundary, _word_before


def _spans(matches) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in matches]


@pytest.fixture(scope="module")
def texts(seed_texts: list[str]) -> list[str]:
    return list(seed_texts)


def test_hyphenated_equals_the_plain_scan(texts):
    hits = 0
    for text in texts:
        want = _spans(_HYPHENATED.finditer(text))
        assert _spans(hyphenated(text)) == want, text
        hits += len(want)
    assert hits > 100


_WORDS = st.sampled_from(["ogbg", "molhiv", "NExT", "QA", "API", "Bank", "x", "7", "1a", "é", "_", "-", "--", " ", ".",
                          "(", "'", "+", "\n", "ab-cd", "Z-", "-q"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_WORDS, max_size=16))
def test_hyphenated_equals_the_plain_scan_on_pieces(pieces):
    text = "".join(pieces)
    assert _spans(hyphenated(text)) == _spans(_HYPHENATED.finditer(text)), text


_VERBISH = st.sampled_from(["we ", "We ", "propose", "Propose", "proposed", "train", "pre-", "re-", "_", "-", "x", "7", " ",
                            "(", "\n", "introduc", "ing", "open-source", "present", "represent", "é", "build", "ed-"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_VERBISH, max_size=14))
def test_intro_stems_equal_the_plain_pattern_on_pieces(pieces):
    text = "".join(pieces)
    want = [(m.start(), m.end(), m.group(0)) for m in _INTRO_STEM.finditer(text)]
    assert intro_stems(text) == want, text
    assert intro_stems(text, framed_copy(text)) == want, text


_NAMEY = st.sampled_from(["GPT", "-4", "o1", "x", "ab", "7B", "v1.5", "'", "’", ".", "_", "-", "+", "++", " ", "\n", "(", "é",
                          "Ab", "aB", "DeMamba", "word2vec", "e.g.", "A+", "X’s"])


@settings(max_examples=1000, deadline=None)
@given(st.lists(_NAMEY, max_size=14))
def test_name_words_equal_the_look_behind_scan_on_pieces(pieces):
    text = "".join(pieces)
    assert list(name_words(text)) == [(m.start(), m.group(0)) for m in NAMEISH.finditer(text)], text


def _is_boundary_ref(text: str, m) -> bool:
    if text[m.start()] != ".":
        return True
    word = _word_before(text, max(0, m.start() - 40), m.start()).lower()
    return not (word in _ABBREV or (len(word) == 1 and word.isalpha()))


def test_sentence_shortcut_holds_for_every_abbreviation():
    assert max(map(len, _ABBREV)) < 7  # `_is_boundary` takes seven letters before "." for a sentence end


_SENTENCEY = st.sampled_from(["et al", "e.g", "Fig", "approx", "results", "x", "A", "é", "3", ".", ". ", "! ", " ", "\n",
                              "We", "(", "\"", "Approximately", "ééééééé"])


@settings(max_examples=800, deadline=None)
@given(st.lists(_SENTENCEY, max_size=14))
def test_is_boundary_equals_its_plain_form(pieces):
    text = "".join(pieces)
    for m in _BOUNDARY.finditer(text):
        assert _is_boundary(text, m) == _is_boundary_ref(text, m), text


def test_is_boundary_equals_its_plain_form_on_seeds(texts):
    for text in texts:
        for m in _BOUNDARY.finditer(text):
            assert _is_boundary(text, m) == _is_boundary_ref(text, m), text


_NAMINGY = st.sampled_from(["named", "Named", "renamed", "called", "we call", "which we call", "we", " ", "-", "_", "(",
                            "\n", "referred to as", "referred to", "denoted by", "dubbed", "x", "é", "\"", "coined", "term"])


@settings(max_examples=800, deadline=None)
@given(st.lists(_NAMINGY, max_size=12))
def test_scan_cues_says_no_naming_only_when_the_pattern_finds_none(pieces):
    text = "".join(pieces)
    stems, named = scan_cues(text, framed_copy(text))
    assert stems == intro_stems(text)
    if named is False:
        assert _NAMING.search(text) is None, text


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="aBZ09_'’.-+ é(\nxQ1", max_size=16))
def test_name_words_equal_the_look_behind_scan_on_characters(text):
    assert list(name_words(text)) == [(m.start(), m.group(0)) for m in NAMEISH.finditer(text)], text


_TAILY = st.sampled_from([" ", "-", "16", " 2019", " v2", "v", " Pro", " DL", " MARCO", "bench", "Bench", "-bench", "x", "é",
                          "٣", " ٣", "B", "-T", "-large", "/16", "%", ".5", "\n"])


@settings(max_examples=800, deadline=None)
@given(st.lists(_TAILY, max_size=8))
def test_no_name_tail_after_a_space_and_anything_else(pieces):
    text = "".join(pieces)
    for i in range(len(text)):
        if text[i] == " " and not _may_open_tail(text[i + 1 : i + 2]):
            for tail in (_NUMBER_TAIL, _TIER_TAIL, _CAPS_YEAR, _CAPS_PAIR, _SIZE_TAIL, _BENCH_TAIL, _CAPS_PART):
                assert tail.match(text, i) is None, (text, i, tail.pattern)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="Xs'’ \n-", max_size=8))
def test_possessive_shortcuts_equal_the_pattern(word):
    assert _has_possessive(word) == (_POSSESSIVE.search(word) is not None)
    assert _unpossessed(word) == _POSSESSIVE.sub("", word)
