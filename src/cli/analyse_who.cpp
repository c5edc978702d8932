// `couverture analyse who`: the organisations present per unit and sector, with their rows.

#include "analysis/presence/who_is_where.h"
#include "cli/analyse_support.h"
#include "cli/cli_texts.h"

namespace couverture::cli {

CommandOutput runAnalyseWho(const MapCommandArguments& arguments) {
    CommandOutput output;
    const JoinedActivities joined = loadAndReconcile(arguments.inputs, arguments.progress);
    const AdminTree& tree = joined.boundaries.tree;
    analysis::WhoOptions options;
    options.level = analyseLevel(arguments, AdminLevel::Cercle);
    options.filter = arguments.coverage.filter;
    const analysis::WhoResult result =
        analysis::whoIsWhere(tree, joined.table.rows, joined.reconciled.matches, options);
    appendAnalyseProblems(output, result.problems);
    const OutputTable own = analysis::whoTable(tree, result);
    const OutputTable coarser = analysis::whoCoarserTable(tree, result);
    writeAnalysisTables({&own, &coarser}, analyseFolder(arguments), "who", output);
    output.summary =
        fill(translate("Cli", "who is where by %1 (%2): %3 lines, %4 lines of presence known only at a "
                              "coarser level"),
             {std::string(levelKey(options.level)), options.filter.displayText(),
              std::to_string(result.lines.size()), std::to_string(result.coarser.size())});
    return output;
}

} // namespace couverture::cli
