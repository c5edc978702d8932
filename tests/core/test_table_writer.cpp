#include "core/gdal_support.h"
#include "core/table_writer.h"

#include <catch2/catch.hpp>
#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <cstdio>
#include <filesystem>
#include <gdal.h>
#include <ogr_api.h>
#include <string>

using namespace couverture;

namespace {

std::string bytesOf(const std::string& path) {
    std::string bytes(std::filesystem::file_size(path), '\0');
    FILE* file = std::fopen(path.c_str(), "rb");
    REQUIRE(file != nullptr);
    REQUIRE(std::fread(bytes.data(), 1, bytes.size(), file) == bytes.size());
    std::fclose(file);
    return bytes;
}

// A file inside an XLSX (a zip archive), read through GDAL's /vsizip/.
std::string partOf(const std::string& xlsx, const std::string& part) {
    const std::string name = "/vsizip/{" + xlsx + "}/" + part;
    VSILFILE* file = VSIFOpenL(name.c_str(), "rb");
    REQUIRE(file != nullptr);
    std::string text;
    char buffer[4096];
    for (std::size_t got; (got = VSIFReadL(buffer, 1, sizeof buffer, file)) > 0;) {
        text.append(buffer, got);
    }
    VSIFCloseL(file);
    return text;
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

OutputTable sampleTable() {
    OutputTable table;
    table.name = "coverage_cercle";
    table.columns = {{"pcode", "#adm2+code", OutputColumn::Type::Text},
                     {"name", "#adm2+name", OutputColumn::Type::Text},
                     {"organisations", "#org+num", OutputColumn::Type::Integer},
                     {"share", "#meta+share", OutputColumn::Type::Real}};
    table.rows = {{"ML0101", "Kayes; ville", "12", "0.25"},
                  {"ML0102", "=HYPERLINK(\"x\")", "3", "1"},
                  {"ML0103", "Ségou, \"centre\"", "", ""}};
    return table;
}

// Every row of a sheet as GDAL's XLSX driver reads it (header rows included, every cell as text).
std::vector<std::vector<std::string>> xlsxRows(const std::string& path, const std::string& sheet) {
    ensureGdalRegistered();
    const char* drivers[] = {"XLSX", nullptr};
    CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "DISABLE");
    CPLSetThreadLocalConfigOption("OGR_XLSX_FIELD_TYPES", "STRING");
    GDALDatasetH dataset = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, drivers, nullptr, nullptr);
    CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", nullptr);
    CPLSetThreadLocalConfigOption("OGR_XLSX_FIELD_TYPES", nullptr);
    REQUIRE(dataset != nullptr);
    OGRLayerH layer = GDALDatasetGetLayerByName(dataset, sheet.c_str());
    REQUIRE(layer != nullptr);
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    const int columns = OGR_FD_GetFieldCount(definition);
    std::vector<std::vector<std::string>> rows;
    // GDAL may still take the first row for field names (it does when the rows below differ in kind).
    if (columns > 0 && std::string(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, 0))) != "Field1") {
        std::vector<std::string> header;
        for (int i = 0; i < columns; ++i) {
            header.emplace_back(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i)));
        }
        rows.push_back(std::move(header));
    }
    for (OGRFeatureH feature; (feature = OGR_L_GetNextFeature(layer)) != nullptr;) {
        std::vector<std::string> cells;
        for (int i = 0; i < columns; ++i) {
            cells.emplace_back(OGR_F_IsFieldSetAndNotNull(feature, i) ? OGR_F_GetFieldAsString(feature, i) : "");
        }
        rows.push_back(std::move(cells));
        OGR_F_Destroy(feature);
    }
    GDALClose(dataset);
    return rows;
}

// The rows of an SQL query on a GeoPackage, through OGR's SQLite dialect, every cell as text.
std::vector<std::vector<std::string>> sqlRows(const std::string& path, const std::string& sql) {
    ensureGdalRegistered();
    GDALDatasetH dataset = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    REQUIRE(dataset != nullptr);
    std::vector<std::vector<std::string>> rows;
    OGRLayerH result = GDALDatasetExecuteSQL(dataset, sql.c_str(), nullptr, nullptr);
    REQUIRE(result != nullptr);
    for (OGRFeatureH feature; (feature = OGR_L_GetNextFeature(result)) != nullptr;) {
        std::vector<std::string> cells;
        for (int i = 0; i < OGR_F_GetFieldCount(feature); ++i) {
            cells.emplace_back(OGR_F_IsFieldSetAndNotNull(feature, i) ? OGR_F_GetFieldAsString(feature, i)
                                                                      : "<null>");
        }
        rows.push_back(std::move(cells));
        OGR_F_Destroy(feature);
    }
    GDALDatasetReleaseResultSet(dataset, result);
    GDALClose(dataset);
    return rows;
}

