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

CommandOutput runMapCommand(const MapCommandArguments& arguments);
CommandOutput runAtlasCommand(const MapCommandArguments& arguments);

} // namespace couverture::cli
