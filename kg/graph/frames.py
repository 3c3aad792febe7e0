"""`KnowledgeGraph.to_pandas()`: papers, entities, relations and results as DataFrames.

pandas is an optional extra (`pip install kg[pandas]`), imported only here and only when called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from kg.errors import KGError

if TYPE_CHECKING:
    import pandas as pd

    from kg.graph.api import KnowledgeGraph


class Frames(NamedTuple):
    papers: pd.DataFrame
    entities: pd.DataFrame
    relations: pd.DataFrame
    results: pd.DataFrame


def to_frames(kg: KnowledgeGraph) -> Frames:
    """One row per paper, entity, edge and result; list attributes stay lists."""
    try:
        import pandas as pd
    except ImportError:
        raise KGError("to_pandas() needs pandas: pip install 'kg[pandas]'") from None
    rows: dict[str, list[dict[str, Any]]] = {"Paper": [], "Result": [], "entity": []}
    for n in sorted(kg.nx):
        kind = kg.nx.nodes[n].get("type")
        rows[kind if kind in ("Paper", "Result") else "entity"].append(kg._record(n))
    relations = [{"source": u, "target": v, "relation": k, **d}
                 for u, v, k, d in sorted(kg.nx.edges(keys=True, data=True), key=lambda e: e[:3])]
    return Frames(
        papers=pd.DataFrame(rows["Paper"]),
        entities=pd.DataFrame(rows["entity"]),
        relations=pd.DataFrame(relations),
        results=pd.DataFrame(rows["Result"]),
    )
