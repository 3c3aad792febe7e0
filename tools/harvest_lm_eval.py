"""Harvest benchmark names from a downloaded lm-eval (EleutherAI lm-evaluation-harness, MIT) wheel or sdist.

Dev-time only: the knowledge base never depends on lm-eval at run time. Usage:

    pip download lm-eval==0.4.13 --no-deps -d /tmp/lmeval
    python tools/harvest_lm_eval.py /tmp/lmeval/lm_eval-0.4.13-py3-none-any.whl            # review
    python tools/harvest_lm_eval.py /tmp/lmeval/lm_eval-0.4.13-py3-none-any.whl --append    # merge

Each task folder (`lm_eval/tasks/<folder>/`) becomes one candidate entry: its name from the README
heading or the paper title's prefix ("HellaSwag: Can a Machine..." -> "HellaSwag"), the folder name
as an alias, the year from the arXiv id, the README's homepage. Folders that are not one benchmark
(leaderboards, suites of other tasks, language-specific re-packagings, probes) are skipped by the
SKIP table below. Candidates whose name or alias the knowledge base already knows are dropped: the
curated entry wins. `--append` adds the rest to `kg/extract/kb/benchmarks.jsonl`, each with
`"source": "lm-eval <version> (MIT)"`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract.kb import load_kb
from kg.text import norm_key, slug

# Folders that do not name one benchmark, with the reason.
SKIP = {
    "benchmarks": "groups of other tasks",
    "leaderboard": "a leaderboard of other tasks",
    "tinyBenchmarks": "subsamples of other tasks",
    "metabench": "subsamples of other tasks",
    "llama3": "Meta's evaluation configs of other tasks",
    "okapi": "machine-translated copies",
    "unitxt": "a task library",
    "score": "robustness wrappers of other tasks",
    "translation": "generic translation configs",
    "arithmetic": "synthetic probe",
    "unscramble": "synthetic probe",
    "simple_cooccurrence_bias": "probe",
    "japanese_leaderboard": "a leaderboard",
    "arabic_leaderboard_complete": "a leaderboard",
    "arabic_leaderboard_light": "a leaderboard",
    "lambada_multilingual_stablelm": "re-packaging",
    "lambada_cloze": "variant of LAMBADA",
    "lambada_multilingual": "variant of LAMBADA",
    "arc_mt": "machine-translated ARC",
    "truthfulqa-multi": "translated TruthfulQA",
    "mmlu-redux-spanish": "translated MMLU-Redux",
    "catalan_bench": "a suite",
    "spanish_bench": "a suite",
    "galician_bench": "a suite",
    "basque_bench": "a suite",
    "portuguese_bench": "a suite",
    "french_bench": "a suite",
    "darija_bench": "a suite",
    "noreval": "a suite",
    "evalita_llm": "a suite",
    "afrobench": "a suite",
    "inverse_scaling": "a collection of small tasks",
    "model_written_evals": "a collection",
    "pile_10k": "subsample of the Pile",
    "squad_completion": "re-packaging of SQuAD",
    "paloma": "a suite",
    "bigbench": "BIG-bench subtasks",
    "c4": "a corpus, curated",
    "pile": "a corpus, curated",
    "glianorex": "fictional probe",
    "uncheatable_eval": "rolling web text",
    "toksuite": "tokenizer probe",
    "bear": "probe",
    "e2lmc": "probe",
    "fld": "synthetic probe",
    "mastermind": "synthetic probe",
    "graphwalks": "synthetic probe",
    "jsonschema_bench": "format probe",
    "longproc": "a suite",
    "lm_syneval": "probe",
    "libra": "a suite",
    "click": "a suite",
    "kbl": "a suite",
    "mela": "a suite",
    "bhs": "probe",
    "discrim_eval": "probe",
    "moral_stories": "dataset, not a benchmark",
    "bangla": "a suite",
    "fda": "a name shared with the US agency",
    "meddialog": "no stable name",
    "medtext": "no stable name",
    "mediqa_qa2019": "no stable name",
    "mimic_repsum": "no stable name",
    "ulqa": "no paper or homepage",
}
GENERIC_HEADINGS = {"task-name", "task name", "taskname", "paper", "title", "readme", "tasks", "overview"}
ARXIV = re.compile(r"arxiv\.org/(?:abs|pdf)/(\d{2})(\d{2})\.\d{4,5}")
URL = re.compile(r"https?://[^\s`)>\]]+")


_TASK_FILE = re.compile(r"(?:^|/)lm_eval/tasks/([^/]+)/(README\.md|[^/]+\.yaml)$")


def read_tasks(archive: Path) -> dict[str, dict[str, str]]:
    """Folder name -> {README text, YAML text} of every task folder in the archive."""
    out: dict[str, dict[str, str]] = {}
    for name, data in _members(archive):
        m = _TASK_FILE.search(name)
        if m:
            d = out.setdefault(m.group(1), {"readme": "", "yaml": ""})
            d["readme" if m.group(2) == "README.md" else "yaml"] += data.decode("utf-8", "replace") + "\n"
    return out


def _members(archive: Path) -> Iterator[tuple[str, bytes]]:
    """(path, bytes) of the task files in a wheel/zip or an sdist tarball, in path order."""
    if archive.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(archive) as z:
            for n in sorted(z.namelist()):
                if _TASK_FILE.search(n):
                    yield n, z.read(n)
        return
    with tarfile.open(archive) as t:
        for mem in sorted(t.getmembers(), key=lambda m: m.name):
            f = t.extractfile(mem) if mem.isfile() and _TASK_FILE.search(mem.name) else None
            if f is not None:
                yield mem.name, f.read()


def candidate(folder: str, readme: str, source: str) -> dict | None:
    """One benchmark entry from a task folder's README, or None when no usable name is found.

    The name is the README heading, cut at a colon, with a parenthesised short form kept as an
    alias ("Catalan Bias Benchmark for QA (CaBBQ)"); failing that, the paper title's prefix when it
    is short ("HellaSwag: Can a Machine..."). Folder names are code names ("copal_id", "bangla")
    and title prefixes often name the paper's model, so neither is taken as an alias.
    """
    lines = readme.splitlines()
    heading = next((ln[2:].strip() for ln in lines if ln.startswith("# ")), "")
    heading = heading.split(":", 1)[0].strip()
    short = re.search(r"\(([^()]+)\)\s*$", heading)
    if short:
        heading = heading[: short.start()].strip()
    title = next(
        (ln.split(":", 1)[1].strip(" `*") for ln in lines if ln.strip().lower().startswith("title:")), ""
    )
    prefix = title.split(":", 1)[0].strip(" `*") if ":" in title else ""
    heading = re.sub(r"\s+(benchmark|dataset)$", "", heading, flags=re.IGNORECASE)
    if " and " in f" {heading} " or " and " in f" {prefix} ":
        return None  # two benchmarks in one folder: left to a curator
    if (
        heading
        and heading.lower() not in GENERIC_HEADINGS
        and not _is_ident(heading)
        and len(heading.split()) <= 4
    ):
        name = heading
    elif 0 < len(prefix.split()) <= 3:
        name = prefix
    else:
        return None
    entry: dict = {"id": f"benchmark/{slug(name)}", "type": "benchmark", "name": name}
    abbrev = short.group(1).strip() if short else ""
    if sum(c.isupper() for c in abbrev) >= 2 and " " not in abbrev and norm_key(abbrev) != norm_key(name):
        entry["aliases"] = [abbrev]
    m = ARXIV.search("\n".join(lines[:15]))  # the task's own paper, not one cited further down
    if m:
        entry["year"] = 2000 + int(m.group(1))
    home = next((URL.search(ln) for ln in lines if ln.lower().startswith("homepage")), None)
    if home:
        entry["homepage"] = home.group(0).rstrip(".,")
    entry["modality"] = "text"
    entry["source"] = source
    return entry


def _is_ident(text: str) -> bool:
    """A heading that is just the folder's code name ("mmlu_pro"), not a display name."""
    return bool(re.fullmatch(r"[a-z0-9_]+", text)) and "_" in text


