#pragma once
// `couverture analyse sites` and `couverture analyse compare`: argument handling over analysis/sites and
// analysis/change, tables through core's writers, maps through the renderer.

#include "cli/map_commands.h"

namespace couverture::cli {

CommandOutput runAnalyseSites(const MapCommandArguments& arguments);
CommandOutput runAnalyseCompare(const MapCommandArguments& arguments);

} // namespace couverture::cli
