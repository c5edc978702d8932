#pragma once
// Overlaps: units where at least N distinct organisations work in the same sector (and, when the table has
// dates, in overlapping periods), and the organisation pairs that share the most units in a sector.

#include "analysis/common/presence_index.h"
#include "core/table_writer.h"

namespace couverture::analysis {

struct OverlapOptions {
    AdminLevel level = AdminLevel::Commune;
    int minOrganisations = 2; // N
    ActivityFilter filter;
    int matrixSize = 15; // organisations per pair matrix: those present in the most units of the sector
    Progress progress;
};

// An organisation's period in one unit and sector: from its earliest start to its latest end; an open end
// (no date) runs on, an open start began before anything.
struct Period {
    std::optional<Date> start, end;
    bool overlaps(const Period& other) const;
};

struct OverlapUnit {
    UnitId unit = kNoUnit;
    int sector = 0;
    std::vector<int> organisations; // own presence in the unit, sorted by index
    std::vector<Period> periods;    // parallel to organisations
    int simultaneous = 0;           // most organisations working at one time (= organisations without dates)
    std::vector<int> coarserOnly;   // région-/cercle-wide organisations, not counted in the overlap
};

struct OverlapPair {
    int sector = 0;
    int first = 0, second = 0; // organisation indexes, first < second by name
    std::vector<UnitId> units; // units both work in (in overlapping periods when dated), tree order
};

struct OverlapResult {
    AdminLevel level = AdminLevel::Commune;
    int minOrganisations = 2;
    bool comparedByDates = false; // false: the table has no dates, compared by sector alone
    PresenceIndex index;
    std::vector<OverlapUnit> overlaps; // units with simultaneous >= N, by sector then tree order
    std::vector<OverlapPair> pairs;    // most shared units first
    std::vector<int> unitsPresent; // by organisation: units of the level where it works (its sectors pooled)
    Problems problems;
};

OverlapResult findOverlaps(const AdminTree& tree, const std::vector<ActivityRow>& rows,
                           const std::vector<Match>& matches, const OverlapOptions& options);
OverlapResult findOverlaps(const AdminTree& tree, PresenceIndex index, const OverlapOptions& options);

// overlaps_<level>: level, pcode, name, region, sector, organisations, organisations_at_once,
// organisation_names, periods, coarser_only_organisations.
OutputTable overlapTable(const AdminTree& tree, const OverlapResult& result);
// overlap_pairs: rank, sector, organisation_a, organisation_b, shared_units, unit_names.
OutputTable pairListTable(const AdminTree& tree, const OverlapResult& result);
// pair_matrix_<sector>: the organisations present in the most units of the sector, shared units at each
// crossing (the diagonal is left empty).
std::vector<OutputTable> pairMatrixTables(const OverlapResult& result, int matrixSize);

} // namespace couverture::analysis
