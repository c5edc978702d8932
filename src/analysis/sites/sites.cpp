#include "analysis/sites/sites.h"

#include "core/level_text.h"
#include "core/texts.h"

#include <algorithm>
#include <cmath>
#include <geodesic.h> // PROJ's copy of GeographicLib's C geodesic routines
#include <limits>
#include <thread>

namespace couverture::analysis {

namespace {

const geod_geodesic& wgs84() {
    static const geod_geodesic geodesic = [] {
        geod_geodesic g{};
        geod_init(&g, 6378137.0, 1 / 298.257223563);
        return g;
    }();
    return geodesic;
}

// The shortest meridian degree on WGS 84 (at the equator), km: no two points whose latitudes differ by d
// degrees are closer than d times this.
constexpr double kMinKmPerDegreeLatitude = 110.574;

} // namespace

double geodesicKm(const LonLat& a, const LonLat& b) {
    double metres = 0;
    geod_inverse(&wgs84(), a.lat, a.lon, b.lat, b.lon, &metres, nullptr, nullptr);
    return metres / 1000.0;
}

std::vector<double> nearestKm(const std::vector<LonLat>& from, const std::vector<LonLat>& to, int threads) {
    std::vector<double> nearest(from.size(), std::numeric_limits<double>::infinity());
    if (to.empty()) {
        return nearest;
    }
    std::vector<LonLat> byLatitude = to;
    std::sort(byLatitude.begin(), byLatitude.end(),
              [](const LonLat& a, const LonLat& b) { return a.lat < b.lat; });
    auto work = [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            const LonLat& point = from[i];
            const auto start = std::lower_bound(byLatitude.begin(), byLatitude.end(), point.lat,
                                                [](const LonLat& a, double lat) { return a.lat < lat; });
            double best = std::numeric_limits<double>::infinity();
            // Outward from the point's latitude, north and south, until latitude alone is too far.
            for (auto it = start; it != byLatitude.end(); ++it) {
                if ((it->lat - point.lat) * kMinKmPerDegreeLatitude > best) {
                    break;
                }
                best = std::min(best, geodesicKm(point, *it));
            }
            for (auto it = start; it != byLatitude.begin();) {
                --it;
                if ((point.lat - it->lat) * kMinKmPerDegreeLatitude > best) {
                    break;
                }
                best = std::min(best, geodesicKm(point, *it));
            }
            nearest[i] = best;
        }
    };
    const std::size_t count =
        std::max<std::size_t>(1, std::min<std::size_t>(threads, from.size() / 1024 + 1));
    std::vector<std::thread> pool;
    const std::size_t chunk = (from.size() + count - 1) / count;
    for (std::size_t t = 1; t < count; ++t) {
        pool.emplace_back(work, t * chunk, std::min(from.size(), (t + 1) * chunk));
    }
    work(0, std::min(from.size(), chunk));
    for (auto& thread : pool) {
        thread.join();
    }
    return nearest;
}

std::string_view siteStatusKey(SiteStatus status) {
    switch (status) {
    case SiteStatus::Inside:
        return "inside";
    case SiteStatus::OutsideUnits:
        return "outside_every_unit";
    case SiteStatus::NotLocated:
        return "not_located";
    }
    return "not_located";
}

namespace {

void addUpwards(const AdminTree& tree, std::vector<int>& byUnit, UnitId unit) {
    for (UnitId id = unit; id != kNoUnit; id = tree.unit(id).parent) {
        ++byUnit[static_cast<std::size_t>(id)];
    }
}

void checkProgress(const Progress& progress, double fraction, const char* message) {
    if (!progress.report(fraction, message)) {
        throw Cancelled{};
    }
}

} // namespace

