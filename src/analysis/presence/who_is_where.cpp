#include "analysis/presence/who_is_where.h"

#include "core/text_fold.h"
#include "core/texts.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace couverture::analysis {
namespace {

using LineKey = std::tuple<UnitId, int, int, PresenceRole>;

std::vector<WhoLine> sortedLines(std::map<LineKey, std::vector<std::int64_t>>& grouped,
                                 const PresenceIndex& index) {
    std::vector<WhoLine> lines;
    lines.reserve(grouped.size());
    for (auto& [key, rows] : grouped) {
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        lines.push_back(
            {std::get<0>(key), std::get<1>(key), std::get<2>(key), std::get<3>(key), std::move(rows)});
    }
    std::vector<std::string> folded;
    for (const auto& organisation : index.organisations) {
        folded.push_back(foldText(organisation.name));
    }
    std::stable_sort(lines.begin(), lines.end(), [&](const WhoLine& a, const WhoLine& b) {
        return std::tie(a.unit, index.sectors[static_cast<std::size_t>(a.sector)],
                        folded[static_cast<std::size_t>(a.organisation)],
                        a.role) < std::tie(b.unit, index.sectors[static_cast<std::size_t>(b.sector)],
                                           folded[static_cast<std::size_t>(b.organisation)], b.role);
    });
    return lines;
}

OutputTable linesTable(const AdminTree& tree, const WhoResult& result, const std::vector<WhoLine>& lines,
                       const std::string& name, bool coarser) {
    using Type = OutputColumn::Type;
    OutputTable table;
    table.name = name;
    table.columns = {{"level", "", Type::Text},
                     {"pcode", "#adm+code", Type::Text},
                     {"name", "#adm+name", Type::Text},
                     {"region", "#adm1+name", Type::Text},
                     {"sector", "#sector", Type::Text},
                     {"organisation", "#org+acronym", Type::Text},
                     {"organisation_name", "#org+name", Type::Text},
                     {"organisation_type", "#org+type", Type::Text},
                     {"role", "#org+role", Type::Text},
                     {"presence", "#meta+presence", Type::Text},
                     {"rows", "#meta+rows", Type::Integer},
                     {"row_numbers", "#meta+row", Type::Text}};
    for (const WhoLine& line : lines) {
        const AdminUnit& unit = tree.unit(line.unit);
        const OrganisationInfo& organisation =
            result.index.organisations[static_cast<std::size_t>(line.organisation)];
        std::string numbers;
        for (std::int64_t row : line.rows) {
            appendItem(numbers, std::to_string(row), " ");
        }
        const std::string presence = coarser ? std::string(levelKey(unit.level)) + "_wide" : "own";
        table.rows.push_back(
            {std::string(levelKey(unit.level)), unit.pcode, unit.name, regionName(tree, line.unit),
             result.index.sectors[static_cast<std::size_t>(line.sector)], organisation.name,
             organisation.fullName, organisation.type, std::string(presenceRoleKey(line.role)), presence,
             std::to_string(line.rows.size()), numbers});
    }
    return table;
}

} // namespace

WhoResult whoIsWhere(const AdminTree& tree, const std::vector<ActivityRow>& rows,
                     const std::vector<Match>& matches, const WhoOptions& options) {
    return whoIsWhere(tree, buildPresenceIndex(rows, matches, options.filter), options);
}

WhoResult whoIsWhere(const AdminTree& tree, PresenceIndex index, const WhoOptions& options) {
    WhoResult result;
    result.level = options.level;
    std::map<LineKey, std::vector<std::int64_t>> own, coarser;
    for (const PresenceEntry& entry : index.entries) {
        if (entry.level >= options.level) {
            const UnitId at = tree.ancestorAt(entry.unit, options.level);
            own[{at, entry.sector, entry.organisation, entry.role}].push_back(entry.row);
        } else {
            coarser[{entry.unit, entry.sector, entry.organisation, entry.role}].push_back(entry.row);
        }
    }
    options.progress.report(0.5, translate("Progress", "grouping presence by unit").c_str());
    result.lines = sortedLines(own, index);
    result.coarser = sortedLines(coarser, index);
    if (index.rowsKept == 0) {
        result.problems.push_back(
            {Severity::Warning,
             {},
             {},
             0,
             fill(translate("Analysis", "No row is left by the filter (%1): who-is-where is empty."),
                  {options.filter.displayText()})});
    }
    if (index.rowsUnmatched > 0) {
        result.problems.push_back({Severity::Warning,
                                   {},
                                   {},
                                   0,
                                   translate("Analysis",
                                             "%n rows kept by the filter have no place and are not in "
                                             "who-is-where (see the match report).",
                                             nullptr, index.rowsUnmatched)});
    }
    result.index = std::move(index);
    options.progress.report(1.0, translate("Progress", "who is where done").c_str());
    return result;
}

OutputTable whoTable(const AdminTree& tree, const WhoResult& result) {
    return linesTable(tree, result, result.lines, "who_" + std::string(levelKey(result.level)), false);
}

OutputTable whoCoarserTable(const AdminTree& tree, const WhoResult& result) {
    return linesTable(tree, result, result.coarser, "who_coarser", true);
}

} // namespace couverture::analysis
