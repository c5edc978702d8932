#include "cli/cli_test_support.h"
#include "core/gdal_support.h"
#include "render/palettes.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gdal.h>
#include <ogr_api.h>
#include <regex>
#include <sstream>

using couverture::cli::run;
namespace fs = std::filesystem;

namespace {
using Outcome = couverture::test::CliOutcome;
using couverture::test::runCli;
using couverture::test::sharedPath;

const std::string kBoundaries = sharedPath("boundaries/mli_cod_ab_ocha_itos_2017");
const std::string k3w = sharedPath("3w/mli_ocha_3w_2023_12/mli_3w_2023_12_ML_5W.csv");
bool haveShared() {
    return fs::exists(kBoundaries) && fs::exists(k3w);
}

std::vector<std::vector<std::string>> readCsv(const std::string& path) {
    // Enough CSV for our own outputs: quoted cells may hold commas and doubled quotes, not newlines.
    std::vector<std::vector<std::string>> rows;
    std::ifstream file(path);
    std::string line;
    while (std::getline(file, line)) {
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        std::vector<std::string> cells(1);
        bool quoted = false;
        for (std::size_t i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (quoted) {
                if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                    cells.back() += '"';
                    ++i;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cells.back() += c;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.emplace_back();
            } else {
                cells.back() += c;
            }
        }
        rows.push_back(cells);
    }
    return rows;
}

// The rows of an SQL query on a GeoPackage, through OGR (no QGIS needed), every cell as text.
std::vector<std::vector<std::string>> sqlRows(const std::string& path, const std::string& sql) {
    couverture::ensureGdalRegistered();
    GDALDatasetH dataset = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    REQUIRE(dataset != nullptr);
    OGRLayerH result = GDALDatasetExecuteSQL(dataset, sql.c_str(), nullptr, nullptr);
    REQUIRE(result != nullptr);
    std::vector<std::vector<std::string>> rows;
    for (OGRFeatureH feature; (feature = OGR_L_GetNextFeature(result)) != nullptr; OGR_F_Destroy(feature)) {
        rows.emplace_back();
        for (int i = 0; i < OGR_F_GetFieldCount(feature); ++i) {
            rows.back().emplace_back(OGR_F_GetFieldAsString(feature, i));
        }
    }
    GDALDatasetReleaseResultSet(dataset, result);
    GDALClose(dataset);
    return rows;
}

struct StyleRange {
    double lower, upper;
    std::string label;
    std::string colour; // "r,g,b,a" as QGIS writes it
};

// The ranges of a graduated renderer's QML with their symbols' fills, in order.
std::vector<StyleRange> styleRanges(const std::string& qml) {
    std::vector<StyleRange> ranges;
    const std::regex range("<range lower=\"([^\"]*)\" upper=\"([^\"]*)\" label=\"([^\"]*)\"");
    for (std::sregex_iterator at(qml.begin(), qml.end(), range), end; at != end; ++at) {
        ranges.push_back({std::stod((*at)[1]), std::stod((*at)[2]), (*at)[3], ""});
    }
    const std::regex fill("<Option type=\"QString\" name=\"color\" value=\"([^\"]*)\"");
    std::size_t i = 0;
    for (std::sregex_iterator at(qml.begin(), qml.end(), fill), end; at != end && i < ranges.size(); ++at) {
        ranges[i++].colour = (*at)[1];
    }
    return ranges;
}

fs::path freshFolder(const std::string& name) {
    const fs::path folder = fs::temp_directory_path() / ("couverture_cli_" + name);
    fs::remove_all(folder);
    return folder;
}

} // namespace

TEST_CASE("the help lists the commands and exit codes", "[cli]") {
    const Outcome outcome = runCli({"--help"});
    CHECK(outcome.code == 0);
    for (const char* word : {"inspect", "match", "coverage", "map", "atlas", "Exit codes"}) {
        CHECK(outcome.out.find(word) != std::string::npos);
    }
    CHECK(runCli({}).code == couverture::cli::kUsage);
    CHECK(runCli({"frobnicate"}).code == couverture::cli::kUsage);
}

