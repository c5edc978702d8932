#include "core/boundary_reader.h"
#include "core/test_support.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cpl_conv.h>
#include <cstdlib>
#include <filesystem>
#include <gdal.h>
#include <gdal_utils.h>
#include <optional>

using namespace couverture;
using namespace couverture::test;

TEST_CASE("the real COD-AB boundaries load as 9 régions, 50 cercles, 701 communes with no violation",
          "[boundary_reader][shared-data]") {
    if (!haveSharedData()) {
        WARN("shared data not found, skipped");
        return;
    }
    const BoundaryLoad& load = realBoundaryLoad();
    const AdminTree& tree = load.tree;
    CHECK(tree.level(AdminLevel::Region).size() == 9);
    CHECK(tree.level(AdminLevel::Cercle).size() == 50);
    CHECK(tree.level(AdminLevel::Commune).size() == 701);
    CHECK(load.nestingByCodeViolations == 0);
    CHECK(load.nestingByLocationViolations == 0);
    CHECK(load.duplicateCodes == 0);
    CHECK(load.orphans == 0);
    CHECK(load.invalidGeometriesRepaired == 0);
    CHECK(tree.countryGeometry() != nullptr);

    const UnitId bafoulabe = tree.findByPcode("ML0102");
    REQUIRE(bafoulabe != kNoUnit);
    CHECK(tree.unit(bafoulabe).name == "Bafoulabe");
    CHECK(tree.unit(tree.unit(bafoulabe).parent).pcode == "ML01");
    const UnitId communeSix = tree.findByPcode("ML090106");
    REQUIRE(communeSix != kNoUnit);
    CHECK(tree.ancestorAt(communeSix, AdminLevel::Region) == tree.findByPcode("ML09"));
    for (UnitId id : tree.level(AdminLevel::Commune)) {
        REQUIRE(tree.unit(id).geometry);
        REQUIRE(tree.unit(id).parent != kNoUnit);
    }
    // The schema was recognised as the 2017 COD-AB one, and the Bamako quartiers (level 4) were left out.
    bool sawLevel4 = false;
    for (const auto& layer : inspectBoundarySource(realBoundaries())) {
        if (!layer.note.empty()) {
            sawLevel4 = true;
        } else {
            CHECK(layer.schema == BoundarySchema::CodAbOld);
        }
    }
    CHECK(sawLevel4);
}

namespace {

std::string writeGeoJson(const std::string& name, const std::string& content) {
    const auto path = std::filesystem::temp_directory_path() / ("couverture_test_" + name);
    FILE* file = std::fopen(path.string().c_str(), "w");
    std::fputs(content.c_str(), file);
    std::fclose(file);
    return path.string();
}

} // namespace

TEST_CASE("one layer holding several levels builds the hierarchy and reports bad geometry",
          "[boundary_reader]") {
    GDALAllRegister();
    // Current COD-AB fields, two communes of one cercle; the second polygon is a self-intersecting bow tie.
    const std::string path = writeGeoJson("adm3_current.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"ADM1_PCODE":"ML01","ADM1_FR":"Kayes","ADM2_PCODE":"ML0101","ADM2_FR":"Kayes",
        "ADM3_PCODE":"ML010101","ADM3_FR":"Bangassi"},
       "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
      {"type":"Feature","properties":{"ADM1_PCODE":"ML01","ADM1_FR":"Kayes","ADM2_PCODE":"ML0101","ADM2_FR":"Kayes",
        "ADM3_PCODE":"ML010102","ADM3_FR":"Colimbine"},
       "geometry":{"type":"Polygon","coordinates":[[[1,0],[2,1],[2,0],[1,1],[1,0]]]}}]})");
    const BoundaryLoad load = loadBoundaries(path);
    REQUIRE(load.layers.size() == 1);
    CHECK(load.layers.front().schema == BoundarySchema::CodAbCurrent);
    CHECK(load.tree.level(AdminLevel::Region).size() == 1);
    CHECK(load.tree.level(AdminLevel::Cercle).size() == 1);
    CHECK(load.tree.level(AdminLevel::Commune).size() == 2);
    CHECK(load.invalidGeometriesRepaired == 1);
    const UnitId cercle = load.tree.findByPcode("ML0101");
    REQUIRE(cercle != kNoUnit);
    CHECK(load.tree.unit(cercle).children.size() == 2);
    CHECK(load.tree.unit(cercle).geometry); // derived from its communes
    CHECK(GEOSisValid_r(geos::context(), load.tree.unit(load.tree.findByPcode("ML010102")).geometry.get()) ==
          1);
}

