#pragma once
// Gaps: coverage in a sector against need, per unit of a level. People in need per organisation present,
// high-need units with nobody present, and a 3 × 3 need × coverage class for the bivariate map. Presence
// known only at a coarser level (région- or cercle-wide rows) is shown apart and never counted as coverage.

#include "analysis/common/presence_index.h"
#include "analysis/need/need_layer.h"
#include "core/table_writer.h"

namespace couverture::analysis {

struct GapOptions {
    ActivityFilter filter; // the sector (and any other filter) whose presence is set against the need
    Progress progress;
};

struct UnitGap {
    UnitId unit = kNoUnit;
    UnitNeed need;
    int organisations = 0; // own presence in the sector
    int organisationsCoarserOnly = 0;
    std::vector<int> organisationIds;
    std::optional<double> needPerOrganisation; // none when nobody is present (or no need figure)
    int needClass = -1; // 0 low, 1 middle, 2 high (terciles of the need figures); -1 no figure
    int coverageClass =
        0; // 0 nobody present, 1 fewer than the median of the covered units, 2 the median or more
    bool highNeedNobody = false;
};

struct GapResult {
    AdminLevel level = AdminLevel::Cercle;
    std::vector<UnitGap> units; // sorted by gap: high need with nobody first, then need per organisation
    std::array<double, 2> needBreaks{}; // upper bounds of need classes 0 and 1
    int coverageMedian = 0;             // organisations: class 2 from here
    std::string needLabel, weightLabel;
    bool anyEstimate = false, anyCoarserNeed = false;
    Problems problems;
};

GapResult computeGaps(const AdminTree& tree, const PresenceIndex& index, const NeedLayer& need,
                      const GapOptions& options);

// gaps_<level>: rank, pcode, name, region, need, need_basis, need_source, organisations,
// organisations_coarser_only, need_per_organisation, need_class, coverage_class, bivariate_class,
// high_need_nobody, organisation_names.
OutputTable gapTable(const AdminTree& tree, const PresenceIndex& index, const GapResult& result);

} // namespace couverture::analysis
