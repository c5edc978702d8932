// Reading tables whole: ODS workbooks past GDAL's limits, broken workbooks, KoboToolbox exports.

#include "core/activity_table.h"
#include "core/test_support.h"

#include <catch2/catch.hpp>
#include <cpl_conv.h>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

using namespace couverture;

namespace {

std::string fixture(const std::string& name) {
    return std::string(COUVERTURE_FIXTURES) + "/activities/" + name;
}

std::string temporary(const std::string& name) {
    return (std::filesystem::temp_directory_path() / ("couverture_test_" + name)).string();
}

// An ODS workbook made of `content` (the body of office:spreadsheet), zipped as LibreOffice does.
std::string writeOds(const std::string& name, const std::string& content) {
    const std::string path = temporary(name);
    std::filesystem::remove(path);
    void* zip = CPLCreateZip(path.c_str(), nullptr);
    REQUIRE(zip != nullptr);
    const std::string mimetype = "application/vnd.oasis.opendocument.spreadsheet";
    const std::string xml =
        R"(<?xml version="1.0" encoding="UTF-8"?><office:document-content )"
        R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
        R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" )"
        R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>)" +
        content;
    for (const auto& [file, bytes] : {std::pair<std::string, std::string>{"mimetype", mimetype},
                                      std::pair<std::string, std::string>{"content.xml", xml}}) {
        REQUIRE(CPLCreateFileInZip(zip, file.c_str(), nullptr) == CE_None);
        REQUIRE(CPLWriteFileInZip(zip, bytes.data(), static_cast<int>(bytes.size())) == CE_None);
        REQUIRE(CPLCloseFileInZip(zip) == CE_None);
    }
    REQUIRE(CPLCloseZip(zip) == CE_None);
    return path;
}

std::string cell(const std::string& text) {
    return "<table:table-cell office:value-type=\"string\"><text:p>" + text + "</text:p></table:table-cell>";
}

using test::inputErrorOf;

} // namespace

TEST_CASE("ODS: identical rows stored once with a repeat count are all read (GDAL stops at 10 MB of them)",
          "[activity_table][ods]") {
    // 120,000 identical rows of 8 cells: GDAL 3.6's ODS driver counts 16 bytes a cell and gives up past 10
    // MB.
    std::string row;
    for (const char* text : {"SIF", "Bamako", "ML09", "Commune I", "Santé", "2023-01-15"}) {
        row += cell(text);
    }
    row +=
        R"(<table:table-cell office:value-type="float" office:value="1200"><text:p>1 200</text:p></table:table-cell>)"
        R"(<table:table-cell table:number-columns-repeated="1000"/>)";
    std::string header;
    for (const char* text : {"Organisation", "Région", "admin1Pcod", "Commune", "Cluster", "Date début",
                             "Total Personnes ciblées"}) {
        header += cell(text);
    }
    const std::string path = writeOds(
        "repeated.ods",
        "<table:table table:name=\"ML_5W\"><table:table-row>" + header + "</table:table-row>" +
            "<table:table-row table:number-rows-repeated=\"120000\">" + row + "</table:table-row>" +
            "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell/></table:table-row>" +
            "<table:table-row>" + cell("NRC") + cell("Gao") + cell("ML07") + cell("Ansongo") +
            "</table:table-row><table:table-row table:number-rows-repeated=\"1048000\">"
            "<table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
            "</table:table></office:spreadsheet></office:body></office:document-content>");
    const ActivityTable table = readActivityTable(path);
    REQUIRE(table.rows.size() == 120001);
    CHECK(table.sheet == "ML_5W");
    CHECK(table.emptyRows == 2);
    CHECK(table.rows[0].row == 1);
    CHECK(table.rows[119999].row == 120000);
    CHECK(table.rows[119999].cell(Role::Adm3Name) == "Commune I");
    CHECK(table.rows[119999].targeted == Approx(1200)); // the cell's value, not its formatted text
    CHECK(formatDate(*table.rows[5].start) == "2023-01-15");
    CHECK(table.rows[120000].row == 120003);
    CHECK(table.rows[120000].sourceLine == 120004);
    CHECK(table.rows[120000].cell(Role::OrgAcronym) == "NRC");
    const auto sheets = listSheets(path);
    REQUIRE(sheets.size() == 1);
    CHECK(sheets[0].rows == 120003);
}

