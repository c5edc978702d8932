#pragma once
// Internal to src/render: small drawing helpers shared by the map and the page painters.

#include "render/map_style.h"

#include <QFont>
#include <QLineF>
#include <QPainterPath>
#include <QPen>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <optional>
#include <string>

class QPainter;

namespace couverture::render::detail {

inline QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

// A font of `pt` points at its physical size on the painter's device (QImage, QPdfWriter, QSvgGenerator
// each report their own DPI), unhinted so that layout is the same at every resolution.
QFont makeFont(const QPainter& painter, const std::string& family, double pt, double devicePerMm,
               bool bold = false, bool italic = false);

// A line of `line.widthMm` millimetres under a view transform of `scale` device units per world unit.
QPen linePen(const LineStyle& line, double devicePerMm, double scale);

// One line of text from its baseline. On raster images the glyph outlines are filled (Qt's glyph cache
// renders the first use of a glyph a shade differently from later ones, and identical inputs must give
// identical PNG bytes); on PDF and SVG it is real, selectable text.
void drawTextLine(QPainter& painter, const QPointF& baseline, const QFont& font, const QString& text);

// The glyph outlines of `text` at the painter device's resolution, baseline at `baseline`.
QPainterPath textPath(const QPainter& painter, const QPointF& baseline, const QFont& font,
                      const QString& text);

// Greedy word wrap of `text` into lines no wider than `width` device units (a single long word stays whole).
QStringList wrapText(const QPainter& painter, const QFont& font, const QString& text, double width);

// The part of a segment inside a rectangle (Liang–Barsky); nullopt when none. For devices without
// clipping (SVG) and for legend swatches.
std::optional<QLineF> clippedLine(const QLineF& line, const QRectF& rect);

// The path with its points rounded to multiples of `grid` (0: as it is). PDF pages put their paths on a
// grid of whole units under 0.025 mm: Qt writes a coordinate with nine significant digits but a whole
// number without its fraction, and deflates every page's content at level 6 (half of an atlas's time).
QPainterPath onGrid(const QPainterPath& path, double grid);
// A label's halo for PDF pages: the glyph outlines flattened and thinned (Douglas–Peucker) at `tolerance`,
// on whole device units. Under a stroke several tenths of a millimetre wide, detail finer than 0.05 mm does
// not show, and the outlines' curves were a quarter of a page's content.
QPainterPath thinnedHalo(const QPainterPath& glyphs, double tolerance);

} // namespace couverture::render::detail
