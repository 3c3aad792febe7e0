"""HTML explorer benchmark: the seed graph and a synthetic 5,000-node graph in headless Chromium.

    python benchmarks/bench_html.py                 # seed graph + 5,000 nodes, 5 page loads each
    python benchmarks/bench_html.py --nodes 5000 20000 --runs 3 --no-seed

For each graph it prints the HTML size, the Python render time, the time from navigation start
to the first picture (physics is off, so the first picture is the final one: the script also
counts draws in the second after it, which must be 0), and the median redraw time on zoom,
measured two ways: a synchronous `network.redraw()` after `moveTo({scale})`, and a wheel event
on the canvas until the frame it causes is drawn. Medians over runs; targets for 5,000 nodes:
first picture <= 2 s, zoom redraw <= 100 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
TYPES = [("Benchmark", 0.35), ("Model", 0.3), ("Method", 0.2), ("Task", 0.15)]
RELATION = {"Benchmark": "evaluates_on", "Model": "uses_model", "Method": "uses_method", "Task": "addresses_task"}

ZOOM_JS = """async (steps) => {
  const net = kgExplorer.network, base = net.getScale(), sync = [], wheel = [];
  for (let k = 0; k < steps; k++) {
    const t0 = performance.now();
    net.moveTo({scale: base * Math.pow(1.15, (k % 6) - 3), animation: false});
    net.redraw();
    sync.push(performance.now() - t0);
  }
  net.moveTo({scale: base, animation: false});
  const canvas = document.querySelector("#kg-graph canvas"), r = canvas.getBoundingClientRect();
  for (let k = 0; k < steps; k++) {
    await new Promise((res) => requestAnimationFrame(() => res()));
    const drawn = new Promise((res) => net.once("afterDrawing", () => res(performance.now())));
    const t0 = performance.now();
    canvas.dispatchEvent(new WheelEvent("wheel", {deltaY: k % 2 ? 120 : -120, clientX: r.left + r.width / 2,
      clientY: r.top + r.height / 2, bubbles: true, cancelable: true}));
    wheel.push((await drawn) - t0);
  }
  return {sync, wheel};
}"""


def synthetic(n_nodes: int, *, seed: int = 1) -> nx.MultiDiGraph:
    """Papers (70%) and entities (30%) with skewed popularity, about three edges per node."""
    rng = random.Random(seed)
    n_ent = n_nodes * 3 // 10
    g = nx.MultiDiGraph()
    ents = []
    for i in range(n_ent):
        t = rng.choices([t for t, _ in TYPES], [w for _, w in TYPES])[0]
        name = f"{t[:2].upper()}-{i:05d}"
        eid = f"{t.lower()}/{name.lower()}"
        g.add_node(eid, type=t, label=name, name=name, aliases=json.dumps([name, f"{t} {i}"]))
        ents.append((eid, name, t))
    for p in range(n_nodes - n_ent):
        k = min(n_ent, rng.choice([2, 3, 4, 5, 6, 7]))
        picks = sorted({int(n_ent * rng.random() ** 2.5) for _ in range(k)})
        sentences = [f"We study {ents[j][1]} in setting {p} and report results." for j in picks]
        abstract = " ".join(sentences + ["This paragraph pads the abstract to a realistic length."] * 8)
        pid = f"{p:010x}"
        g.add_node(pid, type="Paper", label=f"Paper {p}: a synthetic title", title=f"Paper {p}: a synthetic title",
                   abstract=abstract, dates=json.dumps(["2024-03-11"]))
        at = 0
        for j, sentence in zip(picks, sentences, strict=True):
            eid, _, t = ents[j]
            g.add_edge(pid, eid, key=RELATION[t], relation=RELATION[t], field="abstract", start=at,
                       end=at + len(sentence), evidence=sentence, rule="synthetic")
            at += len(sentence) + 1
    return g


def seed_graph() -> Any:
    import kg

    return kg.build([ROOT / "seeds"])


def measure_page(browser: Any, path: Path, steps: int) -> dict[str, float]:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    remote: list[str] = []
    errors: list[str] = []
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://")
               else (remote.append(r.request.url), r.abort()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready]", state="attached", timeout=60000)
    first = page.evaluate("window.kgReady")
    page.evaluate("() => { window.kgLate = 0; kgExplorer.network.on('afterDrawing', () => { window.kgLate++; }); }")
    page.wait_for_timeout(1000)
    late = page.evaluate("window.kgLate")
    zoom = page.evaluate(ZOOM_JS, steps)
    page.close()
    if remote or errors:
        raise SystemExit(f"page made remote requests {remote} or errors {errors}")
    return {"first": first, "late": late, "sync": statistics.median(zoom["sync"]),
            "wheel": statistics.median(zoom["wheel"])}


def screenshot(browser: Any, g: Any, target: Path, *, select: str = "GSM8K", scale: float = 0.7) -> None:
    """The README's picture: the seed graph with one entity's details panel open."""
    from kg.render.html import render_html

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "seeds.html"
        path.write_text(render_html(g), encoding="utf-8")
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready]", state="attached", timeout=60000)
        page.fill("#kg-search", select)
        page.wait_for_selector("#kg-results:not([hidden]) button")
        page.press("#kg-search", "Enter")
        page.evaluate("(s) => { const n = kgExplorer.network; n.moveTo({position: n.getViewPosition(), scale: s}); }", scale)
        page.wait_for_timeout(500)
        page.screenshot(path=str(target))
        page.close()


def run(name: str, g: Any, browser: Any, runs: int, steps: int, out: Path) -> dict[str, float]:
    from kg.render.html import render_html

    times, html = [], ""
    for _ in range(max(1, min(runs, 3))):
        t0 = time.perf_counter()
        html = render_html(g)
        times.append(time.perf_counter() - t0)
    path = out / f"{name}.html"
    path.write_text(html, encoding="utf-8")
    nxg = g if isinstance(g, nx.MultiDiGraph) else g.nx
    rows = [measure_page(browser, path, steps) for _ in range(runs)]
    res = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
    res.update(nodes=nxg.number_of_nodes(), edges=nxg.number_of_edges(), mb=len(html.encode()) / 1e6,
               render=statistics.median(times))
    print(f"{name:>12}: {res['nodes']:>6} nodes {res['edges']:>6} edges | HTML {res['mb']:.2f} MB, "
          f"rendered in {res['render']:.2f} s | first picture {res['first']:.0f} ms "
          f"({res['late']:.0f} draws after) | zoom redraw {res['sync']:.1f} ms, wheel to frame {res['wheel']:.1f} ms",
          flush=True)
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, nargs="*", default=[5000], help="Sizes of synthetic graphs.")
    ap.add_argument("--runs", type=int, default=5, help="Page loads per graph (medians are printed).")
    ap.add_argument("--steps", type=int, default=15, help="Zoom steps per page load.")
    ap.add_argument("--no-seed", action="store_true", help="Skip the seed graph.")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--screenshot", type=Path, help="Also save a picture of the seed graph here (docs/explorer.png).")
    a = ap.parse_args()
    from playwright.sync_api import sync_playwright

    graphs: list[tuple[str, Any]] = [] if a.no_seed else [("seeds", seed_graph())]
    graphs += [(f"synthetic-{n}", synthetic(n)) for n in a.nodes]
    failed = False
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=a.chromium, args=ARGS)
        print(f"headless Chromium {browser.version}, {a.runs} loads per graph, medians", flush=True)
        if a.screenshot:
            screenshot(browser, graphs[0][1] if not a.no_seed else seed_graph(), a.screenshot)
        for name, g in graphs:
            res = run(name, g, browser, a.runs, a.steps, Path(tmp))
            if res["nodes"] <= 5000:
                ok = res["first"] <= 2000 and res["sync"] <= 100 and res["late"] == 0
                failed |= not ok
                print(f"{'':>12}  targets (first picture <= 2000 ms, redraw <= 100 ms, stable): "
                      f"{'met' if ok else 'MISSED'}")
        browser.close()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
