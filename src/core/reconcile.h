#pragma once
// Reconciliation: every activity row gets an honest place in the boundary tree, and says how it got it.

#include "core/activity_table.h"
#include "core/admin_tree.h"

#include <string>
#include <string_view>
#include <vector>

namespace couverture {

enum class MatchMethod { Alias, Code, CodeRepaired, Name, NameFuzzy, CoarserLevel, Unmatched };
std::string_view methodKey(MatchMethod method); // "alias", "code", "code_repaired", "name", "name_fuzzy", ...
inline constexpr std::array<MatchMethod, 7> kAllMethods{
    MatchMethod::Alias,     MatchMethod::Code,         MatchMethod::CodeRepaired, MatchMethod::Name,
    MatchMethod::NameFuzzy, MatchMethod::CoarserLevel, MatchMethod::Unmatched};

struct Match {
    UnitId unit = kNoUnit;                       // deepest unit the row is placed in; kNoUnit when unmatched
    AdminLevel level = AdminLevel::Commune;      // level of `unit`
    MatchMethod method = MatchMethod::Unmatched; // how the deepest level was resolved
    double score = 0;                            // 1 for exact methods, similarity for fuzzy ones
    std::string reason;                          // why: what was repaired, corrected, or why it did not match
    bool codeNameConflict = false;               // a code in the row names another place than the row's names
    bool needsReview = false;                    // fuzzy, conflict, parent corrected, or unmatched
};

// An earlier user decision: input (a code or a name, optionally within a parent name) -> unit P-code.
struct Alias {
    AdminLevel level = AdminLevel::Commune;
    std::string input;  // code or name as it appears in tables
    std::string parent; // optional parent name or code to restrict the alias, empty = anywhere
    std::string pcode;  // the boundary unit it stands for
};
// Reads an alias table (CSV/XLSX; columns level,input,parent,pcode). Throws InputError.
std::vector<Alias> readAliases(const std::string& path, const AdminTree& tree);

struct ReconcileOptions {
    double fuzzyThreshold = 0.85; // minimum similarity accepted for a fuzzy name match
    std::vector<Alias> aliases;
    Progress progress;
};

// Matches are in the same order as table.rows.
struct ReconcileResult {
    std::vector<Match> matches;
    std::array<std::int64_t, kAllMethods.size()> countByMethod{};
    std::int64_t conflicts = 0;
};

class Reconciler {
public:
    Reconciler(const AdminTree& tree, ReconcileOptions options);
    ~Reconciler();
    Reconciler(const Reconciler&) = delete;
    Reconciler& operator=(const Reconciler&) = delete;
    Match match(const ActivityRow& row) const;
    ReconcileResult matchAll(const std::vector<ActivityRow>& rows) const;

private:
    struct Impl;
    Impl* impl_;
};

ReconcileResult reconcile(const AdminTree& tree, const std::vector<ActivityRow>& rows,
                          const ReconcileOptions& options = {});

} // namespace couverture
