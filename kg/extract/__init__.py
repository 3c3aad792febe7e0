"""Extract: Paper -> Extraction (entities, relations, results, each with evidence).

Candidates are found on characters (an Aho-Corasick automaton over the knowledge base plus
compiled patterns for name shapes, acronyms and cues), typed by votes, grouped and linked;
`components.py` exposes the same steps as spaCy factories. What leaves this package is plain
frozen data (kg.model); spaCy objects stay inside.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kg.extract.build import PaperExtractor
from kg.extract.ids import entity_id
from kg.model import Extraction, Paper

EXTRACTOR_VERSION = "0.3"


@dataclass(frozen=True, slots=True)
class ExtractSettings:
    """Options of the extractor; part of every cache key."""

    exclude_kb_names: frozenset[str] = frozenset()  # KB entries to ignore (compared by norm_key)


__all__ = ["EXTRACTOR_VERSION", "ExtractSettings", "Extractor", "entity_id"]


class Extractor:
    """Turns papers into Extractions. Build once (loads the KB and lexicon), call `extract` per paper.

    Picklable: a worker process receives the settings and rebuilds the tables itself.
    """

    def __init__(self, *, settings: ExtractSettings = ExtractSettings()):
        self.settings = settings
        self._core = PaperExtractor(exclude=settings.exclude_kb_names)

    def __getstate__(self) -> dict[str, object]:
        return {"settings": self.settings}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(settings=state["settings"])  # type: ignore[misc, arg-type]

    def extract(self, paper: Paper) -> Extraction:
        return self._core.extract(paper)

    def extract_all(self, papers: Iterable[Paper]) -> Iterator[Extraction]:
        for paper in papers:
            yield self.extract(paper)
