// The GBV tables of data/: every cited line exists in its seed document, the stated/inferred columns hold
// known values and agree with the fields they qualify, the counts the notes give are the table's, the
// place_basis role and --stated-places-only filter work on the real table, and each service point lies in
// the commune polygon it claims.
#include "core/activity_table.h"
#include "core/column_roles.h"
#include "core/coverage.h"
#include "core/gdal_support.h"
#include "core/test_support.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <gdal.h>
#include <map>
#include <ogr_api.h>
#include <set>

using namespace couverture;
using namespace couverture::test;

namespace {

using CsvRow = std::map<std::string, std::string>;

std::string dataFile(const std::string& name) {
    return std::string(COUVERTURE_SOURCE_DIR) + "/data/" + name;
}

std::string seedsFolder() {
    return std::string(COUVERTURE_SHARED_DATA) + "/../seeds";
}

// The data rows of one of data/'s CSV files by column name, the HXL row (row 2) skipped; read through OGR.
std::vector<CsvRow> readDataCsv(const std::string& path) {
    ensureGdalRegistered();
    const char* const openOptions[] = {"HEADERS=YES", "AUTODETECT_TYPE=NO", "KEEP_SOURCE_COLUMNS=NO",
                                       nullptr};
    GDALDatasetH dataset = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, nullptr, openOptions, nullptr);
    REQUIRE(dataset != nullptr);
    OGRLayerH layer = GDALDatasetGetLayer(dataset, 0);
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    std::vector<CsvRow> rows;
    bool hxlRow = true;
    OGRFeatureH feature = nullptr;
    while ((feature = OGR_L_GetNextFeature(layer)) != nullptr) {
        if (!hxlRow) {
            CsvRow row;
            for (int i = 0; i < OGR_FD_GetFieldCount(definition); ++i) {
                row[OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i))] =
                    OGR_F_GetFieldAsString(feature, i);
            }
            rows.push_back(std::move(row));
        }
        hxlRow = false;
        OGR_F_Destroy(feature);
    }
    GDALClose(dataset);
    return rows;
}

struct LineRange {
    int first = 0, last = 0;
};

// "316-321;767;1260-1289" -> ranges; an empty text gives none.
std::vector<LineRange> lineRanges(const std::string& text) {
    std::vector<LineRange> ranges;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(';', start);
        if (end == std::string::npos) {
            end = text.size();
        }
        const std::string item = text.substr(start, end - start);
        const auto dash = item.find('-');
        LineRange range;
        range.first = std::stoi(item.substr(0, dash));
        range.last = dash == std::string::npos ? range.first : std::stoi(item.substr(dash + 1));
        ranges.push_back(range);
        start = end + 1;
    }
    return ranges;
}

std::set<int> lineSet(const std::string& text) {
    std::set<int> lines;
    for (const LineRange& range : lineRanges(text)) {
        for (int line = range.first; line <= range.last; ++line) {
            lines.insert(line);
        }
    }
    return lines;
}

// Number of lines of a seed document, found by its full name or its 3-digit prefix ("002").
int seedLineCount(const std::string& nameOrPrefix) {
    for (const auto& entry : std::filesystem::directory_iterator(seedsFolder())) {
        const std::string name = entry.path().filename().string();
        if (name == nameOrPrefix || (name.starts_with(nameOrPrefix + "_") && name.ends_with(".txt"))) {
            std::ifstream in(entry.path());
            std::string line;
            int count = 0;
            while (std::getline(in, line)) {
                ++count;
            }
            return count;
        }
    }
    return 0;
}

bool haveSeeds() {
    return std::filesystem::exists(seedsFolder());
}

// The four fields that can be stated or inferred: basis column, evidence column, the columns they qualify.
struct QualifiedField {
    const char* key;
    const char* basis;
    const char* lines;
    std::vector<const char*> values;
};
const std::vector<QualifiedField>& qualifiedFields() {
    static const std::vector<QualifiedField> fields = {
        {"organisation", "Organisation : énoncée ou déduite", "Organisation : lignes", {"Organisation"}},
        {"partner", "Partenaire : énoncé ou déduit", "Partenaire : lignes", {"Partenaire de mise en œuvre"}},
        {"place", "Lieu : énoncé ou déduit", "Lieu : lignes", {"Région", "Cercle", "Commune"}},
        {"dates", "Dates : énoncées ou déduites", "Dates : lignes", {"Date début", "Date fin"}},
    };
    return fields;
}

} // namespace

