#pragma once
// Target units: which cercles (or communes) a programme should take, ranked by weighted criteria — need in
// the sector, absence of other organisations in the sector, presence of the programme's own partners —
// with an exclusion list and a must-include list. Every score is decomposed into its criteria, and a
// sensitivity table shows how ranks move when each weight changes by ±25 %.
//
// Each criterion is scored in [0, 1] over the candidates: need / largest need; 1 - other organisations /
// most other organisations; own partners present / most own partners present. The score is the weighted
// mean, sum(w_i s_i) / sum(w_i): a weight of 0 removes its criterion, and scaling every weight by the same
// factor changes nothing.

#include "analysis/gaps/gaps.h"

#include <array>

namespace couverture::analysis {

enum class Criterion { Need = 0, Absence = 1, Partners = 2 };
inline constexpr std::array<Criterion, 3> kCriteria{Criterion::Need, Criterion::Absence, Criterion::Partners};
std::string_view criterionKey(Criterion criterion); // "need", "absence", "partners"

struct TargetOptions {
    AdminLevel level = AdminLevel::Cercle;
    int shortlist = 10;
    std::array<double, 3> weights{0.5, 0.3, 0.2}; // by Criterion
    std::vector<std::string> partners;            // the programme's own organisations (acronym or name)
    std::vector<std::string> exclude;             // P-codes or names: never chosen (out of reach...)
    std::vector<std::string> mustInclude;         // P-codes or names: always in the shortlist
    double sensitivityStep = 0.25;
    ActivityFilter filter; // the sector's presence
    Progress progress;
};

enum class TargetStatus { Shortlisted, MustInclude, NotChosen, Excluded };
std::string_view
targetStatusKey(TargetStatus status); // "shortlisted", "must_include", "not_chosen", "excluded"

struct Candidate {
    UnitId unit = kNoUnit;
    UnitNeed need;
    std::vector<int> others;        // organisations of the sector present, not the programme's partners
    std::vector<int> partners;      // the programme's partners present
    std::array<double, 3> scores{}; // by Criterion, in [0, 1]
    std::array<double, 3> contributions{}; // w_i s_i / sum(w): the parts of the score
    double score = 0;
    int rank = 0; // 1 = best, among the units not excluded; 0 for excluded units
    TargetStatus status = TargetStatus::NotChosen;
};

struct SensitivityLine {
    UnitId unit = kNoUnit;
    int baseRank = 0;
    // [criterion][0] with the weight times (1 - step), [criterion][1] times (1 + step).
    std::array<std::array<int, 2>, 3> ranks{};
    int largestMove = 0;
    bool alwaysShortlisted = false; // in the shortlist under every variation
    bool baseShortlisted = false;
};

struct TargetResult {
    AdminLevel level = AdminLevel::Cercle;
    TargetOptions options;
    std::vector<Candidate> candidates;        // rank order, excluded units last
    std::vector<SensitivityLine> sensitivity; // rank order
    std::vector<std::string> partnersNotFound;
    std::string needLabel, weightLabel;
    Problems problems;
};

TargetResult rankTargets(const AdminTree& tree, const PresenceIndex& index, const NeedLayer& need,
                         const TargetOptions& options);

// targets_<level>: rank, status, pcode, name, region, score, then per criterion its raw figure, score and
// contribution (need, need_basis, need_score, need_part, other_organisations, absence_score, absence_part,
// partners_present, partners_score, partners_part), the organisations' names and why.
OutputTable targetTable(const AdminTree& tree, const PresenceIndex& index, const TargetResult& result);
// target_sensitivity: rank, pcode, name, in_shortlist, rank_<criterion>_minus/plus, largest_move,
// always_shortlisted.
OutputTable sensitivityTable(const AdminTree& tree, const TargetResult& result);

} // namespace couverture::analysis
