#include "core/table_writer.h"

#include "core/gdal_support.h"
#include "core/problem.h"

#include <algorithm>
#include <cmath>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <xlsxwriter.h>

namespace couverture {

void throwOutputError(const std::string& path, const std::string& message) {
    throw OutputError{Problem{Severity::Error, path, {}, 0, message}};
}

std::string formatNumber(double value) {
    if (std::isnan(value)) {
        return {};
    }
    char text[64];
    if (std::fabs(value - std::round(value)) < 1e-9 && std::fabs(value) < 1e15) {
        std::snprintf(text, sizeof text, "%.0f", value);
    } else {
        std::snprintf(text, sizeof text, "%.4f", value);
        std::string trimmed = text;
        while (!trimmed.empty() && trimmed.back() == '0') {
            trimmed.pop_back();
        }
        return trimmed;
    }
    return text;
}

namespace {

// Quotes a cell when it holds the separator, a quote or a line end (RFC 4180).
void appendCsvCell(std::string& line, std::string_view cell, char separator) {
    const char specials[] = {separator, '"', '\n', '\r', '\0'};
    if (cell.find_first_of(specials) == std::string_view::npos) {
        line += cell;
        return;
    }
    line += '"';
    for (char c : cell) {
        if (c == '"') {
            line += '"';
        }
        line += c;
    }
    line += '"';
}

// A text that a spreadsheet would take for a formula (OWASP, CSV injection): it begins with '=', '+', '-'
// or '@' once leading spaces are skipped, or with a tab or a carriage return.
bool startsLikeFormula(std::string_view cell) {
    if (!cell.empty() && (cell.front() == '\t' || cell.front() == '\r')) {
        return true;
    }
    const std::size_t first = cell.find_first_not_of(' ');
    return first != std::string_view::npos &&
           std::string_view("=+-@").find(cell[first]) != std::string_view::npos;
}

// OWASP's neutralisation: a single quote before the text, the whole cell quoted, so that the spreadsheet
// shows the text as typed and never evaluates it. Number columns are not touched: "-1" stays a number there.
void appendNeutralisedCell(std::string& line, std::string_view cell) {
    line += "\"'";
    for (char c : cell) {
        if (c == '"') {
            line += '"';
        }
        line += c;
    }
    line += '"';
}

void appendCsvLine(std::string& out, const std::vector<std::string>& cells,
                   const std::vector<OutputColumn>* columns, CsvForm form) {
    const char separator = form == CsvForm::Excel ? ';' : ',';
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            out += separator;
        }
        const bool text =
            columns == nullptr || i >= columns->size() || (*columns)[i].type == OutputColumn::Type::Text;
        if (text && startsLikeFormula(cells[i])) {
            appendNeutralisedCell(out, cells[i]);
            continue;
        }
        const bool decimalComma = form == CsvForm::Excel && columns != nullptr && i < columns->size() &&
                                  (*columns)[i].type == OutputColumn::Type::Real &&
                                  cells[i].find('.') != std::string::npos;
        if (decimalComma) {
            std::string number = cells[i];
            std::replace(number.begin(), number.end(), '.', ',');
            appendCsvCell(out, number, separator);
        } else {
            appendCsvCell(out, cells[i], separator);
        }
    }
    out += "\r\n";
}

struct GdalDataset {
    GDALDatasetH handle = nullptr;
    ~GdalDataset() {
        if (handle != nullptr) {
            GDALClose(handle);
        }
    }
};

struct SpatialReference {
    OGRSpatialReferenceH handle = nullptr;
    ~SpatialReference() {
        if (handle != nullptr) {
            OSRDestroySpatialReference(handle);
        }
    }
};

OGRFieldType fieldType(OutputColumn::Type type) {
    switch (type) {
    case OutputColumn::Type::Integer:
        return OFTInteger64;
    case OutputColumn::Type::Real:
        return OFTReal;
    case OutputColumn::Type::Text:
        return OFTString;
    }
    return OFTString;
}