TEST_CASE("GBV programmes: stated/inferred columns hold known values and agree with their fields",
          "[gbv_data]") {
    const auto rows = readDataCsv(dataFile("gbv_programmes.csv"));
    REQUIRE(rows.size() == 103);
    const std::set<std::string> known = {"énoncé", "déduit", "non écrit", ""};
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const CsvRow& row = rows[i];
        for (const QualifiedField& field : qualifiedFields()) {
            INFO("data row " << i + 1 << ", " << field.key);
            REQUIRE(row.count(field.basis) == 1);
            const std::string& basis = row.at(field.basis);
            CHECK(known.count(basis) == 1);
            bool hasValue = false;
            for (const char* column : field.values) {
                hasValue = hasValue || !row.at(column).empty();
            }
            CHECK(hasValue == !basis.empty());                   // a basis exactly when there is a value
            CHECK(basis.empty() == row.at(field.lines).empty()); // and evidence lines with every basis
        }
    }
}

TEST_CASE("GBV programmes: the counts of stated and inferred values the notes give", "[gbv_data]") {
    // The table in data/gbv_programmes.md ("Stated and inferred"): keep both in step.
    const std::map<std::string, std::map<std::string, int>> expected = {
        {"organisation", {{"énoncé", 60}, {"déduit", 22}, {"non écrit", 21}}},
        {"partner", {{"énoncé", 41}, {"", 62}}},
        {"place", {{"énoncé", 71}, {"déduit", 30}, {"", 2}}},
        {"dates", {{"énoncé", 78}, {"déduit", 16}, {"", 9}}},
    };
    const auto rows = readDataCsv(dataFile("gbv_programmes.csv"));
    for (const QualifiedField& field : qualifiedFields()) {
        std::map<std::string, int> counts;
        for (const CsvRow& row : rows) {
            ++counts[row.at(field.basis)];
        }
        INFO(field.key);
        CHECK(counts == expected.at(field.key));
    }
}

TEST_CASE("GBV programmes: every cited line exists in the seed document, evidence lines are cited",
          "[gbv_data]") {
    if (!haveSeeds()) {
        WARN("seed documents not found, skipped: " << seedsFolder());
        return;
    }
    const auto rows = readDataCsv(dataFile("gbv_programmes.csv"));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const CsvRow& row = rows[i];
        INFO("data row " << i + 1 << ": " << row.at("Document source") << " lines "
                         << row.at("Lignes source"));
        const int lineCount = seedLineCount(row.at("Document source"));
        REQUIRE(lineCount > 0);
        const auto cited = lineRanges(row.at("Lignes source"));
        CHECK_FALSE(cited.empty());
        for (const LineRange& range : cited) {
            CHECK(range.first >= 1);
            CHECK(range.first <= range.last);
            CHECK(range.last <= lineCount);
        }
        const std::set<int> citedLines = lineSet(row.at("Lignes source"));
        for (const QualifiedField& field : qualifiedFields()) {
            for (const int line : lineSet(row.at(field.lines))) {
                INFO(field.key << " evidence line " << line);
                CHECK(citedLines.count(line) == 1);
            }
        }
    }
}

TEST_CASE("GBV programmes: place_basis is read as a role and --stated-places-only leaves out inferred places",
          "[gbv_data]") {
    const ActivityTable table = readActivityTable(dataFile("gbv_programmes.csv"));
    REQUIRE(table.mapping.count(Role::PlaceBasis) == 1);
    CHECK(table.mapping.at(Role::PlaceBasis).how == "hxl");
    ActivityFilter stated;
    stated.statedPlacesOnly = true;
    CHECK_FALSE(stated.empty());
    CHECK(stated.dataText() == "places=stated");
    std::size_t kept = 0;
    for (const ActivityRow& row : table.rows) {
        kept += stated.keeps(row) ? 1 : 0;
    }
    CHECK(table.rows.size() == 103);
    CHECK(kept == 73); // 71 stated places and the 2 rows with no place
    CHECK(ActivityFilter{}.keeps(table.rows.front()));
}