TEST_CASE("messages follow the locale: French or English", "[cli]") {
    using couverture::cli::environmentLanguage;
    const auto withLocale = [](const char* lcAll, const char* lang) {
        const std::string keptAll = std::getenv("LC_ALL") ? std::getenv("LC_ALL") : "";
        const std::string keptLang = std::getenv("LANG") ? std::getenv("LANG") : "";
        setenv("LC_ALL", lcAll, 1);
        setenv("LANG", lang, 1);
        const std::string language = environmentLanguage();
        setenv("LC_ALL", keptAll.c_str(), 1);
        setenv("LANG", keptLang.c_str(), 1);
        return language;
    };
    CHECK(withLocale("", "fr_FR.UTF-8") == "fr");
    CHECK(withLocale("", "fr_ML.UTF-8") == "fr");
    CHECK(withLocale("en_GB.UTF-8", "fr_FR.UTF-8") == "en"); // LC_ALL first, as gettext
    CHECK(withLocale("", "C.UTF-8") == "en");

    const Outcome french = runCli({"frobnicate"}, "fr");
    CHECK(french.code == couverture::cli::kUsage);
    CHECK(french.err.find("commande inconnue « frobnicate »") != std::string::npos);
    CHECK(french.err.find("Essayez « couverture --help ».") != std::string::npos);
    const Outcome help = runCli({"--help"}, "fr");
    CHECK(help.out.find("Codes de sortie") != std::string::npos);
    CHECK(help.out.find("--activities FICHIER") != std::string::npos);
    const Outcome english = runCli({"frobnicate"});
    CHECK(english.err.find("unknown command 'frobnicate'") != std::string::npos);
    CHECK(couverture::cli::fill("%2 then %1, %3", {"a", "b%1", "c"}) == "b%1 then a, c");
}

TEST_CASE("input errors name the file and exit with code 2", "[cli]") {
    const Outcome missing =
        runCli({"match", "--boundaries", kBoundaries, "--activities", "/nonexistent/3w.csv"});
    CHECK(missing.code == couverture::cli::kInputError);
    CHECK(missing.err.find("/nonexistent/3w.csv") != std::string::npos);
    const Outcome noPlace =
        runCli({"inspect", std::string(COUVERTURE_FIXTURES) + "/activities/no_place.csv"});
    CHECK(noPlace.code == couverture::cli::kInputError);
    CHECK(noPlace.err.find("no_place.csv") != std::string::npos);
    const Outcome badOption = runCli({"coverage", "--activities", k3w, "--people-rule", "median"});
    CHECK(badOption.code == couverture::cli::kUsage);
    const Outcome unknown = runCli({"coverage", "--activities", k3w, "--secteur", "Protection"});
    CHECK(unknown.code == couverture::cli::kUsage);
    CHECK(unknown.err.find("--secteur") != std::string::npos);
}

TEST_CASE("match on the OCHA 3W writes one report line per input row, in input order", "[cli][shared-data]") {
    if (!haveShared()) {
        WARN("shared data not found, skipped");
        return;
    }
    const fs::path out = freshFolder("match");
    const Outcome outcome =
        runCli({"match", "--boundaries", kBoundaries, "--activities", k3w, "--out", out.string(), "--quiet"});
    INFO(outcome.err);
    REQUIRE(outcome.code == 0);
    const auto report = readCsv((out / "match_report.csv").string());
    REQUIRE(report.size() == 24088 + 1); // the header, then one line per input row
    CHECK(report[0][0] == "row");
    CHECK(report[0][1] == "method");
    for (std::size_t i = 1; i < report.size(); ++i) {
        REQUIRE(report[i][0] == std::to_string(i));
    }
    CHECK(fs::exists(out / "match_report.xlsx"));
    const auto summary = readCsv((out / "match_summary.csv").string());
    long long total = 0;
    for (std::size_t i = 1; i < summary.size(); ++i) {
        if (summary[i][0] == "total") {
            CHECK(summary[i][1] == "24088");
            break;
        }
        total += std::stoll(summary[i][1]);
    }
    CHECK(total == 24088);
    // Inputs are never modified; no temporary file is left behind.
    for (const auto& entry : fs::directory_iterator(out)) {
        CHECK(entry.path().filename().string().find(".partial") == std::string::npos);
    }
}

