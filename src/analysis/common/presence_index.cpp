#include "analysis/common/presence_index.h"

#include "core/text_fold.h"

#include <algorithm>
#include <unordered_map>

namespace couverture::analysis {
namespace {

// Partner and donor cells often list several organisations: "AMSOPT; WILDAF".
std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> items;
    std::string current;
    for (char c : text + ';') {
        if (c == ';' || c == '|' || c == '\n') {
            const std::string_view item = trim(current);
            if (!item.empty() && !isPlaceholder(foldText(item))) {
                items.emplace_back(item);
            }
            current.clear();
        } else {
            current += c;
        }
    }
    return items;
}

class Builder {
public:
    explicit Builder(PresenceIndex& index) : index_(index) {}

    int organisation(const std::string& key, const std::string& name, const std::string& fullName,
                     const std::string& type) {
        auto [at, inserted] = organisationIds_.emplace(key, static_cast<int>(index_.organisations.size()));
        if (inserted) {
            index_.organisations.push_back({key, name, fullName, type});
        }
        return at->second;
    }
    int sector(const std::string& text) {
        // Most rows repeat a few spellings: fold each spelling once.
        if (auto found = sectorSpellings_.find(text); found != sectorSpellings_.end()) {
            return found->second;
        }
        const std::string key = foldText(text);
        auto [at, inserted] = sectorIds_.emplace(key, static_cast<int>(index_.sectors.size()));
        if (inserted) {
            index_.sectors.push_back(text);
        }
        sectorSpellings_.emplace(text, at->second);
        return at->second;
    }
    // The row's organisation, keyed once per distinct acronym and name pair.
    int rowOrganisation(const ActivityRow& row) {
        const std::string& acronym = row.cell(Role::OrgAcronym);
        const std::string& name = row.cell(Role::OrgName);
        std::string spelling = acronym;
        spelling += '\x1f';
        spelling += name;
        if (auto found = organisationSpellings_.find(spelling); found != organisationSpellings_.end()) {
            return found->second;
        }
        const std::string key = row.organisationKey();
        const int id =
            key.empty() ? -1
                        : organisation(key, acronym.empty() ? name : acronym, name, row.cell(Role::OrgType));
        organisationSpellings_.emplace(std::move(spelling), id);
        return id;
    }

private:
    PresenceIndex& index_;
    std::unordered_map<std::string, int> organisationIds_, sectorIds_, sectorSpellings_,
        organisationSpellings_;
};

} // namespace

std::string_view presenceRoleKey(PresenceRole role) {
    switch (role) {
    case PresenceRole::Organisation:
        return "organisation";
    case PresenceRole::ImplementingPartner:
        return "implementing_partner";
    case PresenceRole::Donor:
        return "donor";
    }
    return "organisation";
}

