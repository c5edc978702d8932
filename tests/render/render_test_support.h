#pragma once
// Shared inputs of the render tests: a small synthetic boundary tree (exact geometry, known answers) and
// the real Mali boundaries from the shared data.

#include "core/boundary_reader.h"
#include "core/coverage.h"
#include "core/geos_handle.h"
#include "render/map_painter.h"
#include "render/map_scene.h"
#include "render/map_style.h"

#include <QImage>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

namespace couverture::render::testing {

inline geos::Geometry fromWkt(const std::string& wkt) {
    GEOSWKTReader* reader = GEOSWKTReader_create_r(geos::context());
    geos::Geometry geometry(GEOSWKTReader_read_r(geos::context(), reader, wkt.c_str()));
    GEOSWKTReader_destroy_r(geos::context(), reader);
    return geometry;
}

inline std::string box(double x0, double y0, double x1, double y1) {
    return "POLYGON((" + std::to_string(x0) + " " + std::to_string(y0) + "," + std::to_string(x1) + " " +
           std::to_string(y0) + "," + std::to_string(x1) + " " + std::to_string(y1) + "," +
           std::to_string(x0) + " " + std::to_string(y1) + "," + std::to_string(x0) + " " +
           std::to_string(y0) + "))";
}

// Two régions side by side (R1: lon -6..-4, R2: -4..-2, lat 13..15), each of two cercles (south and north
// halves), each of two communes (west and east halves): 2 + 4 + 8 squares sharing their edges exactly.
// Names are long enough to test wrapping ("Commune Ouest 1a").
inline AdminTree syntheticTree() {
    AdminTree tree;
    int cercleNumber = 0;
    for (int r = 0; r < 2; ++r) {
        const double x0 = -6 + 2 * r;
        AdminUnit region;
        region.level = AdminLevel::Region;
        region.pcode = "ML0" + std::to_string(r + 1);
        region.name = r == 0 ? "Ségou" : "Mopti";
        region.geometry = fromWkt(box(x0, 13, x0 + 2, 15));
        const UnitId regionId = tree.add(std::move(region));
        for (int c = 0; c < 2; ++c) {
            ++cercleNumber;
            const double y0 = 13 + c;
            AdminUnit cercle;
            cercle.level = AdminLevel::Cercle;
            cercle.parent = regionId;
            cercle.pcode = tree.unit(regionId).pcode + "0" + std::to_string(c + 1);
            cercle.name = "Cercle " + std::to_string(cercleNumber);
            cercle.geometry = fromWkt(box(x0, y0, x0 + 2, y0 + 1));
            const UnitId cercleId = tree.add(std::move(cercle));
            for (int m = 0; m < 2; ++m) {
                AdminUnit commune;
                commune.level = AdminLevel::Commune;
                commune.parent = cercleId;
                commune.pcode = tree.unit(cercleId).pcode + "0" + std::to_string(m + 1);
                commune.name =
                    std::string(m == 0 ? "Commune Ouest " : "Commune Est ") + std::to_string(cercleNumber);
                commune.geometry = fromWkt(box(x0 + m, y0, x0 + m + 1, y0 + 1));
                tree.add(std::move(commune));
            }
        }
    }
    tree.setCountryGeometry(fromWkt(box(-6, 13, -2, 15)));
    tree.sources.push_back("synthetic");
    return tree;
}

inline std::string maliBoundariesPath() {
    return std::string(COUVERTURE_SHARED_DATA) + "/boundaries/mli_cod_ab_ocha_itos_2017";
}

// Loaded once per test process (CTest runs each case in its own process).
inline const AdminTree& maliTree() {
    static const BoundaryLoad load = loadBoundaries(maliBoundariesPath());
    return load.tree;
}

inline const MapScene& maliScene() {
    static const MapScene scene = buildMapScene(maliTree());
    return scene;
}

// Page options with fixed dates, so pages repeat byte for byte.
inline PageOptions testPageOptions(const std::string& language, const std::string& mapNumber) {
    PageOptions options;
    options.language = language;
    options.texts.asOf = "2023-12-31";
    options.texts.creationDate = "2024-01-15";
    options.texts.mapNumber = mapNumber;
    return options;
}

inline const MapStyle& defaultStyle() {
    static const MapStyle style = loadMapStyle();
    return style;
}

// A coverage table with `organisations` = f(unit id) for every unit; a figure of 0 for ids where f < 0 is
// clamped, and coarser-only presence where `coarser(id)` says so.
template <typename Organisations, typename Coarser>
CoverageTable coverageOf(const AdminTree& tree, Organisations organisations, Coarser coarser) {
    CoverageTable table;
    table.units.resize(tree.size());
    for (const AdminUnit& unit : tree.units()) {
        UnitCoverage& coverage = table.units[static_cast<std::size_t>(unit.id)];
        coverage.unit = unit.id;
        coverage.organisations = std::max(0, organisations(unit.id));
        coverage.organisationsCoarserOnly = coarser(unit.id) ? 1 : 0;
        coverage.rows = coverage.organisations;
    }
    return table;
}

// Golden images: compare with a per-channel tolerance and a largest share of differing pixels. Set
// COUVERTURE_UPDATE_GOLDEN=1 to write the images instead (then look at them before committing).
struct ImageComparison {
    bool sameSize = false;
    double differingShare = 1; // share of pixels with a channel off by more than the tolerance
    int largestDifference = 255;
};

inline ImageComparison compareImages(const QImage& actual, const QImage& expected, int tolerance) {
    ImageComparison result;
    if (actual.size() != expected.size()) {
        return result;
    }
    result.sameSize = true;
    const QImage a = actual.convertToFormat(QImage::Format_RGB32);
    const QImage b = expected.convertToFormat(QImage::Format_RGB32);
    long long differing = 0;
    result.largestDifference = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto* rowA = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* rowB = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int difference = std::max({std::abs(qRed(rowA[x]) - qRed(rowB[x])),
                                             std::abs(qGreen(rowA[x]) - qGreen(rowB[x])),
                                             std::abs(qBlue(rowA[x]) - qBlue(rowB[x]))});
            result.largestDifference = std::max(result.largestDifference, difference);
            if (difference > tolerance) {
                ++differing;
            }
        }
    }
    result.differingShare = static_cast<double>(differing) / (static_cast<double>(a.width()) * a.height());
    return result;
}

inline bool updatingGoldenImages() {
    const char* value = std::getenv("COUVERTURE_UPDATE_GOLDEN");
    return value != nullptr && *value != 0 && std::string(value) != "0";
}

inline std::string goldenPath(const std::string& name) {
    return std::string(COUVERTURE_FIXTURES) + "/render/" + name;
}

} // namespace couverture::render::testing
