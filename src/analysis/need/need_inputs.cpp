#include "analysis/need/need_inputs.h"
#include "core/texts.h"

#include "core/text_fold.h"

namespace couverture::analysis {
namespace {

bool isSectorColumn(const std::string& column) {
    const std::string folded = foldText(column);
    return folded.find("sector") != std::string::npos || folded.find("secteur") != std::string::npos ||
           folded.find("cluster") != std::string::npos;
}

IndicatorReadOptions readOptions(const NeedInputs& inputs) {
    IndicatorReadOptions read;
    read.value = inputs.value;
    read.where = inputs.where;
    read.label = inputs.label;
    read.codeKeys = inputs.codeKeys;
    read.aliases = inputs.aliases;
    return read;
}

// Weights by UnitId at `level` to share coarser figures out with; empty for Apportion::None.
std::vector<std::optional<double>> apportionWeights(const AdminTree& tree, const NeedInputs& inputs,
                                                    AdminLevel level, Problems& problems) {
    if (inputs.apportion == Apportion::Population) {
        if (inputs.population.empty()) {
            throwInputError(inputs.path, "apportion", 0,
                            translate("Analysis", "sharing the need out by population needs a population table"));
        }
        IndicatorReadOptions population;
        population.value = inputs.populationValue;
        population.label = "population";
        const IndicatorTable table = readIndicatorTable(tree, inputs.population, population);
        problems.insert(problems.end(), table.problems.begin(), table.problems.end());
        return weightsAtLevel(tree, table, level);
    }
    if (inputs.apportion == Apportion::AllSectorNeed) {
        if (!hasSectorCondition(inputs)) {
            throwInputError(
                inputs.path, "apportion", 0,
                translate("Analysis",
                          "sharing the need out by the all-sector need needs a condition on the sector column"));
        }
        IndicatorReadOptions allSectors = readOptions(inputs);
        for (auto& [column, value] : allSectors.where) {
            if (isSectorColumn(column)) {
                value = "ALL";
            }
        }
        const IndicatorTable table = readIndicatorTable(tree, inputs.path, allSectors);
        problems.insert(problems.end(), table.problems.begin(), table.problems.end());
        return weightsAtLevel(tree, table, level);
    }
    return {};
}

} // namespace

std::string_view apportionKey(Apportion apportion) {
    switch (apportion) {
    case Apportion::None:
        return "none";
    case Apportion::Population:
        return "population";
    case Apportion::AllSectorNeed:
        return "need";
    }
    return "none";
}

bool parseApportion(std::string_view text, Apportion& apportion) {
    for (Apportion candidate : {Apportion::None, Apportion::Population, Apportion::AllSectorNeed}) {
        if (text == apportionKey(candidate)) {
            apportion = candidate;
            return true;
        }
    }
    return false;
}

std::optional<std::pair<std::string, std::string>> parseCondition(const std::string& text) {
    const auto equals = text.find('=');
    if (equals == std::string::npos || equals == 0) {
        return std::nullopt;
    }
    return std::pair{text.substr(0, equals), text.substr(equals + 1)};
}

bool hasSectorCondition(const NeedInputs& inputs) {
    for (const auto& [column, value] : inputs.where) {
        if (isSectorColumn(column)) {
            return true;
        }
    }
    return false;
}

NeedLayer needLayerFrom(const AdminTree& tree, const NeedInputs& inputs, AdminLevel level,
                        Problems& problems) {
    const IndicatorTable need = readIndicatorTable(tree, inputs.path, readOptions(inputs));
    problems.insert(problems.end(), need.problems.begin(), need.problems.end());
    NeedOptions options;
    options.level = level;
    options.weights = apportionWeights(tree, inputs, level, problems);
    if (!options.weights.empty()) {
        options.weightLabel = inputs.apportion == Apportion::Population ? "population" : "all_sector_need";
    }
    NeedLayer layer = needAtLevel(tree, need, options);
    problems.insert(problems.end(), layer.problems.begin(), layer.problems.end());
    return layer;
}

} // namespace couverture::analysis
