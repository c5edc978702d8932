#include "core/coverage.h"

#include "core/text_fold.h"
#include "core/texts.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace couverture {
namespace {

bool foldedIn(const std::string& value, const std::vector<std::string>& wanted) {
    if (wanted.empty()) {
        return true;
    }
    const std::string folded = foldText(value);
    return std::any_of(wanted.begin(), wanted.end(),
                       [&folded](const std::string& w) { return foldText(w) == folded; });
}

std::string joined(const std::vector<std::string>& values) {
    std::string text;
    for (const auto& value : values) {
        text += (text.empty() ? "" : ",") + value;
    }
    return text;
}

// Strings interned to small integers, so distinct counts are merges of sorted integer vectors.
class Interner {
public:
    int operator()(const std::string& text) {
        auto [at, inserted] = ids_.emplace(text, static_cast<int>(texts_.size()));
        if (inserted) {
            texts_.push_back(text);
        }
        return at->second;
    }
    const std::string& text(int id) const { return texts_[static_cast<std::size_t>(id)]; }

private:
    std::unordered_map<std::string, int> ids_;
    std::vector<std::string> texts_;
};

using IdSet = std::vector<int>; // sorted, unique

void insertInto(IdSet& set, int id) {
    auto at = std::lower_bound(set.begin(), set.end(), id);
    if (at == set.end() || *at != id) {
        set.insert(at, id);
    }
}

void mergeInto(IdSet& set, const IdSet& other) {
    IdSet merged;
    merged.reserve(set.size() + other.size());
    std::set_union(set.begin(), set.end(), other.begin(), other.end(), std::back_inserter(merged));
    set.swap(merged);
}

std::vector<std::string> splitList(const std::string& text) {
    // Partner cells often list several organisations: "AMSOPT; WILDAF".
    std::vector<std::string> items;
    std::string current;
    for (char c : text + ';') {
        if (c == ';' || c == '|' || c == '\n') {
            const std::string folded = foldText(current);
            if (!folded.empty() && !isPlaceholder(folded)) {
                items.push_back(folded);
            }
            current.clear();
        } else {
            current += c;
        }
    }
    return items;
}

// place_basis values (data/gbv_programmes.csv): "énoncé"/"stated" or "déduit"/"inferred".
bool placeInferred(const std::string& basis) {
    const std::string folded = foldText(basis);
    return folded == "deduit" || folded == "inferred";
}

} // namespace

bool ActivityFilter::keeps(const ActivityRow& row) const {
    if (statedPlacesOnly && placeInferred(row.cell(Role::PlaceBasis))) {
        return false;
    }
    if (!foldedIn(row.cell(Role::Sector), sectors) || !foldedIn(row.cell(Role::OrgType), organisationTypes) ||
        !foldedIn(row.cell(Role::Status), statuses)) {
        return false;
    }
    if (!organisations.empty() && !foldedIn(row.cell(Role::OrgAcronym), organisations) &&
        !foldedIn(row.cell(Role::OrgName), organisations)) {
        return false;
    }
    if (periodStart || periodEnd) {
        if (!row.start && !row.end) {
            return keepUndated;
        }
        // Open ends: an activity with no end date runs on; one with no start began before anything.
        if (periodEnd && row.start && *row.start > *periodEnd) {
            return false;
        }
        if (periodStart && row.end && *row.end < *periodStart) {
            return false;
        }
    }
    return true;
}

bool ActivityFilter::empty() const {
    return sectors.empty() && organisations.empty() && organisationTypes.empty() && statuses.empty() &&
           !periodStart && !periodEnd && !statedPlacesOnly;
}

