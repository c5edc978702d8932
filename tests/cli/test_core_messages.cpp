// The messages of core and analysis (problems, match reasons) follow the message language the command line
// (and the application) installs: English by default, French from translations/couverture_core_fr.ts.

#include "cli/cli_test_support.h"
#include "core/activity_table.h"
#include "core/commands.h"
#include "core/coverage.h"
#include "core/output_set.h"
#include "core/reconcile.h"
#include "core/test_support.h"
#include "core/texts.h"
#include "texts/message_language.h"

#include <catch2/catch.hpp>
#include <filesystem>

using namespace couverture;

namespace {

// Kayes (ML01) > Bafoulabé (ML0102) > Bafoulabé, Bamafélé.
AdminTree smallTree() {
    AdminTree tree;
    const auto add = [&tree](AdminLevel level, const std::string& pcode, const std::string& name,
                             const std::string& parent) { test::addUnit(tree, level, pcode, name, parent); };
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
    CHECK_THAT(french,
               Catch::Contains("commune « Bamafelle » introuvable dans le cercle ML0102 « Bafoulabe »"));
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

TEST_CASE("output errors and filter descriptions are written in the installed language", "[texts]") {
    // A file in a folder that does not exist cannot be written.
    const std::string path =
        (std::filesystem::temp_directory_path() / "couverture-no-such-folder" / "a.csv").string();
    auto writeError = [&path] {
        try {
            writeBytesAtomically(path, "a");
        } catch (const OutputError& error) {
            return error.problem.message;
        }
        return std::string();
    };
    ActivityFilter filter;
    filter.sectors = {"Protection"};
    filter.periodStart = parseDate("2023-01-01");
    filter.periodEnd = parseDate("2023-12-31");
    filter.keepUndated = true;
    const ActivityTable table =
        readActivityTable(std::string(COUVERTURE_FIXTURES) + "/activities/dates_numbers.csv");
    auto filterError = [&table, &filter] {
        try {
            requireFilterKeepsRows(table, filter);
        } catch (const InputError& error) {
            return error.problem.message;
        }
        return std::string();
    };

    texts::setCoreLanguage("en");
    CHECK(writeError() == "cannot write the file (disk full or no permission?)");
    CHECK(filter.describe() == "sector=Protection; period=2023-01-01..2023-12-31 (undated kept)");
    CHECK_THAT(filterError(), Catch::StartsWith("the filter (sector=Protection; period="));

    REQUIRE(texts::setCoreLanguage("fr"));
    const std::string french = writeError();
    const std::string described = filter.describe();
    const std::string refused = filterError();
    ActivityFilter stated;
    stated.statedPlacesOnly = true;
    const std::string statedOnly = stated.describe();
    const std::string none = ActivityFilter().describe();
    texts::setCoreLanguage("en");
    CHECK(french == "impossible d'écrire le fichier (disque plein ou droits insuffisants ?)");
    CHECK(described == "secteur : Protection ; période : 2023-01-01..2023-12-31 (lignes sans date gardées)");
    CHECK(statedOnly == "lieux : indiqués seulement");
    CHECK(none == "aucun");
    CHECK_THAT(refused,
               Catch::StartsWith("le filtre (secteur : Protection ; période : 2023-01-01..2023-12-31 "
                                 "(lignes sans date gardées)) ne garde aucune ligne de la table ; "));
    CHECK_THAT(refused, Catch::Contains("--sector « Protection » ne correspond à aucune ligne ; "));
}
