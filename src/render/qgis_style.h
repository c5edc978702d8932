#pragma once
// QGIS layer styles for the coverage layers of the GeoPackage: the map's classes and colours as a graduated
// renderer, so that a layer opened in QGIS looks like the PDF map of the same figure and level. QML is what
// QGIS reads; an SLD of the same rules goes beside it for other clients.
//
// QGIS puts a value in the first range whose bounds (both inclusive) hold it; with the ranges in ascending
// order that gives the classes of classification.h: [b0, b1], (b1, b2], ... A range [0, 0] for the zero
// colour comes first. Units without a figure (people not reported) match no range and are not drawn, and
// the hatching of presence known only at a coarser level is not carried over.

#include "core/table_writer.h"
#include "render/map_style.h"
#include "render/thematic.h"

#include <string>
#include <vector>

namespace couverture::render {

struct QgisStyleTexts {
    std::string qml;
    std::string sld;
};

// `layer`: a choropleth as prepareThematic classes it, every class with the label map legends give it;
// `units`: the units of its level (a range for zero when one of them has 0). Outlines as the map draws that
// level's lines.
QgisStyleTexts qgisGraduatedStyle(const ThematicLayer& layer, const std::vector<UnitId>& units,
                                  const MapStyle& style, const std::string& language);

// The default style of the GeoPackage layer `layerName` that core::coverageTable writes for `level`:
// spec's figure at that level, classed over the whole country as `couverture map --level` classes it,
// labelled in `language`. Throws InputError as prepareThematic does (unknown figure or palette ...).
QgisLayerStyle coverageLayerStyle(const AdminTree& tree, const CoverageTable& coverage, AdminLevel level,
                                  ThematicSpec spec, const MapStyle& style, const std::string& language,
                                  const std::string& layerName);

} // namespace couverture::render