std::string temporary(const std::string& name) {
    return (std::filesystem::temp_directory_path() / ("couverture_test_" + name)).string();
}

} // namespace

TEST_CASE("CSV plain form: UTF-8 without BOM, commas, decimal points, CRLF, HXL row", "[table_writer]") {
    const std::string path = temporary("plain.csv");
    writeCsv(sampleTable(), path, CsvForm::Plain);
    CHECK(bytesOf(path) == "pcode,name,organisations,share\r\n"
                           "#adm2+code,#adm2+name,#org+num,#meta+share\r\n"
                           "ML0101,Kayes; ville,12,0.25\r\n"
                           "ML0102,\"'=HYPERLINK(\"\"x\"\")\",3,1\r\n"
                           "ML0103,\"Ségou, \"\"centre\"\"\",,\r\n");
}

TEST_CASE("CSV Excel form: UTF-8 BOM, semicolons, decimal commas", "[table_writer]") {
    const std::string path = temporary("excel.csv");
    writeCsv(sampleTable(), path, CsvForm::Excel);
    CHECK(bytesOf(path) == "\xEF\xBB\xBFpcode;name;organisations;share\r\n"
                           "#adm2+code;#adm2+name;#org+num;#meta+share\r\n"
                           "ML0101;\"Kayes; ville\";12;0,25\r\n"
                           "ML0102;\"'=HYPERLINK(\"\"x\"\")\";3;1\r\n"
                           "ML0103;\"Ségou, \"\"centre\"\"\";;\r\n");
    CsvForm form = CsvForm::Plain;
    CHECK(parseCsvForm("excel", form));
    CHECK(form == CsvForm::Excel);
    CHECK_FALSE(parseCsvForm("xls", form));
}

TEST_CASE("CSV injection: text that a spreadsheet would evaluate is neutralised, numbers stay numbers",
          "[table_writer][injection]") {
    OutputTable table;
    table.name = "payloads";
    table.columns = {{"organisation", "#org", OutputColumn::Type::Text},
                     {"people", "#targeted", OutputColumn::Type::Integer}};
    table.rows = {{"=HYPERLINK(\"http://x\",\"clic\")", "-1"},
                  {"=cmd|' /C calc'!A0", "12"},
                  {"@SUM(1)", "0"},
                  {"+1", "3"},
                  {"-1+2", "-4"},
                  {"  =1+1", "5"},
                  {"\tTAB", "6"},
                  {"\rCR", "7"},
                  {"Médecins du Monde", "8"},
                  {"ONG a-b", "9"}};
    const std::string path = temporary("injection.csv");
    writeCsv(table, path, CsvForm::Plain);
    CHECK(bytesOf(path) == "organisation,people\r\n"
                           "#org,#targeted\r\n"
                           "\"'=HYPERLINK(\"\"http://x\"\",\"\"clic\"\")\",-1\r\n"
                           "\"'=cmd|' /C calc'!A0\",12\r\n"
                           "\"'@SUM(1)\",0\r\n"
                           "\"'+1\",3\r\n"
                           "\"'-1+2\",-4\r\n"
                           "\"'  =1+1\",5\r\n"
                           "\"'\tTAB\",6\r\n"
                           "\"'\rCR\",7\r\n"
                           "Médecins du Monde,8\r\n"
                           "ONG a-b,9\r\n");
    writeCsv(table, temporary("injection_excel.csv"), CsvForm::Excel);
    CHECK(bytesOf(temporary("injection_excel.csv")).find("\"'@SUM(1)\";0\r\n") != std::string::npos);
}

