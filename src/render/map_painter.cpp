#include "render/map_painter.h"

#include "core/problem.h"
#include "core/texts.h"
#include "render/map_labels.h"
#include "render/paint_helpers.h"
#include "render/png_writer.h"
#include "render/simplify.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPaintEngine>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

namespace couverture::render {

namespace detail {

constexpr double kPointMm = 25.4 / 72.0;

QFont makeFont(const QPainter& painter, const std::string& family, double pt, double devicePerMm, bool bold,
               bool italic) {
    QFont font(qs(family));
    // Size in device units, expressed in points of the device's own DPI (QImage, QPdfWriter and
    // QSvgGenerator each report theirs), so that text keeps its physical size on every device.
    const double deviceUnits = pt * kPointMm * devicePerMm;
    const int dpi = painter.device() != nullptr ? painter.device()->logicalDpiY() : 72;
    font.setPointSizeF(deviceUnits * 72.0 / std::max(dpi, 1));
    font.setBold(bold);
    font.setItalic(italic);
    font.setHintingPreference(QFont::PreferNoHinting); // same layout at every resolution
    font.setStyleStrategy(QFont::PreferOutline);
    return font;
}

QPen linePen(const LineStyle& line, double devicePerMm, double scale) {
    QPen pen(line.colour);
    pen.setWidthF(std::max(line.widthMm * devicePerMm, 0.0) / scale); // world units under the view transform
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    pen.setCosmetic(false);
    return pen;
}

std::optional<QLineF> clippedLine(const QLineF& line, const QRectF& rect) {
    double t0 = 0, t1 = 1;
    const double dx = line.dx(), dy = line.dy();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(),
                         rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) {
                return std::nullopt;
            }
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0) {
            t0 = std::max(t0, t);
        } else {
            t1 = std::min(t1, t);
        }
        if (t0 > t1) {
            return std::nullopt;
        }
    }
    return QLineF(line.pointAt(t0), line.pointAt(t1));
}

QPainterPath textPath(const QPainter& painter, const QPointF& baseline, const QFont& font,
                      const QString& text) {
    // QPainterPath::addText sizes glyphs at Qt's default DPI, not the device's: scale them back.
    const double ratio = QFontMetricsF(font, painter.device()).ascent() / QFontMetricsF(font).ascent();
    QPainterPath glyphs;
    glyphs.addText(QPointF(0, 0), font, text);
    return QTransform(ratio, 0, 0, ratio, baseline.x(), baseline.y()).map(glyphs);
}

void drawTextLine(QPainter& painter, const QPointF& baseline, const QFont& font, const QString& text) {
    if (painter.paintEngine() != nullptr && painter.paintEngine()->type() == QPaintEngine::Raster) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.fillPath(textPath(painter, baseline, font, text), painter.pen().color());
        painter.restore();
        return;
    }
    painter.setFont(font);
    painter.drawText(baseline, text);
}

QStringList wrapText(const QPainter& painter, const QFont& font, const QString& text, double width) {
    const QFontMetricsF metrics(font, painter.device());
    QStringList lines;
    QString line;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
            lines.append(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty()) {
        lines.append(line);
    }
    return lines;
}

} // namespace detail

