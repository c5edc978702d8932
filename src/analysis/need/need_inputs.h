#pragma once
// The need that gaps and targets set coverage against, as their users describe it: an indicator table
// narrowed by conditions (the HNO's sector, gender, age ... rows), its figures placed at the analysis level
// and, where known only at a coarser level, used there or shared out by population or by the units'
// all-sector need. The command line (`--need`, `--need-where`, `--apportion` ...) and the application fill
// NeedInputs and call needLayerFrom, so both read the need the same way.

#include "analysis/need/need_layer.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace couverture::analysis {

enum class Apportion {
    None,         // a coarser figure is used at its own level
    Population,   // shared out by the population table
    AllSectorNeed // shared out by the units' all-sector need (the same table, the sector condition set to
                  // ALL)
};
std::string_view apportionKey(Apportion apportion); // "none", "population", "need"
bool parseApportion(std::string_view text, Apportion& apportion);

struct NeedInputs {
    std::string path;                                       // the need table
    std::string value = "#inneed";                          // its figure's column (header or HXL tag)
    std::vector<std::pair<std::string, std::string>> where; // rows kept: column = value
    std::string label; // what the figure counts, as the user calls it; empty: "people in need" in the
                       // language of each output
    std::vector<std::string> codeKeys; // tables with codes and names: what a code-only table's codes mean
    std::vector<Alias> aliases;        // decisions for the need table's places
    Apportion apportion = Apportion::None;
    std::string population; // Apportion::Population: the population table
    std::string populationValue = "T_TL";
};

// "COLUMN=VALUE" as a condition; nullopt when there is no '=' or nothing before it.
std::optional<std::pair<std::string, std::string>> parseCondition(const std::string& text);

// Whether a condition is on the sector column (what Apportion::AllSectorNeed changes to ALL).
bool hasSectorCondition(const NeedInputs& inputs);

// Reads the tables and builds the layer at `level`; their problems are appended to `problems`. Throws
// InputError (a file, a column), also for AllSectorNeed without a sector condition and Population without a
// population table.
NeedLayer needLayerFrom(const AdminTree& tree, const NeedInputs& inputs, AdminLevel level,
                        Problems& problems);

} // namespace couverture::analysis
