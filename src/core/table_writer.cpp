#include "core/table_writer.h"

#include "core/gdal_support.h"
#include "core/problem.h"
#include "core/tables/zip_package.h"
#include "core/texts.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <deque>
#include <fstream>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <unordered_map>

namespace couverture {

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
    // One test a byte (string_view::find_first_of calls memchr over the specials for every byte: a third of
    // the time of writing the 447 MB match report of 1,517,544 rows).
    const bool quote = std::any_of(cell.begin(), cell.end(), [separator](char c) {
        return c == separator || c == '"' || c == '\n' || c == '\r';
    });
    if (!quote) {
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

template <typename Cells>
void appendCsvLine(std::string& out, const Cells& cells, std::size_t count,
                   const std::vector<OutputColumn>* columns, CsvForm form) {
    const char separator = form == CsvForm::Excel ? ';' : ',';
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0) {
            out += separator;
        }
        const std::string_view cell = cells[i];
        const bool text =
            columns == nullptr || i >= columns->size() || (*columns)[i].type == OutputColumn::Type::Text;
        if (text && startsLikeFormula(cell)) {
            appendNeutralisedCell(out, cell);
            continue;
        }
        const bool decimalComma = form == CsvForm::Excel && columns != nullptr && i < columns->size() &&
                                  (*columns)[i].type == OutputColumn::Type::Real &&
                                  cell.find('.') != std::string_view::npos;
        if (decimalComma) {
            std::string number(cell);
            std::replace(number.begin(), number.end(), '.', ',');
            appendCsvCell(out, number, separator);
        } else {
            appendCsvCell(out, cell, separator);
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
        throwOutputError(path, fill(translate("Output", "cannot create the layer %1: %2"),
                                    {table.name, CPLGetLastErrorMsg()}));
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
            throwOutputError(path, fill(translate("Output", "cannot write row %1 of %2: %3"),
                                        {std::to_string(r + 1), table.name, CPLGetLastErrorMsg()}));
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
        throwOutputError(path,
                         fill(translate("Output", "cannot create layer_styles: %1"), {CPLGetLastErrorMsg()}));
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
            throwOutputError(path, fill(translate("Output", "cannot write the style of %1: %2"),
                                        {style.layer, CPLGetLastErrorMsg()}));
        }
    }
}

