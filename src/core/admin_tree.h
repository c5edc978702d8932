#pragma once
// The administrative hierarchy: country > région > cercle > commune, with P-codes, names and geometry.

#include "core/geos_handle.h"
#include "core/problem.h"

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace couverture {

enum class AdminLevel { Country = 0, Region = 1, Cercle = 2, Commune = 3 };
inline constexpr std::array<AdminLevel, 3> kMappedLevels{AdminLevel::Region, AdminLevel::Cercle,
                                                         AdminLevel::Commune};

// "region", "cercle", "commune", "country": the stable names used in files and on the command line.
std::string_view levelKey(AdminLevel level);
// French and English display names ("Région"/"Region", "Cercle"/"Cercle", "Commune"/"Commune").
std::string_view levelLabel(AdminLevel level, std::string_view language);
bool parseLevel(std::string_view text, AdminLevel& level);

using UnitId = int;
inline constexpr UnitId kNoUnit = -1;

struct AdminUnit {
    UnitId id = kNoUnit;
    AdminLevel level = AdminLevel::Commune;
    std::string pcode;
    std::string name;
    std::vector<std::string>
        alternateNames; // other spellings the source carries (admin3RefN, admin3AltN ...)
    UnitId parent = kNoUnit;
    std::vector<UnitId> children;
    geos::Geometry geometry; // WGS 84 longitude/latitude; may be null for a unit known by code only
    geos::Envelope bounds;
};

// Owns the units; ids are indexes into units(). Built by loadBoundaries() (boundary_reader.h).
class AdminTree {
public:
    UnitId add(AdminUnit unit); // sets unit.id, links it under unit.parent
    const AdminUnit& unit(UnitId id) const { return units_[static_cast<std::size_t>(id)]; }
    AdminUnit& unit(UnitId id) { return units_[static_cast<std::size_t>(id)]; }
    const std::vector<AdminUnit>& units() const { return units_; }
    std::size_t size() const { return units_.size(); }

    // Units of one level, in the order they were added.
    const std::vector<UnitId>& level(AdminLevel level) const {
        return byLevel_[static_cast<std::size_t>(level)];
    }
    UnitId findByPcode(std::string_view pcode) const; // exact, case-sensitive; kNoUnit when absent
    // The ancestor of `id` at `level` (id itself when it is at that level), kNoUnit when none.
    UnitId ancestorAt(UnitId id, AdminLevel level) const;
    bool isWithin(UnitId id, UnitId ancestor) const;

    // The country outline (union of régions when no level 0 was loaded); null if no geometry.
    const GEOSGeometry* countryGeometry() const;
    void setCountryGeometry(geos::Geometry geometry) { country_ = std::move(geometry); }

    // The sources the tree was read from, for the "data sources" line of maps and tables.
    std::vector<std::string> sources;

private:
    std::vector<AdminUnit> units_;
    std::array<std::vector<UnitId>, 4> byLevel_;
    std::unordered_map<std::string, UnitId> byPcode_;
    geos::Geometry country_;
};

} // namespace couverture
