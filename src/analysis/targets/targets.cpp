#include "analysis/targets/targets.h"
#include "core/level_text.h"
#include "core/texts.h"

#include "core/text_fold.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace couverture::analysis {
namespace {

std::vector<UnitId> unitsListed(const AdminTree& tree, AdminLevel level,
                                const std::vector<std::string>& texts, const std::string& option,
                                Problems& problems) {
    std::vector<UnitId> units;
    for (const auto& text : texts) {
        const UnitId unit = unitNamed(tree, level, text);
        if (unit == kNoUnit) {
            problems.push_back({Severity::Warning,
                                {},
                                option,
                                0,
                                fill(translate("Analysis", "'%1' names no single %2 (P-code or name); it is ignored"),
                                     {text, levelText(level)})});
        } else {
            units.push_back(unit);
        }
    }
    return units;
}

double weightedScore(const std::array<double, 3>& scores, const std::array<double, 3>& weights) {
    const double total = weights[0] + weights[1] + weights[2];
    if (total <= 0) {
        return 0;
    }
    return (weights[0] * scores[0] + weights[1] * scores[1] + weights[2] * scores[2]) / total;
}

// Ranks (1 = best) of the candidates that are not excluded, for the given weights: by score, then need, then
// P-code so that ties are broken the same way every time.
std::vector<int> ranksFor(const AdminTree& tree, const std::vector<Candidate>& candidates,
                          const std::array<double, 3>& weights) {
    std::vector<std::size_t> order;
    std::vector<double> score(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (candidates[i].status != TargetStatus::Excluded) {
            order.push_back(i);
            score[i] = weightedScore(candidates[i].scores, weights);
        }
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        // Scores that differ only by rounding noise are ties.
        if (std::fabs(score[a] - score[b]) > 1e-12) {
            return score[a] > score[b];
        }
        const double needA = candidates[a].need.value.value_or(-1),
                     needB = candidates[b].need.value.value_or(-1);
        if (needA != needB) {
            return needA > needB;
        }
        return tree.unit(candidates[a].unit).pcode < tree.unit(candidates[b].unit).pcode;
    });
    std::vector<int> ranks(candidates.size(), 0);
    for (std::size_t r = 0; r < order.size(); ++r) {
        ranks[order[r]] = static_cast<int>(r) + 1;
    }
    return ranks;
}

// The shortlist under some ranks: every must-include unit, then the best ranked until it is full.
std::vector<char> shortlistFor(const std::vector<Candidate>& candidates, const std::vector<int>& ranks,
                               const std::vector<char>& mustInclude, int size) {
    std::vector<char> chosen(candidates.size(), 0);
    int taken = 0;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (mustInclude[i] && candidates[i].status != TargetStatus::Excluded) {
            chosen[i] = 1;
            ++taken;
        }
    }
    std::vector<std::size_t> order(candidates.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return ranks[a] < ranks[b]; });
    for (std::size_t i : order) {
        if (taken >= size) {
            break;
        }
        if (ranks[i] > 0 && !chosen[i]) {
            chosen[i] = 1;
            ++taken;
        }
    }
    return chosen;
}

} // namespace

std::string_view criterionKey(Criterion criterion) {
    switch (criterion) {
    case Criterion::Need:
        return "need";
    case Criterion::Absence:
        return "absence";
    case Criterion::Partners:
        return "partners";
    }
    return "need";
}

std::string_view targetStatusKey(TargetStatus status) {
    switch (status) {
    case TargetStatus::Shortlisted:
        return "shortlisted";
    case TargetStatus::MustInclude:
        return "must_include";
    case TargetStatus::NotChosen:
        return "not_chosen";
    case TargetStatus::Excluded:
        return "excluded";
    }
    return "not_chosen";
}

