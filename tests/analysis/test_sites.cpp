#include "analysis/sites/sites.h"
#include "analysis/sites_test_world.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <gdal.h>
#include <limits>
#include <random>

using namespace couverture;
using namespace couverture::analysis;
using namespace couverture::test;

namespace {

struct GdalOnce {
    GdalOnce() { GDALAllRegister(); }
};
const GdalOnce gdalOnce;

} // namespace

TEST_CASE("points inside, on shared edges, on a shared vertex and outside the country", "[sites]") {
    const SitesWorld world;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    struct Case {
        LonLat point;
        UnitId expected;
        const char* what;
    };
    const std::vector<Case> cases = {
        {{0.5, 0.5}, world.alpha, "inside Alpha"},
        {{1.5, 0.5}, world.beta, "inside Beta"},
        {{0.5, 1.5}, world.gamma, "inside Gamma"},
        {{1.0, 0.5}, world.alpha, "edge Alpha|Beta: the first in tree order"},
        {{0.5, 1.0}, world.alpha, "edge Alpha|Gamma: the first in tree order"},
        {{1.0, 1.0}, world.alpha, "vertex of all three communes"},
        {{1.0, 0.0}, world.alpha, "vertex of Alpha and Beta on the country's edge"},
        {{0.0, 0.0}, world.alpha, "the country's corner: on Alpha's boundary, so covered"},
        {{1.5, 1.0}, world.beta, "Beta's edge facing the notch"},
        {{2.0, 0.5}, world.beta, "on the country's outer edge"},
        {{1.5, 1.5}, kNoUnit, "in the notch: outside every commune"},
        {{-1e-9, 0.5}, kNoUnit, "just outside the country"},
        {{5.0, 5.0}, kNoUnit, "far outside"},
        {{nan, 0.5}, kNoUnit, "not a number"},
    };
    std::vector<LonLat> points;
    for (const auto& c : cases) {
        points.push_back(c.point);
    }
    for (const int bits : {5, 8}) {
        PointLocatorOptions options;
        options.gridBits = bits;
        const PointLocator locator(world.tree, options);
        const auto units = locator.locateAll(points);
        for (std::size_t i = 0; i < cases.size(); ++i) {
            INFO(cases[i].what << " (grid 2^" << bits << ")");
            CHECK(units[i] == cases[i].expected);
            CHECK(locator.locateExact(cases[i].point) == cases[i].expected);
        }
    }
}

TEST_CASE("the grid gives GEOS's exact answer for random points, on both threads", "[sites]") {
    const SitesWorld world;
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> coordinate(-0.1, 2.1);
    std::vector<LonLat> points;
    for (int i = 0; i < 20000; ++i) {
        points.push_back({coordinate(random), coordinate(random)});
    }
    // Points exactly on grid lines and on the units' edges, where rounding would show.
    for (int i = 0; i <= 64; ++i) {
        points.push_back({i / 32.0, 1.0});
        points.push_back({1.0, i / 32.0});
    }
    PointLocatorOptions options;
    options.gridBits = 5;
    options.threads = 2;
    const PointLocator locator(world.tree, options);
    const auto units = locator.locateAll(points);
    std::size_t differ = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        differ += units[i] != locator.locateExact(points[i]) ? 1 : 0;
    }
    CHECK(differ == 0);
    CHECK(locator.stats().boundaryCells > 0);
    CHECK(locator.stats().insideCells > 0);
}

