#include "analysis/sites/point_locator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <thread>

namespace couverture::analysis {

struct PointLocator::Worker {
    std::vector<geos::Geometry> geometries;       // this worker's own copies: GEOS prepared geometries
    std::vector<geos::PreparedGeometry> prepared; // build their indexes lazily, so they are never shared
};

namespace {

// Hand-written rasterisation rather than GEOS predicates on cell boxes: classifying the 1024² grid of the
// 701 communes with prepared intersects/containsProperly on quadtree boxes (32² blocks from an STRtree) took
// 304 ms on 2 cores (idle, 318,284 predicate calls), longer than locating the million points it serves
// (159 ms), against the 250 ms for both. Walking the rings' edges through the cells and filling
// between crossings at cell centres does the same classification in a few ms per thousand cells
// (bench_points: build_ms). GDAL's rasteriser (ALL_TOUCHED) burns one value per cell and is not
// conservative at cell edges, so it cannot say which cells an edge comes near.

// Slack in cells: an edge this close to a cell marks it. It is far above the rounding of a point's cell
// index (~1e-12 cells), so a point that rounding puts in the neighbouring cell is still on the same side
// of every edge as that cell.
constexpr double kSlack = 1e-6;
// Rows are dealt to the threads in bands of this many, so both threads get the dense south and the empty
// north alike.
constexpr int kBandRows = 8;

struct GeometryFree {
    GEOSGeometry* geometry;
    ~GeometryFree() { GEOSGeom_destroy_r(geos::context(), geometry); }
};

struct GridRing {
    std::vector<double> x, y; // in cells from the grid's origin; closed (last point = first)
};

struct GridShape {
    std::vector<GridRing> rings;
    double minY = 0, maxY = 0;
};

void appendRing(const GEOSGeometry* ring, GridShape& shape, const std::array<double, 4>& toGrid) {
    GEOSContextHandle_t context = geos::context();
    const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(context, ring);
    unsigned int size = 0;
    if (sequence == nullptr || GEOSCoordSeq_getSize_r(context, sequence, &size) == 0 || size < 4) {
        return;
    }
    GridRing out;
    out.x.resize(size);
    out.y.resize(size);
    GEOSCoordSeq_copyToArrays_r(context, sequence, out.x.data(), out.y.data(), nullptr, nullptr);
    for (unsigned int i = 0; i < size; ++i) {
        out.x[i] = (out.x[i] - toGrid[0]) * toGrid[1];
        out.y[i] = (out.y[i] - toGrid[2]) * toGrid[3];
    }
    const auto [low, high] = std::minmax_element(out.y.begin(), out.y.end());
    if (shape.rings.empty()) {
        shape.minY = *low;
        shape.maxY = *high;
    }
    shape.minY = std::min(shape.minY, *low);
    shape.maxY = std::max(shape.maxY, *high);
    shape.rings.push_back(std::move(out));
}

// toGrid: origin x, 1 / cell width, origin y, 1 / cell height.
void appendPolygons(const GEOSGeometry* geometry, GridShape& shape, const std::array<double, 4>& toGrid) {
    GEOSContextHandle_t context = geos::context();
    const int type = GEOSGeomTypeId_r(context, geometry);
    if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        for (int i = 0; i < GEOSGetNumGeometries_r(context, geometry); ++i) {
            appendPolygons(GEOSGetGeometryN_r(context, geometry, i), shape, toGrid);
        }
        return;
    }
    if (type != GEOS_POLYGON) {
        return;
    }
    appendRing(GEOSGetExteriorRing_r(context, geometry), shape, toGrid);
    for (int i = 0; i < GEOSGetNumInteriorRings_r(context, geometry); ++i) {
        appendRing(GEOSGetInteriorRingN_r(context, geometry, i), shape, toGrid);
    }
}

} // namespace

// One thread's share of the grid: the rows of its bands. Units are added in tree order, so every boundary
// list comes out in tree order. Cells hold -1 (nothing yet), k >= 0 (wholly inside unit k so far) or
// -2 - (thread + threads × i) for this thread's boundary list i.
class PointLocator::Rasteriser {
public:
    Rasteriser(std::vector<std::int32_t>& cells, std::vector<std::int32_t>& edgeOwner, int side, int threads,
               int thread)
        : rowSegments(static_cast<std::size_t>(side)), cells_(cells), edgeOwner_(edgeOwner), side_(side),
          threads_(threads), thread_(thread) {}

