"""Each rule family on sentences written for the purpose, positive and negative.

Names are invented (Quorvex, ZentaQA, ...) so the tests exercise discovery, not the knowledge base.
"""

from __future__ import annotations

import pytest



def by_name(ex) -> dict:
    return {e.name: e for e in ex.entities}


def forms(ex, type_: str) -> set[str]:
    """Every name and alias of the entities of one type."""
    return {f for e in ex.entities if e.type.value == type_ for f in (e.name, *e.aliases)}


def _types(ex) -> dict[str, str]:
    return {e.name: e.type.value for e in ex.entities}


# -- what a paper introduces ----------------------------------------------------------------------

def test_we_introduce_x_a_benchmark(run):
    ex = run("To fill this gap, we introduce ZentaBench, a new benchmark for spatial reasoning. "
             "We evaluate ten models on ZentaBench.")
    e = by_name(ex)["ZentaBench"]
    assert e.type.value == "benchmark" and e.proposed


def test_head_noun_then_name_is_introduced(run):
    ex = run("We introduce the first video forgery detection dataset, Vidoraset. It has many videos.")
    e = by_name(ex)["Vidoraset"]
    assert e.type.value == "benchmark" and e.proposed


def test_named_x_with_acronym(run):
    ex = run("Moreover, we introduce a plug-and-play module, named Temporal Glimpse (TemGlim), designed "
             "to enhance detectors.")
    e = by_name(ex)["TemGlim"]
    assert e.type.value == "method" and e.proposed
    assert e.long_form == "Temporal Glimpse" and "Temporal Glimpse" in e.aliases


def test_title_prefix_is_introduced(run):
    ex = run("We present Quorvex, a model that plans. Quorvex beats strong baselines.",
             title="Quorvex: Planning with Large Language Models")
    assert by_name(ex)["Quorvex"].proposed


def test_title_prefix_negative_for_ordinary_phrases(run):
    ex = run("We study large batch training and its generalization gap.",
             title="Train longer, generalize better: closing the gap in large batch training")
    assert not any(e.proposed for e in ex.entities)


def test_using_a_known_model_is_not_introducing_it(run):
    ex = run("We present a study of Quorvex-7B on arithmetic tasks.")
    assert not any(e.proposed for e in ex.entities)


# -- acronyms -------------------------------------------------------------------------------------

def test_acronym_and_long_form_are_one_entity(run):
    ex = run("We propose Step-level Advantage Preference Optimization (Step-APO), which refines plans. "
             "Step-APO is simple.")
    named = [e for e in ex.entities if "Step-APO" in (e.name, *e.aliases)]
    assert len(named) == 1
    assert named[0].name == "Step-APO" and named[0].long_form == "Step-level Advantage Preference Optimization"
    assert named[0].type.value == "method"


def test_generic_acronyms_are_not_entities(run):
    ex = run("Large language models (LLMs) trained with reinforcement learning (RL) reach state-of-the-art "
             "(SOTA) results on out-of-distribution (OOD) data.")
    assert not ({"LLMs", "LLM", "RL", "SOTA", "OOD", "Large language models"} & set(by_name(ex)))


# -- context and morphology ------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "name", "type_"),
    [
        ("Our experiments on the Plorix dataset show gains.", "Plorix", "benchmark"),
        ("We report accuracy on KestrelQA and on VandaBench.", "KestrelQA", "benchmark"),
        ("We report accuracy on KestrelQA and on VandaBench.", "VandaBench", "benchmark"),
        ("Results on Morrow-Eval are strong.", "Morrow-Eval", "benchmark"),
        ("We fine-tune Zubat-13B and Zubat-13B-Instruct on math.", "Zubat-13B-Instruct", "model"),
        ("The Korvin model is trained on code.", "Korvin", "model"),
        ("We use the Halvard framework for routing.", "Halvard", "method"),
        ("Our detector uses a ZelResNet50 backbone.", "ZelResNet50", "method"),
    ],
)
def test_types_from_context_and_morphology(run, sentence, name, type_):
    assert _types(run(sentence)).get(name) == type_


def test_list_spreads_type(run):
    ex = run("We conduct experiments on MNIST, Torvald-10, Qesh-100 and ImageNet.")
    t = _types(ex)
    assert t.get("Torvald-10") == "benchmark" and t.get("Qesh-100") == "benchmark"


def test_datasets_such_as_list(run):
    ex = run("Recent datasets such as Pomra (Lake and Baroni, 2018) and Keltix (Kim and Linzen, 2020) expose "
             "severe problems.")
    t = _types(ex)
    assert t.get("Pomra") == "benchmark" and t.get("Keltix") == "benchmark"
    assert "Baroni" not in t and "Linzen" not in t


