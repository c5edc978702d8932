// The messages of core and analysis (problems, match reasons) follow the message language the command line
// (and the application) installs: English by default, French from translations/couverture_core_fr.ts.

#include "cli/cli_test_support.h"
#include "core/activity_table.h"
#include "core/commands.h"
#include "core/coverage.h"
#include "core/output_set.h"
#include "core/reconcile.h"
#include "core/scheme_decision.h"
#include "core/store/publish.h"
#include "core/test_support.h"
#include "core/texts.h"
#include "render/map_style.h"
#include "texts/message_language.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <vector>

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
    CHECK(filter.displayText() == "sector=Protection; period=2023-01-01..2023-12-31 (undated kept)");
    CHECK(filter.dataText() == filter.displayText());
    CHECK_THAT(filterError(), Catch::StartsWith("the filter (sector=Protection; period="));

    REQUIRE(texts::setCoreLanguage("fr"));
    const std::string french = writeError();
    const std::string described = filter.displayText();
    const std::string data = filter.dataText();
    const std::string refused = filterError();
    ActivityFilter stated;
    stated.statedPlacesOnly = true;
    const std::string statedOnly = stated.displayText();
    const std::string statedData = stated.dataText();
    const std::string none = ActivityFilter().displayText();
    const std::string noneData = ActivityFilter().dataText();
    texts::setCoreLanguage("en");
    CHECK(french == "impossible d'écrire le fichier (disque plein ou droits insuffisants ?)");
    CHECK(described == "secteur : Protection ; période : 2023-01-01..2023-12-31 (lignes sans date gardées)");
    CHECK(statedOnly == "lieux : indiqués seulement");
    CHECK(none == "aucun");
    // The data text (CSV filter column, metadata, the store) does not follow the language.
    CHECK(data == "sector=Protection; period=2023-01-01..2023-12-31 (undated kept)");
    CHECK(statedData == "places=stated");
    CHECK(noneData == "none");
    CHECK_THAT(refused,
               Catch::StartsWith("le filtre (secteur : Protection ; période : 2023-01-01..2023-12-31 "
                                 "(lignes sans date gardées)) ne garde aucune ligne de la table ; "));
    CHECK_THAT(refused, Catch::Contains("--sector « Protection » ne correspond à aucune ligne ; "));
}

TEST_CASE("the inspect report is written in the installed language", "[texts][cli]") {
    const std::string workbook = std::string(COUVERTURE_FIXTURES) + "/activities/workbook.xlsx";
    const auto english = test::runCli({"inspect", workbook});
    REQUIRE(english.code == 0);
    CHECK_THAT(english.out, Catch::Contains("Activity table: "));
    CHECK_THAT(english.out, Catch::Contains("Sheets:\n"));
    CHECK_THAT(english.out, Catch::Contains("HXL row: "));
    CHECK_THAT(english.out, Catch::Contains("Column mapping (role <- column, how):"));
    CHECK_THAT(english.out, Catch::Contains("Data rows: 3 (+1 empty row skipped)\n"));
    CHECK_THAT(english.out, Catch::Contains("Lisez-moi: 0 rows\n")); // English: 0 takes the plural
    CHECK_THAT(english.out, Catch::Contains("Partenaires: 1 row\n"));
    CHECK_THAT(english.out, Catch::Contains("(column name)"));

    const auto french = test::runCli({"inspect", workbook}, "fr");
    test::runCli({"help"}); // English again for whatever runs next in this process
    REQUIRE(french.code == 0);
    CHECK_THAT(french.out, Catch::Contains("Table d'activités : "));
    CHECK_THAT(french.out, Catch::Contains("Feuilles :\n"));
    CHECK_THAT(french.out, Catch::Contains("Feuille lue : "));
    CHECK_THAT(french.out, Catch::Contains("Ligne HXL : "));
    CHECK_THAT(french.out, Catch::Contains("Lignes de données : "));
    CHECK_THAT(french.out, Catch::Contains("(+1 ligne vide ignorée)")); // plural forms: one empty row
    CHECK_THAT(french.out, Catch::Contains("Lisez-moi : 0 ligne\n"));   // French: 0 takes the singular
    CHECK_THAT(french.out, Catch::Contains("Presence : 4 lignes\n"));
    CHECK_THAT(french.out, Catch::Contains("Correspondance des colonnes (rôle <- colonne, comment) :"));
    CHECK_THAT(french.out, Catch::Contains("Problèmes : "));
    // Roles stay the keys of files and options; how a column was found is said in words.
    CHECK_THAT(french.out, Catch::Contains("(nom de colonne)"));
    CHECK_THAT(french.out, Catch::Contains("org_acronym <- « "));

    const std::string boundaries = test::sharedPath("boundaries/mli_cod_ab_ocha_itos_2017");
    if (std::filesystem::exists(boundaries)) {
        const auto layers = test::runCli({"inspect", boundaries}, "fr");
        test::runCli({"help"});
        REQUIRE(layers.code == 0);
        CHECK_THAT(layers.out, Catch::Contains("Source de limites : "));
        CHECK_THAT(layers.out, Catch::Contains("Hiérarchie : 9 régions, 50 cercles, 701 communes"));
        CHECK_THAT(layers.out, Catch::Contains("Validation : 0 violation"));
        CHECK_THAT(layers.out, Catch::Contains(" entités, schéma "));
    }
}