OGRGeometryH ogrGeometry(const GEOSGeometry* geometry) {
    std::size_t size = 0;
    GEOSWKBWriter* writer = GEOSWKBWriter_create_r(geos::context());
    unsigned char* bytes = GEOSWKBWriter_write_r(geos::context(), writer, geometry, &size);
    GEOSWKBWriter_destroy_r(geos::context(), writer);
    OGRGeometryH converted = nullptr;
    OGR_G_CreateFromWkb(bytes, nullptr, &converted, static_cast<int>(size));
    GEOSFree_r(geos::context(), bytes);
    return converted == nullptr ? nullptr : OGR_G_ForceToMultiPolygon(converted);
}

void setCell(OGRFeatureH feature, int index, OutputColumn::Type type, const std::string& cell) {
    switch (type) {
    case OutputColumn::Type::Integer:
        OGR_F_SetFieldInteger64(feature, index, std::stoll(cell));
        break;
    case OutputColumn::Type::Real:
        OGR_F_SetFieldDouble(feature, index, std::stod(cell));
        break;
    case OutputColumn::Type::Text:
        OGR_F_SetFieldString(feature, index, cell.c_str());
        break;
    }
}

// Layer creation options: the spatial index, and the GeoPackage's identifier and description of the layer.
std::vector<std::string> layerOptions(const std::string& layer, bool withGeometry,
                                      const GeoPackageExtras* extras) {
    std::vector<std::string> options;
    if (withGeometry) {
        options.emplace_back("SPATIAL_INDEX=YES");
    }
    if (extras != nullptr) {
        if (auto title = extras->layerTitles.find(layer); title != extras->layerTitles.end()) {
            options.push_back("IDENTIFIER=" + title->second);
        }
        if (auto text = extras->layerDescriptions.find(layer); text != extras->layerDescriptions.end()) {
            options.push_back("DESCRIPTION=" + text->second);
        }
    }
    return options;
}

OGRLayerH createLayer(GDALDatasetH dataset, const OutputTable& table, OGRSpatialReferenceH srs,
                      const std::string& path, const GeoPackageExtras* extras) {
    const std::vector<std::string> texts = layerOptions(table.name, srs != nullptr, extras);
    std::vector<char*> options;
    for (const std::string& text : texts) {
        options.push_back(const_cast<char*>(text.c_str()));
    }
    options.push_back(nullptr);
    OGRLayerH layer = GDALDatasetCreateLayer(dataset, table.name.c_str(), srs,
                                             srs != nullptr ? wkbMultiPolygon : wkbNone, options.data());
    if (layer == nullptr) {
        throwOutputError(path, "cannot create the layer " + table.name + ": " + CPLGetLastErrorMsg());
    }
    for (const auto& column : table.columns) {
        OGRFieldDefnH definition = OGR_Fld_Create(column.name.c_str(), fieldType(column.type));
        OGR_L_CreateField(layer, definition, TRUE);
        OGR_Fld_Destroy(definition);
    }
    return layer;
}

void writeRows(GDALDatasetH dataset, OGRLayerH layer, const OutputTable& table, bool withGeometry,
               const std::string& path) {
    GDALDatasetStartTransaction(dataset, FALSE);
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        OGRFeatureH feature = OGR_F_Create(definition);
        const auto& row = table.rows[r];
        for (std::size_t c = 0; c < table.columns.size() && c < row.size(); ++c) {
            if (!row[c].empty()) {
                setCell(feature, static_cast<int>(c), table.columns[c].type, row[c]);
            }
        }
        if (withGeometry && r < table.geometries.size() && table.geometries[r] != nullptr) {
            if (OGRGeometryH geometry = ogrGeometry(table.geometries[r]); geometry != nullptr) {
                OGR_F_SetGeometryDirectly(feature, geometry);
            }
        }
        if (OGR_L_CreateFeature(layer, feature) != OGRERR_NONE) {
            OGR_F_Destroy(feature);
            throwOutputError(path, "cannot write row " + std::to_string(r + 1) + " of " + table.name + ": " +
                                       CPLGetLastErrorMsg());
        }
        OGR_F_Destroy(feature);
    }
    GDALDatasetCommitTransaction(dataset);
}