TEST_CASE("the grid agrees with GEOS on holes, enclaves, islands, slanted edges and overlaps", "[sites]") {
    AdminTree tree;
    std::vector<std::vector<double>> vertices; // every vertex, to test points exactly on them
    auto add = [&](const std::string& pcode, const char* wkt) {
        AdminUnit unit;
        unit.level = AdminLevel::Commune;
        unit.pcode = pcode;
        unit.name = pcode;
        GEOSWKTReader* reader = GEOSWKTReader_create_r(geos::context());
        unit.geometry = geos::Geometry(GEOSWKTReader_read_r(geos::context(), reader, wkt));
        GEOSWKTReader_destroy_r(geos::context(), reader);
        unit.bounds = geos::envelope(unit.geometry.get());
        return tree.add(std::move(unit));
    };
    // A ring with a hole, the enclave that fills the hole, a two-part commune (an island), a triangle with
    // slanted edges sharing one with its neighbour, and a square that overlaps the ring.
    add("RING", "POLYGON((0 0,3 0,3 3,0 3,0 0),(1 1,2 1,2.1 2.05,1 2,1 1))");
    add("ENCLAVE", "POLYGON((1 1,2 1,2.1 2.05,1 2,1 1))");
    add("ISLANDS", "MULTIPOLYGON(((4 0,5 0,5 1,4 1,4 0)),((4.3 2.2,4.9 2.3,4.6 2.9,4.3 2.2)))");
    add("SLANT", "POLYGON((3 0,4 0,3.7 3.1,3 3,3 0))");
    add("OVERLAP", "POLYGON((2.5 2.5,3.5 2.5,3.5 3.5,2.5 3.5,2.5 2.5))");
    std::vector<LonLat> points;
    std::mt19937_64 random(11);
    std::uniform_real_distribution<double> x(-0.2, 5.2), y(-0.2, 3.7), t(0.0, 1.0);
    for (int i = 0; i < 40000; ++i) {
        points.push_back({x(random), y(random)});
    }
    for (const auto& v : std::vector<LonLat>{{0, 0},
                                             {3, 0},
                                             {1, 1},
                                             {2.1, 2.05},
                                             {4.6, 2.9},
                                             {3.7, 3.1},
                                             {2.5, 3},
                                             {3, 2.5},
                                             {3.5, 3.5},
                                             {4, 1}}) {
        points.push_back(v); // vertices, and points where edges of two units cross
    }
    for (int i = 0; i < 200; ++i) { // on slanted edges, where the crossing count meets rounding
        const double s = t(random);
        points.push_back({4 + s * (3.7 - 4), 0 + s * 3.1});
        points.push_back({2 + s * 0.1, 1 + s * 1.05});
    }
    for (const int bits : {5, 7, 10}) {
        PointLocatorOptions options;
        options.gridBits = bits;
        const PointLocator locator(tree, options);
        const auto units = locator.locateAll(points);
        std::size_t differ = 0;
        for (std::size_t i = 0; i < points.size(); ++i) {
            differ += units[i] != locator.locateExact(points[i]) ? 1 : 0;
        }
        INFO("grid 2^" << bits);
        CHECK(differ == 0);
        CHECK(locator.stats().pointsNearEdges > 0); // the points on edges went to GEOS
        CHECK(locator.stats().pointsNearEdges < 1000);
    }
}

TEST_CASE("geodesic distances on the ellipsoid", "[sites]") {
    // A degree of longitude on the equator is 111.319 km on WGS 84, a degree of latitude there 110.574 km.
    CHECK(geodesicKm({0, 0}, {1, 0}) == Approx(111.3195).epsilon(1e-5));
    CHECK(geodesicKm({0, 0}, {0, 1}) == Approx(110.5743).epsilon(1e-5));
    const auto nearest = nearestKm({{0, 0}, {0, 3}, {10, 10}}, {{1, 0}, {0, 2.5}, {0, -1}});
    CHECK(nearest[0] == Approx(110.5743).epsilon(1e-5)); // (0,-1) is closer than (1,0)
    CHECK(nearest[1] == Approx(geodesicKm({0, 3}, {0, 2.5})));
    CHECK(nearest[2] == Approx(geodesicKm({10, 10}, {0, 2.5})).epsilon(1e-12)); // the nearest of the three
    CHECK(std::isinf(nearestKm({{0, 0}}, {})[0]));
}