    void addUnit(std::int32_t k, const GridShape& shape) {
        for (const GridRing& ring : shape.rings) {
            for (std::size_t i = 0; i + 1 < ring.x.size(); ++i) {
                markEdge(k, ring.x[i], ring.y[i], ring.x[i + 1], ring.y[i + 1]);
            }
        }
        fillInterior(k, shape);
    }

    std::vector<std::vector<std::int32_t>> lists;
    std::vector<std::vector<RowSegment>> rowSegments; // owned rows only; by unit, as units come in order
    std::int64_t edgeMarks = 0, insideCells = 0;

private:
    bool ownsRow(int row) const { return (row / kBandRows) % threads_ == thread_; }

    // Every cell of an owned row that the segment passes within kSlack of.
    void markEdge(std::int32_t k, double x1, double y1, double x2, double y2) {
        const int row0 = std::max(0, static_cast<int>(std::floor(std::min(y1, y2) - kSlack)));
        const int row1 = std::min(side_ - 1, static_cast<int>(std::floor(std::max(y1, y2) + kSlack)));
        for (int row = row0; row <= row1; ++row) {
            if (!ownsRow(row)) {
                continue;
            }
            rowSegments[static_cast<std::size_t>(row)].push_back({k, x1, y1, x2, y2});
            double xa = std::min(x1, x2), xb = std::max(x1, x2);
            if (y1 != y2) { // the part of the segment within the row, widened by the slack
                double ta = (row - kSlack - y1) / (y2 - y1), tb = (row + 1 + kSlack - y1) / (y2 - y1);
                ta = std::clamp(ta, 0.0, 1.0);
                tb = std::clamp(tb, 0.0, 1.0);
                xa = x1 + ta * (x2 - x1);
                xb = x1 + tb * (x2 - x1);
                if (xa > xb) {
                    std::swap(xa, xb);
                }
            }
            const int column0 = std::max(0, static_cast<int>(std::floor(xa - kSlack)));
            const int column1 = std::min(side_ - 1, static_cast<int>(std::floor(xb + kSlack)));
            const std::size_t base = static_cast<std::size_t>(row) * static_cast<std::size_t>(side_);
            for (int column = column0; column <= column1; ++column) {
                const std::size_t cell = base + static_cast<std::size_t>(column);
                if (edgeOwner_[cell] != k) {
                    edgeOwner_[cell] = k;
                    ++edgeMarks;
                    add(cell, k, false);
                }
            }
        }
    }

    // Cells of owned rows whose centre the unit contains (even-odd over its rings) and that none of its
    // edges comes near: the unit covers them wholly.
    void fillInterior(std::int32_t k, const GridShape& shape) {
        crossings_.clear();
        for (const GridRing& ring : shape.rings) {
            for (std::size_t i = 0; i + 1 < ring.x.size(); ++i) {
                addCrossings(ring.x[i], ring.y[i], ring.x[i + 1], ring.y[i + 1]);
            }
        }
        std::sort(crossings_.begin(), crossings_.end());
        for (std::size_t i = 0; i + 1 < crossings_.size(); i += 2) {
            const auto& [row, xa] = crossings_[i];
            const double xb = crossings_[i + 1].second; // same row: every row has an even count
            const int column0 = std::max(0, static_cast<int>(std::ceil(xa - 0.5)));
            const int column1 = std::min(side_ - 1, static_cast<int>(std::floor(xb - 0.5)));
            const std::size_t base = static_cast<std::size_t>(row) * static_cast<std::size_t>(side_);
            for (int column = column0; column <= column1; ++column) {
                const std::size_t cell = base + static_cast<std::size_t>(column);
                if (edgeOwner_[cell] != k) {
                    add(cell, k, true);
                }
            }
        }
    }