void addField(OGRLayerH layer, const char* name, OGRFieldType type, int width,
              OGRFieldSubType subType = OFSTNone, const char* defaultValue = nullptr) {
    OGRFieldDefnH field = OGR_Fld_Create(name, type);
    OGR_Fld_SetWidth(field, width);
    OGR_Fld_SetSubType(field, subType);
    if (defaultValue != nullptr) {
        OGR_Fld_SetDefault(field, defaultValue);
    }
    OGR_L_CreateField(layer, field, TRUE);
    OGR_Fld_Destroy(field);
}

// The layer_styles table as QGIS creates it ("Save as Default" in a GeoPackage), one default style per
// layer. QGIS finds a layer's style by f_table_schema = '' and its table and geometry column names.
void writeLayerStyles(GDALDatasetH dataset, const std::vector<QgisLayerStyle>& styles,
                      const std::string& path) {
    const char* options[] = {"FID=id", nullptr};
    OGRLayerH layer =
        GDALDatasetCreateLayer(dataset, "layer_styles", nullptr, wkbNone, const_cast<char**>(options));
    if (layer == nullptr) {
        throwOutputError(path, std::string("cannot create layer_styles: ") + CPLGetLastErrorMsg());
    }
    for (const char* name : {"f_table_catalog", "f_table_schema", "f_table_name", "f_geometry_column"}) {
        addField(layer, name, OFTString, 256);
    }
    addField(layer, "styleName", OFTString, 30);
    addField(layer, "styleQML", OFTString, 0);
    addField(layer, "styleSLD", OFTString, 0);
    addField(layer, "useAsDefault", OFTInteger, 0, OFSTBoolean);
    addField(layer, "description", OFTString, 0);
    addField(layer, "owner", OFTString, 30);
    addField(layer, "ui", OFTString, 30);
    addField(layer, "update_time", OFTDateTime, 0, OFSTNone, "CURRENT_TIMESTAMP");
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    for (const QgisLayerStyle& style : styles) {
        OGRFeatureH feature = OGR_F_Create(definition);
        const std::pair<const char*, const std::string*> texts[] = {{"f_table_name", &style.layer},
                                                                    {"styleName", &style.name},
                                                                    {"styleQML", &style.qml},
                                                                    {"styleSLD", &style.sld},
                                                                    {"description", &style.description}};
        for (const char* empty : {"f_table_catalog", "f_table_schema", "owner"}) {
            OGR_F_SetFieldString(feature, OGR_F_GetFieldIndex(feature, empty), "");
        }
        OGR_F_SetFieldString(feature, OGR_F_GetFieldIndex(feature, "f_geometry_column"), "geom");
        for (const auto& [name, value] : texts) {
            OGR_F_SetFieldString(feature, OGR_F_GetFieldIndex(feature, name), value->c_str());
        }
        OGR_F_SetFieldInteger(feature, OGR_F_GetFieldIndex(feature, "useAsDefault"), 1);
        const OGRErr error = OGR_L_CreateFeature(layer, feature);
        OGR_F_Destroy(feature);
        if (error != OGRERR_NONE) {
            throwOutputError(path, "cannot write the style of " + style.layer + ": " + CPLGetLastErrorMsg());
        }
    }
}

