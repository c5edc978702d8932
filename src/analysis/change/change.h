#pragma once
// Change between two releases of an activity table (two 3W releases, or one before and after a withdrawal):
// which organisations left and which arrived, per unit and sector; the units that lost their last
// organisation in a sector; the net change in organisations per unit. Rows are matched across releases by
// organisation, sector and place, each release read through its own column roles and placed by the
// reconciler, so the two may name their columns differently.

#include "core/commands.h"

#include <set>
#include <string>
#include <vector>

namespace couverture::analysis {

// A release: its rows and where the reconciler placed them (the same order).
struct Release {
    const std::vector<ActivityRow>* rows = nullptr;
    const std::vector<Match>* matches = nullptr;
};

struct ChangeOptions {
    AdminLevel level = AdminLevel::Cercle; // the units compared
    ActivityFilter filter;                 // sector, organisation ... applied to both releases alike
};

// One unit and sector present in either release.
struct SectorChange {
    UnitId unit = kNoUnit;
    std::string sector;                     // as first written (the key is folded)
    std::vector<std::string> before, after; // organisations, as first written, sorted
    std::vector<std::string> left, arrived; // before only, after only
    bool lostLast() const { return !before.empty() && after.empty(); }
    bool gainedFirst() const { return before.empty() && !after.empty(); }
};

struct UnitChange {
    int before = 0, after = 0; // distinct organisations in the unit (all sectors kept by the filter)
    int net() const { return after - before; }
    int sectorsLost = 0; // sectors whose last organisation left
};

struct ChangeResult {
    ChangeOptions options;
    std::vector<SectorChange> sectors;                // by unit (tree order), then sector
    std::vector<UnitChange> units;                    // by UnitId; only units of options.level carry figures
    std::int64_t rowsBefore = 0, rowsAfter = 0;       // rows kept by the filter
    std::int64_t coarserBefore = 0, coarserAfter = 0; // placed above the level: not compared
    std::int64_t unmatchedBefore = 0, unmatchedAfter = 0; // no place: not compared
    std::int64_t noOrganisationBefore = 0, noOrganisationAfter = 0, noSectorBefore = 0, noSectorAfter = 0;
    Problems problems;
};

ChangeResult compareReleases(const AdminTree& tree, const Release& before, const Release& after,
                             const ChangeOptions& options = {});

// A simulated withdrawal: the release without the rows of the named organisations (acronym or name, case
// and accents folded), the matches of the rows kept with them.
struct Withdrawal {
    ActivityTable table;
    std::vector<Match> matches;
    std::size_t removed = 0;
    Problems problems; // a warning when no row matched
};
Withdrawal withoutOrganisations(const ActivityTable& table, const std::vector<Match>& matches,
                                const std::vector<std::string>& organisations);

// Inputs of `couverture analyse compare`: two tables, or one table and the organisations withdrawn from it.
struct CompareInputs {
    JoinInputs before; // boundaries, first table, reading and matching options
    std::string after; // second table (read with afterRead); empty: `before` minus `withdraw`
    ActivityReadOptions afterRead;
    std::vector<std::string> withdraw; // organisations (acronym or name, folded) removed to make `after`
    ChangeOptions change;
    Progress progress;
};

struct CompareRun {
    JoinedActivities before;
    ActivityTable after;
    ReconcileResult afterMatches;
    ChangeResult change;
};
// Throws InputError (a table, the boundaries), Cancelled.
CompareRun runCompare(const CompareInputs& inputs);

// Tables: one line per unit and sector (organisations before and after, left, arrived, lost_last); the
// units that lost their last organisation in a sector; and one line per unit of the level with the net
// change.
OutputTable sectorChangeTable(const AdminTree& tree, const ChangeResult& result);
OutputTable lostLastTable(const AdminTree& tree, const ChangeResult& result);
OutputTable netChangeTable(const AdminTree& tree, const ChangeResult& result);

} // namespace couverture::analysis