    // Where the segment crosses the centre lines of owned rows (half-open in y, so a vertex on a centre
    // line counts once).
    void addCrossings(double x1, double y1, double x2, double y2) {
        if (y1 == y2) {
            return;
        }
        if (y1 > y2) {
            std::swap(x1, x2);
            std::swap(y1, y2);
        }
        const int row0 = std::max(0, static_cast<int>(std::ceil(y1 - 0.5)));
        const int row1 = std::min(side_ - 1, static_cast<int>(std::ceil(y2 - 0.5)) - 1);
        const double slope = (x2 - x1) / (y2 - y1);
        for (int row = row0; row <= row1; ++row) {
            if (ownsRow(row)) {
                crossings_.emplace_back(row, x1 + (row + 0.5 - y1) * slope);
            }
        }
    }

    void add(std::size_t cell, std::int32_t k, bool wholly) {
        std::int32_t& value = cells_[cell];
        if (value <= -2) {
            lists[static_cast<std::size_t>((-2 - value) / threads_)].push_back(k);
            return;
        }
        if (value == -1 && wholly) {
            value = k;
            ++insideCells;
            return;
        }
        std::vector<std::int32_t> list;
        if (value >= 0) {
            list.push_back(value);
            --insideCells;
        }
        list.push_back(k);
        value = -2 - static_cast<std::int32_t>(lists.size() * static_cast<std::size_t>(threads_) +
                                               static_cast<std::size_t>(thread_));
        lists.push_back(std::move(list));
    }

    std::vector<std::int32_t>& cells_;
    std::vector<std::int32_t>& edgeOwner_; // the last unit whose edges marked the cell
    int side_, threads_, thread_;
    std::vector<std::pair<int, double>> crossings_;
};

namespace {

template <typename Work> void runOnThreads(int threads, Work&& work) {
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) {
        pool.emplace_back(work, t);
    }
    work(0);
    for (auto& thread : pool) {
        thread.join();
    }
}

} // namespace

PointLocator::PointLocator(const AdminTree& tree, PointLocatorOptions options)
    : tree_(tree), options_(options) {
    for (const UnitId id : tree.level(options.level)) {
        if (tree.unit(id).geometry) {
            units_.push_back(id);
        }
    }
    stats_.units = static_cast<int>(units_.size());
    options_.threads = std::max(1, options_.threads);
    options_.gridBits = std::clamp(options_.gridBits, 5, 13);
    side_ = 1 << options_.gridBits;
    if (units_.empty()) {
        cells_.assign(1, -1);
        side_ = 1;
        return;
    }
    geos::Envelope extent = tree.unit(units_.front()).bounds;
    for (const UnitId id : units_) {
        const auto& bounds = tree.unit(id).bounds;
        extent.minX = std::min(extent.minX, bounds.minX);
        extent.minY = std::min(extent.minY, bounds.minY);
        extent.maxX = std::max(extent.maxX, bounds.maxX);
        extent.maxY = std::max(extent.maxY, bounds.maxY);
    }
    // A margin so that every unit lies strictly inside the grid: a point off the grid is off every unit.
    const double margin = 1e-6 * std::max(extent.maxX - extent.minX, extent.maxY - extent.minY) + 1e-9;
    minX_ = extent.minX - margin;
    minY_ = extent.minY - margin;
    cellWidth_ = (extent.maxX - extent.minX + 2 * margin) / side_;
    cellHeight_ = (extent.maxY - extent.minY + 2 * margin) / side_;
    cells_.assign(static_cast<std::size_t>(side_) * static_cast<std::size_t>(side_), -1);
    buildGrid();
}

PointLocator::~PointLocator() = default;