namespace {

using detail::clippedLine;
using detail::drawTextLine;

using detail::linePen;
using detail::makeFont;
using detail::qs;

// Diagonal lines x + y = n * spacing (and x - y = n * spacing when crossed) over the device rectangle
// `box`, the caller clipping them. On a fixed grid, so bands and pages draw the same lines.
QList<QLineF> patternLines(const QRectF& box, double spacing, bool crossed) {
    QList<QLineF> lines;
    if (spacing <= 0 || box.isEmpty()) {
        return lines;
    }
    const double h = box.height();
    for (double n = std::floor((box.left() + box.top()) / spacing); n * spacing <= box.right() + box.bottom();
         ++n) {
        const double c = n * spacing; // x + y = c
        lines.append(QLineF(c - box.bottom(), box.bottom(), c - box.bottom() + h, box.top()));
    }
    if (crossed) {
        for (double n = std::floor((box.left() - box.bottom()) / spacing);
             n * spacing <= box.right() - box.top(); ++n) {
            const double c = n * spacing; // x - y = c
            lines.append(QLineF(c + box.top(), box.top(), c + box.top() + h, box.bottom()));
        }
    }
    return lines;
}

// Pattern lines (device) cut to the inside of world geometries, for devices that cannot clip (SVG).
QList<QLineF> linesInside(const QList<QLineF>& lines, const std::vector<const GEOSGeometry*>& geometries,
                          const MapView& view) {
    GEOSContextHandle_t context = geos::context();
    const QTransform toWorld = view.toDevice.inverted();
    std::vector<GEOSGeometry*> parts;
    for (const QLineF& line : lines) {
        GEOSCoordSequence* sequence = GEOSCoordSeq_create_r(context, 2, 2);
        const QPointF a = toWorld.map(line.p1());
        const QPointF b = toWorld.map(line.p2());
        GEOSCoordSeq_setXY_r(context, sequence, 0, a.x(), a.y());
        GEOSCoordSeq_setXY_r(context, sequence, 1, b.x(), b.y());
        parts.push_back(GEOSGeom_createLineString_r(context, sequence));
    }
    geos::Geometry all(GEOSGeom_createCollection_r(context, GEOS_MULTILINESTRING, parts.data(),
                                                   static_cast<unsigned>(parts.size())));
    QList<QLineF> kept;
    for (const GEOSGeometry* geometry : geometries) {
        geos::Geometry inside(GEOSIntersection_r(context, all.get(), geometry));
        if (!inside) {
            continue;
        }
        const int count = GEOSGetNumGeometries_r(context, inside.get());
        for (int i = 0; i < count; ++i) {
            const GEOSGeometry* part = GEOSGetGeometryN_r(context, inside.get(), i);
            if (GEOSGeomTypeId_r(context, part) != GEOS_LINESTRING) {
                continue;
            }
            const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(context, part);
            unsigned int size = 0;
            GEOSCoordSeq_getSize_r(context, sequence, &size);
            for (unsigned int j = 0; j + 1 < size; ++j) {
                double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
                GEOSCoordSeq_getXY_r(context, sequence, j, &x1, &y1);
                GEOSCoordSeq_getXY_r(context, sequence, j + 1, &x2, &y2);
                kept.append(QLineF(view.toDevice.map(QPointF(x1, y1)), view.toDevice.map(QPointF(x2, y2))));
            }
        }
    }
    return kept;
}

// The parts of a polyline inside `rect` (Liang–Barsky on each segment).
std::vector<QPolygonF> clippedPolyline(const QPolygonF& points, const QRectF& rect) {
    std::vector<QPolygonF> pieces;
    QPolygonF current;
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        const std::optional<QLineF> inside = clippedLine(QLineF(points[i], points[i + 1]), rect);
        if (!inside) {
            if (current.size() > 1) {
                pieces.push_back(current);
            }
            current.clear();
            continue;
        }
        if (current.isEmpty() || current.back() != inside->p1()) {
            if (current.size() > 1) {
                pieces.push_back(current);
            }
            current = QPolygonF{inside->p1()};
        }
        current.append(inside->p2());
    }
    if (current.size() > 1) {
        pieces.push_back(current);
    }
    return pieces;
}

struct BodyOptions {
    UnitId focus = kNoUnit;
    QRectF band;                // device rectangle to draw (a thread's band); empty: the whole frame
    double lodPixels = 0.25;    // outline simplification, in device units
    double fillLodPixels = 0.5; // fill simplification, in device units (the outlines cover the edges)
    bool context = false;       // neighbouring countries under the map (pages; not the benchmark image)
};

} // namespace

QPainterPath detail::onGrid(const QPainterPath& path, double grid) {
    if (grid <= 0) {
        return path;
    }
    QPainterPath out = path;
    for (int i = 0; i < out.elementCount(); ++i) {
        const QPainterPath::Element element = out.elementAt(i);
        out.setElementPositionAt(i, std::round(element.x / grid) * grid, std::round(element.y / grid) * grid);
    }
    return out;
}

QPainterPath detail::thinnedHalo(const QPainterPath& glyphs, double tolerance) {
    QPainterPath out;
    for (const QPolygonF& ring : glyphs.toSubpathPolygons()) {
        const qsizetype n = ring.size();
        if (n < 2) {
            continue;
        }
        const std::vector<char> keep = douglasPeuckerKeep(ring, tolerance);
        QPolygonF thinned;
        for (qsizetype i = 0; i < n; ++i) {
            if (keep[static_cast<std::size_t>(i)] != 0) {
                thinned.append(QPointF(std::round(ring[i].x()), std::round(ring[i].y())));
            }
        }
        out.addPolygon(thinned);
        out.closeSubpath();
    }
    return out;
}

