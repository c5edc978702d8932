// `couverture analyse overlaps`: units where N or more organisations work in the same sector, and the pairs
// of organisations that share the most units.

#include "analysis/overlaps/overlaps.h"
#include "cli/analyse_support.h"
#include "cli/cli_texts.h"

namespace couverture::cli {

CommandOutput runAnalyseOverlaps(const MapCommandArguments& arguments) {
    CommandOutput output;
    const JoinedActivities joined = loadAndReconcile(arguments.inputs, arguments.progress);
    const AdminTree& tree = joined.boundaries.tree;
    analysis::OverlapOptions options;
    options.level = analyseLevel(arguments, AdminLevel::Commune);
    options.minOrganisations = analyseInteger(arguments, "--min-organisations", 2);
    options.matrixSize = analyseInteger(arguments, "--top", 15);
    options.filter = arguments.coverage.filter;
    const analysis::OverlapResult result =
        analysis::findOverlaps(tree, joined.table.rows, joined.reconciled.matches, options);
    appendAnalyseProblems(output, result.problems);
    const OutputTable overlaps = analysis::overlapTable(tree, result);
    const OutputTable pairs = analysis::pairListTable(tree, result);
    const std::vector<OutputTable> matrices = analysis::pairMatrixTables(result, options.matrixSize);
    std::vector<const OutputTable*> tables{&overlaps, &pairs};
    for (const auto& matrix : matrices) {
        tables.push_back(&matrix);
    }
    const std::string folder = analyseFolder(arguments);
    writeAnalysisTables(tables, folder, "overlaps", output);
    if (analyseFlag(arguments, "--map")) {
        writeOverlapMaps(arguments, joined, result, folder, output);
    }
    output.summary =
        fill(result.comparedByDates
                 ? translate("Cli", "overlaps by %1 (%2, at least %3 organisations, in overlapping "
                                    "periods): %4 unit-sectors, %5 organisation pairs")
                 : translate("Cli", "overlaps by %1 (%2, at least %3 organisations, no dates: by sector "
                                    "alone): %4 unit-sectors, %5 organisation pairs"),
             {std::string(levelKey(options.level)), options.filter.displayText(),
              std::to_string(result.minOrganisations), std::to_string(result.overlaps.size()),
              std::to_string(result.pairs.size())});
    return output;
}

} // namespace couverture::cli
