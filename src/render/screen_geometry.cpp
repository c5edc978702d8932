#include "render/screen_geometry.h"

#include "render/raster_frame.h"
#include "render/simplify.h"

#include <QImage>
#include <QPainter>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace couverture::render {
namespace {

struct Grid {
    QPointF origin;
    double scale = 1;
    QPoint operator()(const QPointF& point) const {
        return {static_cast<int>(std::lround((point.x() - origin.x()) * scale)),
                static_cast<int>(std::lround((origin.y() - point.y()) * scale))};
    }
};

long long cross(const QPoint& a, const QPoint& b, const QPoint& c) {
    return static_cast<long long>(b.x() - a.x()) * (c.y() - b.y()) -
           static_cast<long long>(b.y() - a.y()) * (c.x() - b.x());
}

bool sameWay(const QPoint& a, const QPoint& b, const QPoint& c) {
    return static_cast<long long>(b.x() - a.x()) * (c.x() - b.x()) +
               static_cast<long long>(b.y() - a.y()) * (c.y() - b.y()) >
           0;
}

// Whether `b` can go from a...b...c without changing what is drawn: on the straight line from a to c (fills
// also drop spikes, a -> b -> a, which cover nothing).
bool redundant(const QPoint& a, const QPoint& b, const QPoint& c, bool fill) {
    return cross(a, b, c) == 0 && (fill || sameWay(a, b, c));
}

// Adds a grid point unless it repeats the last one or makes the last one redundant.
void push(QPolygon& out, const QPoint& point, bool fill) {
    if (!out.isEmpty() && out.back() == point) {
        return;
    }
    while (out.size() >= 2 && redundant(out[out.size() - 2], out.back(), point, fill)) {
        out.removeLast();
        if (out.back() == point) {
            return;
        }
    }
    out.append(point);
}

// Douglas–Peucker on grid points, ends kept: a line is drawn once, so it may be simplified on its own
// (fills may not: each side of a shared edge would be simplified differently).
QPolygon simplifiedLine(const QPolygon& points, double tolerance) {
    return douglasPeucker(points, tolerance);
}

QPolygon snappedLine(const QPolygonF& points, const Grid& grid) {
    QPolygon out;
    out.reserve(points.size());
    for (const QPointF& point : points) {
        push(out, grid(point), false);
    }
    return simplifiedLine(out, 0.6);
}

// A ring (the closing point may be repeated or not); empty when it shrinks below three pixels' corners.
QPolygon snappedRing(const QPolygonF& points, const Grid& grid) {
    QPolygon out;
    out.reserve(points.size());
    for (const QPointF& point : points) {
        push(out, grid(point), true);
    }
    while (out.size() >= 2 && out.front() == out.back()) {
        out.removeLast();
    }
    // Around the start: the last and first corners may be on a line with their neighbours.
    while (out.size() >= 3 && redundant(out[out.size() - 2], out.back(), out.front(), true)) {
        out.removeLast();
    }
    while (out.size() >= 3 && redundant(out.back(), out.front(), out[1], true)) {
        out.removeFirst();
    }
    return out.size() >= 3 ? out : QPolygon();
}

// The rings of a path (each subpath one ring).
std::vector<QPolygonF> ringsOf(const QPainterPath& path) {
    std::vector<QPolygonF> rings;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        if (element.isMoveTo() || rings.empty()) {
            rings.emplace_back();
        }
        rings.back().append(QPointF(element.x, element.y));
    }
    return rings;
}

// A unit's or a country's rings on the grid; empty when nothing of it is a pixel large.
std::vector<QPolygon> snappedRings(const QPainterPath& path, const Grid& grid, std::size_t& vertices) {
    std::vector<QPolygon> rings;
    for (const QPolygonF& ring : ringsOf(path)) {
        QPolygon snapped = snappedRing(ring, grid);
        if (!snapped.isEmpty()) {
            vertices += static_cast<std::size_t>(snapped.size());
            rings.push_back(std::move(snapped));
        }
    }
    return rings;
}

