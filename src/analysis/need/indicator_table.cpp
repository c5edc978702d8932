#include "analysis/need/indicator_table.h"
#include "core/texts.h"

#include "core/cell_values.h"
#include "core/code_scheme.h"
#include "core/column_roles.h"
#include "core/gdal_support.h"
#include "core/text_fold.h"

#include <algorithm>
#include <cpl_conv.h>
#include <gdal.h>
#include <map>
#include <memory>
#include <ogr_api.h>

namespace couverture::analysis {
namespace {

struct DatasetCloser {
    void operator()(void* dataset) const { GDALClose(dataset); }
};
struct FeatureCloser {
    void operator()(OGRFeatureH feature) const { OGR_F_Destroy(feature); }
};
using FeaturePtr = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureCloser>;

// Spreadsheet drivers: the header is the first row, every cell read as text.
class SpreadsheetConfig {
public:
    SpreadsheetConfig() {
        for (const char* key : {"OGR_XLSX_HEADERS", "OGR_ODS_HEADERS"}) {
            CPLSetThreadLocalConfigOption(key, "FORCE");
        }
        for (const char* key : {"OGR_XLSX_FIELD_TYPES", "OGR_ODS_FIELD_TYPES"}) {
            CPLSetThreadLocalConfigOption(key, "STRING");
        }
    }
    ~SpreadsheetConfig() {
        for (const char* key :
             {"OGR_XLSX_HEADERS", "OGR_ODS_HEADERS", "OGR_XLSX_FIELD_TYPES", "OGR_ODS_FIELD_TYPES"}) {
            CPLSetThreadLocalConfigOption(key, nullptr);
        }
    }
    SpreadsheetConfig(const SpreadsheetConfig&) = delete;
    SpreadsheetConfig& operator=(const SpreadsheetConfig&) = delete;
};

struct RawTable {
    std::vector<std::string> headers, tags; // tags empty when the table has no HXL row
    std::vector<std::vector<std::string>> rows;
};

RawTable readRaw(const std::string& path, const std::string& sheet) {
    ensureGdalRegistered();
    SpreadsheetConfig config;
    const char* csvOptions[] = {"HEADERS=YES", "AUTODETECT_TYPE=NO", "EMPTY_STRING_AS_NULL=NO", nullptr};
    std::unique_ptr<void, DatasetCloser> dataset(
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, csvOptions, nullptr));
    if (!dataset) {
        throwInputError(path, {}, 0, translate("Analysis", "not a table GDAL can open (CSV, XLSX or ODS expected)"));
    }
    OGRLayerH layer = sheet.empty() ? GDALDatasetGetLayer(dataset.get(), 0)
                                    : GDALDatasetGetLayerByName(dataset.get(), sheet.c_str());
    if (layer == nullptr) {
        throwInputError(path, sheet, 0,
                        sheet.empty() ? translate("Analysis", "the file has no table")
                                      : fill(translate("Analysis", "no sheet named '%1'"), {sheet}));
    }
    RawTable raw;
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    const int fields = OGR_FD_GetFieldCount(definition);
    for (int i = 0; i < fields; ++i) {
        std::string header = OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i));
        if (header.rfind("\xEF\xBB\xBF", 0) == 0) {
            header.erase(0, 3); // a byte-order mark left on the first header
        }
        raw.headers.push_back(header);
    }
    OGR_L_ResetReading(layer);
    while (FeaturePtr feature{OGR_L_GetNextFeature(layer)}) {
        std::vector<std::string> cells(static_cast<std::size_t>(fields));
        for (int i = 0; i < fields; ++i) {
            if (OGR_F_IsFieldSetAndNotNull(feature.get(), i) != 0) {
                cells[static_cast<std::size_t>(i)] =
                    std::string(trim(OGR_F_GetFieldAsString(feature.get(), i)));
            }
        }
        raw.rows.push_back(std::move(cells));
    }
    if (!raw.rows.empty()) {
        const auto& first = raw.rows.front();
        const auto tags = std::count_if(first.begin(), first.end(),
                                        [](const std::string& cell) { return parseHxl(cell).has_value(); });
        if (tags > 0) {
            raw.tags = first;
            raw.rows.erase(raw.rows.begin());
        }
    }
    return raw;
}

