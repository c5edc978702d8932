// Code keys and code-only tables (--code-key, need and indicator tables): the bytes are a CSV read as a key,
// then as the code-only table, reconciled with that key (the scheme decision, région by région).
#include "core/code_scheme.h"
#include "core/problem.h"
#include "core/reconcile.h"
#include "fuzz_support.h"

#include <cstddef>
#include <cstdint>

using namespace couverture;
using namespace couverture::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string& path = inputFile(".csv", data, size);
    std::vector<CodeKey> keys;
    try {
        keys.push_back(readCodeKey(path));
    } catch (const InputError&) {
    }
    try {
        const std::vector<CodedRow> rows = readCodedRows(path, false);
        const ReconcileResult result = reconcileCodedRows(smallTree(), rows, keys);
        if (result.matches.size() != rows.size()) {
            __builtin_trap();
        }
    } catch (const InputError&) {
    }
    return 0;
}
