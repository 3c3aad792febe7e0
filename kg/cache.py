"""The incremental-build cache: per-paper Extractions kept in `<out>/.cache/`, keyed by content.

Extraction is per paper and deterministic, so a paper whose text, extractor and settings are
unchanged needs no second extraction. The key hashes the paper's content (every field but its
sources, which only say where it was listed), EXTRACTOR_VERSION, a digest of the extractor's code
and data files (so a development change never serves stale results), the extractor settings and
the overrides. Resolution and the graph always re-run over every paper, so an incremental build
equals a full rebuild byte for byte.

The file is JSON lines (`key`, entities, relations, results as arrays; the paper itself is not
stored: the build re-reads it), written with orjson: 10x faster than pickling the dataclasses,
2x faster to read back, and reading it runs no code. An unreadable or foreign file is ignored
(everything is extracted again), never an error.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import orjson

from kg.errors import KGError
from kg.export.atomic import atomic_write
from kg.extract import EXTRACTOR_VERSION, ExtractSettings
from kg.model import Entity, EntityType, Evidence, Extraction, Field, Paper, Relation, RelationType, Result
from kg.overrides import Overrides

CACHE_DIR = ".cache"
CACHE_FILE = "extractions.jsonl"
FORMAT = "kg-extractions/2"


@cache
def extractor_digest() -> str:
    """A hash of every file of the kg.extract package (code, KB, lexicon)."""
    h = hashlib.sha256()
    root = resources.files("kg.extract")
    stack = [root]
    files = []
    while stack:
        for entry in stack.pop().iterdir():
            if entry.is_dir():
                if entry.name != "__pycache__":
                    stack.append(entry)
            elif entry.name.endswith((".py", ".jsonl", ".json", ".txt", ".tsv")):
                files.append(entry)
    for f in sorted(files, key=lambda f: str(f)):
        h.update(str(f).removeprefix(str(root)).encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def settings_fingerprint(extract: ExtractSettings, overrides: Overrides) -> str:
    data = {k: sorted(v) if isinstance(v, (set, frozenset)) else v for k, v in asdict(extract).items()}
    blob = json.dumps([EXTRACTOR_VERSION, extractor_digest(), data, overrides.fingerprint()],
                      sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


def paper_key(paper: Paper, salt: str) -> str:
    content = [paper.id, paper.title, paper.abstract, paper.arxiv_id, paper.doi, paper.url,
               list(paper.authors), paper.published, list(paper.input_ids)]
    return hashlib.sha256((salt + json.dumps(content, ensure_ascii=False)).encode()).hexdigest()


@dataclass
class ExtractionCache:
    """Cached Extractions of one output folder; `extract` uses and refills it, `save` writes it."""

    path: Path
    salt: str
    entries: dict[str, bytes] = field(default_factory=dict)  # key -> its line, decoded only on a hit
    used: dict[str, bytes] = field(default_factory=dict)
    hits: int = 0
    misses: int = 0

    @classmethod
    def open(cls, out_dir: str | Path, *, extract: ExtractSettings, overrides: Overrides) -> ExtractionCache:
        path = Path(out_dir) / CACHE_DIR / CACHE_FILE
        # A file where the cache's folder, the output folder or one of its parents goes: say so
        # now, not after every paper has been extracted.
        for folder in path.parents:
            if folder.exists():
                if not folder.is_dir():
                    raise KGError(f"{folder}: cannot write: not a folder")
                break
        return cls(path, settings_fingerprint(extract, overrides), _read(path))

    def extract(
        self, papers: list[Paper], run: Callable[[list[Paper]], Iterable[Extraction]],
    ) -> Iterator[Extraction]:
        """Extractions of `papers` in order: cached ones reused, the others from `run(missing)`."""
        keys = [paper_key(p, self.salt) for p in papers]
        cached: dict[str, Extraction] = {}
        for paper, key in zip(papers, keys):
            line = self.entries.get(key)
            ex = _decode(paper, line) if line is not None else None
            if ex is not None:  # a damaged line is extracted again
                cached[key] = ex
        missing = [p for p, k in zip(papers, keys) if k not in cached]
        self.hits, self.misses = len(cached), len(missing)
        fresh = iter(run(missing)) if missing else iter(())
        for key in keys:
            ex = cached.get(key)
            if ex is None:
                ex = next(fresh)
                self.used[key] = orjson.dumps([key, *_encode(ex)])
            else:
                self.used[key] = self.entries[key]
            yield ex

    def save(self) -> None:
        """Write the entries this build used (so the file never outgrows the corpus), then let
        them go: a build saves once, right after extraction, and needs the memory afterwards."""
        def write(fh: Any) -> None:
            fh.write(orjson.dumps({"format": FORMAT}) + b"\n")
            for line in self.used.values():
                fh.write(line + b"\n")

        atomic_write(self.path, write, binary=True)
        self.entries, self.used = {}, {}


def _ev(e: Evidence) -> tuple[str, int, int, str, float]:
    return (e.field.value, e.start, e.end, e.rule, e.confidence)


def _encode(ex: Extraction) -> tuple[list[Any], list[Any], list[Any]]:
    return (
        [(e.id, e.type.value, e.name, e.aliases, e.proposed, [_ev(v) for v in e.evidence], e.kb_id, e.long_form)
         for e in ex.entities],
        [(r.type.value, r.source, r.target, _ev(r.evidence)) for r in ex.relations],
        [(r.model, r.benchmark, r.metric, r.value, _ev(r.evidence) if r.evidence else None) for r in ex.results],
    )


_FIELD = {f.value: f for f in Field}
_TYPE = {t.value: t for t in EntityType}
_REL = {t.value: t for t in RelationType}


def _dev(v: list[Any]) -> Evidence:
    return Evidence(_FIELD[v[0]], v[1], v[2], v[3], v[4])


def _decode(paper: Paper, line: bytes) -> Extraction | None:
    """The cached Extraction of `paper`, or None when the line is damaged."""
    try:
        _, ents, rels, results = orjson.loads(line)
        return _decode_parts(paper, ents, rels, results)
    except (ValueError, TypeError, KeyError, IndexError):
        return None


def _decode_parts(paper: Paper, ents: list[Any], rels: list[Any], results: list[Any]) -> Extraction:
    return Extraction(
        paper,
        tuple(Entity(i, _TYPE[t], n, tuple(a), p, tuple(_dev(v) for v in evs), k, lf)
              for i, t, n, a, p, evs, k, lf in ents),
        tuple(Relation(_REL[t], s, g, _dev(v)) for t, s, g, v in rels),
        tuple(Result(m, b, me, va, _dev(v) if v else None) for m, b, me, va, v in results),
    )


_KEY = 64  # hex digits of a sha256: each line starts ["<key>",


def _read(path: Path) -> dict[str, bytes]:
    """The cached lines by key; the JSON itself is parsed only for the papers a build needs."""
    try:
        lines = path.read_bytes().splitlines()
        if not lines or orjson.loads(lines[0]) != {"format": FORMAT}:
            return {}
    except (OSError, ValueError):
        return {}
    return {line[2 : 2 + _KEY].decode("ascii"): line for line in lines[1:]
            if line.startswith(b'["') and line[2 + _KEY : 4 + _KEY] == b'",'}
