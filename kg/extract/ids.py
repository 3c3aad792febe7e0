"""Per-paper entity ids: `"{type}/{slug(name)}"`, or the knowledge-base id when linked."""

from __future__ import annotations

from kg.model import EntityType
from kg.text import slug


def entity_id(type_: EntityType, name: str) -> str:
    """A per-paper entity id; resolution maps it to the corpus-wide one."""
    return f"{type_.value}/{slug(name)}"
