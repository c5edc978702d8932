#include "core/activity_table.h"

#include "core/gdal_support.h"
#include "core/tables/csv_records.h"
#include "core/tables/ods_reader.h"
#include "core/tables/xlsx_check.h"
#include "core/text_fold.h"
#include "core/texts.h"

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
#include <unordered_set>
#include <utility>

namespace couverture {

// A people count above this is a typing or export error, not a figure: Mali had 17.9 million people in the
// COD-PS 2018 and some 24 million are projected for 2026.
constexpr double kMostPeople = 30'000'000;

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
// Shared cell texts
// ---------------------------------------------------------------------------------------------------------------

namespace {

struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

struct CellPool {
    std::mutex mutex;
    std::unordered_set<std::string, TextHash, std::equal_to<>> texts;
};

const std::string& emptyText() {
    static const std::string empty;
    return empty;
}

} // namespace

const std::string& internCell(std::string_view text) {
    if (text.empty()) {
        return emptyText();
    }
    static CellPool* pool = new CellPool; // lives as long as the process: rows anywhere may point into it
    const std::lock_guard lock(pool->mutex);
    if (const auto found = pool->texts.find(text); found != pool->texts.end()) {
        return *found;
    }
    return *pool->texts.emplace(text).first;
}

// ---------------------------------------------------------------------------------------------------------------
// Sources: CSV (own streaming reader), ODS (own streaming reader), XLSX and XLS (GDAL)
// ---------------------------------------------------------------------------------------------------------------

namespace {

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

enum class Format { Csv, Xlsx, Ods, Xls };

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

bool looksLikeHxlRow(const std::vector<std::string_view>& cells) {
    std::size_t filled = 0;
    std::size_t tags = 0;
    for (const auto cell : cells) {
        if (trim(cell).empty()) {
            continue;
        }
        ++filled;
        tags += parseHxl(std::string(trim(cell))) ? 1 : 0;
    }
    return tags > 0 && tags * 2 > filled;
}

bool allEmpty(const std::vector<std::string_view>& cells) {
    return std::all_of(cells.begin(), cells.end(), [](std::string_view cell) { return trim(cell).empty(); });
}

// The records of one sheet, in order: raw cells (untrimmed views, valid until the next call), where the
// record is in the file (line, or spreadsheet row) and its position among all records, empty ones included.
class RecordSource {
public:
    virtual ~RecordSource() = default;
    virtual std::size_t width() const = 0;
    virtual bool next(std::vector<std::string_view>& cells, std::int64_t& line, std::int64_t& index) = 0;
    virtual double fraction() const = 0;
    virtual void rewind() = 0;
    virtual std::int64_t expectedRecords() const = 0; // for reserving; may be more than there are
    // The line the last record ends on (CSV; 0 when the source does not know), and the cells it had when
    // non-empty ones beyond the header's width were left out (else 0).
    virtual std::int64_t endLine() const { return 0; }
    virtual bool holdsRows() const { return false; } // see CsvRecords::lastHoldsRows
    virtual std::size_t overflow() const { return 0; }
};

class CsvSource final : public RecordSource {
public:
    explicit CsvSource(const std::string& path) : path_(path), records_(std::make_unique<CsvRecords>(path)) {}
    std::size_t width() const override { return records_->width(); }
    bool next(std::vector<std::string_view>& cells, std::int64_t& line, std::int64_t& index) override {
        return records_->next(cells, line, index);
    }
    double fraction() const override { return records_->fraction(); }
    std::int64_t expectedRecords() const override { return records_->estimatedRecords(); }
    void rewind() override { records_ = std::make_unique<CsvRecords>(path_); }
    std::int64_t totalRecords() const { return records_->totalRecords(); }
    std::int64_t endLine() const override { return records_->lastEndLine(); }
    bool holdsRows() const override { return records_->lastHoldsRows(); }
    std::size_t overflow() const override { return records_->lastOverflow(); }

private:
    std::string path_;
    std::unique_ptr<CsvRecords> records_;
};

class SheetSource final : public RecordSource {
public:
    explicit SheetSource(const SpreadsheetSheet& sheet) : sheet_(sheet) {}
    std::size_t width() const override { return sheet_.columns; }
    bool next(std::vector<std::string_view>& cells, std::int64_t& line, std::int64_t& index) override {
        if (next_ >= sheet_.rows.size()) {
            return false;
        }
        const SpreadsheetRow& row = sheet_.rows[next_++];
        cells.assign(sheet_.columns, std::string_view{});
        for (std::size_t i = 0; i < row.cells.size() && i < cells.size(); ++i) {
            cells[i] = row.cells[i];
        }
        line = row.number;
        index = row.number - 1;
        return true;
    }
    double fraction() const override {
        return sheet_.rows.empty() ? 1.0
                                   : static_cast<double>(next_) / static_cast<double>(sheet_.rows.size());
    }
    void rewind() override { next_ = 0; }
    std::int64_t expectedRecords() const override { return static_cast<std::int64_t>(sheet_.rows.size()); }

private:
    const SpreadsheetSheet& sheet_;
    std::size_t next_ = 0;
};

class LayerSource final : public RecordSource {
public:
    explicit LayerSource(OGRLayerH layer) : layer_(layer) {
        width_ = static_cast<std::size_t>(std::max(0, OGR_FD_GetFieldCount(OGR_L_GetLayerDefn(layer))));
        expected_ = std::max<std::int64_t>(OGR_L_GetFeatureCount(layer, TRUE), 1);
        OGR_L_ResetReading(layer_);
    }
    std::size_t width() const override { return width_; }
    bool next(std::vector<std::string_view>& cells, std::int64_t& line, std::int64_t& index) override {
        feature_.reset(OGR_L_GetNextFeature(layer_));
        if (!feature_) {
            return false;
        }
        const auto k = ordinal_++;
        cells.assign(width_, std::string_view{});
        for (std::size_t i = 0; i < width_; ++i) {
            const int field = static_cast<int>(i);
            if (OGR_F_IsFieldSetAndNotNull(feature_.get(), field) != 0) {
                cells[i] = OGR_F_GetFieldAsString(feature_.get(), field);
            }
        }
        const GIntBig fid = OGR_F_GetFID(feature_.get());
        line = fid > 0 ? fid : k + 1;
        index = line - 1;
        return true;
    }
    double fraction() const override {
        return std::min(1.0, static_cast<double>(ordinal_) / static_cast<double>(expected_));
    }
    std::int64_t expectedRecords() const override { return expected_; }
    void rewind() override {
        feature_.reset();
        ordinal_ = 0;
        OGR_L_ResetReading(layer_);
    }

private:
    OGRLayerH layer_;
    std::size_t width_ = 0;
    std::int64_t expected_ = 1;
    std::int64_t ordinal_ = 0;
    FeaturePtr feature_;
};

// Rows below the header (and HXL) row, and whether a data row follows them.
struct SourceShape {
    std::int64_t dataRows = 0; // empty rows between data rows included
    bool hasHeader = false;
    bool hxl = false;
};

SourceShape shapeOf(RecordSource& source) {
    SourceShape shape;
    std::vector<std::string_view> cells;
    std::int64_t line = 0, index = 0, headerIndex = -1, lastData = -1;
    std::int64_t ordinal = 0;
    source.rewind();
    while (source.next(cells, line, index)) {
        if (allEmpty(cells)) {
            continue;
        }
        if (headerIndex < 0) {
            headerIndex = index;
            shape.hasHeader = true;
            continue;
        }
        if (ordinal++ == 0 && index == headerIndex + 1 && looksLikeHxlRow(cells)) {
            shape.hxl = true;
            headerIndex = index;
            continue;
        }
        lastData = index;
    }
    source.rewind();
    shape.dataRows = lastData < 0 ? 0 : lastData - headerIndex;
    return shape;
}

// One sheet of an opened table, and what keeps its source alive.
struct OpenSheet {
    Format format = Format::Csv;
    std::string name;                     // sheet or layer; a CSV's file name without extension
    std::unique_ptr<ThreadConfig> config; // outlives the dataset: the spreadsheet drivers read lazily
    DatasetPtr dataset;
    std::vector<SpreadsheetSheet> odsSheets;
    std::unique_ptr<RecordSource> source;
};

void configureSpreadsheets(ThreadConfig& config) {
    config.set("OGR_XLSX_HEADERS", "DISABLE");
    config.set("OGR_XLSX_FIELD_TYPES", "STRING");
    config.set("OGR_XLS_HEADERS", "DISABLE");
    config.set("OGR_XLS_FIELD_TYPES", "STRING");
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

// The sheet to read among `names`: the one asked for (exact, then ignoring case), else the only one, else the
// first with data. Throws for an unknown name.
template <typename HasData>
std::size_t chooseSheet(const std::string& path, const std::vector<std::string>& names,
                        const std::string& wanted, HasData hasData) {
    if (names.empty()) {
        throwInputError(path, {}, 0, translate("Problem", "empty table: the file holds no sheet or layer"));
    }
    if (!wanted.empty()) {
        const auto name = std::string(trim(wanted));
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (name == names[i]) {
                return i;
            }
        }
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (equalsIgnoringCase(name, trim(names[i]))) {
                return i;
            }
        }
        std::string list;
        for (const auto& other : names) {
            list += (list.empty() ? "" : ", ") + other;
        }
        throwInputError(path, fill(translate("Problem", "sheet %1"), {name}), 0,
                        fill(translate("Problem", "unknown sheet '%1'; the sheets are: %2"), {name, list}));
    }
    if (names.size() == 1) {
        return 0;
    }
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (hasData(i)) {
            return i;
        }
    }
    return 0;
}

