#include "core/reconcile.h"
#include "core/test_support.h"
#include "core/text_fold.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace couverture;
using namespace couverture::test;

namespace {

// A small tree in the 2015 scheme: Kayes (ML01) > Kayes (ML0101) and Bafoulabé (ML0102); Bamako (ML09) >
// Bamako (ML0901) > Commune I..VI; Gao (ML07) > Ménaka (ML0704) > Ménaka, Inékar; Koulikoro (ML02) > Banamba
// (ML0202) > Toukoroba.
AdminTree smallTree() {
    AdminTree tree;
    auto add = [&tree](AdminLevel level, const std::string& pcode, const std::string& name,
                       const std::string& parent) { return addUnit(tree, level, pcode, name, parent); };
    add(AdminLevel::Region, "ML01", "Kayes", "");
    add(AdminLevel::Region, "ML02", "Koulikouro", "");
    add(AdminLevel::Region, "ML07", "Gao", "");
    add(AdminLevel::Region, "ML09", "Bamako", "");
    add(AdminLevel::Cercle, "ML0101", "Kayes", "ML01");
    add(AdminLevel::Cercle, "ML0102", "Bafoulabe", "ML01");
    add(AdminLevel::Cercle, "ML0202", "Banamba", "ML02");
    add(AdminLevel::Cercle, "ML0704", "Menaka", "ML07");
    add(AdminLevel::Cercle, "ML0901", "Bamako", "ML09");
    add(AdminLevel::Commune, "ML010101", "Kayes Commune", "ML0101");
    add(AdminLevel::Commune, "ML010201", "Bafoulabe", "ML0102");
    add(AdminLevel::Commune, "ML010202", "Bamafele", "ML0102");
    add(AdminLevel::Commune, "ML020201", "Toukoroba", "ML0202");
    add(AdminLevel::Commune, "ML070401", "Anderamboukane", "ML0704");
    add(AdminLevel::Commune, "ML070403", "Menaka", "ML0704");
    const char* roman[] = {"I", "II", "III", "IV", "V", "VI"};
    for (int i = 0; i < 6; ++i) {
        add(AdminLevel::Commune, "ML09010" + std::to_string(i + 1), std::string("Commune ") + roman[i],
            "ML0901");
    }
    return tree;
}

const AdminTree& tree() {
    static const AdminTree instance = smallTree();
    return instance;
}

Match matchOne(const PlaceCells& place, ReconcileOptions options = {}) {
    return Reconciler(tree(), std::move(options)).match(rowWith(place));
}

std::string pcodeOf(const Match& match) {
    return match.unit == kNoUnit ? "" : tree().unit(match.unit).pcode;
}

} // namespace

