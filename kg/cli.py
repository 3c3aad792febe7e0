"""The `kg` command line: a thin typer skin over the library. The only place that prints."""

from __future__ import annotations

import sys
from collections import Counter
from contextlib import ExitStack
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.errors import KGError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="kg: a typed knowledge graph of ML papers (benchmarks, models, methods, tasks, code) "
                       "from paper listings, as RDF/SPARQL, GraphML, JSON and an offline HTML explorer.")


def _version(value: bool) -> None:
    if value:
        from kg import __version__

        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print kg's version and exit.")] = False,
) -> None:
    pass

Inputs = Annotated[list[Path], typer.Argument(help="Files or folders of paper listings.", show_default=False)]
Format = Annotated[Optional[str], typer.Option("--format", help="Force an input format (hf-page, jsonl, json, csv, atom, bibtex, hf-api).")]
ExcludeKB = Annotated[Optional[Path], typer.Option("--exclude-kb-names", help="File of names (one per line): run as if those knowledge-base entries were absent.")]
EngineName = Annotated[str, typer.Option("--engine", help="Where extraction runs: auto, local (one process), processes, or dask (pip install 'kg\\[dask]'). Outputs are identical.")]
Processes = Annotated[Optional[int], typer.Option("--processes", min=1, help="Worker processes for the processes/dask engines (default: one per core).")]
Scheduler = Annotated[Optional[str], typer.Option("--scheduler", help="Dask scheduler address (tcp://host:8786); default: a local cluster.")]
OverridesFile = Annotated[Optional[Path], typer.Option("--overrides", help="TOML of corrections (aliases, block, merge, split, types); default: \\[overrides] of ./kg.toml.")]
GraphPath = Annotated[Path, typer.Argument(help="Output folder or its graph.json.")]


def _engine(name: str, processes: int | None, scheduler: str | None):
    from kg.engine import EngineSettings

    if scheduler and name not in ("dask", "auto"):
        raise KGError(f"--scheduler needs --engine dask, not {name}")
    return EngineSettings(name="dask" if scheduler else name, processes=processes, scheduler=scheduler)


def _rdf_base(base: str) -> str:
    from kg.export.rdf import Minter

    try:
        return Minter(base).base
    except ValueError as err:
        raise KGError(f"--rdf-base: {err}") from None


def _fail(err: Exception) -> None:
    typer.echo(f"kg: error: {err}", err=True)
    raise typer.Exit(1)


def _settings(fmt: str | None, exclude: Path | None, overrides: Path | None = None):
    from kg.extract import ExtractSettings
    from kg.overrides import load_overrides
    from kg.pipeline import BuildSettings
    from kg.text import norm_key

    names: frozenset[str] = frozenset()
    if exclude is not None:
        try:
            lines = exclude.read_text(encoding="utf-8").splitlines()
        except OSError as err:
            raise KGError(f"{exclude}: cannot read: {err.strerror}") from None
        names = frozenset(norm_key(x) for x in lines if x.strip())
    return BuildSettings(format=fmt, extract=ExtractSettings(exclude_kb_names=names),
                         overrides=load_overrides(overrides) if overrides is not None else None)


def _report_ingest(report) -> None:
    for msg in report.messages:
        typer.echo(f"kg: warning: {msg}", err=True)


