#pragma once
// What `analyse sites` and `analyse compare` share: options read from the arguments, tables written as CSV
// (with their HXL row) and one XLSX, and the scene, style and page of a map.

#include "cli/map_commands.h"
#include "render/map_painter.h"
#include "render/map_scene.h"
#include "render/map_style.h"

#include <string>
#include <vector>

namespace couverture::cli {

std::string argumentOr(const MapCommandArguments& arguments, const std::string& name,
                       const std::string& fallback);
bool argumentFlag(const MapCommandArguments& arguments, const std::string& flag);
// --out (default exports), created when missing.
std::string outputFolder(const MapCommandArguments& arguments);
// <base>_<table name>.csv for each table, and <base>.xlsx with one sheet per table.
void writeTables(const std::vector<OutputTable>& tables, const std::string& folder, const std::string& base,
                 CommandOutput& output);

struct MapOutput {
    render::MapScene scene;
    render::MapStyle style;   // --style, else styles/analysis_sites.json (the default with these maps' texts)
    render::PageOptions page; // --lang, --page, --orientation, --title, --subtitle, --as-of, --created ...
    AdminLevel level = AdminLevel::Commune; // --level
    std::vector<std::string> formats;       // --format (default pdf,png)
    double dpi = 200;
};
MapOutput prepareMapOutput(const MapCommandArguments& arguments, const AdminTree& tree,
                           AdminLevel defaultLevel = AdminLevel::Commune);

} // namespace couverture::cli