void writeWithGdal(const char* driverName, const std::vector<const OutputTable*>& tables,
                   const std::string& path, bool withGeometry, const GeoPackageExtras* extras) {
    GDALDriverH driver = GDALGetDriverByName(driverName);
    if (driver == nullptr) {
        throwOutputError(path, std::string("GDAL has no ") + driverName + " driver");
    }
    writeAtomically(path, [&](const std::string& temporary) {
        CPLErrorReset();
        GdalDataset dataset{GDALCreate(driver, temporary.c_str(), 0, 0, 0, GDT_Unknown, nullptr)};
        if (dataset.handle == nullptr) {
            throwOutputError(path, std::string("cannot create: ") + CPLGetLastErrorMsg());
        }
        const SpatialReference wgs84{withGeometry ? OSRNewSpatialReference(nullptr) : nullptr};
        if (withGeometry) {
            OSRImportFromEPSG(wgs84.handle, 4326);
            OSRSetAxisMappingStrategy(wgs84.handle, OAMS_TRADITIONAL_GIS_ORDER);
        }
        for (const OutputTable* table : tables) {
            OGRLayerH layer = createLayer(dataset.handle, *table, wgs84.handle, path, extras);
            writeRows(dataset.handle, layer, *table, withGeometry, path);
        }
        if (extras != nullptr) {
            if (!extras->styles.empty()) {
                writeLayerStyles(dataset.handle, extras->styles, path);
            }
            for (const auto& [key, value] : extras->metadata) {
                GDALSetMetadataItem(dataset.handle, key.c_str(), value.c_str(),
                                    nullptr); // written on closing
            }
        }
        GDALClose(dataset.handle);
        dataset.handle = nullptr;
        if (CPLGetLastErrorType() >= CE_Failure) {
            throwOutputError(path, CPLGetLastErrorMsg());
        }
    });
}

} // namespace

void OutputTable::forEachRow(const std::function<void(const std::vector<std::string>&)>& visit) const {
    if (!generateRow) {
        for (const auto& row : rows) {
            visit(row);
        }
        return;
    }
    std::vector<std::string> cells;
    for (std::size_t r = 0; r < generatedRows; ++r) {
        cells.assign(columns.size(), std::string{});
        generateRow(r, cells);
        visit(cells);
    }
}

std::string_view csvFormKey(CsvForm form) {
    return form == CsvForm::Excel ? "excel" : "plain";
}

bool parseCsvForm(std::string_view key, CsvForm& form) {
    if (key == "excel") {
        form = CsvForm::Excel;
        return true;
    }
    if (key == "plain") {
        form = CsvForm::Plain;
        return true;
    }
    return false;
}

void writeCsv(const OutputTable& table, const std::string& path, CsvForm form) {
    writeAtomically(path, [&](const std::string& temporary) {
        std::ofstream file(temporary, std::ios::binary);
        std::string out;
        auto flush = [&](bool force) {
            if (force || out.size() > (1u << 20)) {
                file.write(out.data(), static_cast<std::streamsize>(out.size()));
                out.clear();
            }
        };
        if (form == CsvForm::Excel) {
            out += "\xEF\xBB\xBF";
        }
        std::vector<std::string> header, hxl;
        bool anyHxl = false;
        for (const auto& column : table.columns) {
            header.push_back(column.name);
            hxl.push_back(column.hxl);
            anyHxl = anyHxl || !column.hxl.empty();
        }
        appendCsvLine(out, header, nullptr, form);
        if (anyHxl) {
            appendCsvLine(out, hxl, nullptr, form);
        }
        table.forEachRow([&](const std::vector<std::string>& row) {
            appendCsvLine(out, row, &table.columns, form);
            flush(false);
        });
        flush(true);
        file.close();
        if (!file) {
            throwOutputError(path, "cannot write the file (disk full or no permission?)");
        }
    });
}

