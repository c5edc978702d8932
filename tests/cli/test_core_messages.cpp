// The messages of core and analysis (problems, match reasons) follow the message language the command line
// (and the application) installs: English by default, French from translations/couverture_core_fr.ts.

#include "cli/cli_test_support.h"
#include "core/activity_table.h"
#include "core/reconcile.h"
#include "core/texts.h"
#include "texts/message_language.h"

#include <catch2/catch.hpp>

using namespace couverture;

namespace {

// Kayes (ML01) > Bafoulabé (ML0102) > Bafoulabé, Bamafélé.
AdminTree smallTree() {
    AdminTree tree;
    auto add = [&tree](AdminLevel level, const std::string& pcode, const std::string& name,
                       const std::string& parent) {
        AdminUnit unit;
        unit.level = level;
        unit.pcode = pcode;
        unit.name = name;
        unit.parent = parent.empty() ? kNoUnit : tree.findByPcode(parent);
        return tree.add(std::move(unit));
    };
    add(AdminLevel::Region, "ML01", "Kayes", "");
    add(AdminLevel::Cercle, "ML0102", "Bafoulabe", "ML01");
    add(AdminLevel::Commune, "ML010201", "Bafoulabe", "ML0102");
    add(AdminLevel::Commune, "ML010202", "Bamafele", "ML0102");
    return tree;
}

std::string reasonOf(const AdminTree& tree, const std::string& commune, double threshold) {
    ActivityRow row;
    row.cell(Role::Adm1Name) = "Kayes";
    row.cell(Role::Adm2Name) = "Bafoulabe";
    row.cell(Role::Adm3Name) = commune;
    row.cell(Role::OrgAcronym) = "ORG";
    ReconcileOptions options;
    options.fuzzyThreshold = threshold;
    return Reconciler(tree, options).match(row).reason.str();
}

std::string firstProblem(const ActivityTable& table, const std::string& containing) {
    for (const Problem& problem : table.problems) {
        const std::string text = describe(problem);
        if (text.find(containing) != std::string::npos) {
            return text;
        }
    }
    return {};
}

} // namespace

TEST_CASE("match reasons are written in the installed language, English by default", "[texts]") {
    const AdminTree tree = smallTree();
    texts::setCoreLanguage("en");
    const std::string english = reasonOf(tree, "Bamafelle", 0.99);
    CHECK_THAT(english, Catch::Contains("commune 'Bamafelle' not found in cercle ML0102 'Bafoulabe'"));
    CHECK_THAT(english, Catch::Contains("(closest: 'Bamafele', 0."));

    REQUIRE(texts::setCoreLanguage("fr"));
    const std::string french = reasonOf(tree, "Bamafelle", 0.99);
    CHECK_THAT(french, Catch::Contains("commune « Bamafelle » introuvable dans le cercle ML0102 « Bafoulabe »"));
    CHECK_THAT(french, Catch::Contains("(nom le plus proche : « Bamafele », 0,"));
    const std::string fuzzy = reasonOf(tree, "Bamafelle", 0.8);
    CHECK_THAT(fuzzy, Catch::Contains("« Bamafelle » lu comme « Bamafele » ("));
    CHECK_THAT(fuzzy, Catch::Contains(" 0,"));

    // Back to English: the cache of translations is dropped with the language.
    texts::setCoreLanguage("en");
    CHECK(reasonOf(tree, "Bamafelle", 0.99) == english);
}

TEST_CASE("row problems of a table are written in the installed language", "[texts]") {
    const std::string path = std::string(COUVERTURE_FIXTURES) + "/activities/dates_numbers.csv";
    texts::setCoreLanguage("en");
    const ActivityTable english = readActivityTable(path);
    CHECK_FALSE(firstProblem(english, "is not a number").empty());
    CHECK_THAT(firstProblem(english, "is not a number"), Catch::Contains(", row "));

    REQUIRE(texts::setCoreLanguage("fr"));
    const ActivityTable french = readActivityTable(path);
    const std::string problem = firstProblem(french, "n'est pas un nombre");
    texts::setCoreLanguage("en");
    CHECK_THAT(problem, Catch::Contains(", ligne "));
    CHECK_THAT(problem, Catch::Contains(" : « abc » n'est pas un nombre"));
    CHECK(english.problems.size() == french.problems.size());
}

TEST_CASE("the command line's core messages follow its language", "[texts][cli]") {
    const std::string noPlace = std::string(COUVERTURE_FIXTURES) + "/activities/no_place.csv";
    const auto french = test::runCli({"inspect", noPlace}, "fr");
    CHECK(french.code == cli::kInputError);
    CHECK_THAT(french.err, Catch::Contains("aucune colonne de lieu utilisable"));
    const auto english = test::runCli({"inspect", noPlace});
    CHECK_THAT(english.err, Catch::Contains("no usable place column"));

    const std::string workbook = std::string(COUVERTURE_FIXTURES) + "/activities/workbook.xlsx";
    const auto sheet = test::runCli({"inspect", workbook, "--sheet", "Nulle part"}, "fr");
    CHECK(sheet.code == cli::kInputError);
    CHECK_THAT(sheet.err, Catch::Contains("feuille « Nulle part » inconnue ; les feuilles sont : "));
    test::runCli({"help"}); // English again for whatever runs next in this process
}
