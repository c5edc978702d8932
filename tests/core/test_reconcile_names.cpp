// Names and codes of the kinds that used to go wrong (foreign places, misspellings under the right parent,
// Bamako's communes, transliterations, codes of one scheme only, cells naming several places), written as
// users write them: tests/fixtures/reconcile/section2_rows.csv, made from the polygons by
// make_section2_rows.py.
#include "core/activity_table.h"
#include "core/reconcile.h"
#include "core/test_support.h"
#include "core/text_fold.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace couverture;
using namespace couverture::test;

namespace {

struct CaseRow {
    std::string kind;
    PlaceCells cells;
    std::set<std::string> expected; // P-codes; empty: must not be placed in Mali
};

std::vector<std::string> splitCsvLine(const std::string& line) {
    std::vector<std::string> cells;
    std::string cell;
    bool quoted = false;
    for (char c : line) {
        if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            cells.push_back(cell);
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells.push_back(cell);
    return cells;
}

std::vector<CaseRow> section2Rows() {
    std::ifstream in(fixture("reconcile/section2_rows.csv"));
    std::vector<CaseRow> rows;
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        const auto cells = splitCsvLine(line);
        REQUIRE(cells.size() == 8);
        CaseRow row{cells[0], {cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]}, {}};
        std::istringstream expected(cells[7]);
        for (std::string pcode; expected >> pcode;) {
            if (pcode != "none") {
                row.expected.insert(pcode);
            }
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

TEST_CASE("Section 2 rows written as users write them: at least 98 % right, no foreign row in Mali",
          "[reconcile][names][real]") {
    if (!haveSharedData()) {
        SUCCEED("shared data not available");
        return;
    }
    const AdminTree& tree = realBoundaryLoad().tree;
    const auto cases = section2Rows();
    REQUIRE(cases.size() >= 200);
    // The rows sit in a table whose codes follow the 2019 scheme: the 3W's own rows come first.
    ActivityTable threeW = readActivityTable(real3w());
    std::vector<ActivityRow> rows(threeW.rows.begin(), threeW.rows.begin() + 3000);
    const std::size_t first = rows.size();
    for (const auto& testCase : cases) {
        rows.push_back(rowWith(testCase.cells));
    }
    const ReconcileResult result = reconcile(tree, rows);
    std::map<std::size_t, std::set<std::string>> placed;
    for (std::size_t i = first; i < rows.size(); ++i) {
        if (result.matches[i].unit != kNoUnit) {
            placed[i].insert(tree.unit(result.matches[i].unit).pcode);
        }
    }
    for (const ExtraMatch& extra : result.extraMatches) {
        if (extra.row >= first && extra.match.unit != kNoUnit) {
            placed[extra.row].insert(tree.unit(extra.match.unit).pcode);
        }
    }
    std::map<std::string, std::pair<int, int>> byKind; // right, total
    int right = 0, foreignPlaced = 0;
    for (std::size_t k = 0; k < cases.size(); ++k) {
        const auto& testCase = cases[k];
        const std::size_t i = first + k;
        const Match& match = result.matches[i];
        const bool ok = placed[i] == testCase.expected;
        ++byKind[testCase.kind].second;
        if (ok) {
            ++right;
            ++byKind[testCase.kind].first;
        } else {
            WARN(testCase.kind << " '" << testCase.cells.adm1Name << "' / '" << testCase.cells.adm2Name
                               << "' / '" << testCase.cells.adm3Name << "' (" << testCase.cells.adm3Code
                               << "): " << methodKey(match.method) << " "
                               << (match.unit == kNoUnit ? "-" : tree.unit(match.unit).pcode) << ": "
                               << match.reason);
        }
        if (testCase.kind == "foreign" && !placed[i].empty()) {
            ++foreignPlaced;
        }
        // Every guess is reviewable: fuzzy and transliterated names carry a score below 1 and a review flag.
        if (match.method == MatchMethod::NameFuzzy) {
            CHECK(match.needsReview);
            CHECK(match.score < 1.0);
        }
    }
    for (const auto& [kind, counts] : byKind) {
        WARN(kind << ": " << counts.first << " of " << counts.second << " right");
    }
    CHECK(foreignPlaced == 0);
    CHECK(right >= static_cast<int>(0.98 * static_cast<double>(cases.size())));
}

TEST_CASE("Transliterations and misspellings are read within the parent, scored and reviewable",
          "[reconcile][names][real]") {
    if (!haveSharedData()) {
        SUCCEED("shared data not available");
        return;
    }
    const AdminTree& tree = realBoundaryLoad().tree;
    const Reconciler reconciler(tree, {});
    const Match welessebugu = reconciler.match(rowWith({"", "Koulikoro", "", "Kati", "", "Welessebugu"}));
    CHECK(tree.unit(welessebugu.unit).name == "Ouelessebougou");
    CHECK(welessebugu.method == MatchMethod::NameFuzzy);
    CHECK(welessebugu.needsReview);
    CHECK_THAT(welessebugu.reason, Catch::Contains("transliteration"));
    // 'Dialloube' under Bankass: an exact name elsewhere (Mopti's Dialloubé) beats a loose likeness in
    // Bankass.
    const Match dialloube = reconciler.match(rowWith({"", "Mopti", "", "Bankass", "", "Dialloube"}));
    CHECK(tree.unit(dialloube.unit).pcode == "ML050103");
    // Foreign: never placed, whatever it shares with a Malian name.
    for (const PlaceCells& cells :
         {PlaceCells{"", "Kankan", "", "Siguiri", "", "Kouremale"},
          PlaceCells{"", "Sénégal", "", "", "", "Kayes"}, PlaceCells{"BF54", "Sahel", "", "", "", ""}}) {
        const Match foreign = reconciler.match(rowWith(cells));
        INFO(cells.adm1Name << ": " << foreign.reason);
        CHECK(foreign.unit == kNoUnit);
        CHECK(foreign.needsReview);
    }
}