namespace {

using detail::onGrid;

bool isRaster(const QPainter& painter) {
    return painter.paintEngine() != nullptr && painter.paintEngine()->type() == QPaintEngine::Raster;
}

// Draws a map's body: fills unit by unit (Qt's antialiasing rasterizer slows down sharply on one huge path:
// 701 communes as one path take ~90 ms at 2000 px, one by one ~10 ms), the no-data and hatch patterns, then
// outlines per level from the level-of-detail chunks that cross the drawn area.
class BodyPainter {
public:
    BodyPainter(QPainter& painter, const MapScene& scene, const ThematicLayer& layer, const MapStyle& style,
                const MapView& view, double devicePerMm, const BodyOptions& options)
        : painter_(painter), scene_(scene), layer_(layer), style_(style), view_(view),
          devicePerMm_(devicePerMm), options_(options),
          deviceArea_(options.band.isEmpty() ? view.frame : options.band.intersected(view.frame)),
          area_(view.toDevice.inverted().mapRect(deviceArea_)),
          // SVG (Qt's generator) ignores clipping: geometry is cut to the frame before it is drawn.
          canClip_(painter.paintEngine() == nullptr || painter.paintEngine()->type() != QPaintEngine::SVG),
          raster_(isRaster(painter)), fillTolerance_(lod(options.fillLodPixels)) {
        // PDF pages: the map's coordinates on a grid of whole display units (a power of ten, at most 0.025 mm
        // on the page; none when a unit is coarser than that, as degrees would be). Qt writes a coordinate
        // with nine significant digits, a whole number without its fraction: half the bytes of the page's
        // content stream, which Qt deflates at level 6 (half of the atlas's time was zlib: bench/README.md).
        if (!raster_ && canClip_) {
            grid_ = std::pow(10.0, std::floor(std::log10(0.025 * devicePerMm / view.scale)));
            grid_ = grid_ >= 1 ? grid_ : 0;
        }
    }

    // Returns the units drawn as data.
    std::vector<UnitId> draw() {
        painter_.save();
        base_ = painter_.worldTransform(); // device (or a band of it, see renderChoroplethImage)
        painter_.setClipRect(deviceArea_);
        painter_.fillRect(deviceArea_, style_.mapBackground);
        painter_.setWorldTransform(view_.toDevice, true);
        painter_.setPen(Qt::NoPen);
        worldMap_ = painter_.worldTransform();
        if (options_.context) {
            drawCountries();
        }
        Patterned noData, hatched;
        const std::vector<UnitId> dataUnits = fillUnits(noData, hatched);
        drawPattern(noData, QPen(style_.noDataPatternColour, std::max(0.1 * devicePerMm_, 0.5)),
                    style_.noDataPatternSpacingMm, true);
        drawPattern(hatched, QPen(style_.hatch.colour, std::max(style_.hatch.widthMm * devicePerMm_, 0.5)),
                    style_.hatchSpacingMm, false);
        painter_.setBrush(Qt::NoBrush);
        drawOutlines();
        painter_.restore();
        return dataUnits;
    }

private:
    // The units a pattern covers: as one path, and one by one with their geometry.
    struct Patterned {
        QPainterPath all;
        std::vector<const GEOSGeometry*> shapes;
        std::vector<QPainterPath> parts;
        Patterned() { all.setFillRule(Qt::OddEvenFill); }
        void add(const QPainterPath& path, const GEOSGeometry* geometry) {
            all.addPath(path);
            shapes.push_back(geometry);
            parts.push_back(path);
        }
    };

    // Raster drawing keeps to the coarse levels of detail (see MapScene::fineDetailLimit).
    double lod(double devicePixels) const {
        const double tolerance = devicePixels / view_.scale;
        return raster_ && tolerance < scene_.fineDetailLimit() ? 0.0 : tolerance;
    }

