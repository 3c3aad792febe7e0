"""How each node type and relation looks in the explorer: plain data, shared by page and legend.

Shapes are ones vis-network draws without measuring text (dot, diamond, ...), which keeps a
5,000-node page fast. Relations differ by colour first: dashes (and arrows) are drawn only on
small pages, since a dashed line costs about six times a solid one on canvas (15,000 dashed
edges: 645 ms per frame, 109 ms solid).
"""

from __future__ import annotations

from types import MappingProxyType

NODE_STYLE = MappingProxyType({
    "Paper": {"color": "#4e79a7", "shape": "dot"},
    "Benchmark": {"color": "#e15759", "shape": "diamond"},
    "Model": {"color": "#f28e2b", "shape": "triangle"},
    "Method": {"color": "#59a14f", "shape": "square"},
    "Task": {"color": "#b07aa1", "shape": "star"},
    "Repository": {"color": "#555555", "shape": "triangleDown"},
    "Link": {"color": "#9c755f", "shape": "hexagon"},
    "Organization": {"color": "#76b7b2", "shape": "dot"},
    "Metric": {"color": "#edc948", "shape": "square"},
    "Result": {"color": "#ff9da7", "shape": "dot"},
})
OTHER_NODE = {"color": "#bab0ac", "shape": "dot"}

EDGE_STYLE = MappingProxyType({
    "proposes": {"color": "#e15759", "width": 2.5, "dashes": False},
    "evaluates_on": {"color": "#4e79a7", "width": 1.5, "dashes": False},
    "uses_model": {"color": "#f28e2b", "width": 1.5, "dashes": False},
    "uses_method": {"color": "#59a14f", "width": 1.5, "dashes": False},
    "addresses_task": {"color": "#b07aa1", "width": 1.5, "dashes": False},
    "compares_with": {"color": "#ffbe7d", "width": 1.0, "dashes": True},
    "has_code": {"color": "#555555", "width": 1.5, "dashes": False},
    "has_link": {"color": "#9c755f", "width": 1.0, "dashes": True},
    "implements": {"color": "#8c8c8c", "width": 1.0, "dashes": True},
    "mentions": {"color": "#c0c0c0", "width": 0.8, "dashes": True},
    "reports": {"color": "#ff9da7", "width": 1.0, "dashes": False},
    "of_model": {"color": "#ff9da7", "width": 1.0, "dashes": True},
    "on_benchmark": {"color": "#ff9da7", "width": 1.0, "dashes": True},
    "variant_of": {"color": "#d37295", "width": 1.0, "dashes": True},
    "shares_benchmark": {"color": "#a0cbe8", "width": 0.8, "dashes": True},
    "builds_on": {"color": "#a0cbe8", "width": 1.0, "dashes": True},
})
OTHER_EDGE = {"color": "#c0c0c0", "width": 1.0, "dashes": True}

# Relations meaning "the paper's own work uses it", as in kg.graph.api.USING, plus the rest.
USING = ("evaluates_on", "uses_model", "uses_method", "addresses_task", "has_code", "has_link")


def node_style(node_type: str) -> dict[str, str]:
    return dict(NODE_STYLE.get(node_type, OTHER_NODE))


def edge_style(relation: str) -> dict[str, object]:
    return dict(EDGE_STYLE.get(relation, OTHER_EDGE))
