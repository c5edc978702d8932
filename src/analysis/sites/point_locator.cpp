#include "analysis/sites/point_locator.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace couverture::analysis {

struct PointLocator::BuildState {
    const std::vector<geos::PreparedGeometry>* prepared = nullptr; // the thread's worker's
    std::vector<std::vector<std::int32_t>> lists;                  // boundary lists, numbered from 0
    std::int64_t tests = 0;
};

struct PointLocator::Worker {
    std::vector<geos::Geometry> geometries;       // this worker's own copies: GEOS prepared geometries
    std::vector<geos::PreparedGeometry> prepared; // build their indexes lazily, so they are never shared
};

namespace {

// Top-level blocks per side, each found through the STRtree before it is split.
constexpr int kTopBlocks = 32;

struct GeometryFree {
    GEOSGeometry* geometry;
    ~GeometryFree() { GEOSGeom_destroy_r(geos::context(), geometry); }
};

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

    for (int t = 0; t < options_.threads; ++t) {
        auto worker = std::make_unique<Worker>();
        for (const UnitId id : units_) {
            worker->geometries.push_back(geos::clone(tree.unit(id).geometry.get()));
            worker->prepared.push_back(geos::prepare(worker->geometries.back().get()));
        }
        workers_.push_back(std::move(worker));
    }

    // Top-level blocks come from an STRtree query; block rows are dealt to the threads in turn.
    GEOSContextHandle_t context = geos::context();
    GEOSSTRtree* index = GEOSSTRtree_create_r(context, 10);
    std::vector<std::int32_t> ordinals(units_.size());
    for (std::size_t k = 0; k < units_.size(); ++k) {
        ordinals[k] = static_cast<std::int32_t>(k);
        GEOSSTRtree_insert_r(context, index, tree.unit(units_[k]).geometry.get(), &ordinals[k]);
    }
    const int block = std::max(1, side_ / kTopBlocks);
    std::vector<std::vector<std::vector<std::int32_t>>> blockCandidates(
        static_cast<std::size_t>(side_ / block));
    for (int y0 = 0; y0 < side_; y0 += block) {
        for (int x0 = 0; x0 < side_; x0 += block) {
            GeometryFree box{GEOSGeom_createRectangle_r(
                context, minX_ + x0 * cellWidth_, minY_ + y0 * cellHeight_, minX_ + (x0 + block) * cellWidth_,
                minY_ + (y0 + block) * cellHeight_)};
            std::vector<std::int32_t> candidates;
            GEOSSTRtree_query_r(
                context, index, box.geometry,
                [](void* item, void* user) {
                    static_cast<std::vector<std::int32_t>*>(user)->push_back(
                        *static_cast<std::int32_t*>(item));
                },
                &candidates);
            std::sort(candidates.begin(), candidates.end()); // tree order decides between touching units
            blockCandidates[static_cast<std::size_t>(y0 / block)].push_back(std::move(candidates));
        }
    }
    GEOSSTRtree_destroy_r(context, index);

