#pragma once
// Small, self-contained content to publish: a tree of two régions with square geometries, and activity
// tables built in memory, reconciled and covered the way `couverture publish` does it.

#include "core/commands.h"
#include "core/store/publish.h"

#include <memory>
#include <string>

namespace couverture::test {

inline geos::Geometry square(double x, double y, double size) {
    GEOSContextHandle_t context = geos::context();
    return geos::Geometry(GEOSGeom_createRectangle_r(context, x, y, x + size, y + size));
}

// Kayes (ML01) > Bafoulabé (ML0102) > Bafoulabé, Bamafélé; Koulikoro (ML02) > Banamba (ML0202) > Toukoroba.
inline AdminTree smallTree() {
    AdminTree tree;
    auto add = [&tree](AdminLevel level, const std::string& pcode, const std::string& name,
                       const std::string& parent, double x, double y, double size) {
        AdminUnit unit;
        unit.level = level;
        unit.pcode = pcode;
        unit.name = name;
        unit.parent = parent.empty() ? kNoUnit : tree.findByPcode(parent);
        unit.geometry = square(x, y, size);
        return tree.add(std::move(unit));
    };
    add(AdminLevel::Region, "ML01", "Kayes", "", -12, 12, 2);
    add(AdminLevel::Region, "ML02", "Koulikoro", "", -8, 12, 2);
    add(AdminLevel::Cercle, "ML0102", "Bafoulabé", "ML01", -12, 12, 1);
    add(AdminLevel::Cercle, "ML0202", "Banamba", "ML02", -8, 12, 1);
    add(AdminLevel::Commune, "ML010201", "Bafoulabé", "ML0102", -12, 12, 0.5);
    add(AdminLevel::Commune, "ML010202", "Bamafélé", "ML0102", -11.5, 12, 0.5);
    add(AdminLevel::Commune, "ML020201", "Toukoroba", "ML0202", -8, 12, 0.5);
    return tree;
}

// A table of `rows` rows named after `path`, each with an organisation carrying `tag` (so that a reader can
// tell one publish from another), spread over the three communes.
inline ActivityTable syntheticTable(const std::string& path, int rows, const std::string& tag,
                                    const std::string& sheet = "") {
    ActivityTable table;
    table.path = path;
    table.sheet = sheet;
    table.hasHxlRow = true;
    table.emptyRows = 1;
    table.mapping[Role::OrgAcronym] = {0, "Sigle", "#org+acronym", "hxl", {}};
    table.mapping[Role::Sector] = {1, "Secteur", "#sector", "hxl", {}};
    table.mapping[Role::Adm3Name] = {2, "Commune", "#adm3+name", "hxl", {}};
    table.mapping[Role::Targeted] = {3, "Filles", "", "header", {4}};
    table.unmappedHeaders = {"Remarques"};
    const char* communes[] = {"Bafoulabé", "Bamafélé", "Toukoroba"};
    for (int i = 0; i < rows; ++i) {
        ActivityRow row;
        row.row = i + 1 + (i >= 2 ? 1 : 0); // row 3 of the file was empty
        row.sourceLine = row.row + 2;
        row.cell(Role::OrgAcronym) = "ORG" + std::to_string(i % 7) + " " + tag;
        row.cell(Role::Sector) = i % 2 == 0 ? "Protection" : "Santé";
        row.cell(Role::Adm3Name) = communes[i % 3];
        row.cell(Role::Targeted) = std::to_string(10 * i);
        row.targeted = 10.0 * i;
        row.start = Date{19358 + i % 30};
        table.rows.push_back(std::move(row));
    }
    table.problems.push_back({Severity::Warning, path, "Date de début", 2, "bad date 'demain'"});
    return table;
}

// Everything a publish needs, kept alive together.
struct Publishable {
    AdminTree tree = smallTree();
    ActivityTable table;
    ReconcileResult reconciled;
    CoverageTable coverage;

    store::ReleaseContent content(const std::string& release, const std::string& cluster,
                                  bool sensitive = false) const {
        store::ReleaseContent content;
        content.release = release;
        content.cluster = cluster;
        content.sensitive = sensitive;
        content.table = &table;
        content.tree = &tree;
        content.reconciled = &reconciled;
        content.coverage = &coverage;
        content.boundarySource = "tests: small tree";
        return content;
    }
};

inline std::unique_ptr<Publishable> publishable(ActivityTable table) {
    auto made = std::make_unique<Publishable>();
    made->table = std::move(table);
    made->reconciled = reconcile(made->tree, made->table.rows);
    made->coverage = computeCoverage(made->tree, made->table.rows, made->reconciled.matches);
    return made;
}

} // namespace couverture::test
