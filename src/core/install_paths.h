#pragma once
// Where Couverture finds its own files (data/: display names, sectors, the neighbouring countries; styles/):
// beside the running program once installed, so that a moved, packaged or copied program works without
// the source tree; in the source tree when run from the build.

#include <string>

namespace couverture {

// The folder of one kind of the project's files: $`environment` when it is set; else
// <program's folder>/../share/couverture/`kind` when it holds `marker` (an installed program); else `built`
// (the source tree's folder, compiled in).
std::string projectFolder(const char* environment, const std::string& kind, const std::string& marker,
                          const std::string& built);

// data/ ($COUVERTURE_DATA_DIR overrides it).
std::string dataDirectory();

} // namespace couverture
