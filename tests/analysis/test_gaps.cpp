#include "analysis/gaps/gaps.h"
#include "analysis_fixture.h"

#include <catch2/catch.hpp>

using namespace couverture;
using namespace couverture::analysis;

namespace {

// Need by cercle: C1 100, C2 900, C3 500, C4 50 (measured).
NeedLayer cercleNeed(const testing::Fixture& f) {
    IndicatorTable table;
    table.label = "need";
    table.figures = {{f.c1, 100, {1}}, {f.c2, 900, {2}}, {f.c3, 500, {3}}, {f.c4, 50, {4}}};
    NeedOptions options;
    options.level = AdminLevel::Cercle;
    return needAtLevel(f.tree, table, options);
}

} // namespace

TEST_CASE("gaps: need per organisation, high need with nobody, classes and order", "[gaps]") {
    testing::Fixture f;
    f.row("OrgA", "Protection", f.k1);
    f.row("OrgB", "Protection", f.k2); // C1: 2 organisations
    f.row("OrgA", "Protection", f.k4); // C3: 1
    f.row("OrgD", "Protection", f.r2); // région-wide in R2: C3 and C4 have it only at a coarser level
    f.row("OrgE", "Santé", f.k3);      // another sector: not coverage in C2
    const PresenceIndex index = f.index({"Protection"});
    const GapResult result = computeGaps(f.tree, index, cercleNeed(f), {});
    // Need terciles over 50, 100, 500, 900 (nearest rank): bounds 100 and 500.
    CHECK(result.needBreaks == std::array<double, 2>{100, 500});
    CHECK(result.coverageMedian == 2); // covered cercles have 1 and 2 organisations
    const OutputTable table = gapTable(f.tree, index, result);
    // rank, pcode, need, organisations, coarser only, need per organisation, need class, coverage class,
    // bivariate, high need nobody
    std::vector<std::string> lines;
    for (const auto& row : table.rows) {
        lines.push_back(row[0] + " " + row[1] + " " + row[4] + " " + row[7] + " " + row[8] + " " + row[9] +
                        " " + row[12] + " " + row[13]);
    }
    CHECK(lines == std::vector<std::string>{"1 ML0102 900 0 0  3-1 1", "2 ML0202 50 0 1  1-1 0",
                                            "3 ML0201 500 1 1 500 2-2 0", "4 ML0101 100 2 0 50 1-3 0"});
}
