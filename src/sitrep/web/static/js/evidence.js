// The evidence panel: the event in words (status and attribution spelled out), then the article with
// the sentence, trigger, actors and place highlighted. Everything from the store goes in as text, never HTML.
import { QUADS, eventColor } from "./colors.js";

const KINDS = {
  trigger: "trigger", source: "source", target: "target", place: "place",
  attributed_to: "reported by", denied_by: "denied by",
};

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") el.className = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

export function clearEvidence() {
  const el = document.getElementById("evidence");
  el.replaceChildren(h("p", { class: "empty" }, "Pick an event in the table, on the map or in the network to see why it was coded."));
}

export function showEvidence(el, { event: r, evidence, document: doc }, { onActor }) {
  const badge = h("span", { class: "badge" }, r.event_type);
  badge.style.background = eventColor("type", r);
  const quad = QUADS[r.quad_class];
  const head = h("div", { class: "ev-head" }, badge,
    h("span", {}, [r.mode, r.cameo && `CAMEO ${r.cameo}`, r.goldstein !== null && `Goldstein ${r.goldstein}`, quad && quad.name]
      .filter(Boolean).join(" · ")));
  const status = h("p", { class: `ev-status status-${r.status}`, "data-status": r.status }, capitalise(evidence.status_text));
  const facts = h("dl", { class: "facts" },
    fact("Source", actor(r.source, onActor)),
    fact("Target", actor(r.target, onActor)),
    r.attributed_to && fact("Reported by", actor(r.attributed_to, onActor)),
    r.denied_by && fact("Denied by", actor(r.denied_by, onActor)),
    fact("When", when(r)),
    fact("Where", where(r.location)),
    (r.casualties.killed !== null || r.casualties.injured !== null) && fact("Casualties", casualties(r.casualties)),
    fact("Coded", `confidence ${r.confidence} · ${r.coder} · ${r.event_id}`),
  );
  const title = h("h3", {}, doc.title || doc.id);
  const meta = h("p", { class: "meta" }, [doc.source, doc.published && `published ${doc.published}`].filter(Boolean).join(" · "),
    " · ", h("a", { href: `/api/documents/${encodeURIComponent(doc.id)}`, target: "_blank", rel: "noopener" }, doc.id));
  const legend = h("p", { class: "marks-legend" }, "marked: ", h("mark", { class: "sentence" }, "sentence"), " ",
    ...Object.entries(KINDS).map(([k, label]) => [h("mark", { class: `m-${k}` }, label), " "]));
  const article = h("div", { class: "article" }, ...marked(doc.text || r.evidence.sentence, evidence.spans, doc.text ? 0 : r.evidence.start));
  el.replaceChildren(head, status, facts, title, meta, legend, article);
  const sentence = article.querySelector("mark.sentence");
  if (sentence) article.scrollTop = Math.max(0, sentence.offsetTop - article.clientHeight / 3);
}

function capitalise(s) {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

function fact(label, value) {
  return [h("dt", {}, label), h("dd", {}, value)];
}

function actor(a, onActor) {
  if (!a) return h("span", { class: "none" }, "—");
  const code = a.actor_id || a.country;
  const parts = [h("q", {}, a.text)];
  if (a.name && a.name !== a.text) parts.push(" → ", a.name);
  if (code) parts.push(" ", h("button", { type: "button", class: "code", title: "filter to this actor", onclick: () => onActor(code) }, code));
  if (a.sector) parts.push(h("span", { class: "sector" }, a.sector));
  if (a.sponsor) parts.push(h("span", { class: "tag sponsor" }, `backed by ${a.sponsor}`));
  if (a.led_by) parts.push(h("span", { class: "tag led_by" }, `led by ${a.led_by}`));
  return parts;
}

function when(r) {
  if (!r.date) return "—";
  const range = r.date_end ? `${r.date} to ${r.date_end}` : r.date;
  const how = r.date_precision === "publication" ? "the publication date" : `precision ${r.date_precision}`;
  return `${range} (${how}${r.date_text ? `, from “${r.date_text}”` : ""})`;
}

function where(loc) {
  if (!loc) return "—";
  const name = [loc.name || loc.text, loc.admin1, loc.country].filter(Boolean).join(", ");
  const at = loc.lat !== null ? `; ${loc.lat}, ${loc.lon}` : "";
  return [h("q", {}, loc.text), ` → ${name} (${loc.precision}${at})`];
}

function casualties(c) {
  return [c.killed !== null && `${c.killed} killed`, c.injured !== null && `${c.injured} injured`].filter(Boolean).join(", ");
}

// The text cut at every span edge; each piece marked with the innermost span covering it.
function marked(text, spans, base) {
  const edges = new Set([0, text.length]);
  const local = spans.map((s) => ({ ...s, start: s.start - base, end: s.end - base }))
    .filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  for (const s of local) { edges.add(s.start); edges.add(s.end); }
  const cuts = [...edges].sort((a, b) => a - b);
  const out = [];
  let sentenceMark = null;
  for (let i = 0; i < cuts.length - 1; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const over = local.filter((s) => s.start <= a && s.end >= b);
    const inSentence = over.some((s) => s.kind === "sentence");
    const inner = over.filter((s) => s.kind !== "sentence").sort((x, y) => (x.end - x.start) - (y.end - y.start))[0];
    const piece = text.slice(a, b);
    const node = inner ? h("mark", { class: `m-${inner.kind}`, title: KINDS[inner.kind] }, piece) : piece;
    if (inSentence) {
      if (!sentenceMark) { sentenceMark = h("mark", { class: "sentence" }); out.push(sentenceMark); }
      sentenceMark.append(node);
    } else {
      sentenceMark = null;
      out.push(node);
    }
  }
  return out;
}
