"""Union-find with cannot-link anchors: spellings merge, but never two different real things.

Each node may carry anchors `(group, value)`: two components whose anchors share a group with
different values (two knowledge-base ids; one acronym with two long forms; two names a user
split) are different things, so a union between them is refused unless forced.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable


class AnchoredUnionFind:
    """Union by size, ties to the first argument's root: deterministic for a fixed call order, and
    `union(root, new)` never moves an existing component's root (the corpus pass relies on it)."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self._size: dict[str, int] = {}
        self._anchors: dict[str, dict[Hashable, set[Hashable]]] = {}

    def add(self, node: str, anchors: Iterable[tuple[Hashable, Hashable]] = ()) -> str:
        if node not in self._parent:
            self._parent[node] = node
            self._size[node] = 1
            self._anchors[node] = {}
        root = self.find(node)
        for group, value in anchors:
            self._anchors[root].setdefault(group, set()).add(value)
        return node

    def __contains__(self, node: str) -> bool:
        return node in self._parent

    def find(self, node: str) -> str:
        parent = self._parent
        root = node
        while parent[root] != root:
            root = parent[root]
        while parent[node] != root:
            parent[node], node = root, parent[node]
        return root

    def conflicts(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        left, right = self._anchors[ra], self._anchors[rb]
        return any(group in right and right[group] != values for group, values in left.items())

    def union(self, a: str, b: str, *, force: bool = False) -> bool:
        """Join the components of `a` and `b`; False (and nothing done) if they conflict."""
        self.add(a)
        self.add(b)
        if not force and self.conflicts(a, b):
            return False
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        root, child = (ra, rb) if self._size[ra] >= self._size[rb] else (rb, ra)
        self._parent[child] = root
        self._size[root] += self._size.pop(child)
        for group, values in self._anchors.pop(child).items():
            self._anchors[root].setdefault(group, set()).update(values)
        return True

    def anchors(self, node: str) -> dict[Hashable, set[Hashable]]:
        return self._anchors[self.find(node)]

    def nodes(self) -> list[str]:
        return sorted(self._parent)
