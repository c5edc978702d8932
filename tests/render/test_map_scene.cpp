#include "render/map_scene.h"
#include "render_test_support.h"

#include <catch2/catch.hpp>
#include <set>

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

TEST_CASE("maps print the display names of data/display_names.csv, and neighbouring countries come along",
          "[scene]") {
    const MapScene& scene = maliScene();
    auto nameOf = [&](const char* pcode) { return scene.unit(maliTree().findByPcode(pcode)).name; };
    CHECK(nameOf("ML02") == "Koulikoro"); // "Koulikouro" in the 2015 polygons
    CHECK(nameOf("ML04") == "Ségou");
    CHECK(nameOf("ML0508") == "Ténenkou");
    CHECK(nameOf("ML05") == "Mopti"); // not in the table: as it is
    std::set<std::string> isos;
    for (const ContextCountry& country : scene.countries()) {
        isos.insert(country.iso);
    }
    for (const char* iso : {"DZ", "NE", "BF", "CI", "GN", "SN", "MR"}) {
        CHECK(isos.count(iso) == 1);
    }
    CHECK(isos.count("ML") == 0);
    CHECK(scene.regionExtent().contains(scene.extent()));
}