void writeWithGdal(const char* driverName, const std::vector<const OutputTable*>& tables,
                   const std::string& path, bool withGeometry, const GeoPackageExtras* extras) {
    GDALDriverH driver = GDALGetDriverByName(driverName);
    if (driver == nullptr) {
        throwOutputError(path, fill(translate("Output", "GDAL has no %1 driver"), {driverName}));
    }
    writeAtomically(path, [&](const std::string& temporary) {
        CPLErrorReset();
        GdalDataset dataset{GDALCreate(driver, temporary.c_str(), 0, 0, 0, GDT_Unknown, nullptr)};
        if (dataset.handle == nullptr) {
            throwOutputError(path, fill(translate("Output", "cannot create: %1"), {CPLGetLastErrorMsg()}));
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

void RowCells::reset(std::size_t columns) {
    views_.assign(columns, std::string_view{});
    shared_.assign(columns, 1);
    if (owned_.size() < columns) {
        owned_.resize(columns);
    }
}

void RowCells::own(std::size_t column, std::string_view text) {
    owned_[column].assign(text);
    views_[column] = owned_[column];
    shared_[column] = 0;
}

void OutputTable::rowAt(std::size_t row, RowCells& cells) const {
    if (generateRow) {
        cells.reset(columns.size());
        generateRow(row, cells);
        return;
    }
    // As many cells as the row has: the CSV writes them all, as it always did.
    const auto& stored = rows[row];
    cells.reset(stored.size());
    for (std::size_t c = 0; c < stored.size(); ++c) {
        cells.share(c, stored[c]);
    }
}

void OutputTable::forEachRow(const std::function<void(const RowCells&)>& visit) const {
    RowCells cells;
    for (std::size_t r = 0, count = rowCount(); r < count; ++r) {
        rowAt(r, cells);
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
        appendCsvLine(out, header, header.size(), nullptr, form);
        if (anyHxl) {
            appendCsvLine(out, hxl, hxl.size(), nullptr, form);
        }
        table.forEachRow([&](const RowCells& row) {
            appendCsvLine(out, row, row.size(), &table.columns, form);
            flush(false);
        });
        flush(true);
        file.close();
        if (!file) {
            throwOutputError(path,
                             translate("Output", "cannot write the file (disk full or no permission?)"));
        }
    });
}

namespace {

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
    RowCells cells;
    const std::size_t sample = std::min<std::size_t>(table.rowCount(), 1000);
    for (std::size_t r = 0; r < sample; ++r) {
        table.rowAt(r, cells);
        for (std::size_t c = 0; c < widest.size() && c < cells.size(); ++c) {
            widest[c] = std::max(widest[c], displayWidth(cells[c]));
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

// Text as XML character data: & < > escaped, and the control characters XML 1.0 cannot carry written as
// Excel's _xHHHH_ (tab, line feed and carriage return pass, as libxlsxwriter did).
void appendXmlText(std::string& out, std::string_view text) {
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "_x%04X_", static_cast<unsigned>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
}

// Excel holds at most 32,767 characters in a cell: longer text is cut, on a UTF-8 character boundary.
std::string_view cellText(std::string_view text) {
    constexpr std::size_t kMax = 32767;
    if (text.size() <= kMax) {
        return text;
    }
    std::size_t end = kMax;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
        --end;
    }
    return text.substr(0, end);
}

// "<t>" or "<t xml:space="preserve">" when the text begins or ends with white space (else Excel trims it).
void appendTextElement(std::string& out, std::string_view text) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    out +=
        !text.empty() && (space(text.front()) || space(text.back())) ? "<t xml:space=\"preserve\">" : "<t>";
    appendXmlText(out, text);
    out += "</t>";
}

// The workbook's shared strings: each distinct text once, cells refer to it by number. Texts are found by
// value; cells that point at shared text (RowCells::shared) are first looked up by address in a small cache,
// which spares hashing the same organisation, sector or place name on every row.
class SharedStrings {
public:
    std::uint32_t id(std::string_view text, bool stable) {
        ++references_;
        if (stable) {
            const auto slot = (reinterpret_cast<std::uintptr_t>(text.data()) >> 3) % kCacheSlots;
            CacheEntry& entry = cache_[slot];
            if (entry.data == text.data() && entry.size == text.size()) {
                return entry.id;
            }
            const std::uint32_t found = lookup(text);
            entry = {text.data(), text.size(), found};
            return found;
        }
        return lookup(text);
    }
    std::size_t references() const { return references_; }
    std::size_t count() const { return texts_.size(); }
    const std::deque<std::string>& texts() const { return texts_; }
    std::uint64_t bytes() const { return bytes_; }

private:
    static constexpr std::size_t kCacheSlots = 8192;
    struct CacheEntry {
        const char* data = nullptr;
        std::size_t size = 0;
        std::uint32_t id = 0;
    };
    std::uint32_t lookup(std::string_view text) {
        if (auto found = index_.find(text); found != index_.end()) {
            return found->second;
        }
        texts_.emplace_back(text);
        bytes_ += text.size();
        const auto id = static_cast<std::uint32_t>(texts_.size() - 1);
        index_.emplace(texts_.back(), id);
        return id;
    }
    std::deque<std::string> texts_; // elements never move: the index's keys view them
    std::unordered_map<std::string_view, std::uint32_t> index_;
    std::vector<CacheEntry> cache_ = std::vector<CacheEntry>(kCacheSlots);
    std::size_t references_ = 0;
    std::uint64_t bytes_ = 0;
};

// Column letters: A .. Z, AA ...
std::string columnLetters(std::size_t column) {
    std::string letters;
    for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) {
        letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    }
    return letters;
}

void appendNumber(std::string& out, std::uint64_t value) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end);
}

// A number cell's value: the shortest text that reads back as the same double (0.8241, not
// 0.8241000000000001). False when the text is not a finite number (it is then written as text).
bool appendNumberValue(std::string& out, std::string_view text) {
    double value = 0;
    const auto parsed = std::from_chars(text.data(), text.data() + text.size(), value);
    if (parsed.ec != std::errc() || parsed.ptr != text.data() + text.size() || !std::isfinite(value)) {
        return false;
    }
    char digits[32];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end);
    return true;
}

