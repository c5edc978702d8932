#include "analysis/need/need_layer.h"

#include "core/cell_values.h"
#include "core/texts.h"

#include <algorithm>
#include <map>

namespace couverture::analysis {
namespace {

// The figure of a unit from its own row, else the sum of its children's when every child has one.
std::optional<double> ownOrSummed(const AdminTree& tree, const IndicatorTable& table, UnitId unit,
                                  bool& summed) {
    if (const auto own = table.at(unit)) {
        summed = false;
        return own;
    }
    const auto& children = tree.unit(unit).children;
    if (children.empty()) {
        return std::nullopt;
    }
    double total = 0;
    for (UnitId child : children) {
        bool childSummed = false;
        const auto value = ownOrSummed(tree, table, child, childSummed);
        if (!value) {
            return std::nullopt;
        }
        total += *value;
    }
    summed = true;
    return total;
}

} // namespace

std::string_view needBasisKey(NeedBasis basis) {
    switch (basis) {
    case NeedBasis::Measured:
        return "measured";
    case NeedBasis::SumOfFiner:
        return "sum_of_finer";
    case NeedBasis::Apportioned:
        return "estimate_apportioned";
    case NeedBasis::CoarserLevel:
        return "coarser_level";
    case NeedBasis::None:
        return "none";
    }
    return "none";
}

bool NeedLayer::anyEstimate() const {
    return std::any_of(units.begin(), units.end(),
                       [](const UnitNeed& u) { return u.basis == NeedBasis::Apportioned; });
}

bool NeedLayer::anyCoarser() const {
    return std::any_of(units.begin(), units.end(),
                       [](const UnitNeed& u) { return u.basis == NeedBasis::CoarserLevel; });
}

const UnitNeed* NeedLayer::find(UnitId unit) const {
    for (const UnitNeed& need : units) {
        if (need.unit == unit) {
            return &need;
        }
    }
    return nullptr;
}

std::vector<std::optional<double>> weightsAtLevel(const AdminTree& tree, const IndicatorTable& table,
                                                  AdminLevel level) {
    std::vector<std::optional<double>> weights(tree.size());
    for (UnitId unit : tree.level(level)) {
        bool summed = false;
        weights[static_cast<std::size_t>(unit)] = ownOrSummed(tree, table, unit, summed);
    }
    return weights;
}

NeedLayer needAtLevel(const AdminTree& tree, const IndicatorTable& table, const NeedOptions& options) {
    NeedLayer layer;
    layer.level = options.level;
    layer.label = table.label;
    layer.weightLabel = options.weightLabel;
    // 1. Figures of the level itself, or summed from below.
    for (UnitId unit : tree.level(options.level)) {
        UnitNeed need;
        need.unit = unit;
        bool summed = false;
        if (const auto value = ownOrSummed(tree, table, unit, summed)) {
            need.value = value;
            need.basis = summed ? NeedBasis::SumOfFiner : NeedBasis::Measured;
            need.source = unit;
        }
        layer.units.push_back(need);
    }
    // 2. Units still without a figure take their nearest ancestor's: apportioned by weight over the units of
    // the level below that ancestor which have no figure of their own (what the others hold is taken off
    // first, unless the table files them beside the ancestor rather than in it), or used as it is.
    std::map<UnitId, std::vector<std::size_t>> waiting; // ancestor -> positions in layer.units
    for (std::size_t i = 0; i < layer.units.size(); ++i) {
        if (layer.units[i].value) {
            continue;
        }
        for (UnitId ancestor = tree.unit(layer.units[i].unit).parent; ancestor != kNoUnit;
             ancestor = tree.unit(ancestor).parent) {
            if (table.at(ancestor)) {
                waiting[ancestor].push_back(i);
                break;
            }
        }
    }
    const bool apportion = !options.weights.empty();
    for (const auto& [ancestor, positions] : waiting) {
        const double figure = *table.at(ancestor);
        double known = 0; // what units of the level below the ancestor hold on their own
        for (const UnitNeed& need : layer.units) {
            const IndicatorFigure* own = table.find(need.unit);
            const bool partOfAncestor = own == nullptr || !own->filedAbove;
            if ((need.basis == NeedBasis::Measured || need.basis == NeedBasis::SumOfFiner) &&
                partOfAncestor && tree.isWithin(need.unit, ancestor)) {
                known += *need.value;
            }
        }
        double totalWeight = 0;
        std::vector<std::size_t> weighted;
        for (std::size_t position : positions) {
            const auto& weight = apportion
                                     ? options.weights[static_cast<std::size_t>(layer.units[position].unit)]
                                     : std::optional<double>{};
            if (weight && *weight > 0) {
                totalWeight += *weight;
                weighted.push_back(position);
            }
        }
        if (apportion && weighted.empty() && positions.size() == 1) {
            // A single unit left below the coarser figure takes all of what remains, whatever its weight.
            weighted = positions;
            totalWeight = 1;
        }
        const double rest = std::max(0.0, figure - known);
        if (known > figure) {
            layer.problems.push_back(
                {Severity::Warning,
                 table.path,
                 {},
                 0,
                 fill(translate("Analysis", "the units of %1 with their own figure hold %2, "
                                            "more than its figure %3; nothing is left to "
                                            "apportion"),
                      {tree.unit(ancestor).name, formatFigure(known), formatFigure(figure)})});
        }
        for (std::size_t position : positions) {
            UnitNeed& need = layer.units[position];
            need.source = ancestor;
            if (apportion && totalWeight > 0 &&
                std::find(weighted.begin(), weighted.end(), position) != weighted.end()) {
                const auto& weight = options.weights[static_cast<std::size_t>(need.unit)];
                need.weightShare = weighted.size() == 1 ? 1.0 : *weight / totalWeight;
                need.value = rest * need.weightShare;
                need.basis = NeedBasis::Apportioned;
            } else {
                need.value = figure;
                need.basis = NeedBasis::CoarserLevel;
                if (apportion) {
                    layer.problems.push_back(
                        {Severity::Warning,
                         table.path,
                         {},
                         0,
                         fill(translate("Analysis", "%1 has no weight (%2): it keeps the "
                                                    "figure of %3 as it is"),
                              {tree.unit(need.unit).name, options.weightLabel, tree.unit(ancestor).name})});
                }
            }
        }
    }
    for (const UnitNeed& need : layer.units) {
        if (!need.value) {
            layer.problems.push_back(
                {Severity::Info,
                 table.path,
                 {},
                 0,
                 fill(translate("Analysis", "%1: no figure for %2 at this level or above"),
                      {tree.unit(need.unit).name,
                       table.label.empty() ? translate("Analysis", "people in need") : table.label})});
        }
    }
    return layer;
}

} // namespace couverture::analysis
