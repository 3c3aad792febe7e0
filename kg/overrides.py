"""User corrections to resolution: aliases, blocked names, forced merges and splits, fixed types.

Written in TOML, either a file given with `--overrides FILE` or the `[overrides]` table of a
`kg.toml` in the current directory::

    [overrides]
    block = ["LLMs"]                      # never an entity, in any paper
    merge = [["SD", "Stable Diffusion"]]  # one entity, whatever resolution thinks
    split = [["CIFAR10", "CIFAR-10"]]     # different entities (names compared exactly as written)

    [overrides.aliases]
    "GSM8K" = ["grade-school math 8k"]    # more names for an entity (name or id)

    [overrides.types]
    "DeMamba" = "method"                  # the type wins over the extractor's

Overrides are part of every cache key (`fingerprint`), so changing them re-resolves everything.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import EntityType
from kg.text import norm_key

DEFAULT_FILE = "kg.toml"
_KEYS = ("aliases", "block", "merge", "split", "types")


@dataclass(frozen=True, slots=True)
class Overrides:
    """Corrections applied by `kg.resolve.resolve`; names compare on letters and digits."""

    aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (entity name or id, extra aliases)
    block: tuple[str, ...] = ()
    merge: tuple[tuple[str, ...], ...] = ()
    split: tuple[tuple[str, ...], ...] = ()
    types: tuple[tuple[str, EntityType], ...] = ()
    source: str | None = field(default=None, compare=False)

    def fingerprint(self) -> str:
        """A stable hash of the content (not of where it came from): part of cache keys."""
        data = [list(self.aliases), list(self.block), list(self.merge), list(self.split),
                [(k, t.value) for k, t in self.types]]
        return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()[:16]

    def is_blocked(self, name: str) -> bool:
        return norm_key(name) in _blocked_keys(self.block)

    def type_of(self, name: str) -> EntityType | None:
        key = norm_key(name)
        for k, t in self.types:
            if norm_key(k) == key:
                return t
        return None

    def __bool__(self) -> bool:
        return bool(self.aliases or self.block or self.merge or self.split or self.types)

    def unmatched(self, names: Iterable[str]) -> list[str]:
        """The names these overrides give that no entity is called, as "'NAME' (key)", in file order.

        `names`: every id, name and alias of a built graph's entities. A misspelt name does
        nothing, silently, unless someone says so. Blocked names are not checked: they are
        absent exactly when the block works.
        """
        known = set(names)
        known |= {norm_key(n) for n in known}
        given = [(t, "aliases") for t, _ in self.aliases] + [(n, "merge") for g in self.merge for n in g]
        given += [(n, "split") for g in self.split for n in g] + [(n, "types") for n, _ in self.types]
        return [f"{name!r} ({key})" for name, key in dict.fromkeys(given)
                if name not in known and norm_key(name) not in known]


@lru_cache(maxsize=64)
def _blocked_keys(block: tuple[str, ...]) -> frozenset[str]:
    return frozenset(norm_key(b) for b in block)


def load_overrides(path: str | Path, *, table: str | None = None) -> Overrides:
    """Read overrides from TOML: the whole file, or one table of it (`overrides` in kg.toml)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")  # a BOM (Windows editors) is no TOML statement
    except OSError as err:
        raise InputError(f"cannot read overrides: {err.strerror}", file=str(path)) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        m = re.search(r"at line (\d+)", str(err))
        line = int(m.group(1)) if m else max(1, len(text.splitlines()))  # "at end of document"
        msg = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(err))
        raise InputError(f"bad TOML: {msg}", file=str(path), line=line) from None
    if table is not None:
        data = data.get(table, {})
    elif "overrides" in data and isinstance(data["overrides"], dict):
        data = data["overrides"]
    return _parse(data, path, text)


def default_overrides(cwd: str | Path = ".") -> Overrides:
    """The `[overrides]` table of `kg.toml` in `cwd`, or no overrides."""
    path = Path(cwd) / DEFAULT_FILE
    return load_overrides(path, table="overrides") if path.is_file() else Overrides()


def _line_of(text: str, needle: str) -> int | None:
    for n, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return n
    return None


def _parse(data: dict[str, Any], path: Path, text: str) -> Overrides:
    def fail(key: str, msg: str) -> InputError:
        return InputError(f"overrides: {msg}", file=str(path), line=_line_of(text, key))

    for key in data:
        if key not in _KEYS:
            raise fail(key, f"unknown key {key!r} (expected one of {', '.join(_KEYS)})")

    def names(value: Any, key: str) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise fail(key, f"{key!r} must be a list of names")
        return tuple(v.strip() for v in value)

    def groups(value: Any, key: str) -> tuple[tuple[str, ...], ...]:
        if not isinstance(value, list):
            raise fail(key, f"{key!r} must be a list of lists of names")
        out = tuple(names(g, key) for g in value)
        if any(len(g) < 2 for g in out):
            raise fail(key, f"each {key!r} group needs at least two names")
        return out

    def table(value: Any, key: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise fail(key, f"{key!r} must be a table")
        return value

    aliases = tuple((k, names(v, k)) for k, v in sorted(table(data.get("aliases", {}), "aliases").items()))
    types = []
    for k, v in sorted(table(data.get("types", {}), "types").items()):
        try:
            types.append((k, EntityType(str(v).lower())))
        except ValueError:
            allowed = ", ".join(t.value for t in EntityType)
            raise fail(k, f"type of {k!r} must be one of {allowed}, not {v!r}") from None
    return Overrides(
        aliases=aliases,
        block=tuple(sorted(set(names(data.get("block", []), "block")))),
        merge=groups(data.get("merge", []), "merge"),
        split=groups(data.get("split", []), "split"),
        types=tuple(types),
        source=str(path),
    )