// Excel's column width as libxlsxwriter wrote it: the characters' pixels plus the 5 pixels of padding, in
// 1/256 of the maximum digit width (7 pixels in Calibri 11).
std::string widthText(double characters) {
    const auto pixels = static_cast<std::uint32_t>(characters * 7 + 0.5) + 5;
    const double width = static_cast<double>(static_cast<std::uint32_t>(pixels / 7.0 * 256.0)) / 256.0;
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, width).ptr;
    return std::string(text, end);
}

// A sheet name in a formula: quoted unless it is letters, digits and underscores.
std::string quotedSheetName(const std::string& name) {
    const bool plain = std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
    });
    if (plain) {
        return name;
    }
    std::string quoted = "'";
    for (const char c : name) {
        quoted += c;
        if (c == '\'') {
            quoted += '\'';
        }
    }
    quoted += '\'';
    return quoted;
}

constexpr const char* kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kMainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* kRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// Styles: 0 plain, 1 the header (bold on light blue), 2 the HXL row (grey italic on light grey).
std::string stylesXml() {
    std::string xml = kXmlDeclaration;
    xml += "<styleSheet xmlns=\"";
    xml += kMainNamespace;
    xml +=
        "\"><fonts count=\"3\">"
        "<font><sz val=\"11\"/><color rgb=\"FF000000\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        "<font><b/><sz val=\"11\"/><color rgb=\"FF000000\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        "<font><i/><sz val=\"11\"/><color rgb=\"FF555555\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
        "</fonts><fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill>"
        "<fill><patternFill patternType=\"gray125\"/></fill>"
        "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFDDE5F0\"/><bgColor indexed=\"64\"/>"
        "</patternFill></fill>"
        "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFF2F2F2\"/><bgColor indexed=\"64\"/>"
        "</patternFill></fill></fills>"
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
        "borderId=\"0\"/></cellStyleXfs>"
        "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
        "applyFill=\"1\"/>"
        "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"3\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
        "applyFill=\"1\"/></cellXfs>"
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        "<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>";
    return xml;
}

std::string utcNow() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::string coreXml(const DocumentProperties& properties, const std::string& title) {
    const std::string now = utcNow();
    std::string xml = kXmlDeclaration;
    xml += "<cp:coreProperties "
           "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
           "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";
    const std::pair<const char*, const std::string*> items[] = {{"dc:title", &title},
                                                                {"dc:subject", &properties.subject},
                                                                {"dc:creator", &properties.author},
                                                                {"cp:keywords", &properties.keywords},
                                                                {"dc:description", &properties.comments},
                                                                {"cp:lastModifiedBy", &properties.author}};
    for (const auto& [element, value] : items) {
        if (value->empty()) {
            continue;
        }
        xml.append("<").append(element).append(">");
        appendXmlText(xml, *value);
        xml.append("</").append(element).append(">");
    }
    xml += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">";
    xml += now;
    xml += "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">";
    xml += now;
    xml += "</dcterms:modified></cp:coreProperties>";
    return xml;
}

std::string appXml(const std::vector<std::string>& sheets) {
    std::string xml = kXmlDeclaration;
    xml += "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
           "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
           "<Application>Couverture</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
           "<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets"
           "</vt:lpstr></vt:variant><vt:variant><vt:i4>";
    xml += std::to_string(sheets.size());
    xml += "</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size=\"";
    xml += std::to_string(sheets.size());
    xml += "\" baseType=\"lpstr\">";
    for (const std::string& sheet : sheets) {
        xml += "<vt:lpstr>";
        appendXmlText(xml, sheet);
        xml += "</vt:lpstr>";
    }
    xml += "</vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
           "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>12.0000</AppVersion></Properties>";
    return xml;
}

// What a sheet is: its name, the rows of its table it holds, and the ranges the workbook names.
struct SheetPlan {
    std::string name;
    const OutputTable* table = nullptr;
    std::size_t firstRow = 0, rowCount = 0, headerRows = 1;
};