@app.command()
def build(
    inputs: Inputs,
    out: Annotated[Path, typer.Option("-o", "--out", help="Output folder.")] = Path("outputs"),
    format: Format = None,
    exclude_kb_names: ExcludeKB = None,
    engine: EngineName = "auto",
    processes: Processes = None,
    scheduler: Scheduler = None,
    overrides: OverridesFile = None,
    rdf_base: Annotated[Optional[str], typer.Option("--rdf-base", help="Base IRI every RDF node is minted under (ends with / or #; default https://w3id.org/kg/id/).")] = None,
) -> None:
    """Ingest, extract, resolve and write every export (ttl, graphml, json, html, jsonl) to OUT."""
    from kg.ingest import IngestReport
    from kg.pipeline import build as run_build

    report = IngestReport()
    try:
        settings = _settings(format, exclude_kb_names, overrides)
        settings.engine = _engine(engine, processes, scheduler)
        if rdf_base is not None:
            settings.rdf_base = _rdf_base(rdf_base)
        with ExitStack() as stack:
            bars: list = []  # the bar opens on the first extracted paper, so an early failure prints no label

            def progress(done: int, total: int) -> None:
                if not bars:
                    bars.append(stack.enter_context(typer.progressbar(length=total, label="extracting", file=sys.stderr)))
                bars[0].length = total
                bars[0].update(1)

            kg = run_build(inputs, out_dir=out, settings=settings, report=report, progress=progress)
    except KGError as err:
        _report_ingest(report)
        _fail(err)
    _report_ingest(report)
    ov = settings.effective_overrides()
    missing = ov.unmatched(f for e in kg.entities() for f in (e["id"], e.get("name", ""), *e.get("aliases", []))) if ov else []
    if missing:
        typer.echo(f"kg: warning: {ov.source or 'overrides'}: no entity is called {', '.join(missing)}: "
                   "those overrides did nothing", err=True)
    types = Counter(d.get("type", "?") for _, d in kg.nx.nodes(data=True))
    rels = Counter(k for _, _, k in kg.nx.edges(keys=True))
    n_papers = types.get("Paper", 0)
    typer.echo(report.summary(n_papers))
    typer.echo("nodes: " + ", ".join(f"{t} {n}" for t, n in sorted(types.items())))
    typer.echo("edges: " + (", ".join(f"{t} {n}" for t, n in sorted(rels.items())) or "none"))
    if kg.corpus is not None and kg.corpus.stats.get("reused"):
        typer.echo(f"extracted {kg.corpus.stats['extracted']} papers, reused {kg.corpus.stats['reused']} "
                   f"from {out}/.cache")
    typer.echo(f"wrote {out}/")


@app.command()
def extract(
    inputs: Inputs,
    format: Annotated[Optional[str], typer.Option("--format", help="Output format: jsonl (the only one). An input format's name (hf-page, json, csv, atom, bibtex, hf-api) forces the input format instead.")] = None,
    input_format: Annotated[Optional[str], typer.Option("--input-format", help="Force an input format (hf-page, jsonl, json, csv, atom, bibtex, hf-api).")] = None,
    exclude_kb_names: ExcludeKB = None,
    engine: EngineName = "auto",
    processes: Processes = None,
    scheduler: Scheduler = None,
    overrides: OverridesFile = None,
) -> None:
    """Ingest and extract only: one JSON line per paper on stdout (what OUT/papers.jsonl holds)."""
    from kg.export.jsonl import dumps
    from kg.ingest import IngestReport
    from kg.pipeline import build_corpus

    # `--format jsonl` is the output format CONTRACT.md names; JSONL input is recognised by its
    # content (or forced with --input-format), so the one name cannot mean both here.
    if format is not None and format.lower() == "jsonl":
        format = None
    report = IngestReport()
    try:
        settings = _settings(input_format or format, exclude_kb_names, overrides)
        settings.engine = _engine(engine, processes, scheduler)
        corpus = build_corpus(inputs, settings=settings, report=report)
    except KGError as err:
        _report_ingest(report)
        _fail(err)
    _report_ingest(report)
    out = sys.stdout
    for ex in corpus.extractions:
        out.write(dumps(ex) + "\n")
    out.flush()
    typer.echo(report.summary(len(corpus.extractions)), err=True)  # stdout stays pure JSONL


