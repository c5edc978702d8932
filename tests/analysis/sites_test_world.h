#pragma once
// The synthetic country of tests/fixtures/sites/README.md: région Rive > cercle Colline > communes Alpha,
// Beta, Gamma (unit squares), with geometries, so that points can be placed by hand.

#include "core/admin_tree.h"

#include <geos_c.h>
#include <string>

namespace couverture::test {

inline std::string sitesFixture(const std::string& name) {
    return std::string(COUVERTURE_FIXTURES) + "/sites/" + name;
}

struct SitesWorld {
    AdminTree tree;
    UnitId region, cercle, alpha, beta, gamma;
    SitesWorld() {
        auto add = [this](AdminLevel level, const std::string& pcode, const std::string& name, UnitId parent,
                          const char* wkt) {
            AdminUnit unit;
            unit.level = level;
            unit.pcode = pcode;
            unit.name = name;
            unit.parent = parent;
            GEOSWKTReader* reader = GEOSWKTReader_create_r(geos::context());
            unit.geometry = geos::Geometry(GEOSWKTReader_read_r(geos::context(), reader, wkt));
            GEOSWKTReader_destroy_r(geos::context(), reader);
            unit.bounds = geos::envelope(unit.geometry.get());
            return tree.add(std::move(unit));
        };
        region = add(AdminLevel::Region, "XR", "Rive", kNoUnit, "POLYGON((0 0,2 0,2 1,1 1,1 2,0 2,0 0))");
        cercle = add(AdminLevel::Cercle, "XC", "Colline", region, "POLYGON((0 0,2 0,2 1,1 1,1 2,0 2,0 0))");
        alpha = add(AdminLevel::Commune, "XA", "Alpha", cercle, "POLYGON((0 0,1 0,1 1,0 1,0 0))");
        beta = add(AdminLevel::Commune, "XB", "Beta", cercle, "POLYGON((1 0,2 0,2 1,1 1,1 0))");
        gamma = add(AdminLevel::Commune, "XG", "Gamma", cercle, "POLYGON((0 1,1 1,1 2,0 2,0 1))");
    }
};

} // namespace couverture::test
