#include "analysis/gaps/gaps.h"
#include "core/level_text.h"
#include "core/texts.h"

#include <algorithm>
#include <cmath>

namespace couverture::analysis {
namespace {

// Tercile bounds of the values (nearest-rank): a third of the units in each need class.
std::array<double, 2> tercileBounds(std::vector<double> values) {
    if (values.empty()) {
        return {0, 0};
    }
    std::sort(values.begin(), values.end());
    auto at = [&](double share) {
        const auto index =
            static_cast<std::size_t>(std::ceil(share * static_cast<double>(values.size()))) - 1;
        return values[std::min(index, values.size() - 1)];
    };
    return {at(1.0 / 3.0), at(2.0 / 3.0)};
}

} // namespace

GapResult computeGaps(const AdminTree& tree, const PresenceIndex& index, const NeedLayer& need,
                      const GapOptions& options) {
    GapResult result;
    result.level = need.level;
    result.needLabel = need.label;
    result.weightLabel = need.weightLabel;
    result.anyEstimate = need.anyEstimate();
    result.anyCoarserNeed = need.anyCoarser();
    const LevelPresence presence = presenceAtLevel(tree, index, need.level);
    std::vector<double> needs;
    std::vector<int> covered;
    for (const UnitNeed& unitNeed : need.units) {
        UnitGap gap;
        gap.unit = unitNeed.unit;
        gap.need = unitNeed;
        const int position = presence.position[static_cast<std::size_t>(unitNeed.unit)];
        std::vector<int> coarser;
        for (std::size_t s = 0; s < index.sectors.size(); ++s) {
            const auto& own = presence.own[s][static_cast<std::size_t>(position)];
            gap.organisationIds.insert(gap.organisationIds.end(), own.begin(), own.end());
            const auto& wide = presence.coarser[s][static_cast<std::size_t>(position)];
            coarser.insert(coarser.end(), wide.begin(), wide.end());
        }
        std::sort(gap.organisationIds.begin(), gap.organisationIds.end());
        gap.organisationIds.erase(std::unique(gap.organisationIds.begin(), gap.organisationIds.end()),
                                  gap.organisationIds.end());
        std::sort(coarser.begin(), coarser.end());
        coarser.erase(std::unique(coarser.begin(), coarser.end()), coarser.end());
        std::vector<int> coarserOnly;
        std::set_difference(coarser.begin(), coarser.end(), gap.organisationIds.begin(),
                            gap.organisationIds.end(), std::back_inserter(coarserOnly));
        gap.organisations = static_cast<int>(gap.organisationIds.size());
        gap.organisationsCoarserOnly = static_cast<int>(coarserOnly.size());
        if (unitNeed.value) {
            needs.push_back(*unitNeed.value);
            if (gap.organisations > 0) {
                gap.needPerOrganisation = *unitNeed.value / gap.organisations;
            }
        }
        if (gap.organisations > 0) {
            covered.push_back(gap.organisations);
        }
        result.units.push_back(std::move(gap));
    }
    options.progress.report(0.6, translate("Progress", "classing need and coverage").c_str());
    result.needBreaks = tercileBounds(needs);
    if (!covered.empty()) {
        std::sort(covered.begin(), covered.end());
        result.coverageMedian = covered[covered.size() / 2]; // the upper median
    }
    for (UnitGap& gap : result.units) {
        if (gap.need.value) {
            const double value = *gap.need.value;
            gap.needClass = value <= result.needBreaks[0] ? 0 : value <= result.needBreaks[1] ? 1 : 2;
        }
        gap.coverageClass = gap.organisations == 0 ? 0 : gap.organisations < result.coverageMedian ? 1 : 2;
        gap.highNeedNobody = gap.needClass == 2 && gap.organisations == 0;
    }
    // Sorted by gap: high need with nobody, then nobody present by need, then need per organisation.
    std::stable_sort(result.units.begin(), result.units.end(), [](const UnitGap& a, const UnitGap& b) {
        const bool aNobody = a.organisations == 0 && a.need.value,
                   bNobody = b.organisations == 0 && b.need.value;
        if (aNobody != bNobody) {
            return aNobody;
        }
        if (aNobody) {
            return *a.need.value > *b.need.value;
        }
        return a.needPerOrganisation.value_or(-1) > b.needPerOrganisation.value_or(-1);
    });
    const auto nobody = std::count_if(result.units.begin(), result.units.end(),
                                      [](const UnitGap& gap) { return gap.highNeedNobody; });
    result.problems.push_back(
        {Severity::Info,
         {},
         {},
         0,
         fill(translate("Analysis", "%1 high-need %2s have nobody present (%3)."),
              {std::to_string(nobody), levelText(need.level), options.filter.displayText()})});
    options.progress.report(1.0, translate("Progress", "gaps done").c_str());
    return result;
}

OutputTable gapTable(const AdminTree& tree, const PresenceIndex& index, const GapResult& result) {
    using Type = OutputColumn::Type;
    OutputTable table;
    table.name = "gaps_" + std::string(levelKey(result.level));
    table.columns = {{"rank", "#meta+rank", Type::Integer},
                     {"pcode", "#adm+code", Type::Text},
                     {"name", "#adm+name", Type::Text},
                     {"region", "#adm1+name", Type::Text},
                     {"need", "#inneed", Type::Real},
                     {"need_basis", "#meta+need+basis", Type::Text},
                     {"need_source", "#meta+need+source", Type::Text},
                     {"organisations", "#org+num", Type::Integer},
                     {"organisations_coarser_only", "#org+num+coarser", Type::Integer},
                     {"need_per_organisation", "#inneed+per_org", Type::Real},
                     {"need_class", "#meta+class+need", Type::Integer},
                     {"coverage_class", "#meta+class+coverage", Type::Integer},
                     {"bivariate_class", "#meta+class+bivariate", Type::Text},
                     {"high_need_nobody", "#meta+gap", Type::Integer},
                     {"organisation_names", "#org+list", Type::Text}};
    int rank = 0;
    for (const UnitGap& gap : result.units) {
        const AdminUnit& unit = tree.unit(gap.unit);
        ++rank;
        table.rows.push_back(
            {std::to_string(rank), unit.pcode, unit.name, regionName(tree, gap.unit),
             gap.need.value ? formatNumber(std::round(*gap.need.value)) : "",
             std::string(needBasisKey(gap.need.basis)),
             gap.need.source == kNoUnit ? "" : tree.unit(gap.need.source).name,
             std::to_string(gap.organisations), std::to_string(gap.organisationsCoarserOnly),
             gap.needPerOrganisation ? formatNumber(std::round(*gap.needPerOrganisation)) : "",
             gap.needClass < 0 ? "" : std::to_string(gap.needClass + 1),
             std::to_string(gap.coverageClass + 1),
             gap.needClass < 0
                 ? ""
                 : std::to_string(gap.needClass + 1) + "-" + std::to_string(gap.coverageClass + 1),
             gap.highNeedNobody ? "1" : "0", organisationNames(index, gap.organisationIds)});
    }
    return table;
}

} // namespace couverture::analysis