TargetResult rankTargets(const AdminTree& tree, const PresenceIndex& index, const NeedLayer& need,
                         const TargetOptions& options) {
    TargetResult result;
    result.level = need.level;
    result.options = options;
    result.needLabel = need.label;
    result.weightLabel = need.weightLabel;
    for (double weight : options.weights) {
        if (!(weight >= 0)) {
            throwInputError({}, "weights", 0, translate("Analysis", "criterion weights must be 0 or more"));
        }
    }
    const std::vector<int> partnerIds = organisationsNamed(index, options.partners, &result.partnersNotFound);
    for (const auto& name : result.partnersNotFound) {
        result.problems.push_back(
            {Severity::Warning,
             {},
             "partners",
             0,
             fill(translate("Analysis", "partner '%1' is not among the organisations kept by the filter; it counts "
                                        "nowhere"),
                  {name})});
    }
    const auto excluded = unitsListed(tree, need.level, options.exclude, "exclude", result.problems);
    const auto included = unitsListed(tree, need.level, options.mustInclude, "must-include", result.problems);
    const LevelPresence presence = presenceAtLevel(tree, index, need.level);

    // Criterion figures per unit.
    std::vector<char> mustInclude;
    for (const UnitNeed& unitNeed : need.units) {
        Candidate candidate;
        candidate.unit = unitNeed.unit;
        candidate.need = unitNeed;
        const auto position =
            static_cast<std::size_t>(presence.position[static_cast<std::size_t>(unitNeed.unit)]);
        std::vector<int> present;
        for (const auto& sector : presence.own) {
            present.insert(present.end(), sector[position].begin(), sector[position].end());
        }
        std::sort(present.begin(), present.end());
        present.erase(std::unique(present.begin(), present.end()), present.end());
        for (int organisation : present) {
            (std::binary_search(partnerIds.begin(), partnerIds.end(), organisation) ? candidate.partners
                                                                                    : candidate.others)
                .push_back(organisation);
        }
        if (std::find(excluded.begin(), excluded.end(), unitNeed.unit) != excluded.end()) {
            candidate.status = TargetStatus::Excluded;
        }
        mustInclude.push_back(std::find(included.begin(), included.end(), unitNeed.unit) != included.end());
        if (mustInclude.back() && candidate.status == TargetStatus::Excluded) {
            result.problems.push_back(
                {Severity::Warning,
                 {},
                 "must-include",
                 0,
                 fill(translate("Analysis", "%1 is both excluded and must-include: the exclusion wins"),
                      {tree.unit(unitNeed.unit).name})});
        }
        result.candidates.push_back(std::move(candidate));
    }
    double mostNeed = 0;
    std::size_t mostOthers = 0, mostPartners = 0;
    for (const Candidate& candidate : result.candidates) {
        if (candidate.status == TargetStatus::Excluded) {
            continue;
        }
        mostNeed = std::max(mostNeed, candidate.need.value.value_or(0));
        mostOthers = std::max(mostOthers, candidate.others.size());
        mostPartners = std::max(mostPartners, candidate.partners.size());
    }
    const double weightTotal = options.weights[0] + options.weights[1] + options.weights[2];
    for (Candidate& candidate : result.candidates) {
        candidate.scores[0] = mostNeed > 0 ? candidate.need.value.value_or(0) / mostNeed : 0;
        candidate.scores[1] = mostOthers > 0 ? 1.0 - static_cast<double>(candidate.others.size()) /
                                                         static_cast<double>(mostOthers)
                                             : 1;
        candidate.scores[2] = mostPartners > 0 ? static_cast<double>(candidate.partners.size()) /
                                                     static_cast<double>(mostPartners)
                                               : 0;
        for (std::size_t c = 0; c < 3; ++c) {
            candidate.contributions[c] =
                weightTotal > 0 ? options.weights[c] * candidate.scores[c] / weightTotal : 0;
        }
        candidate.score = weightedScore(candidate.scores, options.weights);
    }
    options.progress.report(0.4, translate("Progress", "ranking").c_str());
    const std::vector<int> ranks = ranksFor(tree, result.candidates, options.weights);
    const std::vector<char> chosen = shortlistFor(result.candidates, ranks, mustInclude, options.shortlist);
    for (std::size_t i = 0; i < result.candidates.size(); ++i) {
        Candidate& candidate = result.candidates[i];
        candidate.rank = ranks[i];
        if (candidate.status != TargetStatus::Excluded && chosen[i]) {
            candidate.status = mustInclude[i] ? TargetStatus::MustInclude : TargetStatus::Shortlisted;
        }
    }

    // Sensitivity: each weight times (1 - step) and (1 + step), the others unchanged.
    std::array<std::array<std::vector<int>, 2>, 3> variantRanks;
    std::array<std::array<std::vector<char>, 2>, 3> variantChosen;
    for (std::size_t c = 0; c < 3; ++c) {
        for (std::size_t side = 0; side < 2; ++side) {
            auto weights = options.weights;
            weights[c] *= side == 0 ? 1.0 - options.sensitivityStep : 1.0 + options.sensitivityStep;
            variantRanks[c][side] = ranksFor(tree, result.candidates, weights);
            variantChosen[c][side] =
                shortlistFor(result.candidates, variantRanks[c][side], mustInclude, options.shortlist);
        }
    }
    options.progress.report(0.8, translate("Progress", "sensitivity").c_str());
    for (std::size_t i = 0; i < result.candidates.size(); ++i) {
        if (result.candidates[i].status == TargetStatus::Excluded) {
            continue;
        }
        SensitivityLine line;
        line.unit = result.candidates[i].unit;
        line.baseRank = ranks[i];
        line.baseShortlisted = chosen[i] != 0;
        line.alwaysShortlisted = chosen[i] != 0;
        for (std::size_t c = 0; c < 3; ++c) {
            for (std::size_t side = 0; side < 2; ++side) {
                line.ranks[c][side] = variantRanks[c][side][i];
                line.largestMove = std::max(line.largestMove, std::abs(variantRanks[c][side][i] - ranks[i]));
                line.alwaysShortlisted = line.alwaysShortlisted && variantChosen[c][side][i] != 0;
            }
        }
        result.sensitivity.push_back(line);
    }
    std::sort(result.sensitivity.begin(), result.sensitivity.end(),
              [](const SensitivityLine& a, const SensitivityLine& b) { return a.baseRank < b.baseRank; });
    std::stable_sort(
        result.candidates.begin(), result.candidates.end(), [](const Candidate& a, const Candidate& b) {
            const int rankA = a.rank == 0 ? INT32_MAX : a.rank, rankB = b.rank == 0 ? INT32_MAX : b.rank;
            return rankA < rankB;
        });
    options.progress.report(1.0, translate("Progress", "targets done").c_str());
    return result;
}

