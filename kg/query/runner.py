"""Run a guarded SPARQL query on the embedded store or on an RDF file, and format the answer.

The data is the on-disk store `kg build` wrote (opened read-only, nothing parsed) when the path is
an output folder, the store itself, or the graph.ttl / graph.nt the store was built with;
any other RDF file is parsed into an in-memory pyoxigraph store.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError, QueryError
from kg.export.rdf_syntax import PREFIXES
from kg.export.store import open_store, store_for
from kg.query.guard import check_query

FORMATS = ("table", "csv", "json")
_RDF_FORMATS = {".ttl": "TURTLE", ".nt": "N_TRIPLES", ".nq": "N_QUADS", ".trig": "TRIG",
                ".rdf": "RDF_XML", ".owl": "RDF_XML", ".xml": "RDF_XML", ".jsonld": "JSON_LD", ".n3": "N3"}
_LINE = re.compile(r"line (\d+)")
# Queries may use kg's own prefixes (kg:, dcterms:, skos:, ...) undeclared; a PREFIX line wins.
KNOWN_PREFIXES = dict(PREFIXES)
_ENGINE_AT = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)
_PNAME = re.compile(r"([A-Za-z][\w.-]*)?:[\w.-]*$")
# The query's own closing LIMIT (comments may follow): an answer that long may have been cut there.
_FINAL_LIMIT = re.compile(r"\bLIMIT\s+(\d+)(?:\s+OFFSET\s+\d+)?\s*(?:#[^\n]*\s*)*\Z", re.IGNORECASE)


@dataclass
class Answer:
    """A query's answer: `variables` and `rows` (SELECT), `boolean` (ASK) or `triples` (CONSTRUCT)."""

    form: str
    variables: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)  # pyoxigraph terms or None
    boolean: bool | None = None
    triples: list[Any] = field(default_factory=list)
    cut_at: int | None = None  # the query's LIMIT, when the rows reached it (more may exist)
    note: str | None = None  # why a named query found nothing, for the table's last line


def open_data(path: str | Path):
    """A pyoxigraph store over the data at `path` (see the module docstring)."""
    import pyoxigraph as ox

    path = Path(path)
    store_dir = store_for(path)
    if store_dir is not None:
        return open_store(store_dir)
    if path.is_dir():  # an output folder without its store: its Turtle, else its N-Triples
        path = next((path / n for n in ("graph.ttl", "graph.nt") if (path / n).is_file()), path / "graph.ttl")
    if not path.is_file():
        raise InputError("no such RDF file or kg output folder (run `kg build` first)", file=str(path))
    fmt = _RDF_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"unknown RDF file type {path.suffix!r} (use one of {', '.join(_RDF_FORMATS)})",
                         file=str(path))
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=getattr(ox.RdfFormat, fmt))
    except SyntaxError as err:
        m = _LINE.search(str(err))
        raise InputError(f"not valid RDF: {str(err).split(' (')[0]}", file=str(path),
                         line=int(m.group(1)) if m else None) from None
    except OSError as err:
        raise InputError(f"cannot read: {err}", file=str(path)) from None
    return store


def execute(store, text: str, *, trusted: bool = False):
    """Check `text` with the guard, then run it; returns (form, pyoxigraph result).

    `trusted`: text kg wrote itself, a shipped named query whose values `quote_string` quoted
    (a value cannot leave its string literal: quotes and backslashes are escaped). It skips the
    guard's parse, whose rdflib import is half of a `kg sparql NAME` call (0.28 of 0.55 s).
    """
    import pyoxigraph as ox

    form = None if trusted else check_query(
        text, local_graphs=[g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)])
    # The result is never a local here: the guard's parse leaves pyparsing tracebacks whose frames
    # reach this one, and a result kept alive by them would be freed by gc on another server thread
    # (pyoxigraph results must be dropped on the thread that made them).
    return _query(store, text, form, trusted)


def _query(store, text: str, form: str | None, trusted: bool):
    import pyoxigraph as ox

    try:
        res = store.query(text) if trusted else store.query(text, prefixes=KNOWN_PREFIXES)
    except SyntaxError as err:
        raise QueryError(f"bad query: {engine_problem(str(err), text)}") from None
    except OSError as err:
        raise QueryError(f"query failed: {err}") from None
    if form is None:
        form = ("ASK" if isinstance(res, ox.QueryBoolean) else "SELECT" if isinstance(res, ox.QuerySolutions)
                else "CONSTRUCT")
    return form, res