namespace {

// Kayes (ML01) > Kayes cercle (ML0101), and a key that names the same codes the same way.
AdminTree schemeTree() {
    AdminTree tree;
    test::addUnit(tree, AdminLevel::Region, "ML01", "Kayes", "");
    test::addUnit(tree, AdminLevel::Cercle, "ML0101", "Kayes", "ML01");
    return tree;
}

SchemeDecision decideOnePlace(const AdminTree& tree, bool withKey) {
    CodedPlace place;
    place.rawCodes = {"ML01", "ML0101", ""};
    place.codes = place.rawCodes;
    place.rows = 3;
    std::vector<CodeKey> keys;
    if (withKey) {
        CodedRow row;
        row.codes = {"ML01", "ML0101", ""};
        row.names = {"Kayes", "Kayes", ""};
        keys.push_back({"key.csv", {row}});
    }
    const NameMatcher byNames = [&tree](const ActivityRow& row) {
        Match match;
        match.unit = tree.findByPcode(row.cell(Role::Adm2Name).empty() ? "ML01" : "ML0101");
        match.level = tree.unit(match.unit).level;
        match.method = MatchMethod::Name;
        match.score = 1;
        return match;
    };
    return decideSchemes(tree, {place}, keys, byNames);
}

} // namespace

TEST_CASE("the code-scheme evidence and its reasons are written in the installed language", "[texts]") {
    const AdminTree tree = schemeTree();
    texts::setCoreLanguage("en");
    const SchemeDecision unknown = decideOnePlace(tree, false);
    const SchemeDecision known = decideOnePlace(tree, true);
    REQUIRE(unknown.regions.size() == 1);
    REQUIRE(known.regions.size() == 1);
    CHECK(
        unknown.regions[0].evidence ==
        "1 of its 1 code combinations are codes of the boundaries, but nothing confirms that they follow the "
        "boundaries' scheme (two schemes give different places to the same code) and no code key was given");
    CHECK_THAT(unknown.matches[0].reason.str(),
               Catch::StartsWith("région ML01: the scheme of its codes is not established (1 of its 1"));
    CHECK(known.regions[0].evidence == "the boundaries and key.csv give the same places to 1 of its 1 code "
                                       "combinations");
    CHECK(known.matches[0].reason.str() ==
          "code of the boundaries; région ML01 follows the boundaries' scheme (high confidence)");
    CHECK(known.regions[0].scheme == "boundaries");

    REQUIRE(texts::setCoreLanguage("fr"));
    const SchemeDecision unknownFr = decideOnePlace(tree, false);
    const SchemeDecision knownFr = decideOnePlace(tree, true);
    texts::setCoreLanguage("en");
    CHECK_THAT(unknownFr.regions[0].evidence,
               Catch::StartsWith("1 de ses 1 combinaisons de codes sont des codes des limites, mais rien ne "
                                 "confirme qu'elles suivent le schéma des limites"));
    CHECK_THAT(unknownFr.matches[0].reason.str(),
               Catch::StartsWith("région ML01 : le schéma de ses codes n'est pas établi (1 de ses 1"));
    CHECK(knownFr.regions[0].evidence ==
          "les limites et key.csv donnent les mêmes lieux à 1 de ses 1 combinaisons de codes");
    CHECK(knownFr.matches[0].reason.str() ==
          "code des limites ; la région ML01 suit le schéma des limites (confiance élevée)");
    // The scheme and the confidence are data keys: the same in both languages.
    CHECK(knownFr.regions[0].scheme == "boundaries");
    CHECK(knownFr.regions[0].confidence == known.regions[0].confidence);
}