OutputTable targetTable(const AdminTree& tree, const PresenceIndex& index, const TargetResult& result) {
    using Type = OutputColumn::Type;
    OutputTable table;
    table.name = "targets_" + std::string(levelKey(result.level));
    table.columns = {{"rank", "#meta+rank", Type::Integer},
                     {"status", "#meta+status", Type::Text},
                     {"pcode", "#adm+code", Type::Text},
                     {"name", "#adm+name", Type::Text},
                     {"region", "#adm1+name", Type::Text},
                     {"score", "#meta+score", Type::Real},
                     {"need", "#inneed", Type::Real},
                     {"need_basis", "#meta+need+basis", Type::Text},
                     {"need_score", "#meta+score+need", Type::Real},
                     {"need_part", "#meta+part+need", Type::Real},
                     {"other_organisations", "#org+num+others", Type::Integer},
                     {"absence_score", "#meta+score+absence", Type::Real},
                     {"absence_part", "#meta+part+absence", Type::Real},
                     {"partners_present", "#org+num+partners", Type::Integer},
                     {"partners_score", "#meta+score+partners", Type::Real},
                     {"partners_part", "#meta+part+partners", Type::Real},
                     {"other_organisation_names", "#org+list+others", Type::Text},
                     {"partner_names", "#org+list+partners", Type::Text}};
    for (const Candidate& candidate : result.candidates) {
        const AdminUnit& unit = tree.unit(candidate.unit);
        table.rows.push_back(
            {candidate.rank > 0 ? std::to_string(candidate.rank) : "",
             std::string(targetStatusKey(candidate.status)), unit.pcode, unit.name,
             regionName(tree, candidate.unit), formatNumber(candidate.score),
             candidate.need.value ? formatNumber(std::round(*candidate.need.value)) : "",
             std::string(needBasisKey(candidate.need.basis)), formatNumber(candidate.scores[0]),
             formatNumber(candidate.contributions[0]), std::to_string(candidate.others.size()),
             formatNumber(candidate.scores[1]), formatNumber(candidate.contributions[1]),
             std::to_string(candidate.partners.size()), formatNumber(candidate.scores[2]),
             formatNumber(candidate.contributions[2]), organisationNames(index, candidate.others),
             organisationNames(index, candidate.partners)});
    }
    return table;
}

OutputTable sensitivityTable(const AdminTree& tree, const TargetResult& result) {
    using Type = OutputColumn::Type;
    OutputTable table;
    table.name = "target_sensitivity";
    table.columns = {{"rank", "#meta+rank", Type::Integer},
                     {"pcode", "#adm+code", Type::Text},
                     {"name", "#adm+name", Type::Text},
                     {"in_shortlist", "#meta+shortlist", Type::Integer}};
    const int percent = static_cast<int>(std::lround(result.options.sensitivityStep * 100));
    for (Criterion criterion : kCriteria) {
        for (const char* side : {"minus", "plus"}) {
            table.columns.push_back(
                {"rank_" + std::string(criterionKey(criterion)) + "_" + side + "_" + std::to_string(percent),
                 "#meta+rank+" + std::string(criterionKey(criterion)) + "+" + side, Type::Integer});
        }
    }
    table.columns.push_back({"largest_move", "#meta+move", Type::Integer});
    table.columns.push_back({"always_shortlisted", "#meta+stable", Type::Integer});
    for (const SensitivityLine& line : result.sensitivity) {
        const AdminUnit& unit = tree.unit(line.unit);
        std::vector<std::string> cells{std::to_string(line.baseRank), unit.pcode, unit.name,
                                       line.baseShortlisted ? "1" : "0"};
        for (const auto& ranks : line.ranks) {
            cells.push_back(std::to_string(ranks[0]));
            cells.push_back(std::to_string(ranks[1]));
        }
        cells.push_back(std::to_string(line.largestMove));
        cells.push_back(line.alwaysShortlisted ? "1" : "0");
        table.rows.push_back(std::move(cells));
    }
    return table;
}

} // namespace couverture::analysis
