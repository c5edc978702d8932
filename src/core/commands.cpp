#include "core/commands.h"

#include "core/gdal_support.h"
#include "core/store/connection.h"
#include "core/store/release_reader.h"
#include "core/text_fold.h"
#include "core/texts.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <future>
#include <map>
#include <sstream>
#include <unordered_map>

namespace couverture {
namespace {

namespace fs = std::filesystem;
using Type = OutputColumn::Type;

bool looksLikeTable(const std::string& path) {
    const std::string extension = lowerExtension(path);
    return extension == "csv" || extension == "tsv" || extension == "txt" || extension == "xlsx" ||
           extension == "xlsm" || extension == "ods" || extension == "xls";
}

void ensureFolder(const std::string& folder) {
    std::error_code error;
    fs::create_directories(folder, error);
    if (error) {
        throwOutputError(folder,
                         fill(translate("Output", "cannot create the output folder: %1"), {error.message()}));
    }
}

std::string inFolder(const std::string& folder, const std::string& name) {
    return (fs::path(folder) / name).string();
}

std::string score(double value) {
    char text[16];
    std::snprintf(text, sizeof text, "%.3f", value);
    return text;
}

std::string unitCode(const AdminTree& tree, UnitId id, AdminLevel level) {
    const UnitId at = id == kNoUnit ? kNoUnit : tree.ancestorAt(id, level);
    return at == kNoUnit ? std::string() : tree.unit(at).pcode;
}
std::string unitName(const AdminTree& tree, UnitId id, AdminLevel level) {
    const UnitId at = id == kNoUnit ? kNoUnit : tree.ancestorAt(id, level);
    return at == kNoUnit ? std::string() : tree.unit(at).name;
}

const char* levelHxl(AdminLevel level, bool code) {
    switch (level) {
    case AdminLevel::Region:
        return code ? "#adm1+code" : "#adm1+name";
    case AdminLevel::Cercle:
        return code ? "#adm2+code" : "#adm2+name";
    case AdminLevel::Commune:
        return code ? "#adm3+code" : "#adm3+name";
    case AdminLevel::Country:
        break;
    }
    return code ? "#country+code" : "#country+name";
}

// Levenshtein distance over folded text, for ranking the values a filter could have meant.
std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            current[j] = std::min(
                {previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// 'a', 'b' in English, « a », « b » in French.
std::string joinedValues(const std::vector<std::string>& values) {
    std::string text;
    for (const auto& value : values) {
        if (!text.empty()) {
            text += ", ";
        }
        text += fill(translate("Filter", "'%1'"), {value});
    }
    return text;
}

// The distinct values of `roles` in the table, closest to `wanted` first (a value containing it counts as
// close), at most 10 shown.
std::string closestValues(const ActivityTable& table, std::initializer_list<Role> roles,
                          const std::vector<std::string>& wanted) {
    std::map<std::string, std::string> values; // folded -> as written
    for (const auto& row : table.rows) {
        for (const Role role : roles) {
            if (const auto& cell = row.cell(role); !cell.empty()) {
                values.emplace(foldText(cell), cell);
            }
        }
    }
    if (values.empty()) {
        return translate("Filter", "the table has no such column or no value in it");
    }
    std::vector<std::pair<std::size_t, std::string>> ranked;
    for (const auto& [folded, written] : values) {
        std::size_t best = SIZE_MAX;
        for (const auto& text : wanted) {
            const std::string key = foldText(text);
            const bool contains = !key.empty() && folded.find(key) != std::string::npos;
            best = std::min(best, contains ? 0 : editDistance(key, folded));
        }
        ranked.emplace_back(best, written);
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<std::string> shown;
    for (std::size_t i = 0; i < ranked.size() && i < 10; ++i) {
        shown.push_back(ranked[i].second);
    }
    std::string list = joinedValues(shown);
    if (ranked.size() > 10) {
        list += fill(translate("Filter", " (%1 values in all)"), {std::to_string(ranked.size())});
    }
    return fill(translate("Filter", "values in the table, closest first: %1"), {list});
}

bool keepsAny(const ActivityTable& table, const ActivityFilter& filter) {
    return std::any_of(table.rows.begin(), table.rows.end(),
                       [&](const ActivityRow& row) { return filter.keeps(row); });
}

DocumentProperties documentProperties(const JoinedActivities& joined, const std::string& subject,
                                      const std::string& filter) {
    DocumentProperties properties;
    properties.subject = subject;
    properties.keywords =
        "3W, HXL, Mali, coverage, " + std::string(fs::path(joined.table.path).stem().string());
    properties.comments =
        "Activities: " + joined.table.path +
        (joined.table.sheet.empty() ? "" : " (sheet " + joined.table.sheet + ")") + "\nBoundaries: " +
        (joined.boundaries.layers.empty() ? std::string("-") : joined.boundaries.layers.front().source) +
        (filter.empty() ? "" : "\nFilter: " + filter);
    return properties;
}

} // namespace

namespace {

// The population figure of each code of a code-only table (its largest, the total row's), for the ratio
// evidence of the scheme decision.
std::unordered_map<std::string, double> populationByCode(const std::string& path) {
    try {
        return populationByDeepestCode(readCodedRows(path, false));
    } catch (const InputError&) {
        return {}; // a table without code columns has no code-only rows either
    }
}

JoinedActivities loadAndReconcileUnchecked(const JoinInputs& inputs, const Progress& progress) {
    JoinedActivities joined;
    BoundaryOptions boundaryOptions = inputs.boundaryOptions;
    boundaryOptions.progress = {};
    if (!progress.report(0.0, translate("Progress", "loading boundaries").c_str())) {
        throw Cancelled{};
    }
    joined.boundaries = loadBoundaries(inputs.boundaries, boundaryOptions);
    if (!progress.report(0.2, translate("Progress", "reading the activity table").c_str())) {
        throw Cancelled{};
    }
    ActivityReadOptions read = inputs.read;
    read.progress = {};
    // "PG:..." names a release published in the shared store (core/store), anything else a file.
    joined.table = store::isStoreSource(inputs.activities) ? store::readStoreActivities(inputs.activities)
                                                           : readActivityTable(inputs.activities, read);
    requireFilterKeepsRows(joined.table, inputs.filter);
    if (!progress.report(0.5, translate("Progress", "reconciling places").c_str())) {
        throw Cancelled{};
    }
    ReconcileOptions reconcileOptions;
    reconcileOptions.fuzzyThreshold = inputs.fuzzyThreshold;
    if (!inputs.aliases.empty()) {
        reconcileOptions.aliases = readAliases(inputs.aliases, joined.boundaries.tree);
    }
    addCodeKeys(reconcileOptions, joined.table, inputs.codeKeys);
    joined.reconciled = reconcile(joined.boundaries.tree, joined.table.rows, reconcileOptions);
    progress.report(0.8, translate("Progress", "places reconciled").c_str());
    return joined;
}

void refuseUnacceptedPartialJoin(const JoinInputs& inputs, const JoinedActivities& joined) {
    if (!inputs.acceptPartialJoin && joined.reconciled.partial()) {
        throwInputError(inputs.activities, joined.table.sheet, 0, joined.reconciled.partialReason());
    }
}

} // namespace

bool hasCodeOnlyRows(const ActivityTable& table) {
    return std::any_of(table.rows.begin(), table.rows.end(), [](const ActivityRow& row) {
        return isPlaceholder(row.cell(Role::Adm1Name)) && isPlaceholder(row.cell(Role::Adm2Name)) &&
               isPlaceholder(row.cell(Role::Adm3Name));
    });
}

void addCodeKeys(ReconcileOptions& options, const ActivityTable& table,
                 const std::vector<std::string>& keys) {
    for (const std::string& key : keys) {
        options.codeKeys.push_back(readCodeKey(key));
    }
    if (hasCodeOnlyRows(table)) {
        options.populationByCode = populationByCode(table.path);
    }
}

void requireFilterKeepsRows(const ActivityTable& table, const ActivityFilter& filter) {
    if (filter.empty() || keepsAny(table, filter)) {
        return;
    }
    std::vector<std::string> reasons;
    auto check = [&](const std::vector<std::string>& values, const char* option, auto setOnly,
                     std::initializer_list<Role> roles) {
        if (values.empty()) {
            return;
        }
        ActivityFilter only;
        setOnly(only);
        if (!keepsAny(table, only)) {
            reasons.push_back(fill(translate("Filter", "%1 %2 matches no row; %3"),
                                   {option, joinedValues(values), closestValues(table, roles, values)}));
        }
    };
    check(filter.sectors, "--sector", [&](ActivityFilter& f) { f.sectors = filter.sectors; }, {Role::Sector});
    check(filter.organisations, "--org", [&](ActivityFilter& f) { f.organisations = filter.organisations; },
          {Role::OrgAcronym, Role::OrgName});
    check(filter.organisationTypes, "--org-type",
          [&](ActivityFilter& f) { f.organisationTypes = filter.organisationTypes; }, {Role::OrgType});
    check(filter.statuses, "--status", [&](ActivityFilter& f) { f.statuses = filter.statuses; },
          {Role::Status});
    if (filter.periodStart || filter.periodEnd) {
        ActivityFilter period;
        period.periodStart = filter.periodStart;
        period.periodEnd = filter.periodEnd;
        period.keepUndated = filter.keepUndated;
        if (!keepsAny(table, period)) {
            std::optional<Date> first, last;
            for (const auto& row : table.rows) {
                for (const auto& date : {row.start, row.end}) {
                    if (date) {
                        first = first ? std::min(*first, *date) : *date;
                        last = last ? std::max(*last, *date) : *date;
                    }
                }
            }
            reasons.push_back(
                first ? fill(translate("Filter", "the period matches no row; the table's dates run "
                                                 "from %1 to %2"),
                             {formatDate(*first), formatDate(*last)})
                      : translate("Filter", "the period matches no row: the table has no dates (add "
                                            "--keep-undated to keep undated rows, or drop --from/--to)"));
        }
    }
    std::string message =
        fill(translate("Filter", "the filter (%1) keeps no row of the table"), {filter.displayText()});
    for (const auto& reason : reasons) {
        message = fill(translate("Filter", "%1; %2"), {message, reason});
    }
    if (reasons.empty()) {
        message =
            fill(translate("Filter", "%1; %2"),
                 {message, translate("Filter", "each part matches some rows, but no row matches them all")});
    }
    throwInputError(table.path,
                    table.sheet.empty() ? std::string{}
                                        : fill(translate("Problem", "sheet %1"), {table.sheet}),
                    0, message);
}

JoinedActivities loadAndReconcile(const JoinInputs& inputs, const Progress& progress) {
    JoinedActivities joined = loadAndReconcileUnchecked(inputs, progress);
    refuseUnacceptedPartialJoin(inputs, joined);
    return joined;
}

namespace {

// How a column's role was found, for the reader ("hxl", "header", "explicit" are the stored values).
std::string howText(const std::string& how) {
    if (how == "hxl") {
        return translate("Inspect", "HXL tag");
    }
    if (how == "header") {
        return translate("Inspect", "column name");
    }
    if (how == "explicit") {
        return translate("Inspect", "chosen with --column");
    }
    return how;
}

} // namespace

std::string inspectSource(const std::string& path, const ActivityReadOptions& read,
                          const BoundaryOptions& boundaryOptions) {
    std::ostringstream out;
    std::error_code error;
    if (path.rfind("PG:", 0) != 0 && !fs::exists(path, error)) {
        throwInputError(path, {}, 0, translate("Problem", "file not found"));
    }
    // "PG:... release=NAME" names a release of the shared store; a PG: source without it, PostGIS boundaries.
    const bool storeRelease = store::isStoreSource(path) && !store::parseStoreSource(path).release.empty();
    if (storeRelease || looksLikeTable(path)) {
        if (storeRelease) {
            out << fill(translate("Inspect", "Published release: %1, release %2"),
                        {store::describeTarget(store::parseStoreSource(path).conninfo),
                         store::parseStoreSource(path).release})
                << "\n";
        } else {
            out << fill(translate("Inspect", "Activity table: %1"), {path}) << "\n";
        }
        if (!storeRelease && lowerExtension(path) != "csv") {
            out << translate("Inspect", "Sheets:") << "\n";
            for (const auto& sheet : listSheets(path)) {
                out << "  " << fill(translate("Inspect", "%1: %n rows", nullptr, sheet.rows), {sheet.name})
                    << "\n";
            }
        }
        const ActivityTable table =
            storeRelease ? store::readStoreActivities(path) : readActivityTable(path, read);
        out << fill(translate("Inspect", "Sheet read: %1"),
                    {table.sheet.empty() ? translate("Inspect", "(single table)") : table.sheet})
            << "\n"
            << fill(translate("Inspect", "HXL row: %1"),
                    {table.hasHxlRow ? translate("Inspect", "yes") : translate("Inspect", "no")})
            << "\n"
            << fill(translate("Inspect", "Data rows: %1"), {std::to_string(table.rows.size())})
            << (table.emptyRows == 0
                    ? std::string()
                    : translate("Inspect", " (+%n empty rows skipped)", nullptr, table.emptyRows))
            << "\n"
            << translate("Inspect", "Column mapping (role <- column, how):") << "\n";
        for (const auto& [role, mapping] : table.mapping) {
            const std::string header = fill(translate("Inspect", "'%1'"), {mapping.header});
            out << "  "
                << (mapping.hxl.empty()
                        ? fill(translate("Inspect", "%1 <- %2 (%3)"),
                               {std::string(roleKey(role)), header, howText(mapping.how)})
                        : fill(translate("Inspect", "%1 <- %2 %3 (%4)"),
                               {std::string(roleKey(role)), header, mapping.hxl, howText(mapping.how)}))
                << "\n";
        }
        if (!table.unmappedHeaders.empty()) {
            std::string headers;
            for (const auto& header : table.unmappedHeaders) {
                headers += ' ';
                headers += fill(translate("Inspect", "'%1'"), {header});
            }
            out << fill(translate("Inspect", "Columns not used:%1"), {headers}) << "\n";
        }
        out << fill(translate("Inspect", "Problems: %1"), {std::to_string(table.problems.size())}) << "\n";
        for (std::size_t i = 0; i < table.problems.size() && i < 20; ++i) {
            out << "  " << describe(table.problems[i]) << "\n";
        }
        if (table.problems.size() > 20) {
            out << "  "
                << fill(translate("Inspect", "... and %1 more"), {std::to_string(table.problems.size() - 20)})
                << "\n";
        }
        return out.str();
    }
    out << fill(translate("Inspect", "Boundary source: %1"), {path}) << "\n";
    for (const auto& layer : inspectBoundarySource(path, boundaryOptions)) {
        out << "  "
            << fill(translate("Inspect", "layer %1: %2 features, schema %3"),
                    {layer.layer, std::to_string(layer.features), std::string(schemaKey(layer.schema))});
        if (!layer.note.empty()) {
            out << " — " << layer.note;
        }
        out << "\n";
        for (const auto& [level, fields] : layer.levels) {
            out << "    "
                << fill(fields.parentCode.empty()
                            ? translate("Inspect", "%1: code '%2', name '%3'")
                            : translate("Inspect", "%1: code '%2', name '%3', parent '%4'"),
                        {std::string(levelKey(level)), fields.code, fields.name, fields.parentCode})
                << "\n";
        }
    }
    const BoundaryLoad load = loadBoundaries(path, boundaryOptions);
    out << fill(translate("Inspect", "Hierarchy: %1 régions, %2 cercles, %3 communes"),
                {std::to_string(load.tree.level(AdminLevel::Region).size()),
                 std::to_string(load.tree.level(AdminLevel::Cercle).size()),
                 std::to_string(load.tree.level(AdminLevel::Commune).size())})
        << "\n"
        << fill(translate("Inspect",
                          "Validation: %1 nesting-by-code violations, %2 nesting-by-location "
                          "violations, %3 duplicate codes, %4 orphans, %5 invalid geometries repaired"),
                {std::to_string(load.nestingByCodeViolations),
                 std::to_string(load.nestingByLocationViolations), std::to_string(load.duplicateCodes),
                 std::to_string(load.orphans), std::to_string(load.invalidGeometriesRepaired)})
        << "\n";
    for (const auto& problem : load.problems) {
        if (problem.severity != Severity::Info) {
            out << "  " << describe(problem) << "\n";
        }
    }
    return out.str();
}

// The match tables carry no HXL row: one CSV line per input row, so a report of N rows has N data lines.
OutputTable matchReportTable(const JoinedActivities& joined) {
    const AdminTree& tree = joined.boundaries.tree;
    OutputTable table;
    table.name = "match_report";
    table.columns = {{"row", "", Type::Integer},
                     {"method", "", Type::Text},
                     {"level", "", Type::Text},
                     {"pcode", "", Type::Text},
                     {"name", "", Type::Text},
                     {"score", "", Type::Real},
                     {"reason", "", Type::Text},
                     {"conflict", "", Type::Text},
                     {"review", "", Type::Text},
                     {"region_pcode", "", Type::Text},
                     {"region_name", "", Type::Text},
                     {"cercle_pcode", "", Type::Text},
                     {"cercle_name", "", Type::Text},
                     {"commune_pcode", "", Type::Text},
                     {"commune_name", "", Type::Text},
                     {"input_adm1_code", "", Type::Text},
                     {"input_adm1_name", "", Type::Text},
                     {"input_adm2_code", "", Type::Text},
                     {"input_adm2_name", "", Type::Text},
                     {"input_adm3_code", "", Type::Text},
                     {"input_adm3_name", "", Type::Text},
                     {"organisation", "", Type::Text},
                     {"sector", "", Type::Text}};
    // One line per input row: made as the writers ask for it (a million-row report is never held as text).
    table.generatedRows = joined.table.rows.size();
    // Cells point at the shared texts (names, codes, reasons, the table's cells); only the row number and the
    // score are made per row, into the row's own storage.
    table.generateRow = [&joined, &tree](std::size_t i, RowCells& line) {
        const ActivityRow& row = joined.table.rows[i];
        const Match& match = joined.reconciled.matches[i];
        const bool placed = match.unit != kNoUnit;
        char number[32];
        line.own(0, std::string_view(
                        number, static_cast<std::size_t>(
                                    std::to_chars(number, number + sizeof number, row.row).ptr - number)));
        line.share(1, methodKey(match.method));
        line.share(2, levelKey(match.level));
        if (placed) {
            line.share(3, tree.unit(match.unit).pcode);
            line.share(4, tree.unit(match.unit).name);
            line.own(5, std::string_view(number, static_cast<std::size_t>(std::snprintf(
                                                     number, sizeof number, "%.3f", match.score))));
        }
        line.share(6, match.reason);
        line.share(7, match.codeNameConflict ? "yes" : "no");
        line.share(8, match.needsReview ? "yes" : "no");
        std::size_t column = 9;
        for (const AdminLevel level : {AdminLevel::Region, AdminLevel::Cercle, AdminLevel::Commune}) {
            const UnitId at = placed ? tree.ancestorAt(match.unit, level) : kNoUnit;
            if (at != kNoUnit) {
                line.share(column, tree.unit(at).pcode);
                line.share(column + 1, tree.unit(at).name);
            }
            column += 2;
        }
        for (const Role role : {Role::Adm1Code, Role::Adm1Name, Role::Adm2Code, Role::Adm2Name,
                                Role::Adm3Code, Role::Adm3Name}) {
            line.share(column++, row.cell(role));
        }
        line.share(column++,
                   row.cell(Role::OrgAcronym).empty() ? row.cell(Role::OrgName) : row.cell(Role::OrgAcronym));
        line.share(column, row.cell(Role::Sector));
    };
    return table;
}

OutputTable matchSummaryTable(const JoinedActivities& joined) {
    OutputTable table;
    table.name = "match_summary";
    table.columns = {{"method", "", Type::Text}, {"rows", "", Type::Integer}, {"share", "", Type::Real}};
    const auto total = static_cast<double>(std::max<std::size_t>(joined.table.rows.size(), 1));
    for (MatchMethod method : kAllMethods) {
        const auto count = joined.reconciled.countByMethod[static_cast<std::size_t>(method)];
        table.rows.push_back({std::string(methodKey(method)), std::to_string(count),
                              formatNumber(static_cast<double>(count) / total)});
    }
    table.rows.push_back({"total", std::to_string(joined.table.rows.size()), "1"});
    table.rows.push_back({"extra_places_in_multi_place_cells",
                          std::to_string(joined.reconciled.extraMatches.size()),
                          formatNumber(static_cast<double>(joined.reconciled.extraMatches.size()) / total)});
    table.rows.push_back({"code_name_conflicts", std::to_string(joined.reconciled.conflicts),
                          formatNumber(static_cast<double>(joined.reconciled.conflicts) / total)});
    return table;
}

OutputTable columnMappingTable(const ActivityTable& table) {
    OutputTable mapping;
    mapping.name = "column_mapping";
    mapping.columns = {{"role", "", Type::Text},
                       {"column", "", Type::Text},
                       {"hxl", "", Type::Text},
                       {"how", "", Type::Text}};
    for (const auto& [role, column] : table.mapping) {
        mapping.rows.push_back({std::string(roleKey(role)), column.header, column.hxl, column.how});
    }
    for (const auto& header : table.unmappedHeaders) {
        mapping.rows.push_back({"", header, "", "not used"});
    }
    return mapping;
}

OutputTable matchReviewTable(const JoinedActivities& joined) {
    const AdminTree& tree = joined.boundaries.tree;
    OutputTable table;
    table.name = "match_review";
    table.columns = {{"input_adm1_code", "", Type::Text}, {"input_adm1_name", "", Type::Text},
                     {"input_adm2_code", "", Type::Text}, {"input_adm2_name", "", Type::Text},
                     {"input_adm3_code", "", Type::Text}, {"input_adm3_name", "", Type::Text},
                     {"rows", "", Type::Integer},         {"first_row", "", Type::Integer},
                     {"method", "", Type::Text},          {"level", "", Type::Text},
                     {"pcode", "", Type::Text},           {"name", "", Type::Text},
                     {"score", "", Type::Real},           {"reason", "", Type::Text}};
    std::map<std::vector<std::string>, std::pair<std::size_t, int>>
        places; // place cells -> first index, rows
    std::vector<std::vector<std::string>> order;
    const auto& rows = joined.table.rows;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!joined.reconciled.matches[i].needsReview) {
            continue;
        }
        const ActivityRow& row = rows[i];
        std::vector<std::string> key{row.cell(Role::Adm1Code), row.cell(Role::Adm1Name),
                                     row.cell(Role::Adm2Code), row.cell(Role::Adm2Name),
                                     row.cell(Role::Adm3Code), row.cell(Role::Adm3Name)};
        auto [at, inserted] = places.emplace(key, std::make_pair(i, 0));
        ++at->second.second;
        if (inserted) {
            order.push_back(key);
        }
    }
    for (const auto& key : order) {
        const auto& [first, count] = places[key];
        const Match& match = joined.reconciled.matches[first];
        std::vector<std::string> line = key;
        const bool placed = match.unit != kNoUnit;
        line.insert(line.end(),
                    {std::to_string(count), std::to_string(rows[first].row),
                     std::string(methodKey(match.method)), std::string(levelKey(match.level)),
                     placed ? tree.unit(match.unit).pcode : "", placed ? tree.unit(match.unit).name : "",
                     placed ? score(match.score) : "", match.reason});
        table.rows.push_back(std::move(line));
    }
    return table;
}

OutputTable matchExtraPlacesTable(const JoinedActivities& joined) {
    const AdminTree& tree = joined.boundaries.tree;
    OutputTable table;
    table.name = "match_extra_places";
    table.columns = {{"row", "", Type::Integer}, {"method", "", Type::Text}, {"level", "", Type::Text},
                     {"pcode", "", Type::Text},  {"name", "", Type::Text},   {"score", "", Type::Real},
                     {"reason", "", Type::Text}, {"review", "", Type::Text}};
    for (const ExtraMatch& extra : joined.reconciled.extraMatches) {
        const Match& match = extra.match;
        const bool placed = match.unit != kNoUnit;
        table.rows.push_back({std::to_string(joined.table.rows[extra.row].row),
                              std::string(methodKey(match.method)), std::string(levelKey(match.level)),
                              placed ? tree.unit(match.unit).pcode : "",
                              placed ? tree.unit(match.unit).name : "", placed ? score(match.score) : "",
                              match.reason, match.needsReview ? "yes" : "no"});
    }
    return table;
}

OutputTable matchSchemeTable(const JoinedActivities& joined) {
    OutputTable table;
    table.name = "match_schemes";
    table.columns = {{"region_code", "", Type::Text}, {"region_name", "", Type::Text},
                     {"scheme", "", Type::Text},      {"confidence", "", Type::Text},
                     {"joined", "", Type::Text},      {"places", "", Type::Integer},
                     {"rows", "", Type::Integer},     {"evidence", "", Type::Text}};
    for (const RegionScheme& scheme : joined.reconciled.schemes) {
        table.rows.push_back({scheme.regionCode, scheme.regionName,
                              scheme.joined() ? scheme.scheme : "not established",
                              std::string(confidenceKey(scheme.confidence)), scheme.joined() ? "yes" : "no",
                              std::to_string(scheme.places), std::to_string(scheme.rows), scheme.evidence});
    }
    return table;
}

namespace {

// Every problem met while reading the inputs, one line each: the terminal shows the first ten, this keeps
// them all beside the report.
OutputTable problemsTable(const std::string& name, const Problems& problems) {
    OutputTable table;
    table.name = name;
    table.columns = {{"severity", "", Type::Text},
                     {"file", "", Type::Text},
                     {"where", "", Type::Text},
                     {"row", "", Type::Integer},
                     {"message", "", Type::Text}};
    for (const Problem& problem : problems) {
        const char* severity = problem.severity == Severity::Error     ? "error"
                               : problem.severity == Severity::Warning ? "warning"
                                                                       : "info";
        table.rows.push_back({severity, problem.file, problem.where,
                              problem.row > 0 ? std::to_string(problem.row) : std::string(),
                              problem.message});
    }
    return table;
}

} // namespace

CommandOutput runMatch(const MatchCommandOptions& options) {
    CommandOutput output;
    JoinedActivities joined = loadAndReconcileUnchecked(options.inputs, options.progress);
    ensureFolder(options.outDir);
    output.problems = joined.boundaries.problems;
    output.problems.insert(output.problems.end(), joined.table.problems.begin(), joined.table.problems.end());
    const OutputTable report = matchReportTable(joined);
    const OutputTable summary = matchSummaryTable(joined);
    const OutputTable review = matchReviewTable(joined);
    const OutputTable schemes = matchSchemeTable(joined);
    const OutputTable extraPlaces = matchExtraPlacesTable(joined);
    const OutputTable mapping = columnMappingTable(joined.table);
    const OutputTable problems = problemsTable("match_problems", output.problems);
    options.progress.report(0.85, translate("Progress", "writing the match report").c_str());
    for (const auto* table : {&report, &summary, &review, &schemes, &extraPlaces, &mapping, &problems}) {
        output.filesWritten.push_back(inFolder(options.outDir, table->name + ".csv"));
    }
    output.filesWritten.push_back(inFolder(options.outDir, "match_report.xlsx"));
    // The CSV files on a thread of their own while the workbook is written: both only read `joined`. On the
    // 1,517,544-row table (load average 5) the 447 MB CSV report took 6 s beside the workbook's 8.8 s, and
    // `couverture match` went from 20.2 s to 13.1 s.
    auto csvFiles = std::async(std::launch::async, [&] {
        std::size_t file = 0;
        for (const auto* table : {&report, &summary, &review, &schemes, &extraPlaces, &mapping, &problems}) {
            writeCsv(*table, output.filesWritten[file++], options.csvForm);
        }
    });
    try {
        writeXlsx(
            {&report, &summary, &review, &schemes, &extraPlaces, &mapping, &problems},
            output.filesWritten.back(),
            documentProperties(joined, "Couverture: how each row of the activity table was placed", {}));
    } catch (...) {
        csvFiles.wait();
        throw;
    }
    csvFiles.get(); // rethrows an output error of the CSV files
    options.progress.report(1.0, translate("Progress", "match report written").c_str());
    // The reports say why; the exit status says that the join is not whole.
    refuseUnacceptedPartialJoin(options.inputs, joined);

    std::ostringstream text;
    text << translate("Summary", "columns:");
    for (const auto& [role, column] : joined.table.mapping) {
        text << " " << roleKey(role) << "='" << column.header << "'";
    }
    text << "\n"
         << fill(translate("Summary", "%1 rows matched against %2 communes:"),
                 {std::to_string(joined.table.rows.size()),
                  std::to_string(joined.boundaries.tree.level(AdminLevel::Commune).size())});
    for (MatchMethod method : kAllMethods) {
        text << " " << methodKey(method) << "="
             << joined.reconciled.countByMethod[static_cast<std::size_t>(method)];
    }
    text << fill(translate("Summary",
                           "; code/name conflicts=%1; places to review=%2; further places named in "
                           "cells that name several=%3"),
                 {std::to_string(joined.reconciled.conflicts), std::to_string(review.rows.size()),
                  std::to_string(joined.reconciled.extraMatches.size())});
    for (const RegionScheme& scheme : joined.reconciled.schemes) {
        text << "\n  " << fill(translate("Summary", "région %1"), {scheme.regionCode})
             << (scheme.regionName.empty() ? "" : " (" + scheme.regionName + ")") << ": "
             << (scheme.joined() ? fill(translate("Summary", "codes read in the scheme of %1, %2 confidence"),
                                        {scheme.scheme, std::string(confidenceKey(scheme.confidence))})
                                 : translate("Summary", "NOT JOINED, scheme not established"))
             << " — " << scheme.evidence;
    }
    if (joined.reconciled.partial()) {
        text << "\n" << translate("Summary", "partial join accepted: ") << joined.reconciled.partialReason();
    }
    output.summary = text.str();
    return output;
}

OutputTable coverageTable(const AdminTree& tree, const CoverageTable& coverage, AdminLevel level,
                          bool withGeometry) {
    OutputTable table;
    table.name = "coverage_" + std::string(levelKey(level));
    table.columns = {{"pcode", levelHxl(level, true), Type::Text},
                     {"name", levelHxl(level, false), Type::Text},
                     {"level", "#meta+level", Type::Text}};
    if (level != AdminLevel::Region) {
        table.columns.push_back({"region_pcode", "#adm1+code", Type::Text});
        table.columns.push_back({"region_name", "#adm1+name", Type::Text});
    }
    if (level == AdminLevel::Commune) {
        table.columns.push_back({"cercle_pcode", "#adm2+code", Type::Text});
        table.columns.push_back({"cercle_name", "#adm2+name", Type::Text});
    }
    const std::vector<OutputColumn> figures = {
        {"organisations", "#org+num", Type::Integer},
        {"partners", "#org+impl+num", Type::Integer},
        {"programmes", "#activity+programme+num", Type::Integer},
        {"rows", "#meta+rows", Type::Integer},
        {"rows_at_this_level", "#meta+rows+level", Type::Integer},
        {"sectors", "#sector+num", Type::Integer},
        {"sector_list", "#sector+list", Type::Text},
        {"main_sector", "#sector+main", Type::Text},
        {"people_targeted", "#targeted", Type::Real},
        {"people_reached", "#reached", Type::Real},
        {"people_rule", "#meta+people_rule", Type::Text},
        {"organisations_coarser_only", "#org+num+coarser", Type::Integer},
        {"organisations_region_wide", "#org+num+regionwide", Type::Integer},
        {"child_units", "#meta+children", Type::Integer},
        {"child_units_covered", "#meta+children+covered", Type::Integer},
        {"child_coverage_share", "#meta+children+share", Type::Real},
        {"filter", "#meta+filter", Type::Text},
    };
    table.columns.insert(table.columns.end(), figures.begin(), figures.end());
    const std::string rule(peopleRuleKey(coverage.options.peopleRule));
    const std::string filter = coverage.options.filter.dataText();
    for (UnitId id : tree.level(level)) {
        const AdminUnit& unit = tree.unit(id);
        const UnitCoverage& figuresOf = coverage.at(id);
        std::vector<std::string> row{unit.pcode, unit.name, std::string(levelKey(level))};
        if (level != AdminLevel::Region) {
            row.push_back(unitCode(tree, id, AdminLevel::Region));
            row.push_back(unitName(tree, id, AdminLevel::Region));
        }
        if (level == AdminLevel::Commune) {
            row.push_back(unitCode(tree, id, AdminLevel::Cercle));
            row.push_back(unitName(tree, id, AdminLevel::Cercle));
        }
        std::string sectorList;
        for (const auto& sector : figuresOf.sectors) {
            sectorList += (sectorList.empty() ? "" : "; ") + sector;
        }
        const bool people = figuresOf.hasPeopleFigures;
        const bool hasChildren = level != AdminLevel::Commune;
        row.insert(row.end(),
                   {std::to_string(figuresOf.organisations), std::to_string(figuresOf.partners),
                    std::to_string(figuresOf.programmes), std::to_string(figuresOf.rows),
                    std::to_string(figuresOf.rowsAtThisLevel), std::to_string(figuresOf.sectors.size()),
                    sectorList, figuresOf.mainSector, people ? formatNumber(figuresOf.peopleTargeted) : "",
                    people ? formatNumber(figuresOf.peopleReached) : "", rule,
                    std::to_string(figuresOf.organisationsCoarserOnly),
                    std::to_string(figuresOf.organisationsRegionWide),
                    hasChildren ? std::to_string(figuresOf.childUnits) : "",
                    hasChildren ? std::to_string(figuresOf.childUnitsCovered) : "",
                    hasChildren ? formatNumber(figuresOf.childCoverageShare) : "", filter});
        table.rows.push_back(std::move(row));
        if (withGeometry) {
            table.geometries.push_back(unit.geometry.get());
        }
    }
    return table;
}

namespace {

std::string boundarySources(const AdminTree& tree) {
    std::vector<std::string> distinct;
    for (const std::string& source : tree.sources) {
        if (std::find(distinct.begin(), distinct.end(), source) == distinct.end()) {
            distinct.push_back(source);
        }
    }
    std::string text;
    for (const std::string& source : distinct) {
        text += (text.empty() ? "" : "; ") + source;
    }
    return text.empty() ? "-" : text;
}

} // namespace

GeoPackageExtras coverageGeoPackageExtras(const JoinedActivities& joined, const CoverageTable& coverage,
                                          const std::vector<const OutputTable*>& tables,
                                          const CoverageCommandOptions& options) {
    const std::string boundaries = boundarySources(joined.boundaries.tree);
    const std::string activities =
        joined.table.path + (joined.table.sheet.empty() ? "" : " (sheet " + joined.table.sheet + ")");
    const std::string date = options.created.empty() ? today() : options.created;
    const std::string licence = options.licence.empty() ? kDefaultLicence : options.licence;
    GeoPackageExtras extras;
    extras.metadata = {{"TITLE", "Couverture: coverage by région, cercle and commune"},
                       {"SOURCES", "Boundaries: " + boundaries + ". Activities: " + activities + "."},
                       {"BOUNDARIES", boundaries},
                       {"ACTIVITIES", activities},
                       {"DATE", date},
                       {"LICENCE", licence},
                       {"FILTER", coverage.options.filter.dataText()},
                       {"PEOPLE_RULE", std::string(peopleRuleKey(coverage.options.peopleRule))},
                       {"PRODUCER", "Couverture"},
                       {"COLUMNS", "docs/coverage_columns.md"}};
    for (const OutputTable* table : tables) {
        std::string level = table->name.substr(table->name.find('_') + 1);
        level = level == "region" ? "région" : level; // the users' word, as everywhere in the docs
        extras.layerTitles[table->name] = "Coverage by " + level;
        extras.layerDescriptions[table->name] =
            "Organisations, partners, programmes and people per " + level +
            " (filter: " + coverage.options.filter.dataText() + "). Boundaries: " + boundaries +
            ". Activities: " + activities + ". Date: " + date + ". Licence: " + licence;
    }
    return extras;
}

CommandOutput runCoverage(const CoverageCommandOptions& options) {
    CommandOutput output;
    JoinedActivities joined = loadAndReconcile(options.inputs, options.progress);
    const AdminTree& tree = joined.boundaries.tree;
    options.progress.report(0.82, translate("Progress", "computing coverage").c_str());
    const CoverageTable coverage =
        computeCoverage(tree, joined.table.rows, joined.reconciled, options.coverage);
    ensureFolder(options.outDir);
    std::vector<OutputTable> tables;
    for (AdminLevel level : kMappedLevels) {
        tables.push_back(coverageTable(tree, coverage, level, true));
    }
    options.progress.report(0.9, translate("Progress", "writing coverage tables").c_str());
    std::vector<const OutputTable*> all;
    for (const auto& table : tables) {
        output.filesWritten.push_back(
            inFolder(options.outDir, options.baseName + "_" + table.name.substr(9) + ".csv"));
        writeCsv(table, output.filesWritten.back(), options.csvForm);
        all.push_back(&table);
    }
    output.filesWritten.push_back(inFolder(options.outDir, options.baseName + ".xlsx"));
    writeXlsx(all, output.filesWritten.back(),
              documentProperties(joined, "Couverture: coverage by région, cercle and commune",
                                 options.coverage.filter.dataText()));
    output.filesWritten.push_back(inFolder(options.outDir, options.baseName + ".gpkg"));
    GeoPackageExtras extras = coverageGeoPackageExtras(joined, coverage, all, options);
    for (std::size_t i = 0; options.layerStyle && i < tables.size(); ++i) {
        extras.styles.push_back(options.layerStyle(tree, coverage, kMappedLevels[i], tables[i].name));
    }
    writeGeoPackage(all, output.filesWritten.back(), extras);
    output.problems = joined.boundaries.problems;
    output.problems.insert(output.problems.end(), joined.table.problems.begin(), joined.table.problems.end());
    output.filesWritten.push_back(inFolder(options.outDir, options.baseName + "_problems.csv"));
    writeCsv(problemsTable("coverage_problems", output.problems), output.filesWritten.back(),
             options.csvForm);
    options.progress.report(1.0, translate("Progress", "coverage written").c_str());

    std::ostringstream text;
    int coveredCommunes = 0;
    for (UnitId id : tree.level(AdminLevel::Commune)) {
        coveredCommunes += coverage.at(id).rows > 0 ? 1 : 0;
    }
    text << fill(translate("Summary", "%1 rows used, %2 left out by the filter (%3), %4 unmatched; %5 of %6 "
                                      "communes with presence; people rule %7"),
                 {std::to_string(coverage.rowsUsed), std::to_string(coverage.rowsFiltered),
                  coverage.options.filter.displayText(), std::to_string(coverage.rowsUnmatched),
                  std::to_string(coveredCommunes), std::to_string(tree.level(AdminLevel::Commune).size()),
                  std::string(peopleRuleKey(coverage.options.peopleRule))});
    output.summary = text.str();
    return output;
}

} // namespace couverture
