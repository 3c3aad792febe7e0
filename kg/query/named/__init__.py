"""Named SPARQL queries shipped with kg (`*.rq`), runnable as `kg sparql NAME --param key=value`.

Each file starts with comment lines: the first says what it answers, `# @param name: help` lines
declare its parameters. A parameter becomes a `VALUES` row binding the variable of the same name
at the top of the outer WHERE block, its value written as an escaped string literal, so no value
can change the query's shape (and the guard checks the final text anyway). pyoxigraph's own
substitutions would need the variable in the SELECT projection, which aggregates forbid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from kg.errors import QueryError

_PARAM = re.compile(r"#\s*@param\s+([A-Za-z_]\w*)\s*:\s*(.*)")
_WHERE = re.compile(r"^SELECT\b[^{]*\bWHERE\s*\{", re.MULTILINE | re.IGNORECASE)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    summary: str
    params: tuple[tuple[str, str], ...]  # (name, help)
    text: str

    def render(self, given: dict[str, str]) -> str:
        """The query text with `given` bound; unknown or missing parameters raise QueryError."""
        from kg.export.rdf_syntax import quote_string

        params = self.bind(given)
        if not params:
            return self.text
        names = [p for p, _ in self.params]
        values = (f"\n  VALUES ({' '.join('?' + n for n in names)}) "
                  f"{{ ({' '.join(quote_string(params[n]) for n in names)}) }}")
        m = _WHERE.search(self.text)
        if m is None:
            raise QueryError(f"query {self.name!r} has parameters but no WHERE block")
        return self.text[: m.end()] + values + self.text[m.end():]

    def bind(self, given: dict[str, str]) -> dict[str, str]:
        """The parameters to bind; unknown or missing ones raise QueryError."""
        known = {p for p, _ in self.params}
        unknown = sorted(set(given) - known)
        if unknown:
            raise QueryError(f"query {self.name!r} has no parameter {unknown[0]!r}"
                             f" (it takes: {', '.join(sorted(known)) or 'none'})")
        missing = [p for p, _ in self.params if p not in given]
        if missing:
            raise QueryError(f"query {self.name!r} needs --param {missing[0]}=VALUE"
                             f" ({dict(self.params)[missing[0]]})")
        return dict(given)


def _parse(name: str, text: str) -> NamedQuery:
    comments = [ln for ln in text.splitlines() if ln.startswith("#")]
    summary = comments[0].lstrip("# ").strip() if comments else name
    params = tuple((m.group(1), m.group(2).strip()) for ln in comments if (m := _PARAM.match(ln)))
    return NamedQuery(name, summary, params, text)


@lru_cache(maxsize=1)
def named_queries() -> dict[str, NamedQuery]:
    """Every shipped query by name (file name without `.rq`), sorted."""
    out = {}
    for f in sorted(files(__name__).iterdir(), key=lambda f: f.name):
        if f.name.endswith(".rq"):
            out[f.name[:-3]] = _parse(f.name[:-3], f.read_text(encoding="utf-8"))
    return out


def get(name: str) -> NamedQuery:
    try:
        return named_queries()[name]
    except KeyError:
        raise QueryError(f"no named query {name!r} (known: {', '.join(named_queries())})") from None