std::vector<OGRLayerH> layersOf(GDALDatasetH dataset) {
    std::vector<OGRLayerH> layers;
    const int count = GDALDatasetGetLayerCount(dataset);
    for (int i = 0; i < count; ++i) {
        if (OGRLayerH layer = GDALDatasetGetLayer(dataset, i); layer != nullptr) {
            layers.push_back(layer);
        }
    }
    return layers;
}

// Opens the sheet to read (or, with `all`, leaves every sheet available through listSheets).
void openSheet(const std::string& path, const std::string& wanted, OpenSheet& open,
               const GdalMessages& messages) {
    requireRegularFile(path, translate("Problem", "file"));
    open.format = formatOf(path);
    if (open.format == Format::Csv) {
        open.name = CPLGetBasename(path.c_str());
        chooseSheet(path, {open.name}, wanted, [](std::size_t) { return true; });
        open.source = std::make_unique<CsvSource>(path);
        return;
    }
    if (open.format == Format::Ods) {
        open.odsSheets = readOdsSheets(path);
        std::vector<std::string> names;
        for (const auto& sheet : open.odsSheets) {
            names.push_back(sheet.name);
        }
        const std::size_t chosen = chooseSheet(path, names, wanted, [&](std::size_t i) {
            SheetSource source(open.odsSheets[i]);
            return shapeOf(source).dataRows > 0;
        });
        open.name = names[chosen];
        open.source = std::make_unique<SheetSource>(open.odsSheets[chosen]);
        return;
    }
    ensureGdalRegistered();
    if (open.format == Format::Xlsx) {
        requireSoundXlsx(path);
    }
    open.config = std::make_unique<ThreadConfig>();
    configureSpreadsheets(*open.config);
    const char* xlsxDrivers[] = {"XLSX", nullptr};
    const char* xlsDrivers[] = {"XLS", nullptr};
    open.dataset.reset(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                  open.format == Format::Xls ? xlsDrivers : xlsxDrivers, nullptr, nullptr));
    if (!open.dataset) {
        std::string message =
            translate("Problem", "not a table GDAL can open: expected a CSV (comma, semicolon "
                                 "or tab), XLSX or ODS file");
        if (const auto reason = messages.failures().empty() ? messages.last() : messages.failures().back();
            !reason.empty()) {
            message += " (GDAL: " + reason + ")";
        }
        throwInputError(path, {}, 0, std::move(message));
    }
    const auto layers = layersOf(open.dataset.get());
    std::vector<std::string> names;
    for (const auto layer : layers) {
        names.emplace_back(OGR_L_GetName(layer));
    }
    const std::size_t chosen = chooseSheet(path, names, wanted, [&](std::size_t i) {
        LayerSource source(layers[i]);
        return shapeOf(source).dataRows > 0;
    });
    open.name = names[chosen];
    open.source = std::make_unique<LayerSource>(layers[chosen]);
}

