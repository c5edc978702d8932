#include "core/activity_table.h"

#include "core/gdal_support.h"
#include "core/text_fold.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cpl_conv.h>
#include <cpl_csv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <cstdio>
#include <cstring>
#include <gdal.h>
#include <memory>
#include <mutex>
#include <ogr_api.h>
#include <string>
#include <utility>

namespace couverture {

namespace {

constexpr std::size_t index(Role role) {
    return static_cast<std::size_t>(role);
}

bool isPlaceRole(Role role) {
    return role == Role::Adm1Code || role == Role::Adm1Name || role == Role::Adm2Code ||
           role == Role::Adm2Name || role == Role::Adm3Code || role == Role::Adm3Name;
}

bool isAscii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

} // namespace

std::string ActivityRow::organisationKey() const {
    std::string_view source = trim(cell(Role::OrgAcronym));
    if (source.empty()) {
        source = trim(cell(Role::OrgName));
    }
    std::string key;
    key.reserve(source.size());
    bool pendingSpace = false;
    for (std::size_t i = 0; i < source.size();) {
        const auto [cp, length] = decodeUtf8At(source, i);
        if (cp < 0x80 && isAsciiSpace(static_cast<char>(cp))) {
            pendingSpace = true;
        } else if (cp == 0xA0 || cp == 0x202F) {
            pendingSpace = true;
        } else {
            if (pendingSpace && !key.empty()) {
                key += ' ';
            }
            pendingSpace = false;
            if (cp < 0x80) {
                key += static_cast<char>(std::toupper(static_cast<int>(cp)));
            } else if (const std::string_view spelling = asciiSpelling(cp); !spelling.empty()) {
                for (const char letter : spelling) {
                    key += static_cast<char>(std::toupper(static_cast<unsigned char>(letter)));
                }
            } else {
                key.append(source.substr(i, length));
            }
        }
        i += length;
    }
    return key;
}

// ---------------------------------------------------------------------------------------------------------------
// GDAL plumbing
// ---------------------------------------------------------------------------------------------------------------

namespace {

// Collects GDAL's messages instead of printing them. The OCHA workbook's sheets end in thousands of formatted
// empty rows near row 1,048,576 that make the XLSX driver say "Too big gap": harmless, dropped.
class GdalMessages {
public:
    GdalMessages() { CPLPushErrorHandlerEx(&GdalMessages::handler, this); }
    ~GdalMessages() { CPLPopErrorHandler(); }
    GdalMessages(const GdalMessages&) = delete;
    GdalMessages& operator=(const GdalMessages&) = delete;

