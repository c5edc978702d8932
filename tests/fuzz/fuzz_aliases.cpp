// Alias tables (--aliases: level, input, parent, pcode), read against a small tree and then used to reconcile
// a few rows, so that a hostile alias reaches the matcher too.
#include "core/problem.h"
#include "core/reconcile.h"
#include "fuzz_support.h"

#include <cstddef>
#include <cstdint>

using namespace couverture;
using namespace couverture::fuzz;

namespace {

std::vector<ActivityRow> sampleRows() {
    std::vector<ActivityRow> rows(3);
    rows[0].cell(Role::Adm1Name) = "Kayes";
    rows[0].cell(Role::Adm3Name) = "Bangasi";
    rows[1].cell(Role::Adm2Name) = "Djene";
    rows[1].cell(Role::Adm3Code) = "ML050599";
    rows[2].cell(Role::Adm1Code) = "ML09";
    rows[2].cell(Role::Adm3Name) = "Commune 1";
    return rows;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::vector<ActivityRow> rows = sampleRows();
    const std::string& path = inputFile(".csv", data, size);
    ReconcileOptions options;
    try {
        options.aliases = readAliases(path, smallTree());
    } catch (const InputError&) {
        return 0;
    }
    const ReconcileResult result = reconcile(smallTree(), rows, options);
    if (result.matches.size() != rows.size()) {
        __builtin_trap();
    }
    return 0;
}
