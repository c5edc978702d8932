// The report page around the map: header, legend, scale bar, north arrow, inset and footer.

#include "core/sector_dictionary.h"
#include "core/texts.h"
#include "render/map_painter.h"
#include "render/paint_helpers.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numbers>

namespace couverture::render {
namespace {

using detail::linePen;
using detail::makeFont;
using detail::qs;

struct Layout {
    QRectF header, frame, legend, inset, footer; // millimetres
};

Layout layoutPage(const MapStyle& style, const QSizeF& page, bool landscape) {
    const LayoutStyle& l = style.layout;
    const double m = l.marginMm;
    const double w = page.width();
    const double h = page.height();
    Layout layout;
    layout.header = QRectF(m, m, w - 2 * m, l.headerMm);
    layout.footer = QRectF(m, h - m - l.footerMm, w - 2 * m, l.footerMm);
    const double top = layout.header.bottom() + l.gapMm;
    const double bottom = layout.footer.top() - l.gapMm;
    if (landscape) {
        const double panelX = w - m - l.panelMm;
        layout.frame = QRectF(m, top, panelX - l.gapMm - m, bottom - top);
        layout.inset = QRectF(panelX, bottom - l.insetMm, l.panelMm, l.insetMm);
        layout.legend = QRectF(panelX, top, l.panelMm, layout.inset.top() - l.gapMm - top);
    } else {
        const double panelTop = bottom - l.panelMm;
        layout.frame = QRectF(m, top, w - 2 * m, panelTop - l.gapMm - top);
        layout.inset = QRectF(w - m - l.insetMm, panelTop, l.insetMm, l.panelMm);
        layout.legend = QRectF(m, panelTop, w - 2 * m - l.insetMm - l.gapMm, l.panelMm);
    }
    return layout;
}

// Draws text and remembers it for the page report.
class PageWriter {
public:
    PageWriter(QPainter& painter, double devicePerMm, PageReport& report)
        : painter_(painter), k_(devicePerMm), report_(report) {}

    QRectF device(const QRectF& mm) const {
        return {mm.x() * k_, mm.y() * k_, mm.width() * k_, mm.height() * k_};
    }
    double k() const { return k_; }

    // Word-wrapped text from the top of a rectangle (millimetres), left- or right-aligned; returns the
    // height used, in millimetres.
    double text(const QRectF& mm, const std::string& text, const QFont& font, const QColor& colour,
                Qt::Alignment alignment = Qt::AlignLeft) {
        if (text.empty()) {
            return 0;
        }
        const QRectF box = device(mm);
        const QFontMetricsF metrics(font, painter_.device());
        const QStringList lines = detail::wrapText(painter_, font, qs(text), box.width());
        painter_.setPen(colour);
        double y = box.top() + metrics.ascent();
        for (const QString& line : lines) {
            const double x = alignment.testFlag(Qt::AlignRight)
                                 ? box.right() - metrics.horizontalAdvance(line)
                                 : box.left();
            detail::drawTextLine(painter_, QPointF(x, y), font, line);
            y += metrics.lineSpacing();
        }
        report_.texts.push_back(text);
        return (metrics.height() + static_cast<double>(lines.size() - 1) * metrics.lineSpacing()) / k_;
    }

    // One line at a baseline point (millimetres).
    void line(const QPointF& mm, const std::string& text, const QFont& font, const QColor& colour) {
        painter_.setPen(colour);
        detail::drawTextLine(painter_, QPointF(mm.x() * k_, mm.y() * k_), font, qs(text));
        report_.texts.push_back(text);
    }

