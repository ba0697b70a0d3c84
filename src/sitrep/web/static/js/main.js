// The workspace: filter state kept in the URL, one refresh that feeds every view from the API.
import { STATUSES, TYPES } from "./colors.js";
import { createMap } from "./map.js";
import { createTimeline } from "./timeline.js";
import { createNetwork } from "./network.js";
import { createTable } from "./table.js";
import { showEvidence, clearEvidence } from "./evidence.js";

const FILTERS = ["since", "until", "type", "status", "actor", "country", "text", "bbox"];
const PAGE = 100;

const state = {
  filters: {},
  sort: "date",
  offset: 0,
  event: null,
  color: "quad_class",
  interval: "",
};
let generation = 0;

// ---------------------------------------------------------------- URL state

function readUrl() {
  const p = new URLSearchParams(location.search);
  state.filters = {};
  for (const key of FILTERS) if (p.get(key)) state.filters[key] = p.get(key);
  state.sort = p.get("sort") || "date";
  state.offset = Math.max(0, parseInt(p.get("offset") || "0", 10) || 0);
  state.event = p.get("event") || null;
  state.color = p.get("color") === "type" ? "type" : "quad_class";
  state.interval = p.get("interval") || "";
}

function writeUrl({ push = true } = {}) {
  const p = new URLSearchParams();
  for (const key of FILTERS) if (state.filters[key]) p.set(key, state.filters[key]);
  if (state.sort !== "date") p.set("sort", state.sort);
  if (state.offset) p.set("offset", String(state.offset));
  if (state.event) p.set("event", state.event);
  if (state.color !== "quad_class") p.set("color", state.color);
  if (state.interval) p.set("interval", state.interval);
  const url = `${location.pathname}${p.toString() ? "?" + p : ""}`;
  if (url !== `${location.pathname}${location.search}`) history[push ? "pushState" : "replaceState"](null, "", url);
}

// ---------------------------------------------------------------- API

export function query(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") p.set(k, v);
  return p.toString();
}

export async function api(path, params = {}) {
  const qs = query(params);
  const response = await fetch(`/api/${path}${qs ? "?" + qs : ""}`);
  const body = await response.json();
  if (!response.ok) {
    const err = body.error || { message: response.statusText, details: [] };
    const where = (err.details || []).map((d) => d.param).filter(Boolean).join(", ");
    throw new Error(`${err.message}${where ? ` (${where})` : ""}`);
  }
  return body;
}

function banner(message) {
  const el = document.getElementById("banner");
  el.hidden = !message;
  el.textContent = message || "";
}

// ---------------------------------------------------------------- actions the views call

export function setFilters(patch) {
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || v === undefined || v === "") delete state.filters[k];
    else state.filters[k] = v;
  }
  state.offset = 0;
  writeUrl();
  refresh();
}

export function selectEvent(id) {
  state.event = id;
  writeUrl();
  loadEvidence();
}

// ---------------------------------------------------------------- views

let views;

function buildViews() {
  views = {
    map: createMap(document.getElementById("map"), { onPick: pickPlace, onSelect: selectEvent }),
    timeline: createTimeline(document.getElementById("timeline"), {
      onBrush: (since, until) => setFilters({ since, until }),
    }),
    network: createNetwork(document.getElementById("network"), { onPick: (actor) => setFilters({ actor }) }),
    table: createTable(document.getElementById("events"), {
      onSelect: selectEvent,
      onSort: (sort) => { state.sort = sort; state.offset = 0; writeUrl(); refresh(); },
    }),
  };
}

function pickPlace(place, bbox) {
  state.event = place.event_ids[0] || null;
  setFilters({ bbox });
}

async function loadEvidence() {
  views.table.highlight(state.event);
  if (!state.event) { clearEvidence(); views.map.mark(null); return; }
  try {
    const body = await api(`events/${encodeURIComponent(state.event)}`, { text: "true" });
    showEvidence(document.getElementById("evidence"), body, { onActor: (actor) => setFilters({ actor }) });
    views.map.mark(body.event);
  } catch (err) {
    banner(`Event ${state.event}: ${err.message}`);
  }
}

// ---------------------------------------------------------------- refresh

async function refresh() {
  const gen = ++generation;
  syncForm();
  renderChips();
  const filters = { ...state.filters };
  const noDates = { ...filters, since: undefined, until: undefined };
  document.body.classList.add("loading");
  try {
    const [summary, events, places, timeline, network] = await Promise.all([
      api("summary", filters),
      api("events", { ...filters, limit: PAGE, offset: state.offset, sort: state.sort }),
      api("places", filters),
      fetchTimeline(noDates),
      api("network", { ...filters, limit: 40 }),
    ]);
    if (gen !== generation) return;
    banner(null);
    renderSummary(summary);
    views.table.render(events, { color: state.color, sort: state.sort, selected: state.event });
    renderPager(events);
    views.map.render(places, { color: state.color, bbox: filters.bbox });
    views.timeline.render(timeline, { color: state.color, since: filters.since, until: filters.until });
    views.network.render(network, { actor: filters.actor });
    renderLegend();
    loadEvidence();
  } catch (err) {
    if (gen === generation) banner(err.message);
  } finally {
    if (gen === generation) document.body.classList.remove("loading");
  }
}

