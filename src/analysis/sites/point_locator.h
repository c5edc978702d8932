#pragma once
// Which unit a point lies in, for a million points at a time: an acceleration grid over GEOS.
//
// Each grid cell is classified once by rasterising the units' rings (see point_locator.cpp for why this
// is not done with GEOS predicates): a cell that no edge of any unit comes near lies wholly inside one unit
// or outside every unit, and its centre says which; a cell that an edge crosses is a boundary cell and keeps
// the units whose edges cross it or that contain it. A point in an inside or outside cell costs an array
// read; a point in a boundary cell is tested against the cell's units by counting the crossings of its row's
// edges, and with GEOS prepared covers when it lies within 1e-7 cells of an edge. The answer is GEOS's: the
// first unit, in tree order, whose polygon covers the point (a point on an edge shared by two communes, or on
// a vertex shared by three, goes to the first of them).

#include "core/admin_tree.h"
#include "core/point_table.h"

#include <memory>
#include <mutex>
#include <vector>

namespace couverture::analysis {

struct PointLocatorOptions {
    AdminLevel level = AdminLevel::Commune;
    // The grid has 2^bits × 2^bits cells over the units' extent: 2048² for Mali, cells of ~0.85 km.
    // Measured with bench_points (a million points jittered around the 18,769 villages, 2 threads, idle):
    // see bench/README.md; a finer grid leaves fewer points to GEOS and costs more memory (4 bytes a cell).
    int gridBits = 11;
    int threads = 2; // worker threads for building and locating (each its own GEOS context and polygons)
};

struct PointLocatorStats {
    int units = 0;
    std::int64_t insideCells = 0, outsideCells = 0, boundaryCells = 0; // at the finest level
    std::int64_t edgeCellMarks = 0;                                    // cells marked by rasterised edges
    std::int64_t pointsInBoundaryCells = 0;                            // last locateAll: tested on edges
    std::int64_t pointsNearEdges = 0;                                  // of which decided by GEOS
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
    struct RowSegment {
        std::int32_t unit;     // index into units_
        double x1, y1, x2, y2; // in cells
    };
    // The edges that come near each grid row, by row (rowStart_[r] .. rowStart_[r + 1]), by unit within a
    // row.
    std::vector<std::size_t> rowStart_;
    std::vector<RowSegment> rowSegments_;
    mutable std::vector<std::unique_ptr<Worker>> workers_;
    mutable std::mutex mutex_;
    mutable PointLocatorStats stats_;

    class Rasteriser;
    void buildGrid();
    int coversByCrossings(std::int32_t unit, int row, double fx, double fy) const;
    UnitId locateInBoundaryCell(const Worker& worker, std::int32_t list, int row, double fx, double fy,
                                const LonLat& point, std::int64_t& nearEdges) const;
    void locateRange(Worker& worker, const std::vector<LonLat>& points, std::size_t begin, std::size_t end,
                     std::vector<UnitId>& out, std::int64_t& boundaryPoints, std::int64_t& nearEdges) const;
};

} // namespace couverture::analysis
