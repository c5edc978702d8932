// `couverture analyse gaps`: coverage in a sector against need.

#include "analysis/gaps/gaps.h"
#include "cli/analyse_support.h"
#include "cli/cli_texts.h"

namespace couverture::cli {

CommandOutput runAnalyseGaps(const MapCommandArguments& arguments) {
    CommandOutput output;
    const JoinedActivities joined = loadAndReconcile(arguments.inputs, arguments.progress);
    const AdminTree& tree = joined.boundaries.tree;
    const AdminLevel level = analyseLevel(arguments, AdminLevel::Cercle);
    const analysis::NeedLayer need = analyseNeed(arguments, tree, level, output);
    analysis::GapOptions options;
    options.filter = arguments.coverage.filter;
    const analysis::PresenceIndex index =
        analysis::buildPresenceIndex(joined.table.rows, joined.reconciled.matches, options.filter);
    const analysis::GapResult result = analysis::computeGaps(tree, index, need, options);
    appendAnalyseProblems(output, result.problems);
    const OutputTable table = analysis::gapTable(tree, index, result);
    const std::string folder = analyseFolder(arguments);
    writeAnalysisTables({&table}, folder, "gaps", output);
    if (analyseFlag(arguments, "--map")) {
        writeGapMap(arguments, joined, result, folder, output);
    }
    const auto nobody = std::count_if(result.units.begin(), result.units.end(),
                                      [](const analysis::UnitGap& gap) { return gap.highNeedNobody; });
    output.summary =
        fill(translate("Cli", "gaps by %1 (%2): %3 high-need units with nobody present"),
             {std::string(levelKey(level)), options.filter.displayText(), std::to_string(nobody)});
    return output;
}

} // namespace couverture::cli
