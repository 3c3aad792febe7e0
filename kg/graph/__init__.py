"""The typed graph: a networkx MultiDiGraph projected from the Corpus, and the query API."""

from kg.graph.build import to_networkx
from kg.graph.api import KnowledgeGraph

__all__ = ["KnowledgeGraph", "to_networkx"]