    std::vector<BuildState> states;
    for (int t = 0; t < options_.threads; ++t) {
        states.push_back({&workers_[static_cast<std::size_t>(t)]->prepared, {}, 0});
    }
    auto build = [&](int t) {
        for (int row = t; row < side_ / block; row += options_.threads) {
            for (int column = 0; column < side_ / block; ++column) {
                classify(column * block, row * block, block,
                         blockCandidates[static_cast<std::size_t>(row)][static_cast<std::size_t>(column)],
                         states[static_cast<std::size_t>(t)]);
            }
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < options_.threads; ++t) {
        pool.emplace_back(build, t);
    }
    build(0);
    for (auto& thread : pool) {
        thread.join();
    }
    // Each thread numbered its boundary lists from 0: put them end to end and renumber the cells.
    std::vector<std::int32_t> offsets;
    for (auto& state : states) {
        offsets.push_back(static_cast<std::int32_t>(boundaryLists_.size()));
        stats_.geosCellTests += state.tests;
        for (auto& list : state.lists) {
            boundaryLists_.push_back(std::move(list));
        }
    }
    for (int y = 0; y < side_; ++y) {
        const std::int32_t offset = offsets[static_cast<std::size_t>((y / block) % options_.threads)];
        for (int x = 0; x < side_; ++x) {
            std::int32_t& cell = cells_[static_cast<std::size_t>(y) * static_cast<std::size_t>(side_) +
                                        static_cast<std::size_t>(x)];
            cell = cell <= -2 ? cell - offset : cell;
            ++(cell >= 0 ? stats_.insideCells : cell == -1 ? stats_.outsideCells : stats_.boundaryCells);
        }
    }
}

PointLocator::~PointLocator() = default;

void PointLocator::fill(int x0, int y0, int size, std::int32_t value) {
    for (int y = y0; y < std::min(y0 + size, side_); ++y) {
        std::fill_n(cells_.begin() + static_cast<std::ptrdiff_t>(y) * side_ + x0, std::min(size, side_ - x0),
                    value);
    }
}

void PointLocator::classify(int x0, int y0, int size, const std::vector<std::int32_t>& candidates,
                            BuildState& state) {
    const auto& prepared = *state.prepared;
    GEOSContextHandle_t context = geos::context();
    // The box is widened by far more than the rounding of a point's cell index (~1e-15 of the extent), so
    // that every point the index puts in this cell lies in the box that was classified.
    const double slackX = 1e-9 * cellWidth_ * side_;
    const double slackY = 1e-9 * cellHeight_ * side_;
    const double bx0 = minX_ + x0 * cellWidth_ - slackX;
    const double by0 = minY_ + y0 * cellHeight_ - slackY;
    const double bx1 = minX_ + (x0 + size) * cellWidth_ + slackX;
    const double by1 = minY_ + (y0 + size) * cellHeight_ + slackY;
    GeometryFree box{GEOSGeom_createRectangle_r(context, bx0, by0, bx1, by1)};
    std::vector<std::int32_t> hits;
    for (const std::int32_t k : candidates) {
        const auto& bounds = tree_.unit(units_[static_cast<std::size_t>(k)]).bounds;
        if (bounds.maxX < bx0 || bounds.minX > bx1 || bounds.maxY < by0 || bounds.minY > by1) {
            continue;
        }
        ++state.tests;
        // 2 is GEOS's exception: count the unit as touching, so the cell falls back to the exact test.
        if (GEOSPreparedIntersects_r(context, prepared[static_cast<std::size_t>(k)].get(), box.geometry) !=
            0) {
            hits.push_back(k);
        }
    }
    if (hits.empty()) {
        fill(x0, y0, size, -1);
        return;
    }
    if (hits.size() == 1) {
        ++state.tests;
        if (GEOSPreparedContainsProperly_r(context, prepared[static_cast<std::size_t>(hits.front())].get(),
                                           box.geometry) == 1) {
            fill(x0, y0, size, hits.front());
            return;
        }
    }
    if (size == 1) {
        fill(x0, y0, 1, -2 - static_cast<std::int32_t>(state.lists.size()));
        state.lists.push_back(std::move(hits));
        return;
    }
    const int half = size / 2;
    classify(x0, y0, half, hits, state);
    classify(x0 + half, y0, half, hits, state);
    classify(x0, y0 + half, half, hits, state);
    classify(x0 + half, y0 + half, half, hits, state);
}

void PointLocator::locateRange(Worker& worker, const std::vector<LonLat>& points, std::size_t begin,
                               std::size_t end, std::vector<UnitId>& out,
                               std::int64_t& boundaryPoints) const {
    GEOSContextHandle_t context = geos::context();
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
        const std::int32_t cell =
            cells_[static_cast<std::size_t>(static_cast<int>(fy)) * static_cast<std::size_t>(side_) +
                   static_cast<std::size_t>(static_cast<int>(fx))];
        if (cell >= 0) {
            out[i] = units_[static_cast<std::size_t>(cell)];
            continue;
        }
        out[i] = kNoUnit;
        if (cell == -1) {
            continue;
        }
        ++boundaryPoints;
        GeometryFree point{GEOSGeom_createPointFromXY_r(context, points[i].lon, points[i].lat)};
        for (const std::int32_t k : boundaryLists_[static_cast<std::size_t>(-2 - cell)]) {
            if (GEOSPreparedCovers_r(context, worker.prepared[static_cast<std::size_t>(k)].get(),
                                     point.geometry) == 1) {
                out[i] = units_[static_cast<std::size_t>(k)];
                break;
            }
        }
    }
}

std::vector<UnitId> PointLocator::locateAll(const std::vector<LonLat>& points) const {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<UnitId> out(points.size(), kNoUnit);
    const std::size_t threads =
        std::min<std::size_t>(workers_.size(), std::max<std::size_t>(1, points.size() / 4096));
    std::vector<std::int64_t> boundaryPoints(std::max<std::size_t>(threads, 1), 0);
    if (threads <= 1) {
        if (!workers_.empty()) {
            locateRange(*workers_.front(), points, 0, points.size(), out, boundaryPoints[0]);
        }
    } else {
        std::vector<std::thread> pool;
        const std::size_t chunk = (points.size() + threads - 1) / threads;
        for (std::size_t t = 1; t < threads; ++t) {
            pool.emplace_back([&, t] {
                locateRange(*workers_[t], points, t * chunk, std::min(points.size(), (t + 1) * chunk), out,
                            boundaryPoints[t]);
            });
        }
        locateRange(*workers_[0], points, 0, std::min(points.size(), chunk), out, boundaryPoints[0]);
        for (auto& thread : pool) {
            thread.join();
        }
    }
    stats_.pointsInBoundaryCells = 0;
    for (const auto count : boundaryPoints) {
        stats_.pointsInBoundaryCells += count;
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
