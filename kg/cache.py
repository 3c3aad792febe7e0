"""The incremental-build cache: per-paper Extractions kept in `<out>/.cache/`, keyed by content.

Extraction is per paper and deterministic, so a paper whose text, extractor and settings are
unchanged needs no second extraction. The key hashes the paper's content (every field but its
sources, which only say where it was listed), EXTRACTOR_VERSION, a digest of the extractor's code
and data files (so a development change never serves stale results), the extractor settings and
the overrides. Resolution and the graph always re-run over every paper, so an incremental build
equals a full rebuild byte for byte.

The file is a pickle that kg itself wrote into the output folder; an unreadable or foreign one is
ignored (everything is extracted again), never an error.
"""

from __future__ import annotations

import hashlib
import json
import pickle
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path

from kg.export.atomic import atomic_write
from kg.extract import EXTRACTOR_VERSION, ExtractSettings
from kg.model import Extraction, Paper
from kg.overrides import Overrides

CACHE_DIR = ".cache"
CACHE_FILE = "extractions.pickle"
FORMAT = "kg-extractions/1"


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
    entries: dict[str, Extraction] = field(default_factory=dict)
    used: dict[str, Extraction] = field(default_factory=dict)
    hits: int = 0
    misses: int = 0

    @classmethod
    def open(cls, out_dir: str | Path, *, extract: ExtractSettings, overrides: Overrides) -> ExtractionCache:
        path = Path(out_dir) / CACHE_DIR / CACHE_FILE
        return cls(path, settings_fingerprint(extract, overrides), _read(path))

    def extract(
        self, papers: list[Paper], run: Callable[[list[Paper]], Iterable[Extraction]],
    ) -> Iterator[Extraction]:
        """Extractions of `papers` in order: cached ones reused, the others from `run(missing)`."""
        keys = [paper_key(p, self.salt) for p in papers]
        missing = [p for p, k in zip(papers, keys) if k not in self.entries]
        self.hits, self.misses = len(papers) - len(missing), len(missing)
        fresh = iter(run(missing)) if missing else iter(())
        for paper, key in zip(papers, keys):
            cached = self.entries.get(key)
            ex = replace(cached, paper=paper) if cached is not None else next(fresh)
            self.used[key] = ex
            yield ex

    def save(self) -> None:
        """Write the entries this build used (so the file never outgrows the corpus)."""
        payload = {"format": FORMAT, "entries": self.used}
        atomic_write(self.path, lambda fh: pickle.dump(payload, fh, protocol=pickle.HIGHEST_PROTOCOL),
                     binary=True)


def _read(path: Path) -> dict[str, Extraction]:
    try:
        with path.open("rb") as fh:
            payload = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return {}
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        return {}
    entries = payload.get("entries")
    return entries if isinstance(entries, dict) else {}