    const std::vector<std::string>& messages() const { return messages_; }
    std::string last() const { return messages_.empty() ? std::string{} : messages_.back(); }

private:
    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum, const char* message) {
        auto* self = static_cast<GdalMessages*>(CPLGetErrorHandlerUserData());
        if (self == nullptr || message == nullptr || level < CE_Warning) {
            return;
        }
        if (std::strstr(message, "Too big gap") != nullptr) {
            return;
        }
        if (self->messages_.size() < 20 &&
            std::find(self->messages_.begin(), self->messages_.end(), message) == self->messages_.end()) {
            self->messages_.emplace_back(message);
        }
    }
    std::vector<std::string> messages_;
};

// Thread-local GDAL configuration for the duration of a read: the spreadsheet drivers of GDAL 3.6 take their
// "no header detection, every field a string" switches as configuration options only (open options came
// in 3.8).
class ThreadConfig {
public:
    void set(const char* key, const char* value) {
        const char* previous = CPLGetThreadLocalConfigOption(key, nullptr);
        saved_.emplace_back(key, previous == nullptr ? std::nullopt : std::optional<std::string>(previous));
        CPLSetThreadLocalConfigOption(key, value);
    }
    ThreadConfig() = default;
    ThreadConfig(const ThreadConfig&) = delete;
    ThreadConfig& operator=(const ThreadConfig&) = delete;
    ~ThreadConfig() {
        for (auto it = saved_.rbegin(); it != saved_.rend(); ++it) {
            CPLSetThreadLocalConfigOption(it->first.c_str(), it->second ? it->second->c_str() : nullptr);
        }
    }

private:
    std::vector<std::pair<std::string, std::optional<std::string>>> saved_;
};

struct DatasetCloser {
    void operator()(void* dataset) const { GDALClose(dataset); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

struct FeatureDestroyer {
    void operator()(OGRFeatureH feature) const { OGR_F_Destroy(feature); }
};
using FeaturePtr = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDestroyer>;

// An in-memory file GDAL reads (/vsimem/), removed when done.
class MemoryFile {
public:
    MemoryFile() = default;
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;
    ~MemoryFile() {
        if (!name_.empty()) {
            VSIUnlink(name_.c_str());
        }
    }
    const std::string& create(std::string content) {
        content_ = std::move(content);
        char unique[64];
        std::snprintf(unique, sizeof unique, "/vsimem/couverture_activities_%p.csv",
                      static_cast<const void*>(content_.data()));
        name_ = unique;
        VSILFILE* file = VSIFileFromMemBuffer(name_.c_str(), reinterpret_cast<GByte*>(content_.data()),
                                              static_cast<vsi_l_offset>(content_.size()), FALSE);
        if (file != nullptr) {
            VSIFCloseL(file);
        }
        return name_;
    }

private:
    std::string name_;
    std::string content_;
};

enum class Format { Csv, Xlsx, Ods, Xls };

std::string lowerExtension(const std::string& path) {
    const auto slash = path.find_last_of("/\\");
    const auto dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
        return {};
    }
    std::string ext = path.substr(dot + 1);
    for (auto& c : ext) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return ext;
}

Format formatOf(const std::string& path) {
    const auto ext = lowerExtension(path);
    if (ext == "xlsx" || ext == "xlsm")
        return Format::Xlsx;
    if (ext == "ods")
        return Format::Ods;
    if (ext == "xls")
        return Format::Xls;
    return Format::Csv;
}

// One record of a CSV file as GDAL's CSV driver splits them: a physical line, extended while its count of
// double quotes is odd. GDAL skips records that are empty lines; they are found here so row numbers match the
// file.
struct CsvRecord {
    std::int64_t line = 0;          // 1-based line where the record starts
    std::int64_t index = 0;         // 0-based position among all records, blank ones included
    std::size_t begin = 0, end = 0; // byte range in the file, without the line end
};

struct CsvScan {
    std::string bytes;
    std::size_t bodyStart = 0; // after a UTF-8 BOM
    bool validUtf8 = true;
    char separator = ',';
    std::vector<CsvRecord> records; // non-blank records only, as GDAL returns them
    std::int64_t totalRecords = 0;  // blank ones included
};

CsvScan scanCsv(const std::string& path) {
    CsvScan scan;
    VSILFILE* file = VSIFOpenL(path.c_str(), "rb");
    if (file == nullptr) {
        throwInputError(path, {}, 0, "the file could not be opened");
    }
    VSIFSeekL(file, 0, SEEK_END);
    const auto size = static_cast<std::size_t>(VSIFTellL(file));
    VSIFSeekL(file, 0, SEEK_SET);
    scan.bytes.resize(size);
    const auto got = VSIFReadL(scan.bytes.data(), 1, size, file);
    VSIFCloseL(file);
    if (got != size) {
        throwInputError(path, {}, 0, "the file could not be read");
    }
    const std::string_view data = scan.bytes;
    // Excel's "Unicode text" and some exports write UTF-16: an encoding this reader does not read.
    if (data.starts_with("\xFF\xFE") || data.starts_with("\xFE\xFF")) {
        throwInputError(
            path, {}, 0,
            "unreadable encoding: the file is UTF-16 (Excel's \"Unicode text\"); save it as \"CSV UTF-8\", "
            "CSV or XLSX");
    }
    if (data.find('\0') != std::string_view::npos) {
        throwInputError(path, {}, 0,
                        "not a table GDAL can open: expected a CSV (comma, semicolon or tab), XLSX or "
                        "ODS file");
    }
    if (data.starts_with("\xEF\xBB\xBF")) {
        scan.bodyStart = 3;
    }
    scan.validUtf8 = isValidUtf8(data.substr(scan.bodyStart));

    std::size_t pos = scan.bodyStart;
    std::int64_t line = 1;
    const std::size_t n = data.size();
    while (pos < n) {
        CsvRecord record;
        record.line = line;
        record.index = scan.totalRecords;
        record.begin = pos;
        std::size_t quotes = 0;
        for (;;) {
            std::size_t end = pos;
            while (end < n && data[end] != '\n' && data[end] != '\r') {
                quotes += data[end] == '"' ? 1 : 0;
                ++end;
            }
            record.end = end;
            pos = end;
            if (pos < n) {
                if (data[pos] == '\r' && pos + 1 < n && data[pos + 1] == '\n') {
                    ++pos;
                }
                ++pos;
            }
            ++line;
            if (quotes % 2 == 0 || pos >= n) {
                break;
            }
        }
        if (record.end > record.begin) {
            scan.records.push_back(record);
        }
        ++scan.totalRecords;
    }
    return scan;
}

// Separator counts outside double quotes.
std::array<std::size_t, 3> separatorCounts(std::string_view record) {
    std::array<std::size_t, 3> counts{};
    bool quoted = false;
    for (const char c : record) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            counts[0] += c == ',' ? 1 : 0;
            counts[1] += c == ';' ? 1 : 0;
            counts[2] += c == '\t' ? 1 : 0;
        }
    }
    return counts;
}

