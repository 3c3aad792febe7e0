"""Every shipped named query, asserted on the hand-made corpus (and one smoke run on the seeds)."""

from __future__ import annotations

import subprocess
import sys
from itertools import pairwise

import pytest
from query.corpus import P1, P2

from kg.errors import QueryError
from kg.query.named import KG, get, named_queries
from kg.query.runner import render_named, run_query, sparql

ID = "https://w3id.org/kg/id/"


def rows(store, name: str, **params: str) -> list[tuple[str, ...]]:
    ans = run_query(store, render_named(store, name, params))
    return [tuple("" if t is None else t.value for t in row) for row in ans.rows]


EXPECTED = {
    "top_benchmarks": ({}, [
        (ID + "benchmark/gsm8k", "GSM8K", "2"), (ID + "benchmark/math", "MATH", "2"),
        (ID + "benchmark/gsm-hard", "GSM-Hard", "1"), (ID + "benchmark/imagenet", "ImageNet", "1")]),
    "papers_with_code_on": ({"benchmark": "grade school math 8k"}, [
        (ID + "paper/" + P2, "Better Math Reasoning for Small Models", "github.com/b/mathr"),
        (ID + "paper/" + P1, "GSM-Hard: Harder Grade School Math", "github.com/a/gsmhard")]),
    "models_tested": ({"paper": P2}, [
        (ID + "model/gpt-4", "GPT-4", "compares_with"), (ID + "model/llama-2", "Llama 2", "uses_model result")]),
    "paper_introduces": ({"paper": "GSM-Hard: Harder Grade School Math"}, [
        (ID + "benchmark/gsm-hard", "https://w3id.org/kg/ontology#Benchmark", "GSM-Hard",
         "We introduce GSM-Hard, a harder version of grade school math.")]),
    "benchmarks_used_together": ({"benchmark": "GSM8K"}, [
        (ID + "benchmark/gsm-hard", "GSM-Hard", "1"), (ID + "benchmark/math", "MATH", "1")]),
    "papers_per_date": ({}, [("Mar 11", "2"), ("Mar 14", "1"), ("Jul 29", "2")]),
    "introduced_then_used": ({"paper": P1}, [
        (ID + "benchmark/gsm-hard", "GSM-Hard", "1", ID + "paper/" + P2, "Better Math Reasoning for Small Models",
         "evaluates_on")]),
    "leaderboard": ({"benchmark": "gsm-8k"}, [
        ("GPT-4", "accuracy", "92.0", ID + "paper/" + P1, "GSM-Hard: Harder Grade School Math"),
        ("Llama 2", "accuracy", "61.5", ID + "paper/" + P2, "Better Math Reasoning for Small Models"),
        ("Llama 2", "accuracy", "56.8", ID + "paper/" + P1, "GSM-Hard: Harder Grade School Math")]),
}


def test_every_named_query_has_a_test() -> None:
    assert sorted(EXPECTED) == sorted(named_queries())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_named_query_answer(store, name: str) -> None:
    params, expected = EXPECTED[name]
    assert rows(store, name, **params) == expected


def test_unknown_values_give_no_rows(store) -> None:
    assert rows(store, "leaderboard", benchmark="NoSuchBench") == []
    assert rows(store, "models_tested", paper="0000000000") == []


def test_parameter_values_cannot_change_the_query(store) -> None:
    hostile = '" } } SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } #'
    assert rows(store, "papers_with_code_on", benchmark=hostile) == []


@pytest.mark.parametrize("params, message", [
    ({}, "needs --param benchmark="), ({"benchmark": "x", "paper": "y"}, "has no parameter 'paper'")])