void PointLocator::buildGrid() {
    const int threads = options_.threads;
    // Each worker its own copies of the polygons: GEOS prepared geometries build their indexes lazily.
    for (int t = 0; t < threads; ++t) {
        auto worker = std::make_unique<Worker>();
        for (const UnitId id : units_) {
            worker->geometries.push_back(geos::clone(tree_.unit(id).geometry.get()));
            worker->prepared.push_back(geos::prepare(worker->geometries.back().get()));
        }
        workers_.push_back(std::move(worker));
    }
    const std::array<double, 4> toGrid{minX_, 1.0 / cellWidth_, minY_, 1.0 / cellHeight_};
    std::vector<GridShape> shapes(units_.size());
    runOnThreads(threads, [&](int t) { // each thread reads its own worker's copies
        for (std::size_t k = static_cast<std::size_t>(t); k < units_.size();
             k += static_cast<std::size_t>(threads)) {
            appendPolygons(workers_[static_cast<std::size_t>(t)]->geometries[k].get(), shapes[k], toGrid);
        }
    });
    std::vector<std::int32_t> edgeOwner(cells_.size(), -1);
    std::vector<Rasteriser> rasterisers;
    for (int t = 0; t < threads; ++t) {
        rasterisers.emplace_back(cells_, edgeOwner, side_, threads, t);
    }
    runOnThreads(threads, [&](int t) {
        for (std::size_t k = 0; k < shapes.size(); ++k) {
            rasterisers[static_cast<std::size_t>(t)].addUnit(static_cast<std::int32_t>(k), shapes[k]);
        }
    });
    // Thread t's list i is list t + threads × i: no cell needs renumbering.
    std::size_t lists = 0;
    for (const auto& rasteriser : rasterisers) {
        lists = std::max(lists, rasteriser.lists.size() * static_cast<std::size_t>(threads));
        stats_.edgeCellMarks += rasteriser.edgeMarks;
        stats_.insideCells += rasteriser.insideCells;
        stats_.boundaryCells += static_cast<std::int64_t>(rasteriser.lists.size());
    }
    boundaryLists_.resize(lists);
    for (std::size_t t = 0; t < rasterisers.size(); ++t) {
        for (std::size_t i = 0; i < rasterisers[t].lists.size(); ++i) {
            boundaryLists_[t + static_cast<std::size_t>(threads) * i] = std::move(rasterisers[t].lists[i]);
        }
    }
    stats_.outsideCells =
        static_cast<std::int64_t>(cells_.size()) - stats_.insideCells - stats_.boundaryCells;
    rowStart_.assign(static_cast<std::size_t>(side_) + 1, 0);
    for (int row = 0; row < side_; ++row) {
        auto& mine = rasterisers[static_cast<std::size_t>((row / kBandRows) % threads)].rowSegments;
        auto& segments = mine[static_cast<std::size_t>(row)];
        rowStart_[static_cast<std::size_t>(row)] = rowSegments_.size();
        rowSegments_.insert(rowSegments_.end(), segments.begin(), segments.end());
        std::vector<RowSegment>().swap(segments);
    }
    rowStart_.back() = rowSegments_.size();
}

// 1 when the unit covers the point (fx, fy in cells), 0 when not, -1 when the point lies within kNearEdge
// of one of the unit's edges: there the crossing count could be off by rounding, and GEOS decides.
int PointLocator::coversByCrossings(std::int32_t unit, int row, double fx, double fy) const {
    constexpr double kNearEdge = 1e-7; // in cells (~0.1 mm in Mali): far above the rounding of the counts
    const auto first =
        rowSegments_.begin() + static_cast<std::ptrdiff_t>(rowStart_[static_cast<std::size_t>(row)]);
    const auto last =
        rowSegments_.begin() + static_cast<std::ptrdiff_t>(rowStart_[static_cast<std::size_t>(row) + 1]);
    const auto from =
        std::lower_bound(first, last, unit, [](const RowSegment& s, std::int32_t u) { return s.unit < u; });
    bool inside = false;
    for (auto s = from; s != last && s->unit == unit; ++s) {
        const double dx = s->x2 - s->x1, dy = s->y2 - s->y1;
        if (fx >= std::min(s->x1, s->x2) - kNearEdge && fx <= std::max(s->x1, s->x2) + kNearEdge &&
            fy >= std::min(s->y1, s->y2) - kNearEdge && fy <= std::max(s->y1, s->y2) + kNearEdge &&
            std::abs(dx * (fy - s->y1) - dy * (fx - s->x1)) <= kNearEdge * std::hypot(dx, dy)) {
            return -1;
        }
        if ((s->y1 <= fy) != (s->y2 <= fy) && s->x1 + (fy - s->y1) * dx / dy < fx) {
            inside = !inside;
        }
    }
    return inside ? 1 : 0;
}