TEST_CASE("data-driven: each row gets the deepest place it names, by the first method that holds",
          "[reconcile]") {
    struct Case {
        PlaceCells place;
        MatchMethod method;
        std::string pcode;
        AdminLevel level;
    };
    const std::vector<Case> cases = {
        // Code as given, names agree (accents and case folded).
        {{"ML01", "Kayes", "ML0102", "BAFOULABÉ", "ML010202", "bamafélé"},
         MatchMethod::Code,
         "ML010202",
         AdminLevel::Commune},
        // Code repaired: MLI prefix, spaces.
        {{"MLI01", "Kayes", "MLI0102", "Bafoulabe", "MLI010201", "Bafoulabe"},
         MatchMethod::CodeRepaired,
         "ML010201",
         AdminLevel::Commune},
        {{"ML01", "Kayes", "ML 0102", "Bafoulabe", "", ""},
         MatchMethod::CoarserLevel,
         "ML0102",
         AdminLevel::Cercle},
        // #N/A commune code: placed by name within the parent.
        {{"ML09", "Bamako", "ML0901", "Bamako", "#N/A", "Commune - VI"},
         MatchMethod::Name,
         "ML090106",
         AdminLevel::Commune},
        {{"ML09", "Bamako", "ML0901", "Bamako", "", "CIV"},
         MatchMethod::Name,
         "ML090104",
         AdminLevel::Commune},
        // 2019 cercle code ML0101 is Bafoulabé; in the boundaries it is Kayes: the names win, a conflict is
        // flagged.
        {{"ML01", "Kayes", "ML0101", "Bafoulabe", "ML010101", "Bamafele"},
         MatchMethod::Name,
         "ML010202",
         AdminLevel::Commune},
        // Commune suffix dropped: "Kayes" is "Kayes Commune".
        {{"ML01", "Kayes", "", "Kayes", "", "Kayes"}, MatchMethod::Name, "ML010101", AdminLevel::Commune},
        // Fuzzy within the parent.
        {{"ML01", "Kayes", "", "Bafoulabe", "", "Bamafelle"},
         MatchMethod::NameFuzzy,
         "ML010202",
         AdminLevel::Commune},
        // Wrong region code: Banamba is in Koulikoro, the row says ML07.
        {{"ML07", "Koulikoro", "", "Banamba", "", "Toukoroba"},
         MatchMethod::Name,
         "ML020201",
         AdminLevel::Commune},
        // Région-only row: presence at that level, not spread.
        {{"ML07", "Gao", "", "", "", ""}, MatchMethod::CoarserLevel, "ML07", AdminLevel::Region},
        // Ménaka: a région (ML10) in the table, a cercle of Gao in the boundaries; its 2019 cercles are
        // communes.
        {{"ML10", "Ménaka", "ML1002", "Andéramboukane", "#N/A", "Andéramboukane"},
         MatchMethod::Name,
         "ML070401",
         AdminLevel::Commune},
        {{"ML10", "Ménaka", "ML1001", "Menaka", "ML100101", "Menaka"},
         MatchMethod::Name,
         "ML070403",
         AdminLevel::Commune},
        // A commune with no polygon (Alata): the row stays at the deepest place found, with the reason.
        {{"ML10", "Ménaka", "ML1004", "Tidermene", "#N/A", "Alata"},
         MatchMethod::CoarserLevel,
         "ML0704",
         AdminLevel::Cercle},
        // Unknown codes and names: unmatched, with the reason.
        {{"ML99", "Atlantis", "", "", "", ""}, MatchMethod::Unmatched, "", AdminLevel::Region},
        {{"", "", "", "", "", ""}, MatchMethod::Unmatched, "", AdminLevel::Region},
    };
    for (const auto& c : cases) {
        const Match match = matchOne(c.place);
        INFO(c.place.adm1Code << "|" << c.place.adm1Name << "|" << c.place.adm2Code << "|" << c.place.adm2Name
                              << "|" << c.place.adm3Code << "|" << c.place.adm3Name << " -> "
                              << methodKey(match.method) << " " << pcodeOf(match) << " (" << match.reason
                              << ")");
        CHECK(match.method == c.method);
        CHECK(pcodeOf(match) == c.pcode);
        if (match.unit != kNoUnit) {
            CHECK(match.level == c.level);
        } else {
            CHECK_FALSE(match.reason.empty());
        }
    }
}

TEST_CASE("a code that names another place than the row's names is a reported conflict", "[reconcile]") {
    const Match match = matchOne({"ML01", "Kayes", "ML0101", "Bafoulabe", "", "Bafoulabe"});
    CHECK(pcodeOf(match) == "ML010201");
    CHECK(match.codeNameConflict);
    CHECK(match.needsReview);
    CHECK(match.reason.str().find("ML0101") != std::string::npos);
}

TEST_CASE("fuzzy matches carry their score and respect the threshold", "[reconcile]") {
    const Match loose = matchOne({"", "Kayes", "", "Bafoulabe", "", "Bamafelle"});
    CHECK(loose.method == MatchMethod::NameFuzzy);
    CHECK(loose.score > 0.85);
    CHECK(loose.score < 1.0);
    ReconcileOptions strict;
    strict.fuzzyThreshold = 0.99;
    const Match refused = matchOne({"", "Kayes", "", "Bafoulabe", "", "Bamafelle"}, strict);
    CHECK(refused.method == MatchMethod::CoarserLevel);
    CHECK(pcodeOf(refused) == "ML0102");
    CHECK(refused.reason.str().find("closest") != std::string::npos);
}