TEST_CASE("CSV rows made on demand are written like stored ones", "[table_writer]") {
    OutputTable stored = sampleTable();
    OutputTable generated = sampleTable();
    generated.rows.clear();
    generated.generatedRows = stored.rows.size();
    generated.generateRow = [&](std::size_t i, RowCells& cells) {
        for (std::size_t c = 0; c < stored.rows[i].size(); ++c) {
            if (c % 2 == 0) {
                cells.share(c, stored.rows[i][c]);
            } else {
                cells.own(c, stored.rows[i][c]);
            }
        }
    };
    writeCsv(stored, temporary("stored.csv"));
    writeCsv(generated, temporary("generated.csv"));
    CHECK(bytesOf(temporary("stored.csv")) == bytesOf(temporary("generated.csv")));
    // The same in a workbook: shared and owned cells give the same sheet.
    writeXlsx({&stored}, temporary("stored.xlsx"));
    writeXlsx({&generated}, temporary("generated.xlsx"));
    CHECK(partOf(temporary("stored.xlsx"), "xl/worksheets/sheet1.xml") ==
          partOf(temporary("generated.xlsx"), "xl/worksheets/sheet1.xml"));
    CHECK(partOf(temporary("stored.xlsx"), "xl/sharedStrings.xml") ==
          partOf(temporary("generated.xlsx"), "xl/sharedStrings.xml"));
}

TEST_CASE("XLSX: frozen header, filters, HXL row, widths, text never a formula, numbers typed, properties",
          "[table_writer]") {
    const std::string path = temporary("table.xlsx");
    const OutputTable table = sampleTable();
    DocumentProperties properties;
    properties.subject = "Couverture: coverage";
    properties.keywords = "3W, HXL";
    properties.comments = "Activities: test";
    writeXlsx({&table}, path, properties);

    const std::string workbook = partOf(path, "xl/workbook.xml");
    CHECK(has(workbook, "name=\"coverage_cercle\""));
    CHECK(has(workbook, "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">"
                        "coverage_cercle!$A$2:$D$5</definedName>"));
    const std::string sheet = partOf(path, "xl/worksheets/sheet1.xml");
    // Header and HXL rows frozen, filters on the HXL row over the data.
    CHECK(has(sheet, "<pane ySplit=\"2\" topLeftCell=\"A3\" activePane=\"bottomLeft\" state=\"frozen\"/>"));
    CHECK(has(sheet, "<autoFilter ref=\"A2:D5\"/>"));
    CHECK(has(sheet, "<col min=\"1\" max=\"1\" width="));
    // Header bold (style 1), HXL row grey italic (style 2), text as shared strings (numbered in order of
    // first use), numbers as numbers.
    CHECK(has(sheet, "<row r=\"1\"><c r=\"A1\" s=\"1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"1\" t=\"s\"><v>1</v>"));
    CHECK(has(sheet, "<row r=\"2\"><c r=\"A2\" s=\"2\" t=\"s\"><v>4</v></c>"));
    CHECK(has(sheet, "<row r=\"3\"><c t=\"s\"><v>8</v></c><c t=\"s\"><v>9</v></c><c><v>12</v></c>"
                     "<c><v>0.25</v></c></row>"));
    // Text that looks like a formula stays text; there is no formula anywhere.
    CHECK_FALSE(has(sheet, "<f>"));
    CHECK_FALSE(has(sheet, "<f "));
    const std::string strings = partOf(path, "xl/sharedStrings.xml");
    CHECK(has(strings, "<si><t>pcode</t></si><si><t>name</t></si><si><t>organisations</t></si>"
                       "<si><t>share</t></si><si><t>#adm2+code</t></si>"));
    CHECK(has(strings, "<si><t>=HYPERLINK(&quot;x&quot;)</t></si>"));
    CHECK(has(strings, "<si><t>ML0101</t></si>"));
    CHECK(has(strings, "count=\"14\" uniqueCount=\"14\""));
    const std::string styles = partOf(path, "xl/styles.xml");
    CHECK(has(styles, "<font><b/>"));
    CHECK(has(styles, "<font><i/>"));
    const std::string core = partOf(path, "docProps/core.xml");
    CHECK(has(core, "<dc:title>coverage_cercle</dc:title>"));
    CHECK(has(core, "<dc:subject>Couverture: coverage</dc:subject>"));
    CHECK(has(core, "<dc:creator>Couverture</dc:creator>"));
    CHECK(has(core, "<cp:keywords>3W, HXL</cp:keywords>"));
    CHECK(has(core, "<dc:description>Activities: test</dc:description>"));

    // Another reader (GDAL's XLSX driver) finds every cell where it was written.
    CHECK(xlsxRows(path, "coverage_cercle") ==
          std::vector<std::vector<std::string>>{{"pcode", "name", "organisations", "share"},
                                                {"#adm2+code", "#adm2+name", "#org+num", "#meta+share"},
                                                {"ML0101", "Kayes; ville", "12", "0.25"},
                                                {"ML0102", "=HYPERLINK(\"x\")", "3", "1"},
                                                {"ML0103", "Ségou, \"centre\"", "", ""}});
}

