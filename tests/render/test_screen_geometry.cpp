// The canvas's quick frame (render/screen_geometry.h) drawn by several threads, band runs each: the same
// pixels as one thread draws, at full extent and zoomed in, with patterns, outlines and a window height
// that is not a whole number of bands.
#include "render/screen_geometry.h"
#include "render/thematic.h"
#include "render_test_support.h"

#include <catch2/catch.hpp>

using namespace couverture;
using namespace couverture::render;
using namespace couverture::render::testing;

namespace {

ThematicLayer communeLayer() {
    const CoverageTable table = coverageOf(
        maliTree(), [](UnitId id) { return (id * 5) % 9 - 2; }, [](UnitId id) { return id % 13 == 0; });
    ThematicSpec spec;
    spec.level = AdminLevel::Commune;
    return prepareThematic(maliScene(), table, spec, defaultStyle());
}

// A frame of `area` (display CRS) in a window of `size`, as the canvas draws it.
QImage frame(const ThematicLayer& layer, const QRectF& area, QSize size, int threads) {
    const MapView view = fitView(QRectF(QPointF(0, 0), QSizeF(size)), area, 0);
    const QRectF around = area.adjusted(-area.width(), -area.height(), area.width(), area.height());
    const ScreenGeometry geometry =
        ScreenGeometry::build(maliScene(), AdminLevel::Commune, around, view.scale);
    QImage image(size, QImage::Format_RGB32);
    geometry.draw(image, layer, defaultStyle(), view, 96 / 25.4, threads);
    return image;
}

long long differingPixels(const QImage& a, const QImage& b) {
    long long differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto* rowA = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* rowB = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            differing += rowA[x] != rowB[x] ? 1 : 0;
        }
    }
    return differing;
}

} // namespace

TEST_CASE("a canvas frame drawn by several threads is the frame one thread draws, pixel for pixel",
          "[render][canvas]") {
    const ThematicLayer layer = communeLayer();
    const QRectF extent = maliScene().extent();
    const QSize size(701, 523); // not a whole number of 64-row bands
    const double unitsPerPixel = std::max(extent.width() / size.width(), extent.height() / size.height());
    const QRectF full(extent.center().x() - size.width() * unitsPerPixel / 2,
                      extent.center().y() - size.height() * unitsPerPixel / 2, size.width() * unitsPerPixel,
                      size.height() * unitsPerPixel);
    QRectF zoomed(QPointF(), full.size() / 6); // a few cercles: long segments that cross several bands
    zoomed.moveCenter(full.center() + QPointF(full.width() / 7, full.height() / 9));
    for (const QRectF& area : {full, zoomed}) {
        const QImage one = frame(layer, area, size, 1);
        CHECK(one.pixel(size.width() / 2, size.height() / 2) != defaultStyle().mapBackground.rgb());
        for (const int threads : {2, 3, 8, 64}) {
            INFO(threads << " threads");
            CHECK(differingPixels(frame(layer, area, size, threads), one) == 0);
        }
    }
}
