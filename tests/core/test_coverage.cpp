#include "core/coverage.h"
#include "core/test_support.h"

#include <catch2/catch.hpp>

using namespace couverture;
using namespace couverture::test;

namespace {

// Région R (2 cercles: C1 with communes A and B, C2 with commune D).
struct SmallWorld {
    AdminTree tree;
    UnitId region, c1, c2, a, b, d;
    SmallWorld() {
        auto add = [this](AdminLevel level, const std::string& pcode, UnitId parent) {
            AdminUnit unit;
            unit.level = level;
            unit.pcode = pcode;
            unit.name = pcode;
            unit.parent = parent;
            return tree.add(std::move(unit));
        };
        region = add(AdminLevel::Region, "R", kNoUnit);
        c1 = add(AdminLevel::Cercle, "C1", region);
        c2 = add(AdminLevel::Cercle, "C2", region);
        a = add(AdminLevel::Commune, "A", c1);
        b = add(AdminLevel::Commune, "B", c1);
        d = add(AdminLevel::Commune, "D", c2);
    }
};

ActivityRow activity(const std::string& organisation, const std::string& sector,
                     std::optional<double> reached = {}, const std::string& site = "") {
    ActivityRow row;
    row.cell(Role::OrgAcronym) = organisation;
    row.cell(Role::Sector) = sector;
    row.cell(Role::SiteName) = site;
    row.reached = reached;
    return row;
}

Match placedAt(UnitId unit, AdminLevel level) {
    Match match;
    match.unit = unit;
    match.level = level;
    match.method = MatchMethod::Name;
    return match;
}

} // namespace

TEST_CASE("a cercle counts distinct organisations across its communes, never the sum", "[coverage]") {
    SmallWorld world;
    const std::vector<ActivityRow> rows = {activity("UNICEF", "Protection"), activity("UNICEF", "Education"),
                                           activity("UNICEF", "Protection"), activity("IRC", "Protection")};
    const std::vector<Match> matches = {
        placedAt(world.a, AdminLevel::Commune), placedAt(world.a, AdminLevel::Commune),
        placedAt(world.b, AdminLevel::Commune), placedAt(world.b, AdminLevel::Commune)};
    const CoverageTable coverage = computeCoverage(world.tree, rows, matches);
    CHECK(coverage.at(world.a).organisations == 1);
    CHECK(coverage.at(world.b).organisations == 2);
    CHECK(coverage.at(world.c1).organisations == 2); // not 3
    CHECK(coverage.at(world.c1).rows == 4);
    CHECK(coverage.at(world.c1).childUnits == 2);
    CHECK(coverage.at(world.c1).childUnitsCovered == 2);
    CHECK(coverage.at(world.c1).childCoverageShare == Approx(1.0));
    CHECK(coverage.at(world.region).childCoverageShare == Approx(0.5));
    CHECK(coverage.at(world.a).sectors == std::vector<std::string>{"Education", "Protection"});
    CHECK(coverage.at(world.c1).mainSector == "Protection");
}

TEST_CASE("région-wide rows are their own figure, not commune presence", "[coverage]") {
    SmallWorld world;
    const std::vector<ActivityRow> rows = {activity("UNFPA", "Protection"), activity("IRC", "Protection")};
    const std::vector<Match> matches = {placedAt(world.region, AdminLevel::Region),
                                        placedAt(world.a, AdminLevel::Commune)};
    const CoverageTable coverage = computeCoverage(world.tree, rows, matches);
    CHECK(coverage.at(world.region).organisations == 2);
    CHECK(coverage.at(world.region).rowsAtThisLevel == 1);
    CHECK(coverage.at(world.d).organisations == 0); // UNFPA is not smeared over D
    CHECK(coverage.at(world.d).organisationsCoarserOnly == 1);
    CHECK(coverage.at(world.d).organisationsRegionWide == 1);
    CHECK(coverage.at(world.a).organisations == 1);
    CHECK(coverage.at(world.a).organisationsCoarserOnly == 1);
    CHECK(coverage.at(world.c2).childUnitsCovered == 0);
}

