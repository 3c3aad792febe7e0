"""The explorer page as a file: self-contained, CSP-locked, data escaped, deterministic, focus views."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.errors import LookupFailed
from kg.graph import KnowledgeGraph
from kg.render.html import HtmlSettings, json_for_html, render_html, write_html
from kg.render.payload import safe_href, utf16

DATA = re.compile(r'<script id="kg-data" type="application/json">(.*?)</script>', re.DOTALL)
SCRIPTS = re.compile(r"<script>(.*?)</script>", re.DOTALL)


@pytest.fixture(scope="module")
def page(small_kg: KnowledgeGraph) -> str:
    return render_html(small_kg)


def page_data(html: str) -> dict:
    m = DATA.search(html)
    assert m, "no data block"
    return json.loads(m.group(1))


def by_name(data: dict, name: str) -> int:
    return next(i for i, x in enumerate(data["info"]) if x["n"] == name)


def test_page_loads_nothing_remote(page: str) -> None:
    assert "<link" not in page
    assert not re.search(r"""\b(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.IGNORECASE)
    assert "@import" not in page and "url(http" not in page


def test_csp_allows_exactly_the_inline_blocks(page: str) -> None:
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    csp = csp.replace("&#39;", "'")
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    for body in SCRIPTS.findall(page):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    style = re.search(r"<style>(.*?)</style>", page, re.DOTALL).group(1)
    assert base64.b64encode(hashlib.sha256(style.encode()).digest()).decode() in csp


def test_hostile_text_stays_inside_the_data_block(page: str) -> None:
    # Exactly three script blocks (data, vis-network, ours): no payload opened another.
    assert page.count("</script>") == 3
    block = DATA.search(page).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    data = page_data(page)
    abstract = data["info"][by_name(data, '<img src=x onerror="window.__pwned=1">Hostile title')]["ab"]
    assert "{{7*7}}" in abstract and "</script>" in abstract and "<!--" in abstract


def test_only_http_links_get_an_href(page: str) -> None:
    data = page_data(page)
    links = [link for x in data["info"] for link in x.get("l", [])]
    assert ["javascript:window.__pwned=4", None] in links
    assert ["github.com/lqtrung1998/mwp_ReFT", "https://github.com/lqtrung1998/mwp_ReFT"] in links
    assert all(href is None or href.startswith(("http://", "https://")) for _, href in links)


@pytest.mark.parametrize("url,ok", [
    ("https://github.com/a/b", True), ("http://x.org/p?q=1", True), ("javascript:alert(1)", False),
    ("JAVASCRIPT:alert(1)", False), ("data:text/html,<b>", False), ("https://", False),
    ("//evil.example/x", False), ("vbscript:x", False), ("file:///etc/passwd", False),
])
def test_safe_href(url: str, ok: bool) -> None:
    assert (safe_href(url) == url) is ok


def test_panel_data_for_a_paper_and_an_entity(page: str) -> None:
    data = page_data(page)
    reft = data["info"][by_name(data, "ReFT: Reasoning with Reinforced Fine-Tuning")]
    assert reft["d"] == ["Mar 11"]
    gsm = by_name(data, "GSM8K")
    assert {"GSM-8K", "Grade School Math 8K"} <= set(data["info"][gsm]["a"])
    # Highlights point at the entity they show, at the mention itself.
    starts = {reft["ab"][s:e]: j for f, s, e, j in reft["h"] if f == 1}
    assert starts["GSM8K"] == gsm and data["info"][starts["ReFT"]]["n"] == "ReFT"
    # Evidence of an evaluates_on edge is the sentence, sliced from the paper's abstract.
    paper = by_name(data, "ReFT: Reasoning with Reinforced Fine-Tuning")
    edge = next(e for e in data["edges"] if e[:2] == [paper, gsm])
    assert data["rels"][edge[2]] == "evaluates_on"
    field, s, e = edge[3:]
    assert field == 1  # abstract
    assert reft["ab"][s:e] == "Extensive experiments on GSM8K and SVAMP show that ReFT outperforms SFT."


def test_highlights_work_from_graph_json_alone(small_kg: KnowledgeGraph, tmp_path: Path) -> None:
    """`kg html outputs/` has no Corpus: mentions are found again from names and aliases."""
    data = page_data(render_html(KnowledgeGraph(small_kg.nx)))
    cpl = data["info"][by_name(data, "CPL: Critical Plan Step Learning Boosts LLM Generalization")]
    marked = {cpl["ab"][s:e] for f, s, e, _ in cpl["h"] if f == 1}
    assert {"GSM8K", "MATH", "CPL", "LLaMA-2"} <= marked


def test_utf16_offsets_count_astral_characters_twice() -> None:
    text = "𝔸 GSM8K"
    assert utf16(text, text.index("GSM8K")) == 3
    assert utf16("plain GSM8K", 6) == 6


@given(st.text())
def test_json_for_html_round_trips_and_never_breaks_out(text: str) -> None:
    out = json_for_html({"t": text})
    assert not set(out) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(out) == {"t": text}


def test_every_node_is_placed_apart_and_sized(page: str) -> None:
    nodes = page_data(page)["nodes"]
    positions = {(n["x"], n["y"]) for n in nodes}
    assert len(positions) == len(nodes)
    assert all(7 <= n["size"] <= 30 for n in nodes)
    assert page_data(page)["options"]["physics"]["enabled"] is False


