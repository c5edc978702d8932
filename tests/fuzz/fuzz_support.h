#pragma once
// What the reader harnesses share: a scratch file per process (the readers open paths, as the programs do),
// a small boundary tree to reconcile against, and a zip writer for the workbook harnesses.

#include "core/admin_tree.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace couverture::fuzz {

// A path under $TMPDIR (or /tmp) that only this process uses, ending in `extension` (".csv").
std::string scratchPath(const std::string& extension);

// Writes `size` bytes to `path`, replacing it; aborts when it cannot (a harness that reads nothing finds
// nothing).
void writeScratch(const std::string& path, const std::uint8_t* data, std::size_t size);

// Three régions, five cercles, eight communes with Mali's P-codes and names (accents, apostrophes, homonyms),
// no geometry: what reconciling a fuzzed table needs.
const AdminTree& smallTree();

// Writes a zip of `parts` (name, bytes), deflated, to `path`.
void writeZip(const std::string& path, const std::vector<std::pair<std::string, std::string>>& parts);

// Writes the input to this process's scratch file ending in `extension` and returns that file's path.
const std::string& inputFile(const std::string& extension, const std::uint8_t* data, std::size_t size);

// fuzz_support.cpp also defines LLVMFuzzerInitialize for every reader harness: GDAL's messages off the
// terminal (the readers collect what they need), its drivers registered once.

} // namespace couverture::fuzz