TEST_CASE("XLSX: cells after empty ones keep their columns, text keeps its spaces and odd characters",
          "[table_writer]") {
    OutputTable table;
    table.name = "gaps";
    table.columns = {{"a", "", OutputColumn::Type::Text},
                     {"b", "", OutputColumn::Type::Integer},
                     {"c", "", OutputColumn::Type::Text},
                     {"d", "", OutputColumn::Type::Real}};
    const std::string longText = std::string(32766, 'x') + "é"; // 32,768 bytes: cut before the é
    table.rows = {{"", "1", "", "2.5"},
                  {"  padded ", "", "a & b <c>", ""},
                  {"bell\x07", "not a number", "=1+1", "-3"},
                  {longText, "", "", ""}};
    const std::string path = temporary("gaps.xlsx");
    writeXlsx({&table}, path);
    const std::string sheet = partOf(path, "xl/worksheets/sheet1.xml");
    CHECK(has(sheet, "<row r=\"2\"><c r=\"B2\"><v>1</v></c><c r=\"D2\"><v>2.5</v></c></row>"));
    const std::string strings = partOf(path, "xl/sharedStrings.xml");
    CHECK(has(strings, "<si><t xml:space=\"preserve\">  padded </t></si>"));
    CHECK(has(strings, "<si><t>a &amp; b &lt;c&gt;</t></si>"));
    CHECK(has(strings, "<si><t>bell_x0007_</t></si>"));
    std::string cut = "<si><t>"; // appended piece by piece: GCC 12 warns wrongly on a chain of +
    cut.append(32766, 'x').append("</t></si>");
    CHECK(has(strings, cut));
    const auto rows = xlsxRows(path, "gaps");
    REQUIRE(rows.size() == 5);
    CHECK(rows[1] == std::vector<std::string>{"", "1", "", "2.5"});
    CHECK(rows[2] == std::vector<std::string>{"  padded ", "", "a & b <c>", ""});
    CHECK(rows[3][1] == "not a number"); // a number column's text that is no number stays text
    CHECK(rows[3][2] == "=1+1");
    CHECK(rows[3][3] == "-3");
}

TEST_CASE("XLSX: a table longer than a sheet continues on further sheets, each with its header",
          "[table_writer]") {
    OutputTable table;
    table.name = "match_report";
    table.columns = {{"row", "", OutputColumn::Type::Integer}, {"method", "", OutputColumn::Type::Text}};
    table.generatedRows = 7;
    table.generateRow = [](std::size_t i, RowCells& cells) {
        cells.own(0, std::to_string(i + 1));
        cells.share(1, "name");
    };
    const std::string path = temporary("split.xlsx");
    writeXlsx({&table}, path, {}, 4); // 4 rows a sheet: the header and 3 data rows
    const std::string workbook = partOf(path, "xl/workbook.xml");
    CHECK(has(workbook, "name=\"match_report\""));
    CHECK(has(workbook, "name=\"match_report (2)\""));
    CHECK(has(workbook, "name=\"match_report (3)\""));
    CHECK(has(workbook, "'match_report (3)'!$A$1:$B$2"));
    using Rows = std::vector<std::vector<std::string>>;
    CHECK(xlsxRows(path, "match_report") == Rows{{"row", "method"}, {"1", "name"}, {"2", "name"}, {"3", "name"}});
    CHECK(xlsxRows(path, "match_report (2)") ==
          Rows{{"row", "method"}, {"4", "name"}, {"5", "name"}, {"6", "name"}});
    CHECK(xlsxRows(path, "match_report (3)") == Rows{{"row", "method"}, {"7", "name"}});
    const std::string last = partOf(path, "xl/worksheets/sheet3.xml");
    CHECK(has(last, "<autoFilter ref=\"A1:B2\"/>"));
    CHECK(has(last, "<pane ySplit=\"1\""));
}