// The separator that splits the header and the following records into the same number of cells, the most
// frequent one on ties. GDAL 3.6 only looks at the header line and falls back to ',' when it mixes
// separators.
// '\0' when the header has a single column, which GDAL 3.6's CSV driver does not open.
char sniffSeparator(const CsvScan& scan) {
    static constexpr char kSeparators[3] = {',', ';', '\t'};
    if (scan.records.empty()) {
        return ',';
    }
    const std::string_view data = scan.bytes;
    const auto& header = scan.records.front();
    const auto headerCounts = separatorCounts(data.substr(header.begin, header.end - header.begin));
    std::array<std::size_t, 3> consistent{};
    const std::size_t sample = std::min<std::size_t>(scan.records.size(), 21);
    for (std::size_t r = 1; r < sample; ++r) {
        const auto& record = scan.records[r];
        const auto counts = separatorCounts(data.substr(record.begin, record.end - record.begin));
        for (std::size_t k = 0; k < 3; ++k) {
            consistent[k] += counts[k] == headerCounts[k] ? 1 : 0;
        }
    }
    std::size_t best = 0;
    bool found = false;
    for (std::size_t k = 0; k < 3; ++k) {
        if (headerCounts[k] == 0) {
            continue;
        }
        if (!found || consistent[k] > consistent[best] ||
            (consistent[k] == consistent[best] && headerCounts[k] > headerCounts[best])) {
            best = k;
            found = true;
        }
    }
    return found ? kSeparators[best] : '\0';
}

// The header record re-written with every cell quoted, so that GDAL's detection sees only `separator`.
std::string quotedHeader(std::string_view header, char separator) {
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const char c = header[i];
        if (c == '"') {
            if (quoted && i + 1 < header.size() && header[i + 1] == '"') {
                cells.back() += '"';
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == separator && !quoted) {
            cells.emplace_back();
        } else {
            cells.back() += c;
        }
    }
    std::string out;
    for (std::size_t k = 0; k < cells.size(); ++k) {
        if (k > 0) {
            out += separator;
        }
        out += '"';
        for (const char c : cells[k]) {
            out += c;
            if (c == '"') {
                out += '"';
            }
        }
        out += '"';
    }
    return out;
}

enum class Recoding { None, DetectCp1252, Cp1252, Other };

struct OpenTable {
    Format format = Format::Csv;
    std::unique_ptr<ThreadConfig> config; // outlives the dataset: the spreadsheet drivers read lazily
    std::unique_ptr<MemoryFile> memoryFile;
    DatasetPtr dataset;
    std::optional<CsvScan> csv;
};

void configureSpreadsheets(ThreadConfig& config) {
    config.set("OGR_XLSX_HEADERS", "DISABLE");
    config.set("OGR_XLSX_FIELD_TYPES", "STRING");
    config.set("OGR_ODS_HEADERS", "DISABLE");
    config.set("OGR_ODS_FIELD_TYPES", "STRING");
    config.set("OGR_XLS_HEADERS", "DISABLE");
    config.set("OGR_XLS_FIELD_TYPES", "STRING");
}

void openTable(const std::string& path, OpenTable& table, const GdalMessages& messages) {
    ensureGdalRegistered();
    VSIStatBufL stat{};
    if (VSIStatL(path.c_str(), &stat) != 0) {
        throwInputError(path, {}, 0, "file not found");
    }
    if (VSI_ISDIR(stat.st_mode)) {
        throwInputError(path, {}, 0,
                        "not a table GDAL can open: this is a folder, expected a CSV, XLSX or ODS file");
    }
    table.format = formatOf(path);
    table.config = std::make_unique<ThreadConfig>();
    configureSpreadsheets(*table.config);

    std::string openName = path;
    const char* csvOptions[] = {"HEADERS=NO", "AUTODETECT_TYPE=NO", "EMPTY_STRING_AS_NULL=NO", nullptr};
    const char* csvDrivers[] = {"CSV", nullptr};
    const char* xlsxDrivers[] = {"XLSX", nullptr};
    const char* odsDrivers[] = {"ODS", nullptr};
    const char* xlsDrivers[] = {"XLS", nullptr};
    const char* const* drivers = csvDrivers;
    const char* const* openOptions = nullptr;
    switch (table.format) {
    case Format::Xlsx:
        drivers = xlsxDrivers;
        break;
    case Format::Ods:
        drivers = odsDrivers;
        break;
    case Format::Xls:
        drivers = xlsDrivers;
        break;
    case Format::Csv: {
        table.csv = scanCsv(path);
        auto& scan = *table.csv;
        if (scan.records.empty()) {
            throwInputError(path, {}, 0, "empty table: the file has no rows");
        }
        openOptions = csvOptions;
        scan.separator = sniffSeparator(scan);
        if (scan.separator == '\0') {
            throwInputError(path, {}, 0,
                            "not a table GDAL can open: the header row has a single column (expected columns "
                            "separated by commas, semicolons or tabs)");
        }
        const auto ext = lowerExtension(path);
        const auto& header = scan.records.front();
        std::string firstLine = scan.bytes.substr(header.begin, header.end - header.begin);
        if (const auto newline = firstLine.find_first_of("\r\n"); newline != std::string::npos) {
            firstLine.resize(newline);
        }
        const bool misread = CSVDetectSeperator(firstLine.c_str()) != scan.separator;
        if (misread || header.index > 0) {
            // GDAL would split on another separator, or stop at leading blank lines: let it read a copy that
            // starts at the header, re-written if need be so that it cannot be misread. Records keep their
            // positions in the original file.
            const std::string_view original =
                std::string_view(scan.bytes).substr(header.begin, header.end - header.begin);
            std::string copy = misread ? quotedHeader(original, scan.separator) : std::string(original);
            copy += '\n';
            std::size_t rest = header.end;
            if (rest < scan.bytes.size() && scan.bytes[rest] == '\r')
                ++rest;
            if (rest < scan.bytes.size() && scan.bytes[rest] == '\n')
                ++rest;
            copy.append(scan.bytes, rest, std::string::npos);
            table.memoryFile = std::make_unique<MemoryFile>();
            openName = table.memoryFile->create(std::move(copy));
            break;
        }
        if (ext != "csv") {
            openName = "CSV:" + path;
        }
        break;
    }
    }
    table.dataset.reset(
        GDALOpenEx(openName.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, openOptions, nullptr));
    if (!table.dataset) {
        std::string message =
            "not a table GDAL can open: expected a CSV (comma, semicolon or tab), XLSX or ODS file";
        if (const auto reason = messages.last(); !reason.empty()) {
            message += " (GDAL: " + reason + ")";
        }
        throwInputError(path, {}, 0, std::move(message));
    }
}

