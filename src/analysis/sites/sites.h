#pragma once
// Sites and service reach: point tables (villages, services) placed in communes, counted per unit, and the
// share of a gazetteer's villages within a distance of a service point, by unit.

#include "analysis/sites/gazetteer.h"
#include "analysis/sites/point_locator.h"
#include "core/boundary_reader.h"
#include "core/coverage.h"
#include "core/table_writer.h"

#include <optional>
#include <string>
#include <vector>

namespace couverture::analysis {

// Geodesic distances on the WGS 84 ellipsoid (Karney's algorithm through PROJ's geod_inverse), in km.
double geodesicKm(const LonLat& a, const LonLat& b);

// For each point of `from`, the geodesic distance in km to the nearest point of `to` (infinity when `to` is
// empty). Exact: candidates are taken by latitude, and the search stops once the latitude difference alone
// (at least 110.574 km per degree, the meridian degree at the equator) exceeds the best distance found.
std::vector<double> nearestKm(const std::vector<LonLat>& from, const std::vector<LonLat>& to,
                              int threads = 2);

struct SitesOptions {
    std::string boundaries;          // OGR source of the communes
    BoundaryOptions boundaryOptions; // explicit boundary fields
    std::string points;              // the point table (sites or service points)
    ActivityReadOptions read;        // its sheet, encoding, explicit column mapping
    std::string
        gazetteer;       // populated places: coordinates for name-only rows, villages for reach; may be empty
    std::string aliases; // alias table for the reconciler (rows that name their commune)
    std::vector<Alias> aliasList; // decisions already read (the application's project), applied too
    double fuzzyThreshold = 0.85;
    std::optional<double> reachKm; // with a gazetteer: share of its villages within this many km of a point
    ActivityFilter filter;         // status, organisation ... of the points (e.g. existing services only)
    PointLocatorOptions locator;
    Progress progress;
};

enum class SiteStatus { Inside, OutsideUnits, NotLocated };
std::string_view siteStatusKey(SiteStatus status); // "inside", "outside_every_unit", "not_located"

struct SitePoint {
    std::int64_t row = 0; // data row of the point table
    std::string name;     // its site name, as read
    PlacedPoint placed;
    SiteStatus status = SiteStatus::NotLocated;
    UnitId unit = kNoUnit; // the commune (or the locator's level) it lies in
};

struct ReachFigures {
    int villages = 0;       // gazetteer villages lying in the unit
    int villagesWithin = 0; // of which within reachKm of a point
    double share() const { return villages == 0 ? 0.0 : static_cast<double>(villagesWithin) / villages; }
};

struct SitesResult {
    std::vector<SitePoint> points; // one per row of the point table, in its order
    std::vector<int> pointsByUnit; // by UnitId: points in the unit or below
    int inside = 0, outsideUnits = 0, notLocated = 0, locatedByName = 0;
    std::optional<double> reachKm;
    std::vector<ReachFigures> reachByUnit; // by UnitId, when reachKm is set
    std::vector<LonLat> villages;          // the gazetteer's villages (reach only)
    std::vector<UnitId> villageUnits;      // their communes (kNoUnit outside every unit)
    std::vector<double> villageNearestKm;  // geodesic distance to the nearest point
    int villagesOutsideUnits = 0;
    Problems problems;
};

// The analysis on loaded inputs (the CLI, the app and the tests call it; runSites loads then calls it).
SitesResult analyseSites(const AdminTree& tree, const PointTable& points, const Gazetteer* gazetteer,
                         const Reconciler* reconciler, std::optional<double> reachKm,
                         const PointLocatorOptions& locator = {}, const Progress& progress = {});

struct SitesRun {
    BoundaryLoad boundaries;
    PointTable table;
    SitesResult result;
};
// Loads the boundaries, the point table (the rows the filter keeps; the others are counted in the problems)
// and the gazetteer, then analyses. Throws InputError (also when the filter keeps no row); Cancelled.
SitesRun runSites(const SitesOptions& options);

// The same over boundaries already loaded (the application's): options.boundaries is not read.
struct SitesOnTree {
    PointTable table;
    SitesResult result;
};
SitesOnTree runSitesOn(const AdminTree& tree, const SitesOptions& options);

// Output tables: one line per point (row, site, how located, coordinates, commune, cercle, région, status,
// reason); the points outside every unit or not located; and per unit of a level the points and, with reach,
// villages, villages within the distance and the share.
OutputTable sitePointsTable(const AdminTree& tree, const SitesResult& result);
OutputTable sitesOutsideTable(const AdminTree& tree, const SitesResult& result);
OutputTable sitesByUnitTable(const AdminTree& tree, const SitesResult& result, AdminLevel level);

} // namespace couverture::analysis
