#pragma once
// GDAL set-up shared by every reader and writer of core.

namespace couverture {

// Registers GDAL's drivers once per process (thread-safe); cheap to call again.
void ensureGdalRegistered();

} // namespace couverture
