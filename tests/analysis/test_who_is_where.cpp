#include "analysis/presence/who_is_where.h"
#include "analysis_fixture.h"

#include <catch2/catch.hpp>

using namespace couverture;
using namespace couverture::analysis;

namespace {

testing::Fixture table() {
    testing::Fixture f;
    f.row("OrgA", "Protection", f.k1);         // 1
    f.row("OrgB", "Protection", f.k2);         // 2
    f.row("OrgA", "Protection", f.k2);         // 3: OrgA again in C1
    f.row("OrgA", "Santé", f.k3);              // 4
    f.row("OrgC", "Protection", f.r1);         // 5: région-wide
    f.row("OrgB", "Protection", f.c3, "OrgD"); // 6: cercle-wide, with an implementing partner
    f.row("OrgE", "Protection", kNoUnit);      // 7: no place
    return f;
}

} // namespace

TEST_CASE("who is where lists organisations per cercle and sector with their rows", "[who]") {
    const testing::Fixture f = table();
    WhoOptions options;
    options.level = AdminLevel::Cercle;
    const WhoResult result = whoIsWhere(f.tree, f.rows, f.matches, options);
    const OutputTable own = whoTable(f.tree, result);
    // Columns: level, pcode, name, region, sector, organisation, name, type, role, presence, rows,
    // row_numbers.
    const std::vector<std::vector<std::string>> expected = {
        {"ML0101", "Protection", "OrgA", "organisation", "2", "1 3"},
        {"ML0101", "Protection", "OrgB", "organisation", "1", "2"},
        {"ML0102", "Santé", "OrgA", "organisation", "1", "4"},
        {"ML0201", "Protection", "OrgB", "organisation", "1", "6"},
        {"ML0201", "Protection", "OrgD", "implementing_partner", "1", "6"},
    };
    REQUIRE(own.rows.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const auto& row = own.rows[i];
        CHECK(std::vector<std::string>{row[1], row[4], row[5], row[8], row[10], row[11]} == expected[i]);
        CHECK(row[9] == "own");
    }
    // Région-wide presence is listed apart, by the région the row names, not spread over its cercles.
    const OutputTable coarser = whoCoarserTable(f.tree, result);
    REQUIRE(coarser.rows.size() == 1);
    CHECK(coarser.rows[0][1] == "ML01");
    CHECK(coarser.rows[0][5] == "OrgC");
    CHECK(coarser.rows[0][9] == "region_wide");
    // The row without a place is said, not dropped silently.
    REQUIRE_FALSE(result.problems.empty());
    CHECK(result.problems.back().message.find("1 rows kept by the filter have no place") !=
          std::string::npos);
}

TEST_CASE("who is where at région level takes every row below", "[who]") {
    const testing::Fixture f = table();
    WhoOptions options;
    options.level = AdminLevel::Region;
    options.filter.sectors = {"protection"};
    const WhoResult result = whoIsWhere(f.tree, f.rows, f.matches, options);
    const OutputTable own = whoTable(f.tree, result);
    std::vector<std::string> lines;
    for (const auto& row : own.rows) {
        lines.push_back(row[1] + " " + row[5] + " " + row[10]);
    }
    CHECK(lines == std::vector<std::string>{"ML01 OrgA 2", "ML01 OrgB 1", "ML01 OrgC 1", "ML02 OrgB 1",
                                            "ML02 OrgD 1"});
    CHECK(result.coarser.empty());
}

TEST_CASE("a filter that keeps nothing says so", "[who]") {
    const testing::Fixture f = table();
    WhoOptions options;
    options.filter.sectors = {"Nutrition"};
    const WhoResult result = whoIsWhere(f.tree, f.rows, f.matches, options);
    CHECK(result.lines.empty());
    REQUIRE_FALSE(result.problems.empty());
    CHECK(result.problems.front().message.find("No row is left by the filter") != std::string::npos);
}