// A column named by its header (folded) or by an HXL tag whose attributes it carries.
int findColumn(const RawTable& raw, const std::string& wanted) {
    if (const auto tag = parseHxl(wanted)) {
        for (std::size_t i = 0; i < raw.tags.size(); ++i) {
            const auto column = parseHxl(raw.tags[i]);
            if (column && column->hashtag == tag->hashtag &&
                std::all_of(tag->attributes.begin(), tag->attributes.end(),
                            [&](const std::string& attribute) { return column->has(attribute); }) &&
                column->attributes.size() == tag->attributes.size()) {
                return static_cast<int>(i);
            }
        }
        return -1;
    }
    const std::string folded = foldText(wanted);
    for (std::size_t i = 0; i < raw.headers.size(); ++i) {
        if (foldText(raw.headers[i]) == folded) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

bool isPlaceRole(Role role) {
    return role == Role::Adm1Code || role == Role::Adm1Name || role == Role::Adm2Code ||
           role == Role::Adm2Name || role == Role::Adm3Code || role == Role::Adm3Name;
}

// Place columns by HXL tag, else by header; "admin2Name_fr" is read as "admin2Name".
std::map<Role, int> placeColumns(const RawTable& raw) {
    std::map<Role, int> columns;
    for (std::size_t i = 0; i < raw.headers.size(); ++i) {
        const std::string words = foldText(raw.headers[i]);
        std::optional<Role> role;
        if (i < raw.tags.size()) {
            if (const auto tag = parseHxl(raw.tags[i])) {
                role = roleFromHxl(*tag, words).role;
            }
        }
        if (!role) {
            role = roleFromHeader(words).role;
        }
        if (!role && words.size() > 3 && (words.ends_with(" fr") || words.ends_with(" en"))) {
            role = roleFromHeader(words.substr(0, words.size() - 3)).role;
        }
        if (role && isPlaceRole(*role) && !columns.count(*role)) {
            columns[*role] = static_cast<int>(i);
        }
    }
    return columns;
}

// The finest level a row names (by code or name).
AdminLevel deepestNamed(const ActivityRow& row) {
    if (!row.cell(Role::Adm3Code).empty() || !row.cell(Role::Adm3Name).empty()) {
        return AdminLevel::Commune;
    }
    if (!row.cell(Role::Adm2Code).empty() || !row.cell(Role::Adm2Name).empty()) {
        return AdminLevel::Cercle;
    }
    return AdminLevel::Region;
}

} // namespace

std::optional<double> IndicatorTable::at(UnitId unit) const {
    const IndicatorFigure* figure = find(unit);
    return figure == nullptr ? std::nullopt : std::optional<double>(figure->value);
}

const IndicatorFigure* IndicatorTable::find(UnitId unit) const {
    auto found = std::lower_bound(figures.begin(), figures.end(), unit,
                                  [](const IndicatorFigure& figure, UnitId id) { return figure.unit < id; });
    if (found == figures.end() || found->unit != unit) {
        return nullptr;
    }
    return &*found;
}

ReconcileResult placeByCodesOnly(const AdminTree& tree, const std::vector<ActivityRow>& rows,
                                 const std::vector<CodeKey>& keys, const ReconcileOptions& options) {
    std::vector<CodedRow> coded;
    coded.reserve(rows.size());
    for (const ActivityRow& row : rows) {
        CodedRow place;
        place.codes = {row.cell(Role::Adm1Code), row.cell(Role::Adm2Code), row.cell(Role::Adm3Code)};
        coded.push_back(std::move(place));
    }
    return reconcileCodedRows(tree, coded, keys, options);
}

IndicatorTable readIndicatorTable(const AdminTree& tree, const std::string& path,
                                  const IndicatorReadOptions& options) {
    IndicatorTable table;
    table.path = path;
    table.label = options.label;
    const RawTable raw = readRaw(path, options.sheet);
    const int valueColumn = findColumn(raw, options.value);
    if (valueColumn < 0) {
        throwInputError(path, options.value, 0,
                        fill(translate("Analysis", "no column '%1' (by header or HXL tag)"), {options.value}));
    }
    table.valueColumn = raw.headers[static_cast<std::size_t>(valueColumn)];
    std::vector<std::pair<int, std::string>> conditions;
    for (const auto& [column, value] : options.where) {
        const int found = findColumn(raw, column);
        if (found < 0) {
            throwInputError(path, column, 0,
                            fill(translate("Analysis", "no column '%1' to select rows by (header or HXL tag)"),
                                 {column}));
        }
        conditions.emplace_back(found, foldText(value));
    }
    const auto places = placeColumns(raw);
    if (places.empty()) {
        throwInputError(path, {}, 0,
                        translate("Analysis", "no place column (P-code or name of a région, cercle or commune)"));
    }
    table.codeOnly =
        !places.count(Role::Adm1Name) && !places.count(Role::Adm2Name) && !places.count(Role::Adm3Name);

    // Rows kept by the conditions, with their figure, as activity rows for the reconciler.
    std::vector<ActivityRow> kept;
    std::vector<double> values;
    const std::int64_t firstRow = 1;
    for (std::size_t r = 0; r < raw.rows.size(); ++r) {
        const auto& cells = raw.rows[r];
        ++table.rowsRead;
        const bool keep = std::all_of(conditions.begin(), conditions.end(), [&](const auto& condition) {
            return foldText(cells[static_cast<std::size_t>(condition.first)]) == condition.second;
        });
        if (!keep) {
            continue;
        }
        const std::int64_t rowNumber = firstRow + static_cast<std::int64_t>(r);
        bool bad = false;
        const auto value = parseFigure(cells[static_cast<std::size_t>(valueColumn)], bad);
        if (!value) {
            table.problems.push_back({bad ? Severity::Warning : Severity::Info, path, table.valueColumn,
                                      rowNumber,
                                      bad ? fill(translate("Analysis",
                                                           "the figure '%1' is not a number; the row is left out"),
                                                 {cells[static_cast<std::size_t>(valueColumn)]})
                                          : translate("Analysis", "no figure; the row is left out")});
            continue;
        }
        ++table.rowsKept;
        ActivityRow row;
        row.row = rowNumber;
        bool anyPlace = false;
        for (const auto& [role, column] : places) {
            std::string cell = cells[static_cast<std::size_t>(column)];
            if (isNoValue(cell) || foldText(cell) == "null") {
                cell.clear();
            }
            anyPlace = anyPlace || !cell.empty();
            row.cell(role) = cell;
        }
        if (!anyPlace) {
            table.national = table.national.value_or(0) + *value;
            ++table.rowsPlaced;
            continue;
        }
        kept.push_back(std::move(row));
        values.push_back(*value);
    }
    if (table.rowsKept == 0) {
        table.problems.push_back(
            {Severity::Warning, path, {}, 0,
             translate("Analysis", "no row is left by the conditions: the table gives no figure")});
    }
    options.progress.report(0.5, translate("Progress", "placing the indicator rows").c_str());
    ReconcileOptions reconcileOptions;
    reconcileOptions.aliases = options.aliases;
    ReconcileResult placed;
    if (table.codeOnly) {
        std::vector<CodeKey> keys;
        for (const auto& key : options.codeKeys) {
            keys.push_back(readCodeKey(key));
        }
        placed = placeByCodesOnly(tree, kept, keys, reconcileOptions);
        if (placed.partial()) {
            table.problems.push_back(
                {Severity::Warning,
                 path,
                 {},
                 0,
                 fill(translate("Analysis", "codes of some régions could not be read with confidence: %1"),
                      {placed.partialReason()})});
        }
    } else {
        placed = reconcile(tree, kept, reconcileOptions);
    }
    const std::vector<Match>& matches = placed.matches;
    std::map<UnitId, IndicatorFigure> byUnit;
    for (std::size_t i = 0; i < kept.size(); ++i) {
        const Match& match = matches[i];
        if (match.unit == kNoUnit) {
            ++table.rowsUnplaced;
            table.problems.push_back({Severity::Warning,
                                      path,
                                      {},
                                      kept[i].row,
                                      fill(translate("Analysis", "the row's place is not in the boundaries (%1); "
                                                                 "its figure %2 is left out"),
                                           {match.reason.str(), formatFigure(values[i])})});
            continue;
        }
        if (match.level < deepestNamed(kept[i])) {
            // The row names a finer place the boundaries lack: adding its figure to the coarser unit would
            // count it twice where the table also gives that unit's own figure.
            ++table.rowsUnplaced;
            table.problems.push_back({Severity::Warning,
                                      path,
                                      {},
                                      kept[i].row,
                                      fill(translate("Analysis", "the row's place is known only as %1 (%2); its "
                                                                 "figure %3 is left out rather than counted twice"),
                                           {tree.unit(match.unit).name, match.reason.str(),
                                            formatFigure(values[i])})});
            continue;
        }
        ++table.rowsPlaced;
        IndicatorFigure& figure = byUnit[match.unit];
        figure.unit = match.unit;
        figure.value += values[i];
        figure.rows.push_back(kept[i].row);
        figure.filedAbove = figure.filedAbove || deepestNamed(kept[i]) < match.level;
    }
    for (auto& [unit, figure] : byUnit) {
        if (figure.rows.size() > 1) {
            table.problems.push_back({Severity::Info,
                                      path,
                                      {},
                                      figure.rows.front(),
                                      fill(translate("Analysis", "%1 rows are placed in %2; their figures are added"),
                                           {std::to_string(figure.rows.size()), tree.unit(unit).name})});
        }
        table.figures.push_back(std::move(figure));
    }
    options.progress.report(1.0, translate("Progress", "indicator table read").c_str());
    return table;
}

} // namespace couverture::analysis
