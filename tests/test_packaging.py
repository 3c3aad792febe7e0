"""`pip install -e .` on a fresh machine installs everything kg imports: every third-party module
the package imports belongs to a declared dependency (an extra for the optional ones), or to a
dependency of one."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, packages_distributions, requires
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _name(req: str) -> str:
    return re.split(r"[\s\[<>=!~;]", req, maxsplit=1)[0].lower().replace("_", "-")


def _imported_modules() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "kg").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module.split(".")[0])
    return {m for m in found if m not in sys.stdlib_module_names and m != "kg"}


def test_every_imported_package_is_declared() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = [*project["dependencies"], *(r for rs in project.get("optional-dependencies", {}).values() for r in rs)]
    reachable = {_name(r) for r in reqs}
    for req in reqs:  # what a declared dependency brings along (markupsafe with jinja2, dask[distributed])
        extras = set(re.findall(r"[\w-]+", req.split("[", 1)[1].split("]", 1)[0])) if "[" in req else set()
        try:
            brought = requires(_name(req)) or []
        except PackageNotFoundError:  # an optional dependency not installed here
            brought = []
        for r in brought:
            extra = re.search(r"extra\s*==\s*['\"]([\w-]+)", r)
            if extra is None or extra.group(1) in extras:
                reachable.add(_name(r))
    owners = packages_distributions()
    missing = {m: owners.get(m) for m in _imported_modules()
               if not {_name(d) for d in owners.get(m, [m])} & reachable}
    assert missing == {}
