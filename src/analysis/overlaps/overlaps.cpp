#include "analysis/overlaps/overlaps.h"
#include "core/texts.h"

#include "core/text_fold.h"

#include <algorithm>
#include <map>

namespace couverture::analysis {
namespace {

// Most periods open at one time: sweep of starts and ends (an open start counts from the beginning of
// time, an open end to its end); two periods meeting on one day overlap.
int mostAtOnce(const std::vector<Period>& periods) {
    std::vector<std::pair<std::int64_t, int>> events;
    for (const Period& period : periods) {
        events.emplace_back(period.start ? period.start->days : INT64_MIN / 2, +1);
        events.emplace_back(period.end ? std::int64_t{period.end->days} + 1 : INT64_MAX / 2, -1);
    }
    std::sort(events.begin(), events.end()); // at one instant, ends (-1) before starts (+1)
    int open = 0, most = 0;
    for (const auto& [when, change] : events) {
        open += change;
        most = std::max(most, open);
    }
    return most;
}

std::string periodText(const Period& period) {
    if (!period.start && !period.end) {
        return "no dates";
    }
    return (period.start ? formatDate(*period.start) : std::string("…")) + ".." +
           (period.end ? formatDate(*period.end) : std::string("…"));
}

} // namespace

bool Period::overlaps(const Period& other) const {
    const bool startsAfter = start && other.end && *start > *other.end;
    const bool endsBefore = end && other.start && *end < *other.start;
    return !startsAfter && !endsBefore;
}

OverlapResult findOverlaps(const AdminTree& tree, const std::vector<ActivityRow>& rows,
                           const std::vector<Match>& matches, const OverlapOptions& options) {
    return findOverlaps(tree, buildPresenceIndex(rows, matches, options.filter), options);
}

OverlapResult findOverlaps(const AdminTree& tree, PresenceIndex index, const OverlapOptions& options) {
    OverlapResult result;
    result.level = options.level;
    result.minOrganisations = std::max(2, options.minOrganisations);
    result.comparedByDates = index.hasDates;
    const LevelPresence presence = presenceAtLevel(tree, index, options.level);
    const auto& units = tree.level(options.level);

    // Each organisation's period per (unit position, sector), only when the table has dates.
    std::map<std::tuple<int, int, int>, Period> periods;
    if (index.hasDates) {
        for (const PresenceEntry& entry : index.entries) {
            if (entry.role != PresenceRole::Organisation || entry.level < options.level) {
                continue;
            }
            const int position =
                presence.position[static_cast<std::size_t>(tree.ancestorAt(entry.unit, options.level))];
            auto [at, inserted] = periods.try_emplace({position, entry.sector, entry.organisation},
                                                      Period{entry.start, entry.end});
            if (!inserted) {
                Period& period = at->second;
                period.start = (period.start && entry.start) ? std::min(*period.start, *entry.start)
                                                             : std::optional<Date>{};
                period.end =
                    (period.end && entry.end) ? std::max(*period.end, *entry.end) : std::optional<Date>{};
            }
        }
    }
    options.progress.report(0.3, translate("Progress", "comparing organisations unit by unit").c_str());

    std::map<std::tuple<int, int, int>, std::vector<UnitId>> shared; // (sector, a, b) -> units
    std::vector<std::vector<char>> present(index.organisations.size(), std::vector<char>(units.size(), 0));
    for (std::size_t s = 0; s < index.sectors.size(); ++s) {
        for (std::size_t u = 0; u < units.size(); ++u) {
            const auto& organisations = presence.own[s][u];
            for (int organisation : organisations) {
                present[static_cast<std::size_t>(organisation)][u] = 1;
            }
            if (organisations.size() < 2) {
                continue;
            }
            OverlapUnit overlap{units[u], static_cast<int>(s), organisations, {}, 0, presence.coarser[s][u]};
            for (int organisation : organisations) {
                auto found = periods.find({static_cast<int>(u), static_cast<int>(s), organisation});
                overlap.periods.push_back(found == periods.end() ? Period{} : found->second);
            }
            overlap.simultaneous =
                index.hasDates ? mostAtOnce(overlap.periods) : static_cast<int>(organisations.size());
            for (std::size_t a = 0; a < organisations.size(); ++a) {
                for (std::size_t b = a + 1; b < organisations.size(); ++b) {
                    if (overlap.periods[a].overlaps(overlap.periods[b])) {
                        shared[{static_cast<int>(s), organisations[a], organisations[b]}].push_back(units[u]);
                    }
                }
            }
            if (overlap.simultaneous >= result.minOrganisations) {
                result.overlaps.push_back(std::move(overlap));
            }
        }
    }
    options.progress.report(0.8, translate("Progress", "ranking organisation pairs").c_str());
    for (auto& [key, pairUnits] : shared) {
        auto [sector, a, b] = key;
        if (foldText(index.organisations[static_cast<std::size_t>(b)].name) <
            foldText(index.organisations[static_cast<std::size_t>(a)].name)) {
            std::swap(a, b);
        }
        result.pairs.push_back({sector, a, b, std::move(pairUnits)});
    }
    std::stable_sort(result.pairs.begin(), result.pairs.end(),
                     [&](const OverlapPair& x, const OverlapPair& y) {
                         if (x.units.size() != y.units.size()) {
                             return x.units.size() > y.units.size();
                         }
                         return std::tie(index.sectors[static_cast<std::size_t>(x.sector)],
                                         index.organisations[static_cast<std::size_t>(x.first)].key,
                                         index.organisations[static_cast<std::size_t>(x.second)].key) <
                                std::tie(index.sectors[static_cast<std::size_t>(y.sector)],
                                         index.organisations[static_cast<std::size_t>(y.first)].key,
                                         index.organisations[static_cast<std::size_t>(y.second)].key);
                     });
    for (const auto& flags : present) {
        result.unitsPresent.push_back(static_cast<int>(std::count(flags.begin(), flags.end(), 1)));
    }
    if (!index.hasDates) {
        result.problems.push_back(
            {Severity::Info,
             {},
             {},
             0,
             translate("Analysis", "The table has no dates: organisations are compared by sector alone, not "
                                   "by period.")});
    }
    if (index.rowsKept == 0) {
        result.problems.push_back(
            {Severity::Warning,
             {},
             {},
             0,
             fill(translate("Analysis", "No row is left by the filter (%1): there is nothing to compare."),
                  {options.filter.displayText()})});
    }
    result.index = std::move(index);
    options.progress.report(1.0, translate("Progress", "overlaps done").c_str());
    return result;
}

OutputTable overlapTable(const AdminTree& tree, const OverlapResult& result) {
    using Type = OutputColumn::Type;
    OutputTable table;
    table.name = "overlaps_" + std::string(levelKey(result.level));
    table.columns = {{"level", "", Type::Text},
                     {"pcode", "#adm+code", Type::Text},
                     {"name", "#adm+name", Type::Text},
                     {"region", "#adm1+name", Type::Text},
                     {"sector", "#sector", Type::Text},
                     {"organisations", "#org+num", Type::Integer},
                     {"organisations_at_once", "#org+num+simultaneous", Type::Integer},
                     {"organisation_names", "#org+list", Type::Text},
                     {"periods", "#date+list", Type::Text},
                     {"coarser_only_organisations", "#org+list+coarser", Type::Text}};
    for (const OverlapUnit& overlap : result.overlaps) {
        const AdminUnit& unit = tree.unit(overlap.unit);
        std::string periods;
        if (!result.comparedByDates) {
            periods = "no dates in the table";
        } else {
            for (std::size_t i = 0; i < overlap.organisations.size(); ++i) {
                appendItem(
                    periods,
                    result.index.organisations[static_cast<std::size_t>(overlap.organisations[i])].name +
                        " " + periodText(overlap.periods[i]));
            }
        }
        table.rows.push_back(
            {std::string(levelKey(unit.level)), unit.pcode, unit.name, regionName(tree, overlap.unit),
             result.index.sectors[static_cast<std::size_t>(overlap.sector)],
             std::to_string(overlap.organisations.size()), std::to_string(overlap.simultaneous),
             organisationNames(result.index, overlap.organisations), periods,
             organisationNames(result.index, overlap.coarserOnly)});
    }
    return table;
}

OutputTable pairListTable(const AdminTree& tree, const OverlapResult& result) {
    using Type = OutputColumn::Type;
    OutputTable table;
    table.name = "overlap_pairs";
    table.columns = {{"rank", "#meta+rank", Type::Integer},
                     {"sector", "#sector", Type::Text},
                     {"organisation_a", "#org+a", Type::Text},
                     {"organisation_b", "#org+b", Type::Text},
                     {"shared_units", "#adm+num+shared", Type::Integer},
                     {"unit_names", "#adm+list", Type::Text}};
    int rank = 0;
    std::size_t previous = 0;
    for (std::size_t i = 0; i < result.pairs.size(); ++i) {
        const OverlapPair& pair = result.pairs[i];
        if (i == 0 || pair.units.size() != previous) {
            rank = static_cast<int>(i) + 1; // ties share a rank
            previous = pair.units.size();
        }
        std::string names;
        for (UnitId unit : pair.units) {
            appendItem(names, tree.unit(unit).name);
        }
        table.rows.push_back({std::to_string(rank),
                              result.index.sectors[static_cast<std::size_t>(pair.sector)],
                              result.index.organisations[static_cast<std::size_t>(pair.first)].name,
                              result.index.organisations[static_cast<std::size_t>(pair.second)].name,
                              std::to_string(pair.units.size()), names});
    }
    return table;
}

std::vector<OutputTable> pairMatrixTables(const OverlapResult& result, int matrixSize) {
    using Type = OutputColumn::Type;
    std::vector<OutputTable> tables;
    for (std::size_t s = 0; s < result.index.sectors.size(); ++s) {
        // Units per organisation in this sector, from the pairs and the overlaps' presence.
        std::map<int, int> unitsIn;
        std::map<std::pair<int, int>, int> sharedUnits;
        for (const OverlapPair& pair : result.pairs) {
            if (pair.sector == static_cast<int>(s)) {
                sharedUnits[{pair.first, pair.second}] = static_cast<int>(pair.units.size());
                sharedUnits[{pair.second, pair.first}] = static_cast<int>(pair.units.size());
                unitsIn.try_emplace(pair.first, 0);
                unitsIn.try_emplace(pair.second, 0);
            }
        }
        if (unitsIn.empty()) {
            continue;
        }
        for (const auto& [pair, shared] : sharedUnits) {
            int& best = unitsIn[pair.first];
            best = std::max(best, shared);
        }
        std::vector<int> chosen;
        for (const auto& [organisation, count] : unitsIn) {
            chosen.push_back(organisation);
        }
        // The organisations with the largest shares first; ties by name.
        std::stable_sort(chosen.begin(), chosen.end(), [&](int a, int b) {
            if (unitsIn[a] != unitsIn[b]) {
                return unitsIn[a] > unitsIn[b];
            }
            return result.index.organisations[static_cast<std::size_t>(a)].key <
                   result.index.organisations[static_cast<std::size_t>(b)].key;
        });
        if (static_cast<int>(chosen.size()) > matrixSize) {
            chosen.resize(static_cast<std::size_t>(matrixSize));
        }
        OutputTable table;
        table.name = "pair_matrix_" + foldText(result.index.sectors[s]);
        std::replace(table.name.begin(), table.name.end(), ' ', '_');
        table.columns.push_back({"organisation", "#org", Type::Text});
        for (int organisation : chosen) {
            table.columns.push_back(
                {result.index.organisations[static_cast<std::size_t>(organisation)].name, "", Type::Integer});
        }
        for (int row : chosen) {
            std::vector<std::string> cells{result.index.organisations[static_cast<std::size_t>(row)].name};
            for (int column : chosen) {
                auto found = sharedUnits.find({row, column});
                cells.push_back(
                    row == column ? "" : std::to_string(found == sharedUnits.end() ? 0 : found->second));
            }
            table.rows.push_back(std::move(cells));
        }
        tables.push_back(std::move(table));
    }
    return tables;
}

} // namespace couverture::analysis
