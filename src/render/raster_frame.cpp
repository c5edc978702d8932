#include "render/raster_frame.h"

#include "render/paint_helpers.h"

#include <algorithm>
#include <cmath>

namespace couverture::render::detail {
namespace {

constexpr int kOne = 256; // fixed point: 8 bits of fraction

// `colour` over pixel `p` at strength `a` in [0, 256], red and blue in one multiply.
inline quint32 mix(quint32 p, quint32 colour, quint32 a) {
    const quint32 keep = kOne - a;
    const quint32 redBlue = (((p & 0xff00ffu) * keep + (colour & 0xff00ffu) * a) >> 8) & 0xff00ffu;
    const quint32 green = (((p & 0x00ff00u) * keep + (colour & 0x00ff00u) * a) >> 8) & 0x00ff00u;
    return 0xff000000u | redBlue | green;
}

inline int fixed(double value) {
    const double scaled = value * kOne;
    return static_cast<int>(scaled >= 0 ? scaled + 0.5 : scaled - 0.5); // rounded; lround is a library call
}

} // namespace

LineRaster::LineRaster(QImage& image) : pixels_(image), bottom_(image.height()) {}

void LineRaster::setRows(int top, int bottom) {
    top_ = std::clamp(top, 0, pixels_.height);
    bottom_ = std::clamp(bottom, top_, pixels_.height);
}

void LineRaster::setPen(const QColor& colour, double width) {
    colour_ = colour.rgb() & 0xffffffu;
    const double strength = colour.alphaF() * std::clamp(width, 0.0, 1.0);
    alpha_ = static_cast<int>(std::lround(strength * kOne));
    halfWidth_ = std::max(width, 1.0) / 2;
}

void LineRaster::line(QPointF a, QPointF b) {
    if (alpha_ <= 0) {
        return;
    }
    // Clipped with a margin of the pen's width, so that lines just outside still cover the edge pixels.
    const double margin = halfWidth_ + 2;
    const QRectF bounds(-margin, top_ - margin, pixels_.width + 2 * margin, bottom_ - top_ + 2 * margin);
    const auto within = [&](const QPointF& p) {
        return p.x() >= bounds.left() && p.x() <= bounds.right() && p.y() >= bounds.top() &&
               p.y() <= bounds.bottom();
    };
    if (!within(a) || !within(b)) {
        const std::optional<QLineF> inside = clippedLine(QLineF(a, b), bounds);
        if (!inside) {
            return;
        }
        a = inside->p1();
        b = inside->p2();
    }
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    if (std::fabs(dx) >= std::fabs(dy)) {
        if (dx < 0) {
            std::swap(a, b);
        }
        sweep(a.x(), b.x(), a.y(), dx == 0 ? 0 : dy / dx, 4, pixels_.stride, 0, pixels_.width, top_, bottom_);
    } else {
        if (dy < 0) {
            std::swap(a, b);
        }
        sweep(a.y(), b.y(), a.x(), dx / dy, pixels_.stride, 4, top_, bottom_, 0, pixels_.width);
    }
}

// Along the major axis, pixel centres in [major0, major1); the line's cross-section at a centre spans
// minor ± halfWidth * sqrt(1 + slope²) on the minor axis, and each pixel it crosses is covered by the part
// it holds. majorStep and minorStep are the byte steps of the two axes in the image; pixels are written
// in [majorFrom, majorTo) x [minorFrom, minorTo).
void LineRaster::sweep(double major0, double major1, double minor0, double slope, qsizetype majorStep,
                       qsizetype minorStep, int majorFrom, int majorTo, int minorFrom, int minorTo) {
    const int half = fixed(halfWidth_ * std::sqrt(1 + slope * slope));
    const int first = std::max(majorFrom, static_cast<int>(std::ceil(major0 - 0.5)));
    const int last = std::min(majorTo, static_cast<int>(std::ceil(major1 - 0.5)));
    const int minorStart = minorFrom * kOne, minorEnd = minorTo * kOne;
    const quint32 alpha = static_cast<quint32>(alpha_);
    for (int i = first; i < last; ++i) {
        const int centre = fixed(minor0 + slope * (i + 0.5 - major0));
        const int low = std::max(centre - half, minorStart), high = std::min(centre + half, minorEnd);
        uchar* row = pixels_.bits + majorStep * i + minorStep * (low >> 8);
        for (int j = low & ~(kOne - 1); j < high; j += kOne, row += minorStep) {
            const int covered = std::min(j + kOne, high) - std::max(j, low);
            auto* pixel = reinterpret_cast<quint32*>(row);
            *pixel = mix(*pixel, colour_, (static_cast<quint32>(covered) * alpha) >> 8);
        }
    }
}

FillRaster::FillRaster(QImage& image) : pixels_(image) {}

std::vector<GridEdge> gridEdges(const std::vector<QPolygon>& rings) {
    std::vector<GridEdge> edges;
    for (const QPolygon& ring : rings) {
        for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
            QPoint a = ring[i], b = ring[i + 1 < n ? i + 1 : 0];
            if (a.y() == b.y()) {
                continue;
            }
            if (a.y() > b.y()) {
                std::swap(a, b);
            }
            edges.push_back({a.x(), a.y(), b.x(), b.y()});
        }
    }
    std::sort(edges.begin(), edges.end(), [](const GridEdge& a, const GridEdge& b) { return a.y0 < b.y0; });
    return edges;
}

