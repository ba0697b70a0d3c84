// Colours and labels shared by the map, timeline, network and table.
export const QUADS = {
  1: { name: "verbal cooperation", color: "#6aa84f" },
  2: { name: "material cooperation", color: "#2f7d5b" },
  3: { name: "verbal conflict", color: "#e3a12f" },
  4: { name: "material conflict", color: "#c0392b" },
};
export const TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
];
const TYPE_COLORS = [
  "#2e7d32", "#7cb342", "#9e9d24", "#26a69a", "#00796b", "#0288d1", "#4fc3f7", "#7986cb",
  "#ffb300", "#fb8c00", "#f4511e", "#ab47bc", "#8d6e63", "#5d4037", "#e57373", "#b71c1c",
];
export const STATUSES = ["asserted", "reported", "claimed", "denied", "negated", "planned", "hypothetical", "conditional"];

export function typeColor(type) {
  const i = TYPES.indexOf(type);
  return i >= 0 ? TYPE_COLORS[i] : "#888";
}

export function quadColor(q) {
  return (QUADS[q] || { color: "#888" }).color;
}

// The groups a chart stacks or colours by: [{key, label, color}] in a fixed order.
export function groups(by) {
  if (by === "type") return TYPES.map((t) => ({ key: t, label: t.toLowerCase(), color: typeColor(t) }));
  return Object.entries(QUADS).map(([k, v]) => ({ key: k, label: v.name, color: v.color }));
}

export function eventColor(by, record) {
  return by === "type" ? typeColor(record.event_type) : quadColor(record.quad_class);
}

const SECTORS = {
  GOV: "#3465a4", MIL: "#204a87", COP: "#4e6a8a", SPY: "#5c3566", JUD: "#6b7b8c", LEG: "#6b7b8c",
  REB: "#c0392b", UAF: "#e67e22", IGO: "#16a085", NGO: "#27ae60", CVL: "#95a5a6", MED: "#8e44ad",
  JRN: "#8e44ad", OPP: "#d35400", PTY: "#7f8c8d", REL: "#a0522d", BUS: "#b8860b",
};
export function sectorColor(sector) {
  return SECTORS[sector] || "#7a8793";
}
