"""Short and long forms of one thing in one paper become one entity; families stay apart."""

from __future__ import annotations


def _forms(ex, type_: str) -> list[set[str]]:
    return [{e.name, *e.aliases} for e in ex.entities if e.type.value == type_]


def test_own_model_and_its_only_sized_release_are_one(run):
    ex = run("We train RoboQuill-7B on 970k robot episodes. RoboQuill-7B outperforms prior policies on "
             "QuillBench, and RoboQuill follows language instructions.",
             title="RoboQuill: An Open Model for Generalist Manipulation")
    models = [{e.name, *e.aliases} for e in ex.entities if {e.name, *e.aliases} & {"RoboQuill", "RoboQuill-7B"}]
    assert len(models) == 1 and {"RoboQuill", "RoboQuill-7B"} <= models[0]


def test_a_family_with_two_releases_keeps_them_apart(run):
    ex = run("We release RoboQuill-7B and RoboQuill-13B. RoboQuill-13B is best on QuillBench.",
             title="RoboQuill: Open Models for Manipulation")
    merged = [f for f in _forms(ex, "model") if {"RoboQuill-7B", "RoboQuill-13B"} <= f]
    assert not merged


def test_dataset_and_its_written_version_are_one(run):
    ex = run("We evaluate repair agents on the QuillFix v2.0 benchmark and find that QuillFix remains hard "
             "for open models in our experiments.")
    both = [f for f in _forms(ex, "benchmark") if {"QuillFix", "QuillFix v2.0"} <= f]
    assert len(both) == 1


def test_dataset_and_its_only_edition_are_one(run):
    ex = run("We use the QuillTS 2021 dataset partitioned by acquisition site. On QuillTS, federated training "
             "matches centralised accuracy.", title="Federated Segmentation: A Study on QuillTS")
    both = [f for f in _forms(ex, "benchmark") if {"QuillTS", "QuillTS 2021"} <= f]
    assert len(both) == 1


def test_two_editions_stay_apart(run):
    ex = run("We evaluate on QuillTS 2021 and QuillTS 2023 and compare with QuillTS results in our experiments.")
    assert not [f for f in _forms(ex, "benchmark") if {"QuillTS 2021", "QuillTS 2023"} <= f]
    assert not [f for f in _forms(ex, "benchmark") if {"QuillTS", "QuillTS 2021"} <= f]
