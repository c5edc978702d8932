#pragma once
// Reconciliation: every activity row gets an honest place in the boundary tree, and says how it got it.

#include "core/activity_table.h"
#include "core/admin_tree.h"
#include "core/code_scheme.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace couverture {

// CodeOtherScheme: a code of another P-code scheme than the boundaries', read through a code key's names.
enum class MatchMethod {
    Alias,
    Code,
    CodeRepaired,
    Name,
    NameFuzzy,
    CoarserLevel,
    Unmatched,
    CodeOtherScheme
};
// "alias", "code", "code_other_scheme", "code_repaired", "name", "name_fuzzy", "coarser_level", "unmatched"
std::string_view methodKey(MatchMethod method);
inline constexpr std::array<MatchMethod, 8> kAllMethods{
    MatchMethod::Alias, MatchMethod::Code,      MatchMethod::CodeOtherScheme, MatchMethod::CodeRepaired,
    MatchMethod::Name,  MatchMethod::NameFuzzy, MatchMethod::CoarserLevel,    MatchMethod::Unmatched};

struct Match {
    UnitId unit = kNoUnit;                       // deepest unit the row is placed in; kNoUnit when unmatched
    AdminLevel level = AdminLevel::Commune;      // level of `unit`
    MatchMethod method = MatchMethod::Unmatched; // how the deepest level was resolved
    double score = 0;                            // 1 for exact methods, similarity for fuzzy ones
    SharedText
        reason; // why: what was repaired, corrected, or why it did not match (one shared copy per text)
    bool codeNameConflict = false; // a code in the row names another place than the row's names
    bool needsReview = false;      // fuzzy, conflict, parent corrected, or unmatched
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
    // Tables with codes and names of another scheme (COD-PS, a 3W), to read rows that give codes only. The
    // table's own code/name pairs are used too.
    std::vector<CodeKey> codeKeys;
    // Population of the table's code-only rows by their deepest code (the largest figure a code carries):
    // with a key's population, the ratio evidence of the scheme decision.
    std::unordered_map<std::string, double> populationByCode;
    Progress progress;
};

// A further place named by a cell that names several ("Kati, Siby et Dio", "Bla / San"): the row's first
// place is its Match in `matches`; each other one is an ExtraMatch.
struct ExtraMatch {
    std::size_t row = 0; // index into the table's rows (and into ReconcileResult::matches)
    Match match;
};

// Matches are in the same order as table.rows.
struct ReconcileResult {
    std::vector<Match> matches;
    std::array<std::int64_t, kAllMethods.size()> countByMethod{};
    std::int64_t conflicts = 0;
    // The other places of cells that name several, in row order; coverage counts each as a presence.
    std::vector<ExtraMatch> extraMatches;
    // Rows that give codes only: per région, the scheme their codes were read in, the evidence, a confidence.
    std::vector<RegionScheme> schemes;
    // Régions whose scheme could not be established: their code-only rows are unmatched, not guessed.
    bool partial() const;
    std::string partialReason() const; // which régions, and what to give; empty when not partial
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
    std::vector<RegionScheme> resolveCodedPlaces(const std::vector<const ActivityRow*>& places,
                                                 const std::vector<std::int64_t>& rowsOfPlace,
                                                 const std::vector<std::size_t>& codedPlaces,
                                                 std::vector<Match>& placeMatches) const;
    void matchNamedPlaces(const std::vector<const ActivityRow*>& places,
                          const std::vector<std::size_t>& named, std::vector<Match>& placeMatches,
                          std::unordered_map<std::size_t, std::vector<Match>>& extraOfPlace) const;
};

ReconcileResult reconcile(const AdminTree& tree, const std::vector<ActivityRow>& rows,
                          const ReconcileOptions& options = {});

// For need and indicator tables: rows given by codes (names and population optional), read with the code
// keys. Matches one per row, in order; `schemes` reports the région decisions.
ReconcileResult reconcileCodedRows(const AdminTree& tree, const std::vector<CodedRow>& rows,
                                   const std::vector<CodeKey>& keys, ReconcileOptions options = {});

} // namespace couverture
