#pragma once
// Shared helpers of the core tests: the real boundaries (loaded once) and rows built from cells.

#include "core/activity_table.h"
#include "core/boundary_reader.h"

#include <filesystem>
#include <optional>
#include <string>

namespace couverture::test {

// Adds a unit (no geometry) under the unit of P-code `parent` (empty: a région) and returns its id.
inline UnitId addUnit(AdminTree& tree, AdminLevel level, const std::string& pcode, const std::string& name,
                      const std::string& parent) {
    AdminUnit unit;
    unit.level = level;
    unit.pcode = pcode;
    unit.name = name;
    unit.parent = parent.empty() ? kNoUnit : tree.findByPcode(parent);
    return tree.add(std::move(unit));
}

inline std::string sharedData(const std::string& relative) {
    return std::string(COUVERTURE_SHARED_DATA) + "/" + relative;
}
inline bool haveSharedData() {
    return std::filesystem::exists(sharedData("boundaries/mli_cod_ab_ocha_itos_2017"));
}
inline std::string realBoundaries() {
    return sharedData("boundaries/mli_cod_ab_ocha_itos_2017");
}
inline std::string real3w() {
    return sharedData("3w/mli_ocha_3w_2023_12/mli_3w_2023_12_ML_5W.csv");
}
inline std::string fixture(const std::string& relative) {
    return std::string(COUVERTURE_FIXTURES) + "/" + relative;
}

// The real boundaries, loaded once for the whole test run.
inline const BoundaryLoad& realBoundaryLoad() {
    static const BoundaryLoad load = loadBoundaries(realBoundaries());
    return load;
}

struct PlaceCells {
    std::string adm1Code, adm1Name, adm2Code, adm2Name, adm3Code, adm3Name;
};

inline ActivityRow rowWith(const PlaceCells& place, const std::string& organisation = "ORG",
                           const std::string& sector = "Protection") {
    ActivityRow row;
    row.cell(Role::Adm1Code) = place.adm1Code;
    row.cell(Role::Adm1Name) = place.adm1Name;
    row.cell(Role::Adm2Code) = place.adm2Code;
    row.cell(Role::Adm2Name) = place.adm2Name;
    row.cell(Role::Adm3Code) = place.adm3Code;
    row.cell(Role::Adm3Name) = place.adm3Name;
    row.cell(Role::OrgAcronym) = organisation;
    row.cell(Role::Sector) = sector;
    return row;
}

// The InputError a table read throws, so its fields can be checked; nullopt when the read succeeds.
inline std::optional<Problem> inputErrorOf(const std::string& path, const ActivityReadOptions& options = {}) {
    try {
        readActivityTable(path, options);
    } catch (const InputError& error) {
        return error.problem;
    }
    return std::nullopt;
}

} // namespace couverture::test
