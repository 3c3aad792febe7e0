"""The shipped knowledge base: data integrity, the case and shared-name rules, exclusion, the harvester."""

from __future__ import annotations

import importlib.util
import io
import json
import re
import tarfile
import unicodedata
import zipfile
from dataclasses import replace
from importlib import resources
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.extract.kb import (
    DATA_FILES,
    KBDataError,
    KBEntry,
    KnowledgeBase,
    _parse,
    is_case_sensitive,
    load_kb,
    variants,
)
from kg.model import EntityType
from kg.text import norm_key, slug

ROOT = Path(__file__).resolve().parents[2]
# Words that describe a kind of thing, never name one: no entry may claim them as a name or alias.
GENERIC = {
    "llm",
    "llms",
    "large language model",
    "large language models",
    "language model",
    "rl",
    "ml",
    "ai",
    "nlp",
    "cv",
    "dataset",
    "datasets",
    "benchmark",
    "benchmarks",
    "model",
    "models",
    "method",
    "task",
    "transformer models",
    "neural network",
    "neural networks",
    "deep learning",
    "machine learning",
    "reinforcement learning",
    "baseline",
    "baselines",
    "network",
    "agent",
    "agents",
    "vlm",
    "vlms",
    "mllm",
    "mllms",
    "lm",
    "lms",
    "data",
    "evaluation",
    "training",
    "fine-tuning",
    "pretraining",
    "architecture",
    "algorithm",
    "framework",
    "system",
    "approach",
}


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.fixture(scope="module")
def rows() -> list[tuple[str, int, dict]]:
    out = []
    for name in DATA_FILES:
        text = resources.files("kg.extract.kb").joinpath(name).read_text(encoding="utf-8")
        out += [(name, n, json.loads(line)) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    return out


def test_each_type_has_a_reviewed_body_of_entries(kb) -> None:
    counts = {t: sum(e.type is t for e in kb.entries.values()) for t in EntityType}
    assert counts[EntityType.BENCHMARK] >= 350
    assert counts[EntityType.MODEL] >= 250
    assert counts[EntityType.METHOD] >= 150
    assert (
        counts[EntityType.TASK] >= 60
        and counts[EntityType.METRIC] >= 30
        and counts[EntityType.ORGANIZATION] >= 30
    )


def test_ids_are_unique_typed_slugs_in_the_file_of_their_type(rows) -> None:
    ids = [d["id"] for _, _, d in rows]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    for file, n, d in rows:
        prefix, _, rest = d["id"].partition("/")
        assert prefix == d["type"] and rest == slug(rest), f"{file}:{n}: {d['id']}"
        assert file == ("tasks.jsonl" if d["type"] == "task" else f"{d['type']}s.jsonl"), f"{file}:{n}"


def test_families_and_organizations_point_at_entries(kb) -> None:
    orgs = {f for e in kb.entries.values() if e.type is EntityType.ORGANIZATION for f in e.forms}
    for e in kb.entries.values():
        assert e.family is None or (e.family in kb.entries and e.family != e.id), e.id
        assert e.organization is None or e.organization in orgs, (e.id, e.organization)


def test_every_entry_has_a_source_and_harvested_ones_name_their_license(kb) -> None:
    for e in kb.entries.values():
        assert e.source.strip(), e.id
        if e.source != "curated":
            assert re.fullmatch(r"lm-eval [0-9.]+ \(MIT\)", e.source), (e.id, e.source)
    assert any(e.source.startswith("lm-eval") for e in kb.entries.values())


def test_no_name_or_alias_is_a_generic_term(kb) -> None:
    bad = [(e.id, f) for e in kb.entries.values() for f in e.forms if f.lower() in GENERIC]
    assert not bad


def test_aliases_are_not_repeats_or_spacing_variants_of_other_forms(kb) -> None:
    """Spacing, hyphens and accents are the loader's job (`variants`): the data lists real spellings."""
    for e in kb.entries.values():
        for i, a in enumerate(e.forms[1:], 1):
            for f in e.forms[:i]:
                same = a in variants(f) or (
                    not is_case_sensitive(f) and a.lower() in {v.lower() for v in variants(f)}
                )
                assert not same, (e.id, f, a)


def test_every_form_keeps_all_its_letters_under_normalisation(kb) -> None:
    """A Greek or symbol letter would vanish from norm_key ("αNLI" -> "nli") and collide with other names."""
    for e in kb.entries.values():
        for f in e.forms:
            assert norm_key(f), (e.id, f)
            assert all(c.isascii() for c in unicodedata.normalize("NFKD", f) if c.isalnum()), (e.id, f)


@pytest.mark.parametrize(
    ("written", "other_case", "eid"),
    [
        ("MATH", "math", "benchmark/math-hendrycks"),
        ("SCAN", "scan", "benchmark/scan"),
        ("CLIP", "clip", "model/clip"),
        ("Spider", "spider", "benchmark/spider-sql"),
        ("Whisper", "whisper", "model/whisper"),
        ("Adam", "adam", "method/adam"),
    ],
)
def test_short_capital_and_dictionary_names_match_only_in_their_case(kb, written, other_case, eid) -> None:
    assert is_case_sensitive(written)
    assert [e.id for e in kb.lookup(written)] == [eid]
    assert kb.lookup(other_case) == ()
    if other_case.capitalize() != written:
        assert kb.resolve(other_case.capitalize()) is None


@pytest.mark.parametrize(
    ("surface", "eid"),
    [
        ("hellaswag", "benchmark/hellaswag"),
        ("GSM 8K", "benchmark/gsm8k"),
        ("Llama2-7B", "model/llama-2-7b"),
        ("Tulu 3", "model/tulu"),
        ("chain of thought", "method/chain-of-thought"),
        ("ImageNet 1K", "benchmark/imagenet"),
        ("HumanEval+", "benchmark/humaneval-plus"),
        ("HumanEval", "benchmark/humaneval"),
    ],
)
def test_spellings_meet_under_normalisation_and_exact_spelling_wins(kb, surface, eid) -> None:
    assert kb.resolve(surface).id == eid


def test_surface_forms_swap_spaces_and_hyphens_but_never_join_words(kb) -> None:
    forms = {(f, eid) for f, eid, _ in kb.surface_forms()}
    assert ("Llama-2", "model/llama-2") in forms and ("Llama 2", "model/llama-2") in forms
    assert ("Llama 2 7B", "model/llama-2-7b") in forms and ("Llama27B", "model/llama-2-7b") not in forms
    assert ("Tulu", "model/tulu") in forms and ("SelfPlay", "method/self-play") not in forms
    every = {f for f, _, _ in kb.surface_forms(spacing=False, descriptive=True)}
    assert every == {f for e in kb.entries.values() for f in e.forms}
    assert ("GPT 4", "model/gpt-4", True) in set(kb.surface_forms())


@pytest.mark.parametrize(
    ("eid", "coined", "described"),
    [
        (
            "method/convolutional-neural-network",
            {"CNN", "CNNs", "ConvNet"},
            {"convolutional neural networks"},
        ),
        ("method/batch-normalization", {"BatchNorm"}, {"Batch Normalization", "Batch Norm"}),
        ("method/dropout", set(), {"Dropout"}),
    ],
)
def test_concepts_offer_matchers_only_their_coined_forms(kb, eid, coined, described) -> None:
    """A description ("dropout", "batch normalization") names a kind of technique, not a linkable method."""
    assert kb.entries[eid].concept
    offered = {f for f, i, _ in kb.surface_forms() if i == eid}
    assert coined <= offered and not (described & offered)
    assert described <= {f for f, i, _ in kb.surface_forms(descriptive=True) if i == eid}
    assert all(kb.resolve(f).id == eid for f in coined | described)


def test_named_methods_offer_every_form(kb) -> None:
    offered = {f for f, i, _ in kb.surface_forms() if i == "method/proximal-policy-optimization"}
    assert {"PPO", "Proximal Policy Optimization"} <= offered


def test_every_shared_form_is_settled_by_reviewed_priority(kb) -> None:
    """A name resolves to its own entry unless another entry outranks it by `priority`, never by type order."""
    assert kb.unsettled() == []


def test_a_shared_form_without_priority_is_reported_and_priority_settles_it() -> None:
    sam = KBEntry("method/sam", EntityType.METHOD, "Sharpness-Aware Minimization", ("SAM",))
    seg = KBEntry("model/sam", EntityType.MODEL, "Segment Anything", ("SAM",))
    shared = KnowledgeBase.of([sam, seg])
    assert shared.resolve("SAM").id == "model/sam"  # the fallback type order alone...
    assert shared.unsettled() == [("SAM", "method/sam", "model/sam")]  # ...is not a reviewed decision
    chosen = KnowledgeBase.of([replace(sam, priority=1), seg])
    assert chosen.resolve("SAM").id == "method/sam"
    assert chosen.unsettled() == []


@pytest.mark.parametrize(
    ("surface", "winner", "loser"),
    [
        ("SAM", "model/segment-anything-model", "method/sharpness-aware-minimization"),
        ("MAE", "method/masked-autoencoder", "metric/mean-absolute-error"),
        ("ARC", "benchmark/ai2-arc", "benchmark/arc-agi"),
    ],
)
def test_known_ambiguous_names_keep_both_readings_and_settle_on_one(kb, surface, winner, loser) -> None:
    assert {e.id for e in kb.lookup(surface)} == {winner, loser}
    assert kb.resolve(surface).id == winner
    assert kb.pick([loser, winner]) == winner


def test_case_alone_can_separate_names_of_different_types(kb) -> None:
    assert kb.resolve("FID").id == "metric/frechet-inception-distance"
    assert kb.resolve("FiD").id == "method/fusion-in-decoder"


def test_exclude_drops_entries_by_any_alias_case_insensitively(kb) -> None:
    smaller = load_kb(exclude=["grade school math 8k", "CLIP"])
    assert "benchmark/gsm8k" not in smaller.entries and "model/clip" not in smaller.entries
    assert smaller.lookup("GSM8K") == () and smaller.lookup("CLIP") == ()
    assert all("benchmark/gsm8k" not in ids for ids in smaller.aliases.values())
    assert len(smaller.entries) == len(kb.entries) - 2
    assert load_kb(exclude=frozenset({norm_key("GSM-8K")})).lookup("GSM8K") == ()


def test_a_bad_line_is_an_error_naming_file_and_line() -> None:
    good = '{"id": "model/x", "type": "model", "name": "X", "source": "curated"}'
    for bad in (
        "not json",
        '{"id": "model/y", "type": "robot", "name": "Y"}',
        '{"id": "model/z", "type": "model", "name": "Z", "colour": 1}',
    ):
        with pytest.raises(KBDataError, match=r"^bad\.jsonl:2: ") as err:
            list(_parse([good, bad], "bad.jsonl"))
        assert isinstance(err.value, InputError)


def test_common_words_are_a_licensed_list_of_thousands() -> None:
    text = resources.files("kg.extract.kb").joinpath("common_words.txt").read_text(encoding="utf-8")
    header = [ln for ln in text.splitlines() if ln.startswith("#")]
    words = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    assert any("MIT License" in ln for ln in header)
    assert len(words) >= 3000 and words == sorted(set(words))
    assert {"math", "scan", "clip", "spider", "whisper"} <= set(words)


def _harvester():
    spec = importlib.util.spec_from_file_location("harvest_lm_eval", ROOT / "tools" / "harvest_lm_eval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


HARVEST_FILES = {
    "lm_eval/tasks/hellaswag/README.md": "# HellaSwag\nTitle: `HellaSwag: Can a Machine...`\n",
    "lm_eval/tasks/zorbqa/README.md": "# zorb_qa\n### Paper\nTitle: `ZorbQA: Questions About Zorbs`\n"
    "Abstract: https://arxiv.org/abs/2403.01234\nHomepage: https://example.org/zorbqa.\n",
    "lm_eval/tasks/zorbqa/zorbqa.yaml": "task: zorbqa\n",
    "lm_eval/tasks/leaderboard/README.md": "# Open LLM Leaderboard v2\n",
    "lm_eval/tasks/twofer/README.md": "# AQA and BQA\n",
}


def _wheel(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, text in HARVEST_FILES.items():
            z.writestr(name, text)
    return path


def _sdist(path: Path) -> Path:
    with tarfile.open(path, "w:gz") as t:
        for name, text in HARVEST_FILES.items():
            data = text.encode()
            info = tarfile.TarInfo(f"lm_eval-9.9.9/{name}")
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    return path


@pytest.mark.parametrize(
    ("make", "file"), [(_wheel, "lm_eval-9.9.9-py3-none-any.whl"), (_sdist, "lm_eval-9.9.9.tar.gz")]
)
def test_harvester_adds_only_new_named_benchmarks_with_source(tmp_path, make, file) -> None:
    """Known names (HellaSwag), suites (leaderboard) and two-benchmark folders are left out."""
    out = _harvester().harvest(make(tmp_path / file), "9.9.9")
    assert out == [
        {
            "id": "benchmark/zorbqa",
            "type": "benchmark",
            "name": "ZorbQA",
            "year": 2024,
            "homepage": "https://example.org/zorbqa",
            "modality": "text",
            "source": "lm-eval 9.9.9 (MIT)",
        }
    ]