SitesResult analyseSites(const AdminTree& tree, const PointTable& points, const Gazetteer* gazetteer,
                         const Reconciler* reconciler, std::optional<double> reachKm,
                         const PointLocatorOptions& locatorOptions, const Progress& progress) {
    SitesResult result;
    result.problems = points.table.problems;
    checkProgress(progress, 0.05, translate("Progress", "locating the points").c_str());
    const auto placed = placePoints(points, gazetteer, tree, reconciler);
    const PointLocator locator(tree, locatorOptions);
    std::vector<LonLat> located;
    for (const auto& point : placed) {
        if (point.where) {
            located.push_back(*point.where);
        }
    }
    checkProgress(progress, 0.3, translate("Progress", "placing the points in their units").c_str());
    const auto units = locator.locateAll(located);
    result.pointsByUnit.assign(tree.size(), 0);
    const std::string& path = points.table.path;
    std::size_t next = 0;
    for (std::size_t i = 0; i < placed.size(); ++i) {
        SitePoint point;
        point.row = points.table.rows[i].row;
        point.name = points.table.rows[i].cell(Role::SiteName);
        point.placed = placed[i];
        if (!point.placed.where) {
            point.status = SiteStatus::NotLocated;
            ++result.notLocated;
            result.problems.push_back(
                {Severity::Warning, path, "site", point.row,
                 fill(translate("Analysis", "not located: %1"), {point.placed.reason})});
        } else {
            point.unit = units[next++];
            result.locatedByName += point.placed.source == PointSource::Gazetteer ? 1 : 0;
            if (point.unit == kNoUnit) {
                point.status = SiteStatus::OutsideUnits;
                ++result.outsideUnits;
                result.problems.push_back(
                    {Severity::Warning, path, "lat/lon", point.row,
                     fill(translate("Analysis", "point (%1, %2) lies outside every %3 (latitude, longitude)"),
                          {decimalText(point.placed.where->lat, 6), decimalText(point.placed.where->lon, 6),
                           levelText(locatorOptions.level)})});
            } else {
                point.status = SiteStatus::Inside;
                ++result.inside;
                addUpwards(tree, result.pointsByUnit, point.unit);
            }
        }
        result.points.push_back(std::move(point));
    }
    if (reachKm && gazetteer != nullptr) {
        checkProgress(progress, 0.5,
                      translate("Progress", "measuring the villages' distance to the points").c_str());
        result.reachKm = reachKm;
        for (const auto& place : gazetteer->places()) {
            result.villages.push_back(place.where);
        }
        result.villageUnits = locator.locateAll(result.villages);
        result.villageNearestKm = nearestKm(result.villages, located, locatorOptions.threads);
        result.reachByUnit.assign(tree.size(), {});
        for (std::size_t v = 0; v < result.villages.size(); ++v) {
            if (result.villageUnits[v] == kNoUnit) {
                ++result.villagesOutsideUnits;
                continue;
            }
            const bool within = result.villageNearestKm[v] <= *reachKm;
            for (UnitId id = result.villageUnits[v]; id != kNoUnit; id = tree.unit(id).parent) {
                auto& figures = result.reachByUnit[static_cast<std::size_t>(id)];
                ++figures.villages;
                figures.villagesWithin += within ? 1 : 0;
            }
        }
        if (result.villagesOutsideUnits > 0) {
            result.problems.push_back(
                {Severity::Info,
                 gazetteer->path(),
                 {},
                 0,
                 fill(translate("Analysis",
                                "%1 gazetteer villages lie outside every unit and are not counted "
                                "in the reach shares"),
                      {std::to_string(result.villagesOutsideUnits)})});
        }
    } else if (reachKm) {
        result.problems.push_back(
            {Severity::Warning,
             {},
             "reach",
             0,
             translate("Analysis", "reach needs a gazetteer of villages; no reach was measured")});
    }
    checkProgress(progress, 1.0, translate("Progress", "sites analysed").c_str());
    return result;
}

namespace {

// Only the rows the filter keeps, their coordinates with them; what was left out is said.
Problems keepFiltered(PointTable& table, const ActivityFilter& filter) {
    if (filter.empty()) {
        return {};
    }
    PointTable kept{table.table, {}, 0};
    kept.table.rows.clear();
    for (std::size_t i = 0; i < table.table.rows.size(); ++i) {
        if (filter.keeps(table.table.rows[i])) {
            kept.table.rows.push_back(table.table.rows[i]);
            kept.coordinates.push_back(table.coordinates[i]);
            kept.rowsWithCoordinates += table.coordinates[i] ? 1 : 0;
        }
    }
    if (kept.table.rows.empty()) {
        throwInputError(table.table.path, table.table.sheet, 0,
                        fill(translate("Analysis", "the filter (%1) keeps no row"), {filter.displayText()}));
    }
    const auto left = table.table.rows.size() - kept.table.rows.size();
    table = std::move(kept);
    return {{Severity::Info, table.table.path, "filter", 0,
             fill(translate("Analysis", "%n rows left out by the filter (%1)", nullptr, left),
                  {filter.displayText()})}};
}

} // namespace

SitesRun runSites(const SitesOptions& options) {
    checkProgress(options.progress, 0.0, translate("Progress", "loading the boundaries").c_str());
    SitesRun run;
    run.boundaries = loadBoundaries(options.boundaries, options.boundaryOptions);
    SitesOnTree onTree = runSitesOn(run.boundaries.tree, options);
    run.table = std::move(onTree.table);
    run.result = std::move(onTree.result);
    return run;
}

SitesOnTree runSitesOn(const AdminTree& tree, const SitesOptions& options) {
    SitesOnTree run;
    checkProgress(options.progress, 0.2, translate("Progress", "reading the points").c_str());
    run.table = readPointTable(options.points, options.read);
    const Problems filterNotes = keepFiltered(run.table, options.filter);
    std::optional<Gazetteer> gazetteer;
    if (!options.gazetteer.empty()) {
        gazetteer = Gazetteer::load(options.gazetteer);
    }
    ReconcileOptions reconcileOptions;
    reconcileOptions.fuzzyThreshold = options.fuzzyThreshold;
    reconcileOptions.aliases = options.aliasList;
    if (!options.aliases.empty()) {
        const std::vector<Alias> read = readAliases(options.aliases, tree);
        reconcileOptions.aliases.insert(reconcileOptions.aliases.end(), read.begin(), read.end());
    }
    const Reconciler reconciler(tree, reconcileOptions);
    run.result = analyseSites(tree, run.table, gazetteer ? &*gazetteer : nullptr, &reconciler,
                              options.reachKm, options.locator, options.progress);
    run.result.problems.insert(run.result.problems.end(), filterNotes.begin(), filterNotes.end());
    if (gazetteer) {
        run.result.problems.insert(run.result.problems.end(), gazetteer->problems().begin(),
                                   gazetteer->problems().end());
    }
    return run;
}

