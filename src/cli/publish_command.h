#pragma once
// `couverture publish` and `couverture store-upgrade`: argument handling over core/store, and the QGIS styles
// of the published coverage layers (the map classes and palette of render).

#include "cli/map_commands.h"
#include "core/store/publish.h"

#include <string>
#include <vector>

namespace couverture::cli {

// --to PG:..., --release NAME, --cluster NAME, --sensitive; inputs and filters as for coverage.
CommandOutput runPublishCommand(const MapCommandArguments& arguments);
// --to PG:...: applies the missing schema migrations (an administrator's command).
CommandOutput runStoreUpgradeCommand(const MapCommandArguments& arguments);

// "PG:..." with release= and cluster= words added (quoted the libpq way), for --activities PG:... --release
// R.
std::string storeSourceWith(const std::string& source, const std::string& release,
                            const std::vector<std::string>& clusters);

// The QGIS style (QML) of a coverage layer: organisations per unit in the classes and colours of the PDF maps
// (quantiles of the non-zero values, the style's palette; zero in the neutral grey).
std::string coverageLayerQml(const AdminTree& tree, const CoverageTable& coverage, AdminLevel level);

} // namespace couverture::cli
