"""The kg OWL ontology (`kg.ttl`) and SHACL shapes (`shapes.ttl`), shipped as package data.

A pip-installed kg reads them here; `ontologies/` at the repository root holds byte-identical
copies for people and tools (tests/export/test_shacl.py checks that they match).
"""

from __future__ import annotations

from importlib.resources import files

ONTOLOGY_NS = "https://w3id.org/kg/ontology#"


def read_text(name: str) -> str:
    """The text of `kg.ttl` or `shapes.ttl`."""
    return (files(__name__) / name).read_text(encoding="utf-8")
