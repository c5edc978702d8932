#!/usr/bin/python3
"""The QGIS peer of bench_atlas: a print-layout atlas over the 50 cercles of Mali, exported headless into one PDF.

Each A4 page: the communes as a 5-class quantile choropleth zoomed on the cercle, commune names, cercle outlines,
title, legend, scale bar, sources and disclaimer. Prints name=value lines, among them qgis_atlas_ms_per_page.

Run with the system Python that has PyQGIS (scripts/install_bench_peers.sh installs it):
    /usr/bin/python3 bench/qgis_atlas_peer.py --boundaries ../shared/data/boundaries/mli_cod_ab_ocha_itos_2017
"""

import argparse
import os
import sys
import tempfile
import time

# The shared module sets the headless environment; it must come before any qgis import.
from qgis_peer_common import DEFAULT_BOUNDARIES, cleanup, figure, shapefile, ylorrd_ramp

from qgis.core import (  # noqa: E402
    Qgis,
    QgsApplication,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsPalLayerSettings,
    QgsProject,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
    QgsSingleSymbolRenderer,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QFont  # noqa: E402

DISCLAIMER = ("Les frontières et les noms indiqués et les désignations employées sur cette carte n'impliquent pas "
              "la reconnaissance ou l'acceptation officielle par l'Organisation des Nations Unies.")
MM = QgsUnitTypes.LayoutMillimeters


def open_layer(path, name):
    layer = QgsVectorLayer(path, name, "ogr")
    if not layer.isValid():
        sys.exit(f"{path}: QGIS cannot open this layer")
    return layer


def style_communes(layer, field):
    renderer = QgsGraduatedSymbolRenderer(field)
    renderer.setSourceSymbol(QgsFillSymbol.createSimple(
        {"color": "#cccccc", "outline_color": "#ffffff", "outline_width": "0.1"}))
    renderer.setClassificationMethod(QgsApplication.classificationMethodRegistry().method("Quantile"))
    renderer.updateClasses(layer, 5)
    renderer.updateColorRamp(ylorrd_ramp())
    layer.setRenderer(renderer)


def label_communes(layer):
    settings = QgsPalLayerSettings()
    settings.fieldName = "admin3Name"
    text = QgsTextFormat()
    text.setFont(QFont("DejaVu Sans"))
    text.setSize(6)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def style_cercles(layer):
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#333333", "outline_width": "0.4"})))


def label(layout, text, x, y, w, h, size, bold=False):
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    font = QFont("DejaVu Sans", size)
    font.setBold(bold)
    item.setFont(font)
    item.attemptMove(QgsLayoutPoint(x, y, MM))
    item.attemptResize(QgsLayoutSize(w, h, MM))
    layout.addLayoutItem(item)
    return item


def build_layout(project, communes, cercles, pages):
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # one A4 landscape page
    layout.setName("atlas")
    project.layoutManager().addLayout(layout)

    page_map = QgsLayoutItemMap(layout)
    page_map.attemptMove(QgsLayoutPoint(10, 22, MM))
    page_map.attemptResize(QgsLayoutSize(200, 170, MM))
    page_map.setLayers([cercles, communes])
    page_map.setFrameEnabled(True)
    page_map.setExtent(cercles.extent())
    layout.addLayoutItem(page_map)

    title = "Mali : [% \"admin2Name\" %] ([% \"admin1Name\" %]) — surface des communes"
    label(layout, title, 10, 6, 277, 12, 16, bold=True)
    sources = ("Sources : OCHA COD-AB 2017 (DNCT, ITOS). Date de création : 2023-12-31. "
               "Carte n° [% @atlas_featurenumber %]")
    label(layout, sources, 10, 194, 200, 6, 7)
    label(layout, DISCLAIMER, 10, 200, 277, 8, 6)

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("Surface (degrés²)")
    legend.setLinkedMap(page_map)
    legend.attemptMove(QgsLayoutPoint(215, 22, MM))
    layout.addLayoutItem(legend)

    scale_bar = QgsLayoutItemScaleBar(layout)
    scale_bar.setStyle("Single Box")
    scale_bar.setLinkedMap(page_map)
    scale_bar.setUnits(QgsUnitTypes.DistanceKilometers)
    scale_bar.setUnitLabel("km")
    scale_bar.setNumberOfSegments(2)
    scale_bar.setNumberOfSegmentsLeft(0)
    scale_bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    scale_bar.setMinimumBarWidth(20)
    scale_bar.setMaximumBarWidth(50)
    scale_bar.attemptMove(QgsLayoutPoint(215, 170, MM))
    layout.addLayoutItem(scale_bar)

    atlas = layout.atlas()
    atlas.setCoverageLayer(cercles)
    atlas.setEnabled(True)
    atlas.setPageNameExpression("\"admin2Name\"")
    if pages:
        atlas.setFilterFeatures(True)
        atlas.setFilterExpression(f"$id < {pages}")
    page_map.setAtlasDriven(True)
    page_map.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    page_map.setAtlasMargin(0.10)
    return layout


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--boundaries", default=DEFAULT_BOUNDARIES, help="folder of the COD-AB shapefiles")
    parser.add_argument("--pages", type=int, default=0, help="only the first N cercles (default: all 50)")
    parser.add_argument("--no-labels", action="store_true", help="do not label the communes")
    parser.add_argument("--dpi", type=int, default=300)
    parser.add_argument("--output", help="PDF path (default: a temporary file, removed at the end)")
    args = parser.parse_args()

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()

    communes = open_layer(shapefile(args.boundaries, 3), "communes")
    cercles = open_layer(shapefile(args.boundaries, 2), "cercles")
    style_communes(communes, "Shape_Area")
    style_cercles(cercles)
    if not args.no_labels:
        label_communes(communes)
    project.addMapLayers([communes, cercles])
    project.setCrs(communes.crs())
    project.setEllipsoid("WGS84")  # so the scale bar measures kilometres on a geographic CRS
    layout = build_layout(project, communes, cercles, args.pages)

    output = args.output
    temporary = None
    if not output:
        handle, temporary = tempfile.mkstemp(prefix="qgis_atlas_peer_", suffix=".pdf")
        os.close(handle)
        output = temporary

    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = args.dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = True

    atlas = layout.atlas()
    start = time.perf_counter()
    result, error = QgsLayoutExporter.exportToPdf(atlas, output, settings)
    elapsed = (time.perf_counter() - start) * 1000.0
    if result != QgsLayoutExporter.Success:
        sys.exit(f"{output}: atlas export failed ({result}): {error}")
    pages = atlas.count()

    figure("qgis_version", Qgis.version())
    figure("qgis_atlas_pages", pages)
    figure("qgis_atlas_labels", "off" if args.no_labels else "communes")
    figure("qgis_atlas_pdf_bytes", os.path.getsize(output))
    figure("qgis_atlas_ms", elapsed)
    figure("qgis_atlas_ms_per_page", elapsed / pages if pages else 0.0)

    if temporary:
        os.remove(temporary)
    cleanup()
    sys.stdout.flush()
    os._exit(0)  # exitQgis() sometimes crashes headless; the figures are out


if __name__ == "__main__":
    main()
