#include "core/problem.h"
#include "render/projection.h"
#include "render_test_support.h"

#include <catch2/catch.hpp>

using namespace couverture;
using namespace couverture::render;

TEST_CASE("the default projection is the Lambert conformal conic for Mali, and inverts", "[projection]") {
    const Projection projection;
    CHECK(projection.definition() == kMaliLambert);
    CHECK_FALSE(projection.isGeographic());
    double x = 1, y = 1;
    REQUIRE(projection.forward(-4, 17.5, x, y)); // the projection's origin
    CHECK(x == Approx(0).margin(1e-6));
    CHECK(y == Approx(0).margin(1e-6));
    for (auto [lon, lat] : {std::pair{-12.2, 10.2}, std::pair{4.2, 25.0}, std::pair{-8.0, 12.65}}) {
        double back_lon = 0, back_lat = 0;
        REQUIRE(projection.forward(lon, lat, x, y));
        REQUIRE(projection.inverse(x, y, back_lon, back_lat));
        CHECK(back_lon == Approx(lon).margin(1e-9));
        CHECK(back_lat == Approx(lat).margin(1e-9));
    }
}

TEST_CASE("other projections by EPSG code or PROJ string, unknown ones are input errors", "[projection]") {
    const Projection utm("EPSG:32630");
    double x = 0, y = 0;
    REQUIRE(utm.forward(-3, 0, x, y)); // central meridian of zone 30 at the equator
    CHECK(x == Approx(500000).margin(1e-3));
    CHECK(y == Approx(0).margin(1e-3));
    const Projection proj("+proj=utm +zone=29 +datum=WGS84");
    REQUIRE(proj.forward(-9, 0, x, y));
    CHECK(x == Approx(500000).margin(1e-3));
    const Projection geographic("EPSG:4326");
    CHECK(geographic.isGeographic());
    REQUIRE(geographic.forward(-8, 12.5, x, y)); // longitude first, always
    CHECK(x == Approx(-8));
    CHECK(y == Approx(12.5));
    CHECK_THROWS_AS(Projection("EPSG:999999"), InputError);
    CHECK_THROWS_AS(Projection("not a crs"), InputError);
}

TEST_CASE("geodesic distances and areas are on the ellipsoid", "[projection]") {
    // One degree of longitude on the equator of WGS 84: 2 * pi * a / 360.
    CHECK(geodesicDistance(0, 0, 1, 0) == Approx(111319.4908).epsilon(1e-9));
    // Bamako to Tombouctou: 706.068 km (PROJ's `geod -I +ellps=WGS84`).
    CHECK(geodesicDistance(-8.0029, 12.6392, -3.0074, 16.7735) / 1000 == Approx(706.068).margin(0.001));
    // A 1° x 1° cell at 13-14°N: 11,977.6 km² between the parallels (the geodesic edges bulge a little).
    const auto cell = testing::fromWkt(testing::box(-5, 13, -4, 14));
    CHECK(geodesicArea(cell.get()) / 1e6 == Approx(11977.56).epsilon(1e-3));
    // Holes are subtracted.
    const auto ring =
        testing::fromWkt("POLYGON((0 0,2 0,2 2,0 2,0 0),(0.5 0.5,1.5 0.5,1.5 1.5,0.5 1.5,0.5 0.5))");
    const auto outer = testing::fromWkt(testing::box(0, 0, 2, 2));
    const auto inner = testing::fromWkt(testing::box(0.5, 0.5, 1.5, 1.5));
    CHECK(geodesicArea(ring.get()) == Approx(geodesicArea(outer.get()) - geodesicArea(inner.get())));
}
