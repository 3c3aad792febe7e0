"""kg: turn ML paper listings into a typed knowledge graph (RDF, GraphML, HTML, Python)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["BuildSettings", "EngineSettings", "InputError", "KGError", "KnowledgeGraph", "QueryError", "build", "load"]

from kg.errors import InputError, KGError, QueryError

if TYPE_CHECKING:
    from kg.engine import EngineSettings
    from kg.graph.api import KnowledgeGraph
    from kg.pipeline import BuildSettings


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
    if name == "BuildSettings":  # kg.build(..., settings=kg.BuildSettings(rdf_base=...)), imported on use
        from kg.pipeline import BuildSettings

        return BuildSettings
    if name == "EngineSettings":
        from kg.engine import EngineSettings

        return EngineSettings
    raise AttributeError(name)
