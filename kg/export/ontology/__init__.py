"""The kg OWL ontology (`kg.ttl`) and SHACL shapes (`shapes.ttl`), shipped as package data.

These files are the source of truth; `ontologies/` at the repository root links to them so a
pip-installed kg reads exactly what the repository shows.
"""

from __future__ import annotations

from importlib.resources import files

ONTOLOGY_NS = "https://w3id.org/kg/ontology#"


def read_text(name: str) -> str:
    """The text of `kg.ttl` or `shapes.ttl`."""
    return (files(__name__) / name).read_text(encoding="utf-8")
