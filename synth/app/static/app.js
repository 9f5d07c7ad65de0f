// synth explorer: plain JavaScript, no framework, nothing fetched from outside this server.
// The whole state is the query string: slider key=value for every input moved from the cases' own figures.
"use strict";

const COLOURS = ["#1f5fa8", "#d4701c", "#2e8b57", "#8e44ad"];
const GROUND = "#7a7a7a";
let META = null;
let STATE = {};          // slider key -> value (only inputs moved from the cases' figures)
let SENT = 0;            // sequence number of the last request sent
let SHOWN = 0;           // sequence number of the response on screen
let INFLIGHT = false;    // a request is running: the next one waits (only the latest state is then sent)
let PENDING = false;
let PREVIOUS = {};       // case -> design choices on screen (to highlight a change)
window.synthTiming = { lastInput: 0, lastRender: 0, renders: 0 };

const $ = (sel) => document.querySelector(sel);
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k === "text") e.textContent = v; else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
}

function sig(x, digits) {
  if (x == null || !isFinite(x)) return "n/a";
  if (x === 0) return "0";
  return Number(x.toPrecision(digits || 3)).toLocaleString("en-US", { maximumSignificantDigits: digits || 3 });
}
function usd(x, digits) {
  if (x == null || !isFinite(x)) return "n/a";
  const a = Math.abs(x);
  if (a >= 1e9) return "$" + sig(x / 1e9, digits || 4) + " B";
  if (a >= 1e6) return "$" + sig(x / 1e6, digits || 4) + " M";
  if (a >= 1e4) return "$" + sig(x / 1e3, digits || 4) + " k";
  return "$" + sig(x, digits || 4);
}
function withUnit(v, unit) {
  if (v == null) return "n/a";
  if (unit === "USD") return usd(v, 3);
  if (unit.startsWith("USD/")) return "$" + sig(v, 3) + " /" + unit.slice(4);
  if (unit === "-") return sig(v, 3);
  return sig(v, 3) + " " + unit;
}
function round3(v) { return Number(v.toPrecision(3)); }

// slider position t in [0, 1] <-> value (log scale where the range spans decades: synth/app/state.py)
const STEPS = 1000;
function valueAt(s, t) { return s.log ? s.low * Math.pow(s.high / s.low, t) : s.low + t * (s.high - s.low); }
function positionOf(s, v) { return s.log ? Math.log(v / s.low) / Math.log(s.high / s.low) : (v - s.low) / (s.high - s.low); }
function defaultOf(s) { const vals = Object.values(s.defaults).filter((v) => v != null); return vals.length ? vals[0] : null; }

function query() {
  const p = new URLSearchParams();
  for (const s of META.sliders) if (s.key in STATE) p.set(s.key, String(STATE[s.key]));
  return p.toString();
}
function readQuery() {
  STATE = {};
  const p = new URLSearchParams(location.search);
  for (const [k, v] of p) if (k !== "preset") STATE[k] = Number.isNaN(Number(v)) ? v : Number(v);
}

function buildSliders() {
  const box = $("#sliders");
  box.innerHTML = "";
  for (const s of META.sliders) {
    const input = el("input", { type: "range", min: "0", max: String(STEPS), step: "1", id: "slider-" + s.key, "aria-label": s.label });
    const value = el("span", { class: "value", id: "value-" + s.key });
    const undo = el("button", { class: "undo", type: "button", title: "back to the case's own figure", text: "reset" });
    const range = s.range ? "catalog range " + withUnit(s.range[0], s.unit) + " - " + withUnit(s.range[1], s.unit) : "no catalog range";
    const applies = "applies to " + s.cases.map((c) => META.cases.find((x) => x.name === c).label).join(", ");
    const details = el("details", {}, el("summary", { text: range + (s.log ? " (log scale)" : "") }),
      el("div", { text: "source: " + s.source }), el("div", { text: "path: " + s.path }));
    const row = el("div", { class: "slider", id: "row-" + s.key },
      el("div", { class: "top" }, el("span", { class: "name", text: s.label }), value),
      input, el("div", { class: "meta" }, details, el("span", { class: "applies", text: applies + " " }), undo));
    input.addEventListener("input", () => {
      window.synthTiming.lastInput = performance.now();
      STATE[s.key] = round3(valueAt(s, Number(input.value) / STEPS));
      changed();
    });
    undo.addEventListener("click", () => { delete STATE[s.key]; changed(); });
    box.append(row);
  }
}