namespace {

struct Workbook {
    lxw_workbook* handle = nullptr;
    ~Workbook() {
        if (handle != nullptr) {
            workbook_close(handle); // only on failure: the normal path closes it and checks the result
        }
    }
};

// Characters a column shows, roughly: UTF-8 continuation bytes do not count.
std::size_t displayWidth(std::string_view text) {
    std::size_t width = 0;
    for (const char c : text) {
        width += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return width;
}

// Column widths from the header, the HXL tag and the first rows (the first 1,000: wide enough to read,
// without reading a million-row table twice).
std::vector<double> columnWidths(const OutputTable& table) {
    std::vector<std::size_t> widest(table.columns.size(), 4);
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        widest[c] =
            std::max({widest[c], displayWidth(table.columns[c].name) + 3, // room for the filter button
                      displayWidth(table.columns[c].hxl)});
    }
    std::vector<std::string> cells;
    const std::size_t sample = std::min<std::size_t>(table.rowCount(), 1000);
    for (std::size_t r = 0; r < sample; ++r) {
        const std::vector<std::string>* row = nullptr;
        if (table.generateRow) {
            cells.assign(table.columns.size(), std::string{});
            table.generateRow(r, cells);
            row = &cells;
        } else {
            row = &table.rows[r];
        }
        for (std::size_t c = 0; c < widest.size() && c < row->size(); ++c) {
            widest[c] = std::max(widest[c], displayWidth((*row)[c]));
        }
    }
    std::vector<double> widths;
    for (const std::size_t width : widest) {
        widths.push_back(static_cast<double>(std::min<std::size_t>(width + 1, 60)));
    }
    return widths;
}

// A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook.
std::string sheetName(std::string name, std::size_t part, std::vector<std::string>& used) {
    for (char& c : name) {
        if (std::strchr("[]:*?/\\", c) != nullptr) {
            c = '_';
        }
    }
    const std::string suffix = part > 1 ? " (" + std::to_string(part) + ")" : "";
    if (name.size() + suffix.size() > 31) {
        name.resize(31 - suffix.size());
    }
    name += suffix;
    for (int copy = 2; std::find(used.begin(), used.end(), name) != used.end(); ++copy) {
        name = name.substr(0, 27) + "~" + std::to_string(copy);
    }
    used.push_back(name);
    return name;
}

void check(lxw_error error, const std::string& path, const std::string& what) {
    if (error != LXW_NO_ERROR) {
        throwOutputError(path, what + ": " + lxw_strerror(error));
    }
}

} // namespace

