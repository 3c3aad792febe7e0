"""Lowercase named techniques listed next to named methods; verbs and paradigms in lists are not."""

from __future__ import annotations


def _methods(ex) -> set[str]:
    return {f for e in ex.entities if e.type.value == "method" for f in (e.name, *e.aliases)}


def test_lowercase_techniques_after_named_methods(run):
    ex = run("We study RandAugment, Mixup, CutMix, quill erasing, zorb depth and label smoothing under a fixed budget.")
    assert {"quill erasing", "label smoothing"} <= _methods(ex)


def test_program_of_thought_prompting_keeps_the_technique_name(run):
    ex = run("We compare LoRA, zorb-of-thought prompting and prefix tuning on eight open models.")
    assert "zorb-of-thought" in _methods(ex)


def test_paradigms_plurals_and_verbs_in_lists_are_not_methods(run):
    ex = run("We compare LoRA, full fine-tuning, adapter layers and quill tuning, without relying on labels. "
             "We apply LoRA, identifying the process that we rigorously prove.")
    got = _methods(ex)
    assert not got & {"full fine-tuning", "adapter layers", "identifying the process", "we rigorously prove",
                      "without relying"}
    assert "quill tuning" in got


def test_no_named_method_no_list_rule(run):
    ex = run("Models trained with quill erasing, zorb depth and label noise are evaluated on QuillBench.")
    assert "quill erasing" not in _methods(ex)