UnitId PointLocator::locateInBoundaryCell(const Worker& worker, std::int32_t list, int row, double fx,
                                          double fy, const LonLat& where, std::int64_t& nearEdges) const {
    const auto& candidates = boundaryLists_[static_cast<std::size_t>(list)];
    bool nearEdge = false;
    for (const std::int32_t k : candidates) {
        const int covers = coversByCrossings(k, row, fx, fy);
        if (covers == 1) {
            return units_[static_cast<std::size_t>(k)];
        }
        if (covers == -1) {
            nearEdge = true;
            break;
        }
    }
    if (!nearEdge) {
        return kNoUnit;
    }
    ++nearEdges; // on or next to an edge: GEOS's prepared covers, in tree order
    GEOSContextHandle_t context = geos::context();
    GeometryFree point{GEOSGeom_createPointFromXY_r(context, where.lon, where.lat)};
    for (const std::int32_t k : candidates) {
        if (GEOSPreparedCovers_r(context, worker.prepared[static_cast<std::size_t>(k)].get(),
                                 point.geometry) == 1) {
            return units_[static_cast<std::size_t>(k)];
        }
    }
    return kNoUnit;
}

void PointLocator::locateRange(Worker& worker, const std::vector<LonLat>& points, std::size_t begin,
                               std::size_t end, std::vector<UnitId>& out, std::int64_t& boundaryPoints,
                               std::int64_t& nearEdges) const {
    const double invWidth = 1.0 / cellWidth_;
    const double invHeight = 1.0 / cellHeight_;
    for (std::size_t i = begin; i < end; ++i) {
        const double fx = (points[i].lon - minX_) * invWidth;
        const double fy = (points[i].lat - minY_) * invHeight;
        // NaN and points off the grid fail these tests: off the grid is off every unit.
        if (!(fx >= 0 && fx < side_ && fy >= 0 && fy < side_)) {
            out[i] = kNoUnit;
            continue;
        }
        const int row = static_cast<int>(fy);
        const std::int32_t cell = cells_[static_cast<std::size_t>(row) * static_cast<std::size_t>(side_) +
                                         static_cast<std::size_t>(static_cast<int>(fx))];
        if (cell >= 0) {
            out[i] = units_[static_cast<std::size_t>(cell)];
        } else if (cell == -1) {
            out[i] = kNoUnit;
        } else {
            ++boundaryPoints;
            out[i] = locateInBoundaryCell(worker, -2 - cell, row, fx, fy, points[i], nearEdges);
        }
    }
}

std::vector<UnitId> PointLocator::locateAll(const std::vector<LonLat>& points) const {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<UnitId> out(points.size(), kNoUnit);
    const std::size_t threads =
        std::min<std::size_t>(workers_.size(), std::max<std::size_t>(1, points.size() / 4096));
    std::vector<std::int64_t> boundaryPoints(std::max<std::size_t>(threads, 1), 0);
    std::vector<std::int64_t> nearEdges(boundaryPoints.size(), 0);
    if (!workers_.empty()) {
        const std::size_t chunk = (points.size() + threads - 1) / std::max<std::size_t>(threads, 1);
        runOnThreads(static_cast<int>(std::max<std::size_t>(threads, 1)), [&](int t) {
            const auto k = static_cast<std::size_t>(t);
            locateRange(*workers_[k], points, std::min(points.size(), k * chunk),
                        std::min(points.size(), (k + 1) * chunk), out, boundaryPoints[k], nearEdges[k]);
        });
    }
    stats_.pointsInBoundaryCells = 0;
    stats_.pointsNearEdges = 0;
    for (std::size_t t = 0; t < boundaryPoints.size(); ++t) {
        stats_.pointsInBoundaryCells += boundaryPoints[t];
        stats_.pointsNearEdges += nearEdges[t];
    }
    return out;
}

UnitId PointLocator::locateExact(const LonLat& where) const {
    GEOSContextHandle_t context = geos::context();
    GeometryFree point{GEOSGeom_createPointFromXY_r(context, where.lon, where.lat)};
    for (const UnitId id : units_) {
        const AdminUnit& unit = tree_.unit(id);
        if (unit.bounds.contains(where.lon, where.lat) &&
            GEOSCovers_r(context, unit.geometry.get(), point.geometry) == 1) {
            return id;
        }
    }
    return kNoUnit;
}

} // namespace couverture::analysis
