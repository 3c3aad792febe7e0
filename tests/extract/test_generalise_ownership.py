"""Training a model is not always introducing it: analysis papers train others' models."""

from __future__ import annotations

import pytest


def _proposed(ex) -> set[str]:
    return {e.name for e in ex.entities if e.proposed}


@pytest.mark.parametrize("abstract", [
    "We revisit this practice with a controlled study that trains Zorbo-base and Quasar-base retrievers on "
    "QuillMarco under identical budgets.",
    "We compare four federated algorithms and also train the self-configuring Zorbo-Net framework in a "
    "federated fashion.",
])
def test_training_an_existing_model_is_not_proposing_it(run, abstract):
    assert not _proposed(run(abstract)) & {"Zorbo-base", "Quasar-base", "Zorbo-Net"}


@pytest.mark.parametrize(("abstract", "name"), [
    ("Specifically, we train Zorbo-3, an autoregressive language model with 175 billion parameters.", "Zorbo-3"),
    ("We propose Quillformer, a new architecture for long documents.", "Quillformer"),
])
def test_training_or_proposing_a_new_model_is_proposing_it(run, abstract, name):
    assert name in _proposed(run(abstract))
