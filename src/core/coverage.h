#pragma once
// Coverage: per unit and level, who is there, doing what, for how many people — without double counting.

#include "core/activity_table.h"
#include "core/admin_tree.h"
#include "core/reconcile.h"

#include <optional>
#include <string>
#include <vector>

namespace couverture {

struct ActivityFilter {
    std::vector<std::string> sectors;       // keep rows whose sector folds to one of these (empty = all)
    std::vector<std::string> organisations; // acronym or name
    std::vector<std::string> organisationTypes;
    std::vector<std::string> statuses;
    std::optional<Date> periodStart, periodEnd; // a row counts when its dates overlap the period
    bool keepUndated = false;                   // with a period: keep rows that carry no date at all
    bool statedPlacesOnly = false; // leave out rows whose place_basis says the place was inferred
    bool keeps(const ActivityRow& row) const;
    bool empty() const;
    // What the filter keeps, for the user to read, in the message language ("secteur : Protection ; ...").
    std::string displayText() const;
    // The same in stable English and ASCII ("sector=Protection; period=2023-01-01..2023-12-31"), for data:
    // the CSV filter column, file metadata, the store. It does not change with the user's language.
    std::string dataText() const;
};

// How people reached/targeted combine across rows of one location (unit + site): clusters take the maximum.
enum class PeopleRule { MaxPerLocation, Sum };
std::string_view peopleRuleKey(PeopleRule rule); // "max_per_location", "sum"

struct CoverageOptions {
    ActivityFilter filter;
    PeopleRule peopleRule = PeopleRule::MaxPerLocation;
};

// Figures for one unit. Counts are distinct over the unit's own rows plus all rows placed below it.
struct UnitCoverage {
    UnitId unit = kNoUnit;
    int organisations = 0;            // distinct organisations present in the unit or below
    int partners = 0;                 // distinct implementing partners
    int programmes = 0;               // distinct programmes/projects
    int rows = 0;                     // rows placed in the unit or below
    int rowsAtThisLevel = 0;          // rows placed at exactly this unit (no finer place given)
    std::vector<std::string> sectors; // distinct sectors, sorted
    std::string mainSector;           // the sector with most rows (ties: alphabetical first)
    double peopleTargeted = 0;        // combined by the people rule; 0 when no figure
    double peopleReached = 0;
    bool hasPeopleFigures = false;
    // Presence known only at a coarser level: distinct organisations with rows placed at an ancestor
    // (région-wide, cercle-wide) that are not also present in this unit by its own rows.
    int organisationsCoarserOnly = 0;
    int organisationsRegionWide = 0; // distinct organisations with région-level rows in this unit's région
    int childUnits = 0;              // communes (cercle) or cercles (région) below
    int childUnitsCovered = 0;       // of which with at least one row
    double childCoverageShare = 0;   // childUnitsCovered / childUnits
};

struct CoverageTable {
    CoverageOptions options;
    // Indexed by UnitId (size == tree.size()); units of the country level are included too.
    std::vector<UnitCoverage> units;
    std::int64_t rowsUsed = 0;      // rows that passed the filter and have a place
    std::int64_t rowsFiltered = 0;  // rows the filter left out
    std::int64_t rowsUnmatched = 0; // rows that passed the filter but have no place
    const UnitCoverage& at(UnitId id) const { return units[static_cast<std::size_t>(id)]; }
};

CoverageTable computeCoverage(const AdminTree& tree, const std::vector<ActivityRow>& rows,
                              const std::vector<Match>& matches, const CoverageOptions& options = {});
// The same, each place of a cell that names several counting as a presence (reconciled.extraMatches); a
// row's people figures are shared equally between its places.
CoverageTable computeCoverage(const AdminTree& tree, const std::vector<ActivityRow>& rows,
                              const ReconcileResult& reconciled, const CoverageOptions& options = {});

// Stable, documented figure names (the column names of the coverage tables), e.g. "organisations",
// "partners", "programmes", "rows", "sectors", "people_targeted", "people_reached",
// "organisations_coarser_only", "organisations_region_wide", "child_coverage_share".
std::vector<std::string> coverageFigureNames();
// The value of a named figure for a unit; nullopt for unknown names or a people figure with no data.
std::optional<double> coverageFigure(const UnitCoverage& unit, std::string_view figure);

} // namespace couverture
