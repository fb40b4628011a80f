"""A world map as inline SVG, drawn at build time from Natural Earth shapes (world-atlas, 1:110m).

No tiles and no script: the map works offline and from a file share. Countries
are keyed by ISO 3166-1 alpha-2 code; each shape links to its jurisdiction page
when there is one and carries a tooltip with its name and status. A Europe inset
makes the small, densely researched European states readable; states too small
for the shapes are drawn as dots. Each regime has a pattern as well as a colour.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
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
    """How one country is drawn: fill colour, a pattern as a second cue, tooltip text and an optional link."""

    fill: str
    title: str
    href: str | None = None
    mark: str | None = None
    """A pattern drawn over the fill (``hatch``, ``cross``, ``dense``, ``dots``) so colour is not the only cue."""


# Marks on a 6 × 6 tile; scaled to the view so they read the same on the world map and the inset.
_MARKS = {
    "hatch": '<path d="M0,6L6,0" stroke="#000" stroke-opacity=".6" stroke-width=".9"/>',
    "cross": '<path d="M0,6L6,0M0,0L6,6" stroke="#000" stroke-opacity=".6" stroke-width=".8"/>',
    "dense": '<path d="M0,6L6,0M-3,3L3,-3M3,9L9,3M0,0L6,6" stroke="#000" stroke-opacity=".7" stroke-width=".9"/>',
    "dots": '<circle cx="3" cy="3" r="1.1" fill="#000" fill-opacity=".6"/>',
}
MARKS = tuple(_MARKS)
"""The pattern names a :class:`Shade` may use."""

EUROPE_VIEW = (-25.0, 72.0, 45.0, 34.0)
"""The inset's bounds: west, north, east, south (degrees)."""

# Researched or UN-member states too small for the 1:110m shapes, drawn as dots at about their centre.
SMALL_STATES: dict[str, tuple[float, float]] = {
    "AD": (1.6, 42.5), "AG": (-61.8, 17.1), "BB": (-59.5, 13.2), "BH": (50.6, 26.0), "CV": (-23.6, 15.1),
    "DM": (-61.4, 15.4), "FM": (158.2, 6.9), "GD": (-61.7, 12.1), "KI": (173.0, 1.4), "KM": (43.3, -11.7),
    "KN": (-62.7, 17.3), "LC": (-61.0, 13.9), "LI": (9.55, 47.15), "MC": (7.42, 43.74), "MH": (171.2, 7.1),
    "MT": (14.45, 35.9), "MU": (57.6, -20.3), "MV": (73.5, 4.2), "NR": (166.9, -0.5), "PW": (134.6, 7.5),
    "SC": (55.5, -4.7), "SG": (103.8, 1.35), "SM": (12.46, 43.94), "ST": (6.7, 0.3), "TO": (-175.2, -21.2),
    "TV": (179.2, -8.5), "VA": (12.45, 41.9), "VC": (-61.2, 13.2), "WS": (-172.1, -13.8), "XK": (20.9, 42.6),
}  # fmt: skip


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


def _defs(prefix: str, shades: list[Shade], scale: float) -> tuple[str, dict[tuple[str, str], str]]:
    """One pattern per (fill, mark) in use: the fill with the mark drawn over it."""
    ids: dict[tuple[str, str], str] = {}
    out = []
    for shade in shades:
        if shade.mark is None or (shade.fill, shade.mark) in ids:
            continue
        pid = f"{prefix}-{len(ids)}"
        ids[(shade.fill, shade.mark)] = pid
        size = 6 * scale
        out.append(
            f'<pattern id="{pid}" width="{size:g}" height="{size:g}" patternUnits="userSpaceOnUse">'
            f'<g transform="scale({scale:g})"><rect width="6" height="6" fill="{escape(shade.fill)}"/>'
            f"{_MARKS[shade.mark]}</g></pattern>"
        )
    return "<defs>" + "".join(out) + "</defs>", ids


def _paint(shade: Shade, ids: dict[tuple[str, str], str]) -> str:
    if shade.mark is None:
        return escape(shade.fill)
    return f"url(#{ids[(shade.fill, shade.mark)]})"