TEST_CASE("duplicate codes, orphans and code nesting are reported", "[boundary_reader]") {
    GDALAllRegister();
    const std::string path = writeGeoJson("adm2_bad.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"admin1Pcod":"ML01","admin1Name":"Kayes","admin2Pcod":"ML0101","admin2Name":"A"},
       "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
      {"type":"Feature","properties":{"admin1Pcod":"ML01","admin1Name":"Kayes","admin2Pcod":"ML0101","admin2Name":"B"},
       "geometry":{"type":"Polygon","coordinates":[[[1,0],[2,0],[2,1],[1,1],[1,0]]]}},
      {"type":"Feature","properties":{"admin1Pcod":"ML01","admin1Name":"Kayes","admin2Pcod":"ML0299","admin2Name":"C"},
       "geometry":{"type":"Polygon","coordinates":[[[2,0],[3,0],[3,1],[2,1],[2,0]]]}}]})");
    const BoundaryLoad load = loadBoundaries(path);
    CHECK(load.duplicateCodes == 1);
    CHECK(load.nestingByCodeViolations == 1); // ML0299 under ML01
    bool named = false;
    for (const auto& problem : load.problems) {
        named = named ||
                (problem.message.find("duplicate P-code ML0101") != std::string::npos && problem.row == 2);
    }
    CHECK(named);
}

TEST_CASE("geoBoundaries and GADM field schemas are recognised", "[boundary_reader]") {
    GDALAllRegister();
    const std::string geoBoundaries =
        writeGeoJson("geoBoundaries-MLI-ADM1.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"shapeName":"Kayes","shapeID":"MLI-ADM1-1","shapeGroup":"MLI","shapeType":"ADM1"},
       "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}]})");
    const auto layers = inspectBoundarySource(geoBoundaries);
    REQUIRE(layers.size() == 1);
    CHECK(layers.front().schema == BoundarySchema::GeoBoundaries);
    CHECK(layers.front().deepest == AdminLevel::Region);

    const std::string gadm = writeGeoJson("gadm41_MLI_2.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"GID_0":"MLI","GID_1":"MLI.1_1","NAME_1":"Bamako","GID_2":"MLI.1.1_1","NAME_2":"Bamako"},
       "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}]})");
    const BoundaryLoad load = loadBoundaries(gadm);
    CHECK(load.layers.front().schema == BoundarySchema::Gadm);
    CHECK(load.tree.level(AdminLevel::Cercle).size() == 1);
    CHECK(load.tree.unit(load.tree.level(AdminLevel::Cercle).front()).parent ==
          load.tree.findByPcode("MLI.1_1"));
}

TEST_CASE("an explicit field mapping reads an unknown schema", "[boundary_reader]") {
    GDALAllRegister();
    const std::string path = writeGeoJson("custom.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"code_reg":"R1","nom_reg":"Kayes"},
       "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}]})");
    CHECK_THROWS_AS(loadBoundaries(path), InputError);
    BoundaryOptions options;
    options.explicitFields[AdminLevel::Region] = LevelFields{"code_reg", "nom_reg", "", {}};
    const BoundaryLoad load = loadBoundaries(path, options);
    CHECK(load.tree.level(AdminLevel::Region).size() == 1);
    CHECK(load.tree.unit(load.tree.findByPcode("R1")).name == "Kayes");
}

TEST_CASE("a missing boundary source is an input error naming it", "[boundary_reader]") {
    try {
        loadBoundaries("/nonexistent/boundaries.gpkg");
        FAIL("no error");
    } catch (const InputError& error) {
        CHECK(error.problem.file == "/nonexistent/boundaries.gpkg");
        CHECK(error.problem.message.find("not found") != std::string::npos);
    }
}

