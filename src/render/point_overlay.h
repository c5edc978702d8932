#pragma once
// Points drawn over a map page (service points over the reach map of `analyse sites`): the page is laid out
// and painted as any map, then the points are drawn inside its frame with a one-line key in the frame's
// lower-left corner.

#include "core/point_table.h"
#include "render/map_export.h"

#include <QColor>
#include <string>
#include <vector>

namespace couverture::render {

struct PointOverlay {
    std::vector<LonLat> points; // WGS 84
    std::string label;          // the key's text, in the page's language; empty: no key
    QColor fill{0xb2, 0x18, 0x2b};
    QColor outline{Qt::white};
    double radiusMm = 1.1;
};

// Like writeMapPage, for PDF and PNG, with the points drawn over the map. Throws InputError for another
// extension, OutputError when the file cannot be written.
MapResult writeMapPageWithPoints(const MapScene& scene, const ThematicLayer& layer, const MapStyle& style,
                                 const PageOptions& page, const PointOverlay& overlay,
                                 const std::string& output, double dpi = 200);

} // namespace couverture::render