QRect boundsOf(const std::vector<QPolygon>& rings) {
    QRect bounds;
    for (const QPolygon& ring : rings) {
        bounds |= ring.boundingRect();
    }
    return bounds;
}

// Threads kept for the frames' bands: started once, they wait between frames (starting a thread per frame
// cost 0.1–0.2 ms of it, and its first allocations more). Not Qt's global pool, whose threads the canvas
// keeps busy with its slower layers while the UI thread waits for a frame.
class FramePool : public QThreadPool {
public:
    FramePool() {
        setExpiryTimeout(-1);
        setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    }
};

QThreadPool& framePool() {
    static FramePool pool;
    return pool;
}

// Rows per band of the image: 64 rows of a 1920-pixel frame are half a megabyte, which stays in the cache
// while the band's fills and then its lines are drawn.
constexpr int kBandRows = 64;

} // namespace

namespace detail {

// One level's lines, fed to the bands from top to bottom: the segments whose pixels may reach the band.
struct LinePass {
    const std::vector<QLine>* segments = nullptr;
    QColor colour;
    double width = 0;
    std::size_t next = 0;
    std::vector<QLineF> active; // device coordinates
};

} // namespace detail

ScreenGeometry ScreenGeometry::build(const MapScene& scene, AdminLevel fillLevel, const QRectF& area,
                                     double pixelsPerUnit) {
    ScreenGeometry geometry;
    geometry.scene_ = &scene;
    geometry.fillLevel_ = fillLevel;
    geometry.pixelsPerUnit_ = pixelsPerUnit;
    geometry.area_ = area;
    geometry.origin_ = area.topLeft();
    const Grid grid{geometry.origin_, pixelsPerUnit};
    const auto addLine = [&](Segments& segments, const QPolygonF& points) {
        const QPolygon snapped = snappedLine(points, grid);
        geometry.vertices_ += static_cast<std::size_t>(snapped.size());
        for (qsizetype i = 0; i + 1 < snapped.size(); ++i) {
            segments.emplace_back(snapped[i], snapped[i + 1]);
        }
    };
    const auto addShape = [&](std::vector<Shape>& shapes, UnitId id, const QPainterPath& path) {
        const std::vector<QPolygon> rings = snappedRings(path, grid, geometry.vertices_);
        if (rings.empty()) {
            return false;
        }
        const std::vector<detail::GridEdge> edges = detail::gridEdges(rings);
        auto& all = geometry.edges_;
        shapes.push_back({id, boundsOf(rings), all.size(), all.size() + edges.size()});
        all.insert(all.end(), edges.begin(), edges.end());
        return true;
    };
    for (UnitId id : scene.level(fillLevel)) {
        if (scene.unit(id).bounds.intersects(area)) {
            addShape(geometry.fills_, id, scene.unit(id).path);
        }
    }
    for (const ContextCountry& country : scene.countries()) {
        if (country.bounds.intersects(area) && addShape(geometry.countries_, kNoUnit, country.path)) {
            for (QPolygonF ring : ringsOf(country.path)) {
                ring.append(ring.front());
                addLine(geometry.countryLines_, ring);
            }
        }
    }
    for (AdminLevel level :
         {AdminLevel::Country, AdminLevel::Region, AdminLevel::Cercle, AdminLevel::Commune}) {
        auto& lines = geometry.lines_[static_cast<std::size_t>(level)];
        for (const Polyline& polyline : scene.polylines(level)) {
            if (!polyline.bounds.intersects(area)) {
                continue;
            }
            addLine(lines, polyline.points);
        }
    }
    const auto top = [](const QLine& a, const QLine& b) {
        return std::min(a.y1(), a.y2()) < std::min(b.y1(), b.y2());
    };
    std::sort(geometry.countryLines_.begin(), geometry.countryLines_.end(), top);
    for (Segments& segments : geometry.lines_) {
        std::sort(segments.begin(), segments.end(), top);
    }
    return geometry;
}

