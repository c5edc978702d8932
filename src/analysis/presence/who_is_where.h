#pragma once
// Who is where: per unit of a level, the organisations present by sector, as organisation, implementing
// partner or donor, with the input rows behind each line. Presence known only at a coarser level (région-
// or cercle-wide rows) is listed apart, by the unit the rows name, never spread over the units below.

#include "analysis/common/presence_index.h"
#include "core/table_writer.h"

namespace couverture::analysis {

struct WhoOptions {
    AdminLevel level = AdminLevel::Cercle;
    ActivityFilter filter;
    Progress progress;
};

struct WhoLine {
    UnitId unit = kNoUnit; // at the chosen level (own lines) or the coarser unit the rows name
    int sector = 0;
    int organisation = 0;
    PresenceRole role = PresenceRole::Organisation;
    std::vector<std::int64_t> rows; // input row numbers, ascending
};

struct WhoResult {
    AdminLevel level = AdminLevel::Cercle;
    PresenceIndex index;
    std::vector<WhoLine> lines;   // unit (tree order), sector, organisation name, role
    std::vector<WhoLine> coarser; // presence named only at a coarser level than `level`
    Problems problems;
};

WhoResult whoIsWhere(const AdminTree& tree, const std::vector<ActivityRow>& rows,
                     const std::vector<Match>& matches, const WhoOptions& options);
// The same over an index already built (benchmarks, callers that run several analyses).
WhoResult whoIsWhere(const AdminTree& tree, PresenceIndex index, const WhoOptions& options);

// Columns: level, pcode, name, region, sector, organisation, organisation_name, organisation_type, role,
// presence ("own", or "region_wide"/"cercle_wide"), rows, row_numbers.
OutputTable whoTable(const AdminTree& tree, const WhoResult& result);
OutputTable whoCoarserTable(const AdminTree& tree, const WhoResult& result);

} // namespace couverture::analysis
