#pragma once
// A small boundary tree and activity table whose answers can be checked by hand:
//
//   région R1 (ML01): cercle C1 (ML0101): communes K1 (ML010101), K2 (ML010102)
//                     cercle C2 (ML0102): commune  K3 (ML010201)
//   région R2 (ML02): cercle C3 (ML0201): commune  K4 (ML020101)
//                     cercle C4 (ML0202): commune  K5 (ML020201)

#include "analysis/common/presence_index.h"

#include <string>
#include <vector>

namespace couverture::analysis::testing {

struct Fixture {
    AdminTree tree;
    UnitId r1, r2, c1, c2, c3, c4, k1, k2, k3, k4, k5;
    std::vector<ActivityRow> rows;
    std::vector<Match> matches;

    Fixture() {
        auto add = [&](AdminLevel level, const std::string& pcode, const std::string& name, UnitId parent) {
            AdminUnit unit;
            unit.level = level;
            unit.pcode = pcode;
            unit.name = name;
            unit.parent = parent;
            return tree.add(std::move(unit));
        };
        r1 = add(AdminLevel::Region, "ML01", "Rone", kNoUnit);
        r2 = add(AdminLevel::Region, "ML02", "Rtwo", kNoUnit);
        c1 = add(AdminLevel::Cercle, "ML0101", "Cone", r1);
        c2 = add(AdminLevel::Cercle, "ML0102", "Ctwo", r1);
        c3 = add(AdminLevel::Cercle, "ML0201", "Cthree", r2);
        c4 = add(AdminLevel::Cercle, "ML0202", "Cfour", r2);
        k1 = add(AdminLevel::Commune, "ML010101", "Kone", c1);
        k2 = add(AdminLevel::Commune, "ML010102", "Ktwo", c1);
        k3 = add(AdminLevel::Commune, "ML010201", "Kthree", c2);
        k4 = add(AdminLevel::Commune, "ML020101", "Kfour", c3);
        k5 = add(AdminLevel::Commune, "ML020201", "Kfive", c4);
    }

    // One row: organisation, sector, the unit it is placed in; optional partner and dates.
    void row(const std::string& organisation, const std::string& sector, UnitId unit,
             const std::string& partner = {}, const std::string& start = {}, const std::string& end = {}) {
        ActivityRow activity;
        activity.row = static_cast<std::int64_t>(rows.size()) + 1;
        activity.cell(Role::OrgAcronym) = organisation;
        activity.cell(Role::Sector) = sector;
        activity.cell(Role::Partner) = partner;
        if (!start.empty()) {
            activity.start = parseDate(start);
        }
        if (!end.empty()) {
            activity.end = parseDate(end);
        }
        rows.push_back(activity);
        Match match;
        match.unit = unit;
        match.level = unit == kNoUnit ? AdminLevel::Commune : tree.unit(unit).level;
        match.method = unit == kNoUnit ? MatchMethod::Unmatched : MatchMethod::Code;
        matches.push_back(match);
    }

    PresenceIndex index(const std::vector<std::string>& sectors = {}) const {
        ActivityFilter filter;
        filter.sectors = sectors;
        return buildPresenceIndex(rows, matches, filter);
    }
};

} // namespace couverture::analysis::testing