std::string sheetWhere(Format format, const std::string& sheet) {
    return format == Format::Csv ? std::string{} : fill(translate("Problem", "sheet %1"), {sheet});
}

enum class Recoding { None, DetectCp1252, Cp1252, Other };

Recoding recodingFor(const std::string& path, Format format, const std::string& encoding) {
    if (format != Format::Csv) {
        return Recoding::None; // XML-based workbooks are Unicode already
    }
    if (encoding.empty()) {
        return Recoding::DetectCp1252; // cells that are not valid UTF-8 are Windows-1252, as Excel writes
                                       // them
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
                        fill(translate("Problem", "unreadable encoding: '%1' is not an encoding this system "
                                                  "knows (try UTF-8 or CP1252)"),
                             {encoding}));
    }
    return Recoding::Other;
}

// Kobo's own columns, and the ones that say a table is a Kobo export.
bool isKoboSignature(const std::string& header) {
    return header == "_submission_time" || header == "_uuid" || header == "_submitted_by";
}
bool isKoboMeta(const std::string& header) {
    static constexpr std::string_view kMeta[] = {"start",
                                                 "end",
                                                 "today",
                                                 "deviceid",
                                                 "username",
                                                 "__version__",
                                                 "_submission_time",
                                                 "_uuid",
                                                 "_id",
                                                 "_index",
                                                 "_status",
                                                 "_validation_status",
                                                 "_notes",
                                                 "_tags",
                                                 "_submitted_by",
                                                 "meta/instanceID",
                                                 "formhub/uuid",
                                                 "meta/rootUuid",
                                                 "_parent_index",
                                                 "_parent_table_name"};
    return std::find(std::begin(kMeta), std::end(kMeta), header) != std::end(kMeta);
}
// "group/sub-group/question" -> "question".
std::string_view lastSegment(std::string_view header) {
    const auto slash = header.find_last_of('/');
    return slash == std::string_view::npos || slash + 1 >= header.size() ? header : header.substr(slash + 1);
}
std::vector<std::string_view> splitChoices(std::string_view cell, char separator) {
    std::vector<std::string_view> choices;
    for (std::size_t start = 0; start <= cell.size();) {
        const auto end = std::min(cell.find(separator, start), cell.size());
        if (const auto choice = trim(cell.substr(start, end - start)); !choice.empty()) {
            choices.push_back(choice);
        }
        start = end + 1;
    }
    return choices;
}

