#!/usr/bin/env python3
"""An installed copy of Couverture, moved to another folder, works on its own files, not the source tree's.

Installs the build (`cmake --install`) into a temporary prefix, moves the prefix elsewhere, and runs the moved
command line as a user would:
  1. `couverture map` of the real boundaries and a 3W writes its PNG (exit 0);
  2. with the moved copy's styles/default.json spoilt, the same command fails naming that file (so the style
     came from the installed copy, not from the source tree that is still on disk);
  3. likewise with the moved copy's data/sectors.csv (the project's data: sectors, display names, neighbours);
  4. the moved copy holds the desktop entry, the icon, the MIME type and the default project.
Prints one line per step and exits 1 on the first failure.

usage: installed_copy.py --build DIR --boundaries PATH --activities FILE
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile


def run_map(program, boundaries, activities, out):
    return subprocess.run([program, "map", "--boundaries", boundaries, "--activities", activities, "--out", out,
                           "--format", "png"], capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, COUVERTURE_STYLES_DIR="", COUVERTURE_DATA_DIR="", LANG="C.UTF-8"))


def spoilt_copy_fails(program, path, boundaries, activities, out):
    """The map fails, naming `path`, while `path` is spoilt; the file is put back afterwards."""
    with open(path, "rb") as kept_file:
        kept = kept_file.read()
    try:
        with open(path, "wb") as spoilt:
            spoilt.write(b"\x00 not what this file should hold\n")
        result = run_map(program, boundaries, activities, out)
    finally:
        with open(path, "wb") as restored:
            restored.write(kept)
    said = result.stdout + result.stderr
    return result.returncode != 0 and path in said, result.returncode, said.strip().splitlines()[-1:]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", required=True)
    parser.add_argument("--boundaries", required=True)
    parser.add_argument("--activities", required=True)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="couverture-installed-")
    try:
        subprocess.run(["cmake", "--install", args.build, "--prefix", os.path.join(work, "first")], check=True,
                       capture_output=True)
        moved = os.path.join(work, "elsewhere", "Couverture")
        os.makedirs(os.path.dirname(moved))
        shutil.move(os.path.join(work, "first"), moved)
        program = os.path.join(moved, "bin", "couverture")
        share = os.path.join(moved, "share")
        failures = 0

        result = run_map(program, args.boundaries, args.activities, os.path.join(work, "out"))
        pngs = [f for f in os.listdir(os.path.join(work, "out")) if f.endswith(".png")] \
            if os.path.isdir(os.path.join(work, "out")) else []
        ok = result.returncode == 0 and len(pngs) == 1
        failures += 0 if ok else 1
        print(f"{'ok' if ok else 'FAIL'}: the moved copy draws the map (exit {result.returncode}, {len(pngs)} PNG)")

        for relative in ("couverture/styles/default.json", "couverture/data/sectors.csv"):
            path = os.path.join(share, relative)
            ok, code, said = spoilt_copy_fails(program, path, args.boundaries, args.activities,
                                               os.path.join(work, "spoilt"))
            failures += 0 if ok else 1
            print(f"{'ok' if ok else 'FAIL'}: the moved copy reads its own {relative} (exit {code}: {said})")

        expected = ["applications/couverture.desktop", "icons/hicolor/scalable/apps/couverture.svg",
                    "mime/packages/couverture.xml", "couverture/default.couverture",
                    "couverture/data/display_names.csv", "couverture/data/natural_earth_west_africa.geojson"]
        missing = [f for f in expected if not os.path.isfile(os.path.join(share, f))]
        failures += 1 if missing else 0
        print(f"{'FAIL' if missing else 'ok'}: desktop entry, icon, MIME type, default project and data installed"
              + (f" (missing: {', '.join(missing)})" if missing else ""))
        return 1 if failures else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