TEST_CASE("coverage writes CSV with an HXL row, XLSX and a GeoPackage per level", "[cli][shared-data]") {
    if (!haveShared()) {
        WARN("shared data not found, skipped");
        return;
    }
    const fs::path out = freshFolder("coverage");
    const Outcome outcome = runCli({"coverage", "--boundaries", kBoundaries, "--activities", k3w, "--out",
                                    out.string(), "--sector", "Protection", "--quiet"});
    INFO(outcome.err);
    REQUIRE(outcome.code == 0);
    const auto cercles = readCsv((out / "coverage_cercle.csv").string());
    REQUIRE(cercles.size() == 50 + 2);
    CHECK(cercles[0][0] == "pcode");
    CHECK(cercles[1][0] == "#adm2+code");
    const auto communes = readCsv((out / "coverage_commune.csv").string());
    CHECK(communes.size() == 701 + 2);
    CHECK(fs::exists(out / "coverage.xlsx"));
    CHECK(fs::exists(out / "coverage.gpkg"));
    CHECK(outcome.out.find("sector=Protection") != std::string::npos);
}

TEST_CASE(
    "coverage's GeoPackage: each layer styled for QGIS with the map's classes, with sources, date, licence",
    "[cli][shared-data]") {
    if (!haveShared()) {
        WARN("shared data not found, skipped");
        return;
    }
    const fs::path out = freshFolder("coverage_gpkg");
    const Outcome outcome =
        runCli({"coverage", "--boundaries", kBoundaries, "--activities", k3w, "--out", out.string(),
                "--created", "2024-01-15", "--licence", "CC BY-IGO", "--quiet"});
    INFO(outcome.err);
    REQUIRE(outcome.code == 0);
    const std::string gpkg = (out / "coverage.gpkg").string();

    // One default style per layer, found as QGIS looks for it.
    const auto styles =
        sqlRows(gpkg, "SELECT f_table_name, styleQML FROM layer_styles WHERE f_table_schema = '' "
                      "AND f_geometry_column = 'geom' AND useAsDefault ORDER BY id");
    REQUIRE(styles.size() == 3);
    CHECK(styles[0][0] == "coverage_region");
    CHECK(styles[2][0] == "coverage_commune");
    const std::string& qml = styles[2][1];
    CHECK(qml.find("type=\"graduatedSymbol\"") != std::string::npos);
    CHECK(qml.find("attr=\"organisations\"") != std::string::npos);
    // Zero first, then the five quantile classes of organisations per commune in YlGnBu, from the
    // smallest count above zero to the largest.
    const auto ranges = styleRanges(qml);
    REQUIRE(ranges.size() == 6);
    CHECK(ranges[0].label == "0 (néant)");
    CHECK(ranges[0].upper == 0);
    const auto colours = couverture::render::paletteColours("YlGnBu", 5);
    for (std::size_t i = 0; i < 5; ++i) {
        const QColor& colour = colours[i];
        CHECK(ranges[i + 1].colour == std::to_string(colour.red()) + "," + std::to_string(colour.green()) +
                                          "," + std::to_string(colour.blue()) + ",255");
    }
    const auto extremes = sqlRows(
        gpkg, "SELECT MIN(organisations), MAX(organisations) FROM coverage_commune WHERE organisations > 0");
    CHECK(ranges[1].lower == std::stod(extremes[0][0]));
    CHECK(ranges[5].upper == std::stod(extremes[0][1]));
    // The map of organisations per commune prints the same classes in its legend.
    const Outcome map = runCli({"map", "--boundaries", kBoundaries, "--activities", k3w, "--out",
                                (out / "map").string(), "--format", "png", "--dpi", "20", "--quiet"});
    REQUIRE(map.code == 0);
    for (const StyleRange& range : ranges) {
        CHECK(map.out.find(range.label + ": ") != std::string::npos);
    }

    // GDAL's metadata for the whole GeoPackage (gpkg_metadata, gpkg_metadata_reference).
    const auto metadata =
        sqlRows(gpkg, "SELECT m.metadata FROM gpkg_metadata m JOIN gpkg_metadata_reference r "
                      "ON r.md_file_id = m.id WHERE r.reference_scope = 'geopackage'");
    REQUIRE(metadata.size() == 1);
    for (const char* item : {"<MDI key=\"DATE\">2024-01-15</MDI>", "<MDI key=\"LICENCE\">CC BY-IGO</MDI>",
                             "mli_3w_2023_12_ML_5W.csv", "mli_cod_ab_ocha_itos_2017"}) {
        CHECK(metadata[0][0].find(item) != std::string::npos);
    }
    const auto described =
        sqlRows(gpkg, "SELECT identifier, description FROM gpkg_contents WHERE table_name = "
                      "'coverage_cercle'");
    REQUIRE(described.size() == 1);
    CHECK(described[0][0] == "Coverage by cercle");
    CHECK(described[0][1].find("Licence: CC BY-IGO") != std::string::npos);
}

