// The fused draw-and-encode path (renderChoroplethPng) and the fill levels of detail it draws with.
#include "render/map_painter.h"
#include "render/png_writer.h"
#include "render_test_support.h"

#include <QPainter>
#include <catch2/catch.hpp>

using namespace couverture;
using namespace couverture::render;
using namespace couverture::render::testing;

namespace {

ThematicLayer maliLayer() {
    const MapScene& scene = maliScene();
    std::vector<std::optional<double>> values(scene.size());
    std::vector<bool> hatched(scene.size(), false);
    for (UnitId id : scene.level(AdminLevel::Commune)) {
        values[static_cast<std::size_t>(id)] = static_cast<double>(id % 17);
        hatched[static_cast<std::size_t>(id)] = id % 29 == 0;
    }
    ThematicSpec spec;
    spec.method = ClassMethod::Quantiles;
    spec.classes = 5;
    return prepareThematic(scene, values, hatched, spec, defaultStyle());
}

} // namespace

TEST_CASE("renderChoroplethPng gives renderChoroplethImage's map as PNG bytes, the same each time",
          "[fused_png][mali]") {
    const MapScene& scene = maliScene();
    const ThematicLayer layer = maliLayer();
    const QSize size(600, 600);
    const QByteArray png = renderChoroplethPng(scene, layer, defaultStyle(), size, 96, 2);
    CHECK(png == renderChoroplethPng(scene, layer, defaultStyle(), size, 96, 2));
    QImage decoded;
    REQUIRE(decoded.loadFromData(png, "PNG"));
    REQUIRE(decoded.size() == size);
    const QImage drawn = renderChoroplethImage(scene, layer, defaultStyle(), size, 96, 2);
    // Only antialiased pixels along the seam between the two bands may shade differently.
    CHECK(compareImages(decoded, drawn, 8).differingShare < 0.005);
}

TEST_CASE("fill levels of detail keep neighbours together and simplify with the tolerance",
          "[fused_png][mali]") {
    const MapScene& scene = maliScene();
    std::size_t fullDetail = 0, simplified = 0;
    for (UnitId id : scene.level(AdminLevel::Commune)) {
        fullDetail += static_cast<std::size_t>(scene.fillPath(id, 0).elementCount());
        simplified +=
            static_cast<std::size_t>(scene.fillPath(id, scene.extent().width() / 2000).elementCount());
        CHECK(scene.fillPath(id, scene.extent().width() / 2000)
                  .boundingRect()
                  .intersects(scene.unit(id).bounds));
    }
    CHECK(simplified < fullDetail);
    // Drawn at the detail of a 2000 px map, the fills leave no background showing between communes: the
    // image rendered without outlines has (almost) no white pixel inside the country.
    const ThematicLayer layer = maliLayer();
    MapStyle noLines = defaultStyle();
    for (LineStyle* line : {&noLines.commune, &noLines.cercle, &noLines.region, &noLines.country}) {
        line->colour = Qt::transparent;
    }
    noLines.mapBackground = Qt::magenta;
    const QImage image = renderChoroplethImage(scene, layer, noLines, QSize(1000, 1000), 96, 1);
    // The country, drawn as a mask with the same view.
    QImage mask(image.size(), QImage::Format_RGB32);
    mask.fill(Qt::white);
    {
        QPainter painter(&mask);
        painter.setTransform(fitView(QRectF(0, 0, 1000, 1000), scene.extent(), 0.02).toDevice);
        painter.fillPath(scene.countryPath(), Qt::black);
    }
    long long inside = 0, gaps = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (mask.pixel(x, y) != QColor(Qt::black).rgb()) {
                continue;
            }
            ++inside;
            gaps += image.pixel(x, y) == QColor(Qt::magenta).rgb() ? 1 : 0;
        }
    }
    CHECK(inside > 100000);
    CHECK(gaps < inside / 5000);
}
