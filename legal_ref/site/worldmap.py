"""A world map as inline SVG, drawn at build time from Natural Earth shapes (world-atlas, 1:110m).

No tiles and no script: the map works offline and from a file share. Countries
are keyed by ISO 3166-1 alpha-2 code; each shape links to its jurisdiction page
when there is one and carries a tooltip with its name and status.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib import resources
from typing import Any

WIDTH, HEIGHT = 960.0, 470.0
# The shapes stop at about 85.6° S and 83.6° N; Antarctica is dropped, so the map spans 60° S to 84° N.
LAT_TOP, LAT_BOTTOM = 84.0, -60.0


@dataclass(frozen=True)
class Shade:
    """How one country is drawn: fill colour, tooltip text and an optional link."""

    fill: str
    title: str
    href: str | None = None


@cache
def _topology() -> dict[str, Any]:
    data = resources.files("legal_ref.site").joinpath("assets/countries-110m.json").read_text(encoding="utf-8")
    topology: dict[str, Any] = json.loads(data)
    return topology


@cache
def _numeric_to_alpha2() -> dict[str, str]:
    import pycountry

    return {c.numeric: c.alpha_2 for c in pycountry.countries}


def _decoded_arcs() -> list[list[tuple[float, float]]]:
    topology = _topology()
    (kx, ky), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # delta-encoded, quantised positions
            x, y = x + dx, y + dy
            points.append((x * kx + tx, y * ky + ty))
        arcs.append(points)
    return arcs


def _project(lon: float, lat: float) -> tuple[float, float]:
    """Equirectangular projection onto the SVG canvas."""
    px = (lon + 180.0) / 360.0 * WIDTH
    py = (LAT_TOP - lat) / (LAT_TOP - LAT_BOTTOM) * HEIGHT
    return round(px, 1), round(py, 1)


def _ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def _path(arcs: list[list[tuple[float, float]]], geometry: dict[str, Any]) -> str:
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    parts = []
    for polygon in polygons:
        for ring in polygon:
            points = _ring(arcs, ring)
            if all(lat < LAT_BOTTOM for _, lat in points):
                continue
            out, previous = "", None
            for lon, lat in points:
                x, y = _project(lon, lat)
                # A jump across the antimeridian starts a new subpath instead of a line across the map.
                jump = previous is not None and abs(lon - previous) > 180
                out += f"{'M' if not out or jump else 'L'}{x},{y}"
                previous = lon
            parts.append(out + "Z")
    return "".join(parts)


@cache
def country_paths() -> dict[str, str]:
    """SVG path data per alpha-2 code, for every country the 1:110m shapes include."""
    arcs = _decoded_arcs()
    codes = _numeric_to_alpha2()
    paths: dict[str, str] = {}
    for geometry in _topology()["objects"]["countries"]["geometries"]:
        code = codes.get(str(geometry.get("id", "")))
        if code and code != "AQ" and geometry.get("arcs"):
            paths[code] = _path(arcs, geometry)
    return paths


def render(shades: Mapping[str, Shade], default: Shade, label: str) -> str:
    """An accessible inline SVG of the world with each country drawn per ``shades`` (or ``default``)."""
    out = [
        f'<svg class="lr-map" viewBox="0 0 {WIDTH:g} {HEIGHT:g}" role="group" aria-label="{escape(label)}" '
        'xmlns="http://www.w3.org/2000/svg">'
    ]
    for code, path in sorted(country_paths().items()):
        shade = shades.get(code, default)
        shape = (
            f'<path d="{path}" fill="{escape(shade.fill)}" data-code="{code}">'
            f"<title>{escape(shade.title)}</title></path>"
        )
        if shade.href:
            shape = f'<a href="{escape(shade.href)}" aria-label="{escape(shade.title)}">{shape}</a>'
        out.append(shape)
    out.append("</svg>")
    return "".join(out)