std::string ActivityFilter::displayText() const {
    std::vector<std::string> parts;
    if (!sectors.empty()) {
        parts.push_back(fill(translate("Filter", "sector=%1"), {joined(sectors)}));
    }
    if (!organisations.empty()) {
        parts.push_back(fill(translate("Filter", "organisation=%1"), {joined(organisations)}));
    }
    if (!organisationTypes.empty()) {
        parts.push_back(fill(translate("Filter", "organisation_type=%1"), {joined(organisationTypes)}));
    }
    if (!statuses.empty()) {
        parts.push_back(fill(translate("Filter", "status=%1"), {joined(statuses)}));
    }
    if (periodStart || periodEnd) {
        const std::string start = periodStart ? formatDate(*periodStart) : std::string();
        const std::string end = periodEnd ? formatDate(*periodEnd) : std::string();
        parts.push_back(keepUndated ? fill(translate("Filter", "period=%1..%2 (undated kept)"), {start, end})
                                    : fill(translate("Filter", "period=%1..%2"), {start, end}));
    }
    if (statedPlacesOnly) {
        parts.push_back(translate("Filter", "places=stated"));
    }
    std::string text;
    for (const auto& part : parts) {
        text = text.empty() ? part : fill(translate("Filter", "%1; %2"), {text, part});
    }
    return text.empty() ? translate("Filter", "none") : text;
}

std::string ActivityFilter::dataText() const {
    // Not translated: files and the store keep the same text whatever the user's language.
    std::string text;
    const auto add = [&text](const char* key, const std::string& value) {
        if (!text.empty()) {
            text += "; ";
        }
        text += key;
        text += '=';
        text += value;
    };
    if (!sectors.empty()) {
        add("sector", joined(sectors));
    }
    if (!organisations.empty()) {
        add("organisation", joined(organisations));
    }
    if (!organisationTypes.empty()) {
        add("organisation_type", joined(organisationTypes));
    }
    if (!statuses.empty()) {
        add("status", joined(statuses));
    }
    if (periodStart || periodEnd) {
        std::string period = periodStart ? formatDate(*periodStart) : std::string();
        period += "..";
        period += periodEnd ? formatDate(*periodEnd) : std::string();
        if (keepUndated) {
            period += " (undated kept)";
        }
        add("period", period);
    }
    if (statedPlacesOnly) {
        add("places", "stated");
    }
    return text.empty() ? std::string("none") : text;
}

std::string_view peopleRuleKey(PeopleRule rule) {
    return rule == PeopleRule::Sum ? "sum" : "max_per_location";
}

namespace {
CoverageTable computeCoverageOfPlaces(const AdminTree& tree, const std::vector<ActivityRow>& rows,
                                      const std::vector<Match>& matches,
                                      const std::vector<ExtraMatch>& extras, const CoverageOptions& options);
} // namespace

CoverageTable computeCoverage(const AdminTree& tree, const std::vector<ActivityRow>& rows,
                              const std::vector<Match>& matches, const CoverageOptions& options) {
    return computeCoverageOfPlaces(tree, rows, matches, {}, options);
}

CoverageTable computeCoverage(const AdminTree& tree, const std::vector<ActivityRow>& rows,
                              const ReconcileResult& reconciled, const CoverageOptions& options) {
    return computeCoverageOfPlaces(tree, rows, reconciled.matches, reconciled.extraMatches, options);
}