TEST_CASE("ODS: text with spaces and line breaks and comments and a broken workbook",
          "[activity_table][ods]") {
    const std::string path = writeOds(
        "text.ods",
        "<table:table table:name=\"Feuille1\"><table:table-row>" + cell("Organisation") + cell("Cercle") +
            "</table:table-row><table:table-row>"
            "<table:table-cell><office:annotation><text:p>note</text:p></office:annotation>"
            "<text:p>Croix<text:s text:c=\"2\"/>Rouge</text:p><text:p>malienne</text:p></table:table-cell>" +
            cell("<text:span>Djen</text:span>né") +
            "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>");
    const ActivityTable table = readActivityTable(path);
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].cell(Role::OrgAcronym) == "Croix  Rouge\nmalienne");
    CHECK(table.rows[0].cell(Role::Adm2Name) == "Djenné");

    const std::string broken =
        writeOds("broken.ods", "<table:table table:name=\"ML_5W\"><table:table-row>" + cell("Organisation") +
                                   cell("Cercle") + "</table:table-row><table:table-row>" + cell("SIF"));
    const auto error = inputErrorOf(broken);
    REQUIRE(error);
    CHECK(error->file == broken);
    CHECK(error->where == "sheet ML_5W");
    CHECK(error->message.rfind("the workbook cannot be read whole", 0) == 0);
}

TEST_CASE("the real 3W of December 2023 saved as ODS by LibreOffice is read whole",
          "[activity_table][ods][shared-data]") {
    const std::string xlsx = std::string(COUVERTURE_SHARED_DATA) +
                             "/3w/mli_ocha_3w_2023_12/mali-3w-presence-operationnelle-december-2023.xlsx";
    if (!std::filesystem::exists(xlsx) || std::system("command -v libreoffice > /dev/null 2>&1") != 0) {
        WARN("shared data or LibreOffice not found, skipped");
        return;
    }
    const auto folder = std::filesystem::temp_directory_path() / "couverture_test_lo";
    std::filesystem::create_directories(folder);
    const std::string command = "libreoffice --headless -env:UserInstallation=file://" + folder.string() +
                                "/profile --convert-to ods --outdir " + folder.string() + " '" + xlsx +
                                "' > /dev/null 2>&1";
    REQUIRE(std::system(command.c_str()) == 0);
    const std::string ods = (folder / "mali-3w-presence-operationnelle-december-2023.ods").string();
    ActivityReadOptions options;
    options.sheet = "ML_5W";
    const ActivityTable table = readActivityTable(ods, options);
    CHECK(table.rows.size() == 24088); // GDAL's ODS driver stopped at 15,506
    CHECK(table.hasHxlRow);
    std::filesystem::remove_all(folder);
}

TEST_CASE("KoboToolbox exports: grouped headers, submission columns are not dates, multi-choice sectors",
          "[activity_table][kobo]") {
    const ActivityTable table = readActivityTable(fixture("kobo_export.csv"));
    CHECK(table.mapping.at(Role::Adm1Name).header == "localisation/region");
    CHECK(table.mapping.at(Role::Adm3Name).header == "localisation/commune");
    CHECK(table.mapping.at(Role::StartDate).header == "activite/date_debut");
    CHECK(table.mapping.count(Role::EndDate) == 0); // Kobo's `end` is when the form was closed
    // One 0/1 column per choice: the first submission is present in two sectors.
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0].cell(Role::Sector) == "sante");
    CHECK(table.rows[1].cell(Role::Sector) == "wash");
    CHECK(table.rows[0].row == table.rows[1].row);
    CHECK(table.rows[2].cell(Role::Sector) == "protection");
    CHECK(formatDate(*table.rows[0].start) == "2023-11-01");
    CHECK(std::find(table.unmappedHeaders.begin(), table.unmappedHeaders.end(), "activite/secteur/wash") ==
          table.unmappedHeaders.end());

    // Choices in one cell, space-separated, as Kobo writes choice names.
    const ActivityTable spaced = readActivityTable(fixture("kobo_space_separated.csv"));
    CHECK(spaced.mapping.count(Role::StartDate) == 0);
    CHECK(spaced.mapping.count(Role::EndDate) == 0);
    REQUIRE(spaced.rows.size() == 4);
    CHECK(spaced.rows[0].cell(Role::Sector) == "sante");
    CHECK(spaced.rows[1].cell(Role::Sector) == "education");
    CHECK(spaced.rows[2].cell(Role::Sector) == "protection");
    CHECK(spaced.rows[3].cell(Role::Sector) == "wash");
    CHECK_FALSE(spaced.rows[0].start);
}