@app.command()
def sparql(
    query: Annotated[Optional[str], typer.Argument(help="SPARQL text, a .rq file, or the name of a shipped query (see --list).", show_default=False)] = None,
    data: Annotated[Path, typer.Option("--data", help="RDF file or output folder; the build's store is used when it holds this data.")] = Path("outputs/graph.ttl"),
    format: Annotated[str, typer.Option("--format", help="table, csv or json (SPARQL 1.1 JSON results).")] = "table",
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="key=value for a named query's parameter (repeatable).")] = None,
    list_queries: Annotated[bool, typer.Option("--list", help="List the shipped named queries and their parameters.")] = False,
) -> None:
    """Run a read-only SPARQL query (no updates, LOAD, SERVICE or remote FROM) over the exported graph."""
    from kg.query.named import named_queries
    from kg.query.runner import parse_params
    from kg.query.runner import sparql as run_sparql

    if list_queries:
        for name, nq in named_queries().items():
            args = " ".join(f"--param {p.name}=..." for p in nq.params)
            typer.echo(f"{name} {args}".rstrip() + f"\n    {nq.summary}")
        return
    if query is None:  # a missing argument: a usage error (exit 2), as typer says for the others
        typer.echo("kg: error: give a query, a .rq file or a named query (kg sparql --list)", err=True)
        raise typer.Exit(2)
    try:
        out = run_sparql(query, data=data, params=parse_params(param or []), fmt=format)
    except KGError as err:
        _fail(err)
    sys.stdout.write(out)


@app.command()
def serve(
    path: Annotated[Path, typer.Argument(help="Output folder (its store), store or RDF file.")] = Path("outputs"),
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port on 127.0.0.1; 0 picks a free one.")] = 7878,
) -> None:
    """Serve a read-only SPARQL 1.1 Protocol endpoint on 127.0.0.1 (GET/POST /sparql) until Ctrl-C."""
    from kg.query.runner import open_data
    from kg.query.server import make_server

    try:
        server = make_server(open_data(path), port=port, log=lambda m: typer.echo(m, err=True))
    except KGError as err:
        _fail(err)
    except OSError as err:
        _fail(KGError(f"cannot listen on 127.0.0.1:{port}: {err.strerror}"))
    typer.echo(f"kg: serving {server.url} (read-only; Ctrl-C stops)")
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@app.command()
def html(
    path: Annotated[Path, typer.Argument(help="Output folder or its graph.json.")] = Path("outputs"),
    focus: Annotated[Optional[str], typer.Option("--focus", help="Render only the neighbourhood of this entity (any alias) or paper (id or title).")] = None,
    depth: Annotated[int, typer.Option("--depth", min=0, help="Hops around --focus.")] = 1,
    out: Annotated[Optional[Path], typer.Option("-o", "--out", help="HTML file to write (default: PATH's graph.html, or focus-NAME.html).")] = None,
    max_nodes: Annotated[int, typer.Option("--max-nodes", min=1, help="Beyond this many nodes, first show the top entities and their papers; search reaches the rest.")] = 5000,
    top: Annotated[int, typer.Option("--top", min=1, help="How many top entities that first view starts from.")] = 200,
    page_nodes: Annotated[int, typer.Option("--page-nodes", min=1, help="The most nodes a page holds; past it, the best connected part (with --focus for the rest).")] = 25000,
) -> None:
    """Render the interactive explorer again (self-contained HTML), whole or around one node."""
    from kg.render.html import HtmlSettings, export_html

    try:
        written = export_html(path, out=out, settings=HtmlSettings(focus=focus, depth=depth, max_nodes=max_nodes, top=top,
                                                                       page_nodes=page_nodes))
    except KGError as err:
        _fail(err)
    typer.echo(f"wrote {written}")


@app.command()
def stats(path: GraphPath = Path("outputs")) -> None:
    """Node and edge counts per type, and the most used benchmarks, models and repositories."""
    import kg
    from kg.graph.report import stats_lines

    try:
        lines = list(stats_lines(kg.load(path)))
    except KGError as err:
        _fail(err)
    typer.echo("\n".join(lines))


@app.command()
def show(
    name: Annotated[str, typer.Argument(help="An entity (id, name or any alias) or a paper (id or title).", show_default=False)],
    path: GraphPath = Path("outputs"),
) -> None:
    """One entity or paper: type, aliases, linked papers or entities, and the evidence sentences."""
    import kg
    from kg.graph.report import show_lines

    try:
        lines = list(show_lines(kg.load(path), name))
    except KGError as err:
        _fail(err)
    typer.echo("\n".join(lines))


def main() -> None:
    try:
        app()
    except KGError as err:  # pragma: no cover - commands catch their own
        typer.echo(f"kg: error: {err}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