def harvest(archive: Path, version: str) -> list[dict]:
    """New benchmark entries (not already in the KB) from the archive's task folders, sorted by id."""
    kb = load_kb()
    known = set(kb.aliases)
    source = f"lm-eval {version} (MIT)"
    out: dict[str, dict] = {}
    for folder, files in sorted(read_tasks(archive).items()):
        if folder in SKIP or not files["readme"]:
            continue
        entry = candidate(folder, files["readme"], source)
        if entry is None or entry["id"] in kb.entries or entry["id"] in out:
            continue
        forms = [entry["name"], *entry.get("aliases", ())]
        if any(norm_key(f) in known for f in forms):
            continue
        known.update(norm_key(f) for f in forms)
        out[entry["id"]] = entry
    return [out[k] for k in sorted(out)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("archive", type=Path, help="lm-eval wheel (.whl) or sdist (.tar.gz)")
    ap.add_argument("--version", help="lm-eval version (default: read from the file name)")
    ap.add_argument(
        "--append", action="store_true", help="append new entries to kg/extract/kb/benchmarks.jsonl"
    )
    args = ap.parse_args(argv)
    found = re.search(r"lm_eval-([0-9][^-]*?)(?:-py|\.tar)", args.archive.name)
    if not (args.version or found):
        ap.error(f"cannot read the lm-eval version from {args.archive.name}: pass --version")
    version = args.version or found.group(1)  # type: ignore[union-attr]
    entries = harvest(args.archive, version)
    lines = [json.dumps(e, ensure_ascii=False) for e in entries]
    if args.append:
        with (ROOT / "kg/extract/kb/benchmarks.jsonl").open("a", encoding="utf-8") as f:
            f.writelines(line + "\n" for line in lines)
        print(f"appended {len(lines)} entries", file=sys.stderr)
    elif lines:
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
