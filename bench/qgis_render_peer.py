#!/usr/bin/python3
"""The QGIS peer of bench_render: the 701 Mali communes as a 5-class quantile choropleth, rendered headless by
PyQGIS (QgsMapRendererParallelJob) to a 2000x2000 PNG, several times; prints name=value lines, among them
qgis_render_ms_median (render + PNG save, the figure bench_render compares against).

Run with the system Python that has PyQGIS (scripts/install_bench_peers.sh installs it):
    /usr/bin/python3 bench/qgis_render_peer.py --boundaries ../shared/data/boundaries/mli_cod_ab_ocha_itos_2017
"""

import argparse
import os
import statistics
import sys
import tempfile
import time

# The shared module sets the headless environment; it must come before any qgis import.
from qgis_peer_common import DEFAULT_BOUNDARIES, cleanup, figure, shapefile, ylorrd_ramp

from qgis.core import (  # noqa: E402
    Qgis,
    QgsApplication,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsVectorLayer,
    QgsVectorLayerJoinInfo,
    QgsVectorSimplifyMethod,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

# ColorBrewer YlOrRd, 5 classes: the same sequential ramp a Couverture count map uses.
KEEP_ALIVE = []


def load_layer(path, values_csv, in_memory):
    layer = QgsVectorLayer(path, "communes", "ogr")
    if not layer.isValid():
        sys.exit(f"{path}: QGIS cannot open this layer")
    field = "Shape_Area"
    if values_csv:
        uri = f"file://{os.path.abspath(values_csv)}?delimiter=,&detectTypes=yes&geomType=none"
        values = QgsVectorLayer(uri, "values", "delimitedtext")
        if not values.isValid():
            sys.exit(f"{values_csv}: QGIS cannot read this CSV (columns pcode,value)")
        join = QgsVectorLayerJoinInfo()
        join.setJoinLayer(values)
        join.setJoinFieldName("pcode")
        join.setTargetFieldName("admin3Pcod")
        join.setJoinFieldNamesSubset(["value"])
        join.setPrefix("joined_")
        join.setUsingMemoryCache(True)
        layer.addJoin(join)
        field = "joined_value"
        KEEP_ALIVE.append(values)  # the join needs its layer for as long as the target lives
    if in_memory:
        layer = layer.materialize(QgsFeatureRequest())
    return layer, field


def style(layer, field, classes):
    renderer = QgsGraduatedSymbolRenderer(field)
    symbol = QgsFillSymbol.createSimple({"color": "#cccccc", "outline_color": "#ffffff",
                                         "outline_width": "0.1", "outline_width_unit": "MM"})
    renderer.setSourceSymbol(symbol)
    renderer.setClassificationMethod(QgsApplication.classificationMethodRegistry().method("Quantile"))
    renderer.updateClasses(layer, classes)
    renderer.updateColorRamp(ylorrd_ramp())
    layer.setRenderer(renderer)
    return len(renderer.ranges())


def map_settings(layer, size):
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputSize(QSize(size, size))
    settings.setExtent(layer.extent())
    settings.setBackgroundColor(QColor("white"))
    settings.setFlag(QgsMapSettings.Antialiasing, True)  # the default, stated
    return settings


def render_once(settings, output):
    start = time.perf_counter()
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    rendered = time.perf_counter()
    if not image.save(output, "PNG"):
        sys.exit(f"{output}: cannot save the PNG")
    saved = time.perf_counter()
    return (rendered - start) * 1000.0, (saved - start) * 1000.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--boundaries", default=DEFAULT_BOUNDARIES,
                        help="folder of the COD-AB shapefiles, or the adm3 .shp")
    parser.add_argument("--values", help="CSV with columns pcode,value joined on admin3Pcod (else Shape_Area)")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--classes", type=int, default=5)
    parser.add_argument("--memory", action="store_true",
                        help="copy the layer into a memory layer first (no file reading while rendering)")
    parser.add_argument("--no-simplify", action="store_true",
                        help="turn off QGIS's on-the-fly simplification (on by default: 1 pixel threshold)")
    parser.add_argument("--output", help="PNG path (default: a temporary file, removed at the end)")
    args = parser.parse_args()

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()

    path = shapefile(args.boundaries, 3)
    layer, field = load_layer(path, args.values, args.memory)
    class_count = style(layer, field, args.classes)
    if args.no_simplify:
        method = QgsVectorSimplifyMethod()
        method.setSimplifyHints(QgsVectorSimplifyMethod.NoSimplification)
        layer.setSimplifyMethod(method)
    settings = map_settings(layer, args.size)

    output = args.output
    temporary = None
    if not output:
        handle, temporary = tempfile.mkstemp(prefix="qgis_render_peer_", suffix=".png")
        os.close(handle)
        output = temporary

    for _ in range(args.warmup):
        render_once(settings, output)
    render_only, with_save = [], []
    for _ in range(args.runs):
        only, saved = render_once(settings, output)
        render_only.append(only)
        with_save.append(saved)

    figure("qgis_version", Qgis.version())
    figure("qgis_features", layer.featureCount())
    figure("qgis_classes", class_count)
    figure("qgis_field", field)
    figure("qgis_layer", "memory" if args.memory else "ogr")
    figure("qgis_simplify", "off" if args.no_simplify else "on")
    figure("qgis_png_bytes", os.path.getsize(output))
    figure("qgis_runs", args.runs)
    figure("qgis_render_only_ms_median", statistics.median(render_only))
    figure("qgis_render_ms_min", min(with_save))
    figure("qgis_render_ms_median", statistics.median(with_save))

    if temporary:
        os.remove(temporary)
    cleanup()
    sys.stdout.flush()
    # exitQgis() tears down providers and sometimes crashes headless; the figures are out, leave quietly.
    os._exit(0)


if __name__ == "__main__":
    main()