    double width(const std::string& text, const QFont& font) const {
        return QFontMetricsF(font, painter_.device()).horizontalAdvance(qs(text)) / k_;
    }
    double height(const QFont& font) const { return QFontMetricsF(font, painter_.device()).height() / k_; }
    double ascent(const QFont& font) const { return QFontMetricsF(font, painter_.device()).ascent() / k_; }

private:
    QPainter& painter_;
    double k_;
    PageReport& report_;
};

double niceBelow(double value) {
    if (value <= 0) {
        return 0;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * magnitude <= value) {
            return step * magnitude;
        }
    }
    return magnitude;
}

int decimalsOf(double value) {
    for (int decimals = 0; decimals < 4; ++decimals) {
        const double scale = std::pow(10.0, decimals);
        if (std::fabs(value * scale - std::round(value * scale)) < 1e-6) {
            return decimals;
        }
    }
    return 3;
}

// Kilometres per page millimetre, measured on the ellipsoid along a horizontal line through the map centre.
double kilometresPerMm(const MapScene& scene, const MapView& view, double devicePerMm) {
    const QPointF centre = view.frame.center();
    const double half = view.frame.width() * 0.1;
    const QTransform toWorld = view.toDevice.inverted();
    const QPointF a = toWorld.map(QPointF(centre.x() - half, centre.y()));
    const QPointF b = toWorld.map(QPointF(centre.x() + half, centre.y()));
    double lon1 = 0, lat1 = 0, lon2 = 0, lat2 = 0;
    if (!scene.projection().inverse(a.x(), a.y(), lon1, lat1) ||
        !scene.projection().inverse(b.x(), b.y(), lon2, lat2)) {
        return 0;
    }
    return geodesicDistance(lon1, lat1, lon2, lat2) / 1000.0 / (2 * half / devicePerMm);
}

ScaleBarInfo drawScaleBar(QPainter& painter, PageWriter& writer, const MapScene& scene, const MapView& view,
                          const QRectF& frameMm, const MapStyle& style, const std::string& language) {
    ScaleBarInfo info;
    const double k = writer.k();
    const double perMm = kilometresPerMm(scene, view, k);
    if (perMm <= 0) {
        return info;
    }
    const double targetMm = std::min(frameMm.width() * 0.22, 60.0);
    const double km = niceBelow(targetMm * perMm);
    const double lengthMm = km / perMm;
    const QFont font = makeFont(painter, style.fonts.family, style.fonts.scalePt, k);
    const double textHeight = writer.height(font);
    const double barHeight = 1.3;
    const QPointF origin(frameMm.left() + 5, frameMm.bottom() - 4 - barHeight); // bar's top-left, mm
    const std::string unit = " " + style.text(language, "scale_unit");
    const int decimals = decimalsOf(km / 2);
    const std::string endLabel = formatNumber(km, decimalsOf(km), style, language) + unit;
    // Background so the bar reads over any fill.
    const QRectF box(origin.x() - 2, origin.y() - textHeight - 1.5,
                     lengthMm + writer.width(endLabel, font) + 4, barHeight + textHeight + 3.5);
    painter.setPen(Qt::NoPen);
    QColor backing = style.pageColour;
    backing.setAlphaF(0.85);
    painter.setBrush(backing);
    painter.drawRect(writer.device(box));
    // Four segments, alternately dark and light.
    painter.setPen(QPen(style.textColour, 0.15 * k));
    for (int i = 0; i < 4; ++i) {
        painter.setBrush(i % 2 == 0 ? style.textColour : style.pageColour);
        painter.drawRect(
            writer.device(QRectF(origin.x() + lengthMm * i / 4, origin.y(), lengthMm / 4, barHeight)));
    }
    const double baseline = origin.y() - 0.8;
    auto centred = [&](double x, const std::string& text) {
        writer.line(QPointF(x - writer.width(text, font) / 2, baseline), text, font, style.textColour);
    };
    centred(origin.x(), "0");
    centred(origin.x() + lengthMm / 2, formatNumber(km / 2, decimals, style, language));
    writer.line(QPointF(origin.x() + lengthMm -
                            writer.width(formatNumber(km, decimalsOf(km), style, language), font) / 2,
                        baseline),
                endLabel, font, style.textColour);
    info.startMm = QPointF(origin.x(), origin.y() + barHeight / 2);
    info.endMm = QPointF(origin.x() + lengthMm, origin.y() + barHeight / 2);
    info.kilometres = km;
    return info;
}

void drawNorthArrow(QPainter& painter, PageWriter& writer, const MapScene& scene, const MapView& view,
                    const QRectF& frameMm, const MapStyle& style, const std::string& language) {
    const double k = writer.k();
    // True north at the map centre: conformal projections turn the meridians away from the frame's vertical.
    double angle = 0;
    const QPointF centre = view.area.center();
    double lon = 0, lat = 0, x = 0, y = 0;
    if (scene.projection().inverse(centre.x(), centre.y(), lon, lat) &&
        scene.projection().forward(lon, std::min(lat + 0.1, 89.9), x, y)) {
        const QPointF a = view.toDevice.map(centre);
        const QPointF b = view.toDevice.map(QPointF(x, y));
        angle = std::atan2(b.x() - a.x(), a.y() - b.y()) * 180.0 / std::numbers::pi;
    }
    const QFont font = makeFont(painter, style.fonts.family, style.fonts.northPt, k, true);
    const double height = 9;
    const double width = 4;
    const QPointF base(frameMm.right() - 7,
                       frameMm.top() + 5 + writer.height(font) + height); // arrow foot, mm
    painter.save();
    painter.translate(base.x() * k, (base.y() - height / 2) * k);
    painter.rotate(angle);
    const double h = height / 2 * k;
    const double w = width / 2 * k;
    QPolygonF left{QPointF(0, -h), QPointF(-w, h), QPointF(0, h * 0.55)};
    QPolygonF right{QPointF(0, -h), QPointF(w, h), QPointF(0, h * 0.55)};
    painter.setPen(QPen(style.textColour, 0.2 * k, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(style.textColour);
    painter.drawPolygon(left);
    painter.setBrush(style.pageColour);
    painter.drawPolygon(right);
    painter.restore();
    const std::string north = style.text(language, "north");
    const double tipY = base.y() - height - 1;
    writer.line(QPointF(base.x() - writer.width(north, font) / 2, tipY), north, font, style.textColour);
}

void drawSwatch(QPainter& painter, const QRectF& device, const LegendEntry& entry, const MapStyle& style,
                double k) {
    painter.setPen(QPen(style.frameColour, 0.1 * k));
    const bool pattern = entry.kind == LegendKind::NoData || entry.kind == LegendKind::CoarserOnly;
    painter.setBrush(entry.kind == LegendKind::CoarserOnly ? style.zeroColour : entry.colour);
    painter.drawRect(device);
    if (pattern) {
        painter.save();
        const bool crossed = entry.kind == LegendKind::NoData;
        const double spacing = (crossed ? style.noDataPatternSpacingMm : style.hatchSpacingMm) * k;
        const QColor colour = crossed ? style.noDataPatternColour : style.hatch.colour;
        const double width = crossed ? 0.1 * k : style.hatch.widthMm * k;
        painter.setPen(QPen(colour, width));
        // Cut to the swatch by hand: SVG output does not clip.
        QList<QLineF> lines;
        const double h = device.height();
        auto add = [&](const QLineF& line) {
            if (const std::optional<QLineF> inside = detail::clippedLine(line, device)) {
                lines.append(*inside);
            }
        };
        for (double c = -h; c < device.width(); c += spacing) {
            add(QLineF(device.left() + c, device.bottom(), device.left() + c + h, device.top()));
            if (crossed) {
                add(QLineF(device.left() + c, device.top(), device.left() + c + h, device.bottom()));
            }
        }
        painter.drawLines(lines);
        painter.restore();
        painter.setPen(QPen(style.frameColour, 0.1 * k));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(device);
    }
}

std::string figureKey(const ThematicLayer& layer) {
    return layer.spec.kind == MapKind::Categories ? std::string("main_sector") : layer.spec.figure;
}

// Returns where the legend ends (millimetres from the top of the page).
double drawLegend(QPainter& painter, PageWriter& writer, const QRectF& area, const ThematicLayer& layer,
                  const std::vector<LegendEntry>& entries, const MapStyle& style, const std::string& language,
                  const std::string& noteKey) {
    const double k = writer.k();
    const QFont titleFont = makeFont(painter, style.fonts.family, style.fonts.legendTitlePt, k, true);
    const QFont font = makeFont(painter, style.fonts.family, style.fonts.legendPt, k);
    const QFont noteFont = makeFont(painter, style.fonts.family, style.fonts.legendPt * 0.9, k, false, true);
    const std::string key = figureKey(layer);
    double y = area.top();
    y += writer.text(QRectF(area.left(), y, area.width(), area.height()),
                     style.textOr(language, "legend_titles." + key, key), titleFont, style.textColour);
    const std::string levels =
        style.text(language, "levels_plural." + std::string(levelKey(layer.spec.level)));
    if (layer.spec.kind != MapKind::Symbols) {
        y += writer.text(QRectF(area.left(), y, area.width(), area.height()),
                         fillPlaceholders(style.text(language, "legend_counts"), {{"levels", levels}}),
                         noteFont, style.mutedTextColour);
    }
    if (!noteKey.empty()) { // which units the classes were computed on (atlas pages)
        y += writer.text(QRectF(area.left(), y, area.width(), area.height()), style.text(language, noteKey),
                         noteFont, style.mutedTextColour);
    }
    y += 1.5;

    // Proportional circles: nested, bottom-aligned, with their values.
    std::vector<const LegendEntry*> rows;
    std::vector<const LegendEntry*> circles;
    for (const LegendEntry& entry : entries) {
        (entry.kind == LegendKind::Symbol ? circles : rows).push_back(&entry);
    }
    if (!circles.empty()) {
        const double biggest = style.symbolMaxRadiusMm;
        const double cx = area.left() + biggest + 1;
        const double bottom = y + 2 * biggest;
        for (const LegendEntry* entry : circles) {
            const double radius =
                std::max(style.symbolMaxRadiusMm * std::sqrt(entry->low / std::max(layer.maxValue, 1e-12)),
                         style.symbolMinRadiusMm);
            painter.setPen(QPen(style.textColour, 0.12 * k));
            painter.setBrush(entry->colour);
            painter.drawEllipse(QPointF(cx * k, (bottom - radius) * k), radius * k, radius * k);
            const double top = bottom - 2 * radius;
            painter.setPen(QPen(style.mutedTextColour, 0.1 * k, Qt::DashLine));
            painter.drawLine(QPointF(cx * k, top * k), QPointF((cx + biggest + 2) * k, top * k));
            writer.line(QPointF(cx + biggest + 3, top + writer.ascent(font) / 2), entry->label, font,
                        style.textColour);
        }
        y = bottom + 1.5;
        y += writer.text(QRectF(area.left(), y, area.width(), area.height()),
                         style.text(language, "symbols_note"), noteFont, style.mutedTextColour);
        y += 1.5;
    }

    // Swatch rows (a long label wraps), in as many columns as the height needs; counts right-aligned.
    const double swatchW = 6;
    const double swatchH = 3.8;
    const double lineH = writer.height(font);
    std::string widest;
    for (const LegendEntry* entry : rows) {
        const std::string count = fillPlaceholders(
            style.text(language, "count"), {{"count", formatNumber(entry->count, 0, style, language)}});
        if (writer.width(count, font) > writer.width(widest, font)) {
            widest = count;
        }
    }
    const double countW = writer.width(widest, font);
    // Columns no wider than needed, so that a count stays next to its class.
    const double maxColumnW = 80;
    auto layoutRows = [&](int columns, std::vector<double>& heights) {
        const double columnW = std::min(area.width() / columns, maxColumnW);
        const double labelW = columnW - swatchW - 2 - countW - 2 - (columns > 1 ? 2 : 0);
        heights.clear();
        for (const LegendEntry* entry : rows) {
            const QFontMetricsF metrics(font, painter.device());
            const auto lines =
                static_cast<double>(detail::wrapText(painter, font, qs(entry->label), labelW * k).size());
            heights.push_back(
                std::max(swatchH, (metrics.height() + (lines - 1) * metrics.lineSpacing()) / k) + 1.3);
        }
        return labelW;
    };
    int columns = 1;
    std::vector<double> heights;
    double labelW = layoutRows(columns, heights);
    auto columnsNeeded = [&] {
        int used = 1;
        double filled = 0;
        for (double h : heights) {
            if (filled > 0 && y + filled + h > area.bottom()) {
                ++used;
                filled = 0;
            }
            filled += h;
        }
        return used;
    };
    while (columnsNeeded() > columns && columns < 4) {
        ++columns;
        labelW = layoutRows(columns, heights);
    }
    const double columnW = std::min(area.width() / columns, maxColumnW);
    double column = 0;
    double top = y;
    double end = y;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const LegendEntry& entry = *rows[i];
        if (top > y && top + heights[i] > area.bottom() && column + 1 < columns) {
            column += 1;
            top = y;
        }
        const double x = area.left() + column * columnW;
        drawSwatch(painter, writer.device(QRectF(x, top, swatchW, swatchH)), entry, style, k);
        const double textTop = top + swatchH / 2 - lineH / 2;
        writer.text(QRectF(x + swatchW + 2, textTop, labelW, heights[i]), entry.label, font,
                    style.textColour);
        const std::string count = fillPlaceholders(
            style.text(language, "count"), {{"count", formatNumber(entry.count, 0, style, language)}});
        writer.text(QRectF(x + columnW - countW - (columns > 1 ? 2 : 0), textTop, countW, lineH), count, font,
                    style.mutedTextColour, Qt::AlignRight);
        top += heights[i];
        end = std::max(end, top);
    }
    return end;
}

// The names of the units numbered on the map, in as many columns and as small a type (down to 4.5 pt) as
// the room left under the legend needs. Returns false when even that is not enough (the key is cut).
bool drawKey(QPainter& painter, PageWriter& writer, const QRectF& area, const std::vector<KeyedLabel>& keyed,
             const MapStyle& style, const std::string& language) {
    if (keyed.empty() || area.height() <= 0) {
        return keyed.empty();
    }
    const double k = writer.k();
    std::vector<AdminLevel> levels;
    for (const KeyedLabel& label : keyed) {
        if (std::find(levels.begin(), levels.end(), label.level) == levels.end()) {
            levels.push_back(label.level);
        }
    }
    std::string levelNames;
    for (AdminLevel level : levels) {
        levelNames += (levelNames.empty() ? "" : ", ") +
                      style.text(language, "levels_plural." + std::string(levelKey(level)));
    }
    const QFont titleFont = makeFont(painter, style.fonts.family, style.fonts.legendPt, k, true);
    double y = area.top();
    y += writer.text(QRectF(area.left(), y, area.width(), area.height()),
                     fillPlaceholders(style.text(language, "key_title"), {{"levels", levelNames}}), titleFont,
                     style.textColour) +
         0.8;
    const double room = area.bottom() - y;
    for (double pt = style.fonts.legendPt * 0.9; pt >= 4.5 - 1e-9; pt -= 0.25) {
        const QFont font = makeFont(painter, style.fonts.family, pt, k);
        const QFont numberFont = makeFont(painter, style.fonts.family, pt, k, true);
        const double lineH = QFontMetricsF(font, painter.device()).lineSpacing() / k;
        const auto perColumn = static_cast<std::size_t>(std::max(1.0, std::floor(room / lineH)));
        const std::size_t columns = (keyed.size() + perColumn - 1) / perColumn;
        const double numberW = writer.width(std::to_string(keyed.size()), numberFont) + 1;
        const double columnW = area.width() / static_cast<double>(columns);
        double widest = 0;
        for (const KeyedLabel& label : keyed) {
            widest = std::max(widest, writer.width(label.name, font));
        }
        if (numberW + widest + 1.5 > columnW && pt > 4.5 + 1e-9) {
            continue;
        }
        for (std::size_t i = 0; i < keyed.size(); ++i) {
            const double x = area.left() + static_cast<double>(i / perColumn) * columnW;
            const double baseline = y + static_cast<double>(i % perColumn) * lineH + writer.ascent(font);
            const std::string number = std::to_string(keyed[i].number);
            writer.line(QPointF(x + numberW - 1 - writer.width(number, numberFont), baseline), number,
                        numberFont, style.textColour);
            writer.line(QPointF(x + numberW, baseline), keyed[i].name, font, style.textColour);
        }
        return true;
    }
    return false;
}

// Sutherland–Hodgman: the part of a closed ring inside `rect`. The edges it adds along `rect` must lie
// outside what is shown (the caller's clip), as they are stroked.
QPolygonF ringInside(const QPolygonF& ring, const QRectF& rect) {
    QPolygonF points = ring;
    for (int side = 0; side < 4 && !points.isEmpty(); ++side) {
        auto inside = [&](const QPointF& p) {
            switch (side) {
            case 0:
                return p.x() >= rect.left();
            case 1:
                return p.x() <= rect.right();
            case 2:
                return p.y() >= rect.top();
            default:
                return p.y() <= rect.bottom();
            }
        };
        auto cross = [&](const QPointF& a, const QPointF& b) {
            const double edge = side == 0   ? rect.left()
                                : side == 1 ? rect.right()
                                : side == 2 ? rect.top()
                                            : rect.bottom();
            const double t = side < 2 ? (edge - a.x()) / (b.x() - a.x()) : (edge - a.y()) / (b.y() - a.y());
            return a + (b - a) * t;
        };
        QPolygonF kept;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const QPointF& current = points[i];
            const QPointF& previous = points[(i + points.size() - 1) % points.size()];
            if (inside(current)) {
                if (!inside(previous)) {
                    kept.append(cross(previous, current));
                }
                kept.append(current);
            } else if (inside(previous)) {
                kept.append(cross(previous, current));
            }
        }
        points = kept;
    }
    return points;
}

void drawInset(QPainter& painter, PageWriter& writer, const QRectF& area, const MapScene& scene,
               const MapView& mapView, UnitId focus, const MapStyle& style, const std::string& language) {
    const double k = writer.k();
    painter.setPen(QPen(style.frameColour, 0.2 * k));
    painter.setBrush(style.pageColour);
    painter.drawRect(writer.device(area));
    const QFont font = makeFont(painter, style.fonts.family, style.fonts.insetPt, k, true);
    const double titleHeight = writer.height(font);
    writer.line(QPointF(area.left() + 1.5, area.top() + 1 + writer.ascent(font)),
                style.text(language, "inset_title"), font, style.mutedTextColour);
    const QRectF inner = area.adjusted(1.5, titleHeight + 1.5, -1.5, -1.5);
    // The country page: Mali in West Africa; a unit's page: the unit in Mali.
    const MapView view =
        fitView(writer.device(inner), focus == kNoUnit ? scene.regionExtent() : scene.extent(), 0.03);
    painter.save();
    painter.setClipRect(view.frame);
    painter.setWorldTransform(view.toDevice, true);
    painter.setPen(linePen({style.insetOutline, 0.06}, k, view.scale));
    painter.setBrush(style.pageColour.darker(104));
    // Vector pages draw the countries as light as Mali's inset outline, and only those in view: at full
    // detail they were ~9,000 of a cercle page's line segments, the same on every page.
    const bool raster =
        painter.paintEngine() != nullptr && painter.paintEngine()->type() == QPaintEngine::Raster;
    const QRectF shown = view.toDevice.inverted().mapRect(view.frame);
    // On a grid of whole display units under 0.025 mm too (see detail::onGrid): the inset is drawn on every
    // page, and its coordinates were a third of a page's content.
    double grid = 0;
    if (!raster) {
        grid = std::pow(10.0, std::floor(std::log10(0.025 * k / view.scale)));
        grid = grid >= 1 ? grid : 0;
    }
    for (const ContextCountry& country : scene.countries()) {
        if (raster) {
            painter.drawPath(country.path);
        } else if (country.bounds.intersects(shown)) {
            // Only what the inset shows (a unit's page shows Mali, not all of Algeria): cut a little outside
            // the frame, so the cut edges fall under the clip.
            const double margin = 2 * k / view.scale;
            const QRectF cut = shown.adjusted(-margin, -margin, margin, margin);
            QPainterPath part;
            part.setFillRule(Qt::OddEvenFill);
            for (const QPolygonF& ring : country.insetPath.toSubpathPolygons()) {
                const QPolygonF kept = cut.contains(ring.boundingRect()) ? ring : ringInside(ring, cut);
                if (kept.size() >= 3) {
                    part.addPolygon(kept);
                    part.closeSubpath();
                }
            }
            painter.drawPath(detail::onGrid(part, grid));
        }
    }
    painter.setPen(Qt::NoPen);
    const QPainterPath insetCountry = detail::onGrid(scene.insetCountry(), grid);
    painter.fillPath(insetCountry, focus == kNoUnit ? style.insetHighlight : style.insetFill);
    if (focus != kNoUnit) {
        painter.fillPath(raster ? scene.unit(focus).path
                                : detail::onGrid(scene.fillPath(focus, 0.05 * k / view.scale), grid),
                         style.insetHighlight);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(linePen({style.insetOutline, 0.08}, k, view.scale));
    painter.drawPath(detail::onGrid(scene.insetRegions(), grid));
    painter.setPen(linePen({style.insetOutline, 0.2}, k, view.scale));
    painter.drawPath(insetCountry);
    // The area the main map shows (a unit's page: around the unit).
    if (focus != kNoUnit) {
        painter.setPen(linePen({style.insetHighlight, 0.3}, k, view.scale));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(mapView.area.intersected(
            scene.extent().adjusted(-scene.extent().width() * 0.02, -scene.extent().height() * 0.02,
                                    scene.extent().width() * 0.02, scene.extent().height() * 0.02)));
    }
    painter.restore();
}

std::string projectionText(const MapScene& scene, const MapStyle& style, const std::string& language) {
    const std::string name = scene.projection().definition() == kMaliLambert
                                 ? style.text(language, "projection_mali_lambert")
                                 : scene.projection().name();
    return fillPlaceholders(style.text(language, "projection"), {{"projection", name}});
}

void drawFooter(QPainter& painter, PageWriter& writer, const QRectF& area, const MapScene& scene,
                const PageTexts& texts, const MapStyle& style, const std::string& language) {
    const double k = writer.k();
    painter.setPen(QPen(style.accentColour, 0.3 * k));
    painter.drawLine(QPointF(area.left() * k, area.top() * k), QPointF(area.right() * k, area.top() * k));
    const QFont font = makeFont(painter, style.fonts.family, style.fonts.footerPt, k);
    const QFont disclaimerFont =
        makeFont(painter, style.fonts.family, style.fonts.disclaimerPt, k, false, true);
    std::string sources;
    const std::string separator = language == "fr" ? " ; " : "; ";
    for (const std::string& source : texts.sources) {
        sources += (sources.empty() ? "" : separator) + source;
    }
    if (sources.empty()) {
        // Every source the map used: the boundaries and the activity table.
        sources = style.text(language, "sources_default");
        if (!texts.activityTable.empty()) {
            sources += separator + fillPlaceholders(style.text(language, "sources_table"),
                                                    {{"file", texts.activityTable}});
        }
    }
    double y = area.top() + 1;
    y += writer.text(QRectF(area.left(), y, area.width(), area.height()),
                     fillPlaceholders(style.text(language, "sources"), {{"sources", sources}}), font,
                     style.textColour);
    std::vector<std::string> parts{projectionText(scene, style, language)};
    parts.push_back(fillPlaceholders(
        style.text(language, "producer"),
        {{"producer", texts.producer.empty() ? style.text(language, "producer_default") : texts.producer}}));
    if (!texts.creationDate.empty()) {
        parts.push_back(fillPlaceholders(style.text(language, "created"),
                                         {{"date", formatMapDate(texts.creationDate, style, language)}}));
    }
    if (!texts.mapNumber.empty()) {
        parts.push_back(fillPlaceholders(style.text(language, "map_number"), {{"number", texts.mapNumber}}));
    }
    double x = area.left();
    const double gap = 5;
    for (const std::string& part : parts) {
        const double width = writer.width(part, font);
        if (x > area.left() && x + width > area.right()) {
            x = area.left();
            y += writer.height(font);
        }
        writer.line(QPointF(x, y + writer.ascent(font)), part, font, style.textColour);
        x += width + gap;
    }
    y += writer.height(font) + 0.5;
    writer.text(QRectF(area.left(), y, area.width(), area.bottom() - y), style.text(language, "disclaimer"),
                disclaimerFont, style.mutedTextColour);
}

QFont fittedFont(QPainter& painter, PageWriter& writer, const std::string& family, double pt, double k,
                 bool bold, const std::string& text, double width) {
    // Long titles shrink (down to 60 %) before they would wrap.
    QFont font = makeFont(painter, family, pt, k, bold);
    for (double size = pt; size >= pt * 0.6 && writer.width(text, font) > width; size -= 0.5) {
        font = makeFont(painter, family, size, k, bold);
    }
    return font;
}

} // namespace

QSizeF pageSizeMm(const std::string& size, const std::string& orientation) {
    const QSizeF portrait = size == "A3" ? QSizeF(297, 420) : QSizeF(210, 297);
    return orientation == "portrait" ? portrait : portrait.transposed();
}

std::string formatMapDate(const std::string& isoDate, const MapStyle& style, const std::string& language) {
    int year = 0, month = 0, day = 0;
    if (isoDate.size() != 10 || std::sscanf(isoDate.c_str(), "%4d-%2d-%2d", &year, &month, &day) != 3 ||
        month < 1 || month > 12 || day < 1 || day > 31) {
        return isoDate;
    }
    // French writes the first of a month as an ordinal ("1er décembre"): the style's days.N, when it has one.
    const std::string dayText = style.textOr(language, "days." + std::to_string(day), std::to_string(day));
    return fillPlaceholders(style.text(language, "date"),
                            {{"day", dayText},
                             {"month", style.text(language, "months." + std::to_string(month))},
                             {"year", std::to_string(year)}});
}

PageTitles pageTitles(const MapScene& scene, const ThematicLayer& layer, const MapStyle& style,
                      const PageOptions& options) {
    const std::string& language = options.language;
    const UnitId focus = options.focus != kNoUnit && scene.has(options.focus) ? options.focus : kNoUnit;
    const PageTexts& texts = options.texts;
    std::string unit;
    if (focus != kNoUnit) {
        unit = fillPlaceholders(
            style.text(language, "unit_names." + std::string(levelKey(scene.unit(focus).level))),
            {{"name", scene.unit(focus).name}});
        if (language == "fr") {
            unit = frenchElision(unit);
        }
    }
    const std::map<std::string, std::string> values{
        {"figure", style.textOr(language, "figures." + layer.spec.figure, layer.spec.figure)},
        {"level", style.text(language, "levels." + std::string(levelKey(layer.spec.level)))},
        {"unit", unit},
        {"sector", SectorDictionary::standard().display(texts.sector, language)},
        {"organisation", texts.organisation},
        {"as_of", texts.asOf.empty() ? std::string("—") : formatMapDate(texts.asOf, style, language)}};
    PageTitles titles{texts.title, texts.subtitle};
    if (titles.title.empty()) {
        std::string key = layer.spec.kind == MapKind::Categories ? "title_categories" : "title";
        if (focus != kNoUnit) {
            key += "_unit";
        }
        titles.title = fillPlaceholders(style.text(language, key), values);
    }
    if (titles.subtitle.empty()) {
        const char* key = !texts.sector.empty()         ? "subtitle_sector"
                          : !texts.organisation.empty() ? "subtitle_organisation"
                                                        : "subtitle";
        titles.subtitle = fillPlaceholders(style.text(language, key), values);
    }
    if (!texts.noteKey.empty()) {
        titles.subtitle += style.text(language, "note_separator") + style.text(language, texts.noteKey);
    }
    return titles;
}

namespace {

double pageGrowth(const QSizeF& pageMm) {
    return std::max(pageMm.width(), pageMm.height()) / 297.0;
}

MapStyle grownStyle(const MapStyle& style, double factor) {
    MapStyle grown = style;
    FontStyle& f = grown.fonts;
    for (double* pt : {&f.titlePt, &f.subtitlePt, &f.legendTitlePt, &f.legendPt, &f.footerPt, &f.disclaimerPt,
                       &f.scalePt, &f.northPt, &f.insetPt}) {
        *pt *= factor;
    }
    LayoutStyle& l = grown.layout;
    for (double* mm : {&l.marginMm, &l.headerMm, &l.footerMm, &l.panelMm, &l.gapMm, &l.insetMm}) {
        *mm *= factor;
    }
    return grown;
}

} // namespace

PageReport paintPage(QPainter& painter, double devicePerMm, const MapScene& scene, const ThematicLayer& layer,
                     const MapStyle& baseStyle, const PageOptions& options) {
    ensureFonts(baseStyle);
    const std::string& language = options.language;
    if (!baseStyle.hasLanguage(language)) {
        throwInputError(baseStyle.path, "texts", 0,
                        fill(translate("Render", "the style has no texts in language '%1'"), {language}));
    }
    PageReport report;
    report.devicePerMm = devicePerMm;
    const std::string size = options.pageSize.empty() ? baseStyle.pageSize : options.pageSize;
    const std::string orientation = options.orientation.empty() ? baseStyle.orientation : options.orientation;
    report.pageMm = pageSizeMm(size, orientation);
    // Bigger paper, bigger type: the page's texts and panels grow with its side (A3: x1.41), the names on
    // the map less (x1.19), so that an A3 map names more units than an A4 one.
    const double growth = pageGrowth(report.pageMm);
    const MapStyle style = growth > 1.01 ? grownStyle(baseStyle, growth) : baseStyle;
    const Layout layout = layoutPage(style, report.pageMm, orientation != "portrait");
    report.frameMm = layout.frame;
    PageWriter writer(painter, devicePerMm, report);
    const double k = devicePerMm;

    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(writer.device(QRectF(QPointF(0, 0), report.pageMm)), style.pageColour);

    // Header.
    const UnitId focus = options.focus != kNoUnit && scene.has(options.focus) ? options.focus : kNoUnit;
    const PageTexts& texts = options.texts;
    const PageTitles titles = pageTitles(scene, layer, style, options);
    const std::string& title = titles.title;
    const std::string& subtitle = titles.subtitle;
    report.title = title;
    const QRectF header = layout.header;
    const QFont titleFont =
        fittedFont(painter, writer, style.fonts.family, style.fonts.titlePt, k, true, title, header.width());
    const QFont subtitleFont = makeFont(painter, style.fonts.family, style.fonts.subtitlePt, k);
    writer.line(QPointF(header.left(), header.top() + writer.ascent(titleFont)), title, titleFont,
                style.accentColour);
    writer.line(
        QPointF(header.left(), header.top() + writer.height(titleFont) + 0.8 + writer.ascent(subtitleFont)),
        subtitle, subtitleFont, style.textColour);
    painter.setPen(QPen(style.accentColour, 0.5 * k));
    painter.drawLine(QPointF(header.left() * k, header.bottom() * k),
                     QPointF(header.right() * k, header.bottom() * k));

    // Map frame.
    const QRectF area = focus != kNoUnit ? scene.unit(focus).bounds : scene.extent();
    const double padding =
        focus != kNoUnit ? std::max(style.layout.framePadding, 0.08) : style.layout.framePadding;
    report.view = fitView(writer.device(layout.frame), area, padding);
    MapDrawOptions drawOptions;
    drawOptions.focus = focus;
    drawOptions.labelLevels = options.labelLevels;
    drawOptions.labelScale = std::sqrt(growth);
    drawOptions.language = language;
    if (drawOptions.labelLevels.empty()) {
        if (focus == kNoUnit) {
            drawOptions.labelLevels = {AdminLevel::Region, AdminLevel::Cercle};
        } else {
            for (int level = static_cast<int>(scene.unit(focus).level) + 1;
                 level <= static_cast<int>(layer.spec.level); ++level) {
                drawOptions.labelLevels.push_back(static_cast<AdminLevel>(level));
            }
        }
    }
    // Keep labels off the scale bar (bottom left) and the north arrow (top right).
    const QRectF frame = layout.frame;
    drawOptions.reserved = {writer.device(QRectF(frame.left(), frame.bottom() - 13,
                                                 std::min(frame.width() * 0.22, 60.0) + 25, 13)),
                            writer.device(QRectF(frame.right() - 13, frame.top(), 13, 20))};
    report.map = drawMap(painter, scene, layer, style, report.view, k, drawOptions);
    painter.setPen(QPen(style.frameColour, 0.3 * k));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(report.view.frame);
    drawNorthArrow(painter, writer, scene, report.view, layout.frame, style, language);
    report.scaleBar = drawScaleBar(painter, writer, scene, report.view, layout.frame, style, language);

    // Legend, inset, footer.
    report.legend = legendEntries(layer, report.map.units, style, language);
    double legendEnd = 0;
    if (options.legend) {
        // A legend drawn by the caller (analysis maps) takes the upper part of the panel; the key goes below.
        options.legend(painter, layout.legend, k);
        legendEnd = layout.legend.top() + layout.legend.height() * 0.6;
    } else {
        legendEnd = drawLegend(painter, writer, layout.legend, layer, report.legend, style, language,
                               texts.legendNoteKey);
    }
    const QRectF keyArea(layout.legend.left(), legendEnd + 4, layout.legend.width(),
                         layout.legend.bottom() - legendEnd - 4);
    report.keyComplete = drawKey(painter, writer, keyArea, report.map.keyed, style, language);
    drawInset(painter, writer, layout.inset, scene, report.view, focus, style, language);
    drawFooter(painter, writer, layout.footer, scene, texts, style, language);
    return report;
}

QImage renderPageImage(const MapScene& scene, const ThematicLayer& layer, const MapStyle& style,
                       const PageOptions& options, double dpi, PageReport* report) {
    ensureFonts(style);
    const std::string size = options.pageSize.empty() ? style.pageSize : options.pageSize;
    const std::string orientation = options.orientation.empty() ? style.orientation : options.orientation;
    const QSizeF mm = pageSizeMm(size, orientation);
    const double devicePerMm = dpi / 25.4;
    QImage image(QSize(static_cast<int>(std::lround(mm.width() * devicePerMm)),
                       static_cast<int>(std::lround(mm.height() * devicePerMm))),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(static_cast<int>(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(dpi / 0.0254)));
    image.fill(style.pageColour);
    QPainter painter(&image);
    PageReport result = paintPage(painter, devicePerMm, scene, layer, style, options);
    painter.end();
    if (report != nullptr) {
        *report = std::move(result);
    }
    return image;
}

} // namespace couverture::render