std::vector<OGRLayerH> layersOf(const OpenTable& table) {
    std::vector<OGRLayerH> layers;
    const int count = GDALDatasetGetLayerCount(table.dataset.get());
    for (int i = 0; i < count; ++i) {
        if (OGRLayerH layer = GDALDatasetGetLayer(table.dataset.get(), i); layer != nullptr) {
            layers.push_back(layer);
        }
    }
    return layers;
}

bool isCellEmpty(OGRFeatureH feature, int field) {
    if (OGR_F_IsFieldSetAndNotNull(feature, field) == 0) {
        return true;
    }
    return trim(OGR_F_GetFieldAsString(feature, field)).empty();
}

bool isFeatureEmpty(OGRFeatureH feature, int fields) {
    for (int i = 0; i < fields; ++i) {
        if (!isCellEmpty(feature, i)) {
            return false;
        }
    }
    return true;
}

// Rows below the header (and HXL) row, from the first rows of a layer.
struct LayerShape {
    std::int64_t features = 0;
    bool hasHeader = false;
    bool hxl = false;
};

bool looksLikeHxlRow(const std::vector<std::string>& cells) {
    std::size_t filled = 0;
    std::size_t tags = 0;
    for (const auto& cell : cells) {
        if (trim(cell).empty()) {
            continue;
        }
        ++filled;
        tags += parseHxl(cell) ? 1 : 0;
    }
    return tags > 0 && tags * 2 > filled;
}

std::vector<std::string> featureCells(OGRFeatureH feature, int fields) {
    std::vector<std::string> cells(static_cast<std::size_t>(fields));
    for (int i = 0; i < fields; ++i) {
        if (OGR_F_IsFieldSetAndNotNull(feature, i) != 0) {
            cells[static_cast<std::size_t>(i)] = std::string(trim(OGR_F_GetFieldAsString(feature, i)));
        }
    }
    return cells;
}

LayerShape shapeOf(OGRLayerH layer) {
    LayerShape shape;
    shape.features = OGR_L_GetFeatureCount(layer, TRUE);
    const int fields = OGR_FD_GetFieldCount(OGR_L_GetLayerDefn(layer));
    OGR_L_ResetReading(layer);
    std::int64_t seen = 0;
    while (FeaturePtr feature{OGR_L_GetNextFeature(layer)}) {
        ++seen;
        if (!shape.hasHeader) {
            if (!isFeatureEmpty(feature.get(), fields)) {
                shape.hasHeader = true;
                shape.features -= seen;
            }
            continue;
        }
        shape.hxl = looksLikeHxlRow(featureCells(feature.get(), fields));
        shape.features -= shape.hxl ? 1 : 0;
        break;
    }
    OGR_L_ResetReading(layer);
    if (!shape.hasHeader) {
        shape.features = 0;
    }
    shape.features = std::max<std::int64_t>(shape.features, 0);
    return shape;
}

// True when a non-empty row follows the header (and HXL) row; reads only as far as the first one.
bool hasDataRows(OGRLayerH layer) {
    const int fields = OGR_FD_GetFieldCount(OGR_L_GetLayerDefn(layer));
    OGR_L_ResetReading(layer);
    int seen = 0; // 0: looking for the header, 1: the row below it, 2: data
    bool found = false;
    while (FeaturePtr feature{OGR_L_GetNextFeature(layer)}) {
        const bool empty = isFeatureEmpty(feature.get(), fields);
        if (seen == 0) {
            seen = empty ? 0 : 1;
            continue;
        }
        if (seen == 1) {
            seen = 2;
            if (!empty && looksLikeHxlRow(featureCells(feature.get(), fields))) {
                continue;
            }
        }
        if (!empty) {
            found = true;
            break;
        }
    }
    OGR_L_ResetReading(layer);
    return found;
}

