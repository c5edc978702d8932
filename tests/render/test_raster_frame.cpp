// The canvas's own fills (render/raster_frame.h): which pixels a plain and a patterned fill set.
#include "render/raster_frame.h"

#include <catch2/catch.hpp>

using namespace couverture::render::detail;

namespace {

// A rectangle [x0, x1) x [y0, y1) in device pixels (the grid is the image: identity transform).
std::vector<GridEdge> rectangle(int x0, int y0, int x1, int y1) {
    return gridEdges({QPolygon({QPoint(x0, y0), QPoint(x1, y0), QPoint(x1, y1), QPoint(x0, y1)})});
}

QImage filled(const std::vector<GridEdge>& edges, int spacing, bool crossed, int bandRows) {
    QImage image(64, 48, QImage::Format_RGB32);
    FillRaster fills(image);
    fills.add(edges.data(), edges.data() + edges.size(), QTransform(), Qt::black, spacing, crossed);
    FillRaster::Scratch scratch;
    for (int top = 0; top < image.height(); top += bandRows) {
        fills.fillRows(top, std::min(top + bandRows, image.height()), Qt::white, scratch);
    }
    return image;
}

} // namespace

TEST_CASE("a patterned fill sets exactly the pixels on its diagonals, inside the shape", "[render][raster]") {
    const std::vector<GridEdge> edges = rectangle(5, 3, 57, 41);
    for (const int spacing : {3, 4, 7}) {
        for (const bool crossed : {false, true}) {
            const QImage image = filled(edges, spacing, crossed, 16);
            int wrong = 0, set = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const bool inside = x >= 5 && x < 57 && y >= 3 && y < 41; // pixel centres inside
                    const bool onLine = (x + y) % spacing == 0 || (crossed && (x - y) % spacing == 0);
                    const bool black = image.pixel(x, y) == qRgb(0, 0, 0);
                    wrong += black != (inside && onLine) ? 1 : 0;
                    set += black ? 1 : 0;
                }
            }
            INFO("spacing " << spacing << (crossed ? " crossed" : ""));
            CHECK(wrong == 0);
            CHECK(set > 0);
        }
    }
}

TEST_CASE("a plain fill is the same whatever the bands it is drawn in", "[render][raster]") {
    const std::vector<GridEdge> edges =
        gridEdges({QPolygon({QPoint(2, 1), QPoint(60, 10), QPoint(30, 46), QPoint(8, 30)})});
    const QImage whole = filled(edges, 0, false, 48);
    CHECK(filled(edges, 0, false, 5) == whole);
    CHECK(filled(edges, 0, false, 1) == whole);
    CHECK(whole.pixel(30, 20) == qRgb(0, 0, 0));
    CHECK(whole.pixel(1, 40) == qRgb(255, 255, 255));
}