// Month buckets first; a short span is then shown per week or per day (unless the user chose an interval).
async function fetchTimeline(filters) {
  const by = state.color;
  if (state.interval) return api("timeline", { ...filters, interval: state.interval, by });
  const monthly = await api("timeline", { ...filters, interval: "month", by });
  const months = core(monthly.buckets);
  if (months > 24) return monthly;
  return api("timeline", { ...filters, interval: months > 4 ? "week" : "day", by });
}

// How many months hold the central 98% of the events.
function core(buckets) {
  const total = d3.sum(buckets, (b) => b.total);
  let seen = 0, first = null, last = null;
  for (const b of buckets) {
    seen += b.total;
    if (first === null && seen >= total * 0.01) first = b.start;
    if (last === null && seen >= total * 0.99) last = b.start;
  }
  if (!first) return 0;
  return d3.timeMonth.count(new Date(first), new Date(last)) + 1;
}

const fmt = (n) => Number(n).toLocaleString("en");

function renderSummary(s) {
  const span = s.first ? ` · ${s.first} → ${s.last}` : "";
  document.getElementById("summary").textContent = `${fmt(s.events)} events · ${fmt(s.documents)} documents${span}`;
  const countries = document.getElementById("country-list");
  countries.replaceChildren(...Object.entries(s.countries).map(([c, n]) => new Option(`${n} events`, c)));
  for (const a of document.querySelectorAll(".export a[data-format]")) {
    a.href = `/api/export?${query({ ...state.filters, format: a.dataset.format, sort: state.sort })}`;
  }
}

function renderPager(events) {
  const from = events.total ? events.offset + 1 : 0;
  const to = events.offset + events.items.length;
  document.getElementById("page-info").textContent = `${fmt(from)}–${fmt(to)} of ${fmt(events.total)}`;
  document.getElementById("prev").disabled = events.offset === 0;
  document.getElementById("next").disabled = to >= events.total;
}

function renderLegend() {
  views.map.legend(document.getElementById("map-legend"), state.color);
}

const LABELS = { since: "from", until: "to", type: "type", status: "status", actor: "actor", country: "country", text: "text", bbox: "area" };

function renderChips() {
  const chips = Object.entries(state.filters).map(([k, v]) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "chip";
    b.dataset.filter = k;
    b.title = "remove this filter";
    b.textContent = `${LABELS[k] || k}: ${k === "bbox" ? v.split(",").map((n) => (+n).toFixed(1)).join(", ") : v} ✕`;
    b.addEventListener("click", () => setFilters({ [k]: null }));
    return b;
  });
  document.getElementById("chips").replaceChildren(...chips);
}

// ---------------------------------------------------------------- the filter form

function syncForm() {
  const form = document.getElementById("filters");
  for (const name of ["since", "until", "type", "status", "actor", "country", "text"]) {
    form.elements[name].value = state.filters[name] || "";
  }
  form.elements.color.value = state.color;
  document.getElementById("interval").value = state.interval;
}

function wireForm() {
  const form = document.getElementById("filters");
  form.elements.type.append(...TYPES.map((t) => new Option(t.toLowerCase(), t)));
  form.elements.status.append(...STATUSES.map((s) => new Option(s, s)));
  for (const name of ["since", "until", "type", "status", "actor", "country", "text"]) {
    form.elements[name].addEventListener("change", (e) => {
      const value = e.target.value.trim();
      setFilters({ [name]: name === "country" ? value.toUpperCase() : value });
    });
  }
  form.addEventListener("submit", (e) => e.preventDefault());
  form.elements.color.addEventListener("change", (e) => { state.color = e.target.value; writeUrl(); refresh(); });
  document.getElementById("interval").addEventListener("change", (e) => {
    state.interval = e.target.value; writeUrl(); refresh();
  });
  document.getElementById("clear").addEventListener("click", () => {
    state.filters = {}; state.offset = 0; writeUrl(); refresh();
  });
  document.getElementById("prev").addEventListener("click", () => page(-PAGE));
  document.getElementById("next").addEventListener("click", () => page(PAGE));
}

function page(delta) {
  state.offset = Math.max(0, state.offset + delta);
  writeUrl();
  refresh();
}

async function loadActors() {
  try {
    const actors = await api("actors", { limit: 300 });
    const list = document.getElementById("actor-list");
    list.replaceChildren(...actors.items.map((a) => new Option(`${a.name || a.key} · ${a.events} events`, a.key)));
  } catch (err) {
    banner(err.message);
  }
}

function start() {
  if (!window.d3 || !window.topojson) {
    banner("The page's libraries are missing: run `bash scripts/setup.sh` (npm ci in src/sitrep/web), then reload.");
    return;
  }
  readUrl();
  buildViews();
  wireForm();
  window.addEventListener("popstate", () => { readUrl(); refresh(); });
  window.addEventListener("resize", debounce(() => refresh(), 250));
  loadActors();
  refresh();
}

function debounce(fn, ms) {
  let t;
  return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };
}

start();