std::string sheetWhere(const OpenTable& table, const std::string& sheet) {
    return table.format == Format::Csv ? std::string{} : "sheet " + sheet;
}

// The sheet name shown to users: a CSV's is its file name without extension (also when GDAL reads a copy).
std::string layerName(const OpenTable& table, OGRLayerH layer, const std::string& path) {
    if (table.format == Format::Csv) {
        return CPLGetBasename(path.c_str());
    }
    return OGR_L_GetName(layer);
}

std::string sheetList(const OpenTable& table, const std::vector<OGRLayerH>& layers, const std::string& path) {
    std::string list;
    for (const auto layer : layers) {
        if (!list.empty()) {
            list += ", ";
        }
        list += layerName(table, layer, path);
    }
    return list;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

OGRLayerH chooseLayer(const std::string& path, const OpenTable& table, const std::string& wanted) {
    const auto layers = layersOf(table);
    if (layers.empty()) {
        throwInputError(path, {}, 0, "empty table: the file holds no sheet or layer");
    }
    if (!wanted.empty()) {
        const auto name = std::string(trim(wanted));
        for (const auto layer : layers) {
            if (name == layerName(table, layer, path)) {
                return layer;
            }
        }
        for (const auto layer : layers) {
            if (equalsIgnoringCase(name, trim(layerName(table, layer, path)))) {
                return layer;
            }
        }
        throwInputError(path, "sheet " + name, 0,
                        "unknown sheet '" + name + "'; the sheets are: " + sheetList(table, layers, path));
    }
    if (layers.size() == 1) {
        return layers.front();
    }
    for (const auto layer : layers) {
        if (hasDataRows(layer)) {
            return layer;
        }
    }
    return layers.front();
}

Recoding recodingFor(const std::string& path, const OpenTable& table, const std::string& encoding) {
    if (table.format != Format::Csv) {
        return Recoding::None; // XML-based workbooks are Unicode already
    }
    if (encoding.empty()) {
        return table.csv && !table.csv->validUtf8 ? Recoding::DetectCp1252 : Recoding::None;
    }
    const auto folded = withoutSpaces(foldText(encoding));
    if (folded == "utf8") {
        return Recoding::None;
    }
    if (folded == "cp1252" || folded == "windows1252" || folded == "iso88591" || folded == "latin1" ||
        folded == "iso885915" || folded == "ansi") {
        return Recoding::Cp1252;
    }
    // Any other name goes to iconv through CPLRecode; one it does not know is an error, not silent mojibake.
    CPLErrorReset();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLFree(CPLRecode("\xE9", encoding.c_str(), CPL_ENC_UTF8));
    CPLPopErrorHandler();
    if (CPLGetLastErrorType() != CE_None) {
        throwInputError(path, {}, 0,
                        "unreadable encoding: '" + encoding +
                            "' is not an encoding this system knows (try UTF-8 "
                            "or CP1252)");
    }
    return Recoding::Other;
}

struct PlannedRole {
    std::vector<int> columns; // one, or several sex × age parts summed
    bool part = false;
    bool isExplicit = false;
};

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// readActivityTable
// ---------------------------------------------------------------------------------------------------------------

ActivityTable readActivityTable(const std::string& path, const ActivityReadOptions& options) {
    GdalMessages messages;
    OpenTable table;
    openTable(path, table, messages);

    ActivityTable result;
    result.path = path;
    OGRLayerH layer = chooseLayer(path, table, options.sheet);
    result.sheet = layerName(table, layer, path);
    const std::string where = sheetWhere(table, result.sheet);
    const Recoding recoding = recodingFor(path, table, options.encoding);

    if (!options.progress.report(0.0, "Reading the activity table")) {
        throw Cancelled{};
    }

    const int fieldCount = OGR_FD_GetFieldCount(OGR_L_GetLayerDefn(layer));
    const auto fields = static_cast<std::size_t>(std::max(fieldCount, 0));
    const CsvScan* scan = table.csv ? &*table.csv : nullptr;
    std::int64_t expected = scan != nullptr ? static_cast<std::int64_t>(scan->records.size())
                                            : OGR_L_GetFeatureCount(layer, TRUE);
    expected = std::max<std::int64_t>(expected, 1);

    // Cell text of the current record, trimmed and in UTF-8.
    std::vector<std::string_view> cells(fields);
    std::vector<std::string> recoded(fields);
    bool recodedSomething = false;
    auto loadCells = [&](OGRFeatureH feature) {
        bool empty = true;
        for (std::size_t i = 0; i < fields; ++i) {
            const int field = static_cast<int>(i);
            std::string_view text;
            if (OGR_F_IsFieldSetAndNotNull(feature, field) != 0) {
                text = trim(OGR_F_GetFieldAsString(feature, field));
            }
            if (recoding != Recoding::None && !text.empty() && !isAscii(text)) {
                if (recoding == Recoding::Other) {
                    char* converted =
                        CPLRecode(std::string(text).c_str(), options.encoding.c_str(), CPL_ENC_UTF8);
                    recoded[i] = converted != nullptr ? converted : std::string(text);
                    CPLFree(converted);
                    text = trim(recoded[i]);
                } else if (recoding == Recoding::Cp1252 || !isValidUtf8(text)) {
                    recoded[i].clear();
                    appendWindows1252AsUtf8(recoded[i], text);
                    text = trim(recoded[i]);
                    recodedSomething = true;
                }
            }
            cells[i] = text;
            empty = empty && text.empty();
        }
        return empty;
    };

    // Position of each record GDAL returns: line and index among all records (blank CSV lines included).
    std::int64_t ordinal = 0; // records GDAL returned so far
    bool positionsTrusted = true;
    auto position = [&](OGRFeatureH feature, std::int64_t& line, std::int64_t& recordIndex) {
        const auto k = ordinal++;
        if (scan != nullptr) {
            if (positionsTrusted && k < static_cast<std::int64_t>(scan->records.size())) {
                const auto& record = scan->records[static_cast<std::size_t>(k)];
                line = record.line;
                recordIndex = record.index;
                return;
            }
            positionsTrusted = false;
            line = 0;
            recordIndex = k;
            return;
        }
        const GIntBig fid = OGR_F_GetFID(feature);
        line = fid > 0 ? fid : k + 1;
        recordIndex = line - 1;
    };

    result.rows.reserve(static_cast<std::size_t>(expected));
    OGR_L_ResetReading(layer);

    // Header: the first non-empty record.
    std::vector<std::string> headers(fields);
    std::int64_t headerIndex = -1;
    FeaturePtr feature;
    while ((feature = FeaturePtr{OGR_L_GetNextFeature(layer)})) {
        std::int64_t line = 0;
        std::int64_t recordIndex = 0;
        position(feature.get(), line, recordIndex);
        if (!loadCells(feature.get())) {
            for (std::size_t i = 0; i < fields; ++i) {
                headers[i] = std::string(cells[i]);
            }
            headerIndex = recordIndex;
            break;
        }
    }
    if (headerIndex < 0) {
        throwInputError(path, where, 0, "empty table: no header row and no data");
    }

    // HXL hashtag row, right below the header.
    std::vector<std::string> tags(fields);
    FeaturePtr pending{OGR_L_GetNextFeature(layer)};
    std::int64_t lastHeaderIndex = headerIndex;
    std::int64_t lastHeaderOrdinal = ordinal - 1;
    std::int64_t pendingLine = 0;
    std::int64_t pendingIndex = 0;
    bool pendingEmpty = true;
    if (pending) {
        position(pending.get(), pendingLine, pendingIndex);
        pendingEmpty = loadCells(pending.get());
        std::vector<std::string> candidate(fields);
        for (std::size_t i = 0; i < fields; ++i) {
            candidate[i] = std::string(cells[i]);
        }
        if (!pendingEmpty && pendingIndex == headerIndex + 1 && looksLikeHxlRow(candidate)) {
            result.hasHxlRow = true;
            tags = std::move(candidate);
            lastHeaderIndex = pendingIndex;
            lastHeaderOrdinal = ordinal - 1;
            pending.reset();
        }
    }

    // Column → role, once: explicit mapping, then HXL hashtags, then header names.
    std::vector<std::string> headerWords(fields);
    std::vector<std::optional<HxlTag>> hxl(fields);
    for (std::size_t i = 0; i < fields; ++i) {
        headerWords[i] = foldText(headers[i]);
        hxl[i] = parseHxl(tags[i]);
    }
    std::array<PlannedRole, kRoleCount> plan;
    std::vector<bool> columnUsed(fields, false);
    auto columnName = [&](std::size_t i) {
        return !headers[i].empty() ? headers[i]
               : !tags[i].empty()  ? tags[i]
                                   : "column " + std::to_string(i + 1);
    };
    for (const auto& [role, text] : options.explicitMapping) {
        if (index(role) >= kRoleCount) {
            continue;
        }
        const auto wantedTag = parseHxl(text);
        const auto wantedWords = foldText(text);
        std::optional<std::size_t> found;
        for (std::size_t i = 0; i < fields && !found; ++i) {
            if (wantedTag && hxl[i] && canonicalHxl(*wantedTag) == canonicalHxl(*hxl[i])) {
                found = i;
            } else if (!wantedTag && !wantedWords.empty() && wantedWords == headerWords[i]) {
                found = i;
            }
        }
        if (!found) {
            result.problems.push_back({Severity::Warning, path, where, 0,
                                       "Mapping " + std::string(roleKey(role)) + " = '" + text +
                                           "': no column has this header or HXL tag."});
            continue;
        }
        plan[index(role)] = {{static_cast<int>(*found)}, false, true};
        columnUsed[*found] = true;
        result.mapping[role] = {static_cast<int>(*found), headers[*found], tags[*found], "explicit", {}};
    }
    std::vector<bool> claimed(fields, false);
    auto claim = [&](std::size_t i, const DetectedRole& detected, const char* how) {
        claimed[i] = true;
        const Role role = *detected.role;
        auto& planned = plan[index(role)];
        if (planned.columns.empty()) {
            planned = {{static_cast<int>(i)}, detected.part, false};
            columnUsed[i] = true;
            result.mapping[role] = {static_cast<int>(i), headers[i], tags[i], how, {}};
            return;
        }
        if (planned.part && detected.part && !planned.isExplicit) {
            planned.columns.push_back(static_cast<int>(i));
            columnUsed[i] = true;
            auto& mapping = result.mapping[role];
            mapping.summedWith.push_back(static_cast<int>(i));
            mapping.header += " + " + headers[i];
            if (!tags[i].empty()) {
                mapping.hxl += (mapping.hxl.empty() ? "" : " + ") + tags[i];
            }
            return;
        }
        const auto first = static_cast<std::size_t>(planned.columns.front());
        result.problems.push_back({Severity::Info, path, where, 0,
                                   "Column '" + columnName(i) + "' is also " + std::string(roleKey(role)) +
                                       "; column '" + columnName(first) +
                                       "' is used and this one is ignored."});
    };
    for (std::size_t i = 0; i < fields; ++i) {
        if (!columnUsed[i] && hxl[i]) {
            if (const auto detected = roleFromHxl(*hxl[i], headerWords[i]); detected.role) {
                claim(i, detected, "hxl");
            }
        }
    }
    for (std::size_t i = 0; i < fields; ++i) {
        if (!columnUsed[i] && !claimed[i]) {
            if (const auto detected = roleFromHeader(headerWords[i]); detected.role) {
                claim(i, detected, "header");
            }
        }
    }
    for (std::size_t i = 0; i < fields; ++i) {
        if (!columnUsed[i] && (!headers[i].empty() || !tags[i].empty())) {
            result.unmappedHeaders.push_back(columnName(i));
        }
    }
    const bool hasPlace =
        std::any_of(result.mapping.begin(), result.mapping.end(),
                    [](const auto& entry) { return isPlaceRole(entry.first); }) ||
        (options.pointsArePlaces &&
         (result.mapping.count(Role::SiteName) != 0 ||
          (result.mapping.count(Role::Latitude) != 0 && result.mapping.count(Role::Longitude) != 0)));

    // The hot loop works on plain (role, column) lists.
    std::vector<std::pair<std::size_t, std::size_t>> textRoles; // role, column: copied as read
    std::vector<std::size_t> summedRoles;                       // roles fed by several part columns
    for (std::size_t r = 0; r < kRoleCount; ++r) {
        if (plan[r].columns.size() == 1) {
            textRoles.emplace_back(r, static_cast<std::size_t>(plan[r].columns.front()));
        } else if (plan[r].columns.size() > 1) {
            summedRoles.push_back(r);
        }
    }
    auto headerOf = [&](std::size_t column) { return columnName(column); };

    std::int64_t previousIndex = lastHeaderIndex;
    std::vector<std::int64_t> rowOrdinals; // GDAL's record ordinal of each row, to renumber if positions fail
    auto addProblem = [&](std::int64_t row, std::string message) {
        result.problems.push_back({Severity::Warning, path, where, row, std::move(message)});
    };
    auto handleRecord = [&](bool empty, std::int64_t line, std::int64_t recordIndex) {
        const std::int64_t row = recordIndex - lastHeaderIndex;
        result.emptyRows += std::max<std::int64_t>(recordIndex - previousIndex - 1, 0);
        previousIndex = recordIndex;
        if (empty) {
            ++result.emptyRows;
            return;
        }
        ActivityRow& out = result.rows.emplace_back();
        rowOrdinals.push_back(ordinal - 1);
        out.row = row;
        out.sourceLine = line;
        for (const auto& [role, column] : textRoles) {
            out.cells[role] = cells[column];
        }
        std::array<std::optional<double>, kRoleCount> figures{};
        for (std::size_t r = index(Role::Targeted); r <= index(Role::ReachedAdults); ++r) {
            for (const int column : plan[r].columns) {
                const auto c = static_cast<std::size_t>(column);
                bool bad = false;
                if (const auto value = parseFigure(cells[c], bad)) {
                    figures[r] = figures[r].value_or(0.0) + *value;
                } else if (bad) {
                    addProblem(row, headerOf(c) + ": '" + std::string(cells[c]) + "' is not a number");
                }
            }
        }
        for (const auto r : summedRoles) {
            if (figures[r]) {
                out.cells[r] = formatFigure(*figures[r]);
            }
        }
        auto total = [&](Role whole, Role f, Role m, Role children, Role adults) -> std::optional<double> {
            if (figures[index(whole)])
                return figures[index(whole)];
            if (figures[index(f)] || figures[index(m)]) {
                return figures[index(f)].value_or(0.0) + figures[index(m)].value_or(0.0);
            }
            if (figures[index(children)] || figures[index(adults)]) {
                return figures[index(children)].value_or(0.0) + figures[index(adults)].value_or(0.0);
            }
            return std::nullopt;
        };
        out.targeted = total(Role::Targeted, Role::TargetedF, Role::TargetedM, Role::TargetedChildren,
                             Role::TargetedAdults);
        out.reached =
            total(Role::Reached, Role::ReachedF, Role::ReachedM, Role::ReachedChildren, Role::ReachedAdults);
        auto date = [&](Role role, std::optional<Date>& value) {
            const auto& planned = plan[index(role)];
            if (planned.columns.empty()) {
                return;
            }
            const auto c = static_cast<std::size_t>(planned.columns.front());
            if (cells[c].empty() || isNoValue(cells[c])) {
                return;
            }
            value = parseDate(cells[c]);
            if (!value) {
                addProblem(row, headerOf(c) + ": '" + std::string(cells[c]) + "' is not a date");
            }
        };
        date(Role::StartDate, out.start);
        date(Role::EndDate, out.end);
        if (out.start && out.end && *out.end < *out.start) {
            addProblem(row, "End date " + formatDate(*out.end) + " is before start date " +
                                formatDate(*out.start));
        }
    };

    if (!hasPlace) {
        throwInputError(
            path, where, 0,
            "no usable place column: expected a région, cercle or commune code or name column (headers "
            "or HXL #adm1..#adm3)");
    }

    if (pending) {
        handleRecord(pendingEmpty, pendingLine, pendingIndex);
        pending.reset();
    }
    constexpr std::int64_t kProgressStep = 1000;
    while ((feature = FeaturePtr{OGR_L_GetNextFeature(layer)})) {
        std::int64_t line = 0;
        std::int64_t recordIndex = 0;
        position(feature.get(), line, recordIndex);
        const bool empty = loadCells(feature.get());
        handleRecord(empty, line, recordIndex);
        if (ordinal % kProgressStep == 0) {
            const double fraction =
                std::min(1.0, static_cast<double>(ordinal) / static_cast<double>(expected));
            if (!options.progress.report(fraction, "Reading the activity table")) {
                throw Cancelled{};
            }
        }
    }
    if (scan != nullptr) {
        if (positionsTrusted && ordinal == static_cast<std::int64_t>(scan->records.size())) {
            result.emptyRows += std::max<std::int64_t>(scan->totalRecords - 1 - previousIndex, 0);
        } else {
            // GDAL split the file differently from the scan (unusual line ends): number rows as GDAL read
            // them.
            std::vector<std::pair<std::int64_t, std::int64_t>> renumber; // old row -> new row
            for (std::size_t k = 0; k < result.rows.size(); ++k) {
                const std::int64_t newRow = rowOrdinals[k] - lastHeaderOrdinal;
                renumber.emplace_back(result.rows[k].row, newRow);
                result.rows[k].row = newRow;
                result.rows[k].sourceLine = 0;
            }
            result.emptyRows = std::max<std::int64_t>(
                ordinal - 1 - lastHeaderOrdinal - static_cast<std::int64_t>(result.rows.size()), 0);
            for (auto& problem : result.problems) {
                const auto it = std::lower_bound(renumber.begin(), renumber.end(),
                                                 std::make_pair(problem.row, std::int64_t{0}));
                if (problem.row > 0 && it != renumber.end() && it->first == problem.row) {
                    problem.row = it->second;
                }
            }
            result.problems.push_back({Severity::Info, path, where, 0,
                                       "Blank lines could not be located in this file; row numbers count the "
                                       "records read, blank lines excluded."});
        }
    }
    if (recodedSomething && recoding == Recoding::DetectCp1252) {
        result.problems.push_back(
            {Severity::Info, path, where, 0, "The file is not UTF-8; its text was read as Windows-1252."});
    }
    for (const auto& message : messages.messages()) {
        result.problems.push_back({Severity::Info, path, where, 0, "GDAL: " + message});
    }
    if (result.rows.empty()) {
        throwInputError(path, where, 0, "empty table: a header row but no data rows below it");
    }
    options.progress.report(1.0, "Reading the activity table");
    return result;
}

std::vector<SheetInfo> listSheets(const std::string& path) {
    GdalMessages messages;
    OpenTable table;
    openTable(path, table, messages);
    std::vector<SheetInfo> sheets;
    for (const auto layer : layersOf(table)) {
        SheetInfo info;
        info.name = layerName(table, layer, path);
        const auto shape = shapeOf(layer);
        info.rows = shape.features;
        if (table.csv && shape.hasHeader) {
            // Count blank lines too, as readActivityTable numbers rows.
            const auto& scan = *table.csv;
            const std::int64_t headerIndex = scan.records.front().index;
            info.rows = std::max<std::int64_t>(scan.totalRecords - headerIndex - 1 - (shape.hxl ? 1 : 0), 0);
        }
        sheets.push_back(std::move(info));
    }
    return sheets;
}

} // namespace couverture
