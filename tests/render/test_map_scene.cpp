#include "render/map_scene.h"
#include "render_test_support.h"

#include <catch2/catch.hpp>

using namespace couverture;
using namespace couverture::render;
using namespace couverture::render::testing;

TEST_CASE("a scene holds every unit with geometry, projected, with a label point inside", "[scene]") {
    const AdminTree tree = syntheticTree();
    const MapScene scene = buildMapScene(tree);
    CHECK(scene.size() == tree.size());
    CHECK(scene.level(AdminLevel::Region).size() == 2);
    CHECK(scene.level(AdminLevel::Cercle).size() == 4);
    CHECK(scene.level(AdminLevel::Commune).size() == 8);
    for (const AdminUnit& source : tree.units()) {
        REQUIRE(scene.has(source.id));
        const SceneUnit& unit = scene.unit(source.id);
        CHECK(unit.name == source.name);
        CHECK(unit.parent == source.parent);
        CHECK(unit.path.contains(unit.labelPoint));
        CHECK(unit.labelRadius > 0);
    }
    // A 1° x 1° commune near 13.5°N: its inscribed circle has about half a degree of radius (~54 km).
    const SceneUnit& commune = scene.unit(scene.level(AdminLevel::Commune).front());
    CHECK(commune.labelRadius / 1000 == Approx(54).margin(4));
    CHECK(commune.areaKm2 == Approx(11977.56).epsilon(2e-3));
}

TEST_CASE("shared edges are drawn once per level", "[scene]") {
    const MapScene scene = buildMapScene(syntheticTree());
    auto segments = [&](AdminLevel level) {
        std::size_t count = 0;
        for (const Polyline& line : scene.polylines(level)) {
            count += static_cast<std::size_t>(line.points.size() - 1);
        }
        return count;
    };
    // Communes: a 4 x 2 grid of unit squares has 4*3 + 5*2 = 22 unit edges; rings have 4 segments each,
    // so 32 segments become 22.
    CHECK(segments(AdminLevel::Commune) == 22);
    CHECK(segments(AdminLevel::Region) == 7); // two 2x2 squares sharing one edge
    CHECK(segments(AdminLevel::Country) == 4);
    // Levels of detail never lose a segment that matters: the coarsest still has the corners.
    const auto& coarse = scene.lineChunks(AdminLevel::Commune, 1e12);
    std::size_t coarseSegments = 0;
    for (const Polyline& chunk : coarse) {
        coarseSegments += static_cast<std::size_t>(chunk.points.size() - 1);
    }
    CHECK(coarseSegments >= 11);
}

TEST_CASE("the Mali scene: 9 régions, 50 cercles, 701 communes, areas on the ellipsoid", "[scene][mali]") {
    const MapScene& scene = maliScene();
    CHECK(scene.level(AdminLevel::Region).size() == 9);
    CHECK(scene.level(AdminLevel::Cercle).size() == 50);
    CHECK(scene.level(AdminLevel::Commune).size() == 701);
    double regions = 0, communes = 0;
    for (UnitId id : scene.level(AdminLevel::Region)) {
        regions += scene.unit(id).areaKm2;
    }
    for (UnitId id : scene.level(AdminLevel::Commune)) {
        communes += scene.unit(id).areaKm2;
        const SceneUnit& unit = scene.unit(id);
        INFO(unit.pcode << " " << unit.name);
        CHECK(unit.path.contains(unit.labelPoint));
    }
    // SpatiaLite's ellipsoidal ST_Area(geometry, 1) over the same régions gives 1,254,304.37 km²;
    // communes and régions are dissolved from the same polygons.
    CHECK(regions == Approx(1254304.37).epsilon(1e-4));
    CHECK(communes == Approx(regions).epsilon(1e-6));
    // Projected extent in metres (Lambert): about 1,650 km east-west.
    CHECK(scene.extent().width() / 1000 == Approx(1760).epsilon(0.06));
}