TEST_CASE("people are combined per location by the chosen rule, then summed over locations", "[coverage]") {
    SmallWorld world;
    const std::vector<ActivityRow> rows = {activity("A1", "WASH", 100, "Site 1"),
                                           activity("A2", "WASH", 60, "Site 1"),
                                           activity("A3", "WASH", 40, "Site 2"), activity("A4", "WASH", 10)};
    const std::vector<Match> matches = {
        placedAt(world.a, AdminLevel::Commune), placedAt(world.a, AdminLevel::Commune),
        placedAt(world.a, AdminLevel::Commune), placedAt(world.b, AdminLevel::Commune)};
    CoverageOptions options;
    const CoverageTable maxRule = computeCoverage(world.tree, rows, matches, options);
    CHECK(maxRule.at(world.a).peopleReached == Approx(140)); // max(100, 60) + 40
    CHECK(maxRule.at(world.c1).peopleReached == Approx(150));
    CHECK(maxRule.at(world.d).hasPeopleFigures == false);
    CHECK_FALSE(coverageFigure(maxRule.at(world.d), "people_reached").has_value());
    options.peopleRule = PeopleRule::Sum;
    const CoverageTable sumRule = computeCoverage(world.tree, rows, matches, options);
    CHECK(sumRule.at(world.a).peopleReached == Approx(200));
}

TEST_CASE("filters keep sector, organisation, type, status and overlapping periods", "[coverage]") {
    ActivityRow row = activity("UNICEF", "Protection");
    row.cell(Role::OrgType) = "Agence UN";
    row.cell(Role::Status) = "En cours";
    row.start = parseDate("2023-03-01");
    row.end = parseDate("2023-09-30");
    ActivityFilter filter;
    CHECK(filter.keeps(row));
    filter.sectors = {"protection"};
    CHECK(filter.keeps(row));
    filter.sectors = {"Santé"};
    CHECK_FALSE(filter.keeps(row));
    filter = {};
    filter.organisationTypes = {"agence un"};
    filter.statuses = {"en cours"};
    CHECK(filter.keeps(row));
    filter.periodStart = parseDate("2023-09-01");
    filter.periodEnd = parseDate("2023-12-31");
    CHECK(filter.keeps(row)); // overlaps September
    filter.periodStart = parseDate("2023-10-01");
    CHECK_FALSE(filter.keeps(row));
    ActivityRow undated = activity("IRC", "Protection");
    undated.cell(Role::OrgType) = "Agence UN";
    undated.cell(Role::Status) = "En cours";
    CHECK_FALSE(filter.keeps(undated));
    filter.keepUndated = true;
    CHECK(filter.keeps(undated));
    CHECK(filter.dataText().find("period=2023-10-01..2023-12-31") != std::string::npos);
}

TEST_CASE("filtered and unmatched rows are counted, not lost", "[coverage]") {
    SmallWorld world;
    const std::vector<ActivityRow> rows = {activity("A", "Santé"), activity("B", "Protection"),
                                           activity("C", "Protection")};
    const std::vector<Match> matches = {placedAt(world.a, AdminLevel::Commune),
                                        placedAt(world.a, AdminLevel::Commune), Match{}};
    CoverageOptions options;
    options.filter.sectors = {"Protection"};
    const CoverageTable coverage = computeCoverage(world.tree, rows, matches, options);
    CHECK(coverage.rowsUsed == 1);
    CHECK(coverage.rowsFiltered == 1);
    CHECK(coverage.rowsUnmatched == 1);
}

TEST_CASE("every documented figure name reads its figure", "[coverage]") {
    UnitCoverage unit;
    unit.organisations = 3;
    unit.partners = 2;
    unit.sectors = {"Protection", "Santé"};
    unit.childCoverageShare = 0.5;
    const auto names = coverageFigureNames();
    CHECK(names.size() == 13);
    for (const auto& name : names) {
        INFO(name);
        if (name != "people_targeted" && name != "people_reached") {
            CHECK(coverageFigure(unit, name).has_value());
        }
    }
    CHECK(*coverageFigure(unit, "organisations") == 3);
    CHECK(*coverageFigure(unit, "sectors") == 2);
    CHECK(*coverageFigure(unit, "child_coverage_share") == Approx(0.5));
    CHECK_FALSE(coverageFigure(unit, "people_reached").has_value());
    CHECK_FALSE(coverageFigure(unit, "no_such_figure").has_value());
}
