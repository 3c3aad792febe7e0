"""Values tied to a benchmark: whole tokens only, and the phrasings papers use for them."""

from __future__ import annotations

import pytest

from kg.extract.roles import find_value


def _value(sentence: str, bench: str) -> str | None:
    start = sentence.index(bench)
    hit = find_value(sentence, start, start + len(bench), (0, len(sentence)))
    return hit[0] if hit else None


@pytest.mark.parametrize(("sentence", "bench"), [
    ("It improves Zorbo-7B-Instruct-v0.3 policies on QuillMath.", "QuillMath"),
    ("We tune Zorbo2.5 on QuillMath.", "QuillMath"),
    ("Gains hold for Zorbo-Coder-6.7B on QuillFix v2.0.", "QuillFix v2.0"),
    ("Training Zorbo-3.1-8B-Instruct on QuillMath helps.", "QuillMath"),
])
def test_numbers_inside_model_names_are_not_results(sentence, bench):
    assert _value(sentence, bench) is None


@pytest.mark.parametrize(("sentence", "bench", "want"), [
    ("Zorbo reaches 71.3% accuracy on QuillMath.", "QuillMath", "71.3%"),
    ("It reduces WER on Quillspeech from 12.4% to 7.9% with five hours of data.", "Quillspeech", "7.9%"),
    ("It achieves a normalized score of 78.3 averaged over the D9RL Quillmaze tasks.", "Quillmaze", "78.3"),
    ("Zorbo achieves a QuillText perplexity of 5.60 on the base model.", "QuillText", "5.60"),
    ("Zorbo achieves a QuillBench total score of 81.6%, a new best.", "QuillBench", "81.6%"),
    ("The best model answers 52.4% of QuillRiddle questions correctly.", "QuillRiddle", "52.4%"),
    ("Zorbo achieves a speedup of 3.4x on QuillChat with a small draft.", "QuillChat", "3.4x"),
    ("Zorbo-1B achieves an FVD of 212 on QuillVid and a high total score.", "QuillVid", "212"),
    ("On QuillCOCO captions, our schedule improves FID at 8 steps from 24.7 to 18.2 with Zorbo.", "QuillCOCO", "18.2"),
    ("The gap is large on QuillPush, where Zorbo Policy reaches a success rate of 0.91 versus 0.64.", "QuillPush", "0.91"),
])
def test_result_phrasings(sentence, bench, want):
    assert _value(sentence, bench) == want


def test_a_count_after_the_name_is_not_a_result():
    assert _value("We use QuillMath with 500 problems and report accuracy.", "QuillMath") is None


@pytest.mark.parametrize(("sentence", "bench"), [
    ("On QuillCOCO, Zorbo reaches 81.2% on QuillVQA as well.", "QuillCOCO"),  # the value belongs to QuillVQA
    ("We evaluate on QuillPush, a benchmark of 212 tasks.", "QuillPush"),
    ("A total of 212 in QuillPush were filtered.", "QuillPush"),
])
def test_values_of_other_things_are_not_taken(sentence, bench):
    assert _value(sentence, bench) is None


def test_respectively_gives_the_kth_value_to_the_kth_benchmark():
    s = "On the QuillDL 2019 and QuillDL 2020 tracks, Zorbo achieves nDCG@10 of 0.741 and 0.722, respectively."
    a, b = s.index("QuillDL 2019"), s.index("QuillDL 2020")
    peers = [a, b]
    assert find_value(s, a, a + 12, (0, len(s)), peers=peers)[0] == "0.741"
    assert find_value(s, b, b + 12, (0, len(s)), peers=peers)[0] == "0.722"


def test_respectively_needs_as_many_values_as_benchmarks():
    s = "On QuillA, QuillB and QuillC, Zorbo gains 0.741 and 0.722, respectively."
    peers = [s.index(n) for n in ("QuillA", "QuillB", "QuillC")]
    b = s.index("QuillB")
    assert find_value(s, b, b + 6, (0, len(s)), peers=peers) is None


def test_a_direct_value_wins_over_respectively():
    s = "Zorbo achieves 57.1% on QuillAIME and 94.8% on QuillMATH, up from 6.5% and 59.2% respectively."
    a = s.index("QuillAIME")
    assert find_value(s, a, a + 9, (0, len(s)), peers=[a, s.index("QuillMATH")])[0] == "57.1%"