def _in_europe(code: str) -> bool:
    lon_lat = SMALL_STATES.get(code)
    if lon_lat is not None:
        west, north, east, south = EUROPE_VIEW
        return west <= lon_lat[0] <= east and south <= lon_lat[1] <= north
    return code in _european_codes()


@cache
def _european_codes() -> frozenset[str]:
    """Countries whose shapes lie mostly inside the inset's bounds (by their path's first point)."""
    west, north, east, south = EUROPE_VIEW
    (x0, y0), (x1, y1) = _project(west, north), _project(east, south)
    codes = set()
    for code, path in country_paths().items():
        xs = [float(v) for v in re.findall(r"[ML](-?[\d.]+),", path)]
        ys = [float(v) for v in re.findall(r",(-?[\d.]+)", path)]
        inside = sum(x0 <= x <= x1 and y0 <= y <= y1 for x, y in zip(xs, ys, strict=False))
        if inside * 2 > len(xs):
            codes.add(code)
    return frozenset(codes)


def _svg(
    shades: Mapping[str, Shade],
    default: Callable[[str], Shade],
    label: str,
    view: tuple[float, float, float, float],
    prefix: str,
    focusable: Callable[[str], bool],
) -> str:
    x, y, width, height = view
    scale = width / WIDTH
    codes = sorted(set(country_paths()) | set(SMALL_STATES))
    drawn = {code: shades.get(code) or default(code) for code in codes}
    defs, ids = _defs(prefix, list(drawn.values()), scale)
    out = [
        f'<svg class="lr-map" viewBox="{x:g} {y:g} {width:g} {height:g}" role="group" aria-label="{escape(label)}" '
        f'xmlns="http://www.w3.org/2000/svg">{defs}'
    ]
    for code in codes:
        shade = drawn[code]
        if code in country_paths():
            shape = f'<path d="{country_paths()[code]}" fill="{_paint(shade, ids)}" data-code="{code}">'
        else:
            cx, cy = _project(*SMALL_STATES[code])
            shape = (
                f'<circle class="lr-small" cx="{cx:g}" cy="{cy:g}" r="{2.6 * scale:g}" '
                f'fill="{_paint(shade, ids)}" data-code="{code}">'
            )
        shape += f"<title>{escape(shade.title)}</title></{'path' if code in country_paths() else 'circle'}>"
        if shade.href:
            tab = "" if focusable(code) else ' tabindex="-1"'
            shape = f'<a href="{escape(shade.href)}" aria-label="{escape(shade.title)}"{tab}>{shape}</a>'
        out.append(shape)
    out.append("</svg>")
    return "".join(out)


def render(shades: Mapping[str, Shade], default: Callable[[str], Shade], label: str) -> str:
    """The world and a Europe inset as accessible inline SVG, each country drawn per ``shades`` (else ``default``).

    Every European state is clickable in the inset, which is where keyboard focus goes for them: their
    shapes on the world map stay clickable but leave the tab order, so each state is one tab stop.
    """
    world = _svg(shades, default, label, (0.0, 0.0, WIDTH, HEIGHT), "lr-w", lambda c: not _in_europe(c))
    west, north, east, south = EUROPE_VIEW
    (x0, y0), (x1, y1) = _project(west, north), _project(east, south)
    europe = _svg(shades, default, f"{label}: Europe", (x0, y0, x1 - x0, y1 - y0), "lr-e", _in_europe)
    return (
        f'<div class="lr-map-world">{world}</div>'
        f'<div class="lr-map-europe"><p class="lr-map-caption">Europe</p>{europe}</div>'
    )


def swatch(shade: Shade, key: str) -> str:
    """A small legend square drawn like the map (fill and pattern)."""
    defs, ids = _defs(f"lr-l-{key}", [shade], 1.0)
    return (
        f'<svg class="lr-swatch" viewBox="0 0 12 12" aria-hidden="true">{defs}'
        f'<rect width="12" height="12" fill="{_paint(shade, ids)}" stroke="#555"/></svg>'
    )
