#include "fuzz_tables.h"

#include "core/activity_table.h"
#include "core/problem.h"
#include "core/reconcile.h"
#include "fuzz_support.h"

namespace couverture::fuzz {

void readAndReconcile(const std::string& path) {
    ActivityTable table;
    try {
        table = readActivityTable(path);
    } catch (const InputError&) {
        return; // refused with a message: what a broken table must give
    }
    const ReconcileResult result = reconcile(smallTree(), table.rows);
    if (result.matches.size() != table.rows.size()) {
        __builtin_trap(); // every row gets a match, unmatched included: none is dropped
    }
}

} // namespace couverture::fuzz
