#!/usr/bin/env python3
"""Gathers the seed corpus of each reader harness into CORPUS/<harness>/ from tests/fixtures, tests/fuzz/seeds
and small excerpts of the real files in ../shared/data (read, never copied into the repository).

The XLSX and ODS harnesses take a first byte that says which part of the workbook the rest is (see their
sources): their seeds are the parts of real workbooks, cut at a row boundary to stay under the input size.
"""
import argparse
import pathlib
import shutil
import subprocess
import sys
import tempfile
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = ROOT / "tests" / "fuzz" / "seeds"


def put(corpus, name, data, limit):
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / name).write_bytes(data[:limit])


def head_lines(path, lines):
    with open(path, "rb") as f:
        return b"".join(f.readline() for _ in range(lines))


def cut_xml(xml, closing, tail, limit):
    """The XML up to the last `closing` tag that fits in `limit`, closed again with `tail`."""
    if len(xml) <= limit:
        return xml
    end = xml.rfind(closing, 0, limit - len(tail))
    return xml if end < 0 else xml[: end + len(closing)] + tail


def csv_seeds(corpus, shared, limit):
    for folder in ("activities", "match", "reconcile", "analysis", "sites"):
        for path in sorted((FIXTURES / folder).glob("*.csv")):
            put(corpus, f"{folder}_{path.name}", path.read_bytes(), limit)
    for path in sorted((shared / "3w").glob("*/*.csv")):
        put(corpus, "shared_" + path.name, head_lines(path, 30), limit)


def workbook_seeds(corpus, workbooks, limit):
    for path in workbooks:
        if path.stat().st_size < limit:
            put(corpus, "raw_" + path.name, b"\x03" + path.read_bytes(), limit)
        with zipfile.ZipFile(path) as package:
            names = package.namelist()
            sheets = [n for n in names if n.startswith("xl/worksheets/sheet")]
            for sheet in sheets[:3]:
                xml = cut_xml(package.read(sheet), b"</row>", b"</sheetData></worksheet>", limit - 1)
                put(corpus, f"sheet_{path.stem}_{pathlib.Path(sheet).stem}", b"\x00" + xml, limit)
            if "xl/sharedStrings.xml" in names:
                xml = cut_xml(package.read("xl/sharedStrings.xml"), b"</si>", b"</sst>", limit - 1)
                put(corpus, f"strings_{path.stem}", b"\x01" + xml, limit)
            if "xl/workbook.xml" in names:
                put(corpus, f"workbook_{path.stem}", b"\x02" + package.read("xl/workbook.xml"), limit)


def ods_seeds(corpus, workbooks, limit):
    for path in workbooks:
        if path.stat().st_size < limit:
            put(corpus, "raw_" + path.name, b"\x02" + path.read_bytes(), limit)
        with zipfile.ZipFile(path) as package:
            xml = package.read("content.xml")
            xml = cut_xml(xml, b"</table:table-row>", b"</table:table></office:spreadsheet></office:body>"
                          b"</office:document-content>", limit - 1)
            put(corpus, "content_" + path.stem, b"\x00" + xml, limit)


def boundary_seeds(corpus, shared, limit):
    for path in sorted((SEEDS / "boundaries").glob("*")):
        put(corpus, path.name, path.read_bytes(), limit)
    source = shared / "boundaries" / "mli_cod_ab_ocha_itos_2017"
    if shutil.which("ogr2ogr") is None or not source.exists():
        return
    excerpts = {"adm3_djenne": ("mli_admbnda_adm3_gov_ocha", "admin2Pcod = 'ML0505'", "0.01"),
                "adm1": ("mli_admbnda_adm1_gov_ocha_itos", "1 = 1", "0.2"),
                "adm2_kayes": ("mli_admbnda_adm2_gov_ocha_itos", "admin1Pcod = 'ML01'", "0.05")}
    with tempfile.TemporaryDirectory() as scratch:
        for name, (layer, where, tolerance) in excerpts.items():
            target = pathlib.Path(scratch) / f"{name}.geojson"
            subprocess.run(["ogr2ogr", "-f", "GeoJSON", str(target), str(source / f"{layer}.shp"), "-where", where,
                            "-simplify", tolerance, "-lco", "COORDINATE_PRECISION=4"], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            put(corpus, name + ".geojson", target.read_bytes(), limit)


def table_seeds(corpus, paths, shared_paths, limit):
    for path in paths:
        put(corpus, f"{path.parent.name}_{path.name}", path.read_bytes(), limit)
    for path in shared_paths:
        if path.exists():
            put(corpus, "shared_" + path.name, head_lines(path, 40), limit)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=pathlib.Path, help="folder that gets one sub-folder per harness")
    parser.add_argument("--shared", type=pathlib.Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    corpus, shared = args.corpus, args.shared
    threew = shared / "3w" / "mli_ocha_3w_2023_12"

    csv_seeds(corpus / "fuzz_csv_table", shared, 16384)
    workbook_seeds(corpus / "fuzz_xlsx_table",
                   [FIXTURES / "activities" / "workbook.xlsx"] + sorted(threew.glob("*.xlsx")), 65536)
    ods_seeds(corpus / "fuzz_ods_table", [FIXTURES / "activities" / "workbook.ods"], 65536)
    boundary_seeds(corpus / "fuzz_boundaries", shared, 65536)
    table_seeds(corpus / "fuzz_aliases",
                [FIXTURES / "match" / "aliases.csv"] + sorted((SEEDS / "aliases").glob("*")), [], 4096)
    table_seeds(corpus / "fuzz_code_key",
                sorted((FIXTURES / "analysis").glob("*.csv")) + sorted((SEEDS / "code_key").glob("*")),
                [threew / "mli_3w_2023_12_Admin_sheet.csv"], 16384)
    deflate = corpus / "fuzz_run_deflate"
    put(deflate, "runs", bytes([0, 7]) + b"a" * 3000 + bytes(range(256)) * 8, 140000)
    put(deflate, "rows", bytes([2, 200]) + (FIXTURES / "activities" / "kobo_export.csv").read_bytes(), 140000)
    for harness in sorted(p.name for p in corpus.iterdir()):
        print(f"{harness}: {len(list((corpus / harness).iterdir()))} seeds")


if __name__ == "__main__":
    sys.exit(main())