function showSliders() {
  for (const s of META.sliders) {
    const v = s.key in STATE ? STATE[s.key] : defaultOf(s);
    const input = $("#slider-" + s.key);
    if (v != null && typeof v === "number") input.value = String(Math.round(Math.min(1, Math.max(0, positionOf(s, v))) * STEPS));
    const own = s.key in STATE ? "" : (v == null ? "optimizer's choice" : " (case's own)");
    $("#value-" + s.key).textContent = (v == null ? "" : withUnit(v, s.unit)) + own;
    $("#row-" + s.key).classList.toggle("moved", s.key in STATE);
  }
}

function changed() {
  history.replaceState(null, "", query() ? "?" + query() : location.pathname);
  showSliders();
  request();
}

async function request() {
  if (INFLIGHT) { PENDING = true; return; }   // coalesce: only the latest state is sent when this one returns
  INFLIGHT = true;
  const seq = ++SENT;
  const q = query();
  $("#status").textContent = "solving...";
  try {
    const r = await fetch("/api/solve?" + q);
    const body = await r.json();
    if (!r.ok) showError(body.error); else if (seq > SHOWN) { SHOWN = seq; render(body); hideError(); }
  } catch (e) {
    showError({ message: "the server did not answer (" + e + "); is synth app still running?" });
  } finally {
    INFLIGHT = false;
    if (PENDING) { PENDING = false; request(); }
  }
}

function showError(err) {
  const box = $("#error");
  box.hidden = false;
  box.textContent = (err && err.field ? err.field + ": " : "") + (err && (err.allowed ? err.value + " is not allowed; expected " + err.allowed : err.message));
  $("#status").textContent = "error";
}
function hideError() { $("#error").hidden = true; }

function bars(items, unit) {
  const rows = items.slice().sort((a, b) => b[1] - a[1]).slice(0, 10);
  const max = Math.max(...rows.map((r) => r[1]), 1e-300);
  const h = 16, w = 320, left = 150;
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("class", "bars"); svg.setAttribute("width", String(w)); svg.setAttribute("height", String(rows.length * h + 4));
  svg.setAttribute("role", "img");
  rows.forEach(([name, v], i) => {
    const y = i * h + 2;
    const t = document.createElementNS(svg.namespaceURI, "text");
    t.setAttribute("x", "0"); t.setAttribute("y", String(y + 11)); t.textContent = name;
    const r = document.createElementNS(svg.namespaceURI, "rect");
    const bw = Math.max(1, (w - left - 60) * v / max);
    r.setAttribute("x", String(left)); r.setAttribute("y", String(y + 2)); r.setAttribute("width", String(bw)); r.setAttribute("height", String(h - 5));
    r.setAttribute("fill", "var(--c, #888)");
    const l = document.createElementNS(svg.namespaceURI, "text");
    l.setAttribute("x", String(left + bw + 3)); l.setAttribute("y", String(y + 11));
    l.textContent = unit === "USD" ? usd(v, 3) : sig(v / 1000, 3) + " t";
    svg.append(t, r, l);
  });
  return svg;
}

