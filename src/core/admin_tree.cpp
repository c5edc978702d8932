#include "core/admin_tree.h"

namespace couverture {

std::string_view levelKey(AdminLevel level) {
    switch (level) {
    case AdminLevel::Country:
        return "country";
    case AdminLevel::Region:
        return "region";
    case AdminLevel::Cercle:
        return "cercle";
    case AdminLevel::Commune:
        return "commune";
    }
    return "commune";
}

std::string_view levelLabel(AdminLevel level, std::string_view language) {
    const bool french = language != "en";
    switch (level) {
    case AdminLevel::Country:
        return french ? "Pays" : "Country";
    case AdminLevel::Region:
        return french ? "Région" : "Region";
    case AdminLevel::Cercle:
        return "Cercle";
    case AdminLevel::Commune:
        return "Commune";
    }
    return "Commune";
}

bool parseLevel(std::string_view text, AdminLevel& level) {
    if (text == "region" || text == "région" || text == "adm1" || text == "1") {
        level = AdminLevel::Region;
    } else if (text == "cercle" || text == "adm2" || text == "2") {
        level = AdminLevel::Cercle;
    } else if (text == "commune" || text == "adm3" || text == "3") {
        level = AdminLevel::Commune;
    } else if (text == "country" || text == "pays" || text == "adm0" || text == "0") {
        level = AdminLevel::Country;
    } else {
        return false;
    }
    return true;
}

UnitId AdminTree::add(AdminUnit unit) {
    unit.id = static_cast<UnitId>(units_.size());
    if (unit.geometry) {
        unit.bounds = geos::envelope(unit.geometry.get());
    }
    if (unit.parent != kNoUnit) {
        units_[static_cast<std::size_t>(unit.parent)].children.push_back(unit.id);
    }
    byLevel_[static_cast<std::size_t>(unit.level)].push_back(unit.id);
    byPcode_.emplace(unit.pcode, unit.id);
    units_.push_back(std::move(unit));
    return units_.back().id;
}

UnitId AdminTree::findByPcode(std::string_view pcode) const {
    auto found = byPcode_.find(std::string(pcode));
    return found == byPcode_.end() ? kNoUnit : found->second;
}

UnitId AdminTree::ancestorAt(UnitId id, AdminLevel level) const {
    while (id != kNoUnit && unit(id).level > level) {
        id = unit(id).parent;
    }
    return id != kNoUnit && unit(id).level == level ? id : kNoUnit;
}

bool AdminTree::isWithin(UnitId id, UnitId ancestor) const {
    for (; id != kNoUnit; id = unit(id).parent) {
        if (id == ancestor) {
            return true;
        }
    }
    return false;
}

const GEOSGeometry* AdminTree::countryGeometry() const {
    return country_.get();
}

} // namespace couverture
