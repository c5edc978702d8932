#pragma once
// The interactive canvas's own drawing: the scene snapped to the pixel grid of one scale, so that a frame of
// the 701 communes at full extent (1920 x 1080) is drawn in a few milliseconds on the UI thread, where
// drawMap's printed-map quality (antialiased fills, exact hatching, Douglas–Peucker levels of detail) takes
// several times the 8 ms a smooth pan or zoom allows.
//
// Vertices are rounded to whole pixels at the scale the geometry is built for; runs of vertices that round to
// the same pixel, and vertices on a straight line between their neighbours, are dropped. Both steps depend
// on a vertex and its neighbours only, so two units sharing an edge keep the same pixels along it and their
// fills still meet without gaps. A geometry serves frames whose scale is within kScaleFactor of its own and
// whose area lies inside the area it was built for (the view and a margin): panning moves it, a zoom step
// scales it slightly until the canvas builds the next one.

#include "render/map_painter.h"
#include "render/map_scene.h"
#include "render/map_style.h"
#include "render/raster_frame.h"
#include "render/thematic.h"

#include <QPainterPath>
#include <QPolygon>
#include <QRect>
#include <array>
#include <vector>

class QPainter;

namespace couverture::render {

namespace detail {
class FillRaster;
class LineRaster;
struct LinePass;
struct GridEdge;
} // namespace detail

class ScreenGeometry {
public:
    // A frame's scale may differ from the geometry's by this factor either way before it is rebuilt.
    static constexpr double kScaleFactor = 1.3;

    ScreenGeometry() = default;

    // The units of `fillLevel`, the outlines of every level and the neighbouring countries that cross `area`
    // (display CRS), at `pixelsPerUnit` device pixels per display unit.
    static ScreenGeometry build(const MapScene& scene, AdminLevel fillLevel, const QRectF& area,
                                double pixelsPerUnit);

    // True when a frame of `area` (display CRS) at `pixelsPerUnit` can be drawn from this geometry.
    bool serves(const MapScene& scene, AdminLevel fillLevel, const QRectF& area, double pixelsPerUnit) const;
    // Looser: the frame can be drawn from it while the geometry of its own scale is built (a zoom step drawn
    // from the previous scale's pixels, slightly coarse or fine for a moment), up to kStretchFactor.
    static constexpr double kStretchFactor = 2.5;
    bool canStretchTo(const MapScene& scene, AdminLevel fillLevel, const QRectF& area,
                      double pixelsPerUnit) const;
    bool empty() const { return scene_ == nullptr; }
    std::size_t vertexCount() const { return vertices_; }
    double pixelsPerUnit() const { return pixelsPerUnit_; }

    // Draws a frame of `view` onto `image` (Format_RGB32, device pixels): the map background, the
    // neighbouring countries, the fills by class (no-data and coarser-only hatching as patterns of
    // diagonal pixels), the outlines from the communes up to the country, down to the layer's level, and
    // proportional circles. Fills are not antialiased (the outlines cover their edges); lines are
    // (raster_frame.h). Hidden levels have transparent line colours in `style` and are skipped.
    // `threads`: how many threads share the bands of rows (0: one per processor, up to 8); the pixels are
    // the same for any number.
    void draw(QImage& image, const ThematicLayer& layer, const MapStyle& style, const MapView& view,
              double devicePerMm, int threads = 0) const;

private:
    struct Shape {
        UnitId unit = kNoUnit;
        QRect bounds;           // pixel grid
        std::size_t begin, end; // its edges in edges_
    };
    // A level's outline as segments in top-to-bottom order, so that the bands meet them in turn.
    using Segments = std::vector<QLine>;

    QTransform toDevice(const MapView& view) const; // pixel grid -> device
    void addFills(detail::FillRaster& fills, const ThematicLayer& layer, const MapStyle& style,
                  double devicePerMm, const QTransform& grid, const QRect& visible) const;
    // The first row of each thread's part of an image `height` rows high, whole bands each, then `height`.
    static std::vector<int> partStarts(const std::vector<detail::LinePass>& passes, const QTransform& grid,
                                       int height, int threads);
    static void drawRows(QImage& image, const detail::FillRaster& fills, std::vector<detail::LinePass> passes,
                         const QColor& background, const QTransform& grid, const QRect& visible, int top,
                         int bottom);
    static void startPass(detail::LinePass& pass, const QTransform& grid, const QRect& visible, int top);
    static void drawLineBand(detail::LineRaster& raster, std::vector<detail::LinePass>& passes,
                             const QTransform& grid, const QRect& visible, int bottom);
    void drawSymbols(QPainter& painter, const ThematicLayer& layer, const MapStyle& style,
                     const MapView& view, double devicePerMm) const;

    const MapScene* scene_ = nullptr;
    AdminLevel fillLevel_ = AdminLevel::Commune;
    double pixelsPerUnit_ = 0;
    QPointF origin_; // display-CRS point at pixel (0, 0) of the grid
    QRectF area_;    // display CRS
    std::vector<Shape> fills_, countries_;
    std::vector<detail::GridEdge> edges_; // of every shape, each shape's sorted by their top
    std::array<Segments, 4> lines_;       // by level; AdminLevel::Country is the country's outline
    Segments countryLines_;               // the neighbouring countries' outlines
    std::size_t vertices_ = 0;
};

} // namespace couverture::render
