#include "analysis/change/change.h"
#include "core/level_text.h"
#include "core/texts.h"

#include "core/store/release_reader.h"
#include "core/text_fold.h"

#include <algorithm>
#include <map>

namespace couverture::analysis {

namespace {

struct Presence {
    std::set<std::string> before, after; // organisation keys
};

std::string organisationShown(const ActivityRow& row) {
    const std::string acronym(trim(row.cell(Role::OrgAcronym)));
    return acronym.empty() ? std::string(trim(row.cell(Role::OrgName))) : acronym;
}

std::vector<std::string> shown(const std::set<std::string>& keys,
                               const std::map<std::string, std::string>& names) {
    std::vector<std::string> out;
    for (const auto& key : keys) {
        out.push_back(names.at(key));
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> difference(const std::set<std::string>& a, const std::set<std::string>& b,
                                    const std::map<std::string, std::string>& names) {
    std::set<std::string> only;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::inserter(only, only.end()));
    return shown(only, names);
}

} // namespace

ChangeResult compareReleases(const AdminTree& tree, const Release& before, const Release& after,
                             const ChangeOptions& options) {
    ChangeResult result;
    result.options = options;
    std::map<std::pair<UnitId, std::string>, Presence> bySector;
    std::map<UnitId, Presence> byUnit;
    std::map<std::string, std::string> organisationNames, sectorNames;

    auto take = [&](const Release& release, bool isBefore) {
        auto& rows = isBefore ? result.rowsBefore : result.rowsAfter;
        auto& coarser = isBefore ? result.coarserBefore : result.coarserAfter;
        auto& unmatched = isBefore ? result.unmatchedBefore : result.unmatchedAfter;
        auto& noOrganisation = isBefore ? result.noOrganisationBefore : result.noOrganisationAfter;
        auto& noSector = isBefore ? result.noSectorBefore : result.noSectorAfter;
        for (std::size_t i = 0; i < release.rows->size(); ++i) {
            const ActivityRow& row = (*release.rows)[i];
            if (!options.filter.keeps(row)) {
                continue;
            }
            ++rows;
            const Match& match = (*release.matches)[i];
            if (match.unit == kNoUnit) {
                ++unmatched;
                continue;
            }
            if (match.level < options.level) {
                ++coarser;
                continue;
            }
            const std::string organisation = row.organisationKey();
            if (organisation.empty()) {
                ++noOrganisation;
                continue;
            }
            const std::string sector = foldText(row.cell(Role::Sector));
            noSector += sector.empty() ? 1 : 0;
            organisationNames.emplace(organisation, organisationShown(row));
            sectorNames.emplace(sector, std::string(trim(row.cell(Role::Sector))));
            const UnitId unit = tree.ancestorAt(match.unit, options.level);
            (isBefore ? bySector[{unit, sector}].before : bySector[{unit, sector}].after)
                .insert(organisation);
            (isBefore ? byUnit[unit].before : byUnit[unit].after).insert(organisation);
        }
    };
    take(before, true);
    take(after, false);

    result.units.assign(tree.size(), {});
    for (const auto& [unit, presence] : byUnit) {
        auto& figures = result.units[static_cast<std::size_t>(unit)];
        figures.before = static_cast<int>(presence.before.size());
        figures.after = static_cast<int>(presence.after.size());
    }
    for (const auto& [key, presence] : bySector) {
        SectorChange change;
        change.unit = key.first;
        change.sector = sectorNames.at(key.second);
        change.before = shown(presence.before, organisationNames);
        change.after = shown(presence.after, organisationNames);
        change.left = difference(presence.before, presence.after, organisationNames);
        change.arrived = difference(presence.after, presence.before, organisationNames);
        result.units[static_cast<std::size_t>(key.first)].sectorsLost += change.lostLast() ? 1 : 0;
        result.sectors.push_back(std::move(change));
    }
    const std::string level = levelText(options.level);
    auto note = [&](std::int64_t count, const std::string& what) {
        if (count > 0) {
            result.problems.push_back({Severity::Info, {}, {}, 0, std::to_string(count) + " " + what});
        }
    };
    note(result.coarserBefore,
         fill(translate("Analysis", "rows of the first release are placed above the %1 level (région- or "
                                    "cercle-wide) and are not compared"),
              {level}));
    note(result.coarserAfter,
         fill(translate("Analysis", "rows of the second release are placed above the %1 level (région- or "
                                    "cercle-wide) and are not compared"),
              {level}));
    note(result.unmatchedBefore,
         translate("Analysis", "rows of the first release have no place and are not compared"));
    note(result.unmatchedAfter,
         translate("Analysis", "rows of the second release have no place and are not compared"));
    note(result.noOrganisationBefore,
         translate("Analysis", "rows of the first release name no organisation and are not compared"));
    note(result.noOrganisationAfter,
         translate("Analysis", "rows of the second release name no organisation and are not compared"));
    if (result.rowsBefore == 0 || result.rowsAfter == 0) {
        result.problems.push_back(
            {Severity::Warning,
             {},
             "filter",
             0,
             fill(result.rowsBefore == 0
                      ? translate("Analysis", "the filter (%1) keeps no row of the first release")
                      : translate("Analysis", "the filter (%1) keeps no row of the second release"),
                  {options.filter.displayText()})});
    }
    return result;
}

namespace {

void check(const Progress& progress, double fraction, const char* message) {
    if (!progress.report(fraction, message)) {
        throw Cancelled{};
    }
}

std::string organisationKeyOf(const std::string& text, Role role) {
    ActivityRow row;
    row.cell(role) = text;
    return row.organisationKey();
}

} // namespace

Withdrawal withoutOrganisations(const ActivityTable& table, const std::vector<Match>& matches,
                                const std::vector<std::string>& organisations) {
    std::set<std::string> withdrawn;
    for (const auto& name : organisations) {
        withdrawn.insert(organisationKeyOf(name, Role::OrgAcronym));
    }
    Withdrawal withdrawal;
    withdrawal.table = table;
    withdrawal.table.rows.clear();
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const ActivityRow& row = table.rows[i];
        if (withdrawn.count(row.organisationKey()) != 0 ||
            withdrawn.count(organisationKeyOf(row.cell(Role::OrgName), Role::OrgName)) != 0) {
            continue;
        }
        withdrawal.table.rows.push_back(row);
        withdrawal.matches.push_back(matches[i]);
    }
    withdrawal.removed = table.rows.size() - withdrawal.table.rows.size();
    withdrawal.table.path =
        table.path + " (without " + std::to_string(organisations.size()) + " organisation(s))";
    if (withdrawal.removed == 0) {
        withdrawal.problems.push_back(
            {Severity::Warning, table.path, "org", 0,
             translate("Analysis", "the organisations to withdraw match no row: both releases are the same")});
    }
    return withdrawal;
}

CompareRun runCompare(const CompareInputs& inputs) {
    CompareRun run;
    check(inputs.progress, 0.0, translate("Progress", "reading the first release").c_str());
    run.before = loadAndReconcile(inputs.before);
    const AdminTree& tree = run.before.boundaries.tree;
    if (!inputs.after.empty()) {
        check(inputs.progress, 0.5, translate("Progress", "reading the second release").c_str());
        // "PG:... release=NAME" is a release published in the shared store, anything else a file.
        run.after = store::isStoreSource(inputs.after) ? store::readStoreActivities(inputs.after)
                                                       : readActivityTable(inputs.after, inputs.afterRead);
        ReconcileOptions reconcileOptions;
        reconcileOptions.fuzzyThreshold = inputs.before.fuzzyThreshold;
        if (!inputs.before.aliases.empty()) {
            reconcileOptions.aliases = readAliases(inputs.before.aliases, tree);
        }
        run.afterMatches = reconcile(tree, run.after.rows, reconcileOptions);
    } else {
        Withdrawal withdrawal =
            withoutOrganisations(run.before.table, run.before.reconciled.matches, inputs.withdraw);
        run.after = std::move(withdrawal.table);
        run.afterMatches.matches = std::move(withdrawal.matches);
        run.change.problems = std::move(withdrawal.problems);
    }
    check(inputs.progress, 0.9, translate("Progress", "comparing the releases").c_str());
    Problems early = std::move(run.change.problems);
    run.change = compareReleases(tree, {&run.before.table.rows, &run.before.reconciled.matches},
                                 {&run.after.rows, &run.afterMatches.matches}, inputs.change);
    run.change.problems.insert(run.change.problems.begin(), early.begin(), early.end());
    check(inputs.progress, 1.0, translate("Progress", "releases compared").c_str());
    return run;
}

namespace {

using Type = OutputColumn::Type;

std::string joined(const std::vector<std::string>& names) {
    std::string text;
    for (const auto& name : names) {
        text += (text.empty() ? "" : "; ") + name;
    }
    return text;
}

std::string tagOf(AdminLevel level) {
    return level == AdminLevel::Region ? "#adm1" : level == AdminLevel::Cercle ? "#adm2" : "#adm3";
}

std::string parentName(const AdminTree& tree, UnitId unit) {
    const UnitId parent = tree.unit(unit).parent;
    return parent == kNoUnit || tree.unit(parent).level == AdminLevel::Country ? std::string()
                                                                               : tree.unit(parent).name;
}

// A table whose first three columns name the unit of the level: pcode, name, parent.
OutputTable unitTable(std::string name, AdminLevel level, std::vector<OutputColumn> figures) {
    const std::string tag = tagOf(level);
    OutputTable table;
    table.name = std::move(name);
    table.columns = {{"pcode", tag + "+code", Type::Text},
                     {"name", tag + "+name", Type::Text},
                     {"parent", "", Type::Text}};
    table.columns.insert(table.columns.end(), figures.begin(), figures.end());
    return table;
}

} // namespace

OutputTable sectorChangeTable(const AdminTree& tree, const ChangeResult& result) {
    OutputTable table = unitTable("change_by_sector", result.options.level,
                                  {{"sector", "#sector", Type::Text},
                                   {"organisations_before", "#org+num+before", Type::Integer},
                                   {"organisations_after", "#org+num+after", Type::Integer},
                                   {"net", "#org+num+change", Type::Integer},
                                   {"left", "#org+left", Type::Text},
                                   {"arrived", "#org+arrived", Type::Text},
                                   {"lost_last", "#indicator+lost_last", Type::Integer},
                                   {"gained_first", "#indicator+gained_first", Type::Integer}});
    for (const SectorChange& change : result.sectors) {
        const AdminUnit& unit = tree.unit(change.unit);
        table.rows.push_back(
            {unit.pcode, unit.name, parentName(tree, change.unit), change.sector,
             std::to_string(change.before.size()), std::to_string(change.after.size()),
             std::to_string(static_cast<long>(change.after.size()) - static_cast<long>(change.before.size())),
             joined(change.left), joined(change.arrived), change.lostLast() ? "1" : "0",
             change.gainedFirst() ? "1" : "0"});
    }
    return table;
}

OutputTable lostLastTable(const AdminTree& tree, const ChangeResult& result) {
    OutputTable table =
        unitTable("lost_last_organisation", result.options.level,
                  {{"sector", "#sector", Type::Text}, {"organisations_before", "#org+before", Type::Text}});
    for (const SectorChange& change : result.sectors) {
        if (change.lostLast()) {
            const AdminUnit& unit = tree.unit(change.unit);
            table.rows.push_back(
                {unit.pcode, unit.name, parentName(tree, change.unit), change.sector, joined(change.before)});
        }
    }
    return table;
}

OutputTable netChangeTable(const AdminTree& tree, const ChangeResult& result) {
    OutputTable table = unitTable("net_change", result.options.level,
                                  {{"organisations_before", "#org+num+before", Type::Integer},
                                   {"organisations_after", "#org+num+after", Type::Integer},
                                   {"net", "#org+num+change", Type::Integer},
                                   {"sectors_lost", "#indicator+sectors_lost", Type::Integer}});
    for (const UnitId id : tree.level(result.options.level)) {
        const UnitChange& figures = result.units[static_cast<std::size_t>(id)];
        table.rows.push_back({tree.unit(id).pcode, tree.unit(id).name, parentName(tree, id),
                              std::to_string(figures.before), std::to_string(figures.after),
                              std::to_string(figures.net()), std::to_string(figures.sectorsLost)});
    }
    return table;
}

} // namespace couverture::analysis
