#pragma once
// Which unit a point lies in, for a million points at a time: an acceleration grid over GEOS.
//
// Each grid cell is classified once with GEOS prepared predicates (cells found through an STRtree, then
// split in four while they straddle a boundary): wholly inside one unit's interior and touching no other
// unit, outside every unit, or on a boundary with the few units that touch it. A point in an inside or
// outside cell costs an array read; a point in a boundary cell is tested with GEOS prepared covers against
// the cell's units. The answer is GEOS's: the first unit, in tree order, whose polygon covers the point
// (a point on an edge shared by two communes, or on a vertex shared by three, goes to the first of them).

#include "core/admin_tree.h"
#include "core/point_table.h"

#include <memory>
#include <mutex>
#include <vector>

namespace couverture::analysis {

struct PointLocatorOptions {
    AdminLevel level = AdminLevel::Commune;
    // The finest grid has 2^bits × 2^bits cells over the units' extent: 1024² for Mali, cells of ~1.7 km.
    // Measured with bench_points (a million points jittered around the 18,769 villages, 2 threads, load ~17):
    // 1024² leaves 20 % of the points in boundary cells (tested with GEOS) and builds in 1.8 s + locates in
    // 1.2-1.4 s; 2048² leaves 10 % and locates in 0.8-1.1 s but builds in 2.9-4.2 s. A user waits for both
    // (one analysis, one grid), so the coarser grid is the default.
    int gridBits = 10;
    int threads = 2; // worker threads for building and locating (each its own GEOS context and polygons)
};

struct PointLocatorStats {
    int units = 0;
    std::int64_t insideCells = 0, outsideCells = 0, boundaryCells = 0; // at the finest level
    std::int64_t geosCellTests = 0;                                    // predicates run to classify cells
    std::int64_t pointsInBoundaryCells = 0;                            // last locateAll: tested with GEOS
};

class PointLocator {
public:
    PointLocator(const AdminTree& tree, PointLocatorOptions options = {});
    ~PointLocator();
    PointLocator(const PointLocator&) = delete;
    PointLocator& operator=(const PointLocator&) = delete;

    // The unit of each point (kNoUnit when no unit covers it), in the points' order. One call at a time.
    std::vector<UnitId> locateAll(const std::vector<LonLat>& points) const;

    // The reference answer, without the grid: GEOS covers (not prepared) against every unit of the level
    // whose envelope holds the point, in tree order. For tests and benchmarks.
    UnitId locateExact(const LonLat& point) const;

    const PointLocatorStats& stats() const { return stats_; }

private:
    struct Worker;
    const AdminTree& tree_;
    PointLocatorOptions options_;
    std::vector<UnitId> units_; // the level's units with geometry, tree order
    double minX_ = 0, minY_ = 0, cellWidth_ = 1, cellHeight_ = 1;
    int side_ = 1;
    // By fine cell: >= 0 index into units_ (inside), -1 outside, <= -2 boundary list -2 - k.
    std::vector<std::int32_t> cells_;
    std::vector<std::vector<std::int32_t>> boundaryLists_; // indexes into units_, tree order
    mutable std::vector<std::unique_ptr<Worker>> workers_;
    mutable std::mutex mutex_;
    mutable PointLocatorStats stats_;

    struct BuildState;
    void classify(int x0, int y0, int size, const std::vector<std::int32_t>& candidates, BuildState& state);
    void fill(int x0, int y0, int size, std::int32_t value);
    void locateRange(Worker& worker, const std::vector<LonLat>& points, std::size_t begin, std::size_t end,
                     std::vector<UnitId>& out, std::int64_t& boundaryPoints) const;
};

} // namespace couverture::analysis
