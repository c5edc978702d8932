#include "analysis/overlaps/overlaps.h"
#include "analysis_fixture.h"

#include <catch2/catch.hpp>

using namespace couverture;
using namespace couverture::analysis;

TEST_CASE("overlaps: units with at least N organisations in one sector, and the pairs that share most",
          "[overlaps]") {
    testing::Fixture f;
    f.row("OrgA", "Protection", f.k1);
    f.row("OrgB", "Protection", f.k2); // C1: A, B
    f.row("OrgA", "Protection", f.k4);
    f.row("OrgB", "Protection", f.k4);
    f.row("OrgC", "Protection", f.c3); // C3: A, B, C
    f.row("OrgC", "Santé", f.k3);
    f.row("OrgA", "Santé", f.k3);      // C2 Santé: A, C
    f.row("OrgD", "Protection", f.r2); // région-wide: not an overlap, listed as coarser only
    OverlapOptions options;
    options.level = AdminLevel::Cercle;
    const OverlapResult result = findOverlaps(f.tree, f.rows, f.matches, options);
    CHECK_FALSE(result.comparedByDates);
    const OutputTable table = overlapTable(f.tree, result);
    // pcode, sector, organisations, names, coarser only
    std::vector<std::string> lines;
    for (const auto& row : table.rows) {
        lines.push_back(row[1] + " " + row[4] + " " + row[5] + " " + row[7] + " | " + row[9]);
    }
    CHECK(lines == std::vector<std::string>{"ML0101 Protection 2 OrgA; OrgB | ",
                                            "ML0201 Protection 3 OrgA; OrgB; OrgC | OrgD",
                                            "ML0102 Santé 2 OrgA; OrgC | "});
    const OutputTable pairs = pairListTable(f.tree, result);
    // rank, sector, a, b, shared units
    REQUIRE(pairs.rows.size() == 4);
    CHECK(pairs.rows[0] == std::vector<std::string>{"1", "Protection", "OrgA", "OrgB", "2", "Cone; Cthree"});
    CHECK(pairs.rows[1][0] == "2"); // three pairs share one unit each: one rank
    CHECK(pairs.rows[3][0] == "2");

    options.minOrganisations = 3;
    const OverlapResult three = findOverlaps(f.tree, f.rows, f.matches, options);
    REQUIRE(three.overlaps.size() == 1);
    CHECK(three.overlaps[0].unit == f.c3);

    const auto matrices = pairMatrixTables(result, 15);
    REQUIRE(matrices.size() == 2);
    const OutputTable& protection = matrices[0];
    CHECK(protection.name == "pair_matrix_protection");
    REQUIRE(protection.columns.size() == 4); // organisation, OrgA, OrgB, OrgC
    CHECK(protection.columns[1].name == "OrgA");
    CHECK(protection.rows[0] == std::vector<std::string>{"OrgA", "", "2", "1"});
}

TEST_CASE("overlaps with dates: only organisations working at the same time", "[overlaps]") {
    testing::Fixture f;
    f.row("OrgA", "Protection", f.k1, {}, "2023-01-01", "2023-03-31");
    f.row("OrgB", "Protection", f.k2, {}, "2023-04-01", "2023-06-30"); // after A: no overlap in C1
    f.row("OrgA", "Protection", f.k4, {}, "2023-01-01", "2023-06-30");
    f.row("OrgB", "Protection", f.k4, {}, "2023-06-30", "2023-12-31"); // one shared day in C3: overlap
    OverlapOptions options;
    options.level = AdminLevel::Cercle;
    const OverlapResult result = findOverlaps(f.tree, f.rows, f.matches, options);
    CHECK(result.comparedByDates);
    REQUIRE(result.overlaps.size() == 1);
    CHECK(result.overlaps[0].unit == f.c3);
    REQUIRE(result.pairs.size() == 1);
    CHECK(result.pairs[0].units == std::vector<UnitId>{f.c3});
    const OutputTable table = overlapTable(f.tree, result);
    CHECK(table.rows[0][8] == "OrgA 2023-01-01..2023-06-30; OrgB 2023-06-30..2023-12-31");
}

TEST_CASE("a table without dates is compared by sector alone, and says so", "[overlaps]") {
    testing::Fixture f;
    f.row("OrgA", "Protection", f.k1);
    f.row("OrgB", "Protection", f.k1);
    OverlapOptions options;
    const OverlapResult result = findOverlaps(f.tree, f.rows, f.matches, options);
    REQUIRE(result.overlaps.size() == 1);
    CHECK(result.overlaps[0].unit == f.k1);
    REQUIRE_FALSE(result.problems.empty());
    CHECK(result.problems[0].message.find("no dates") != std::string::npos);
}
