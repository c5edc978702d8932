#!/usr/bin/python3
"""The geopandas peer of bench_points: the same villages and jittered points assigned to the same communes.

geopandas 0.12 (Debian's python3-geopandas, with python3-rtree; scripts/install_bench_peers.sh installs them).
Each point gets the commune whose polygon it intersects (a point on a shared edge may get two, as geopandas
returns every match; the count of points assigned counts each point once). The points are read from the binary
file bench_points writes (little-endian float64 lon, lat pairs), so both sides place exactly the same points.
Prints geopandas_* name=value lines; the million-point figure is measured on --peer-points points and scaled
(geopandas' sjoin time grows linearly with the points: it queries the polygons' tree once per point).
"""
import argparse
import glob
import os
import sys
import time

import numpy as np
import geopandas as gpd


def commune_layer(boundaries):
    if os.path.isdir(boundaries):
        found = sorted(glob.glob(os.path.join(boundaries, "*adm3*.shp")))
        if not found:
            sys.exit("no *adm3*.shp in " + boundaries)
        boundaries = found[0]
    return gpd.read_file(boundaries)[["geometry"]].to_crs("EPSG:4326")


def assign(communes, lon, lat):
    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")
    joined = gpd.sjoin(points, communes, how="left", predicate="intersects")
    return joined


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--boundaries", required=True)
    parser.add_argument("--gazetteer", required=True)
    parser.add_argument("--points-file", required=True)
    parser.add_argument("--peer-points", type=int, default=200000)
    args = parser.parse_args()

    print("geopandas_version=" + gpd.__version__)
    communes = commune_layer(args.boundaries)
    villages = gpd.pd.read_csv(args.gazetteer, usecols=["longitude", "latitude"])

    start = time.perf_counter()
    joined = assign(communes, villages["longitude"].to_numpy(), villages["latitude"].to_numpy())
    villages_s = time.perf_counter() - start
    print("geopandas_villages=%d" % len(villages))
    print("geopandas_villages_outside=%d" % joined["index_right"].isna().sum())
    print("geopandas_villages_s=%.3f" % villages_s)

    coords = np.fromfile(args.points_file, dtype="<f8").reshape(-1, 2)
    sample = coords[: min(args.peer_points, len(coords))]
    start = time.perf_counter()
    joined = assign(communes, sample[:, 0], sample[:, 1])
    points_s = time.perf_counter() - start
    outside = joined["index_right"].isna().groupby(level=0).all().sum()
    print("geopandas_points=%d" % len(sample))
    print("geopandas_points_outside=%d" % outside)
    print("geopandas_points_s=%.3f" % points_s)
    print("geopandas_points_s_per_million=%.3f" % (points_s * 1e6 / len(sample)))


if __name__ == "__main__":
    main()
