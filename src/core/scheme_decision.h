#pragma once
// Rows that give codes and no names: which scheme their codes follow, région by région, decided from evidence
// (the boundaries, code keys, population ratios); then each row placed, or left unmatched with the reason.

#include "core/code_scheme.h"
#include "core/reconcile.h"

#include <functional>
#include <optional>

namespace couverture {

// A distinct combination of codes of a code-only table, and the largest population figure its rows carry.
struct CodedPlace {
    std::array<std::string, 3> rawCodes; // as written
    std::array<std::string, 3> codes;    // cleaned (cleanCode); empty when absent
    std::optional<double> population;
    std::int64_t rows = 0;
};

// Places a row given by names (the reconciler's name path); used to read a key's names in the boundaries.
using NameMatcher = std::function<Match(const ActivityRow&)>;

struct SchemeDecision {
    std::vector<Match> matches; // one per place
    std::vector<RegionScheme> regions;
};

SchemeDecision decideSchemes(const AdminTree& tree, const std::vector<CodedPlace>& places,
                             const std::vector<CodeKey>& keys, const NameMatcher& matchByNames);

} // namespace couverture
