// The timeline: events per period stacked by quad class or type, the mean Goldstein score as a line,
// and a brush whose range becomes the date filter of every other view.
import { groups } from "./colors.js";

const STEP = { day: d3.utcDay, week: d3.utcMonday, month: d3.utcMonth, year: d3.utcYear };
const iso = d3.utcFormat("%Y-%m-%d");
const parse = d3.utcParse("%Y-%m-%d");

export function createTimeline(el, { onBrush }) {
  const svg = d3.select(el).append("svg").attr("class", "timeline-svg");
  const margin = { top: 10, right: 34, bottom: 22, left: 36 };

  function render(answer, { color, since, until }) {
    const w = el.clientWidth || 600, h = el.clientHeight || 200;
    svg.attr("viewBox", `0 0 ${w} ${h}`).selectAll("*").remove();
    const step = STEP[answer.interval];
    const buckets = answer.buckets.map((b) => ({ ...b, t0: parse(b.start), t1: step.offset(parse(b.start), 1) }));
    if (!buckets.length) {
      svg.append("text").attr("class", "empty").attr("x", w / 2).attr("y", h / 2).text("no dated events");
      return;
    }
    const domain = coreDomain(buckets, step, since, until);
    const shown = buckets.filter((b) => b.t1 > domain[0] && b.t0 < domain[1]);
    const x = d3.scaleUtc().domain(domain).range([margin.left, w - margin.right]);
    const keys = groups(color).filter((g) => shown.some((b) => b.groups[g.key]));
    const stacked = d3.stack().keys(keys.map((k) => k.key)).value((b, k) => (b.groups[k] ? b.groups[k].count : 0))(shown);
    const y = d3.scaleLinear().domain([0, d3.max(shown, (b) => b.total) || 1]).nice().range([h - margin.bottom, margin.top]);
    const g2 = d3.scaleLinear().domain([-10, 10]).range([h - margin.bottom, margin.top]);
    const colorOf = new Map(keys.map((k) => [k.key, k]));

    svg.append("g").attr("class", "layers").selectAll("g").data(stacked).join("g")
      .attr("fill", (s) => colorOf.get(s.key).color)
      .selectAll("rect").data((s) => s.map((d) => Object.assign(d, { key: s.key }))).join("rect")
      .attr("x", (d) => x(d.data.t0) + 0.5)
      .attr("width", (d) => Math.max(1, x(d.data.t1) - x(d.data.t0) - 1))
      .attr("y", (d) => y(d[1]))
      .attr("height", (d) => Math.max(0, y(d[0]) - y(d[1])))
      .append("title").text((d) => `${d.data.start} · ${colorOf.get(d.key).label}: ${d.data.groups[d.key]?.count || 0}`);

    const solid = Math.max(2, 0.04 * (d3.max(shown, (b) => b.total) || 0));
    const points = withGaps(shown.filter((b) => b.goldstein !== null && b.total >= solid), step);
    const line = d3.line().curve(d3.curveMonotoneX).defined((b) => !b.gap).x((b) => (x(b.t0) + x(b.t1)) / 2).y((b) => g2(b.goldstein));
    svg.append("line").attr("class", "zero").attr("x1", margin.left).attr("x2", w - margin.right).attr("y1", g2(0)).attr("y2", g2(0));
    svg.append("path").attr("class", "goldstein").attr("d", line(points));
    svg.append("g").selectAll("circle").data(points.filter((b) => !b.gap)).join("circle").attr("class", "goldstein-dot")
      .attr("r", 2).attr("cx", (b) => (x(b.t0) + x(b.t1)) / 2).attr("cy", (b) => g2(b.goldstein))
      .append("title").text((b) => `${b.start}: mean Goldstein ${b.goldstein} over ${b.total} events`);
    svg.append("g").attr("class", "axis").attr("transform", `translate(0,${h - margin.bottom})`)
      .call(d3.axisBottom(x).ticks(Math.max(2, w / 110)).tickSizeOuter(0));
    svg.append("g").attr("class", "axis").attr("transform", `translate(${margin.left},0)`)
      .call(d3.axisLeft(y).ticks(4).tickSizeOuter(0));
    svg.append("g").attr("class", "axis goldstein-axis").attr("transform", `translate(${w - margin.right},0)`)
      .call(d3.axisRight(g2).tickValues([-10, 0, 10]).tickSizeOuter(0));

    const hidden = d3.sum(buckets, (b) => b.total) - d3.sum(shown, (b) => b.total) + answer.undated;
    if (hidden) {
      svg.append("text").attr("class", "note").attr("x", w - margin.right - 4).attr("y", margin.top + 8)
        .attr("text-anchor", "end").text(`${hidden} undated or far-off events not shown`);
    }
    addBrush(x, w, h, since, until);
  }

  function addBrush(x, w, h, since, until) {
    const brush = d3.brushX().extent([[margin.left, margin.top], [w - margin.right, h - margin.bottom]])
      .on("end", (e) => {
        if (!e.sourceEvent) return;
        if (!e.selection) { onBrush(null, null); return; }
        const [a, b] = e.selection.map(x.invert);
        onBrush(iso(d3.utcDay.floor(a)), iso(d3.utcDay.offset(d3.utcDay.ceil(b), -1)));
      });
    const gb = svg.append("g").attr("class", "brush").call(brush);
    if (since || until) {
      const [lo, hi] = x.domain();
      const a = since ? parse(since) : lo, b = until ? d3.utcDay.offset(parse(until), 1) : hi;
      gb.call(brush.move, [Math.max(x(a), x.range()[0]), Math.min(x(b), x.range()[1])]);
    }
  }

  return { render };
}

// A gap marker between buckets that are not next to each other, so the line does not bridge quiet periods.
function withGaps(buckets, step) {
  const out = [];
  for (const b of buckets) {
    if (out.length && step.offset(out[out.length - 1].t0, 1) < b.t0) out.push({ gap: true });
    out.push(b);
  }
  return out;
}

// The span holding all but the earliest 3% and the latest 0.5% of events (stray old or future dates), widened to show the brushed range.
function coreDomain(buckets, step, since, until) {
  const total = d3.sum(buckets, (b) => b.total);
  let seen = 0, lo = null, hi = null;
  for (const b of buckets) {
    seen += b.total;
    if (lo === null && seen > total * 0.03) lo = b.t0;
    if (hi === null && seen >= total * 0.995) hi = b.t1;
  }
  lo = step.offset(lo || buckets[0].t0, -1);
  hi = step.offset(hi || buckets[buckets.length - 1].t1, 1);
  if (since && parse(since) < lo) lo = parse(since);
  if (until && parse(until) > hi) hi = d3.utcDay.offset(parse(until), 1);
  return [lo, hi];
}
