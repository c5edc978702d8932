#!/bin/sh
# Installs the peers the benchmarks compare against (bench/README.md): QGIS with its Python bindings, from Debian.
# Idempotent: does nothing when they are already there. Needs root (or sudo) only when something is missing.
set -eu

PACKAGES="qgis python3-qgis"
# bench_points --with-peer: geopandas 0.12 with its spatial index (rtree), for bench/geopandas_points_peer.py
PACKAGES="$PACKAGES python3-geopandas python3-rtree"

missing=""
for package in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done

if [ -z "$missing" ]; then
    echo "bench peers already installed:$(for p in $PACKAGES; do printf ' %s' "$p"; done)"
else
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
        SUDO="sudo"
    fi
    echo "installing:$missing"
    # A stale package list fails the install: refresh it once and retry.
    if ! $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-upgrade $missing; then
        $SUDO apt-get update
        $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-upgrade $missing
    fi
fi

# PyQGIS lives in the system Python: check it imports (headless) with the interpreter the benchmarks use.
QT_QPA_PLATFORM=offscreen /usr/bin/python3 -c 'from qgis.core import Qgis; print("qgis_version=" + Qgis.version())'
# The geopandas peer of bench_points runs on the system Python too.
/usr/bin/python3 -c 'import geopandas; print("geopandas_version=" + geopandas.__version__)'