std::string workbookXml(const std::vector<SheetPlan>& sheets) {
    std::string xml = kXmlDeclaration;
    xml += "<workbook xmlns=\"";
    xml += kMainNamespace;
    xml += "\" xmlns:r=\"";
    xml += kRelationships;
    xml += "\"><bookViews><workbookView xWindow=\"240\" yWindow=\"15\" windowWidth=\"16095\" "
           "windowHeight=\"9660\"/></bookViews><sheets>";
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        xml += "<sheet name=\"";
        appendXmlText(xml, sheets[i].name);
        xml += "\" sheetId=\"" + std::to_string(i + 1) + "\" r:id=\"rId" + std::to_string(i + 1) + "\"/>";
    }
    xml += "</sheets><definedNames>";
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        const SheetPlan& sheet = sheets[i];
        const std::string last = columnLetters(std::max<std::size_t>(sheet.table->columns.size(), 1) - 1);
        xml += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + std::to_string(i) +
               "\" hidden=\"1\">";
        std::string range = quotedSheetName(sheet.name);
        range += "!$A$";
        range += std::to_string(sheet.headerRows);
        range += ":$";
        range += last;
        range += "$";
        range += std::to_string(sheet.headerRows + sheet.rowCount);
        appendXmlText(xml, range);
        xml += "</definedName>";
    }
    xml += "</definedNames><calcPr calcId=\"124519\" fullCalcOnLoad=\"1\"/></workbook>";
    return xml;
}

std::string workbookRelationshipsXml(std::size_t sheets) {
    std::string xml = kXmlDeclaration;
    xml += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    const std::string type = std::string(kRelationships) + "/";
    for (std::size_t i = 1; i <= sheets; ++i) {
        xml += "<Relationship Id=\"rId" + std::to_string(i) + "\" Type=\"" + type +
               "worksheet\" Target=\"worksheets/sheet" + std::to_string(i) + ".xml\"/>";
    }
    xml += "<Relationship Id=\"rId" + std::to_string(sheets + 1) + "\" Type=\"" + type +
           "styles\" Target=\"styles.xml\"/>";
    xml += "<Relationship Id=\"rId" + std::to_string(sheets + 2) + "\" Type=\"" + type +
           "sharedStrings\" Target=\"sharedStrings.xml\"/>";
    xml += "</Relationships>";
    return xml;
}

std::string contentTypesXml(std::size_t sheets) {
    const std::string office = "application/vnd.openxmlformats-officedocument.";
    std::string xml = kXmlDeclaration;
    xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" "
           "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
    const auto override = [&](const std::string& part, const std::string& type) {
        xml += "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
    };
    override("/docProps/app.xml", office + "extended-properties+xml");
    override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    override("/xl/styles.xml", office + "spreadsheetml.styles+xml");
    override("/xl/sharedStrings.xml", office + "spreadsheetml.sharedStrings+xml");
    override("/xl/workbook.xml", office + "spreadsheetml.sheet.main+xml");
    for (std::size_t i = 1; i <= sheets; ++i) {
        override("/xl/worksheets/sheet" + std::to_string(i) + ".xml", office + "spreadsheetml.worksheet+xml");
    }
    xml += "</Types>";
    return xml;
}

constexpr const char* kPackageRelationships =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"xl/workbook.xml\"/>"
    "<Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
    "Target=\"docProps/core.xml\"/>"
    "<Relationship Id=\"rId3\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" "
    "Target=\"docProps/app.xml\"/></Relationships>";

