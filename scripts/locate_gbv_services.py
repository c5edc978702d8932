#!/usr/bin/env python3
"""Locate the GBV service points of data/gbv_services.csv (fills lat, lon, adm3_pcode, adm3_name).

The curated columns (name, town, type, status, year, supported_by, located_how, gazetteer_pcode, source_*,
notes) are written by hand from the seed documents; this script only computes the location columns from the
shared data, so that they can be re-derived and checked:
  located_how = gazetteer_town                       lat/lon of the populated place `gazetteer_pcode`
              = gazetteer_town_commune_not_stated    same, but the text names only the town (Bamako): the
                                                     commune is the one the point falls in, not a stated one
              = commune_interior_point               the text names a commune only (Bamako's Commune III):
                                                     ST_PointOnSurface of its 2015 polygon (`adm3_pcode`)
adm3_pcode/adm3_name are always those of the 2015 commune polygon that contains the point (SQLite dialect of
ogrinfo, SpatiaLite), and the script stops if the gazetteer's own admin3 for the place disagrees.
Usage: python3 scripts/locate_gbv_services.py [../shared/data]   (rewrites data/gbv_services.csv in place)
"""
import csv, os, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "data")
places = os.path.join(shared, "places/mli_cod_populated_places_2015/mli_populated_places_cod_2015.csv")
adm3 = os.path.join(shared, "boundaries/mli_cod_ab_ocha_itos_2017/mli_admbnda_adm3_gov_ocha.shp")
table = os.path.join(root, "data", "gbv_services.csv")


def ogr_rows(sql):
    out = subprocess.run(["ogrinfo", "-ro", "-q", "-dialect", "SQLite", "-sql", sql, adm3],
                         check=True, capture_output=True, text=True).stdout
    rows, row = [], {}
    for line in out.splitlines():
        line = line.strip()
        if line.startswith("OGRFeature"):
            row = {}
            rows.append(row)
        elif " = " in line and "(" in line:
            key, value = line.split(" = ", 1)
            row[key.split(" ")[0]] = value
    return rows


def commune_at(lon, lat):
    found = ogr_rows(f"SELECT admin3Pcod, admin3Name FROM mli_admbnda_adm3_gov_ocha "
                     f"WHERE ST_Contains(geometry, MakePoint({lon}, {lat}, 4326))")
    if len(found) != 1:
        sys.exit(f"{lon},{lat}: in {len(found)} commune polygons")
    return found[0]["admin3Pcod"], found[0]["admin3Name"]


def interior_point(pcode):
    found = ogr_rows(f"SELECT ST_X(ST_PointOnSurface(geometry)) AS x, ST_Y(ST_PointOnSurface(geometry)) AS y "
                     f"FROM mli_admbnda_adm3_gov_ocha WHERE admin3Pcod = '{pcode}'")
    return float(found[0]["x"]), float(found[0]["y"])


gazetteer = {r["pcode"]: r for r in csv.DictReader(open(places, encoding="utf-8"))}
with open(table, encoding="utf-8", newline="") as f:
    rows = list(csv.reader(f))
header, hxl, data = rows[0], rows[1], rows[2:]
col = {name: i for i, name in enumerate(header)}
for row in data:
    how = row[col["located_how"]]
    if how.startswith("gazetteer_town"):
        place = gazetteer[row[col["gazetteer_pcode"]]]
        lon, lat = float(place["longitude"]), float(place["latitude"])
        pcode, name = commune_at(lon, lat)
        if pcode != place["admin3Pcod"]:
            sys.exit(f"{row[0]}: gazetteer says {place['admin3Pcod']}, polygon says {pcode}")
    elif how == "commune_interior_point":
        lon, lat = interior_point(row[col["adm3_pcode"]])
        pcode, name = commune_at(lon, lat)
    else:
        sys.exit(f"{row[0]}: unknown located_how {how!r}")
    row[col["lon"]], row[col["lat"]] = f"{lon:.6f}", f"{lat:.6f}"
    row[col["adm3_pcode"]], row[col["adm3_name"]] = pcode, name

temporary = table + ".tmp"
with open(temporary, "w", encoding="utf-8", newline="") as f:
    csv.writer(f, lineterminator="\r\n").writerows([header, hxl] + data)
os.replace(temporary, table)
print(f"{len(data)} service points located in {table}")
