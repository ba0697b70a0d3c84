// The map: Natural Earth country outlines (npm world-atlas) and the places of the filtered events,
// clustered in screen space when they crowd. Click: a single event opens; else filter to the area.
import { groups, quadColor, typeColor } from "./colors.js";

const COARSE = new Set(["country", "admin1", "region"]);
const CLUSTER_PX = 16;

export function createMap(el, { onPick, onSelect }) {
  const svg = d3.select(el).append("svg").attr("class", "map-svg").attr("role", "img").attr("aria-label", "map of events");
  const ocean = svg.append("rect").attr("class", "ocean");
  const land = svg.append("g").attr("class", "land");
  const dots = svg.append("g").attr("class", "dots");
  const ring = svg.append("g").attr("class", "ring");
  const projection = d3.geoMercator();
  const path = d3.geoPath(projection);
  const zoom = d3.zoom().scaleExtent([1, 600]).on("zoom", (e) => { transform = e.transform; draw(); });
  svg.call(zoom).on("dblclick.zoom", null);
  let transform = d3.zoomIdentity, places = [], color = "quad_class", marked = null, size = [0, 0];
  const world = fetch("/vendor/countries-50m.json").then((r) => r.json());

  function resize() {
    const w = el.clientWidth || 600, h = el.clientHeight || 360;
    if (w === size[0] && h === size[1]) return;
    size = [w, h];
    svg.attr("viewBox", `0 0 ${w} ${h}`);
    ocean.attr("width", w).attr("height", h);
    projection.fitSize([w, h], { type: "LineString", coordinates: [[-179, -58], [179, 78]] });
    world.then(drawLand);
  }

  function drawLand(topo) {
    const countries = topojson.feature(topo, topo.objects.countries).features;
    land.selectAll("path.country").data(countries).join("path").attr("class", "country").attr("d", path)
      .selectAll("title").data((d) => [d]).join("title").text((d) => d.properties.name);
    land.selectAll("path.borders").data([topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b)])
      .join("path").attr("class", "borders").attr("d", path);
  }

  function draw() {
    land.attr("transform", transform);
    const r = d3.scaleSqrt().domain([1, d3.max(places, (p) => p.events) || 1]).range([4, 22]);
    const clusters = clusterPlaces(places.map((p) => ({ ...p, xy: transform.apply(projection([p.lon, p.lat])) })));
    const g = dots.selectAll("g.cluster").data(clusters, (c) => c.key).join((enter) => {
      const g = enter.append("g").attr("class", "cluster");
      g.append("circle");
      g.append("text").attr("class", "count").attr("dy", "0.35em");
      g.append("text").attr("class", "label").attr("dy", "0.35em");
      g.append("title");
      return g;
    });
    g.attr("transform", (c) => `translate(${c.xy[0]},${c.xy[1]})`)
      .attr("data-events", (c) => c.events)
      .attr("data-place", (c) => c.places[0].name)
      .classed("coarse", (c) => c.coarse)
      .on("click", (e, c) => { e.stopPropagation(); pick(c); });
    g.select("circle").attr("r", (c) => r(c.events)).attr("fill", (c) => fill(c.places[0]))
      .attr("stroke", (c) => d3.color(fill(c.places[0])).darker(0.8));
    g.select("text.count").text((c) => (c.events > 1 && r(c.events) >= 8 ? c.events : ""));
    const named = new Set(clusters.slice(0, 8).map((c) => c.key));
    g.select("text.label").attr("x", (c) => r(c.events) + 3)
      .text((c) => (named.has(c.key) ? c.places[0].name + (c.places.length > 1 ? " …" : "") : ""));
    g.select("title").text(describe);
    drawRing();
  }

  function fill(place) {
    return color === "type" ? typeColor(place.top_type) : quadColor(place.top_quad_class);
  }

  function pick(c) {
    const main = c.places[0];
    if (c.places.length === 1 && main.events === 1) onSelect(main.event_ids[0]);
    else onPick(main, bboxOf(c.places));
  }

  function drawRing() {
    const loc = marked && marked.location;
    const data = loc && loc.lat != null ? [transform.apply(projection([loc.lon, loc.lat]))] : [];
    ring.selectAll("circle").data(data).join("circle").attr("r", 9).attr("cx", (d) => d[0]).attr("cy", (d) => d[1]);
  }

  function fit(items) {
    const [w, h] = size;
    const [[x0, y0], [x1, y1]] = extentOf(items).map((c) => projection(c));
    const k = Math.max(1, Math.min(600, 0.9 / Math.max((x1 - x0) / w, (y1 - y0) / h)));
    const t = d3.zoomIdentity.translate(w / 2, h / 2).scale(k).translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    svg.call(zoom.transform, t);
  }

  el.parentElement.querySelectorAll("[data-zoom]").forEach((b) => b.addEventListener("click", () => {
    if (b.dataset.zoom === "fit") fit(places);
    else svg.call(zoom.scaleBy, b.dataset.zoom === "in" ? 2 : 0.5);
  }));

  return {
    render(answer, opts) {
      places = answer.items;
      color = opts.color;
      resize();
      fit(places);
    },
    mark(record) {
      marked = record;
      drawRing();
    },
    legend(target, by) {
      const items = groups(by).map((g) => `<span class="key"><i style="background:${g.color}"></i>${g.label}</span>`);
      items.push('<span class="key"><i class="solid"></i>town, site</span><span class="key"><i class="hollow"></i>province, region, country</span>');
      target.innerHTML = items.join("");
    },
  };
}

