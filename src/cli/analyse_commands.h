#pragma once
// `couverture analyse who|overlaps|gaps|targets|sites|compare`: argument handling over src/analysis.

#include "cli/map_commands.h"

#include <string>

namespace couverture::cli {

// Runs one analysis by name; an unknown name is a MapUsageError that lists the known ones.
CommandOutput runAnalyseCommand(const std::string& analysis, const MapCommandArguments& arguments);

} // namespace couverture::cli