def test_focus_renders_the_neighbourhood_only(small_kg: KnowledgeGraph) -> None:
    data = page_data(render_html(small_kg, HtmlSettings(focus="Grade School Math 8K", depth=1)))
    names = {x["n"] for x in data["info"]}
    assert names == {"GSM8K", "ReFT: Reasoning with Reinforced Fine-Tuning",
                     "CPL: Critical Plan Step Learning Boosts LLM Generalization",
                     "Challenge LLMs to Reason About Reasoning", "CPL: 10.5% accuracy on GSM8K"}
    assert data["info"][data["focus"]]["n"] == "GSM8K"
    wider = page_data(render_html(small_kg, HtmlSettings(focus="GSM8K", depth=2)))
    assert {"LLaMA-2", "SVAMP", "GPT-4"} <= {x["n"] for x in wider["info"]}


def test_focus_on_a_paper_title_and_unknown_names(small_kg: KnowledgeGraph) -> None:
    data = page_data(render_html(small_kg, HtmlSettings(focus="reft: reasoning with reinforced fine-tuning")))
    assert data["info"][data["focus"]]["n"] == "ReFT: Reasoning with Reinforced Fine-Tuning"
    with pytest.raises(LookupFailed, match="no entity named"):
        render_html(small_kg, HtmlSettings(focus="No Such Thing"))


def test_large_graph_shows_top_entities_first_and_keeps_the_rest(small_kg: KnowledgeGraph) -> None:
    data = page_data(render_html(small_kg, HtmlSettings(max_nodes=6, top=2)))
    assert 4 <= len(data["view"]) <= 6 and data["total"] == len(data["nodes"]) == 17
    shown = {data["info"][i]["n"] for i in data["view"]}
    assert "GSM8K" in shown  # the hub
    assert "ReFT: Reasoning with Reinforced Fine-Tuning" in shown  # one of its papers


def test_a_graph_past_the_page_bound_is_held_by_its_best_connected_part(small_kg: KnowledgeGraph) -> None:
    data = page_data(render_html(small_kg, HtmlSettings(page_nodes=10, top=2)))
    assert data["total"] == len(data["nodes"]) == len(data["info"]) == 10 and data["graphTotal"] == 17
    names = {x["n"] for x in data["info"]}
    assert {"GSM8K", "ReFT: Reasoning with Reinforced Fine-Tuning", "CPL"} <= names  # the hub, its papers
    assert "BadBench" not in names  # one hostile paper's benchmark is the least connected
    assert all(row[0] < 10 and row[1] < 10 for row in data["edges"])
    assert page_data(render_html(small_kg))["graphTotal"] == 17  # under the bound: the whole graph


@pytest.mark.parametrize("page_nodes", [1, 3])
def test_a_capped_focus_page_keeps_the_node_it_is_about(small_kg: KnowledgeGraph, page_nodes: int) -> None:
    # MATH (one paper) is among the least connected of its 7-node neighbourhood: the best
    # connected part alone would leave it out, and the page would have no node to focus on
    data = page_data(render_html(small_kg, HtmlSettings(focus="MATH", depth=2, page_nodes=page_nodes)))
    assert data["total"] == len(data["nodes"]) == page_nodes and data["graphTotal"] == 7
    assert data["info"][data["focus"]]["n"] == "MATH"


def test_write_html_takes_a_bare_networkx_graph() -> None:
    g = nx.MultiDiGraph()
    g.add_node("p1", type="Paper", title="T", abstract="Uses X.", dates="[]")
    g.add_node("model/x", type="Model", name="X", aliases='["X"]')
    g.add_edge("p1", "model/x", key="uses_model", relation="uses_model", field="abstract", start=0, end=7,
               evidence="Uses X.")

    class Sink:
        text = ""

        def write(self, s: str) -> None:
            self.text += s

    sink = Sink()
    write_html(g, sink)  # type: ignore[arg-type]
    data = page_data(sink.text)
    assert [x["n"] for x in data["info"]] == ["X", "T"]


def test_same_page_across_runs_and_hash_seeds(page: str, tmp_path: Path) -> None:
    here = str(Path(__file__).parent)
    code = (f"import sys,hashlib; sys.path.insert(0, {here!r}); from conftest import *; "
            "from kg.render.html import render_html; "
            "print(hashlib.sha256(render_html(KnowledgeGraph.from_corpus(make_corpus(GOOD+HOSTILE)))"
            ".encode()).hexdigest())")
    runs = [subprocess.Popen([sys.executable, "-c", code], env={"PYTHONHASHSEED": seed, "PATH": ""},
                             stdout=subprocess.PIPE, text=True) for seed in ("1", "2")]
    digests = {run.communicate(timeout=120)[0].strip() for run in runs}
    assert digests == {hashlib.sha256(page.encode()).hexdigest()}


def test_odd_attributes_from_a_hand_edited_graph_do_not_crash() -> None:
    g = nx.MultiDiGraph()
    g.add_node(1, type="Paper", title="T", abstract="Uses X here.", dates="not json")
    g.add_node("model/x", type="Model", name="X", aliases=["X", "the X"])
    g.add_node("thing", label="no type at all")
    g.add_edge(1, "model/x", key="uses_model", relation="uses_model", field="abstract", start="a", end=None)
    g.add_edge(1, "thing", key="mentions", field="abstract", start=5, end=999)
    data = page_data(render_html(g))
    assert [x["n"] for x in data["info"]] == ["T", "X", "no type at all"]
    assert data["info"][0]["d"] == [] and data["info"][1]["a"] == ["X", "the X"]
