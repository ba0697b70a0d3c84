// The event table: one page of the filtered events. Date, type, Goldstein and confidence sort on the
// server (across all pages); status, actors, place and trigger sort the page shown.
import { eventColor } from "./colors.js";

const CELLS = {
  date: (r) => r.date || "",
  type: (r) => r.event_type,
  status: (r) => r.status,
  source: (r) => actorName(r.source),
  target: (r) => actorName(r.target),
  place: (r) => (r.location ? r.location.name || r.location.text : ""),
  trigger: (r) => r.evidence.trigger,
  goldstein: (r) => r.goldstein,
  confidence: (r) => r.confidence,
};

function actorName(a) {
  if (!a) return "";
  const code = a.actor_id || a.country;
  return code ? `${a.text} · ${code}` : a.text;
}

export function createTable(table, { onSelect, onSort }) {
  const body = table.querySelector("tbody");
  let rows = [], localSort = null, color = "quad_class", serverSort = "date", selected = null;

  for (const th of table.querySelectorAll("th[data-sort]")) {
    th.addEventListener("click", () => {
      const key = th.dataset.sort;
      if (th.hasAttribute("data-server")) {
        localSort = null;
        onSort(serverSort === key ? `-${key}` : key);
      } else {
        localSort = localSort && localSort.key === key ? { key, dir: -localSort.dir } : { key, dir: 1 };
        draw();
      }
    });
  }

  function draw() {
    let shown = rows;
    if (localSort) {
      const get = CELLS[localSort.key];
      shown = [...rows].sort((a, b) => localSort.dir * String(get(a) ?? "").localeCompare(String(get(b) ?? "")));
    }
    const sortKey = localSort ? localSort.key : serverSort.replace(/^-/, "");
    const desc = localSort ? localSort.dir < 0 : serverSort.startsWith("-");
    for (const th of table.querySelectorAll("th[data-sort]")) {
      th.classList.toggle("sorted", th.dataset.sort === sortKey);
      th.classList.toggle("desc", th.dataset.sort === sortKey && desc);
    }
    body.replaceChildren(...shown.map(row));
    if (!shown.length) body.innerHTML = '<tr><td colspan="9" class="empty">no events match these filters</td></tr>';
  }

  function row(r) {
    const tr = document.createElement("tr");
    tr.dataset.event = r.event_id;
    tr.tabIndex = 0;
    tr.classList.toggle("selected", r.event_id === selected);
    tr.style.setProperty("--event-color", eventColor(color, r));
    for (const [key, get] of Object.entries(CELLS)) {
      const td = document.createElement("td");
      const value = get(r);
      td.textContent = value === null || value === undefined ? "—" : value;
      td.className = key;
      if (key === "type") td.textContent = `${r.event_type.toLowerCase()}${r.mode ? ` · ${r.mode}` : ""}`;
      if (key === "status") td.classList.add(`status-${r.status}`);
      if (key === "goldstein" || key === "confidence") td.classList.add("num");
      tr.append(td);
    }
    tr.addEventListener("click", () => onSelect(r.event_id));
    tr.addEventListener("keydown", (e) => { if (e.key === "Enter") onSelect(r.event_id); });
    return tr;
  }

  return {
    render(answer, opts) {
      rows = answer.items;
      color = opts.color;
      serverSort = opts.sort;
      selected = opts.selected;
      draw();
    },
    highlight(id) {
      selected = id;
      for (const tr of body.querySelectorAll("tr[data-event]")) tr.classList.toggle("selected", tr.dataset.event === id);
    },
  };
}