namespace {

using Type = OutputColumn::Type;

std::string coordinate(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6f", value);
    return text;
}

// P-code and name of the unit's ancestor at `level` (empty when none).
std::pair<std::string, std::string> unitAt(const AdminTree& tree, UnitId unit, AdminLevel level) {
    if (unit == kNoUnit) {
        return {};
    }
    const UnitId id = tree.ancestorAt(unit, level);
    if (id == kNoUnit) {
        return {};
    }
    return {tree.unit(id).pcode, tree.unit(id).name};
}

OutputTable pointsTable(const AdminTree& tree, const SitesResult& result, bool problemsOnly,
                        std::string name) {
    OutputTable table;
    table.name = std::move(name);
    table.columns = {{"row", "#meta+row", Type::Integer},
                     {"site", "#loc+name", Type::Text},
                     {"located_by", "#meta+source", Type::Text},
                     {"lat", "#geo+lat", Type::Real},
                     {"lon", "#geo+lon", Type::Real},
                     {"status", "#status", Type::Text},
                     {"commune_pcode", "#adm3+code", Type::Text},
                     {"commune", "#adm3+name", Type::Text},
                     {"cercle_pcode", "#adm2+code", Type::Text},
                     {"cercle", "#adm2+name", Type::Text},
                     {"region_pcode", "#adm1+code", Type::Text},
                     {"region", "#adm1+name", Type::Text},
                     {"reason", "#description", Type::Text}};
    for (const SitePoint& point : result.points) {
        if (problemsOnly && point.status == SiteStatus::Inside) {
            continue;
        }
        const auto commune = unitAt(tree, point.unit, AdminLevel::Commune);
        const auto cercle = unitAt(tree, point.unit, AdminLevel::Cercle);
        const auto region = unitAt(tree, point.unit, AdminLevel::Region);
        const bool has = point.placed.where.has_value();
        table.rows.push_back(
            {std::to_string(point.row), point.name, std::string(pointSourceKey(point.placed.source)),
             has ? coordinate(point.placed.where->lat) : "", has ? coordinate(point.placed.where->lon) : "",
             std::string(siteStatusKey(point.status)), commune.first, commune.second, cercle.first,
             cercle.second, region.first, region.second, point.placed.reason});
    }
    return table;
}

} // namespace

OutputTable sitePointsTable(const AdminTree& tree, const SitesResult& result) {
    return pointsTable(tree, result, false, "points");
}

OutputTable sitesOutsideTable(const AdminTree& tree, const SitesResult& result) {
    return pointsTable(tree, result, true, "outside_or_not_located");
}

OutputTable sitesByUnitTable(const AdminTree& tree, const SitesResult& result, AdminLevel level) {
    OutputTable table;
    table.name = std::string(levelKey(level));
    const std::string tag = level == AdminLevel::Region   ? "#adm1"
                            : level == AdminLevel::Cercle ? "#adm2"
                                                          : "#adm3";
    table.columns = {{"pcode", tag + "+code", Type::Text},
                     {"name", tag + "+name", Type::Text},
                     {"parent_pcode", "", Type::Text},
                     {"parent", "", Type::Text},
                     {"points", "#indicator+points", Type::Integer}};
    if (result.reachKm) {
        table.columns.push_back({"villages", "#indicator+villages", Type::Integer});
        table.columns.push_back({"villages_within_km", "#indicator+villages+reached", Type::Integer});
        table.columns.push_back({"reach_km", "#meta+distance", Type::Real});
        table.columns.push_back({"reach_share", "#indicator+reach+pct", Type::Real});
    }
    for (const UnitId id : tree.level(level)) {
        const AdminUnit& unit = tree.unit(id);
        const bool hasParent = unit.parent != kNoUnit && tree.unit(unit.parent).level != AdminLevel::Country;
        std::vector<std::string> row = {unit.pcode, unit.name, hasParent ? tree.unit(unit.parent).pcode : "",
                                        hasParent ? tree.unit(unit.parent).name : "",
                                        std::to_string(result.pointsByUnit[static_cast<std::size_t>(id)])};
        if (result.reachKm) {
            const ReachFigures& figures = result.reachByUnit[static_cast<std::size_t>(id)];
            row.push_back(std::to_string(figures.villages));
            row.push_back(std::to_string(figures.villagesWithin));
            row.push_back(formatNumber(*result.reachKm));
            row.push_back(figures.villages == 0 ? "" : formatNumber(figures.share()));
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace couverture::analysis
