#include "core/problem.h"
#include "render/thematic.h"
#include "render_test_support.h"

#include <catch2/catch.hpp>

using namespace couverture;
using namespace couverture::render;
using namespace couverture::render::testing;

namespace {

std::vector<UnitId> communes(const MapScene& scene) {
    return scene.level(AdminLevel::Commune);
}

} // namespace

TEST_CASE("legend shows only the classes present, with the number of units in each", "[thematic][legend]") {
    const AdminTree tree = syntheticTree();
    const MapScene scene = buildMapScene(tree);
    const MapStyle& style = defaultStyle();
    // Communes 1..8 (tree order): organisations 0, 0, 1, 2, 2, 9, no data, 1; commune 2 has région-wide
    // presence only.
    const std::vector<UnitId>& ids = scene.level(AdminLevel::Commune);
    std::vector<std::optional<double>> values(scene.size());
    std::vector<bool> hatched(scene.size(), false);
    const std::vector<std::optional<double>> figures{0, 0, 1, 2, 2, 9, std::nullopt, 1};
    for (std::size_t i = 0; i < ids.size(); ++i) {
        values[static_cast<std::size_t>(ids[i])] = figures[i];
    }
    hatched[static_cast<std::size_t>(ids[1])] = true;
    ThematicSpec spec;
    spec.method = ClassMethod::Manual;
    spec.manualBreaks = {1, 3, 5}; // [1,1], (1,3], (3,5], (5,9]: (3,5] holds no commune
    spec.classes = 5;
    const ThematicLayer layer = prepareThematic(scene, values, hatched, spec, style);
    CHECK(layer.breaks == std::vector<double>{1, 3, 5, 9});
    CHECK(layer.unitClass[static_cast<std::size_t>(ids[0])] == kZeroClass);
    CHECK(layer.unitClass[static_cast<std::size_t>(ids[6])] == kNoDataClass);

    const auto legend = legendEntries(layer, communes(scene), style, "fr");
    REQUIRE(legend.size() == 5);
    CHECK(legend[0].kind == LegendKind::Class);
    CHECK(legend[0].label == "1 – 3");
    CHECK(legend[0].count == 4); // 1, 2, 2, 1
    CHECK(legend[1].kind == LegendKind::Class);
    CHECK(legend[1].label == "6 – 9"); // (5, 9] in whole numbers; the empty (3,5] class is not shown
    CHECK(legend[1].count == 1);
    CHECK(legend[2].kind == LegendKind::Zero);
    CHECK(legend[2].count == 2);
    CHECK(legend[2].colour == style.zeroColour);
    CHECK(legend[3].kind == LegendKind::NoData);
    CHECK(legend[3].count == 1);
    CHECK(legend[4].kind == LegendKind::CoarserOnly);
    CHECK(legend[4].count == 1);
    // Zero and no data are distinct from each other and from every class colour.
    for (const QColor& colour : layer.colours) {
        CHECK(colour != style.zeroColour);
        CHECK(colour != style.noDataColour);
    }
    // A page showing fewer units shows fewer entries.
    const auto some = legendEntries(layer, {ids[0], ids[5]}, style, "en");
    REQUIRE(some.size() == 2);
    CHECK(some[0].label == "6 – 9");
    CHECK(some[1].label == "0 (none)");
}

TEST_CASE("legend counts on the Mali communes add up to 701", "[thematic][legend][mali]") {
    const MapScene& scene = maliScene();
    const CoverageTable table = coverageOf(
        maliTree(), [](UnitId id) { return (id * 7) % 13 - 3; }, [](UnitId id) { return id % 17 == 0; });
    ThematicSpec spec;
    spec.method = ClassMethod::NaturalBreaks;
    spec.classes = 5;
    const ThematicLayer layer = prepareThematic(scene, table, spec, defaultStyle());
    const auto legend = legendEntries(layer, scene.level(AdminLevel::Commune), defaultStyle(), "fr");
    int total = 0;
    for (const LegendEntry& entry : legend) {
        if (entry.kind != LegendKind::CoarserOnly) {
            total += entry.count;
        }
        CHECK(entry.count > 0);
    }
    CHECK(total == 701);
    // Recount from the data itself.
    int zero = 0;
    for (UnitId id : scene.level(AdminLevel::Commune)) {
        zero += table.at(id).organisations == 0 ? 1 : 0;
    }
    const auto zeroEntry = std::find_if(legend.begin(), legend.end(),
                                        [](const LegendEntry& e) { return e.kind == LegendKind::Zero; });
    REQUIRE(zeroEntry != legend.end());
    CHECK(zeroEntry->count == zero);
}