    // Qt writes fills in device units (1/1200 in): those go on whole device units (0.02 mm, under the
    // 0.1 mm lines drawn over every edge; a shared vertex lands on the same point from both sides).
    void fill(const QPainterPath& path, const QBrush& brush) {
        if (grid_ <= 0) {
            painter_.fillPath(path, brush);
            return;
        }
        painter_.setWorldTransform(QTransform());
        painter_.fillPath(onGrid(worldMap_.map(path), 1), brush);
        painter_.setWorldTransform(worldMap_);
    }

    std::pair<QPainterPath, const GEOSGeometry*> shape(const SceneUnit& unit) {
        if (canClip_ || area_.contains(unit.bounds)) {
            return {scene_.fillPath(unit.id, fillTolerance_), unit.geometry.get()};
        }
        cut_.emplace_back(GEOSClipByRect_r(geos::context(), unit.geometry.get(), area_.left(), area_.top(),
                                           area_.right(), area_.bottom()));
        return {geometryPath(cut_.back().get()), cut_.back().get()};
    }

    // Neighbouring countries, light grey under everything (their outlines are Natural Earth's: Mali's own
    // fills, drawn next, cover where the two sources disagree along the border).
    void drawCountries() {
        QPainterPath countries;
        countries.setFillRule(Qt::OddEvenFill);
        for (const ContextCountry& country : scene_.countries()) {
            if (!country.bounds.intersects(area_)) {
                continue;
            }
            if (canClip_ || area_.contains(country.bounds)) {
                countries.addPath(country.path);
            } else {
                geos::Geometry inside(GEOSClipByRect_r(geos::context(), country.geometry.get(), area_.left(),
                                                       area_.top(), area_.right(), area_.bottom()));
                if (inside) {
                    countries.addPath(geometryPath(inside.get()));
                }
            }
        }
        painter_.setPen(linePen(style_.countryOutline, devicePerMm_, view_.scale));
        painter_.setBrush(style_.countryFill);
        painter_.drawPath(countries);
        painter_.setPen(Qt::NoPen);
        painter_.setBrush(Qt::NoBrush);
    }

    std::vector<UnitId> fillUnits(Patterned& noData, Patterned& hatched) {
        std::vector<UnitId> dataUnits;
        const int classCount = static_cast<int>(layer_.colours.size());
        const UnitId focus = options_.focus;
        // PDF pages: the muted neighbours, all of one colour, as the fills of their units at the focus's
        // level (a cercle page fills the cercles around, not their communes one by one): their inner edges
        // were half of a page's fill segments. The commune lines drawn over them cover those edges as before.
        const bool groupNeighbours = focus != kNoUnit && !raster_ && canClip_;
        const AdminLevel focusLevel = focus != kNoUnit ? scene_.unit(focus).level : AdminLevel::Country;
        std::set<UnitId> neighbourGroups;
        for (UnitId id : scene_.level(layer_.spec.level)) {
            const SceneUnit& unit = scene_.unit(id);
            if (!unit.bounds.intersects(area_)) {
                continue;
            }
            if (focus != kNoUnit && !scene_.isWithin(id, focus)) {
                const UnitId group = groupNeighbours ? scene_.ancestorAt(id, focusLevel) : kNoUnit;
                if (group != kNoUnit && group != focus && scene_.has(group)) {
                    if (neighbourGroups.insert(group).second) {
                        fill(scene_.fillPath(group, fillTolerance_), style_.neighbourFill);
                    }
                } else {
                    fill(shape(unit).first, style_.neighbourFill);
                }
                continue;
            }
            const auto [path, geometry] = shape(unit);
            dataUnits.push_back(id);
            const auto index = static_cast<std::size_t>(id);
            const int value = layer_.unitClass[index];
            if (layer_.hatched[index] != 0) {
                hatched.add(path, geometry);
            }
            if (layer_.spec.kind == MapKind::Symbols && value != kNoDataClass) {
                fill(path, style_.symbolBaseFill);
            } else if (layer_.spec.kind != MapKind::Symbols && value >= 0 && value < classCount) {
                fill(path, layer_.colours[static_cast<std::size_t>(value)]);
            } else if (value == kZeroClass) {
                fill(path, style_.zeroColour);
            } else {
                fill(path, style_.noDataColour);
                noData.add(path, geometry);
            }
        }
        return dataUnits;
    }

