"""The kg OWL ontology (`kg.ttl`) and SHACL shapes (`shapes.ttl`), shipped as package data.

A pip-installed kg reads them here; `ontologies/` at the repository root holds byte-identical
copies for people and tools (tests/export/test_shacl.py checks that they match).
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

ONTOLOGY_NS = "https://w3id.org/kg/ontology#"
ONTOLOGY_IRI = "https://w3id.org/kg/ontology"


def read_text(name: str) -> str:
    """The text of `kg.ttl` or `shapes.ttl`."""
    return (files(__name__) / name).read_text(encoding="utf-8")


@cache
def ontology_version() -> str:
    """The ontology's owl:versionInfo: raised whenever what the exports hold changes in a way the
    named queries depend on (0.2.0: ranks written at build time;
    0.3.0: kg:paper_count_reusing), so an older graph is detected."""
    m = re.search(r'owl:versionInfo\s+"([^"]+)"', read_text("kg.ttl"))
    if m is None:
        raise RuntimeError("kg.ttl has no owl:versionInfo")
    return m.group(1)
