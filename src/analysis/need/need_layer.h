#pragma once
// A need layer: one figure per unit of a level, from an indicator table whose figures may be known at that
// level, below it (summed), or only above it. A figure known only at a coarser level is used at that level,
// or apportioned to the units below by a weight the user chooses (population, the unit's all-sector need);
// an apportioned figure is an estimate and says so wherever it appears.

#include "analysis/need/indicator_table.h"

#include <optional>
#include <string>
#include <vector>

namespace couverture::analysis {

enum class NeedBasis {
    Measured,     // the table gives the unit's own figure
    SumOfFiner,   // the sum of the figures of the units below (all of them have one)
    Apportioned,  // the coarser figure shared out by weight: an estimate
    CoarserLevel, // the coarser unit's figure, used as it is (not the unit's own)
    None          // no figure
};
std::string_view needBasisKey(NeedBasis basis); // "measured", "sum_of_finer", "estimate_apportioned", ...

struct UnitNeed {
    UnitId unit = kNoUnit;
    std::optional<double> value;
    NeedBasis basis = NeedBasis::None;
    UnitId source = kNoUnit; // the unit whose figure it comes from (itself, or the coarser unit)
    double weightShare = 0;  // Apportioned: the unit's share of the coarser figure
};

enum class ApportionBy { Nothing, Weights };

struct NeedOptions {
    AdminLevel level = AdminLevel::Cercle;
    // Apportioning weights by UnitId (population, all-sector need...), empty = use coarser figures as they
    // are.
    std::vector<std::optional<double>> weights;
    std::string weightLabel; // "population (COD-PS 2018)", for notes
};

struct NeedLayer {
    AdminLevel level = AdminLevel::Cercle;
    std::string label;
    std::string weightLabel;
    std::vector<UnitNeed> units; // the units of the level, tree order
    Problems problems;
    bool anyEstimate() const;
    bool anyCoarser() const;
    const UnitNeed* find(UnitId unit) const;
};

NeedLayer needAtLevel(const AdminTree& tree, const IndicatorTable& table, const NeedOptions& options);

// The figures of a table at a level as plain weights by UnitId (measured or summed figures only).
std::vector<std::optional<double>> weightsAtLevel(const AdminTree& tree, const IndicatorTable& table,
                                                  AdminLevel level);

} // namespace couverture::analysis
