/* kg explorer. Safe by construction: graph data reaches the page only through textContent,
   createTextNode and checked http(s) hrefs; nothing is ever parsed as markup. */
(function () {
  "use strict";
  performance.mark("kg:start");
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  performance.mark("kg:data");
  const info = data.info, nodes = data.nodes, n = info.length;
  // Edges arrive as arrays (see compact_edges in html.py): [from, to, rel, field, start, end] or [from, to, rel, text].
  const edges = data.edges.map((a) => ({ from: a[0], to: a[1], rel: data.rels[a[2]],
    ev: a.length === 6 ? [a[3], a[4], a[5]] : null, tx: a.length === 4 ? a[3] : null }));
  nodes.forEach((x, i) => { x.title = `${x.group}: ${info[i].n}`; });
  const USING = new Set(["evaluates_on", "uses_model", "uses_method", "addresses_task", "has_code", "has_link"]);
  const SECTIONS = [
    ["Introduced by", (r) => r === "proposes"],
    ["Used by", (r) => USING.has(r)],
    ["Reported by", (r) => r === "reports"],
    ["Mentioned by", (r) => r !== "proposes" && r !== "reports" && !USING.has(r)],
  ];
  const REL_NAMES = {
    proposes: "proposes", evaluates_on: "evaluates on", uses_model: "uses model", uses_method: "uses method",
    addresses_task: "addresses task", compares_with: "compares with", has_code: "has code",
    has_link: "has link", implements: "implements", mentions: "mentions",
  };
  const relName = (r) => REL_NAMES[r] || r.replace(/_/g, " ");
  const $ = (id) => document.getElementById(id);

  // Element builder: strings become text nodes, never markup.
  function el(tag, props, ...children) {
    const e = document.createElement(tag);
    if (props) {
      for (const k of Object.keys(props)) {
        if (k === "text") e.textContent = props[k];
        else if (k === "style") Object.assign(e.style, props[k]);
        else if (k === "onclick") e.addEventListener("click", props[k]);
        else e[k] = props[k];
      }
    }
    for (const c of children) {
      if (c !== null && c !== undefined) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return e;
  }

  function safeHref(url) {
    if (typeof url !== "string") return null;
    try {
      const u = new URL(url);
      return (u.protocol === "http:" || u.protocol === "https:") && u.host ? u.href : null;
    } catch (err) {
      return null;
    }
  }

  function linkEl(text, href) {
    const ok = safeHref(href);
    if (!ok) return el("span", { text: text });
    return el("a", { href: ok, target: "_blank", rel: "noopener noreferrer", text: text });
  }

  const typeOf = (i) => nodes[i].group;
  const colourOf = (t) => (data.nodeStyle[t] || data.nodeStyle._other).color;

  // Adjacency by edge index.
  const outE = Array.from({ length: n }, () => []), inE = Array.from({ length: n }, () => []);
  edges.forEach((e, k) => { outE[e.from].push(k); inE[e.to].push(k); });

  // Edge colours as rgba strings: vis-network re-parses a hex colour with its opacity on every
  // frame for every edge, but passes an rgba string through.
  const rgba = (hex, a) => `rgba(${parseInt(hex.slice(1, 3), 16)},${parseInt(hex.slice(3, 5), 16)},${parseInt(hex.slice(5, 7), 16)},${a})`;
  const edgeColour = {};
  function visEdge(k) {
    const e = edges[k], s = data.edgeStyle[e.rel] || data.edgeStyle._other;
    const c = edgeColour[e.rel] || (edgeColour[e.rel] = { color: rgba(s.color, 0.7), highlight: "rgba(34,34,34,1)", hover: "rgba(34,34,34,1)" });
    return { id: k, from: e.from, to: e.to, title: relName(e.rel), width: s.width, hidden: offRel.has(e.rel),
             dashes: s.dashes && data.dashes, color: c };
  }

  // What is in the network now; the rest of the graph is reachable through search.
  const shown = new Uint8Array(n);
  const off = new Set(), offRel = new Set(data.edgeOff || []);
  data.view.forEach((i) => { shown[i] = 1; });
  const nodeSet = new vis.DataSet(data.view.map((i) => nodes[i]));
  const edgeSet = new vis.DataSet(edges.map((e, k) => k).filter((k) => shown[edges[k].from] && shown[edges[k].to]).map(visEdge));
  performance.mark("kg:datasets");
  const network = new vis.Network($("kg-graph"), { nodes: nodeSet, edges: edgeSet }, data.options);
  performance.mark("kg:network");
  network.once("afterDrawing", () => {
    window.kgReady = performance.now();
    document.body.dataset.ready = "1";
  });

  function status() {
    const count = nodeSet.length;
    const held = data.graphTotal <= n ? ""
      : data.focus === null
        ? ` This page holds the ${n} best connected of the graph's ${data.graphTotal} nodes; kg html --focus NAME renders any other part.`
        : ` This page holds the ${n} best connected of the focus's ${data.graphTotal} nearby nodes; a smaller --depth shows them all.`;
    $("kg-status").textContent = (count < n
      ? `Showing ${count} of ${n} nodes; search to reach the rest.`
      : `${n} nodes, ${edges.length} edges.`) + held;
  }

  function reveal(i) {
    const add = [];
    if (!shown[i]) add.push(i);
    const near = outE[i].map((k) => edges[k].to).concat(inE[i].map((k) => edges[k].from));
    near.sort((a, b) => nodes[b].size - nodes[a].size || a - b);
    for (const j of near.slice(0, 300)) if (!shown[j] && add.indexOf(j) < 0) add.push(j);
    if (!add.length) return;
    add.forEach((j) => { shown[j] = 1; });
    nodeSet.add(add.map((j) => Object.assign({}, nodes[j], { hidden: off.has(typeOf(j)) && j !== i })));
    const ks = new Set();
    for (const j of add) for (const k of outE[j].concat(inE[j])) if (shown[edges[k].from] && shown[edges[k].to]) ks.add(k);
    edgeSet.update(Array.from(ks).sort((a, b) => a - b).map(visEdge));
    status();
  }

  function select(i) {
    reveal(i);
    if (nodeSet.get(i).hidden) nodeSet.update({ id: i, hidden: false });
    network.selectNodes([i]);
    showPanel(i);
    // Centre the node in the part of the canvas the panel leaves visible.
    const covered = $("kg-panel").offsetWidth;
    network.focus(i, { scale: Math.max(network.getScale(), 1.0), animation: false, offset: { x: -covered / 2, y: 0 } });
  }

  // Text with highlighted mentions: plain segments and <mark> elements, all via text nodes.
  function highlighted(parent, text, field, from, to, spans) {
    let at = from;
    for (const [f, s, e, j] of spans) {
      if (f !== field || s < at || e > to) continue;
      parent.appendChild(document.createTextNode(text.slice(at, s)));
      parent.appendChild(el("mark", { text: text.slice(s, e), title: `${typeOf(j)}: ${info[j].n}`, tabIndex: 0,
                                      onclick: () => select(j) }));
      at = e;
    }
    parent.appendChild(document.createTextNode(text.slice(at, to)));
    return parent;
  }

  function nodeButton(i) {
    // A span, not a <button>: it wraps like text inside list items. Keyboard users get Enter.
    const b = el("span", { className: "kg-link-btn", text: info[i].n, tabIndex: 0, role: "button", onclick: () => select(i) });
    b.addEventListener("keydown", (ev) => { if (ev.key === "Enter") select(i); });
    return b;
  }

  function badge(t) {
    return el("span", { className: "kg-kind", text: t, style: { background: colourOf(t) } });
  }

  function linksList(links) {
    if (!links || !links.length) return null;
    return el("ul", null, ...links.map(([text, href]) => el("li", null, linkEl(text, href))));
  }

  function evidence(k) {
    const e = edges[k];
    if (e.ev) {
      const [f, s, end] = e.ev, p = info[e.from];
      const text = f === 0 ? p.n : p.ab;
      return highlighted(el("blockquote"), text, f, s, end, (p.h || []).filter((h) => h[3] === e.to));
    }
    return e.tx ? el("blockquote", { text: e.tx }) : null;
  }

  function paperPanel(i, box) {
    const p = info[i];
    box.append(badge("Paper"), highlighted(el("h2"), p.n, 0, 0, p.n.length, p.h || []));
    if (p.d && p.d.length) box.append(el("div", { className: "kg-meta", text: `Listed: ${p.d.join(", ")}` }));
    const links = linksList(p.l);
    if (links) box.append(el("h4", { text: "Links" }), links);
    if (p.ab) box.append(el("h4", { text: "Abstract" }), highlighted(el("p", { className: "kg-abstract" }), p.ab, 1, 0, p.ab.length, p.h || []));
    const ents = outE[i].filter((k) => typeOf(edges[k].to) !== "Paper");
    if (ents.length) {
      box.append(el("h4", { text: `Entities (${ents.length})` }), capped(ents, (k) => el("li", null,
        nodeButton(edges[k].to), el("span", { className: "kg-meta", text: ` ${typeOf(edges[k].to)}, ${relName(edges[k].rel)}` }))));
    }
    related(box, outE[i].filter((k) => typeOf(edges[k].to) === "Paper"), inE[i].filter((k) => typeOf(edges[k].from) === "Paper"), "Related papers");
  }

  const LIST_MAX = 200;
  // A list of at most LIST_MAX items made by make(key), and a line saying how many were left out.
  function capped(keys, make) {
    const list = el("ul", null, ...keys.slice(0, LIST_MAX).map(make));
    if (keys.length > LIST_MAX) list.append(el("li", { className: "kg-meta", text: `… and ${keys.length - LIST_MAX} more` }));
    return list;
  }

  // Edges that are not paper-to-entity facts: entity links, results, derived paper links.
  function related(box, outs, ins, heading) {
    const keys = outs.map((k) => [k, true]).concat(ins.map((k) => [k, false]));
    if (!keys.length) return;
    box.append(el("h4", { text: `${heading} (${keys.length})` }), capped(keys, ([k, out]) => out
      ? el("li", null, el("span", { className: "kg-meta", text: `${relName(edges[k].rel)} ` }), nodeButton(edges[k].to), evidence(k))
      : el("li", null, nodeButton(edges[k].from), el("span", { className: "kg-meta", text: ` ${relName(edges[k].rel)} this` }), evidence(k))));
  }

  function attributes(box, attrs) {
    if (!attrs || !attrs.length) return;
    box.append(el("h4", { text: "Attributes" }), el("ul", null, ...attrs.map(([k, v]) => el("li", null,
      el("span", { className: "kg-meta", text: `${k}: ` }), safeHref(v) ? linkEl(v, v) : el("span", { text: v })))));
  }

  function entityPanel(i, box) {
    const x = info[i];
    box.append(badge(typeOf(i)), el("h2", { text: x.n }));
    const aliases = (x.a || []).filter((a) => a !== x.n);
    if (aliases.length) box.append(el("h4", { text: "Aliases" }), el("div", { className: "kg-aliases" }, ...aliases.map((a) => el("span", { text: a }))));
    const links = linksList(x.l);
    if (links) box.append(el("h4", { text: "Link" }), links);
    attributes(box, x.at);
    const fromPapers = inE[i].filter((k) => typeOf(edges[k].from) === "Paper");
    for (const [name, keep] of SECTIONS) {
      const ks = fromPapers.filter((k) => keep(edges[k].rel));
      if (!ks.length) continue;
      box.append(el("h4", { text: `${name} (${ks.length})` }), capped(ks, (k) => el("li", null,
        nodeButton(edges[k].from), el("span", { className: "kg-meta", text: ` ${relName(edges[k].rel)}` }), evidence(k))));
    }
    related(box, outE[i], inE[i].filter((k) => typeOf(edges[k].from) !== "Paper"), "Related");
  }

  function showPanel(i) {
    const box = $("kg-details");
    box.replaceChildren();
    box.dataset.node = String(i);
    (typeOf(i) === "Paper" ? paperPanel : entityPanel)(i, box);
    $("kg-panel").hidden = false;
    $("kg-panel").scrollTop = 0;
  }

  // Search over every node of the page, shown or not, by name, title or any alias.
  const norm = (s) => s.normalize("NFKD").toLowerCase().replace(/[^0-9a-z]+/g, "");
  let keys = null;
  function search(query, limit) {
    const q = norm(query || "");
    if (!q) return [];
    if (!keys) keys = info.map((x) => [x.n].concat(x.a || []).map(norm));
    const hits = [];
    for (let i = 0; i < n; i++) {
      let best = 3;
      for (const k of keys[i]) {
        if (k === q) { best = 0; break; }
        if (best > 1 && k.startsWith(q)) best = 1;
        else if (best > 2 && k.indexOf(q) >= 0) best = 2;
      }
      if (best < 3) hits.push([best, -nodes[i].size, i]);
    }
    hits.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    return hits.slice(0, limit || 20).map((h) => h[2]);
  }

  const input = $("kg-search"), list = $("kg-results");
  let active = -1, timer = 0;
  function showResults() {
    const hits = search(input.value, 20);
    active = -1;
    list.replaceChildren(...hits.map((i) => el("li", { role: "option" }, el("button", {
      type: "button", onclick: () => { list.hidden = true; select(i); } }, info[i].n, el("span", { className: "kg-type", text: typeOf(i) })))));
    if (input.value && !hits.length) list.replaceChildren(el("li", null, el("button", { type: "button", disabled: true, text: "No match" })));
    list.hidden = !input.value;
  }
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(showResults, 80); });
  input.addEventListener("keydown", (ev) => {
    const items = Array.from(list.children);
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      active = Math.max(0, Math.min(items.length - 1, active + (ev.key === "ArrowDown" ? 1 : -1)));
      items.forEach((li, k) => li.classList.toggle("kg-active", k === active));
    } else if (ev.key === "Enter") {
      clearTimeout(timer);
      showResults();
      const li = list.children[Math.max(0, active)];
      if (li) li.querySelector("button").click();
    } else if (ev.key === "Escape") {
      list.hidden = true;
    }
  });

  // Legend with type filters.
  function legend() {
    const box = $("kg-legend"), counts = {}, rels = {};
    nodes.forEach((x) => { counts[x.group] = (counts[x.group] || 0) + 1; });
    edges.forEach((e) => { rels[e.rel] = (rels[e.rel] || 0) + 1; });
    box.append(el("h3", { text: "Node types" }));
    for (const t of Object.keys(counts).sort()) {
      const s = data.nodeStyle[t] || data.nodeStyle._other;
      const cb = el("input", { type: "checkbox", checked: true });
      cb.dataset.type = t;
      cb.addEventListener("change", () => toggleType(t, cb.checked));
      box.append(el("label", null, cb, el("span", { className: `kg-swatch kg-${s.shape}`, style: { background: s.color } }),
        t, el("span", { className: "kg-count", text: String(counts[t]) })));
    }
    if (Object.keys(rels).length) box.append(el("h3", { text: "Relations" }));
    for (const r of Object.keys(rels).sort()) {
      const s = data.edgeStyle[r] || data.edgeStyle._other;
      const cb = el("input", { type: "checkbox", checked: !offRel.has(r) });
      cb.dataset.relation = r;
      cb.addEventListener("change", () => toggleRelation(r, cb.checked));
      box.append(el("label", null, cb, el("span", { className: "kg-line",
        style: { borderTop: `${Math.max(1, s.width)}px ${s.dashes && data.dashes ? "dashed" : "solid"} ${s.color}` } }),
        relName(r), el("span", { className: "kg-count", text: String(rels[r]) })));
    }
    box.append(el("div", { className: "kg-meta", text: "Size: importance (PageRank)" }));
  }

  function toggleType(t, on) {
    if (on) off.delete(t); else off.add(t);
    const ids = nodeSet.getIds({ filter: (x) => x.group === t });
    nodeSet.update(ids.map((id) => ({ id: id, hidden: !on })));
  }

  function toggleRelation(r, on) {
    if (on) offRel.delete(r); else offRel.add(r);
    const ids = edgeSet.getIds({ filter: (x) => edges[x.id].rel === r });
    edgeSet.update(ids.map((id) => ({ id: id, hidden: !on })));
  }

  const closePanel = () => { $("kg-panel").hidden = true; network.unselectAll(); };
  $("kg-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", (ev) => { if (ev.key === "Escape" && ev.target !== input) closePanel(); });
  document.addEventListener("click", (ev) => { if (!$("kg-search-box").contains(ev.target)) list.hidden = true; });
  network.on("click", (params) => { if (params.nodes.length) showPanel(params.nodes[0]); });
  legend();
  status();
  if (data.focus !== null && data.focus !== undefined) select(data.focus);
  window.kgExplorer = { network: network, nodes: nodeSet, edges: edgeSet, search: search, select: select, showPanel: showPanel, info: info };
})();