TEST_CASE("hatching marks units known only at a coarser level", "[thematic]") {
    const AdminTree tree = syntheticTree();
    const MapScene scene = buildMapScene(tree);
    CoverageTable table = coverageOf(
        tree, [](UnitId) { return 0; }, [](UnitId) { return true; });
    const UnitId covered = scene.level(AdminLevel::Commune).front();
    table.units[static_cast<std::size_t>(covered)].organisations = 2; // has its own presence: no hatch
    const ThematicLayer layer = prepareThematic(scene, table, ThematicSpec{}, defaultStyle());
    CHECK(layer.hatched[static_cast<std::size_t>(covered)] == 0);
    CHECK(layer.hatched[static_cast<std::size_t>(scene.level(AdminLevel::Commune).back())] == 1);
    ThematicSpec off;
    off.hatchCoarserOnly = false;
    const ThematicLayer plain = prepareThematic(scene, table, off, defaultStyle());
    CHECK(std::count(plain.hatched.begin(), plain.hatched.end(), 1) == 0);
}

TEST_CASE("categories: main sector, most frequent first, the rest as other", "[thematic]") {
    const AdminTree tree = syntheticTree();
    const MapScene scene = buildMapScene(tree);
    CoverageTable table = coverageOf(
        tree, [](UnitId) { return 1; }, [](UnitId) { return false; });
    const std::vector<std::string> sectors{"Santé",      "Santé", "Santé", "Protection",
                                           "Protection", "WASH",  "Abris", ""};
    const auto& ids = scene.level(AdminLevel::Commune);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        table.units[static_cast<std::size_t>(ids[i])].mainSector = sectors[i];
    }
    ThematicSpec spec;
    spec.kind = MapKind::Categories;
    spec.classes = 3; // three colours: Santé, Protection, other
    spec.palette = "Set2";
    const ThematicLayer layer = prepareThematic(scene, table, spec, defaultStyle());
    CHECK(layer.categories == std::vector<std::string>{"Santé", "Protection", ""});
    const auto legend = legendEntries(layer, ids, defaultStyle(), "fr");
    REQUIRE(legend.size() == 4);
    CHECK(legend[0].label == "Santé");
    CHECK(legend[0].count == 3);
    CHECK(legend[2].label == "Autres secteurs");
    CHECK(legend[2].count == 2);
    CHECK(legend[3].label == "Aucune activité");
    CHECK(legend[3].colour == defaultStyle().zeroColour);
    spec.palette = "YlGnBu";
    CHECK_THROWS_AS(prepareThematic(scene, table, spec, defaultStyle()), InputError); // not qualitative
}

TEST_CASE("category colours never pass for the zero or no-data colour", "[thematic]") {
    const AdminTree tree = syntheticTree();
    const MapScene scene = buildMapScene(tree);
    CoverageTable table = coverageOf(
        tree, [](UnitId) { return 1; }, [](UnitId) { return false; });
    const auto& ids = scene.level(AdminLevel::Commune);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        table.units[static_cast<std::size_t>(ids[i])].mainSector = "Sector " + std::to_string(i);
    }
    ThematicSpec spec;
    spec.kind = MapKind::Categories;
    spec.palette = "Set3"; // its ninth colour, #d9d9d9, is the zero grey's neighbour
    const ThematicLayer layer = prepareThematic(scene, table, spec, defaultStyle());
    REQUIRE(layer.colours.size() == 8);
    for (const QColor& colour : layer.colours) {
        CHECK(colour.name() != "#d9d9d9");
    }
}

TEST_CASE("bad specifications are input errors", "[thematic]") {
    const AdminTree tree = syntheticTree();
    const MapScene scene = buildMapScene(tree);
    const CoverageTable table = coverageOf(
        tree, [](UnitId) { return 1; }, [](UnitId) { return false; });
    ThematicSpec spec;
    spec.figure = "happiness";
    CHECK_THROWS_AS(prepareThematic(scene, table, spec, defaultStyle()), InputError);
    spec = {};
    spec.palette = "Set2";
    spec.classes = 9; // Set2 has at most 8
    CHECK_THROWS_AS(prepareThematic(scene, table, spec, defaultStyle()), InputError);
    spec.palette = "Nope";
    spec.classes = 5;
    CHECK_THROWS_AS(prepareThematic(scene, table, spec, defaultStyle()), InputError);
}

TEST_CASE("numbers follow the page's language", "[thematic]") {
    const MapStyle& style = defaultStyle();
    CHECK(formatNumber(1234567, 0, style, "en") == "1,234,567");
    CHECK(formatNumber(1234567, 0, style, "fr") == "1\u00a0234\u00a0567");
    CHECK(formatNumber(0.125, 2, style, "fr") == "0,13");
    CHECK(formatNumber(0.125, 2, style, "en") == "0.13");
    CHECK(formatNumber(-2.5, 1, style, "en") == "-2.5");
    CHECK(formatNumber(999.96, 1, style, "en") == "1,000.0");
}
