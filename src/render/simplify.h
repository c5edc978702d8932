#pragma once
// Douglas–Peucker with fixed end points, one implementation for the scene's levels of detail, the PDF halos
// and the canvas's screen lines. A shared edge kept once is simplified once, so both sides still agree.

#include <QPolygon>
#include <QPolygonF>
#include <utility>
#include <vector>

namespace couverture::render {

// Which of `points` (QPolygonF or QPolygon) to keep so that none left out lies farther than `tolerance`
// from the kept line; the first and the last are always kept.
template <typename Points> std::vector<char> douglasPeuckerKeep(const Points& points, double tolerance) {
    const auto n = static_cast<qsizetype>(points.size());
    std::vector<char> keep(static_cast<std::size_t>(n), n < 3 ? 1 : 0);
    if (n < 3) {
        return keep;
    }
    keep.front() = keep.back() = 1;
    const double limit = tolerance * tolerance;
    std::vector<std::pair<qsizetype, qsizetype>> stack{{0, n - 1}};
    while (!stack.empty()) {
        const auto [first, last] = stack.back();
        stack.pop_back();
        const double ax = points[first].x(), ay = points[first].y();
        const double dx = points[last].x() - ax, dy = points[last].y() - ay;
        const double length2 = dx * dx + dy * dy;
        double worst = -1;
        qsizetype at = -1;
        for (qsizetype i = first + 1; i < last; ++i) {
            const double px = points[i].x() - ax, py = points[i].y() - ay;
            const double cross = dy * px - dx * py;
            const double distance2 = length2 > 0 ? cross * cross / length2 : px * px + py * py;
            if (distance2 > worst) {
                worst = distance2;
                at = i;
            }
        }
        if (at >= 0 && worst > limit) {
            keep[static_cast<std::size_t>(at)] = 1;
            stack.emplace_back(first, at);
            stack.emplace_back(at, last);
        }
    }
    return keep;
}

// The points Douglas–Peucker keeps, in order.
template <typename Points> Points douglasPeucker(const Points& points, double tolerance) {
    const std::vector<char> keep = douglasPeuckerKeep(points, tolerance);
    Points out;
    for (qsizetype i = 0; i < static_cast<qsizetype>(points.size()); ++i) {
        if (keep[static_cast<std::size_t>(i)] != 0) {
            out.append(points[i]);
        }
    }
    return out;
}

} // namespace couverture::render