namespace {

// The shared COD-AB folder packed as HDX ships it: a zip archive with the shapefiles in a sub-folder.
std::string zippedBoundaries() {
    const auto zip = std::filesystem::temp_directory_path() / "couverture_test_cod_ab.zip";
    std::filesystem::remove(zip);
    void* archive = CPLCreateZip(zip.string().c_str(), nullptr);
    REQUIRE(archive != nullptr);
    for (const auto& entry : std::filesystem::directory_iterator(realBoundaries())) {
        const std::string name = entry.path().filename().string();
        if (name.find("adm4") != std::string::npos || name.find(".shp.xml") != std::string::npos) {
            continue;
        }
        std::string bytes(std::filesystem::file_size(entry.path()), '\0');
        FILE* file = std::fopen(entry.path().string().c_str(), "rb");
        REQUIRE(file != nullptr);
        REQUIRE(std::fread(bytes.data(), 1, bytes.size(), file) == bytes.size());
        std::fclose(file);
        REQUIRE(CPLCreateFileInZip(archive, ("mli_adm_ocha/" + name).c_str(), nullptr) == CE_None);
        REQUIRE(CPLWriteFileInZip(archive, bytes.data(), static_cast<int>(bytes.size())) == CE_None);
        REQUIRE(CPLCloseFileInZip(archive) == CE_None);
    }
    REQUIRE(CPLCloseZip(archive) == CE_None);
    return zip.string();
}

// The same boundaries as a File Geodatabase (GDAL 3.6 writes them with its OpenFileGDB driver).
std::string geodatabaseBoundaries() {
    const auto gdb = std::filesystem::temp_directory_path() / "couverture_test_cod_ab.gdb";
    std::filesystem::remove_all(gdb);
    for (const char* level : {"adm1_gov_ocha_itos", "adm2_gov_ocha_itos", "adm3_gov_ocha"}) {
        const std::string shp = realBoundaries() + "/mli_admbnda_" + level + ".shp";
        GDALDatasetH source = GDALOpenEx(shp.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        REQUIRE(source != nullptr);
        const bool exists = std::filesystem::exists(gdb);
        char* arguments[] = {const_cast<char*>("-f"), const_cast<char*>("OpenFileGDB"),
                             const_cast<char*>(exists ? "-update" : "-overwrite"), nullptr};
        GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(arguments, nullptr);
        int failed = 0;
        GDALDatasetH target =
            GDALVectorTranslate(gdb.string().c_str(), nullptr, 1, &source, options, &failed);
        GDALVectorTranslateOptionsFree(options);
        GDALClose(source);
        REQUIRE(target != nullptr);
        GDALClose(target);
    }
    return gdb.string();
}

void requireRealHierarchy(const std::string& source) {
    INFO(source);
    const BoundaryLoad load = loadBoundaries(source);
    CHECK(load.tree.level(AdminLevel::Region).size() == 9);
    CHECK(load.tree.level(AdminLevel::Cercle).size() == 50);
    CHECK(load.tree.level(AdminLevel::Commune).size() == 701);
    CHECK(load.nestingByCodeViolations == 0);
}

} // namespace

TEST_CASE("boundaries as HDX ships them: a zipped shapefile folder and a File Geodatabase",
          "[boundary_reader][shared-data]") {
    if (!haveSharedData()) {
        WARN("shared data not found, skipped");
        return;
    }
    GDALAllRegister();
    const std::string zip = zippedBoundaries();
    requireRealHierarchy(zip);                                  // the .zip itself
    requireRealHierarchy("/vsizip/" + zip);                     // GDAL's own path to it
    requireRealHierarchy("/vsizip/{" + zip + "}/mli_adm_ocha"); // a folder inside it
    requireRealHierarchy(geodatabaseBoundaries());              // a .gdb folder
    const auto missing = std::filesystem::temp_directory_path() / "couverture_test_missing.zip";
    CHECK_THROWS_AS(loadBoundaries(missing.string()), InputError);
}

namespace {

std::optional<Problem> boundaryErrorOf(const std::string& source) {
    try {
        loadBoundaries(source);
    } catch (const InputError& error) {
        return error.problem;
    }
    return std::nullopt;
}

bool hasWarning(const BoundaryLoad& load, const std::string& text) {
    return std::any_of(load.problems.begin(), load.problems.end(), [&](const Problem& problem) {
        return problem.severity == Severity::Warning && problem.message.find(text) != std::string::npos;
    });
}

} // namespace

TEST_CASE("communes without a usable polygon are reported, and boundaries with none are an input error",
          "[boundary_reader][hostile]") {
    const std::string cases = fixture("hostile/cases/");
    const BoundaryLoad some = loadBoundaries(cases + "bnd_some_without_geometry.geojson");
    REQUIRE(some.tree.findByPcode("ML010102") != kNoUnit); // still a unit: rows can be matched to it
    CHECK_FALSE(some.tree.unit(some.tree.findByPcode("ML010102")).geometry);
    CHECK(hasWarning(some, "commune 'Bangassi' (ML010102) has no usable polygon (no geometry)"));
    CHECK(hasWarning(loadBoundaries(cases + "bnd_out_of_range_coordinates.geojson"),
                     "(coordinates outside longitude -180 to 180 and latitude -90 to 90)"));
    CHECK(
        hasWarning(loadBoundaries(cases + "bnd_empty_geometry.geojson"), "(ML010102) has no usable polygon"));
    for (const char* file :
         {"bnd_null_geometries.geojson", "bnd_points.geojson", "bnd_linestrings.geojson"}) {
        INFO(file);
        const auto error = boundaryErrorOf(cases + file);
        REQUIRE(error);
        CHECK(error->file == cases + file);
        CHECK(error->message.rfind("no unit can be drawn", 0) == 0);
    }
}

TEST_CASE("boundaries with no région, cercle or commune are an input error, not an empty tree",
          "[boundary_reader][hostile]") {
    const std::string file = fixture("hostile/cases/bnd_country_fields_only.geojson");
    const auto error = boundaryErrorOf(file);
    REQUIRE(error);
    CHECK(error->file == file);
    CHECK(error->message.rfind("no région, cercle or commune in the boundaries", 0) == 0);
}

TEST_CASE("what GDAL reports while boundaries are opened or read is an input error naming the file",
          "[boundary_reader][hostile]") {
    const std::string cases = fixture("hostile/cases/");
    const auto database = boundaryErrorOf(cases + "bnd_not_a_database.gpkg");
    REQUIRE(database);
    CHECK(database->message.find("GDAL cannot open this as a vector source") == 0);
    for (const char* folder : {"bnd_shp_missing_shx", "bnd_shp_missing_dbf", "bnd_shp_truncated"}) {
        INFO(folder);
        const auto error = boundaryErrorOf(cases + folder);
        REQUIRE(error);
        CHECK(error->file.find(folder) != std::string::npos);
    }
    CHECK(loadBoundaries(cases + "bnd_shp_good").tree.level(AdminLevel::Commune).size() == 1);
}
