"""Opens the store's latest coverage layers in QGIS (PyQGIS, headless) and says which style QGIS applied.

Usage: /usr/bin/python3 bench/store_qgis_layers.py SERVICE [communes.png]
SERVICE is a section of the PostgreSQL service file (PGSERVICEFILE or ~/.pg_service.conf), the password in
PGPASSFILE or ~/.pgpass. Prints one line per layer: features, renderer, classed attribute and classes (colour
per range); writes the commune layer as drawn by QGIS when a PNG path is given.
"""
import sys

from qgis.core import QgsApplication, QgsMapRendererParallelJob, QgsMapSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor


def main():
    service = sys.argv[1]
    app = QgsApplication([], False)
    app.initQgis()
    for level in ("region", "cercle", "commune"):
        uri = f"service='{service}' key='fid' table=\"couverture\".\"coverage_{level}_latest\" (geom)"
        layer = QgsVectorLayer(uri, f"coverage_{level}_latest", "postgres")  # loads the default style
        renderer = layer.renderer()
        ranges = [(r.lowerValue(), r.upperValue(), r.symbol().color().name())
                  for r in getattr(renderer, "ranges", lambda: [])()]
        attribute = getattr(renderer, "classAttribute", lambda: "")()
        print(f"{level}: valid={layer.isValid()} features={layer.featureCount()} renderer={renderer.type()} "
              f"attribute={attribute} classes={ranges}")
        if level == "commune" and len(sys.argv) > 2:
            settings = QgsMapSettings()
            settings.setLayers([layer])
            settings.setExtent(layer.extent())
            settings.setOutputSize(QSize(900, 800))
            settings.setBackgroundColor(QColor("white"))
            job = QgsMapRendererParallelJob(settings)
            job.start()
            job.waitForFinished()
            job.renderedImage().save(sys.argv[2])
    app.exitQgis()


if __name__ == "__main__":
    main()
