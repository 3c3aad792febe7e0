"""Property tests: on any text the extractor returns, never raises, and every offset is exact."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.model import Paper

WORDS = ["We", "introduce", "propose", "ZentaBench", "GSM8K", "GSM8K.", "Llama-2-7B", "(", ")", "CIFAR-{10,100}",
         "on", "the", "benchmark", "dataset", ",", "and", "named", "Detail", "Mamba", "(DeMamba)", "MMLU-Pro",
         "https://github.com/a/b.", "é", "İ", "ﬁ", "92.1%", "accuracy", "outperforms", "such", "as", ":", ";",
         "et", "al.", "Fig.", "3", "\u00a0", "LLMs", "RL", "we", "call", "it", "X", "-", "{", "}", "'s"]

text = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=text, abstract=text)
def test_any_text_gives_exact_evidence(extractor, title, abstract):
    ex = extractor.extract(Paper(id="p", title=title, abstract=abstract))
    for e in ex.entities:
        for ev in e.evidence:
            assert getattr(ex.paper, ev.field.value)[ev.start : ev.end] in {e.name, *e.aliases}
    ids = {e.id for e in ex.entities}
    assert all(r.target in ids for r in ex.relations)