function describe(c) {
  const names = c.places.slice(0, 4).map((p) => `${p.name || "?"}${p.country ? ` (${p.country})` : ""}: ${p.events}`);
  const more = c.places.length > 4 ? `\n… and ${c.places.length - 4} more places` : "";
  return `${names.join("\n")}${more}\n${c.events} event${c.events === 1 ? "" : "s"} · click to ${c.events === 1 ? "open it" : "filter to this area"}`;
}

// Greedy clustering on a grid: each place joins the first cluster within 2·CLUSTER_PX of it (biggest first).
function clusterPlaces(points) {
  const cell = CLUSTER_PX * 2, grid = new Map(), clusters = [];
  for (const p of points.sort((a, b) => b.events - a.events)) {
    const gx = Math.floor(p.xy[0] / cell), gy = Math.floor(p.xy[1] / cell);
    let home = null;
    for (let dx = -1; dx <= 1 && !home; dx++) {
      for (let dy = -1; dy <= 1 && !home; dy++) {
        for (const c of grid.get(`${gx + dx},${gy + dy}`) || []) {
          if ((c.xy[0] - p.xy[0]) ** 2 + (c.xy[1] - p.xy[1]) ** 2 < cell * cell) { home = c; break; }
        }
      }
    }
    if (home) {
      home.places.push(p);
      home.events += p.events;
      continue;
    }
    const c = { key: `${p.lat},${p.lon},${p.name}`, xy: p.xy, places: [p], events: p.events, coarse: COARSE.has(p.precision) };
    clusters.push(c);
    const k = `${gx},${gy}`;
    grid.set(k, [...(grid.get(k) || []), c]);
  }
  return clusters.sort((a, b) => b.events - a.events);
}

function bboxOf(places) {
  const pad = 0.05;
  const lons = places.map((p) => p.lon), lats = places.map((p) => p.lat);
  const clamp = (v, m) => Math.max(-m, Math.min(m, v));
  return [clamp(d3.min(lons) - pad, 180), clamp(d3.min(lats) - pad, 90), clamp(d3.max(lons) + pad, 180), clamp(d3.max(lats) + pad, 90)]
    .map((v) => +v.toFixed(4)).join(",");
}

// The area holding most of the events (weighted 10th–90th percentiles), padded; the world when empty.
function extentOf(places) {
  if (!places.length) return [[-170, 75], [170, -55]];
  const q = (key, p) => weightedQuantile(places, key, p);
  let [w, e, s, n] = [q("lon", 0.1), q("lon", 0.9), q("lat", 0.1), q("lat", 0.9)];
  const padLon = Math.max(2.5, (e - w) * 0.15), padLat = Math.max(2, (n - s) * 0.15);
  [w, e, s, n] = [w - padLon, e + padLon, s - padLat, n + padLat];
  return [[Math.max(w, -179), Math.min(n, 80)], [Math.min(e, 179), Math.max(s, -60)]];
}

function weightedQuantile(items, key, p) {
  const sorted = [...items].sort((a, b) => a[key] - b[key]);
  const total = d3.sum(sorted, (d) => d.events);
  let seen = 0;
  for (const d of sorted) {
    seen += d.events;
    if (seen >= p * total) return d[key];
  }
  return sorted[sorted.length - 1][key];
}