bool ScreenGeometry::serves(const MapScene& scene, AdminLevel fillLevel, const QRectF& area,
                            double pixelsPerUnit) const {
    if (scene_ != &scene || fillLevel != fillLevel_ || pixelsPerUnit_ <= 0) {
        return false;
    }
    const double ratio = pixelsPerUnit / pixelsPerUnit_;
    return ratio <= kScaleFactor && ratio >= 1 / kScaleFactor && area_.contains(area);
}

bool ScreenGeometry::canStretchTo(const MapScene& scene, AdminLevel fillLevel, const QRectF& area,
                                  double pixelsPerUnit) const {
    if (scene_ != &scene || fillLevel != fillLevel_ || pixelsPerUnit_ <= 0) {
        return false;
    }
    const double ratio = pixelsPerUnit / pixelsPerUnit_;
    return ratio <= kStretchFactor && ratio >= 1 / kStretchFactor && area_.contains(area);
}

QTransform ScreenGeometry::toDevice(const MapView& view) const {
    // grid -> display: x = origin.x + gx / s, y = origin.y - gy / s; then the view's display -> device.
    const double s = pixelsPerUnit_;
    return QTransform(1 / s, 0, 0, -1 / s, origin_.x(), origin_.y()) * view.toDevice;
}

void ScreenGeometry::addFills(detail::FillRaster& fills, const ThematicLayer& layer, const MapStyle& style,
                              double devicePerMm, const QTransform& grid, const QRect& visible) const {
    fills.reserve(edges_.size() + edges_.size() / 4);
    const auto add = [&](const Shape& shape, const QColor& colour, int spacing = 0, bool crossed = false) {
        fills.add(edges_.data() + shape.begin, edges_.data() + shape.end, grid, colour, spacing, crossed);
    };
    for (const Shape& shape : countries_) {
        if (shape.bounds.intersects(visible)) {
            add(shape, style.countryFill);
        }
    }
    const int classCount = static_cast<int>(layer.colours.size());
    const bool symbols = layer.spec.kind == MapKind::Symbols;
    const auto spacing = [&](double mm) {
        return std::max(3, static_cast<int>(std::lround(mm * devicePerMm)));
    };
    for (const Shape& shape : fills_) {
        if (!shape.bounds.intersects(visible)) {
            continue;
        }
        const auto index = static_cast<std::size_t>(shape.unit);
        const int value = index < layer.unitClass.size() ? layer.unitClass[index] : kNotMapped;
        if (symbols && value != kNoDataClass) {
            add(shape, style.symbolBaseFill);
        } else if (!symbols && value >= 0 && value < classCount) {
            add(shape, layer.colours[static_cast<std::size_t>(value)]);
        } else if (value == kZeroClass) {
            add(shape, style.zeroColour);
        } else {
            add(shape, style.noDataColour);
            add(shape, style.noDataPatternColour, spacing(style.noDataPatternSpacingMm), true);
        }
        if (index < layer.hatched.size() && layer.hatched[index] != 0) {
            add(shape, style.hatch.colour, spacing(style.hatchSpacingMm), false);
        }
    }
}

namespace {

// grid -> device is a scale and a translation (toDevice): y keeps its order, so the segments' order too.
struct GridToDevice {
    double sx, sy, dx, dy;
    explicit GridToDevice(const QTransform& grid)
        : sx(grid.m11()), sy(grid.m22()), dx(grid.dx()), dy(grid.dy()) {}
    QPointF operator()(const QPoint& point) const { return {point.x() * sx + dx, point.y() * sy + dy}; }
    double top(const QLine& segment) const { return std::min(segment.y1(), segment.y2()) * sy + dy; }
    double bottom(const QLine& segment) const { return std::max(segment.y1(), segment.y2()) * sy + dy; }
};

// Whether a segment's pixels may fall inside the visible columns (4 grid pixels of margin).
bool withinColumns(const QLine& segment, const QRect& visible) {
    return std::max(segment.x1(), segment.x2()) >= visible.left() - 4 &&
           std::min(segment.x1(), segment.x2()) <= visible.right() + 4;
}

double marginOf(const detail::LinePass& pass) {
    return pass.width + 2;
}

} // namespace