TEST_CASE("place_basis: HXL tag, header names and the values the filter leaves out", "[gbv_data]") {
    CHECK(roleFromHxl(*parseHxl("#meta+basis+loc"), "").role == Role::PlaceBasis);
    CHECK(roleFromHxl(*parseHxl("#meta +loc +basis"), "").role == Role::PlaceBasis);
    CHECK_FALSE(roleFromHxl(*parseHxl("#meta+evidence+loc"), "").role.has_value());
    CHECK_FALSE(roleFromHxl(*parseHxl("#meta+basis+org"), "").role.has_value());
    CHECK(roleFromHeader("place basis").role == Role::PlaceBasis);
    ActivityFilter filter;
    filter.statedPlacesOnly = true;
    const std::vector<std::pair<std::string, bool>> cases = {
        {"énoncé", true},  {"stated", true},  {"", true},         {"non écrit", true},
        {"déduit", false}, {"Deduit", false}, {"inferred", false}};
    for (const auto& [basis, keeps] : cases) {
        ActivityRow row;
        row.cell(Role::PlaceBasis) = basis;
        INFO(basis);
        CHECK(filter.keeps(row) == keeps);
        CHECK(ActivityFilter{}.keeps(row));
    }
}

TEST_CASE("GBV service points: known values, cited lines, each point in the commune it claims",
          "[gbv_data]") {
    const auto rows = readDataCsv(dataFile("gbv_services.csv"));
    REQUIRE(rows.size() == 21);
    const std::set<std::string> types = {"one_stop_centre", "police_gbv_unit", "safe_space", "shelter"};
    const std::set<std::string> statuses = {"existing", "planned"};
    const std::set<std::string> located = {"gazetteer_town", "gazetteer_town_commune_not_stated",
                                           "commune_interior_point"};
    for (const CsvRow& row : rows) {
        INFO(row.at("name"));
        CHECK(types.count(row.at("type")) == 1);
        CHECK(statuses.count(row.at("status")) == 1);
        CHECK(located.count(row.at("located_how")) == 1);
        CHECK(row.at("year").size() == 4);
        CHECK(row.at("gazetteer_pcode").empty() == (row.at("located_how") == "commune_interior_point"));
        const double lat = std::stod(row.at("lat"));
        const double lon = std::stod(row.at("lon"));
        CHECK((lat > 10 && lat < 25 && lon > -12.5 && lon < 4.5)); // Mali's box, WGS 84
    }
    if (!haveSeeds() || !haveSharedData()) {
        WARN("shared data not found, the cited lines and polygons are not checked");
        return;
    }
    const AdminTree& tree = realBoundaryLoad().tree;
    GEOSContextHandle_t context = geos::context();
    for (const CsvRow& row : rows) {
        INFO(row.at("name") << " " << row.at("adm3_pcode") << " " << row.at("source_lines"));
        // "000:316-321;002:2230-2231": every range exists in its seed document.
        std::size_t start = 0;
        const std::string& sources = row.at("source_lines");
        while (start < sources.size()) {
            std::size_t end = sources.find(';', start);
            end = end == std::string::npos ? sources.size() : end;
            const std::string item = sources.substr(start, end - start);
            const auto colon = item.find(':');
            REQUIRE(colon != std::string::npos);
            const int lineCount = seedLineCount(item.substr(0, colon));
            for (const LineRange& range : lineRanges(item.substr(colon + 1))) {
                CHECK(range.first >= 1);
                CHECK(range.last <= lineCount);
            }
            start = end + 1;
        }
        const UnitId commune = tree.findByPcode(row.at("adm3_pcode"));
        REQUIRE(commune != kNoUnit);
        CHECK(tree.unit(commune).level == AdminLevel::Commune);
        geos::Geometry point(
            GEOSGeom_createPointFromXY_r(context, std::stod(row.at("lon")), std::stod(row.at("lat"))));
        CHECK(GEOSContains_r(context, tree.unit(commune).geometry.get(), point.get()) == 1);
    }
}
