#pragma once
// `couverture map` and `couverture atlas`: argument handling over the render library.

#include "core/commands.h"

#include <map>
#include <string>
#include <vector>

namespace couverture::cli {

struct MapUsageError {
    std::string message;
};

struct MapCommandArguments {
    JoinInputs inputs;
    CoverageOptions coverage;
    std::multimap<std::string, std::string> options; // --figure, --level, --format, --lang, --style ...
    std::vector<std::string> flags;
    Progress progress;
};

// "a, b,c" -> {"a", "b", "c"}: option values given as comma lists (--format, --breaks), spaces dropped.
std::vector<std::string> splitComma(const std::string& text);

// The coverage command's GeoPackage: its date (--created), licence (--licence) and each level's layer styled
// for QGIS as `couverture map --level` colours that level (--figure, --method, --classes, --breaks,
// --palette, --style, --lang as for maps).
void configureGeoPackage(const MapCommandArguments& arguments, CoverageCommandOptions& options);

CommandOutput runMapCommand(const MapCommandArguments& arguments);
CommandOutput runAtlasCommand(const MapCommandArguments& arguments);

} // namespace couverture::cli