    void drawPattern(const Patterned& where, const QPen& pen, double spacingMm, bool crossed) {
        if (where.all.isEmpty()) {
            return;
        }
        if (raster_) {
            // Unit by unit, over each unit's own box: with the whole set as one clip path, every line crossed
            // the box of all of them and each of its spans was cut against that complex clip (half the time
            // of a 2000 px commune map). Lines stay on the frame's grid, so bands and pages agree.
            const QRectF reach = deviceArea_.adjusted(-2, -2, 2, 2);
            for (const QPainterPath& part : where.parts) {
                const QRectF box =
                    view_.toDevice.mapRect(part.boundingRect()).adjusted(-2, -2, 2, 2).intersected(reach);
                if (box.isEmpty()) {
                    continue;
                }
                painter_.save();
                painter_.setClipPath(part, Qt::IntersectClip);
                painter_.setWorldTransform(base_);
                painter_.setPen(pen);
                painter_.drawLines(patternLines(box, spacingMm * devicePerMm_, crossed));
                painter_.restore();
            }
            return;
        }
        painter_.save();
        // Over the frame, not the band: the same segments whichever band draws them.
        const QRectF box = view_.toDevice.mapRect(where.all.boundingRect()).intersected(view_.frame);
        QList<QLineF> lines = patternLines(box, spacingMm * devicePerMm_, crossed);
        if (canClip_) {
            painter_.setClipPath(where.all, Qt::IntersectClip);
        } else {
            lines = linesInside(lines, where.shapes, view_);
        }
        painter_.setWorldTransform(base_);
        painter_.setPen(pen);
        painter_.drawLines(lines);
        painter_.restore();
    }

    // Lines of 1 to 3 pixels as separate square-capped segments: Qt draws those with its line rasterizer,
    // while a polyline with round joins goes through the general stroker and costs four times as much (the
    // région and country lines took half the drawing time). At these widths the squared ends covering the
    // joins look the same; wider (page PNGs at print resolution) they show as bumps, so those keep their
    // round joins.
    void strokeSegments(AdminLevel level, const QPen& pen, double tolerance, const QRectF& reach) {
        QPen segmentPen = pen;
        segmentPen.setCapStyle(Qt::SquareCap);
        painter_.setPen(segmentPen);
        QList<QLineF> segments;
        for (const Polyline& chunk : scene_.lineChunks(level, tolerance)) {
            if (chunk.bounds.intersects(reach)) {
                for (qsizetype i = 0; i + 1 < chunk.points.size(); ++i) {
                    segments.append(QLineF(chunk.points[i], chunk.points[i + 1]));
                }
            }
        }
        painter_.drawLines(segments);
    }

    void stroke(AdminLevel level, const QPen& pen, double tolerance) {
        const double margin = pen.widthF();
        const QRectF reach = area_.adjusted(-margin, -margin, margin, margin);
        painter_.setPen(pen);
        const double deviceWidth = pen.widthF() * view_.scale;
        if (raster_ && deviceWidth > 1 && deviceWidth <= 3) {
            strokeSegments(level, pen, tolerance, reach);
        } else if (raster_) {
            // Short polylines: the rasterizer stays fast and off-band pieces are skipped. (Lines of a device
            // pixel or less take Qt's cosmetic stroker, fast whatever the joins.)
            for (const Polyline& chunk : scene_.lineChunks(level, tolerance)) {
                if (chunk.bounds.intersects(reach)) {
                    painter_.drawPolyline(chunk.points);
                }
            }
        } else if (canClip_) {
            painter_.drawPath(
                onGrid(scene_.outlines(level, reach, tolerance), grid_)); // one path object per level
        } else {
            QPainterPath path;
            for (const Polyline& chunk : scene_.lineChunks(level, tolerance)) {
                if (area_.contains(chunk.bounds)) {
                    path.addPolygon(chunk.points);
                } else if (chunk.bounds.intersects(area_)) {
                    for (const QPolygonF& piece : clippedPolyline(chunk.points, area_)) {
                        path.addPolygon(piece);
                    }
                }
            }
            painter_.drawPath(path);
        }
    }

