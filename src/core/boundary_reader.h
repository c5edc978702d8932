#pragma once
// Boundaries from any OGR vector source: a file, a folder of files, a GeoPackage, a PostGIS connection.

#include "core/admin_tree.h"

#include <map>
#include <string>
#include <vector>

namespace couverture {

// Which fields hold code, name and parent code at one level of a layer.
struct LevelFields {
    std::string code;
    std::string name;
    std::string parentCode; // may be empty (nesting then comes from code prefixes or location)
    std::vector<std::string> alternateNames; // extra name fields (admin3RefN, admin3AltN ...)
};

enum class BoundarySchema { CodAbOld, CodAbCurrent, GeoBoundaries, Gadm, Explicit, Unknown };
std::string_view schemaKey(BoundarySchema schema); // "cod-ab-2017", "cod-ab", "geoboundaries", "gadm", ...

struct BoundaryLayerInfo {
    std::string source; // dataset path or connection
    std::string layer;
    long long features = 0;
    BoundarySchema schema = BoundarySchema::Unknown;
    std::map<AdminLevel, LevelFields> levels; // levels this layer holds, with their fields
    AdminLevel deepest = AdminLevel::Country; // the level each feature is
    std::string note;                         // why a layer is not used, when it is not
};

struct BoundaryOptions {
    // Explicit field mapping when the schema is not recognised: level -> fields.
    std::map<AdminLevel, LevelFields> explicitFields;
    AdminLevel deepestLevel = AdminLevel::Commune; // ignore layers finer than this (Bamako quartiers)
    Progress progress;
};

struct BoundaryLoad {
    AdminTree tree;
    std::vector<BoundaryLayerInfo> layers; // what was read, and how its fields were understood
    Problems problems;                     // validation: nesting, duplicates, orphans, repaired geometries
    int nestingByCodeViolations = 0;
    int nestingByLocationViolations = 0;
    int duplicateCodes = 0;
    int orphans = 0;
    int invalidGeometriesRepaired = 0;
};

// Inspect without building the tree (what `couverture inspect` shows for a boundary source).
std::vector<BoundaryLayerInfo> inspectBoundarySource(const std::string& source,
                                                     const BoundaryOptions& options = {});

// Throws InputError when the source cannot be opened or holds no recognisable admin layer.
BoundaryLoad loadBoundaries(const std::string& source, const BoundaryOptions& options = {});

} // namespace couverture