void ScreenGeometry::draw(QImage& image, const ThematicLayer& layer, const MapStyle& style,
                          const MapView& view, double devicePerMm, int threads) const {
    const QTransform grid = toDevice(view);
    const QRect visible = grid.inverted().mapRect(view.frame).toAlignedRect();
    detail::FillRaster fills(image);
    std::vector<detail::LinePass> passes;
    if (scene_ != nullptr) {
        addFills(fills, layer, style, devicePerMm, grid, visible);
        const auto addPass = [&](const Segments& segments, const LineStyle& line) {
            const double width = line.widthMm * devicePerMm; // device pixels
            if (line.colour.alpha() != 0 && width > 0 && !segments.empty()) {
                passes.push_back({&segments, line.colour, width, 0, {}});
            }
        };
        addPass(countryLines_, style.countryOutline);
        for (AdminLevel level :
             {AdminLevel::Commune, AdminLevel::Cercle, AdminLevel::Region, AdminLevel::Country}) {
            if (level <= layer.spec.level) {
                addPass(lines_[static_cast<std::size_t>(level)], lineOf(style, level));
            }
        }
    }
    // The bands are independent (each gets its background, its fills, then its lines), so threads draw
    // runs of them at once: at full extent in 1920 x 1080 the drawing took 6.7–7.6 ms on one thread and
    // 4.2–4.3 on two (bench_canvas); every pixel is the same whatever the number of threads (a test checks).
    const std::vector<int> starts = partStarts(passes, grid, image.height(), threads);
    const auto drawPart = [&](std::size_t part) {
        drawRows(image, fills, passes, style.mapBackground, grid, visible, starts[part], starts[part + 1]);
    };
    QSemaphore done;
    for (std::size_t part = 1; part + 1 < starts.size(); ++part) {
        framePool().start([&drawPart, &done, part] {
            drawPart(part);
            done.release();
        });
    }
    drawPart(0);
    done.acquire(static_cast<int>(starts.size()) - 2);
    if (scene_ != nullptr && layer.spec.kind == MapKind::Symbols && layer.maxValue > 0) {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, true);
        drawSymbols(painter, layer, style, view, devicePerMm);
    }
}

std::vector<int> ScreenGeometry::partStarts(const std::vector<detail::LinePass>& passes,
                                            const QTransform& grid, int height, int threads) {
    const int bands = (height + kBandRows - 1) / kBandRows;
    if (threads <= 0) {
        threads = std::clamp(QThread::idealThreadCount(), 1, 8);
    }
    const int parts = std::clamp(threads, 1, std::max(bands, 1));
    if (parts == 1) {
        return {0, height};
    }
    // Parts of equal work rather than of equal height: at full extent the southern half of the window took
    // 5.8 of the frame's 7.5 ms, where the communes are small. A band's weight: the segments that start in
    // it (the fills' edges follow the same lines), and for its pixels one and a half times an average band's
    // segments, the factor with which the two threads' parts took 3.96 and 3.89 ms at full extent
    // (bench_canvas, 1920 x 1080; 0.75 gave 4.6 and 3.1, 3 gave 3.3 and 4.5). Counted by binary search, the
    // segments being sorted by their top: a loop over them took 0.18 ms of the frame.
    const GridToDevice device(grid);
    std::vector<double> weight(static_cast<std::size_t>(bands), 0);
    for (const detail::LinePass& pass : passes) {
        const auto& segments = *pass.segments;
        const auto above = [&](double row) {
            return std::partition_point(segments.begin(), segments.end(),
                                        [&](const QLine& line) { return device.top(line) < row; });
        };
        auto bandBegin = above(0);
        for (std::size_t band = 0; band < weight.size(); ++band) {
            const auto bandEnd = above(static_cast<double>(band + 1) * kBandRows);
            weight[band] += static_cast<double>(bandEnd - bandBegin);
            bandBegin = bandEnd;
        }
    }
    double total = std::accumulate(weight.begin(), weight.end(), 0.0);
    const double pixels = std::max(1.0, total / bands * 1.5);
    for (double& band : weight) {
        band += pixels;
    }
    total += pixels * bands;
    // Cut before the band at which the work so far reaches each part's share; whole bands, so that a band's
    // pixels do not depend on which thread draws it.
    std::vector<int> starts{0};
    double sofar = 0;
    for (int band = 0; band < bands; ++band) {
        const double share = total * static_cast<double>(starts.size()) / parts;
        if (band > 0 && sofar >= share && static_cast<int>(starts.size()) < parts) {
            starts.push_back(band * kBandRows);
        }
        sofar += weight[static_cast<std::size_t>(band)];
    }
    starts.push_back(height);
    return starts;
}

