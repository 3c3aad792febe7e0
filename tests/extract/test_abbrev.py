"""Acronym definitions (Schwartz-Hearst) in both directions, and what is not one."""

from __future__ import annotations

import pytest

from kg.extract.abbrev import find_abbreviations


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        ("we add a module, named Detail Mamba (DeMamba), to detectors", "DeMamba", "Detail Mamba"),
        ("DeMamba (Detail Mamba) is a module", "DeMamba", "Detail Mamba"),
        ("We propose Critical Plan Step Learning (CPL), a method", "CPL", "Critical Plan Step Learning"),
        ("the Abstraction and Reasoning Corpus for Artificial General Intelligence (ARC-AGI).", "ARC-AGI",
         "Abstraction and Reasoning Corpus for Artificial General Intelligence"),
        ("trained with sharpness-aware minimization (SAM) and", "SAM", "sharpness-aware minimization"),
        ("via Step-level Advantage Preference Optimization (Step-APO), which", "Step-APO",
         "Step-level Advantage Preference Optimization"),
    ],
)
def test_definitions(text, short, long):
    found = {(a.short, a.long) for a in find_abbreviations(text)}
    assert (short, long) in found
    a = next(a for a in find_abbreviations(text) if a.short == short)
    assert text[a.short_start : a.short_end] == short and text[a.long_start : a.long_end] == long


@pytest.mark.parametrize(
    "text",
    [
        "as shown before (Lake and Baroni, 2018) in prior work",
        "it reaches high accuracy (92.1%) on the test",
        "a new method (see below) helps",
    ],
)
def test_not_definitions(text):
    assert find_abbreviations(text) == []


def test_long_form_never_crosses_a_sentence():
    text = "We build a retrieval system. The method reranks results (RR) well."
    assert all(". " not in a.long for a in find_abbreviations(text))


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        ("Q2L: Quill-Queried Lookup for Multi-Hop Question Answering", "Q2L", "Quill-Queried Lookup"),
        ("ZRA: Zonal Routing Attention for Long Documents", "ZRA", "Zonal Routing Attention"),
        ("We propose Quill-Queried Lookup (Q2L), which expands a graph", "Q2L", "Quill-Queried Lookup"),
        ("We map Zero to Hero (Z2H) trajectories", "Z2H", "Zero to Hero"),
    ],
)
def test_title_prefix_and_digit_acronyms(text, short, long):
    a = next(a for a in find_abbreviations(text) if a.short == short)
    assert a.long == long and text[a.long_start : a.long_end] == long


@pytest.mark.parametrize(
    "text",
    [
        "ZRA: Making Long Documents Cheap",  # the words after the colon do not spell the prefix
        "Revisiting Attention: Routing Zones for Long Documents",  # the prefix is no acronym
    ],
)
def test_title_colon_needs_a_spelled_acronym(text):
    assert find_abbreviations(text) == []