TEST_CASE("XLSX: a part larger than a deflate block is one stream that reads back whole", "[table_writer]") {
    // About 6 MB of sheet XML: several 1 MiB blocks deflated on other threads and joined.
    OutputTable table;
    table.name = "big";
    table.columns = {{"row", "", OutputColumn::Type::Integer}, {"text", "", OutputColumn::Type::Text}};
    table.generatedRows = 150000;
    table.generateRow = [](std::size_t i, RowCells& cells) {
        cells.own(0, std::to_string(i + 1));
        std::string text = "t";
        text += std::to_string(i % 1000);
        cells.own(1, text);
    };
    const std::string path = temporary("blocks.xlsx");
    writeXlsx({&table}, path);
    const std::string sheet = partOf(path, "xl/worksheets/sheet1.xml");
    CHECK(sheet.size() > 4000000);
    CHECK(has(sheet, "<row r=\"150001\"><c><v>150000</v></c><c t=\"s\"><v>"));
    CHECK(has(sheet.substr(sheet.size() - 200), "</worksheet>"));
    const auto rows = xlsxRows(path, "big");
    REQUIRE(rows.size() == 150001);
    CHECK(rows[123457] == std::vector<std::string>{"123457", "t456"});
}

TEST_CASE("GeoPackage: QGIS's layer_styles table, the dataset metadata and the layers' descriptions",
          "[table_writer]") {
    const OutputTable table = sampleTable();
    GeoPackageExtras extras;
    extras.metadata = {
        {"DATE", "2024-01-15"}, {"LICENCE", "CC BY-IGO"}, {"SOURCES", "Boundaries: b. Activities: a."}};
    extras.layerTitles[table.name] = "Coverage by cercle";
    extras.layerDescriptions[table.name] = "Organisations per cercle. Licence: CC BY-IGO";
    extras.styles.push_back(
        {table.name, "couverture_organisations", "<qgis/>", "<sld/>", "5 quantile classes"});
    const std::string path = temporary("styled.gpkg");
    writeGeoPackage({&table}, path, extras);

    // What QGIS asks for when it opens the layer (QgsOgrProvider's loadStyle).
    const auto styles = sqlRows(path, "SELECT styleQML, styleSLD, styleName, useAsDefault, description FROM "
                                      "layer_styles WHERE f_table_schema = '' AND f_table_name = "
                                      "'coverage_cercle' AND f_geometry_column = 'geom'");
    REQUIRE(styles.size() == 1);
    CHECK(styles[0] == std::vector<std::string>{"<qgis/>", "<sld/>", "couverture_organisations", "1",
                                                "5 quantile classes"});
    const auto columns = sqlRows(path, "SELECT name FROM pragma_table_info('layer_styles') ORDER BY cid");
    std::vector<std::string> names;
    for (const auto& row : columns) {
        names.push_back(row[0]);
    }
    CHECK(names == std::vector<std::string>{"id", "f_table_catalog", "f_table_schema", "f_table_name",
                                            "f_geometry_column", "styleName", "styleQML", "styleSLD",
                                            "useAsDefault", "description", "owner", "ui", "update_time"});
    CHECK(sqlRows(path, "SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles'") ==
          std::vector<std::vector<std::string>>{{"attributes"}});

    // GDAL's metadata document for the whole GeoPackage, referenced as such.
    const auto metadata =
        sqlRows(path, "SELECT m.metadata, m.md_scope, r.reference_scope FROM gpkg_metadata m "
                      "JOIN gpkg_metadata_reference r ON r.md_file_id = m.id");
    REQUIRE(metadata.size() == 1);
    CHECK(has(metadata[0][0], "<MDI key=\"LICENCE\">CC BY-IGO</MDI>"));
    CHECK(has(metadata[0][0], "<MDI key=\"DATE\">2024-01-15</MDI>"));
    CHECK(has(metadata[0][0], "<MDI key=\"SOURCES\">Boundaries: b. Activities: a.</MDI>"));
    CHECK(metadata[0][1] == "dataset");
    CHECK(metadata[0][2] == "geopackage");
    CHECK(sqlRows(path, "SELECT identifier, description FROM gpkg_contents WHERE table_name = "
                        "'coverage_cercle'") ==
          std::vector<std::vector<std::string>>{
              {"Coverage by cercle", "Organisations per cercle. Licence: CC BY-IGO"}});
    // The rows themselves are as before.
    CHECK(sqlRows(path, "SELECT pcode, organisations FROM coverage_cercle ORDER BY fid") ==
          std::vector<std::vector<std::string>>{{"ML0101", "12"}, {"ML0102", "3"}, {"ML0103", "<null>"}});
}

TEST_CASE("GeoPackage without extras has no style or metadata table", "[table_writer]") {
    const OutputTable table = sampleTable();
    const std::string path = temporary("plain.gpkg");
    writeGeoPackage({&table}, path);
    CHECK(
        sqlRows(path, "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('layer_styles', 'gpkg_metadata')") ==
        std::vector<std::vector<std::string>>{{"0"}});
}
