#pragma once
// Reads a fuzzed table file as the commands do and reconciles its rows with a small tree: a table that cannot
// be used must end in InputError, never in a crash, a hang or a sanitizer report.

#include <string>

namespace couverture::fuzz {

void readAndReconcile(const std::string& path);

} // namespace couverture::fuzz
