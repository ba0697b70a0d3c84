// The actor network: who acts on whom (edge width by event count), plus sponsor ("backs") and
// led-by ("leads") edges drawn dashed and dotted. Laid out once with d3-force (deterministic), then drawn.
import { sectorColor } from "./colors.js";

export function createNetwork(el, { onPick }) {
  const svg = d3.select(el).append("svg").attr("class", "network-svg");
  const defs = svg.append("defs");
  for (const kind of ["event", "sponsor", "led_by"]) {
    defs.append("marker").attr("id", `arrow-${kind}`).attr("viewBox", "0 -4 8 8").attr("refX", 8).attr("refY", 0)
      .attr("markerWidth", 6).attr("markerHeight", 6).attr("orient", "auto")
      .append("path").attr("d", "M0,-4L8,0L0,4").attr("class", `arrowhead ${kind}`);
  }
  const root = svg.append("g");

  function render(answer, { actor }) {
    const w = el.clientWidth || 500, h = el.clientHeight || 260;
    svg.attr("viewBox", `0 0 ${w} ${h}`);
    root.selectAll("*").remove();
    if (!answer.edges.length) {
      root.append("text").attr("class", "empty").attr("x", w / 2).attr("y", h / 2).text("no actor pairs in these events");
      return;
    }
    const nodes = answer.nodes.map((n) => ({ ...n }));
    const links = answer.edges.map((e) => ({ ...e }));
    const size = d3.scaleSqrt().domain([0, d3.max(nodes, (n) => n.events) || 1]).range([4, 16]);
    const width = d3.scaleLog().domain([1, d3.max(links, (l) => l.weight) || 1]).range([1, 7]).clamp(true);
    layout(nodes, links, w, h, size);

    const link = root.append("g").selectAll("path").data(links).join("path")
      .attr("class", (l) => `link ${l.kind}`)
      .attr("stroke-width", (l) => (l.kind === "event" ? width(l.weight) : 1.6))
      .attr("marker-end", (l) => `url(#arrow-${l.kind})`)
      .attr("d", (l) => arc(l, size));
    link.append("title").text(linkTitle);

    const node = root.append("g").selectAll("g").data(nodes).join("g")
      .attr("class", (n) => `node${actor && n.id.toLowerCase() === actor.toLowerCase() ? " current" : ""}`)
      .attr("data-actor", (n) => n.id)
      .attr("transform", (n) => `translate(${n.x},${n.y})`)
      .on("click", (e, n) => onPick(n.id));
    node.append("circle").attr("r", (n) => size(n.events)).attr("fill", (n) => sectorColor(n.sector));
    const labelled = new Set([...nodes].sort((a, b) => b.events - a.events).slice(0, 14).map((n) => n.id));
    node.filter((n) => labelled.has(n.id)).append("text").attr("dy", (n) => -size(n.events) - 3).text((n) => short(n));
    node.append("title").text((n) => `${n.name} [${n.id}]\n${n.as_source} as source · ${n.as_target} as target\nclick to filter to this actor`);
  }

  return { render };
}

function layout(nodes, links, w, h, size) {
  const sim = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((n) => n.id).distance(70).strength(0.35))
    .force("charge", d3.forceManyBody().strength(-260))
    .force("collide", d3.forceCollide((n) => size(n.events) + 12))
    .force("x", d3.forceX(w / 2).strength(0.04 * Math.min(1, h / w)))
    .force("y", d3.forceY(h / 2).strength(0.08))
    .randomSource(d3.randomLcg(42))
    .stop();
  sim.tick(300);
  const pad = 22;
  const xs = d3.extent(nodes, (n) => n.x), ys = d3.extent(nodes, (n) => n.y);
  const kx = (w - 2 * pad) / (xs[1] - xs[0] || 1), ky = (h - 2 * pad) / (ys[1] - ys[0] || 1);
  for (const n of nodes) {
    n.x = w / 2 + (n.x - (xs[0] + xs[1]) / 2) * Math.min(kx, 2.5);
    n.y = h / 2 + (n.y - (ys[0] + ys[1]) / 2) * Math.min(ky, 2.5);
  }
}

// A gently curved edge that stops at the target's circle, so the arrowhead shows.
function arc(l, size) {
  const { x: x1, y: y1 } = l.source, { x: x2, y: y2 } = l.target;
  const dx = x2 - x1, dy = y2 - y1, d = Math.hypot(dx, dy) || 1;
  const r = size(l.target.events) + 2;
  const ex = x2 - (dx / d) * r, ey = y2 - (dy / d) * r;
  const bend = l.kind === "event" ? 0.15 : -0.15;
  const mx = (x1 + ex) / 2 - dy * bend, my = (y1 + ey) / 2 + dx * bend;
  return `M${x1},${y1}Q${mx},${my} ${ex},${ey}`;
}

function linkTitle(l) {
  const s = l.source.name || l.source.id, t = l.target.name || l.target.id;
  if (l.kind === "sponsor") return `${l.source.id} backs ${t} (${l.weight} events)`;
  if (l.kind === "led_by") return `${l.source.id} leads ${t} (${l.weight} events)`;
  const types = Object.entries(l.types).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k.toLowerCase()} ${v}`).join(", ");
  return `${s} → ${t}: ${l.weight} events (${types}); mean Goldstein ${l.goldstein ?? "—"}`;
}

function short(n) {
  const name = n.id.length <= 14 ? n.id : (n.name || n.id);
  return name.length > 22 ? name.slice(0, 21) + "…" : name;
}