    // Outlines from fine to coarse, down to the map's level only (a cercle map needs no commune lines).
    void drawOutlines() {
        const double tolerance = lod(options_.lodPixels);
        std::vector<AdminLevel> levels;
        for (AdminLevel level :
             {AdminLevel::Commune, AdminLevel::Cercle, AdminLevel::Region, AdminLevel::Country}) {
            if (level <= layer_.spec.level) {
                levels.push_back(level);
            }
        }
        const UnitId focus = options_.focus;
        if (focus == kNoUnit) {
            for (AdminLevel level : levels) {
                stroke(level, linePen(lineOf(style_, level), devicePerMm_, view_.scale), tolerance);
            }
            return;
        }
        // Every line muted; over it, inside the focus, its units' own outlines in their level's style (no
        // clipping needed, they lie inside); then the focus's outline. Vector pages take the fills' levels of
        // detail at the lines' tolerance: shared edges are simplified once, so both sides still coincide.
        for (AdminLevel level : levels) {
            // PDF pages: the muted lines of the finest level already draw the coarser levels' edges, in the
            // same pen (a cercle page drew each cercle and région edge three times); the country outline,
            // from its own source, stays.
            if (!raster_ && canClip_ && level != levels.front() && level != AdminLevel::Country) {
                continue;
            }
            stroke(level, linePen(style_.neighbour, devicePerMm_, view_.scale), tolerance);
        }
        const auto outline = [&](UnitId id) {
            return raster_ ? scene_.unit(id).path : onGrid(scene_.fillPath(id, tolerance), grid_);
        };
        for (AdminLevel level : levels) {
            if (level <= scene_.unit(focus).level) {
                continue;
            }
            painter_.setPen(linePen(lineOf(style_, level), devicePerMm_, view_.scale));
            for (UnitId id : scene_.level(level)) {
                if (scene_.isWithin(id, focus)) {
                    painter_.drawPath(outline(id));
                }
            }
        }
        painter_.setPen(linePen(style_.focus, devicePerMm_, view_.scale));
        painter_.drawPath(outline(focus));
    }

    QPainter& painter_;
    const MapScene& scene_;
    const ThematicLayer& layer_;
    const MapStyle& style_;
    const MapView& view_;
    const double devicePerMm_;
    const BodyOptions& options_;
    const QRectF deviceArea_, area_; // what is drawn, on the device and in the map's coordinates
    const bool canClip_, raster_;
    const double fillTolerance_;
    double grid_ = 0;                 // PDF pages: the grid of display units coordinates are rounded to
    QTransform base_, worldMap_;      // the painter's transform before the map's, and with it
    std::vector<geos::Geometry> cut_; // keeps the cut geometries alive for the patterns
};

std::vector<UnitId> drawBody(QPainter& painter, const MapScene& scene, const ThematicLayer& layer,
                             const MapStyle& style, const MapView& view, double devicePerMm,
                             const BodyOptions& options) {
    return BodyPainter(painter, scene, layer, style, view, devicePerMm, options).draw();
}

void drawSymbols(QPainter& painter, const MapScene& scene, const ThematicLayer& layer, const MapStyle& style,
                 const MapView& view, double devicePerMm, const std::vector<UnitId>& units) {
    if (layer.spec.kind != MapKind::Symbols || layer.maxValue <= 0) {
        return;
    }
    std::vector<std::pair<double, UnitId>> order;
    for (UnitId id : units) {
        const double value = layer.values[static_cast<std::size_t>(id)];
        if (!std::isnan(value) && value > 0) {
            order.emplace_back(value, id);
        }
    }
    // Largest first, so small circles stay visible on top.
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    painter.save();
    painter.setClipRect(view.frame);
    painter.setPen(QPen(style.symbolOutline, 0.15 * devicePerMm));
    painter.setBrush(style.symbolFill);
    for (const auto& [value, id] : order) {
        const double radius =
            std::max(style.symbolMaxRadiusMm * std::sqrt(value / layer.maxValue), style.symbolMinRadiusMm) *
            devicePerMm;
        const QPointF centre = view.toDevice.map(scene.unit(id).labelPoint);
        painter.drawEllipse(centre, radius, radius);
    }
    painter.restore();
}

} // namespace