function designRows(d) {
  if (!d) return [];
  const list = (o) => Object.entries(o || {}).filter(([, n]) => n > 0).map(([k, n]) => sig(n, 6) + " x " + k).join(", ") || "none";
  const areas = (o) => Object.entries(o || {}).map(([k, a]) => sig(a, 4) + " m\u00b2 " + k).join(", ");
  return [
    ["orbit", "orbit", d.orbit],
    ["compute", "chip", list(d.compute)],
    ["satellites_by_bus", "satellites / modules", sig(d.satellites, 6) + " (" + list(d.satellites_by_bus) + ")"],
    ["launches", "launches", list(d.launches)],
    ["shielding", "shielding", d.shielding],
    ["solar_array_area_by_technology_m2", "solar array", areas(d.solar_array_area_by_technology_m2)],
    ["radiator_area_m2", "radiator", sig(d.radiator_area_m2, 4) + " m\u00b2"],
    ["battery_energy_kwh", "battery", sig(d.battery_energy_kwh, 4) + " kWh"],
  ];
}
function choiceKey(d, key) {
  const v = d ? d[key] : null;
  if (v && typeof v === "object") return Object.entries(v).filter(([, n]) => n > 0).map(([k]) => k).sort().join(",");
  return key === "radiator_area_m2" || key === "battery_energy_kwh" ? "" : String(v);
}

function render(body) {
  const cards = $("#cards");
  cards.innerHTML = "";
  const ok = body.cases.filter((c) => c.kpi && c.kpi.cost_per_eflop_usd != null);
  // the ground: the same compute as the cheapest architecture, over its archetypes
  const best = ok.slice().sort((a, b) => a.kpi.cost_per_eflop_usd - b.kpi.cost_per_eflop_usd)[0];
  body.cases.forEach((c, i) => {
    const colour = (META.cases.find((x) => x.name === c.case) || {}).colour || COLOURS[0];  // the report's colour of this case
    const card = el("div", { class: "card", id: "card-" + c.case, style: "--c:" + colour });
    card.append(el("h2", { text: c.label + " (" + c.case + ")" }));
    const k = c.kpi || {};
    card.append(el("div", { class: "cost", id: "cost-" + c.case, "data-value": String(k.cost_per_eflop_usd) },
      (k.cost_per_eflop_usd != null ? usd(k.cost_per_eflop_usd, 4) : c.status), el("small", { text: " per delivered EFLOP" })));
    if (c.status !== "optimal") {
      const gap = c.gap != null ? " (best design found, proven gap " + sig(100 * c.gap, 2) + " %)" : "";
      card.append(el("div", { class: "warn", id: "warn-" + c.case, text: c.status.replace(/_/g, " ") + gap + ": " + (c.diagnosis[0] || c.message) }));
    }
    const moved = c.changes || [];
    if (moved.length) card.append(el("div", { class: "changes", id: "changes-" + c.case, text: moved.join("; ") }));
    const kv = el("table", { class: "kv" });
    const add = (a, b, cls) => { const tr = el("tr", cls ? { class: cls } : {}, el("td", { text: a }), el("td", { text: b })); kv.append(tr); };
    add("per GPU-hour", usd(k.cost_per_gpu_hour_usd, 4));
    add("orbit / ground", k.orbital_to_terrestrial != null ? sig(k.orbital_to_terrestrial, 3) + "x (ground " + usd(k.ground_cost_per_eflop_min_usd, 3)
      + " - " + usd(k.ground_cost_per_eflop_max_usd, 3) + " per EFLOP)" : "n/a");
    add("IT power", sig(k.it_power_w / 1e6, 4) + " MW");
    add("launched mass", sig(k.launched_mass_kg / 1000, 4) + " t");
    add("total cost (present value)", usd(k.total_cost_usd, 4));
    const before = PREVIOUS[c.case];
    for (const [key, name, text] of designRows(c.design)) {
      const changedNow = before && choiceKey(before, key) !== choiceKey(c.design, key) && choiceKey(c.design, key) !== "";
      add(name, text, changedNow ? "moved" : "");
    }
    card.append(kv);
    PREVIOUS[c.case] = c.design;
    if (c.budgets && c.budgets.cost_usd && c.budgets.cost_usd.length) {
      card.append(el("h3", { text: "cost budget (present value)" }), bars(c.budgets.cost_usd, "USD"));
      card.append(el("h3", { text: "mass budget (launched)" }), bars(c.budgets.mass_kg, "kg"));
    }
    if (c.binding && c.binding.length) {
      const ul = el("ul", { class: "binds" });
      for (const b of c.binding.slice(0, 6)) ul.append(el("li", { text: b }));
      card.append(el("h3", { text: "what binds" }), ul);
    }
    card.append(el("div", { class: "meta", text: "solved in " + sig(c.solve_s * 1000, 3) + " ms" + (c.rebuilt ? " (model rebuilt)" : "")
      + (c.coalesced ? " (coalesced)" : "") }));
    cards.append(card);
  });
  if (best) {
    const g = el("div", { class: "card", id: "card-ground", style: "--c:" + GROUND });
    g.append(el("h2", { text: "the ground (same compute as " + best.label + ")" }));
    const kv = el("table", { class: "kv" });
    for (const b of best.ground) kv.append(el("tr", {}, el("td", { text: b.archetype }),
      el("td", { text: usd(b.cost_per_eflop_usd, 4) + " per EFLOP, " + usd(b.cost_per_gpu_hour_usd, 4) + " per GPU-hour" })));
    g.append(kv);
    cards.append(g);
    const groundLow = Math.min(...best.ground.map((b) => b.cost_per_eflop_usd));
    const ranked = [["the ground", groundLow], ...ok.map((c) => [c.label, c.kpi.cost_per_eflop_usd])].sort((a, b) => a[1] - b[1]);
    $("#verdict").textContent = (ranked[0][0] === "the ground" ? "The ground is cheapest. " : ranked[0][0] + " beats the ground. ")
      + "Cheapest first: " + ranked.map(([n, v], i) => (i + 1) + ". " + n + " " + usd(v, 3)).join(", ") + " per delivered EFLOP.";
  }
  $("#status").textContent = "up to date";
  window.synthTiming.lastRender = performance.now();
  window.synthTiming.renders += 1;
}