void FillRaster::reserve(std::size_t edges) {
    edges_.reserve(edges);
}

void FillRaster::add(const GridEdge* begin, const GridEdge* end, const QTransform& toDevice,
                     const QColor& colour, int spacing, bool crossed) {
    Shape shape{edges_.size(), edges_.size(), pixels_.height, 0, 0xff000000u | (colour.rgb() & 0xffffffu),
                spacing,       crossed};
    const double sx = toDevice.m11(), sy = toDevice.m22(), dx = toDevice.dx(), dy = toDevice.dy();
    const int height = pixels_.height;
    for (const GridEdge* edge = begin; edge != end; ++edge) {
        const double ax = edge->x0 * sx + dx, ay = edge->y0 * sy + dy;
        const double bx = edge->x1 * sx + dx, by = edge->y1 * sy + dy;
        // Scanline j is crossed when its centre j + 0.5 lies in [ay, by).
        const int first = std::max(0, static_cast<int>(std::ceil(ay - 0.5)));
        const int last = std::min(height, static_cast<int>(std::ceil(by - 0.5)));
        if (first < last) {
            const double step = (bx - ax) / (by - ay);
            edges_.push_back({first, last, ax + (first + 0.5 - ay) * step, step});
            shape.top = std::min(shape.top, first);
            shape.bottom = std::max(shape.bottom, last);
        }
    }
    shape.end = edges_.size();
    if (shape.begin != shape.end) {
        shapes_.push_back(shape); // in order of first scanline already: the grid's edges are sorted
    }
}

void FillRaster::fillRows(int top, int bottom, const QColor& background, Scratch& scratch) const {
    // A view of the band's rows: QImage::fill is Qt's vectorised fill, twice as fast as a loop of stores.
    QImage band(pixels_.bits + pixels_.stride * top, pixels_.width, bottom - top, pixels_.stride,
                QImage::Format_RGB32);
    band.fill(background);
    for (const Shape& shape : shapes_) {
        if (shape.top < bottom && shape.bottom > top) {
            fillShape(shape, std::max(top, shape.top), std::min(bottom, shape.bottom), scratch);
        }
    }
}

// Scanline by scanline through the band, with the shape's edges that cross it (an active edge list).
void FillRaster::fillShape(const Shape& shape, int top, int bottom, Scratch& scratch) const {
    std::vector<Edge>& active = scratch.active;
    std::vector<double>& cross = scratch.cross;
    active.clear();
    std::size_t next = shape.begin;
    const int width = pixels_.width;
    for (int y = top; y < bottom; ++y) {
        for (; next < shape.end && edges_[next].first <= y; ++next) {
            if (edges_[next].end > y) {
                Edge edge = edges_[next];
                edge.x += (y - edge.first) * edge.step; // the band starts below the edge's first scanline
                active.push_back(edge);
            }
        }
        std::erase_if(active, [y](const Edge& edge) { return edge.end <= y; });
        cross.clear();
        for (Edge& edge : active) {
            cross.push_back(edge.x);
            edge.x += edge.step;
        }
        std::sort(cross.begin(), cross.end());
        for (std::size_t i = 0; i + 1 < cross.size(); i += 2) {
            // Pixels whose centre x + 0.5 lies in [cross[i], cross[i + 1]).
            const int from = std::max(0, static_cast<int>(std::ceil(cross[i] - 0.5)));
            const int to = std::min(width, static_cast<int>(std::ceil(cross[i + 1] - 0.5)));
            if (from < to) {
                span(shape, y, from, to);
            }
        }
    }
}

void FillRaster::span(const Shape& shape, int y, int from, int to) const {
    auto* row = reinterpret_cast<quint32*>(pixels_.bits + pixels_.stride * y);
    if (shape.spacing <= 0) {
        // Two pixels per store once aligned: spans are most of a frame's writes.
        quint32* pixel = row + from;
        quint32* const end = row + to;
        if (pixel < end && (reinterpret_cast<quintptr>(pixel) & 7) != 0) {
            *pixel++ = shape.colour;
        }
        const quint64 pair = static_cast<quint64>(shape.colour) << 32 | shape.colour;
        for (; pixel + 1 < end; pixel += 2) {
            *reinterpret_cast<quint64*>(pixel) = pair;
        }
        if (pixel < end) {
            *pixel = shape.colour;
        }
        return;
    }
    // Lines x + y = n * spacing (and x - y = n * spacing when crossed), fixed to the image: on this row, the
    // pixels x ≡ -y (and x ≡ y) modulo the spacing, one store every `spacing` pixels.
    const int spacing = shape.spacing;
    const auto stripe = [&](int residue) {
        const int first = from + ((residue - from) % spacing + spacing) % spacing;
        for (int x = first; x < to; x += spacing) {
            row[x] = shape.colour;
        }
    };
    stripe(-y % spacing);
    if (shape.crossed) {
        stripe(y % spacing);
    }
}

} // namespace couverture::render::detail