void ensureGuiApplication() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (QCoreApplication::instance() != nullptr) {
            if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
                throwInputError(
                    {}, {}, 0,
                    translate("Render",
                              "maps need a QGuiApplication (fonts); the program created a QCoreApplication"));
            }
            return;
        }
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            // Headless runs (CI, cron) have no session folder; Qt would warn on every start and pick this
            // one.
            const QByteArray runtime =
                QDir::tempPath().toUtf8() + "/runtime-couverture-" + QByteArray::number(getuid());
            QDir().mkpath(QString::fromUtf8(runtime));
            QFile::setPermissions(QString::fromUtf8(runtime),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime);
        }
        static int argc = 1;
        static char name[] = "couverture";
        static char* argv[] = {name, nullptr};
        // Never destroyed: it must outlive every painter, including ones in static objects.
        new QGuiApplication(argc, argv);
    });
}

void ensureFonts(const MapStyle& style) {
    ensureGuiApplication();
    static std::mutex mutex;
    static std::set<std::string> loaded;
    std::lock_guard<std::mutex> lock(mutex);
    for (const std::string& file : style.fonts.files) {
        const std::string path = style.fonts.directory.empty() ? file : style.fonts.directory + "/" + file;
        if (loaded.count(path) != 0) {
            continue;
        }
        if (QFontDatabase::addApplicationFont(qs(path)) < 0) {
            throwInputError(style.path, "fonts.files", 0,
                            fill(translate("Render", "cannot load the font file %1"), {path}));
        }
        loaded.insert(path);
    }
}

MapView fitView(const QRectF& frame, const QRectF& area, double padding) {
    MapView view;
    view.frame = frame;
    const QRectF padded = area.adjusted(-area.width() * padding, -area.height() * padding,
                                        area.width() * padding, area.height() * padding);
    view.scale = std::min(frame.width() / std::max(padded.width(), 1e-9),
                          frame.height() / std::max(padded.height(), 1e-9));
    const QPointF centre = padded.center();
    // Display y grows northwards, device y downwards.
    view.toDevice = QTransform(view.scale, 0, 0, -view.scale, frame.center().x() - view.scale * centre.x(),
                               frame.center().y() + view.scale * centre.y());
    view.area = view.toDevice.inverted().mapRect(frame);
    return view;
}

MapDrawReport drawMap(QPainter& painter, const MapScene& scene, const ThematicLayer& layer,
                      const MapStyle& style, const MapView& view, double devicePerMm,
                      const MapDrawOptions& options) {
    MapDrawReport report;
    painter.setRenderHint(QPainter::Antialiasing, options.antialias);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    BodyOptions body;
    body.focus = options.focus;
    body.lodPixels = isRaster(painter) ? 0.25 : 0.05 * devicePerMm; // vector: below a printer's dot
    if (!isRaster(painter)) {
        // Vector fills at the lines' tolerance (0.05 mm, under the 0.1 mm and wider lines drawn over every
        // edge); 0.5 device units is 0.01 mm in a 1200 dpi PDF, a vertex every few metres on a cercle page.
        body.fillLodPixels = body.lodPixels;
    }
    body.context = options.showCountries;
    report.units = drawBody(painter, scene, layer, style, view, devicePerMm, body);
    drawSymbols(painter, scene, layer, style, view, devicePerMm, report.units);
    if (options.names) {
        detail::placeLabels(painter, scene, style, view, devicePerMm,
                            detail::labelCandidates(scene, view, options), options, report);
    }
    return report;
}

MapDrawReport drawNames(QPainter& painter, const MapScene& scene, const MapStyle& style, const MapView& view,
                        double devicePerMm, const MapDrawOptions& options) {
    MapDrawReport report;
    painter.setRenderHint(QPainter::Antialiasing, options.antialias);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    detail::placeLabels(painter, scene, style, view, devicePerMm,
                        detail::labelCandidates(scene, view, options), options, report);
    return report;
}