def engine_problem(message: str, text: str) -> str:
    """oxigraph's syntax error in one line: where, and its reason without the token sets it lists."""
    m = _ENGINE_AT.match(message)
    if not m:
        return " ".join(message.split())
    line, col, rest = int(m.group(1)), int(m.group(2)), " ".join(m.group(3).split())
    # oxigraph lists the tokens it expected (words, quoted strings, [character sets]) with any
    # reason in plain words among them ("SELECT * is not authorized with GROUP BY").
    items = rest.removeprefix("expected one of ").removeprefix("expected ").split(", ")
    reasons = [i for i in items if not i.startswith(("[", '"', "'")) and len(i.split()) >= 3]
    if "Prefix not found" in reasons:
        lines = text.splitlines()
        before = lines[line - 1][: col - 1] if 0 < line <= len(lines) else ""
        pname = _PNAME.search(before)
        name = (pname.group(1) or "") if pname else ""
        known = " ".join(f"{p}:" for p in KNOWN_PREFIXES)
        return (f"line {line}, column {col}: unknown prefix {name}: (declare it with PREFIX {name}: <...>; "
                f"known without one: {known})")
    short = f"syntax error ({rest})" if len(rest) <= 80 else "syntax error"  # a few tokens: say which
    return f"line {line}, column {col}: {'; '.join(reasons) or short}"


def run_query(store, text: str, *, trusted: bool = False) -> Answer:
    """Run a query to completion and collect its answer (`trusted`: see `execute`)."""
    form, res = execute(store, text, trusted=trusted)
    try:
        if form == "ASK":
            return Answer(form, boolean=bool(res))
        if form in ("CONSTRUCT", "DESCRIBE"):
            return Answer(form, triples=list(res))
        names = [v.value for v in res.variables]
        # A solution lists its values in the order of `res.variables` (None when unbound);
        # `list(sol)` reads them 3-5x faster than `sol[name]` per name (7,000 rows of 3 or 6 variables).
        rows = [list(sol) for sol in res]
    except (OSError, ValueError, TypeError) as err:
        raise QueryError(f"query failed: {err}") from None
    finally:
        res = None  # this frame may outlive the call (see execute); the result must not
    limit = _FINAL_LIMIT.search(text)
    cut_at = int(limit.group(1)) if limit and rows and len(rows) == int(limit.group(1)) else None
    return Answer(form, variables=names, rows=rows, cut_at=cut_at)


# ------------------------------------------------------------------------------ output

def _short(term: Any) -> str:
    """A term for a human: prefixed names for the vocabulary, bare values for literals."""
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    value = term.value if hasattr(term, "value") else str(term)
    for name, ns in PREFIXES:
        if value.startswith(ns) and len(value) > len(ns):
            return f"{name}:{value[len(ns):]}"
    return value


def _plain(term: Any) -> str:
    return "" if term is None else term.value if hasattr(term, "value") else str(term)