TEST_CASE("a point table: coordinates, names through the gazetteer, outside points with their row",
          "[sites]") {
    const SitesWorld world;
    const Gazetteer gazetteer = Gazetteer::load(sitesFixture("gazetteer.csv"));
    REQUIRE(gazetteer.places().size() == 5);
    const PointTable table = readPointTable(sitesFixture("services.csv"));
    REQUIRE(table.table.rows.size() == 7);
    const Reconciler reconciler(world.tree, {});
    const SitesResult result = analyseSites(world.tree, table, &gazetteer, &reconciler, 40.0);

    struct Expected {
        SiteStatus status;
        PointSource source;
        UnitId unit;
    };
    const std::vector<Expected> expected = {
        {SiteStatus::Inside, PointSource::Coordinates, world.alpha},   // Centre Alpha, decimal commas
        {SiteStatus::OutsideUnits, PointSource::Coordinates, kNoUnit}, // Poste frontière (5, 5)
        {SiteStatus::Inside, PointSource::Gazetteer, world.beta},      // Kalana within Beta
        {SiteStatus::NotLocated, PointSource::NotLocated, kNoUnit},    // Kalana: two villages
        {SiteStatus::Inside, PointSource::Gazetteer, world.gamma},     // Sirakoro: one in the country
        {SiteStatus::NotLocated, PointSource::NotLocated, kNoUnit},    // bad latitude, name not found
        {SiteStatus::Inside, PointSource::Coordinates, world.alpha},   // on the Alpha|Beta edge
    };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("row " << i + 1 << ": " << result.points[i].placed.reason);
        CHECK(result.points[i].row == static_cast<std::int64_t>(i + 1));
        CHECK(result.points[i].status == expected[i].status);
        CHECK(result.points[i].placed.source == expected[i].source);
        CHECK(result.points[i].unit == expected[i].unit);
    }
    CHECK(result.points[3].placed.reason.find("2 places named 'Kalana'") != std::string::npos);
    CHECK(result.points[5].placed.reason.find("not found in commune Gamma") != std::string::npos);
    CHECK(result.inside == 4);
    CHECK(result.outsideUnits == 1);
    CHECK(result.notLocated == 2);
    CHECK(result.locatedByName == 2);
    CHECK(result.pointsByUnit[static_cast<std::size_t>(world.alpha)] == 2);
    CHECK(result.pointsByUnit[static_cast<std::size_t>(world.beta)] == 1);
    CHECK(result.pointsByUnit[static_cast<std::size_t>(world.gamma)] == 1);
    CHECK(result.pointsByUnit[static_cast<std::size_t>(world.region)] == 4);

    // The outside point is reported with its row; the bad latitude too.
    const auto mentions = [&](std::int64_t row, const std::string& text) {
        return std::any_of(result.problems.begin(), result.problems.end(), [&](const Problem& problem) {
            return problem.row == row && problem.message.find(text) != std::string::npos;
        });
    };
    CHECK(mentions(2, "outside every commune"));
    CHECK(mentions(6, "'abc' is not a coordinate"));
    const OutputTable outside = sitesOutsideTable(world.tree, result);
    REQUIRE(outside.rows.size() == 3);
    CHECK(outside.rows[0][0] == "2");
    CHECK(outside.rows[0][5] == "outside_every_unit");

    // Reach, 40 km. Services at (0.5,0.5), (1.8,0.2), (0.5,1.8), (1.0,0.5). Villages: Kalana of Alpha
    // (0.2,0.2) is 0.3°×√2 ≈ 47 km from the nearest; Kalana of Beta and Sirakoro carry a service; Dioila
    // (1.5,0.5) is ≈ 47 km from (1.8,0.2) and 55.7 km from (1.0,0.5); Loin lies outside every commune.
    REQUIRE(result.reachKm);
    CHECK(result.villagesOutsideUnits == 1);
    const auto reach = [&](UnitId unit) { return result.reachByUnit[static_cast<std::size_t>(unit)]; };
    CHECK(reach(world.alpha).villages == 1);
    CHECK(reach(world.alpha).villagesWithin == 0);
    CHECK(reach(world.beta).villages == 2);
    CHECK(reach(world.beta).villagesWithin == 1);
    CHECK(reach(world.gamma).share() == 1.0);
    CHECK(reach(world.region).villages == 4);
    CHECK(reach(world.region).share() == 0.5);
    CHECK(result.villageNearestKm[0] == Approx(geodesicKm({0.2, 0.2}, {0.5, 0.5})));
    CHECK(result.villageNearestKm[0] == Approx(47.1).margin(0.2));

    const OutputTable communes = sitesByUnitTable(world.tree, result, AdminLevel::Commune);
    REQUIRE(communes.rows.size() == 3);
    CHECK(communes.rows[1] ==
          std::vector<std::string>{"XB", "Beta", "XC", "Colline", "1", "2", "1", "40", "0.5"});
}

TEST_CASE("a table without coordinates or site names is refused", "[sites]") {
    CHECK_THROWS_AS(readPointTable(sitesFixture("release_after.csv")), InputError);
}

TEST_CASE("real villages fall in their communes as GEOS says", "[sites][shared]") {
    const std::string boundaries =
        std::string(COUVERTURE_SHARED_DATA) + "/boundaries/mli_cod_ab_ocha_itos_2017";
    if (!std::filesystem::exists(boundaries)) {
        WARN("no shared data: skipped");
        return;
    }
    const BoundaryLoad load = loadBoundaries(boundaries);
    const Gazetteer gazetteer = Gazetteer::load(std::string(COUVERTURE_SHARED_DATA) + "/" + kPopulatedPlaces);
    REQUIRE(gazetteer.places().size() == 18769);
    std::vector<LonLat> villages;
    for (const auto& place : gazetteer.places()) {
        villages.push_back(place.where);
    }
    const PointLocator locator(load.tree);
    const auto units = locator.locateAll(villages);
    int inDeclared = 0, outside = 0;
    for (std::size_t i = 0; i < villages.size(); ++i) {
        outside += units[i] == kNoUnit ? 1 : 0;
        inDeclared +=
            units[i] != kNoUnit && load.tree.unit(units[i]).pcode == gazetteer.places()[i].communePcode;
    }
    CHECK(outside == 0);
    // The data's provenance note counts 16,970 villages (90.4 %) inside the polygon of their declared
    // commune.
    CHECK(inDeclared == 16970);
    // Jittered points, boundaries crossed and the country left: the grid against GEOS, point by point.
    std::mt19937_64 random(42);
    std::uniform_real_distribution<double> offset(-0.05, 0.05);
    std::vector<LonLat> points;
    for (std::size_t i = 0; i < 30000; ++i) {
        const LonLat& village = villages[(i * 7919) % villages.size()];
        points.push_back({village.lon + offset(random), village.lat + offset(random)});
    }
    const auto jittered = locator.locateAll(points);
    std::size_t differ = 0, off = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        differ += jittered[i] != locator.locateExact(points[i]) ? 1 : 0;
        off += jittered[i] == kNoUnit ? 1 : 0;
    }
    CHECK(differ == 0);
    CHECK(off > 0);
}