namespace {

// Where the second of two bands starts: the row above which `renderShare` of the drawing work (counted in
// vertices of the map's level) plus `1 - renderShare` of the encoding work (counted in rows) lies.
int bandSplit(const MapScene& scene, const ThematicLayer& layer, const MapView& view, int height,
              double renderShare) {
    std::vector<std::pair<double, double>> weights; // device y of a unit's centre, its vertex count
    double total = 0;
    for (UnitId id : scene.level(layer.spec.level)) {
        const SceneUnit& unit = scene.unit(id);
        const double count = static_cast<double>(unit.path.elementCount());
        weights.emplace_back(view.toDevice.map(unit.bounds.center()).y(), count);
        total += count;
    }
    std::sort(weights.begin(), weights.end());
    int split = height / 2;
    if (total > 0) {
        double seen = 0;
        for (const auto& [y, count] : weights) {
            seen += count;
            const double rows = std::clamp(y / height, 0.0, 1.0);
            if (renderShare * seen / total + (1 - renderShare) * rows >= 0.5) {
                split = static_cast<int>(std::lround(y));
                break;
            }
        }
    }
    return std::clamp(split, 16, height - 16);
}

// Draws rows [top, top + height) of `pixels` (an RGB32 buffer of `size`): the page colour, then the map.
void renderBand(uchar* pixels, qsizetype bytesPerLine, QSize size, int top, int height, const MapScene& scene,
                const ThematicLayer& layer, const MapStyle& style, const MapView& view, double devicePerMm) {
    // A view onto the rows of the same buffer: no copy, no locking.
    QImage band(pixels + bytesPerLine * top, size.width(), height, bytesPerLine, QImage::Format_RGB32);
    band.fill(style.pageColour);
    {
        QPainter painter(&band);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.translate(0, -top);
        BodyOptions body;
        body.band = QRectF(0, top, size.width(), height);
        drawBody(painter, scene, layer, style, view, devicePerMm, body);
    }
}

} // namespace

QImage renderChoroplethImage(const MapScene& scene, const ThematicLayer& layer, const MapStyle& style,
                             QSize size, double dpi, int threads) {
    QImage image(size, QImage::Format_RGB32);
    image.setDotsPerMeterX(static_cast<int>(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(dpi / 0.0254)));
    const double devicePerMm = dpi / 25.4;
    const MapView view = fitView(QRectF(QPointF(0, 0), QSizeF(size)), scene.extent(), 0.02);
    uchar* pixels = image.bits();
    const qsizetype bytesPerLine = image.bytesPerLine();
    auto band = [&](int top, int height) {
        renderBand(pixels, bytesPerLine, size, top, height, scene, layer, style, view, devicePerMm);
    };
    if (threads <= 1 || size.height() < 64) {
        band(0, size.height());
        return image;
    }
    // Split where half of the vertices lie above (Mali's south holds most of the detail), not at mid-height.
    const int split = bandSplit(scene, layer, view, size.height(), 1.0);
    std::thread second([&] { band(split, size.height() - split); });
    band(0, split);
    second.join();
    return image;
}

QByteArray renderChoroplethPng(const MapScene& scene, const ThematicLayer& layer, const MapStyle& style,
                               QSize size, double dpi, int threads, const PngOptions& options) {
    QImage image(size, QImage::Format_RGB32);
    const double devicePerMm = dpi / 25.4;
    const MapView view = fitView(QRectF(QPointF(0, 0), QSizeF(size)), scene.extent(), 0.02);
    uchar* pixels = image.bits(); // taken once: the threads never touch `image` itself (no detach)
    const qsizetype bytesPerLine = image.bytesPerLine();
    const int level = options.compressionLevel;
    std::vector<PngBand> bands(threads <= 1 || size.height() < 64 ? 1 : 2);
    auto work = [&](std::size_t index, int top, int height) {
        renderBand(pixels, bytesPerLine, size, top, height, scene, layer, style, view, devicePerMm);
        const QImage rows(pixels + bytesPerLine * top, size.width(), height, bytesPerLine,
                          QImage::Format_RGB32);
        bands[index] = deflatePngRows(rows, 0, height, index + 1 == bands.size(), level);
    };
    if (bands.size() == 1) {
        work(0, 0, size.height());
    } else {
        // Both threads draw and then encode: the cut balances drawing (by vertices, the south is dense) and
        // encoding (by rows). The weight of drawing was measured: 0.5 was fastest for the 2000 px commune
        // map (0.3 to 1 tried).
        constexpr double kRenderShare = 0.5;
        const int split = bandSplit(scene, layer, view, size.height(), kRenderShare);
        std::thread second([&] { work(1, split, size.height() - split); });
        work(0, 0, split);
        second.join();
    }
    PngOptions written = options;
    if (written.dotsPerInch <= 0) {
        written.dotsPerInch = dpi; // as renderChoroplethImage's dots per metre
    }
    return assemblePng(size, bands, written);
}

} // namespace couverture::render