namespace {

CoverageTable computeCoverageOfPlaces(const AdminTree& tree, const std::vector<ActivityRow>& rows,
                                      const std::vector<Match>& matches,
                                      const std::vector<ExtraMatch>& extras, const CoverageOptions& options) {
    auto extra = extras.begin();
    std::vector<UnitId> placesOfRow;
    CoverageTable table;
    table.options = options;
    table.units.resize(tree.size());
    const std::size_t unitCount = tree.size();
    std::vector<IdSet> organisations(unitCount), partners(unitCount), programmes(unitCount),
        sectors(unitCount);
    std::vector<IdSet> ownOrganisations(unitCount);
    std::vector<std::map<int, int>> sectorRows(unitCount);
    Interner organisationIds, partnerIds, programmeIds, sectorIds, siteIds;
    // People per location (unit, site): combined by the rule, then summed over locations.
    struct People {
        double targeted = 0, reached = 0;
        bool any = false;
    };
    std::map<std::pair<UnitId, int>, People> locations;

    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ActivityRow& row = rows[i];
        if (!options.filter.keeps(row)) {
            ++table.rowsFiltered;
            continue;
        }
        // The row's places: its match, and the other places of a cell that names several.
        placesOfRow.clear();
        if (i < matches.size() && matches[i].unit != kNoUnit) {
            placesOfRow.push_back(matches[i].unit);
        }
        for (; extra != extras.end() && extra->row <= i; ++extra) {
            if (extra->row == i && extra->match.unit != kNoUnit) {
                placesOfRow.push_back(extra->match.unit);
            }
        }
        if (placesOfRow.empty()) {
            ++table.rowsUnmatched;
            continue;
        }
        ++table.rowsUsed;
        const double share = 1.0 / static_cast<double>(placesOfRow.size());
        for (const UnitId unit : placesOfRow) {
            const auto u = static_cast<std::size_t>(unit);
            UnitCoverage& figures = table.units[u];
            ++figures.rowsAtThisLevel;
            const std::string organisation = row.organisationKey();
            if (!organisation.empty()) {
                insertInto(ownOrganisations[u], organisationIds(organisation));
            }
            for (const auto& partner : splitList(row.cell(Role::Partner))) {
                insertInto(partners[u], partnerIds(partner));
            }
            if (const std::string programme = foldText(row.cell(Role::Programme)); !programme.empty()) {
                insertInto(programmes[u], programmeIds(programme));
            }
            if (!row.cell(Role::Sector).empty()) {
                const int sector = sectorIds(row.cell(Role::Sector));
                insertInto(sectors[u], sector);
                ++sectorRows[u][sector];
            }
            if (row.targeted || row.reached) {
                People& people = locations[{unit, siteIds(foldText(row.cell(Role::SiteName)))}];
                const double targeted = row.targeted.value_or(0) * share,
                             reached = row.reached.value_or(0) * share;
                if (options.peopleRule == PeopleRule::Sum) {
                    people.targeted += targeted;
                    people.reached += reached;
                } else {
                    people.targeted = std::max(people.targeted, targeted);
                    people.reached = std::max(people.reached, reached);
                }
                people.any = true;
            }
        }
    }
    for (const auto& [location, people] : locations) {
        UnitCoverage& figures = table.units[static_cast<std::size_t>(location.first)];
        figures.peopleTargeted += people.targeted;
        figures.peopleReached += people.reached;
        figures.hasPeopleFigures = figures.hasPeopleFigures || people.any;
    }

    // Roll up, finest level first: a unit's distinct sets are its own rows' sets merged with its children's.
    for (const AdminLevel level : {AdminLevel::Commune, AdminLevel::Cercle, AdminLevel::Region}) {
        for (UnitId id : tree.level(level)) {
            const auto u = static_cast<std::size_t>(id);
            UnitCoverage& figures = table.units[u];
            figures.unit = id;
            organisations[u] = ownOrganisations[u];
            figures.rows = figures.rowsAtThisLevel;
            for (UnitId child : tree.unit(id).children) {
                const auto c = static_cast<std::size_t>(child);
                const UnitCoverage& childFigures = table.units[c];
                mergeInto(organisations[u], organisations[c]);
                mergeInto(partners[u], partners[c]);
                mergeInto(programmes[u], programmes[c]);
                mergeInto(sectors[u], sectors[c]);
                for (const auto& [sector, count] : sectorRows[c]) {
                    sectorRows[u][sector] += count;
                }
                figures.rows += childFigures.rows;
                figures.peopleTargeted += childFigures.peopleTargeted;
                figures.peopleReached += childFigures.peopleReached;
                figures.hasPeopleFigures = figures.hasPeopleFigures || childFigures.hasPeopleFigures;
                ++figures.childUnits;
                if (childFigures.rows > 0) {
                    ++figures.childUnitsCovered;
                }
            }
            figures.organisations = static_cast<int>(organisations[u].size());
            figures.partners = static_cast<int>(partners[u].size());
            figures.programmes = static_cast<int>(programmes[u].size());
            figures.childCoverageShare =
                figures.childUnits > 0 ? static_cast<double>(figures.childUnitsCovered) / figures.childUnits
                                       : 0.0;
            for (int sector : sectors[u]) {
                figures.sectors.push_back(sectorIds.text(sector));
            }
            std::sort(figures.sectors.begin(), figures.sectors.end());
            int bestRows = 0;
            for (const auto& [sector, count] : sectorRows[u]) {
                const std::string& name = sectorIds.text(sector);
                if (count > bestRows || (count == bestRows && name < figures.mainSector)) {
                    bestRows = count;
                    figures.mainSector = name;
                }
            }
        }
    }
    // Presence known only above: organisations placed at an ancestor (région-wide, cercle-wide rows).
    for (const AdminLevel level : {AdminLevel::Region, AdminLevel::Cercle, AdminLevel::Commune}) {
        for (UnitId id : tree.level(level)) {
            const auto u = static_cast<std::size_t>(id);
            IdSet above;
            for (UnitId ancestor = tree.unit(id).parent; ancestor != kNoUnit;
                 ancestor = tree.unit(ancestor).parent) {
                mergeInto(above, ownOrganisations[static_cast<std::size_t>(ancestor)]);
            }
            IdSet coarserOnly;
            std::set_difference(above.begin(), above.end(), organisations[u].begin(), organisations[u].end(),
                                std::back_inserter(coarserOnly));
            table.units[u].organisationsCoarserOnly = static_cast<int>(coarserOnly.size());
            const UnitId region = tree.ancestorAt(id, AdminLevel::Region);
            table.units[u].organisationsRegionWide =
                region == kNoUnit
                    ? 0
                    : static_cast<int>(ownOrganisations[static_cast<std::size_t>(region)].size());
        }
    }
    return table;
}

} // namespace