def _json_term(term: Any) -> dict[str, str]:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def format_answer(ans: Answer, fmt: str = "table", *, width: int = 60) -> str:
    """table (for people), csv (SPARQL CSV: plain values) or json (SPARQL 1.1 JSON results)."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown output format {fmt!r} (use {', '.join(FORMATS)})")
    if ans.form == "ASK":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": ans.boolean}) + "\n"
        return ("true" if ans.boolean else "false") + "\n"
    if ans.form in ("CONSTRUCT", "DESCRIBE"):
        return "".join(f"{t} .\n" for t in ans.triples)
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(ans.variables, row, strict=True) if t is not None}
                    for row in ans.rows]
        return json.dumps({"head": {"vars": ans.variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(ans.variables)
        w.writerows([[_plain(t) for t in row] for row in ans.rows])
        return buf.getvalue()
    cells = [[_short(t).replace("\n", " ") for t in row] for row in ans.rows]
    cells = [[c if len(c) <= width else c[: width - 1] + "…" for c in row] for row in cells]
    widths = [max([len(v), *(len(r[i]) for r in cells)]) for i, v in enumerate(ans.variables)]
    line = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
    out = [line(ans.variables), line(["-" * w for w in widths]), *(line(r) for r in cells)]
    count = f"{len(ans.rows)} row{'s' if len(ans.rows) != 1 else ''}"
    if ans.cut_at is not None:
        out.append(f"({count}: the query's LIMIT, there may be more)")
    else:
        out.append(f"({count}: {ans.note})" if ans.note and not ans.rows else f"({count})")
    return "\n".join(out) + "\n"


def render_named(store, name: str, params: dict[str, str]) -> str:
    """The text of named query `name` with `params` bound; entity names are matched in any case."""
    from kg.query.named import get

    nq = get(name)
    nq.check(params)
    _check_format(store)
    values: dict[str, list[str]] = {}
    for p in nq.params:
        value = params[p.name]
        values[p.name] = (_entity_names(store, p.cls, value) or [value]) if p.cls else [value]
    return nq.render(values)


def _entity_names(store, cls: str, value: str) -> list[str]:
    """The names of `cls` entities that `value` names: itself when some entity has it exactly (the
    index), else their names equal to it in any case, one per entity ([] when none). Two names
    of one entity ("gsm8k" meets GSM8K, a label, and GSM8k, an alias) would give each row twice."""
    from kg.query.named import exact_query, lookup_query

    if run_query(store, exact_query(cls, value), trusted=True).boolean:
        return [value]
    first: dict[str, str] = {}
    for label, entity in run_query(store, lookup_query(cls, value), trusted=True).rows:
        first.setdefault(entity.value, label.value)
    return list(dict.fromkeys(first.values()))


def _check_format(store) -> None:
    """Named queries read what a build materialises (ranks, counts): a graph written by another
    version of kg would answer them wrongly or with nothing, so say so instead."""
    import pyoxigraph as ox

    from kg.export.ontology import ONTOLOGY_IRI, ontology_version

    found = [q.object.value for q in store.quads_for_pattern(
        ox.NamedNode(ONTOLOGY_IRI), ox.NamedNode("http://www.w3.org/2002/07/owl#versionInfo"), None)]
    if found and ontology_version() not in found:
        raise QueryError(f"this graph was written by another version of kg (ontology {', '.join(sorted(found))}, "
                         f"named queries need {ontology_version()}): rebuild it with `kg build`")


def resolve_query(store, query: str, params: dict[str, str] | None = None) -> str:
    """The text to run for QUERY_OR_FILE_OR_NAME: a shipped query's name, a file, or SPARQL itself."""
    from kg.query.named import named_queries

    params = params or {}
    if query in named_queries():
        return render_named(store, query, params)
    if params:
        raise QueryError(f"--param works with named queries only ({', '.join(named_queries())})")
    if "{" not in query and "\n" not in query:
        path = Path(query)
        if path.suffix in (".rq", ".sparql") or path.is_file():
            try:
                return path.read_text(encoding="utf-8-sig")  # editors on Windows start files with a BOM
            except OSError as err:
                raise InputError(f"cannot read the query: {err.strerror}", file=str(path)) from None
        if re.fullmatch(r"[A-Za-z_][\w-]*", query):  # one word: no SPARQL query is that short
            import difflib

            near = difflib.get_close_matches(query, named_queries(), n=1)
            hint = f"did you mean {near[0]}? see kg sparql --list" if near else "see kg sparql --list"
            raise QueryError(f"{query!r} is neither a shipped query ({hint}), a query file nor SPARQL")
    return query


def parse_params(pairs: list[str]) -> dict[str, str]:
    """['benchmark=GSM8K'] -> {'benchmark': 'GSM8K'}."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param wants key=value, not {pair!r}")
        if key.strip() in out:  # the last one silently winning hid a typo'd second name
            raise QueryError(f"--param {key.strip()} given twice ({out[key.strip()]!r}, {value!r}): "
                             "a parameter takes one value")
        out[key.strip()] = value
    return out


def sparql(query: str, *, data: str | Path, params: dict[str, str] | None = None, fmt: str = "table") -> str:
    """What `kg sparql` prints: the answer to `query` over `data`, formatted."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown output format {fmt!r} (use {', '.join(FORMATS)})")
    from kg.query.named import named_queries

    store = open_data(data)
    text = resolve_query(store, query, params)
    trusted = query in named_queries()
    try:
        answer = run_query(store, text, trusted=trusted)
    except QueryError as err:
        if trusted or text == query:
            raise
        raise QueryError(f"{query}: {err}") from None  # the text came from this file
    if trusted and not answer.rows and answer.form == "SELECT" and params:
        answer.note = unmatched(store, query, params)
    return format_answer(answer, fmt)


def unmatched(store, name: str, params: dict[str, str]) -> str | None:
    """Why named query `name` may have answered nothing: a parameter value that names nothing in
    the graph (no entity of its class in any case, or no literal at all), else None."""
    from kg.export.rdf_syntax import quote_string
    from kg.query.named import get

    for p in get(name).params:
        value = params[p.name]
        if p.cls:
            found = bool(_entity_names(store, p.cls, value))
            why = f"no {p.cls.rsplit('#', 1)[-1].lower()} named {value!r} in the graph, in any case"
        else:
            found = run_query(store, f"ASK {{ ?s ?p {quote_string(value)} }}", trusted=True).boolean
            why = f"no {p.name} {value!r} in the graph"
        if not found:
            return why
    return None
