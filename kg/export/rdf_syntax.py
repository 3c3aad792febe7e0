"""RDF terms and fast N-Triples / Turtle writers.

rdflib's serialisers take 6 s (N-Triples) and 38 s (Turtle) for 1.24M triples (MEASURED.md), so
kg writes both syntaxes itself from subject blocks. Correctness is tested by parsing the output
with rdflib and pyoxigraph and comparing it, by isomorphism, with a graph rdflib built itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import IO

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
DCTERMS = "http://purl.org/dc/terms/"
DC = "http://purl.org/dc/elements/1.1/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
KG = "https://w3id.org/kg/ontology#"

PREFIXES: tuple[tuple[str, str], ...] = (
    ("kg", KG), ("rdf", RDF), ("rdfs", RDFS), ("xsd", XSD), ("owl", OWL), ("dcterms", DCTERMS),
    ("dc", DC), ("skos", SKOS), ("prov", PROV), ("schema", "https://schema.org/"),
    ("mls", "http://www.w3.org/ns/mls#"), ("fabio", "http://purl.org/spar/fabio/"),
    ("doap", "http://usefulinc.com/ns/doap#"),
)

XSD_STRING = XSD + "string"
XSD_INTEGER = XSD + "integer"
XSD_DECIMAL = XSD + "decimal"
RDF_TYPE = RDF + "type"


# Terms are plain values, for speed (a million triples make millions of terms): an IRI is a str
# (absolute, already checked or minted safe), a literal a (lexical form, datatype IRI) tuple.
IRI = str
Lit = tuple[str, str]
Term = IRI | Lit
Block = tuple[IRI, list[tuple[IRI, Term]]]  # one subject and its (predicate, object) pairs


def lit(value: str, datatype: str = XSD_STRING) -> Lit:
    """A literal; xsd:string when plain."""
    return (value, datatype)


def integer(n: int) -> Lit:
    return (str(int(n)), XSD_INTEGER)


# -------------------------------------------------------------------------- escaping

_ESCAPES = {i: f"\\u{i:04X}" for i in [*range(0x20), 0x7F]}
_ESCAPES.update({ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})
_SURROGATE = re.compile("[\ud800-\udfff]")
_TO_ESCAPE = re.compile('[\x00-\x1f\x7f"\\\\]')  # exactly the keys of _ESCAPES
_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def quote_string(value: str) -> str:
    """A double-quoted string valid in N-Triples and Turtle; lone surrogates become U+FFFD."""
    if value.isprintable():  # no control character, no surrogate: only quotes and backslashes to escape
        # (str.translate is about 20x slower than this on text holding any non-ASCII character)
        if "\\" in value:
            value = value.replace("\\", "\\\\")
        if '"' in value:
            value = value.replace('"', '\\"')
        return f'"{value}"'
    if _SURROGATE.search(value):
        value = _SURROGATE.sub("\ufffd", value)
    return '"' + _TO_ESCAPE.sub(_escape_char, value) + '"'


def _escape_char(m: re.Match[str]) -> str:
    return _ESCAPES[ord(m.group())]


def check_iri(value: str) -> str:
    """`value` if it can be written between angle brackets, else ValueError."""
    if _IRI_BAD.search(value) or ":" not in value:
        raise ValueError(f"not an absolute IRI: {value!r}")
    return value


# -------------------------------------------------------------------------- N-Triples

def nt_term(t: Term) -> str:
    if type(t) is tuple:
        q = quote_string(t[0])
        return q if t[1] == XSD_STRING else f"{q}^^<{t[1]}>"
    return f"<{t}>"


def iter_ntriples(blocks: Iterable[Block]) -> Iterator[str]:
    """One N-Triples line per triple, subjects in block order."""
    for s, pos in blocks:
        subj = f"<{s}> "
        for p, o in pos:
            yield f"{subj}<{p}> {nt_term(o)} .\n"


def write_ntriples(blocks: Iterable[Block], fh: IO[bytes], *, chunk: int = 20000) -> int:
    """Write N-Triples as UTF-8; returns the number of triples."""
    buf: list[str] = []
    n = 0
    for line in iter_ntriples(blocks):
        buf.append(line)
        if len(buf) >= chunk:
            fh.write("".join(buf).encode("utf-8"))
            n += len(buf)
            buf = []
    fh.write("".join(buf).encode("utf-8"))
    return n + len(buf)


# -------------------------------------------------------------------------- Turtle

_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
_INTEGER = re.compile(r"[+-]?[0-9]+\Z")
_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+\Z")


class TurtleNames:
    """Prefixed names for IRIs under the declared prefixes, memoised (few distinct predicates)."""

    def __init__(self, prefixes: tuple[tuple[str, str], ...] = PREFIXES):
        self.prefixes = prefixes
        self._memo: dict[str, str] = {RDF_TYPE: "a"}
        # A local name holds no '/' or '#', so when every namespace ends in one of them, the only
        # namespace an IRI can be written under is its text up to its last '/' or '#'.
        self._ns: dict[str, str] | None = {}
        for name, ns in prefixes:
            if not ns.endswith(("/", "#")):
                self._ns = None
                break
            self._ns.setdefault(ns, name)

    def iri(self, value: str) -> str:
        got = self._memo.get(value)
        if got is None:
            got = f"<{value}>"
            if self._ns is not None:
                i = max(value.rfind("/"), value.rfind("#")) + 1
                name = self._ns.get(value[:i])
                if name is not None and _LOCAL.match(value, i):
                    got = f"{name}:{value[i:]}"
            else:
                for name, ns in self.prefixes:
                    if value.startswith(ns) and _LOCAL.match(value, len(ns)):
                        got = f"{name}:{value[len(ns):]}"
                        break
            if len(self._memo) < 10000:
                self._memo[value] = got
        return got

    def obj(self, t: Term) -> str:
        if type(t) is tuple:
            value, datatype = t
            if datatype == XSD_STRING:
                return quote_string(value)
            if (datatype == XSD_INTEGER and _INTEGER.match(value)) or (datatype == XSD_DECIMAL and _DECIMAL.match(value)):
                return value
            return f"{quote_string(value)}^^{self.iri(datatype)}"
        return self.iri(t)  # type: ignore[arg-type]


def iter_turtle(blocks: Iterable[Block], *, names: TurtleNames | None = None, prefixes: bool = True) -> Iterator[str]:
    """Turtle text: the prefixes (unless `prefixes` is false), then one paragraph per subject block."""
    names = names or TurtleNames()
    for name, ns in names.prefixes if prefixes else ():
        yield f"@prefix {name}: <{ns}> .\n"
    for s, pos in blocks:
        if not pos:
            continue
        parts = [f"\n{names.iri(s)}"]
        last_p = None
        for i, (p, o) in enumerate(pos):
            if p == last_p:
                parts.append(f" ,\n        {names.obj(o)}")
            else:
                parts.append(f"{' ;' if i else ''}\n    {names.iri(p)} {names.obj(o)}")
            last_p = p
        parts.append(" .\n")
        yield "".join(parts)


def write_turtle_blocks(
    blocks: Iterable[Block], fh: IO[bytes], *, chunk: int = 5000, names: TurtleNames | None = None,
    prefixes: bool = True,
) -> None:
    buf: list[str] = []
    for para in iter_turtle(blocks, names=names, prefixes=prefixes):
        buf.append(para)
        if len(buf) >= chunk:
            fh.write("".join(buf).encode("utf-8"))
            buf = []
    fh.write("".join(buf).encode("utf-8"))