def test_parameter_errors(params: dict[str, str], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        get("leaderboard").check(params)


def test_unknown_named_query() -> None:
    with pytest.raises(QueryError, match="no named query 'nope'"):
        get("nope")


def test_named_queries_run_on_the_seeds(tmp_path) -> None:
    from query.corpus import export_rdf, seeds_corpus

    from kg.query.runner import open_data

    store = open_data(export_rdf(seeds_corpus(), tmp_path))
    dates = rows(store, "papers_per_date")
    assert [d for d, _ in dates] == ["Mar 11", "Mar 14", "Jul 29", "Jul 31"]
    assert sum(int(n) for _, n in dates) >= len(seeds_corpus().extractions)
    top = rows(store, "top_benchmarks")
    assert top and all(int(a[2]) >= int(b[2]) for a, b in pairwise(top))


@pytest.mark.parametrize("cls, value, found", [
    ("Benchmark", "GSM8K", True), ("Benchmark", "Grade School Math 8K", True),  # label, alias
    ("Benchmark", "gsm8k", False),  # exact only: other cases go through lookup_query
    ("Model", "GSM8K", False), ("Model", "GPT4", True)])
def test_exact_name_check(store, cls: str, value: str, found: bool) -> None:
    from kg.query.named import KG, exact_query

    assert run_query(store, exact_query(KG + cls, value)).boolean is found


@pytest.mark.parametrize("cls, value, names", [
    ("Benchmark", "gsm8k", ["GSM8K"]), ("Benchmark", "GRADE school MATH 8k", ["Grade School Math 8K"]),
    ("Model", "gsm8k", []), ("Model", "llama-2", ["LLaMA-2"])])
def test_names_in_any_case(store, cls: str, value: str, names: list[str]) -> None:
    from kg.query.named import KG, lookup_query

    assert [row[0].value for row in run_query(store, lookup_query(KG + cls, value)).rows] == names


def test_a_graph_from_another_kg_version_is_named_not_answered(fixture_out, tmp_path) -> None:
    """An older graph lacks what named queries read (ranks): say so rather than answer nothing."""
    from kg.export.ontology import ontology_version
    from kg.query.runner import open_data

    version = f'<http://www.w3.org/2002/07/owl#versionInfo> "{ontology_version()}"'
    text = (fixture_out / "graph.nt").read_text(encoding="utf-8")
    assert text.count(version) == 1
    old = tmp_path / "graph.nt"
    old.write_text(text.replace(version, '<http://www.w3.org/2002/07/owl#versionInfo> "0.1.0"'), encoding="utf-8")
    store = open_data(old)
    with pytest.raises(QueryError, match=r"another version of kg \(ontology 0\.1\.0.*rebuild it with `kg build`"):
        render_named(store, "top_benchmarks", {})
    assert run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows  # the user's own queries still run


HOSTILE = [
    '" } } SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } #',
    '\\u0022 } } SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } #',  # SPARQL decodes \u escapes first
    '\\\\u0022 } } SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } #',
    '\\" } } SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } #',
    'a\nb\r\x01" } } SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } #',
]


@pytest.mark.parametrize("value", HOSTILE)
def test_named_queries_skip_the_guard_but_values_stay_strings(fixture_out, value: str) -> None:
    # `kg sparql NAME` runs the shipped text unparsed by the guard: a value is only ever a string
    out = sparql("papers_with_code_on", data=fixture_out, params={"benchmark": value}, fmt="csv")
    assert out.splitlines()[1:] == []
    out = sparql("leaderboard", data=fixture_out, params={"benchmark": value}, fmt="csv")
    assert out.splitlines()[1:] == []


def test_a_named_query_needs_no_sparql_parser(fixture_out) -> None:
    code = ("import sys; from kg.query.runner import sparql; "
            f"out = sparql('top_benchmarks', data={str(fixture_out)!r}, fmt='csv'); "
            "assert len(out.splitlines()) > 1, out; print('rdflib' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"  # rdflib's import is half the time of a named query


def test_user_queries_still_meet_the_guard(fixture_out) -> None:
    with pytest.raises(QueryError, match="SERVICE"):
        sparql("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", data=fixture_out)


def test_names_of_one_entity_in_other_cases_give_each_row_once() -> None:
    """'gsm8k' meets GSM8K (the label) and GSM8k (an alias) of one benchmark: its result is one row."""
    import pyoxigraph as ox

    kg_, rdfs, skos = KG, "http://www.w3.org/2000/01/rdf-schema#", "http://www.w3.org/2004/02/skos/core#"
    b, r, p = (ox.NamedNode(ID + x) for x in ("benchmark/gsm8k", "result/p/0", "paper/p"))
    store = ox.Store()
    for s, pred, o in [
        (b, ox.NamedNode(rdfs + "label"), ox.Literal("GSM8K")),
        (b, ox.NamedNode(skos + "altLabel"), ox.Literal("GSM8k")),
        (b, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(kg_ + "Benchmark")),
        (r, ox.NamedNode(kg_ + "benchmark"), b), (r, ox.NamedNode(kg_ + "reported_in"), p),
        (r, ox.NamedNode(kg_ + "value"), ox.Literal("92.1")), (r, ox.NamedNode(kg_ + "metric"), ox.Literal("accuracy")),
        (r, ox.NamedNode(kg_ + "model_name"), ox.Literal("M")),
        (p, ox.NamedNode("http://purl.org/dc/terms/title"), ox.Literal("A paper")),
    ]:
        store.add(ox.Quad(s, pred, o))
    assert rows(store, "leaderboard", benchmark="gsm8k") == [("M", "accuracy", "92.1", ID + "paper/p", "A paper")]
    assert rows(store, "leaderboard", benchmark="GSM8k") == rows(store, "leaderboard", benchmark="gsm8k")


def _taken_up_corpus(users: int):
    """The fixture corpus plus `users` papers that evaluate on GSM-Hard (proposed by P1), one of
    which also proposes it, and a method P1 proposes that one other paper uses."""
    from dataclasses import replace

    from query.corpus import ME, B, _paper, fixture_corpus

    from kg.model import EntityInfo, RelationType

    base = fixture_corpus()
    p1 = base.extractions[0]
    text = p1.paper.abstract + " We also propose StepCheck."
    p1 = replace(p1, paper=replace(p1.paper, abstract=text), entities=(
        *p1.entities, *_paper(P1, "", text, [], [("method/stepcheck", ME, "StepCheck", True)], []).entities))
    extra = [_paper(f"e{i:09d}", f"User {i:03d}", "We evaluate on GSM-Hard.", ["Mar 12"],
                    [("benchmark/gsm-hard", B, "GSM-Hard", i == 0)],
                    [(RelationType.EVALUATES_ON, f"e{i:09d}", "benchmark/gsm-hard", "We evaluate", "role:own-work")])
             for i in range(users)]
    extra.append(_paper("f000000000", "Checking Steps", "We use StepCheck.", ["Mar 12"],
                        [("method/stepcheck", ME, "StepCheck", False)],
                        [(RelationType.USES_METHOD, "f000000000", "method/stepcheck", "We use", "role:own-work")]))
    infos = (*base.entities, EntityInfo("method/stepcheck", ME, "StepCheck"))
    return replace(base, extractions=(p1, *base.extractions[1:], *extra), entities=tuple(sorted(infos, key=lambda e: e.id)))


def test_introduced_then_used_lists_the_rarely_taken_up_first_and_says_where_it_stops(tmp_path) -> None:
    from query.corpus import export_rdf

    from kg.query.runner import open_data

    out = export_rdf(_taken_up_corpus(250), tmp_path)
    got = rows(open_data(out), "introduced_then_used", paper=P1)
    assert len(got) == 200
    # StepCheck (one paper took it up) comes whole before GSM-Hard's rows, which the LIMIT cuts
    assert got[0] == (ID + "method/stepcheck", "StepCheck", "1", ID + "paper/f000000000", "Checking Steps", "uses_method")
    # GSM-Hard: P2 and 249 users; e000000000 also proposes it, so it is listed but not counted
    assert {r[2] for r in got[1:]} == {"250"}
    titles = [r[4] for r in got[1:]]
    assert titles == sorted(titles) and titles[0] == "Better Math Reasoning for Small Models"
    table = sparql("introduced_then_used", data=out, params={"paper": P1})
    assert table.rstrip().endswith("(200 rows: the query's LIMIT, there may be more)")


def test_an_answer_shorter_than_its_limit_is_not_said_to_be_cut(fixture_out) -> None:
    from kg.query.runner import open_data

    store = open_data(fixture_out)
    q = "SELECT ?s WHERE { ?s a <https://w3id.org/kg/ontology#Benchmark> } ORDER BY ?s"
    assert run_query(store, q + " LIMIT 4 # the end").cut_at == 4  # exactly 4 benchmarks: reached, may be more
    assert run_query(store, q + " LIMIT 5 # the end").cut_at is None
    assert run_query(store, q).cut_at is None
    assert sparql("introduced_then_used", data=fixture_out, params={"paper": P1}).rstrip().endswith("(1 row)")


@pytest.mark.parametrize("name, params, last", [
    ("leaderboard", {"benchmark": "NoSuchBench"}, "(0 rows: no benchmark named 'NoSuchBench' in the graph, in any case)"),
    ("models_tested", {"paper": "0000000000"}, "(0 rows: no paper '0000000000' in the graph)"),
    ("leaderboard", {"benchmark": "imagenet"}, "(0 rows)"),  # ImageNet exists: it has no results
])
def test_an_empty_named_answer_says_which_value_named_nothing(fixture_out, name, params, last) -> None:
    assert sparql(name, data=fixture_out, params=params).rstrip().splitlines()[-1] == last
    assert sparql(name, data=fixture_out, params=params, fmt="csv").count("\n") == 1  # csv: the header only