TEST_CASE("atlas: --atlas-classes takes national or page", "[cli]") {
    const Outcome outcome = runCli({"atlas", "--activities", k3w, "--atlas-classes", "regional"});
    CHECK(outcome.code == couverture::cli::kUsage);
    CHECK(outcome.err.find("--atlas-classes") != std::string::npos);
}

TEST_CASE("data-driven: the dirty fixture table matches as expected_match.csv says", "[cli][shared-data]") {
    if (!haveShared()) {
        WARN("shared data not found, skipped");
        return;
    }
    const std::string fixtures = std::string(COUVERTURE_FIXTURES) + "/match/";
    const fs::path out = freshFolder("dirty");
    const Outcome outcome = runCli({"match", "--boundaries", kBoundaries, "--activities",
                                    fixtures + "dirty_3w.csv", "--out", out.string(), "--quiet"});
    INFO(outcome.err);
    REQUIRE(outcome.code == 0);
    // The broken date is reported with its file, column and row.
    CHECK(outcome.err.find("dirty_3w.csv") != std::string::npos);
    CHECK(outcome.err.find("31/02/2023") != std::string::npos);
    const auto report = readCsv((out / "match_report.csv").string());
    const auto expected = readCsv(fixtures + "expected_match.csv");
    REQUIRE(report.size() == expected.size());
    for (std::size_t i = 1; i < expected.size(); ++i) {
        const auto& want = expected[i];
        const auto& got = report[i];
        INFO("row " << want[0] << ": " << got[1] << " " << got[2] << " " << got[3] << " (" << got[6] << ")");
        CHECK(got[0] == want[0]);
        CHECK(got[1] == want[1]);
        CHECK(got[2] == want[2]);
        CHECK(got[3] == want[3]);
    }
}

TEST_CASE("inspect describes boundaries and tables", "[cli][shared-data]") {
    if (!haveShared()) {
        WARN("shared data not found, skipped");
        return;
    }
    const Outcome boundaries = runCli({"inspect", kBoundaries});
    REQUIRE(boundaries.code == 0);
    CHECK(boundaries.out.find("9 régions, 50 cercles, 701 communes") != std::string::npos);
    CHECK(boundaries.out.find("cod-ab-2017") != std::string::npos);
    const Outcome table = runCli({"inspect", k3w});
    REQUIRE(table.code == 0);
    CHECK(table.out.find("Data rows: 24088") != std::string::npos);
    CHECK(table.out.find("adm3_name <- 'Commune' (column name)") != std::string::npos);
    CHECK(table.out.find("adm3_code <- 'admin3Pcod' #adm3+code (HXL tag)") != std::string::npos);
}

TEST_CASE("an unreadable encoding is an input error that says so", "[cli]") {
    const fs::path folder = freshFolder("encoding");
    fs::create_directories(folder);
    const std::string utf16 = (folder / "unicode_text.csv").string();
    {
        std::ofstream file(utf16, std::ios::binary);
        const char bytes[] = "\xFF\xFEO\0r\0g\0,\0R\0\xE9\0g\0i\0o\0n\0\n\0";
        file.write(bytes, sizeof bytes - 1);
    }
    const Outcome outcome = runCli({"inspect", utf16});
    CHECK(outcome.code == couverture::cli::kInputError);
    CHECK(outcome.err.find("unicode_text.csv") != std::string::npos);
    CHECK(outcome.err.find("UTF-16") != std::string::npos);
    const std::string csv = std::string(COUVERTURE_FIXTURES) + "/activities/fr_semicolon.csv";
    const Outcome unknown = runCli({"inspect", csv, "--encoding", "KLINGON-8"});
    CHECK(unknown.code == couverture::cli::kInputError);
    CHECK(unknown.err.find("KLINGON-8") != std::string::npos);
    CHECK(runCli({"inspect", csv, "--encoding", "ISO-8859-15"}).code == 0);
}

