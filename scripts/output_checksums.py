#!/usr/bin/python3
"""Checksums of a command's outputs that survive a change of writer: CSV bytes as they are, XLSX cell by cell
(sheet names, values and their types, frozen panes, filters, column widths), GeoPackage rows (every table
of gpkg_contents read through SQLite, layer_styles' update_time left out). Usage: output_checksums.py FOLDER..."""
import hashlib, os, sqlite3, sys
import openpyxl

def xlsx_digest(path):
    h = hashlib.sha256()
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        h.update(repr((sheet.title, sheet.max_row, sheet.max_column, sheet.freeze_panes, sheet.auto_filter.ref)).encode())
        widths = sorted((k, round(v.width or 0, 2)) for k, v in sheet.column_dimensions.items())
        h.update(repr(widths).encode())
        for row in sheet.iter_rows():
            h.update(repr([(c.value, c.data_type) for c in row]).encode())
    return h.hexdigest()

def gpkg_digest(path):
    h = hashlib.sha256()
    db = sqlite3.connect(path)
    tables = [r[0] for r in db.execute("SELECT table_name FROM gpkg_contents ORDER BY table_name")]
    for t in tables:
        h.update(t.encode())
        columns = [r[1] for r in db.execute(f'PRAGMA table_info("{t}")') if r[1] != "update_time"]
        names = ", ".join(f'"{c}"' for c in columns)
        for row in db.execute(f'SELECT {names} FROM "{t}" ORDER BY 1'):
            h.update(repr(row).encode())
    return h.hexdigest()

for folder in sys.argv[1:]:
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.endswith(".xlsx"):
            d = xlsx_digest(path)
        elif name.endswith(".gpkg"):
            d = gpkg_digest(path)
        else:
            d = hashlib.sha256(open(path, "rb").read()).hexdigest()
        print(f"{d[:16]}  {os.path.basename(folder)}/{name}")