int PresenceIndex::organisationIndex(std::string_view nameOrKey) const {
    const std::string folded = foldText(nameOrKey);
    for (std::size_t i = 0; i < organisations.size(); ++i) {
        if (organisations[i].key == folded || foldText(organisations[i].name) == folded ||
            foldText(organisations[i].fullName) == folded) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

PresenceIndex buildPresenceIndex(const std::vector<ActivityRow>& rows, const std::vector<Match>& matches,
                                 const ActivityFilter& filter) {
    PresenceIndex index;
    Builder builder(index);
    // The filter folds the cells it compares; rows repeat a few spellings, so its answer is kept per spelling
    // of the cells it reads (rows with dates are asked each time when the filter has a period).
    const bool byPeriod = filter.periodStart || filter.periodEnd;
    std::unordered_map<std::string, bool> kept;
    auto keeps = [&](const ActivityRow& row) {
        if (filter.empty()) {
            return true;
        }
        if (byPeriod) {
            return filter.keeps(row);
        }
        std::string spelling;
        for (Role role : {Role::Sector, Role::OrgType, Role::Status, Role::OrgAcronym, Role::OrgName}) {
            spelling += row.cell(role);
            spelling += '\x1f';
        }
        auto [at, inserted] = kept.try_emplace(std::move(spelling), false);
        if (inserted) {
            at->second = filter.keeps(row);
        }
        return at->second;
    };
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ActivityRow& row = rows[i];
        if (!keeps(row)) {
            ++index.rowsFiltered;
            continue;
        }
        const Match& match = matches[i];
        if (match.unit == kNoUnit) {
            ++index.rowsUnmatched;
            continue;
        }
        ++index.rowsKept;
        index.hasDates = index.hasDates || row.start || row.end;
        const int sector = builder.sector(row.cell(Role::Sector));
        auto add = [&](int organisation, PresenceRole role) {
            index.entries.push_back(
                {match.unit, match.level, organisation, sector, role, row.row, row.start, row.end});
        };
        if (const int organisation = builder.rowOrganisation(row); organisation >= 0) {
            add(organisation, PresenceRole::Organisation);
        }
        if (!row.cell(Role::Partner).empty()) {
            for (const auto& partner : splitList(row.cell(Role::Partner))) {
                add(builder.organisation(foldText(partner), partner, partner, {}),
                    PresenceRole::ImplementingPartner);
            }
        }
        if (!row.cell(Role::Donor).empty()) {
            for (const auto& donor : splitList(row.cell(Role::Donor))) {
                add(builder.organisation(foldText(donor), donor, donor, {}), PresenceRole::Donor);
            }
        }
    }
    return index;
}

LevelPresence presenceAtLevel(const AdminTree& tree, const PresenceIndex& index, AdminLevel level,
                              const std::vector<PresenceRole>& roles) {
    LevelPresence presence;
    presence.level = level;
    const auto& units = tree.level(level);
    presence.position.assign(tree.size(), -1);
    for (std::size_t i = 0; i < units.size(); ++i) {
        presence.position[static_cast<std::size_t>(units[i])] = static_cast<int>(i);
    }
    presence.own.assign(index.sectors.size(), std::vector<std::vector<int>>(units.size()));
    presence.coarser = presence.own;
    // Units of `level` below each coarser unit, found once per unit that has rows.
    std::unordered_map<UnitId, std::vector<int>> below;
    auto unitsBelow = [&](UnitId ancestor) -> const std::vector<int>& {
        auto [at, inserted] = below.try_emplace(ancestor);
        if (inserted) {
            for (std::size_t i = 0; i < units.size(); ++i) {
                if (tree.isWithin(units[i], ancestor)) {
                    at->second.push_back(static_cast<int>(i));
                }
            }
        }
        return at->second;
    };
    for (const PresenceEntry& entry : index.entries) {
        if (std::find(roles.begin(), roles.end(), entry.role) == roles.end()) {
            continue;
        }
        auto& own = presence.own[static_cast<std::size_t>(entry.sector)];
        if (entry.level >= level) {
            const UnitId at = tree.ancestorAt(entry.unit, level);
            if (at != kNoUnit && presence.position[static_cast<std::size_t>(at)] >= 0) {
                own[static_cast<std::size_t>(presence.position[static_cast<std::size_t>(at)])].push_back(
                    entry.organisation);
            }
            continue;
        }
        auto& coarser = presence.coarser[static_cast<std::size_t>(entry.sector)];
        for (int position : unitsBelow(entry.unit)) {
            coarser[static_cast<std::size_t>(position)].push_back(entry.organisation);
        }
    }
    auto sortUnique = [](std::vector<int>& values) {
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
    };
    for (std::size_t s = 0; s < presence.own.size(); ++s) {
        for (std::size_t u = 0; u < units.size(); ++u) {
            auto& own = presence.own[s][u];
            auto& coarser = presence.coarser[s][u];
            sortUnique(own);
            sortUnique(coarser);
            // Coarser presence counts only for organisations not also present by their own rows.
            std::vector<int> only;
            std::set_difference(coarser.begin(), coarser.end(), own.begin(), own.end(),
                                std::back_inserter(only));
            coarser.swap(only);
        }
    }
    return presence;
}

void appendItem(std::string& list, std::string_view item, std::string_view separator) {
    if (!list.empty()) {
        list += separator;
    }
    list += item;
}

std::string organisationNames(const PresenceIndex& index, const std::vector<int>& organisations) {
    std::vector<std::string> names;
    for (int organisation : organisations) {
        names.push_back(index.organisations[static_cast<std::size_t>(organisation)].name);
    }
    std::sort(names.begin(), names.end(),
              [](const std::string& a, const std::string& b) { return foldText(a) < foldText(b); });
    std::string text;
    for (const auto& name : names) {
        appendItem(text, name);
    }
    return text;
}

std::vector<int> organisationsNamed(const PresenceIndex& index, const std::vector<std::string>& names,
                                    std::vector<std::string>* missing) {
    std::vector<int> found;
    for (const auto& name : names) {
        const int organisation = index.organisationIndex(name);
        if (organisation >= 0) {
            found.push_back(organisation);
        } else if (missing != nullptr) {
            missing->push_back(name);
        }
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

std::string regionName(const AdminTree& tree, UnitId unit) {
    const UnitId region = tree.ancestorAt(unit, AdminLevel::Region);
    return region == kNoUnit ? std::string{} : tree.unit(region).name;
}

UnitId unitNamed(const AdminTree& tree, AdminLevel level, const std::string& text) {
    const std::string wanted = foldPlaceName(text);
    UnitId byName = kNoUnit;
    int names = 0;
    for (UnitId id : tree.level(level)) {
        const AdminUnit& unit = tree.unit(id);
        if (unit.pcode == text) {
            return id;
        }
        if (foldPlaceName(unit.name) == wanted) {
            byName = id;
            ++names;
        }
    }
    return names == 1 ? byName : kNoUnit;
}

} // namespace couverture::analysis
