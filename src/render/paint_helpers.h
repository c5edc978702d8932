#pragma once
// Internal to src/render: small drawing helpers shared by the map and the page painters.

#include "render/map_style.h"

#include <QFont>
#include <QPen>
#include <QString>

#include <string>

class QPainter;

namespace couverture::render::detail {

inline QString qs(const std::string& text) { return QString::fromStdString(text); }

// A font of `pt` points at its physical size on the painter's device (QImage, QPdfWriter, QSvgGenerator
// each report their own DPI), unhinted so that layout is the same at every resolution.
QFont makeFont(const QPainter& painter, const std::string& family, double pt, double devicePerMm, bool bold = false,
               bool italic = false);

// A line of `line.widthMm` millimetres under a view transform of `scale` device units per world unit.
QPen linePen(const LineStyle& line, double devicePerMm, double scale);

} // namespace couverture::render::detail
