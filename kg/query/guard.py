"""Keep SPARQL read-only and off the network, by parsing the query and walking its tree.

Engines reach out on their own: pyoxigraph runs SERVICE over HTTP, rdflib loads remote FROM graphs
and runs LOAD. Searching the text for keywords would refuse the word SERVICE inside a string and
miss `service` in lowercase, so the query is parsed (rdflib's SPARQL grammar) and the parse tree
is walked for updates, SERVICE and FROM / FROM NAMED on graphs that are not in the local data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from kg.errors import QueryError

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}


class RefusedQuery(QueryError):
    """A well-formed query that kg will not run (update, LOAD, SERVICE, remote FROM)."""


def _nodes(tree: Any) -> Iterator[Any]:
    """Every node of rdflib's parse tree (CompValue is a dict, ParseResults a list)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            yield node
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            stack.extend(node)


def _parse(text: str) -> Any:
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        return parseQuery(text)
    except ParseException as err:
        try:
            update = parseUpdate(text)
        except ParseException:
            raise QueryError(f"cannot parse the query: line {err.lineno}, column {err.col}: {err.msg}") from None
        ops = sorted({re.sub(r"(?<=[a-z])(?=[A-Z])", " ", getattr(op, "name", "update")).upper()
                      for op in (update["request"] if "request" in update else [])})
        if not ops:
            raise QueryError("cannot parse the query: it is empty") from None
        raise RefusedQuery(f"updates are not allowed, the data is read-only ({', '.join(ops) or 'update'})") from None
    except Exception as err:  # rdflib raises plain exceptions for some bad prefixes and IRIs
        raise QueryError(f"cannot parse the query: {err}") from None


def check_query(text: str, *, local_graphs: Iterable[str] = ()) -> str:
    """The query form (SELECT, ASK, CONSTRUCT, DESCRIBE) if `text` is safe to run; else QueryError.

    rdflib's parser takes 20-130 ms a query, so verdicts are cached by text (a server or a
    benchmark sends the same text again); refusals are not cached, they raise each time.
    """
    return _check(text, frozenset(local_graphs))


@lru_cache(maxsize=512)
def _check(text: str, local: frozenset[str]) -> str:
    texts = [text]
    if _ESCAPE.search(text):  # SPARQL lets \\uXXXX escapes stand for any character, keywords too
        texts.append(_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text))
    form = ""
    for i, t in enumerate(texts):
        try:
            tree = _parse(t)
        except RefusedQuery:
            raise
        except QueryError:
            if i:  # the decoded text only adds a check; the engine runs (and parsed) the original
                continue
            raise
        for node in _nodes(tree):
            name = getattr(node, "name", "")
            if name == "ServiceGraphPattern":
                raise RefusedQuery(f"SERVICE <{node.get('term')}> is not allowed: queries run on local data only")
            if name == "DatasetClause":
                kind = "FROM NAMED" if "named" in node else "FROM"
                iri = str(node["named"] if "named" in node else node.get("default"))
                if iri not in local:
                    raise RefusedQuery(f"{kind} <{iri}> is not allowed: it is not a graph of the local data")
        form = form or FORMS.get(getattr(tree[1], "name", ""), "")
    if not form:
        raise QueryError("not a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE)")
    return form