def test_coordination_in_braces(run):
    ex = run("We train on Varnix-{10,100} with standard augmentation and report accuracy.")
    assert {"Varnix-10", "Varnix-100"} <= forms(ex, "benchmark") | forms(ex, "method") | forms(ex, "model")


def test_ordinary_capitalised_words_are_not_names(run):
    ex = run("However, Transformers are popular. The results show that Deep Learning works.")
    assert not {e.name for e in ex.entities if e.type.value in ("benchmark", "model")}


def test_hyphenated_modifiers_are_trimmed(run):
    ex = run("We build a Zubat-7B-based agent and an AI-generated corpus.")
    names = set(by_name(ex))
    assert "Zubat-7B" in names and "AI" not in names and "Zubat-7B-based" not in names


# -- roles, comparisons, results -------------------------------------------------------------------

def _rel_targets(ex, type_: str) -> set[str]:
    ids = {e.id: e.name for e in ex.entities}
    return {ids[r.target] for r in ex.relations if r.type.value == type_}


def test_evaluates_on_versus_cited(run):
    ex = run("Prior benchmarks such as Pomra (Lake and Baroni, 2018) are saturated. "
             "We evaluate our method on the Keltix benchmark and report accuracy.")
    assert "Keltix" in _rel_targets(ex, "evaluates_on")
    assert "Pomra" not in _rel_targets(ex, "evaluates_on")


def test_compares_with(run):
    ex = run("Our Korvin model outperforms Zubat-13B on the Keltix benchmark.")
    assert "Zubat-13B" in _rel_targets(ex, "compares_with")


@pytest.mark.parametrize(
    ("sentence", "bench", "value"),
    [
        ("Korvin-7B reaches 92.1% accuracy on KestrelQA.", "KestrelQA", "92.1%"),
        ("Korvin-7B scores well: KestrelQA (71.3%) and VandaBench (64.0%).", "KestrelQA", "71.3%"),
    ],
)
def test_results(run, sentence, bench, value):
    ex = run(sentence)
    assert any(r.benchmark == bench and r.value == value and r.model == "Korvin-7B" for r in ex.results)


def test_no_result_without_a_benchmark(run):
    assert run("Korvin-7B improves accuracy by 12.5% over prior work.").results == ()


def test_has_code_and_implements(run):
    ex = run("We propose Quorvex, a planning framework. Code is available at https://github.com/acme/quorvex.")
    ids = {e.name: e.id for e in ex.entities}
    assert any(r.type.value == "has_code" for r in ex.relations)
    impl = [r for r in ex.relations if r.type.value == "implements"]
    assert impl and impl[0].source == ids["github.com/acme/quorvex"] and impl[0].target == ids["Quorvex"]


# -- later rule families ---------------------------------------------------------------------------

def test_capitalised_word_with_apposition_is_introduced(run):
    ex = run("To address this issue, we propose Hum, a large-scale synthetic instruction corpus for NLU tasks.")
    e = by_name(ex)["Hum"]
    assert e.proposed and e.type.value == "benchmark"


def test_colon_list_after_introducing_verb(run):
    ex = run("To probe generalization, we introduce two new games for spatial logic: Brick Link Language (BLL) "
             "and Guess-the-Zorb (GtZ), a simple chemistry benchmark.")
    proposed = {e.name for e in ex.entities if e.proposed}
    assert {"BLL", "GtZ"} <= proposed


def test_existing_datasets_after_colon_are_not_introduced(run):
    ex = run("We introduce a synthetic dataset, and we also make use of three existing datasets with "
             "explanations: Plorix, Keltix, and Vandra-X.")
    assert not {e.name for e in ex.entities if e.proposed} & {"Plorix", "Keltix", "Vandra-X"}


def test_novel_acronym_definition_is_introduced(run):
    ex = run("Models are trained via a novel and efficient sparse probe tuning (SP-Tuning) procedure.")
    e = by_name(ex)["SP-Tuning"]
    assert e.proposed and e.long_form == "sparse probe tuning"


def test_dubbed_expansion_is_one_entity(run):
    ex = run("We propose ZORT, dubbed Zero Overhead Routing Trick, a method for mixture routing.")
    named = [e for e in ex.entities if "ZORT" in (e.name, *e.aliases)]
    assert len(named) == 1 and named[0].long_form == "Zero Overhead Routing Trick"


def test_hypothesis_is_not_an_artifact(run):
    ex = run("Based on these results, we propose the More-Is-Less Reasoning Hypothesis.")
    assert not any(e.proposed for e in ex.entities)


def test_class_of_models_is_not_a_model(run):
    ex = run("Recent advancements in Generative Language Models (GLMs) have transformed the field.")
    assert not [e for e in ex.entities if e.type.value == "model"]


def test_paradigm_in_lowercase_is_not_a_method(run):
    ex = run("We study in-context learning and data augmentation for small models.")
    assert not [e for e in ex.entities if e.type.value == "method"]
