"""What the two QGIS peers share: a headless Qt environment set before PyQGIS loads, the default data path,
the YlOrRd ramp of the count maps, the adm<N> shapefile of a COD-AB folder, and name=value output."""

import glob
import os
import shutil
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
RUNTIME_DIR = None
if "XDG_RUNTIME_DIR" not in os.environ:  # Qt wants a private (0700) runtime folder, even headless
    RUNTIME_DIR = tempfile.mkdtemp(prefix="qgis-runtime-")
    os.environ["XDG_RUNTIME_DIR"] = RUNTIME_DIR

from qgis.core import QgsGradientColorRamp, QgsGradientStop  # noqa: E402  (after the environment above)
from qgis.PyQt.QtGui import QColor  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_BOUNDARIES = os.path.normpath(
    os.path.join(HERE, "..", "..", "shared", "data", "boundaries", "mli_cod_ab_ocha_itos_2017"))
# ColorBrewer YlOrRd, 5 classes: the same sequential ramp a Couverture count map uses.
YLORRD_5 = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"]


def figure(name, value):
    if isinstance(value, float):
        print(f"{name}={value:.1f}", flush=True)
    else:
        print(f"{name}={value}", flush=True)


def shapefile(boundaries, level):
    """The adm<level> shapefile: the path itself when it is a file, or the one *adm<level>*.shp in a folder."""
    if os.path.isdir(boundaries):
        found = sorted(glob.glob(os.path.join(boundaries, f"*adm{level}*.shp")))
        if not found:
            sys.exit(f"{boundaries}: no *adm{level}*.shp in this folder")
        return found[0]
    if level == 3:
        return boundaries
    sys.exit("--boundaries must be the folder holding the COD-AB shapefiles")


def ylorrd_ramp():
    stops = [QgsGradientStop(i / (len(YLORRD_5) - 1), QColor(c)) for i, c in enumerate(YLORRD_5[1:-1], start=1)]
    return QgsGradientColorRamp(QColor(YLORRD_5[0]), QColor(YLORRD_5[-1]), False, stops)


def cleanup():
    if RUNTIME_DIR:
        shutil.rmtree(RUNTIME_DIR, ignore_errors=True)