TEST_CASE("an alias table records earlier decisions and is applied first", "[cli][shared-data]") {
    if (!haveShared()) {
        WARN("shared data not found, skipped");
        return;
    }
    const std::string fixtures = std::string(COUVERTURE_FIXTURES) + "/match/";
    const fs::path out = freshFolder("aliases");
    const Outcome outcome =
        runCli({"match", "--boundaries", kBoundaries, "--activities", fixtures + "dirty_3w.csv", "--aliases",
                fixtures + "aliases.csv", "--out", out.string(), "--quiet"});
    INFO(outcome.err);
    REQUIRE(outcome.code == 0);
    const auto report = readCsv((out / "match_report.csv").string());
    // Row 10 names Alata, a commune without polygon: the user decided it counts in Tidermene.
    REQUIRE(report.size() > 10);
    CHECK(report[10][0] == "10");
    CHECK(report[10][1] == "alias");
    CHECK(report[10][3] == "ML070404");
    // An alias to a P-code the boundaries lack is refused, naming the file and row.
    const fs::path bad = out / "bad_aliases.csv";
    std::ofstream(bad) << "level,input,parent,pcode\ncommune,Atlantide,,ML999999\n";
    const Outcome refused =
        runCli({"match", "--boundaries", kBoundaries, "--activities", fixtures + "dirty_3w.csv", "--aliases",
                bad.string(), "--out", out.string(), "--quiet"});
    CHECK(refused.code == couverture::cli::kInputError);
    CHECK(refused.err.find("bad_aliases.csv") != std::string::npos);
    CHECK(refused.err.find("row 1") != std::string::npos);
}

TEST_CASE("a filter that keeps no row and a repeated --activities are refused with a message",
          "[cli][shared-data]") {
    if (!haveShared()) {
        WARN("shared data not found, skipped");
        return;
    }
    const std::string table = std::string(COUVERTURE_FIXTURES) + "/match/dirty_3w.csv";
    const fs::path out = freshFolder("filter_nothing");
    const Outcome misspelt = runCli({"coverage", "--boundaries", kBoundaries, "--activities", table,
                                     "--sector", "Securite alimentair", "--out", out.string(), "--quiet"});
    CHECK(misspelt.code == couverture::cli::kInputError);
    CHECK(misspelt.err.find("dirty_3w.csv") != std::string::npos);
    CHECK(misspelt.err.find("--sector 'Securite alimentair' matches no row") != std::string::npos);
    CHECK(misspelt.err.find("closest first: 'Sécurité Alimentaire'") != std::string::npos);
    CHECK_FALSE(fs::exists(out / "coverage_commune.csv"));

    const Outcome period = runCli({"map", "--boundaries", kBoundaries, "--activities", table, "--from",
                                   "1990-01-01", "--to", "1990-12-31", "--out", out.string(), "--quiet"});
    CHECK(period.code == couverture::cli::kInputError);
    CHECK(period.err.find("the period matches no row; the table's dates run from") != std::string::npos);

    const Outcome twice = runCli({"coverage", "--boundaries", kBoundaries, "--activities", table,
                                  "--activities", k3w, "--out", out.string(), "--quiet"});
    CHECK(twice.code == couverture::cli::kUsage);
    CHECK(twice.err.find("--activities was given 2 times") != std::string::npos);
}

TEST_CASE("CSV forms: --csv excel writes what French Excel opens and plain is the default",
          "[cli][shared-data]") {
    if (!haveShared()) {
        WARN("shared data not found, skipped");
        return;
    }
    const std::string table = std::string(COUVERTURE_FIXTURES) + "/match/dirty_3w.csv";
    const fs::path plain = freshFolder("csv_plain");
    const fs::path excel = freshFolder("csv_excel");
    REQUIRE(runCli({"coverage", "--boundaries", kBoundaries, "--activities", table, "--out", plain.string(),
                    "--quiet"})
                .code == 0);
    REQUIRE(runCli({"coverage", "--boundaries", kBoundaries, "--activities", table, "--out", excel.string(),
                    "--csv", "excel", "--quiet"})
                .code == 0);
    auto firstBytes = [](const fs::path& path) {
        std::ifstream file(path, std::ios::binary);
        std::string line;
        std::getline(file, line);
        return line;
    };
    CHECK(firstBytes(plain / "coverage_region.csv").rfind("pcode,name,level,", 0) == 0);
    CHECK(firstBytes(excel / "coverage_region.csv").rfind("\xEF\xBB\xBFpcode;name;level;", 0) == 0);
    CHECK(runCli({"coverage", "--activities", table, "--csv", "xls"}).code == couverture::cli::kUsage);
}
