#pragma once
// GDAL set-up shared by every reader and writer of core.

#include <string>
#include <string_view>

namespace couverture {

// Registers GDAL's drivers once per process (thread-safe); cheap to call again.
void ensureGdalRegistered();

// An input error unless `path` (a plain path or a GDAL /vsi path) names a regular file: not found, a folder,
// or a FIFO, device or socket, which a read would block on or never finish. `what` names the file's role
// ("file", "alias table").
void requireRegularFile(const std::string& path, std::string_view what);

} // namespace couverture
