"""Overrides: read from TOML with errors that name the file and line, and applied by resolution."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.model import Entity, EntityType, Evidence, Extraction, Field, Paper
from kg.overrides import Overrides, default_overrides, load_overrides
from kg.resolve import resolve
from kg.text import paper_id, slug

GOOD = """
[overrides]
block = ["LLMs"]
merge = [["SD", "Stable Diffusion"]]
split = [["CIFAR10", "CIFAR-10"]]

[overrides.aliases]
"DeMamba" = ["DMB"]

[overrides.types]
"FooNet" = "model"
"""


def write(tmp_path, text, name="over.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def one(abstract: str, *names: str, type_: str = "model", proposed: bool = False) -> Extraction:
    title = f"On {abstract}"
    p = Paper(paper_id(title), title, abstract)
    ents = []
    for n in names:
        at = abstract.find(n)
        ents.append(Entity(f"{type_}/{slug(n)}", EntityType(type_), n, (n,), proposed,
                           (Evidence(Field.ABSTRACT, at, at + len(n)),)))
    return Extraction(p, tuple(ents))


def test_a_file_with_every_kind_of_override_loads(tmp_path):
    ov = load_overrides(write(tmp_path, GOOD))
    assert ov.block == ("LLMs",)
    assert ov.merge == (("SD", "Stable Diffusion"),)
    assert ov.aliases == (("DeMamba", ("DMB",)),)
    assert ov.types == (("FooNet", EntityType.MODEL),)
    assert ov.is_blocked("llms") and not ov.is_blocked("LLaMA")


@pytest.mark.parametrize(("text", "line", "words"), [
    ("[overrides]\nblock = [\"x\"\n", 2, "bad TOML"),
    ("[overrides]\nblokc = [\"x\"]\n", 2, "unknown key 'blokc'"),
    ("[overrides]\nmerge = [[\"only-one\"]]\n", 2, "at least two"),
    ("[overrides.types]\n\"FooNet\" = \"gadget\"\n", 2, "must be one of"),
    ("[overrides]\nblock = \"LLMs\"\n", 2, "list of names"),
])
def test_bad_overrides_name_the_file_and_line(tmp_path, text, line, words):
    path = write(tmp_path, text)
    with pytest.raises(InputError) as err:
        load_overrides(path)
    assert str(err.value).startswith(f"{path}:{line}: ")
    assert words in str(err.value)


def test_kg_toml_in_the_current_folder_is_the_default(tmp_path):
    assert default_overrides(tmp_path) == Overrides()
    write(tmp_path, GOOD, "kg.toml")
    assert default_overrides(tmp_path).block == ("LLMs",)


def test_the_fingerprint_follows_content_not_location(tmp_path):
    a = load_overrides(write(tmp_path, GOOD, "a.toml"))
    b = load_overrides(write(tmp_path, GOOD, "b.toml"))
    assert a.fingerprint() == b.fingerprint() != Overrides().fingerprint()
    assert Overrides(block=("x",)).fingerprint() != Overrides(block=("y",)).fingerprint()


def ids_by_name(corpus) -> dict[str, str]:
    return {e.name: e.id for ex in corpus.extractions for e in ex.entities}


def test_block_drops_the_name_everywhere():
    corpus = resolve([one("LLMs and GPT-4 are compared.", "LLMs", "GPT-4")], overrides=Overrides(block=("llms",)))
    assert set(ids_by_name(corpus)) == {"GPT-4"}


def test_merge_and_split_override_resolution():
    exs = [one("We use SD here.", "SD"), one("Stable Diffusion is used.", "Stable Diffusion"),
           one("CIFAR10 is small.", "CIFAR10", type_="benchmark"),
           one("CIFAR-10 is small.", "CIFAR-10", type_="benchmark")]
    plain = ids_by_name(resolve(exs))
    assert plain["SD"] != plain["Stable Diffusion"] and plain["CIFAR10"] == plain["CIFAR-10"]
    fixed = ids_by_name(resolve(exs, overrides=Overrides(merge=(("SD", "Stable Diffusion"),),
                                                         split=(("CIFAR10", "CIFAR-10"),))))
    assert fixed["SD"] == fixed["Stable Diffusion"] and fixed["CIFAR10"] != fixed["CIFAR-10"]


def test_aliases_join_names_and_are_found_in_other_papers():
    exs = [one("We introduce DeMamba.", "DeMamba", type_="method", proposed=True),
           one("Ours beats DMB by far.")]
    corpus = resolve(exs, overrides=Overrides(aliases=(("DeMamba", ("DMB",)),)))
    (found,) = corpus.extractions[1].entities
    assert found.id == "method/demamba"
    assert "DMB" in corpus.entities[0].aliases


def test_types_win_over_the_extractor():
    corpus = resolve([one("FooNet is used.", "FooNet", type_="method")],
                     overrides=Overrides(types=(("foonet", EntityType.MODEL),)))
    assert [e.type for e in corpus.entities] == [EntityType.MODEL]


def test_kg_build_takes_an_overrides_file(tmp_path):
    import kg

    listing = tmp_path / "papers.jsonl"
    listing.write_text('{"title": "GenVideo: a benchmark", "abstract": "We introduce GenVideo and test on '
                       'ImageNet."}\n', encoding="utf-8")
    plain = {e["name"] for e in kg.build([listing]).entities(type="benchmark")}
    blocked = {e["name"] for e in kg.build([listing], overrides=write(tmp_path, GOOD.replace(
        '"LLMs"', '"GenVideo"'))).entities(type="benchmark")}
    assert "GenVideo" in plain and "GenVideo" not in blocked