TEST_CASE("aliases are applied first", "[reconcile]") {
    ReconcileOptions options;
    options.aliases.push_back({AdminLevel::Commune, "Arrondissement 6", "Bamako", "ML090106"});
    const Match match = matchOne({"ML09", "Bamako", "ML0901", "Bamako", "", "Arrondissement 6"}, options);
    CHECK(match.method == MatchMethod::Alias);
    CHECK(pcodeOf(match) == "ML090106");
    const Match without = matchOne({"ML09", "Bamako", "ML0901", "Bamako", "", "Arrondissement 6"});
    CHECK(without.method == MatchMethod::CoarserLevel);
}

TEST_CASE("matchAll keeps input order and counts every row once", "[reconcile]") {
    std::vector<ActivityRow> rows = {
        rowWith({"ML09", "Bamako", "", "Bamako", "", "CVI"}), rowWith({"ML99", "", "", "", "", ""}),
        rowWith({"ML09", "Bamako", "", "Bamako", "", "CVI"}), rowWith({"ML07", "Gao", "", "", "", ""})};
    const ReconcileResult result = reconcile(tree(), rows);
    REQUIRE(result.matches.size() == 4);
    CHECK(pcodeOf(result.matches[0]) == "ML090106");
    CHECK(result.matches[1].method == MatchMethod::Unmatched);
    CHECK(pcodeOf(result.matches[2]) == "ML090106");
    CHECK(result.matches[3].method == MatchMethod::CoarserLevel);
    std::int64_t total = 0;
    for (auto count : result.countByMethod) {
        total += count;
    }
    CHECK(total == 4);
}

TEST_CASE("the OCHA 3W of December 2023 joins the 2015 polygons correctly, as it is",
          "[reconcile][shared-data]") {
    if (!haveSharedData()) {
        WARN("shared data not found, skipped");
        return;
    }
    const AdminTree& real = realBoundaryLoad().tree;
    const ActivityTable table = readActivityTable(real3w());
    REQUIRE(table.rows.size() == 24088);
    const ReconcileResult result = reconcile(real, table.rows);
    REQUIRE(result.matches.size() == 24088);
    std::int64_t total = 0;
    for (auto count : result.countByMethod) {
        total += count;
    }
    CHECK(total == 24088);
    CHECK(result.countByMethod[static_cast<std::size_t>(MatchMethod::Unmatched)] == 0);
    // Figures of this data and this method, checked by hand once: a change in them is a change in behaviour.
    CHECK(result.countByMethod[static_cast<std::size_t>(MatchMethod::Code)] == 1247);
    CHECK(result.countByMethod[static_cast<std::size_t>(MatchMethod::Name)] == 19850);
    // 392: 'Boura' under Ansongo is Ansongo's Bourra (fuzzy within the parent), no longer Yorosso's Boura.
    CHECK(result.countByMethod[static_cast<std::size_t>(MatchMethod::NameFuzzy)] == 392);
    // 2599: the cell 'Zones : Amacine, Tassik, Intibzaz, kidal ville et Intekoi' names the commune of Kidal.
    CHECK(result.countByMethod[static_cast<std::size_t>(MatchMethod::CoarserLevel)] == 2599);
    CHECK(result.extraMatches.size() == 4); // its four other places, not found, listed

    const UnitId bafoulabe = real.findByPcode("ML0102"); // ML0101 in the 2019 scheme of the table
    const UnitId kayesCercle = real.findByPcode("ML0101");
    const UnitId menaka = real.findByPcode("ML0704"); // région ML10 in the table
    int bafoulabeRows = 0, menakaRows = 0;
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const ActivityRow& row = table.rows[i];
        const Match& match = result.matches[i];
        if (row.cell(Role::Adm2Code) == "ML0101") {
            ++bafoulabeRows;
            REQUIRE(real.isWithin(match.unit, bafoulabe));
            REQUIRE_FALSE(real.isWithin(match.unit, kayesCercle));
            CHECK(match.codeNameConflict);
        }
        if (row.cell(Role::Adm1Code) == "ML10" && foldText(row.cell(Role::Adm1Name)) == "menaka") {
            ++menakaRows;
            REQUIRE(real.isWithin(match.unit, menaka));
        }
        if (foldPlaceName(row.cell(Role::Adm3Name)) == "commune 6" && row.cell(Role::Adm1Code) == "ML09") {
            REQUIRE(real.unit(match.unit).pcode == "ML090106");
        }
    }
    CHECK(bafoulabeRows > 0);
    CHECK(menakaRows == 905); // two more ML10 rows name Gao, and are placed there
    // The table's cercle and commune codes follow the 2019 scheme: their conflicts are reported, not all put
    // up for review; what needs a person is fuzzy names, corrected parents, level shifts and places not
    // found.
    const auto review = std::count_if(result.matches.begin(), result.matches.end(),
                                      [](const Match& match) { return match.needsReview; });
    CHECK(review == 2099);
}