namespace {

// Every figure a map or a table can show, by its stable name; people figures are absent when never reported.
struct FigureAccessor {
    const char* name;
    std::optional<double> (*value)(const UnitCoverage&);
};

constexpr FigureAccessor kFigures[] = {
    {"organisations", [](const UnitCoverage& u) -> std::optional<double> { return u.organisations; }},
    {"partners", [](const UnitCoverage& u) -> std::optional<double> { return u.partners; }},
    {"programmes", [](const UnitCoverage& u) -> std::optional<double> { return u.programmes; }},
    {"rows", [](const UnitCoverage& u) -> std::optional<double> { return u.rows; }},
    {"rows_at_this_level", [](const UnitCoverage& u) -> std::optional<double> { return u.rowsAtThisLevel; }},
    {"sectors",
     [](const UnitCoverage& u) -> std::optional<double> { return static_cast<double>(u.sectors.size()); }},
    {"people_targeted",
     [](const UnitCoverage& u) {
         return u.hasPeopleFigures ? std::optional<double>(u.peopleTargeted) : std::nullopt;
     }},
    {"people_reached",
     [](const UnitCoverage& u) {
         return u.hasPeopleFigures ? std::optional<double>(u.peopleReached) : std::nullopt;
     }},
    {"organisations_coarser_only",
     [](const UnitCoverage& u) -> std::optional<double> { return u.organisationsCoarserOnly; }},
    {"organisations_region_wide",
     [](const UnitCoverage& u) -> std::optional<double> { return u.organisationsRegionWide; }},
    {"child_units", [](const UnitCoverage& u) -> std::optional<double> { return u.childUnits; }},
    {"child_units_covered",
     [](const UnitCoverage& u) -> std::optional<double> { return u.childUnitsCovered; }},
    {"child_coverage_share",
     [](const UnitCoverage& u) -> std::optional<double> { return u.childCoverageShare; }},
};

} // namespace

std::vector<std::string> coverageFigureNames() {
    std::vector<std::string> names;
    for (const auto& figure : kFigures) {
        names.emplace_back(figure.name);
    }
    return names;
}

std::optional<double> coverageFigure(const UnitCoverage& unit, std::string_view figure) {
    for (const auto& candidate : kFigures) {
        if (figure == candidate.name) {
            return candidate.value(unit);
        }
    }
    return std::nullopt;
}

} // namespace couverture