void writeXlsx(const std::vector<const OutputTable*>& tables, const std::string& path,
               const DocumentProperties& properties, std::size_t sheetRowLimit) {
    writeAtomically(path, [&](const std::string& temporary) {
        const std::string folder = std::filesystem::path(temporary).parent_path().string();
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE; // rows go to a temporary file as they are written
        options.tmpdir = folder.empty() ? nullptr : const_cast<char*>(folder.c_str());
        options.use_zip64 = LXW_TRUE;
        Workbook workbook{workbook_new_opt(temporary.c_str(), &options)};
        if (workbook.handle == nullptr) {
            throwOutputError(path, "cannot create the workbook");
        }
        std::string title = properties.title;
        for (const OutputTable* table : tables) {
            if (properties.title.empty()) {
                title += (title.empty() ? "" : ", ") + table->name;
            }
        }
        lxw_doc_properties documentProperties{};
        documentProperties.title = const_cast<char*>(title.c_str());
        documentProperties.subject = const_cast<char*>(properties.subject.c_str());
        documentProperties.author = const_cast<char*>(properties.author.c_str());
        documentProperties.keywords = const_cast<char*>(properties.keywords.c_str());
        documentProperties.comments = const_cast<char*>(properties.comments.c_str());
        check(workbook_set_properties(workbook.handle, &documentProperties), path, "document properties");

        lxw_format* bold = workbook_add_format(workbook.handle);
        format_set_bold(bold);
        format_set_bg_color(bold, 0xDDE5F0);
        lxw_format* tag = workbook_add_format(workbook.handle);
        format_set_italic(tag);
        format_set_font_color(tag, 0x555555);
        format_set_bg_color(tag, 0xF2F2F2);

        std::vector<std::string> used;
        for (const OutputTable* table : tables) {
            const bool anyHxl = std::any_of(table->columns.begin(), table->columns.end(),
                                            [](const OutputColumn& column) { return !column.hxl.empty(); });
            const std::size_t headerRows = anyHxl ? 2 : 1;
            const std::size_t perSheet = std::max<std::size_t>(sheetRowLimit, headerRows + 1) - headerRows;
            const std::size_t total = table->rowCount();
            const std::size_t sheets = std::max<std::size_t>(1, (total + perSheet - 1) / perSheet);
            const std::vector<double> widths = columnWidths(*table);
            const auto lastColumn =
                static_cast<lxw_col_t>(std::max<std::size_t>(table->columns.size(), 1) - 1);

            std::vector<lxw_worksheet*> parts;
            for (std::size_t part = 1; part <= sheets; ++part) {
                const std::string name = sheetName(table->name, sheets > 1 ? part : 1, used);
                lxw_worksheet* sheet = workbook_add_worksheet(workbook.handle, name.c_str());
                if (sheet == nullptr) {
                    throwOutputError(path, "cannot add the sheet " + name);
                }
                for (std::size_t c = 0; c < widths.size(); ++c) {
                    worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                         widths[c], nullptr);
                }
                // Constant memory writes row by row: the whole header row, then the whole HXL row.
                for (std::size_t c = 0; c < table->columns.size(); ++c) {
                    worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c),
                                           table->columns[c].name.c_str(), bold);
                }
                for (std::size_t c = 0; anyHxl && c < table->columns.size(); ++c) {
                    worksheet_write_string(sheet, 1, static_cast<lxw_col_t>(c), table->columns[c].hxl.c_str(),
                                           tag);
                }
                const std::size_t rowsHere =
                    std::min(perSheet, total - std::min(total, (part - 1) * perSheet));
                worksheet_freeze_panes(sheet, static_cast<lxw_row_t>(headerRows), 0);
                // Filters on the last header row, so that the HXL row stays above the filtered rows.
                worksheet_autofilter(sheet, static_cast<lxw_row_t>(headerRows - 1), 0,
                                     static_cast<lxw_row_t>(headerRows - 1 + rowsHere), lastColumn);
                parts.push_back(sheet);
            }
            std::size_t written = 0;
            table->forEachRow([&](const std::vector<std::string>& row) {
                lxw_worksheet* sheet = parts[written / perSheet];
                const auto at = static_cast<lxw_row_t>(headerRows + written % perSheet);
                for (std::size_t c = 0; c < row.size() && c < table->columns.size(); ++c) {
                    const std::string& cell = row[c];
                    if (cell.empty()) {
                        continue;
                    }
                    const auto column = static_cast<lxw_col_t>(c);
                    if (table->columns[c].type != OutputColumn::Type::Text) {
                        char* end = nullptr;
                        const double value = std::strtod(cell.c_str(), &end);
                        if (end != nullptr && *end == '\0' && std::isfinite(value)) {
                            worksheet_write_number(sheet, at, column, value, nullptr);
                            continue;
                        }
                    }
                    // Text is always written as a string cell: "=..." stays text, never a formula. Excel
                    // holds at most 32,767 characters in a cell.
                    const std::string text = cell.size() > 32767 ? cell.substr(0, 32767) : std::string{};
                    check(worksheet_write_string(sheet, at, column,
                                                 text.empty() ? cell.c_str() : text.c_str(), nullptr),
                          path, "cannot write row " + std::to_string(written + 1) + " of " + table->name);
                }
                ++written;
            });
        }
        const lxw_error closed = workbook_close(workbook.handle);
        workbook.handle = nullptr;
        check(closed, path, "cannot write the workbook");
    });
}

void writeGeoPackage(const std::vector<const OutputTable*>& tables, const std::string& path,
                     const GeoPackageExtras& extras) {
    ensureGdalRegistered();
    writeWithGdal("GPKG", tables, path, true, &extras);
}

} // namespace couverture
