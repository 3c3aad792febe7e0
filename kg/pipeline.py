"""The whole pipeline, top to bottom: ingest -> extract -> resolve -> graph -> exports."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.cache import ExtractionCache
from kg.engine import EngineSettings, extract_papers
from kg.errors import InputError, KGError
from kg.export.atomic import atomic_write
from kg.export.graphml import write_graphml
from kg.export.jsonl import write_jsonl
from kg.export.nxjson import write_json
from kg.export.rdf import DEFAULT_BASE
from kg.export.rdf_files import RdfFiles
from kg.export.store import StoreJob, write_store
from kg.extract import ExtractSettings
from kg.extract.kb import load_kb
from kg.gcpause import gc_paused
from kg.graph import KnowledgeGraph
from kg.ingest import IngestReport, read_papers
from kg.model import Corpus, Extraction, Paper
from kg.overrides import Overrides, default_overrides, load_overrides
from kg.render.html import write_html
from kg.resolve import resolve

Progress = Callable[[int, int], None]  # (done, total)


@dataclass
class BuildSettings:
    """Everything a build depends on besides its inputs."""

    format: str | None = None
    extract: ExtractSettings = field(default_factory=ExtractSettings)
    engine: EngineSettings = field(default_factory=EngineSettings)  # how, never what: outputs equal
    rdf_base: str = DEFAULT_BASE  # the one base IRI every RDF node is minted under
    overrides: Overrides | None = None  # user corrections; None: the [overrides] of ./kg.toml, if any

    def effective_overrides(self) -> Overrides:
        return self.overrides if self.overrides is not None else default_overrides()


def extract_corpus(
    inputs: Iterable[str | Path], *, settings: BuildSettings, report: IngestReport,
    progress: Progress | None = None, cache: ExtractionCache | None = None,
) -> list[Extraction]:
    """Ingest and extract: one Extraction per distinct paper, in input order (`cache`: reuse, refill)."""
    papers = read_papers(inputs, format=settings.format, report=report)
    if not papers:
        raise InputError(f"no papers could be read from the input; {report.summary(0)}")
    def run(todo: list[Paper]):
        return extract_papers(todo, settings=settings.extract, engine=settings.engine)

    out = []
    for i, ex in enumerate(cache.extract(papers, run) if cache is not None else run(papers), 1):
        out.append(ex)
        if progress:
            progress(i, len(papers))
    return out


def build_corpus(
    inputs: Iterable[str | Path], *, settings: BuildSettings | None = None,
    report: IngestReport | None = None, progress: Progress | None = None, cache: ExtractionCache | None = None,
) -> Corpus:
    settings = settings or BuildSettings()
    report = report if report is not None else IngestReport()
    extractions = extract_corpus(inputs, settings=settings, report=report, progress=progress, cache=cache)
    kb = load_kb(exclude=settings.extract.exclude_kb_names)
    with gc_paused():
        return resolve(extractions, kb=kb, overrides=settings.effective_overrides())


EXPORTS = ("papers.jsonl", "graph.json", "graph.graphml", "graph.ttl", "graph.nt", "graph.html")


def write_exports(
    kg: KnowledgeGraph, out_dir: str | Path, *, names: Iterable[str] = EXPORTS, rdf_base: str = DEFAULT_BASE,
) -> list[Path]:
    """Write every export of CONTRACT.md (or those in `names`) into `out_dir`, each atomically."""
    assert kg.corpus is not None
    corpus, out = kg.corpus, Path(out_dir)
    names = list(names)
    rdf = [n for n in names if n in ("graph.ttl", "graph.nt")]
    # graph.ttl and graph.nt from one pass over the papers, streamed: no RDF document in memory
    rdf_files = RdfFiles(corpus, base=rdf_base, formats=tuple(n.split(".")[1] for n in rdf), tmp_dir=out)
    writers = {
        "papers.jsonl": (lambda fh: write_jsonl(list(corpus.extractions), fh), False),
        "graph.json": (lambda fh: write_json(kg.nx, fh), False),
        "graph.graphml": (lambda fh: write_graphml(kg.nx, fh), True),
        "graph.ttl": (rdf_files.write_turtle, True),
        "graph.nt": (rdf_files.write_nt, True),
        "graph.html": (lambda fh: write_html(kg, fh), False),
    }
    store: Callable[[], Path] | None = None  # the embedded SPARQL store, so `kg sparql` never re-parses
    try:
        for name in rdf + [n for n in names if n not in rdf]:  # RDF first: the store loads meanwhile
            write, binary = writers[name]
            atomic_write(out / name, write, binary=binary)
            if rdf and name == rdf[-1]:
                rdf_files.close()  # both RDF files written: drop their temporary tails
                if "graph.nt" in rdf:
                    store = _start_store(out, describes=[out / "graph.ttl"] if "graph.ttl" in rdf else [])
        paths = [out / n for n in names]
        if store is not None:
            wait, store = store, None
            paths.append(wait())
    finally:
        rdf_files.close()
        if store is not None:  # another export failed: still let the store (of the graph.nt written) end
            with contextlib.suppress(KGError):
                store()
    return paths


def _start_store(out: Path, *, describes: list[Path]) -> Callable[[], Path]:
    """Start loading graph.nt into the store; call the result for its folder. With a second core,
    a child process loads it while this one writes the other exports."""
    if (os.cpu_count() or 1) < 2:
        path = write_store(out / "graph.nt", out, describes=describes)
        return lambda: path
    return StoreJob(out / "graph.nt", out, describes=describes).wait


def build(
    inputs: Iterable[str | Path] | str | Path, *, out_dir: str | Path | None = None,
    settings: BuildSettings | None = None, report: IngestReport | None = None,
    progress: Progress | None = None, overrides: Overrides | str | Path | None = None,
) -> KnowledgeGraph:
    """Build the knowledge graph of `inputs`; with `out_dir`, also write every export there.

    `overrides`: an Overrides value or a TOML file of them (default: ./kg.toml's [overrides]).
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    settings = settings or BuildSettings()
    if overrides is not None or settings.overrides is None:  # read kg.toml (or the file) once
        ov = overrides if isinstance(overrides, Overrides) else None
        if ov is None:
            ov = load_overrides(overrides) if overrides is not None else settings.effective_overrides()
        settings = replace(settings, overrides=ov)
    cache = None
    if out_dir is not None:  # incremental: papers extracted by an earlier build here are reused
        cache = ExtractionCache.open(out_dir, extract=settings.extract, overrides=settings.effective_overrides())
    corpus = build_corpus(inputs, settings=settings, report=report, progress=progress, cache=cache)
    if cache is not None:  # how much of the extraction an earlier build here saved
        corpus.stats.update(extracted=cache.misses, reused=cache.hits)
        with _writing(out_dir):
            cache.save()  # now: its lines (about 2.5 KB a paper) are let go before the graph and exports
    with gc_paused():
        kg = KnowledgeGraph.from_corpus(corpus)
        if out_dir is not None:
            with _writing(out_dir):
                write_exports(kg, out_dir, rdf_base=settings.rdf_base)
    return kg


@contextlib.contextmanager
def _writing(out_dir: str | Path | None) -> Iterator[None]:
    """An OS error while writing the outputs (no space, no permission, a file or folder in the
    way) as one line naming the file, not a traceback."""
    try:
        yield
    except OSError as err:
        where = err.filename2 or err.filename or out_dir  # os.replace names its target second; a
        # write (no space left) names no file
        raise KGError(f"{where}: cannot write: {err.strerror or err}") from None