function buildStudies() {
  const box = $("#studies");
  const titles = { race: "The race over time (synth roadmap)", uncertainty: "How sure are we (synth uncertainty)" };
  for (const name of META.charts) {
    box.append(el("h3", { text: titles[name] || name }), el("img", { src: "/api/chart/" + name + ".svg", alt: titles[name] || name, id: "chart-" + name }));
  }
}

function buildPresets() {
  const sel = $("#preset");
  for (const p of META.presets) sel.append(el("option", { value: p.name, text: p.label, title: p.source }));
  sel.addEventListener("change", () => {
    const p = META.presets.find((x) => x.name === sel.value);
    if (!p) return;
    STATE = Object.assign({}, p.values);
    note("preset " + p.label + ": " + p.source);
    changed();
  });
}
function note(text) { const n = $("#note"); n.hidden = false; n.textContent = text; }

async function exportScenario() {
  const r = await fetch("/api/export?" + query(), { method: "POST" });
  if (r.ok) { const body = await r.json(); note("wrote " + body.written.join(", ")); return; }
  if (r.status !== 409) { showError((await r.json()).error); return; }
  for (const c of META.cases) {   // no export directory on the server: download each case file
    const a = el("a", { href: "/api/export?case=" + encodeURIComponent(c.name) + (query() ? "&" + query() : ""), download: c.name + "_scenario.yaml" });
    document.body.append(a); a.click(); a.remove();
  }
  note("downloaded the scenario's case files (start synth app with --export-dir DIR to write them with their results on the server)");
}

async function main() {
  META = await (await fetch("/api/meta")).json();
  readQuery();
  buildSliders(); buildPresets(); buildStudies(); showSliders();
  $("#reset").addEventListener("click", () => { STATE = {}; changed(); });
  $("#share").addEventListener("click", async () => {
    try { await navigator.clipboard.writeText(location.href); note("link copied: " + location.href); } catch (e) { note("share this link: " + location.href); }
  });
  $("#export").addEventListener("click", exportScenario);
  await request();
}
main();
