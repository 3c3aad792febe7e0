"""The fast paths of the RDF writers (string quoting, prefixed names) equal their plain forms."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.export.rdf_syntax import _ESCAPES, _LOCAL, PREFIXES, TurtleNames, quote_string

_SURROGATE = re.compile("[\ud800-\udfff]")


def plain_quote(value: str) -> str:
    """The reference: every escape by one translate table."""
    return '"' + _SURROGATE.sub("\ufffd", value).translate(_ESCAPES) + '"'


def plain_iri(value: str, prefixes: tuple[tuple[str, str], ...] = PREFIXES) -> str:
    """The reference: the first declared namespace the IRI starts with and whose rest is a local name."""
    if value == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type":
        return "a"
    for name, ns in prefixes:
        if value.startswith(ns) and _LOCAL.match(value, len(ns)):
            return f"{name}:{value[len(ns):]}"
    return f"<{value}>"


TRICKY = ["", "plain", 'say "hi"', "back\\slash", "caf\u00e9 \u4e2d \U0001f600", "tab\tnew\nline\r",
          "\x00\x01\x1f\x7f", "nbsp\u00a0thin\u2009soft\u00ad", "lone \ud800 surrogate", '\\"\u00e9\n']


def test_quote_string_on_tricky_text() -> None:
    for text in TRICKY:
        assert quote_string(text) == plain_quote(text), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF)))
def test_quote_string_equals_the_plain_form(text: str) -> None:
    assert quote_string(text) == plain_quote(text)


IRIS = [
    "https://w3id.org/kg/ontology#Paper", "https://w3id.org/kg/ontology#paper_count_evaluates_on",
    "https://w3id.org/kg/ontology#", "https://w3id.org/kg/ontology#9bad", "https://w3id.org/kg/ontology#a/b",
    "http://purl.org/dc/terms/title", "http://purl.org/dc/terms/sub/title", "http://purl.org/dc/elements/1.1/creator",
    "https://w3id.org/kg/id/benchmark/gsm8k", "https://w3id.org/kg/id/paper/abc#frag",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/2001/XMLSchema#integer",
    "https://schema.org/url", "https://schema.org/", "urn:x", "http://usefulinc.com/ns/doap#repository",
]


def test_prefixed_names_equal_the_first_matching_namespace() -> None:
    names = TurtleNames()
    for iri in IRIS * 2:  # twice: the memo answers the second time
        assert names.iri(iri) == plain_iri(iri), iri


def test_prefixes_without_a_separator_at_the_end_still_work() -> None:
    odd = (("ex", "http://example.org/thing"), ("kg", "https://w3id.org/kg/ontology#"))
    names = TurtleNames(odd)
    for iri in ["http://example.org/thingOne", "http://example.org/thing/x", "https://w3id.org/kg/ontology#Paper"]:
        assert names.iri(iri) == plain_iri(iri, odd), iri


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([ns for _, ns in PREFIXES] + ["https://w3id.org/kg/id/", "http://x.org/a#b/"]),
       st.text(alphabet="abcXYZ09_-/#.%", max_size=12))
def test_prefixed_names_on_generated_iris(ns: str, rest: str) -> None:
    assert TurtleNames().iri(ns + rest) == plain_iri(ns + rest)
