"""A generated corpus of paper listings for speed measurements: seeds recombined, names and words varied.

Copied text flatters spaCy's tokenizer (its cache hits), so every generated sentence is varied:
name-shaped words become invented names (kept in the shapes the extractor sees: "-Bench",
"-7B", acronyms, CamelCase), numbers change, and a few content words are swapped for other
words of the seeds. At least 95% of the sentences are unique (checked by `unique_ratio`).

    python benchmarks/corpus.py 10000 -o /tmp/corpus.jsonl [--seed 0]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.sentences import sentence_spans  # noqa: E402

_NAME = re.compile(r"(?<![\w\-])(?=[\w\-.]*[A-Z][\w\-.]*[A-Z0-9]|[A-Za-z]+\d)[A-Za-z][\w\-.]*[A-Za-z0-9](?![\w\-])")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?")
_WORD = re.compile(r"(?<![\w\-])[a-z]{6,}(?![\w\-])")
_SYLLABLES = ("ka", "lo", "mi", "ra", "zen", "tor", "vex", "qu", "lin", "dra", "mo", "sy", "pha", "tri", "nex",
              "gal", "ber", "cor", "fi", "ul", "sam", "pol", "ter", "vi", "on", "ix")
_SUFFIXES = ("", "", "", "-Bench", "-7B", "-Instruct", "Net", "-Eval", "QA", "-2", "v2", "-XL", "Former", "GPT")


@lru_cache(maxsize=1)
def _seed_material() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(sentences, titles, words) of the seed listings shipped in `seeds/`."""
    from kg.ingest import IngestReport, read_papers

    papers = read_papers([ROOT / "seeds"], report=IngestReport())
    sentences, titles, words = [], [], set()
    for p in papers:
        titles.append(p.title)
        for s, e in sentence_spans(p.abstract):
            sentences.append(p.abstract[s:e])
        words.update(_WORD.findall(p.abstract))
    return tuple(sentences), tuple(titles), tuple(sorted(words))


def _name(rng: random.Random) -> str:
    base = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3)))
    style = rng.random()
    if style < 0.3:
        base = base.upper()[: rng.randint(3, 6)]
    elif style < 0.7:
        cut = rng.randint(2, len(base) - 1)
        base = base[:cut].capitalize() + base[cut:].capitalize()
    else:
        base = base.capitalize()
    return base + rng.choice(_SUFFIXES)


_URL = re.compile(r"(https?://\S+)")


def _vary(sentence: str, rng: random.Random, words: tuple[str, ...], names: dict[str, str]) -> str:
    """Vary the text outside URLs (URLs keep their shape, so links still parse)."""
    parts = _URL.split(sentence)
    return "".join(p if i % 2 else _vary_text(p, rng, words, names) for i, p in enumerate(parts))


def _vary_text(sentence: str, rng: random.Random, words: tuple[str, ...], names: dict[str, str]) -> str:
    sentence = _NAME.sub(lambda m: names.setdefault(m.group(0), _name(rng)), sentence)
    sentence = _NUMBER.sub(lambda m: str(round(rng.uniform(0.5, 99.5), rng.choice((0, 1, 1, 2)))), sentence)
    found = list(_WORD.finditer(sentence))
    # swap up to two content words, right to left so earlier offsets stay valid
    for m in sorted(rng.sample(found, min(len(found), 2)), key=lambda m: -m.start()):
        sentence = sentence[: m.start()] + rng.choice(words) + sentence[m.end() :]
    return sentence


def generate(n: int, *, seed: int = 0) -> list[dict[str, str]]:
    """`n` listings {"title", "abstract"}: 4-10 varied seed sentences each, a varied seed title."""
    sentences, titles, words = _seed_material()
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        names: dict[str, str] = {}
        k = rng.randint(4, 10)
        abstract = " ".join(_vary(rng.choice(sentences), rng, words, names) for _ in range(k))
        title = _vary(rng.choice(titles), rng, words, names)
        if rng.random() < 0.4:
            title = f"{_name(rng)}: {title}"
        out.append({"title": title, "abstract": abstract})
    return out


def unique_ratio(records: list[dict[str, str]]) -> float:
    """Share of distinct sentences among all abstract sentences."""
    seen, total = set(), 0
    for r in records:
        for s, e in sentence_spans(r["abstract"]):
            seen.add(r["abstract"][s:e])
            total += 1
    return len(seen) / total if total else 1.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("-o", "--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    records = generate(args.n, seed=args.seed)
    with args.out.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(records)} listings, {unique_ratio(records):.1%} unique sentences -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