// One sheet streamed into the package: header (bold), HXL row (grey italic), then its rows; text as shared
// strings (never formulas), number columns as numbers.
void writeSheet(ZipPackage& package, std::size_t index, const SheetPlan& plan,
                const std::vector<double>& widths, const std::vector<std::string>& letters,
                SharedStrings& strings, RowCells& cells) {
    const OutputTable& table = *plan.table;
    const std::size_t columns = table.columns.size();
    // A cell's XML is at most ~60 bytes whatever its text (texts are shared strings): the sheet needs zip64
    // only past 4 GiB of that.
    const std::uint64_t bound = (plan.rowCount + plan.headerRows) * (columns * 64 + 32) + 65536;
    package.begin("xl/worksheets/sheet" + std::to_string(index + 1) + ".xml", bound > 0xFFFFFFFFull);
    std::string xml = kXmlDeclaration;
    xml += "<worksheet xmlns=\"";
    xml += kMainNamespace;
    xml += "\" xmlns:r=\"";
    xml += kRelationships;
    xml += "\"><dimension ref=\"A1:";
    xml += letters[std::max<std::size_t>(columns, 1) - 1];
    appendNumber(xml, plan.headerRows + plan.rowCount);
    xml += "\"/><sheetViews><sheetView ";
    xml += index == 0 ? "tabSelected=\"1\" " : "";
    xml += "workbookViewId=\"0\"><pane ySplit=\"";
    appendNumber(xml, plan.headerRows);
    xml += "\" topLeftCell=\"A";
    appendNumber(xml, plan.headerRows + 1);
    xml += "\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView>"
           "</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>";
    if (!widths.empty()) {
        xml += "<cols>";
        for (std::size_t c = 0; c < widths.size(); ++c) {
            xml += "<col min=\"" + std::to_string(c + 1) + "\" max=\"" + std::to_string(c + 1) +
                   "\" width=\"" + widthText(widths[c]) + "\" customWidth=\"1\"/>";
        }
        xml += "</cols>";
    }
    xml += "<sheetData>";
    const auto headerRow = [&](std::size_t row, const char* style, auto text) {
        xml += "<row r=\"";
        appendNumber(xml, row);
        xml += "\">";
        for (std::size_t c = 0; c < columns; ++c) {
            const std::string& value = text(table.columns[c]);
            xml += "<c r=\"";
            xml += letters[c];
            appendNumber(xml, row);
            xml += "\" s=\"";
            xml += style;
            if (value.empty()) {
                xml += "\"/>"; // a blank cell that keeps the row's style
                continue;
            }
            xml += "\" t=\"s\"><v>";
            appendNumber(xml, strings.id(value, true));
            xml += "</v></c>";
        }
        xml += "</row>";
    };
    headerRow(1, "1", [](const OutputColumn& column) -> const std::string& { return column.name; });
    if (plan.headerRows > 1) {
        headerRow(2, "2", [](const OutputColumn& column) -> const std::string& { return column.hxl; });
    }
    for (std::size_t r = 0; r < plan.rowCount; ++r) {
        table.rowAt(plan.firstRow + r, cells);
        const std::size_t at = plan.headerRows + r + 1;
        xml += "<row r=\"";
        appendNumber(xml, at);
        xml += "\">";
        // A cell says where it is (r="K548") only after an empty cell: the others follow in order, as the
        // format allows. Without the row number in every cell, a row's XML repeats the row above it
        // wherever the values do, and deflate finds long matches: on the 1,517,544-row report the sheets
        // shrank from 1.21 GB to 0.80 GB of XML and from 166 MB to 49 MB deflated, and `couverture match`
        // from 20.3 s to 12.2 s of processor time. ECMA-376 makes r optional; LibreOffice, openpyxl and GDAL
        // read such cells (checked on the real 3W report).
        bool placed = true;
        for (std::size_t c = 0; c < cells.size() && c < columns; ++c) {
            const std::string_view cell = cells[c];
            if (cell.empty()) {
                placed = false;
                continue;
            }
            const std::size_t mark = xml.size();
            const auto openCell = [&] {
                if (placed) {
                    xml += "<c";
                } else {
                    xml += "<c r=\"";
                    xml += letters[c];
                    appendNumber(xml, at);
                    xml += "\"";
                }
            };
            openCell();
            if (table.columns[c].type != OutputColumn::Type::Text) {
                xml += "><v>";
                if (appendNumberValue(xml, cell)) {
                    xml += "</v></c>";
                    placed = true;
                    continue;
                }
                xml.resize(mark); // not a number after all: written as text
                openCell();
            }
            placed = true;
            // Text is always a string cell: "=..." stays text, never a formula.
            xml += " t=\"s\"><v>";
            const std::string_view text = cellText(cell);
            appendNumber(xml, strings.id(text, cells.shared(c) && text.size() == cell.size()));
            xml += "</v></c>";
        }
        xml += "</row>";
        if (xml.size() >= (1u << 16)) {
            package.write(xml);
            xml.clear();
        }
    }
    xml += "</sheetData><autoFilter ref=\"A";
    appendNumber(xml, plan.headerRows);
    xml += ":";
    xml += letters[std::max<std::size_t>(columns, 1) - 1];
    appendNumber(xml, plan.headerRows + plan.rowCount);
    xml += "\"/><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
           "footer=\"0.3\"/></worksheet>";
    package.write(xml);
    package.end();
}

