"""Write `papers.jsonl` (input), `gold.jsonl` (answers) and `kb_exclude.txt` from `annotations.py`.

Run from anywhere: `python benchmarks/heldout/make.py`. The annotation is checked before
anything is written (every name occurs in the text, roles cover exactly the listed entities,
proposed and results refer to listed entities), so a typo fails loudly instead of silently
turning into a false negative for the extractor.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from kg.text import paper_id

HERE = Path(__file__).resolve().parent


def _load_papers() -> list[dict]:
    """annotations.PAPERS, loaded by path so no generic module name lands on sys.path."""
    spec = importlib.util.spec_from_file_location("heldout_annotations", HERE / "annotations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.PAPERS


PAPERS = _load_papers()

ROLES = {"benchmark": {"introduces", "evaluates_on", "mentions"}, "model": {"introduces", "uses", "mentions"}}
KEYS = ("benchmark", "model", "method", "task", "repo", "url", "proposed", "results")


def _entity(item: str | tuple) -> dict:
    """'Name' or ('Name', [aliases]) -> {"name", "aliases"}."""
    if isinstance(item, str):
        return {"name": item, "aliases": []}
    name, aliases = item
    return {"name": name, "aliases": list(aliases)}


def _roled(items: list[tuple]) -> tuple[list[dict], dict[str, str]]:
    """[(name, role) or (name, role, [aliases])] -> entity list and name -> role map."""
    ents, roles = [], {}
    for item in items:
        name, role = item[0], item[1]
        ents.append({"name": name, "aliases": list(item[2]) if len(item) > 2 else []})
        roles[name] = role
    return ents, roles


def gold_record(spec: dict) -> dict:
    """One annotation entry -> one gold line in the GUIDELINES.md format (dev.jsonl key order)."""
    bench, broles = _roled(spec.get("benchmark", []))
    model, mroles = _roled(spec.get("model", []))
    return {
        "id": paper_id(spec["title"]),
        "title": spec["title"],
        "benchmark": bench,
        "model": model,
        "method": [_entity(m) for m in spec.get("method", [])],
        "task": [_entity(t) for t in spec.get("task", [])],
        "repo": list(spec.get("repo", [])),
        "url": list(spec.get("url", [])),
        "proposed": list(spec.get("proposed", [])),
        "results": [dict(zip(("model", "benchmark", "metric", "value"), r)) for r in spec.get("results", [])],
        "benchmark_roles": broles,
        "model_roles": mroles,
        "abstract": spec["abstract"],
    }


def problems(g: dict) -> list[str]:
    """Inconsistencies in one gold record; empty when it is well formed."""
    text = g["title"] + "\n" + g["abstract"]
    out = []
    names = {}
    for t in ("benchmark", "model", "method"):
        for e in g[t]:
            for form in [e["name"], *e["aliases"]]:
                if form not in text:
                    out.append(f"{t} form {form!r} not in text")
            if e["name"] in names:
                out.append(f"{e['name']!r} listed twice ({names[e['name']]}, {t})")
            names[e["name"]] = t
    for e in g["task"]:
        for form in [e["name"], *e["aliases"]]:
            if form.lower() not in text.lower():
                out.append(f"task form {form!r} not in text")
    for link in g["repo"] + g["url"]:
        if link.lower() not in text.lower():
            out.append(f"link {link!r} not in text")
    for t in ("benchmark", "model"):
        roles = g[f"{t}_roles"]
        if set(roles) != {e["name"] for e in g[t]}:
            out.append(f"{t}_roles keys differ from {t} names")
        out += [f"bad {t} role {r!r}" for r in roles.values() if r not in ROLES[t]]
        for name, role in roles.items():
            if role == "introduces" and name not in g["proposed"]:
                out.append(f"{name!r} introduced but not proposed")
    out += [f"proposed {p!r} is not a listed entity" for p in g["proposed"] if p not in names]
    for r in g["results"]:
        if names.get(r["benchmark"]) != "benchmark":
            out.append(f"result benchmark {r['benchmark']!r} not a listed benchmark")
        if names.get(r["model"]) not in ("model", "method"):
            out.append(f"result model {r['model']!r} not a listed model or method")
        if r["value"] not in text:
            out.append(f"result value {r['value']!r} not in text")
    words = len(g["abstract"].split())
    if not 150 <= words <= 300:
        out.append(f"abstract has {words} words")
    return out


def main() -> None:
    gold = [gold_record(s) for s in PAPERS]
    bad = [f"{g['title'][:50]}: {p}" for g in gold for p in problems(g)]
    ids = [g["id"] for g in gold]
    if len(set(ids)) != len(ids):
        bad.append("duplicate paper ids")
    if bad:
        sys.exit("\n".join(bad))
    with open(HERE / "papers.jsonl", "w", encoding="utf-8") as f:
        f.writelines(
            json.dumps({"id": g["id"], "title": g["title"], "abstract": g["abstract"]}, ensure_ascii=False)
            + "\n"
            for g in gold
        )
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f:
        f.writelines(json.dumps(g, ensure_ascii=False) + "\n" for g in gold)
    names = [
        f for g in gold for t in ("benchmark", "model") for e in g[t] for f in [e["name"], *e["aliases"]]
    ]
    with open(HERE / "kb_exclude.txt", "w", encoding="utf-8") as f:
        f.write("".join(n + "\n" for n in dict.fromkeys(names)))
    print(f"wrote {len(gold)} papers")


if __name__ == "__main__":
    main()
