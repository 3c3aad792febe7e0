"""The explorer in headless Chromium: offline, no console error, search, click, hostile papers inert.

One browser per session and one page per module; every request is intercepted and any that is not
a file is recorded and refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.graph import KnowledgeGraph
from kg.render.html import HtmlSettings, render_html

SENTINEL = "__pwned"  # what the hostile payloads of conftest.HOSTILE would set

HOSTILE_NAMES = [
    '<img src=x onerror="window.__pwned=1">Hostile title',
    "A paper whose project page is a javascript: link",
    "<b onmouseover=window.__pwned=5>Evil</b>",
    "javascript:window.__pwned=4",
    "BadBench",
]


class Session:
    def __init__(self, page: Any) -> None:
        self.page, self.remote, self.errors = page, [], []

    def index(self, name: str) -> int:
        i = self.page.evaluate("(n) => kgExplorer.info.findIndex((x) => x.n === n)", name)
        assert i >= 0, name
        return i

    def point(self, i: int) -> tuple[float, float]:
        """Centre node i in the canvas and return its position on screen."""
        return tuple(self.page.evaluate("""(i) => {
            const net = kgExplorer.network;
            kgExplorer.select(i);
            document.getElementById("kg-panel").hidden = true;
            net.moveTo({position: net.getPositions([i])[i], scale: 1.5, animation: false});
            net.redraw();
            const p = net.canvasToDOM(net.getPositions([i])[i]);
            const r = document.getElementById("kg-graph").getBoundingClientRect();
            return [p.x + r.left, p.y + r.top];
        }""", i))

    def panel_title(self) -> str:
        return self.page.locator("#kg-details h2").inner_text()

    def pwned(self) -> Any:
        return self.page.evaluate(f"window.{SENTINEL}")


@pytest.fixture(scope="module")
def session(browser: Any, small_kg: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    path = tmp_path_factory.mktemp("html") / "graph.html"
    path.write_text(render_html(small_kg), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    s = Session(page)

    def route(r: Any) -> None:
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            s.remote.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("console", lambda m: s.errors.append(m.text) if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: s.errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready]", state="attached", timeout=20000)
    yield s
    context.close()


def test_search_finds_gsm8k_by_any_alias(session: Session) -> None:
    page = session.page
    for query in ("GSM8K", "gsm-8k", "grade school math"):
        page.fill("#kg-search", query)
        page.wait_for_selector("#kg-results:not([hidden]) button")
        assert page.locator("#kg-results button").first.inner_text().startswith("GSM8K")
    page.press("#kg-search", "Enter")
    assert session.panel_title() == "GSM8K"
    details = page.locator("#kg-details").inner_text()
    assert "ReFT: Reasoning with Reinforced Fine-Tuning" in details
    assert "Extensive experiments on GSM8K and SVAMP show that ReFT outperforms SFT." in details


def test_click_on_a_node_opens_the_right_paper(session: Session) -> None:
    name = "CPL: Critical Plan Step Learning Boosts LLM Generalization"
    x, y = session.point(session.index(name))
    session.page.mouse.click(x, y)
    assert session.panel_title() == name
    details = session.page.locator("#kg-details")
    assert "Listed: Sep 13" in details.inner_text()
    assert sorted(details.locator("p.kg-abstract mark").all_inner_texts()) == ["CPL", "GSM8K", "LLaMA-2", "MATH"]
    details.locator("mark", has_text="LLaMA-2").click()
    assert session.panel_title() == "LLaMA-2"


def test_result_evidence_is_shown_as_text(session: Session) -> None:
    session.page.evaluate("(i) => kgExplorer.showPanel(i)", session.index("GSM8K"))
    related = session.page.locator("#kg-details li", has_text="CPL: 10.5% accuracy on GSM8K")
    assert "on benchmark this" in related.inner_text()
    assert "CPL gains 10.5% accuracy on GSM8K." in related.locator("blockquote").inner_text()


def test_paper_links_are_clickable_only_when_http(session: Session) -> None:
    session.page.evaluate("(i) => kgExplorer.showPanel(i)", session.index("ReFT: Reasoning with Reinforced Fine-Tuning"))
    hrefs = session.page.locator("#kg-details a").evaluate_all("(as) => as.map((a) => a.href)")
    assert hrefs == ["https://github.com/lqtrung1998/mwp_ReFT"]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_nodes_are_inert_on_hover_click_and_panel(session: Session, name: str) -> None:
    page = session.page
    x, y = session.point(session.index(name))
    page.mouse.move(x - 30, y - 30)
    page.mouse.move(x, y)
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    assert name in page.locator("div.vis-tooltip").inner_text()
    page.mouse.click(x, y)
    assert session.panel_title() == name
    details = page.locator("#kg-details")
    for mark in details.locator("mark").all():
        mark.hover()
    hrefs = details.locator("a").evaluate_all("(as) => as.map((a) => a.getAttribute('href'))")
    assert all(h.startswith(("http://", "https://")) for h in hrefs)
    assert details.locator("img, svg, script, b, iframe").count() == 0
    assert session.pwned() is None


def test_hostile_text_is_shown_literally(session: Session) -> None:
    page = session.page
    page.evaluate("(i) => kgExplorer.showPanel(i)", session.index(HOSTILE_NAMES[0]))
    text = page.locator("#kg-details").inner_text()
    assert "{{7*7}}" in text and "${7*7}" in text and "</script>" in text and "49" not in text
    page.fill("#kg-search", "<img src=x")
    page.wait_for_selector("#kg-results:not([hidden]) button")
    page.locator("#kg-results button").first.click()
    assert session.panel_title() == HOSTILE_NAMES[0]
    assert session.pwned() is None


def test_type_filter_hides_and_shows_a_type(session: Session) -> None:
    page = session.page
    count = "() => kgExplorer.nodes.get({filter: (x) => x.group === 'Paper' && !x.hidden}).length"
    before = page.evaluate(count)
    page.locator('#kg-legend input[data-type="Paper"]').uncheck()
    assert page.evaluate(count) == 0
    page.locator('#kg-legend input[data-type="Paper"]').check()
    assert page.evaluate(count) == before == 5


def test_no_request_left_the_disk_and_no_console_error(session: Session) -> None:
    """Runs last in this module: covers the load and every interaction above."""
    assert session.remote == []
    assert session.errors == []
    assert session.pwned() is None


def test_large_graph_view_reaches_the_rest_through_search(browser: Any, small_kg: KnowledgeGraph,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "top.html"
    path.write_text(render_html(small_kg, HtmlSettings(max_nodes=5, top=1)), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready]", state="attached", timeout=20000)
    shown = "(n) => kgExplorer.nodes.get().some((x) => kgExplorer.info[x.id].n === n)"
    # The top entity (GSM8K) and its three papers; the page holds all 17 nodes.
    assert page.evaluate("() => kgExplorer.nodes.length") == 4
    assert "Showing 4 of 17 nodes" in page.locator("#kg-status").inner_text()
    assert not page.evaluate(shown, "BadBench")
    page.fill("#kg-search", "badbench")
    page.wait_for_selector("#kg-results:not([hidden]) button")
    page.press("#kg-search", "Enter")
    assert page.locator("#kg-details h2").inner_text() == "BadBench"
    assert page.evaluate(shown, "BadBench") and page.evaluate(shown, HOSTILE_NAMES[0])  # with its paper
    assert errors == [] and page.evaluate(f"window.{SENTINEL}") is None
    page.close()


def test_a_page_holding_part_of_the_graph_says_so(browser: Any, small_kg: KnowledgeGraph, tmp_path: Path) -> None:
    path = tmp_path / "part.html"
    path.write_text(render_html(small_kg, HtmlSettings(page_nodes=10, top=2)), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready]", state="attached", timeout=20000)
    status = page.locator("#kg-status").inner_text()
    assert "holds the 10 best connected of the graph's 17 nodes" in status and "--focus" in status
    path.write_text(render_html(small_kg, HtmlSettings(focus="MATH", depth=2, page_nodes=3)), encoding="utf-8")
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready]", state="attached", timeout=20000)
    status = page.locator("#kg-status").inner_text()  # already a focus page: a smaller depth, not --focus
    assert "holds the 3 best connected of the focus's 7 nearby nodes" in status and "--focus" not in status
    page.close()
