#pragma once
// Who is present where, by sector, as the analyses need it: every kept row's organisations (the row's
// organisation, its implementing partners, its donors) interned to small integers with the unit the row was
// placed in. Built once per table and filter; each analysis then reads it at the level it works at.

#include "core/activity_table.h"
#include "core/admin_tree.h"
#include "core/coverage.h"
#include "core/reconcile.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace couverture::analysis {

// How an organisation takes part in a row.
enum class PresenceRole { Organisation, ImplementingPartner, Donor };
std::string_view presenceRoleKey(PresenceRole role); // "organisation", "implementing_partner", "donor"

struct PresenceEntry {
    UnitId unit = kNoUnit; // the unit the row was placed in
    AdminLevel level = AdminLevel::Commune;
    int organisation = 0; // index into PresenceIndex::organisations
    int sector = 0;       // index into PresenceIndex::sectors
    PresenceRole role = PresenceRole::Organisation;
    std::int64_t row = 0; // the input row number
    std::optional<Date> start, end;
};

struct OrganisationInfo {
    std::string key;  // folded acronym (else name): what distinct counts use
    std::string name; // as first written: acronym, else name
    std::string fullName;
    std::string type;
};

struct PresenceIndex {
    std::vector<OrganisationInfo> organisations;
    std::vector<std::string> sectors; // as first written; "" for rows with no sector
    std::vector<PresenceEntry> entries;
    bool hasDates = false;                                   // some kept row has a start or an end date
    std::int64_t rowsKept = 0;                               // rows that passed the filter and have a place
    std::int64_t rowsFiltered = 0;                           // rows the filter left out
    std::int64_t rowsUnmatched = 0;                          // rows kept by the filter with no place
    int organisationIndex(std::string_view nameOrKey) const; // -1 when absent
};

PresenceIndex buildPresenceIndex(const std::vector<ActivityRow>& rows, const std::vector<Match>& matches,
                                 const ActivityFilter& filter);

// Organisations present per unit of one level and sector, in two parts: by rows placed in the unit or
// below (own), and by rows placed at an ancestor only (coarser: région-wide or cercle-wide presence).
struct LevelPresence {
    AdminLevel level = AdminLevel::Cercle;
    // [sector][unit position in tree.level(level)]: sorted, distinct organisation indexes.
    std::vector<std::vector<std::vector<int>>> own, coarser;
    std::vector<int> position; // by UnitId: position in tree.level(level), -1 for other units
};

// roles: the roles that count as presence (default: the row's organisation only).
LevelPresence presenceAtLevel(const AdminTree& tree, const PresenceIndex& index, AdminLevel level,
                              const std::vector<PresenceRole>& roles = {PresenceRole::Organisation});

// Appends `item` to a list in text, with `separator` between items.
void appendItem(std::string& list, std::string_view item, std::string_view separator = "; ");

// "a; b; c" with the organisations' display names, in name order.
std::string organisationNames(const PresenceIndex& index, const std::vector<int>& organisations);

// Folded names or acronyms -> organisation indexes; names not in the table are returned in `missing`.
std::vector<int> organisationsNamed(const PresenceIndex& index, const std::vector<std::string>& names,
                                    std::vector<std::string>* missing = nullptr);

// The name of the unit's région ("" for none), for the région column of every table.
std::string regionName(const AdminTree& tree, UnitId unit);

// The unit of `level` a user names by P-code or by name (folded); kNoUnit when none or several.
UnitId unitNamed(const AdminTree& tree, AdminLevel level, const std::string& text);

} // namespace couverture::analysis