void writeSharedStrings(ZipPackage& package, const SharedStrings& strings) {
    // Escaping makes a byte at most 7 (_x001F_), and each item adds its tags.
    const std::uint64_t bound = strings.bytes() * 7 + strings.count() * 40 + 4096;
    package.begin("xl/sharedStrings.xml", bound > 0xFFFFFFFFull);
    std::string xml = kXmlDeclaration;
    xml += "<sst xmlns=\"";
    xml += kMainNamespace;
    xml += "\" count=\"";
    appendNumber(xml, strings.references());
    xml += "\" uniqueCount=\"";
    appendNumber(xml, strings.count());
    xml += "\">";
    for (const std::string& text : strings.texts()) {
        xml += "<si>";
        appendTextElement(xml, text);
        xml += "</si>";
        if (xml.size() >= (1u << 16)) {
            package.write(xml);
            xml.clear();
        }
    }
    xml += "</sst>";
    package.write(xml);
    package.end();
}

} // namespace

void writeXlsx(const std::vector<const OutputTable*>& tables, const std::string& path,
               const DocumentProperties& properties, std::size_t sheetRowLimit) {
    // Written by hand rather than through libxlsxwriter: its constant-memory mode formats every cell with
    // fprintf into a temporary file as an inline string and deflates the result at level 6; the 1,517,544-row
    // match report took 60 of the 82 CPU seconds of `couverture match` that way (2 s for the 24,088-row 3W).
    writeAtomically(path, [&](const std::string& temporary) {
        std::vector<SheetPlan> plans;
        std::vector<std::string> used;
        for (const OutputTable* table : tables) {
            const bool anyHxl = std::any_of(table->columns.begin(), table->columns.end(),
                                            [](const OutputColumn& column) { return !column.hxl.empty(); });
            const std::size_t headerRows = anyHxl ? 2 : 1;
            const std::size_t perSheet = std::max<std::size_t>(sheetRowLimit, headerRows + 1) - headerRows;
            const std::size_t total = table->rowCount();
            const std::size_t sheets = std::max<std::size_t>(1, (total + perSheet - 1) / perSheet);
            for (std::size_t part = 1; part <= sheets; ++part) {
                SheetPlan plan;
                plan.name = sheetName(table->name, sheets > 1 ? part : 1, used);
                plan.table = table;
                plan.headerRows = headerRows;
                plan.firstRow = (part - 1) * perSheet;
                plan.rowCount = std::min(perSheet, total - std::min(total, plan.firstRow));
                plans.push_back(std::move(plan));
            }
        }
        std::string title = properties.title;
        for (const OutputTable* table : tables) {
            if (properties.title.empty()) {
                title += (title.empty() ? "" : ", ") + table->name;
            }
        }
        std::vector<std::string> names;
        std::size_t widestTable = 1;
        for (const SheetPlan& plan : plans) {
            names.push_back(plan.name);
            widestTable = std::max(widestTable, plan.table->columns.size());
        }
        std::vector<std::string> letters;
        for (std::size_t c = 0; c < widestTable; ++c) {
            letters.push_back(columnLetters(c));
        }

        ZipPackage package(temporary, path);
        package.add("[Content_Types].xml", contentTypesXml(plans.size()));
        package.add("_rels/.rels", kPackageRelationships);
        package.add("docProps/app.xml", appXml(names));
        package.add("docProps/core.xml", coreXml(properties, title));
        package.add("xl/workbook.xml", workbookXml(plans));
        package.add("xl/_rels/workbook.xml.rels", workbookRelationshipsXml(plans.size()));
        package.add("xl/styles.xml", stylesXml());
        SharedStrings strings;
        RowCells cells;
        const OutputTable* widthsOf = nullptr;
        std::vector<double> widths;
        for (std::size_t i = 0; i < plans.size(); ++i) {
            if (plans[i].table != widthsOf) {
                widthsOf = plans[i].table;
                widths = columnWidths(*widthsOf);
            }
            writeSheet(package, i, plans[i], widths, letters, strings, cells);
        }
        writeSharedStrings(package, strings);
        package.close();
    });
}

void writeGeoPackage(const std::vector<const OutputTable*>& tables, const std::string& path,
                     const GeoPackageExtras& extras) {
    ensureGdalRegistered();
    writeWithGdal("GPKG", tables, path, true, &extras);
}

} // namespace couverture