TEST_CASE("a table whose codes contradict its names is taken for another scheme: a code alone is no evidence",
          "[reconcile]") {
    // Ten code/name pairs that all disagree with the boundaries at cercle level, as a 2019-coded table does.
    std::vector<ActivityRow> rows;
    const std::vector<std::pair<std::string, std::string>> pairs = {
        {"ML0101", "Bafoulabe"}, {"ML0101", "Banamba"},  {"ML0101", "Menaka"}, {"ML0101", "Bamako"},
        {"ML0102", "Kayes"},     {"ML0102", "Banamba"},  {"ML0102", "Menaka"}, {"ML0102", "Bamako"},
        {"ML0202", "Kayes"},     {"ML0202", "Bafoulabe"}};
    for (const auto& [code, name] : pairs) {
        rows.push_back(rowWith({"", "", code, name, "", ""}));
    }
    rows.push_back(rowWith({"ML01", "Kayes", "ML0101", "", "", ""})); // a cercle code and no cercle name
    const ReconcileResult result = reconcile(tree(), rows);
    const Match& codeOnly = result.matches.back();
    CHECK(codeOnly.method == MatchMethod::CoarserLevel);
    CHECK(pcodeOf(codeOnly) == "ML01"); // not the Kayes cercle the code names in the boundaries
    CHECK(codeOnly.reason.str().find("another P-code scheme") != std::string::npos);
    // The name-placed rows carry the conflict, and are not put up for review for it.
    CHECK(result.matches.front().codeNameConflict);
    CHECK_FALSE(result.matches.front().needsReview);
    // Alone, the same row trusts its code (nothing says the table follows another scheme).
    CHECK(Reconciler(tree(), {}).match(rows.back()).unit == tree().findByPcode("ML0101"));
}

TEST_CASE(
    "an alias table is used whole or not at all: conflicts, unknown levels, empty cells, unclosed quotes",
    "[reconcile][hostile]") {
    const AdminTree tree = loadBoundaries(fixture("hostile/cases/good_boundaries.geojson")).tree;
    struct Case {
        const char* file;
        std::int64_t row;
        const char* message; // part of the message
    };
    const Case cases[] = {
        {"alias_conflicts.csv", 2, "'Kayes Ville' is already given P-code ML010101 by an earlier row"},
        {"alias_unknown_level.csv", 1, "level 'planète' is not région, cercle or commune"},
        {"alias_empty_input.csv", 1, "the input cell is empty"},
        {"alias_empty_pcode.csv", 1, "P-code '' is not in the boundaries"},
        {"alias_unknown_pcode.csv", 1, "P-code 'ML999999' is not in the boundaries"},
        {"alias_unterminated_quote.csv", 0, "line 2: a double quote opened on this line is never closed"},
        {"alias_missing_columns.csv", 0, "an alias table needs the columns level, input"},
    };
    for (const Case& c : cases) {
        INFO(c.file);
        const std::string path = fixture(std::string("hostile/cases/") + c.file);
        try {
            readAliases(path, tree);
            FAIL("read without an error");
        } catch (const InputError& error) {
            CHECK(error.problem.file == path);
            CHECK(error.problem.row == c.row);
            CHECK(error.problem.message.find(c.message) != std::string::npos);
        }
    }
    // The same decision twice is one alias.
    CHECK(readAliases(fixture("hostile/cases/alias_duplicates.csv"), tree).size() == 1);
}