TEST_CASE("the shared store's messages are written in the installed language", "[texts]") {
    store::PublishCommandOptions options;
    options.target = "PG:service=couverture";
    auto refusal = [&options] {
        try {
            store::runPublish(options);
        } catch (const InputError& error) {
            return error.problem.message;
        }
        return std::string();
    };
    texts::setCoreLanguage("en");
    CHECK(refusal() == "a publication needs a release name (--release) and a cluster name (--cluster)");
    REQUIRE(texts::setCoreLanguage("fr"));
    const std::string french = refusal();
    texts::setCoreLanguage("en");
    CHECK(french ==
          "une publication a besoin d'un nom d'édition (--release) et d'un nom de cluster (--cluster)");
}

TEST_CASE("progress messages are written in the installed language", "[texts]") {
    std::vector<std::string> messages;
    ActivityReadOptions read;
    read.progress = {[](double, const char* message, void* seen) {
                         static_cast<std::vector<std::string>*>(seen)->push_back(message);
                         return true;
                     },
                     &messages};
    const std::string path = std::string(COUVERTURE_FIXTURES) + "/activities/hxl_en.csv";
    texts::setCoreLanguage("en");
    readActivityTable(path, read);
    REQUIRE_FALSE(messages.empty());
    CHECK(messages.back() == "Reading the activity table");
    messages.clear();
    REQUIRE(texts::setCoreLanguage("fr"));
    readActivityTable(path, read);
    texts::setCoreLanguage("en");
    REQUIRE_FALSE(messages.empty());
    CHECK(messages.back() == "Lecture de la table d'activités");
}

TEST_CASE("the coverage tables carry the filter's data text, whatever the language", "[texts]") {
    const AdminTree tree = smallTree();
    CoverageOptions options;
    options.filter.sectors = {"Protection"};
    options.filter.statedPlacesOnly = true;
    auto filterColumn = [&tree, &options] {
        const CoverageTable coverage = computeCoverage(tree, {}, std::vector<Match>{}, options);
        const OutputTable table = coverageTable(tree, coverage, AdminLevel::Region, false);
        REQUIRE(table.columns.back().name == "filter");
        REQUIRE_FALSE(table.rows.empty());
        return table.rows.front().back();
    };
    texts::setCoreLanguage("en");
    const std::string english = filterColumn();
    REQUIRE(texts::setCoreLanguage("fr"));
    const std::string french = filterColumn();
    const std::string display = options.filter.displayText();
    texts::setCoreLanguage("en");
    CHECK(english == "sector=Protection; places=stated");
    CHECK(french == english);
    CHECK(display == "secteur : Protection ; lieux : indiqués seulement");
}

TEST_CASE("the map code's errors are written in the installed language", "[texts]") {
    const std::string missing =
        (std::filesystem::temp_directory_path() / "couverture-no-such-folder" / "style.json").string();
    auto styleError = [&missing] {
        try {
            render::loadMapStyle(missing);
        } catch (const InputError& error) {
            return error.problem.message;
        }
        return std::string();
    };
    texts::setCoreLanguage("en");
    CHECK_THAT(styleError(), Catch::StartsWith("cannot read the style file: "));
    REQUIRE(texts::setCoreLanguage("fr"));
    const std::string french = styleError();
    texts::setCoreLanguage("en");
    CHECK_THAT(french, Catch::StartsWith("impossible de lire le fichier de style : "));
}