struct PlannedRole {
    std::vector<int> columns; // one, or several sex × age parts summed
    bool part = false;
    bool isExplicit = false;
};

// A GDAL failure while reading means rows may be missing: the table is not used.
void throwOnReaderFailure(const std::string& path, const std::string& where, const GdalMessages& messages) {
    if (!messages.failures().empty()) {
        throwInputError(path, where, 0,
                        fill(translate("Problem", "the table cannot be read whole (GDAL: %1); save it as CSV "
                                                  "or XLSX and try again"),
                             {messages.failures().front()}));
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// readActivityTable
// ---------------------------------------------------------------------------------------------------------------

ActivityTable readActivityTable(const std::string& path, const ActivityReadOptions& options) {
    GdalMessages messages;
    OpenSheet open;
    openSheet(path, options.sheet, open, messages);
    RecordSource& source = *open.source;

    ActivityTable result;
    result.path = path;
    result.sheet = open.name;
    const std::string where = sheetWhere(open.format, result.sheet);
    const Recoding recoding = recodingFor(path, open.format, options.encoding);

    if (!options.progress.report(0.0, translate("Progress", "Reading the activity table").c_str())) {
        throw Cancelled{};
    }

    const std::size_t fields = source.width();
    result.rows.reserve(static_cast<std::size_t>(std::max<std::int64_t>(source.expectedRecords(), 1)));

    // Cell text of the current record, trimmed and in UTF-8.
    std::vector<std::string_view> raw;
    std::vector<std::string_view> cells(fields);
    std::vector<std::string> recoded(fields);
    bool recodedSomething = false;
    std::int64_t line = 0;
    std::int64_t recordIndex = 0;
    // Loads the next record into `cells`; nullopt at the end, else whether the record is empty.
    auto nextRecord = [&]() -> std::optional<bool> {
        if (!source.next(raw, line, recordIndex)) {
            return std::nullopt;
        }
        bool empty = true;
        for (std::size_t i = 0; i < fields; ++i) {
            std::string_view text = trim(raw[i]);
            if (recoding != Recoding::None && !text.empty() && !isAscii(text)) {
                if (recoding == Recoding::Other) {
                    char* converted =
                        CPLRecode(std::string(text).c_str(), options.encoding.c_str(), CPL_ENC_UTF8);
                    recoded[i] = converted != nullptr ? converted : std::string(text);
                    CPLFree(converted);
                    text = trim(recoded[i]);
                    recodedSomething = true;
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

    // Header: the first non-empty record.
    std::vector<std::string> headers(fields);
    std::int64_t headerIndex = -1;
    while (const auto empty = nextRecord()) {
        if (!*empty) {
            for (std::size_t i = 0; i < fields; ++i) {
                headers[i] = std::string(cells[i]);
            }
            headerIndex = recordIndex;
            break;
        }
    }
    if (headerIndex < 0) {
        throwOnReaderFailure(path, where, messages);
        throwInputError(path, where, 0, translate("Problem", "empty table: no header row and no data"));
    }

    // HXL hashtag row, right below the header.
    std::vector<std::string> tags(fields);
    std::int64_t lastHeaderIndex = headerIndex;
    std::optional<bool> pendingEmpty = nextRecord();
    if (pendingEmpty && !*pendingEmpty && recordIndex == headerIndex + 1 && looksLikeHxlRow(cells)) {
        result.hasHxlRow = true;
        for (std::size_t i = 0; i < fields; ++i) {
            tags[i] = std::string(cells[i]);
        }
        lastHeaderIndex = recordIndex;
        pendingEmpty = nextRecord();
    }

    // Column → role, once: explicit mapping, then HXL hashtags, then header names.
    std::vector<std::string> headerWords(fields);
    std::vector<std::optional<HxlTag>> hxl(fields);
    // KoboToolbox exports: grouped questions are headed "group/question"; Kobo's own columns (start, end,
    // _submission_time ...) describe the submission, not the activity, and are never mapped.
    const bool kobo = std::any_of(headers.begin(), headers.end(), isKoboSignature);
    for (std::size_t i = 0; i < fields; ++i) {
        headerWords[i] = kobo && isKoboMeta(headers[i]) ? std::string{} : foldText(lastSegment(headers[i]));
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
                                       fill(translate("Problem", "Mapping %1 = '%2': no column has this "
                                                                 "header or HXL tag."),
                                            {std::string(roleKey(role)), text})});
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
        result.problems.push_back(
            {Severity::Info, path, where, 0,
             fill(translate("Problem", "Column '%1' is also %2; column '%3' is used and "
                                       "this one is ignored."),
                  {columnName(i), std::string(roleKey(role)), columnName(first)})});
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
    // Multi-choice sectors: one 0/1 column per choice ("sector/health"), or in a Kobo export the choices in
    // one cell, space-separated (names) or ';'-separated. Each chosen sector is a presence: the row is
    // repeated once per sector.
    std::vector<std::pair<std::size_t, std::string>> sectorChoices; // column, sector
    if (const auto sector = result.mapping.find(Role::Sector); sector != result.mapping.end()) {
        const std::string prefix = headers[static_cast<std::size_t>(sector->second.column)] + "/";
        for (std::size_t i = 0; i < fields; ++i) {
            if (!columnUsed[i] && headers[i].size() > prefix.size() && headers[i].starts_with(prefix)) {
                sectorChoices.emplace_back(i, headers[i].substr(prefix.size()));
                std::erase(result.unmappedHeaders, columnName(i));
            }
        }
    }
    std::int64_t multiSectorRows = 0;
    std::vector<std::string> chosen;
    auto sectorsOf = [&](const std::string& cell) -> const std::vector<std::string>& {
        chosen.clear();
        for (const auto& [column, name] : sectorChoices) {
            const std::string_view value = cells[column];
            if (value == "1" || value == "1.0" || equalsIgnoringCase(value, "true") ||
                equalsIgnoringCase(value, "yes")) {
                chosen.push_back(name);
            }
        }
        if (chosen.empty() && kobo) {
            for (const auto word : splitChoices(cell, cell.find(';') != std::string::npos ? ';' : ' ')) {
                chosen.emplace_back(word);
            }
        }
        return chosen;
    };

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
    // The shared copy of each column's last text: 3W rows repeat their neighbours' cells.
    std::vector<SharedText> lastText(fields);
    auto shared = [&](std::size_t column) {
        if (lastText[column].str() != cells[column]) {
            lastText[column] = cells[column];
        }
        return lastText[column];
    };

    std::int64_t previousIndex = lastHeaderIndex;
    auto addProblem = [&](std::int64_t row, std::string message) {
        result.problems.push_back({Severity::Warning, path, where, row, std::move(message)});
    };
    auto handleRecord = [&](bool empty) {
        const std::int64_t row = recordIndex - lastHeaderIndex;
        result.emptyRows += std::max<std::int64_t>(recordIndex - previousIndex - 1, 0);
        previousIndex = recordIndex;
        if (empty) {
            ++result.emptyRows;
            return;
        }
        ActivityRow& out = result.rows.emplace_back();
        out.row = row;
        out.sourceLine = line;
        // A record over several lines is legitimate (a note with line breaks), but one whose quoted cell
        // holds a whole row's worth of separators is what a stray quote makes of the rows it swallows.
        if (const std::int64_t endLine = source.endLine(); endLine > line && source.holdsRows()) {
            addProblem(row,
                       fill(translate("Problem", "this row runs over lines %1 to %2 of the file: a quoted "
                                                 "cell holds line breaks and as many separators as a whole "
                                                 "row, as when a stray quote takes the following rows into "
                                                 "one cell; check the quotes"),
                            {std::to_string(line), std::to_string(endLine)}));
        }
        if (const std::size_t cellCount = source.overflow(); cellCount > 0) {
            addProblem(row, fill(translate("Problem", "%1 cells where the header has %2: the cells beyond "
                                                      "column %2 are left out"),
                                 {std::to_string(cellCount), std::to_string(fields)}));
        }
        for (const auto& [role, column] : textRoles) {
            out.cells[role] = shared(column);
        }
        std::array<std::optional<double>, kRoleCount> figures{};
        for (std::size_t r = index(Role::Targeted); r <= index(Role::ReachedAdults); ++r) {
            for (const int column : plan[r].columns) {
                const auto c = static_cast<std::size_t>(column);
                bool bad = false;
                const auto value = parseFigure(cells[c], bad);
                if (bad) {
                    addProblem(row,
                               fill(translate("Problem", "%1: '%2' is not a number: left out of the sums"),
                                    {columnName(c), std::string(cells[c])}));
                } else if (value && *value < 0) {
                    addProblem(row,
                               fill(translate("Problem", "%1: '%2' people is negative: left out of the sums"),
                                    {columnName(c), std::string(cells[c])}));
                } else if (value && *value > kMostPeople) {
                    addProblem(
                        row,
                        fill(translate("Problem",
                                       "%1: '%2' people is more than live in Mali: left out of the sums"),
                             {columnName(c), std::string(cells[c])}));
                } else if (value) {
                    figures[r] = figures[r].value_or(0.0) + *value;
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
                addProblem(row, fill(translate("Problem", "%1: '%2' is not a date"),
                                     {columnName(c), std::string(cells[c])}));
            }
        };
        date(Role::StartDate, out.start);
        date(Role::EndDate, out.end);
        if (out.start && out.end && *out.end < *out.start) {
            addProblem(row, fill(translate("Problem", "End date %1 is before start date %2"),
                                 {formatDate(*out.end), formatDate(*out.start)}));
        }
        if (const auto& sectors = sectorsOf(out.cell(Role::Sector));
            sectors.size() > 1 || (sectors.size() == 1 && !sectorChoices.empty())) {
            multiSectorRows += sectors.size() > 1 ? 1 : 0;
            out.cell(Role::Sector) = sectors.front();
            const ActivityRow first = out;
            for (std::size_t k = 1; k < sectors.size(); ++k) {
                ActivityRow& copy = result.rows.emplace_back(first);
                copy.cell(Role::Sector) = sectors[k];
            }
        }
    };

    if (!hasPlace) {
        throwOnReaderFailure(path, where, messages);
        throwInputError(path, where, 0,
                        translate("Problem",
                                  "no usable place column: expected a région, cercle or commune code or name "
                                  "column (headers or HXL #adm1..#adm3)"));
    }

    constexpr std::int64_t kProgressStep = 4096;
    std::int64_t seen = 0;
    for (auto empty = pendingEmpty; empty; empty = nextRecord()) {
        handleRecord(*empty);
        if (++seen % kProgressStep == 0 &&
            !options.progress.report(source.fraction(),
                                     translate("Progress", "Reading the activity table").c_str())) {
            throw Cancelled{};
        }
    }
    if (const auto* csv = dynamic_cast<const CsvSource*>(&source)) {
        result.emptyRows += std::max<std::int64_t>(csv->totalRecords() - 1 - previousIndex, 0);
    }
    throwOnReaderFailure(path, where, messages);
    if (multiSectorRows > 0) {
        result.problems.push_back({Severity::Info, path, where, 0,
                                   translate("Problem",
                                             "%n rows name several sectors (multi-choice): each sector is a "
                                             "presence of its own, the row repeated once per sector.",
                                             nullptr, multiSectorRows)});
    }
    if (recodedSomething && recoding == Recoding::DetectCp1252) {
        result.problems.push_back(
            {Severity::Info, path, where, 0,
             translate("Problem", "The file is not UTF-8; its text was read as Windows-1252.")});
    }
    // GDAL's warnings while reading: the table was read whole (failures throw above), but they are shown.
    for (const auto& message : messages.messages()) {
        result.problems.push_back(
            {Severity::Warning, path, where, 0, fill(translate("Problem", "GDAL reports: %1"), {message})});
    }
    if (result.rows.empty()) {
        throwInputError(path, where, 0,
                        translate("Problem", "empty table: a header row but no data rows below it"));
    }
    options.progress.report(1.0, translate("Progress", "Reading the activity table").c_str());
    return result;
}

std::vector<SheetInfo> listSheets(const std::string& path) {
    GdalMessages messages;
    OpenSheet open;
    openSheet(path, {}, open, messages);
    std::vector<SheetInfo> sheets;
    auto add = [&](const std::string& name, RecordSource& source) {
        sheets.push_back({name, shapeOf(source).dataRows});
    };
    if (open.format == Format::Ods) {
        for (const auto& sheet : open.odsSheets) {
            SheetSource source(sheet);
            add(sheet.name, source);
        }
    } else if (open.dataset) {
        for (const auto layer : layersOf(open.dataset.get())) {
            LayerSource source(layer);
            add(OGR_L_GetName(layer), source);
        }
    } else {
        add(open.name, *open.source);
    }
    throwOnReaderFailure(path, {}, messages);
    return sheets;
}

} // namespace couverture
