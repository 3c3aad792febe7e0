"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint on 127.0.0.1 over the embedded store.

oxigraph's own server refuses updates but still runs SERVICE, so kg serves queries itself, each
one through the same guard as `kg sparql`. GET `/sparql?query=...`, POST form
(`query=...`) or POST `application/sparql-query`; results as SPARQL JSON (default), CSV, TSV or
XML by `Accept` or `?format=json|csv|tsv|xml`; CONSTRUCT / DESCRIBE as N-Triples or Turtle.
"""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import QueryError
from kg.query.guard import RefusedQuery
from kg.query.runner import execute

HOST = "127.0.0.1"
MAX_BODY = 1 << 20
_RESULTS = {  # format key -> (media type, pyoxigraph QueryResultsFormat name)
    "json": ("application/sparql-results+json", "JSON"),
    "csv": ("text/csv; charset=utf-8", "CSV"),
    "tsv": ("text/tab-separated-values; charset=utf-8", "TSV"),
    "xml": ("application/sparql-results+xml", "XML"),
}
_GRAPHS = {"nt": ("application/n-triples", "N_TRIPLES"), "ttl": ("text/turtle; charset=utf-8", "TURTLE")}
_BY_MEDIA = {"application/sparql-results+json": "json", "application/json": "json", "text/csv": "csv",
             "text/tab-separated-values": "tsv", "application/sparql-results+xml": "xml",
             "application/xml": "xml", "application/n-triples": "nt", "text/turtle": "ttl"}


def _negotiate(accept: str, fmt: str | None) -> str | None:
    if fmt:
        return fmt.lower()
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in _BY_MEDIA:
            return _BY_MEDIA[media]
    return None


class SparqlHandler(BaseHTTPRequestHandler):
    server: Any  # SparqlServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        if self.server.log is not None:
            self.server.log(f"{self.address_string()} {format % args}")

    def _send(self, status: int, body: bytes, media: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        url = urlsplit(self.path)
        if url.path not in ("/sparql", "/query", "/"):
            return self._error(404, "not found: the endpoint is /sparql")
        params = parse_qs(url.query)
        if "update" in params:  # said plainly, not answered with the greeting as if nothing was asked
            return self._error(403, "updates are not allowed: this endpoint is read-only")
        if "query" not in params:
            return self._send(200, b"kg read-only SPARQL endpoint: GET or POST /sparql?query=...\n",
                              "text/plain; charset=utf-8")
        self._answer(params)

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path not in ("/sparql", "/query", "/"):
            return self._error(404, "not found: the endpoint is /sparql")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:  # a negative length would read until the client hangs up
            self.close_connection = True
            return self._error(400, "bad Content-Length")
        if length > MAX_BODY:
            return self._error(413, "query too large")
        body = self.rfile.read(length).decode("utf-8", "replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query)
        if media == "application/sparql-update" or "update" in parse_qs(body):
            return self._error(403, "updates are not allowed: this endpoint is read-only")
        if media == "application/sparql-query":
            params["query"] = [body]
        elif media == "application/x-www-form-urlencoded":
            params.update(parse_qs(body))
        else:
            return self._error(415, "POST a query as application/sparql-query or a form")
        self._answer(params)

    def _answer(self, params: dict[str, list[str]]) -> None:
        import pyoxigraph as ox

        queries = params.get("query", [])
        if len(queries) != 1:
            return self._error(400, "give exactly one query")
        graphs = params.get("default-graph-uri", []) + params.get("named-graph-uri", [])
        if graphs:
            return self._error(403, f"<{graphs[0]}> is not allowed: queries run on the local data only")
        fmt = params.get("format")
        want = _negotiate(self.headers.get("Accept", ""), fmt[0] if fmt else None)
        try:
            form, res = execute(self.server.store, queries[0])
            table = _GRAPHS if form in ("CONSTRUCT", "DESCRIBE") else _RESULTS
            key = want if want in table else next(iter(table))
            media, name = table[key]
            fmt = getattr(ox.RdfFormat if table is _GRAPHS else ox.QueryResultsFormat, name)
            body = res.serialize(format=fmt)
            del res  # pyoxigraph results must be dropped on the thread that made them
        except RefusedQuery as err:
            return self._error(403, str(err))
        except QueryError as err:
            return self._error(400, str(err))
        except (OSError, ValueError, RuntimeError) as err:
            return self._error(500, f"query failed: {err}")
        self._send(200, body or b"", media)


class SparqlServer(ThreadingHTTPServer):
    """An HTTP server bound to 127.0.0.1 answering SPARQL over `store`."""

    daemon_threads = True

    def __init__(self, store, *, port: int = 0, log=None):
        self.store, self.log = store, log
        super().__init__((HOST, port), SparqlHandler)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_address[1]}/sparql"


def make_server(store, *, port: int = 0, log=None) -> SparqlServer:
    """A server ready to `serve_forever()`; port 0 picks a free port (see `.url`)."""
    return SparqlServer(store, port=port, log=log)