void ScreenGeometry::drawRows(QImage& image, const detail::FillRaster& fills,
                              std::vector<detail::LinePass> passes, const QColor& background,
                              const QTransform& grid, const QRect& visible, int top, int bottom) {
    detail::FillRaster::Scratch scratch;
    detail::LineRaster lines(image);
    for (detail::LinePass& pass : passes) {
        startPass(pass, grid, visible, top);
    }
    for (int bandTop = top; bandTop < bottom; bandTop += kBandRows) {
        const int bandBottom = std::min(bandTop + kBandRows, bottom);
        fills.fillRows(bandTop, bandBottom, background, scratch);
        lines.setRows(bandTop, bandBottom);
        drawLineBand(lines, passes, grid, visible, bandBottom);
    }
}

void ScreenGeometry::startPass(detail::LinePass& pass, const QTransform& grid, const QRect& visible,
                               int top) {
    // The segments a band at `top` would still hold had the bands above it been drawn first: those that
    // start above it and reach down to it, in their order, so that lines blend in the same order.
    const GridToDevice device(grid);
    const double margin = marginOf(pass);
    const std::vector<QLine>& segments = *pass.segments;
    pass.active.clear();
    for (pass.next = 0; pass.next < segments.size(); ++pass.next) {
        const QLine& segment = segments[pass.next];
        if (device.top(segment) - margin >= top) {
            break;
        }
        if (device.bottom(segment) + margin >= top && withinColumns(segment, visible)) {
            pass.active.emplace_back(device(segment.p1()), device(segment.p2()));
        }
    }
}

void ScreenGeometry::drawLineBand(detail::LineRaster& raster, std::vector<detail::LinePass>& passes,
                                  const QTransform& grid, const QRect& visible, int bottom) {
    const GridToDevice device(grid);
    for (detail::LinePass& pass : passes) {
        const double margin = marginOf(pass);
        const std::vector<QLine>& segments = *pass.segments;
        for (; pass.next < segments.size(); ++pass.next) {
            const QLine& segment = segments[pass.next];
            if (device.top(segment) - margin >= bottom) {
                break;
            }
            if (withinColumns(segment, visible)) {
                pass.active.emplace_back(device(segment.p1()), device(segment.p2()));
            }
        }
        raster.setPen(pass.colour, pass.width);
        for (const QLineF& line : pass.active) {
            raster.line(line.p1(), line.p2());
        }
        std::erase_if(pass.active,
                      [&](const QLineF& line) { return std::max(line.y1(), line.y2()) + margin < bottom; });
    }
}

void ScreenGeometry::drawSymbols(QPainter& painter, const ThematicLayer& layer, const MapStyle& style,
                                 const MapView& view, double devicePerMm) const {
    painter.setPen(QPen(style.symbolOutline, 0.15 * devicePerMm));
    painter.setBrush(style.symbolFill);
    for (const Shape& shape : fills_) {
        const double value = layer.values[static_cast<std::size_t>(shape.unit)];
        if (!std::isnan(value) && value > 0) {
            const double radius = std::max(style.symbolMaxRadiusMm * std::sqrt(value / layer.maxValue),
                                           style.symbolMinRadiusMm) *
                                  devicePerMm;
            painter.drawEllipse(view.toDevice.map(scene_->unit(shape.unit).labelPoint), radius, radius);
        }
    }
}

} // namespace couverture::render
