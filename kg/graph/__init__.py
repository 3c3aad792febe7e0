"""The typed graph: a networkx MultiDiGraph projected from the Corpus, and the query API."""

from kg.graph.api import KnowledgeGraph
from kg.graph.build import to_networkx

__all__ = ["KnowledgeGraph", "to_networkx"]
