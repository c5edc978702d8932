#include "analysis/need/need_layer.h"
#include "analysis_fixture.h"

#include <catch2/catch.hpp>

using namespace couverture;
using namespace couverture::analysis;

namespace {

const std::string kFixtures = COUVERTURE_FIXTURES;

IndicatorTable gbvNeed(const AdminTree& tree) {
    IndicatorReadOptions options;
    options.value = "#inneed";
    options.where = {{"#sector+code", "GBV"}, {"Gender", "a"}};
    options.label = "GBV";
    options.codeKeys = {kFixtures + "/analysis/population_cercles.csv"}; // codes with names: what they mean
    return readIndicatorTable(tree, kFixtures + "/analysis/need_long.csv", options);
}

IndicatorTable population(const AdminTree& tree) {
    IndicatorReadOptions options;
    options.value = "T_TL";
    return readIndicatorTable(tree, kFixtures + "/analysis/population_cercles.csv", options);
}

} // namespace

TEST_CASE("a long indicator table is narrowed by conditions and placed by its codes", "[need]") {
    const testing::Fixture f;
    const IndicatorTable need = gbvNeed(f.tree);
    CHECK(need.codeOnly);
    CHECK(need.rowsKept == 4); // national, ML01, ML02, ML0201 (GBV, gender a)
    REQUIRE(need.national);
    CHECK(*need.national == 1300);
    CHECK(need.at(f.r1) == 1000);
    CHECK(need.at(f.r2) == 300);
    CHECK(need.at(f.c3) == 100);
    CHECK_FALSE(need.at(f.c1));
    CHECK(need.figures.size() == 3);
}

TEST_CASE("a table keyed by names and codes (COD-PS) is read through the reconciler", "[need]") {
    const testing::Fixture f;
    const IndicatorTable table = population(f.tree);
    CHECK_FALSE(table.codeOnly);
    CHECK(table.at(f.c1) == 300);
    CHECK(table.at(f.c4) == 150);
    CHECK(table.rowsUnplaced == 0);
}

TEST_CASE("a figure known only by région is used there, or apportioned and summing back", "[need]") {
    const testing::Fixture f;
    const IndicatorTable need = gbvNeed(f.tree);

    NeedOptions asIs;
    asIs.level = AdminLevel::Cercle;
    const NeedLayer coarse = needAtLevel(f.tree, need, asIs);
    CHECK(coarse.find(f.c1)->basis == NeedBasis::CoarserLevel);
    CHECK(coarse.find(f.c1)->value == 1000);
    CHECK(coarse.find(f.c1)->source == f.r1);
    CHECK(coarse.find(f.c3)->basis == NeedBasis::Measured);
    CHECK(coarse.find(f.c3)->value == 100);
    CHECK_FALSE(coarse.anyEstimate());

    NeedOptions byPopulation;
    byPopulation.level = AdminLevel::Cercle;
    byPopulation.weights = weightsAtLevel(f.tree, population(f.tree), AdminLevel::Cercle);
    byPopulation.weightLabel = "population";
    const NeedLayer shared = needAtLevel(f.tree, need, byPopulation);
    CHECK(shared.anyEstimate());
    // R1 = 1000 shared 300 : 100 -> 750 and 250.
    CHECK(shared.find(f.c1)->basis == NeedBasis::Apportioned);
    CHECK(*shared.find(f.c1)->value == Approx(750));
    CHECK(*shared.find(f.c2)->value == Approx(250));
    // R2 = 300, of which C3 has its own 100: C4 takes the remaining 200, whatever its weight.
    CHECK(shared.find(f.c3)->basis == NeedBasis::Measured);
    CHECK(*shared.find(f.c4)->value == Approx(200));
    // Every région's cercles sum back to the région's figure.
    for (UnitId region : {f.r1, f.r2}) {
        double sum = 0;
        for (const UnitNeed& unit : shared.units) {
            if (f.tree.isWithin(unit.unit, region)) {
                sum += *unit.value;
            }
        }
        CHECK(sum == Approx(*need.at(region)));
    }
}

TEST_CASE("apportioning by the units' all-sector need, a unit without weight keeps the coarser figure",
          "[need]") {
    const testing::Fixture f;
    IndicatorReadOptions options;
    options.value = "In Need";
    options.where = {{"Sector", "ALL"}, {"Gender", "a"}};
    options.codeKeys = {kFixtures + "/analysis/population_cercles.csv"};
    const IndicatorTable allSectors =
        readIndicatorTable(f.tree, kFixtures + "/analysis/need_long.csv", options);
    // "n/a" is no figure; the row is said, not dropped silently.
    CHECK(std::any_of(allSectors.problems.begin(), allSectors.problems.end(),
                      [](const Problem& p) { return p.message.find("no figure") != std::string::npos; }));
    NeedOptions byNeed;
    byNeed.level = AdminLevel::Cercle;
    byNeed.weights = weightsAtLevel(f.tree, allSectors, AdminLevel::Cercle);
    byNeed.weightLabel = "all_sector_need";
    const NeedLayer shared = needAtLevel(f.tree, gbvNeed(f.tree), byNeed);
    CHECK(*shared.find(f.c1)->value == Approx(800)); // 1000 × 4000 / 5000
    CHECK(*shared.find(f.c2)->value == Approx(200));
    CHECK(shared.find(f.c4)->basis == NeedBasis::Apportioned); // C4 has no weight of its own,
    CHECK(*shared.find(f.c4)->value == Approx(200));           // but is the only unit left in R2
}

TEST_CASE("an unknown value column is an input error naming it", "[need]") {
    const testing::Fixture f;
    IndicatorReadOptions options;
    options.value = "#affected";
    try {
        readIndicatorTable(f.tree, kFixtures + "/analysis/need_long.csv", options);
        FAIL("expected an InputError");
    } catch (const InputError& error) {
        CHECK(error.problem.where == "#affected");
    }
}
