"""kg: turn ML paper listings into a typed knowledge graph (RDF, GraphML, HTML, Python)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["build", "load", "KnowledgeGraph", "KGError", "InputError", "QueryError"]

from kg.errors import InputError, KGError, QueryError

if TYPE_CHECKING:
    from kg.graph.api import KnowledgeGraph


def build(inputs: Any, **kwargs: Any) -> KnowledgeGraph:
    """Build the graph of files/folders `inputs` (see kg.pipeline.build)."""
    from kg.pipeline import build as _build

    return _build(inputs, **kwargs)


def load(path: Any) -> KnowledgeGraph:
    """Reload an exported graph (`graph.json`, or an output folder)."""
    from kg.graph.load import load as _load

    return _load(path)


def __getattr__(name: str) -> Any:
    if name == "KnowledgeGraph":
        from kg.graph.api import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(name)
