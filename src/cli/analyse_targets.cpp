// `couverture analyse targets`: which cercles (or communes) a programme should take, with every score
// decomposed and the ranks' sensitivity to each weight.

#include "analysis/targets/targets.h"
#include "cli/analyse_support.h"
#include "cli/cli_texts.h"

namespace couverture::cli {
namespace {

// --weights need=0.5,absence=0.3,partners=0.2 (criteria left out keep their default).
std::array<double, 3> weightsOption(const MapCommandArguments& arguments, std::array<double, 3> weights) {
    for (const auto& part : analyseListValues(arguments, "--weights")) {
        const auto equals = part.find('=');
        bool known = false;
        for (analysis::Criterion criterion : analysis::kCriteria) {
            if (equals != std::string::npos && part.substr(0, equals) == analysis::criterionKey(criterion)) {
                try {
                    weights[static_cast<std::size_t>(criterion)] = std::stod(part.substr(equals + 1));
                    known = true;
                } catch (const std::exception&) {
                }
            }
        }
        if (!known) {
            throw MapUsageError{
                fill(translate("Cli", "--weights expects need=W,absence=W,partners=W, got '%1'"), {part})};
        }
    }
    return weights;
}

} // namespace

CommandOutput runAnalyseTargets(const MapCommandArguments& arguments) {
    CommandOutput output;
    // Options first, so that a mistyped one is said before the tables are read.
    const AdminLevel level = analyseLevel(arguments, AdminLevel::Cercle);
    analysis::TargetOptions options;
    options.level = level;
    options.shortlist = analyseInteger(arguments, "--shortlist", 10);
    options.weights = weightsOption(arguments, options.weights);
    options.partners = analyseListValues(arguments, "--partner");
    options.exclude = analyseListValues(arguments, "--exclude");
    options.mustInclude = analyseListValues(arguments, "--include");
    options.filter = arguments.coverage.filter;
    const JoinedActivities joined = loadAndReconcile(arguments.inputs, arguments.progress);
    const AdminTree& tree = joined.boundaries.tree;
    const analysis::NeedLayer need = analyseNeed(arguments, tree, level, output);
    const analysis::PresenceIndex index =
        analysis::buildPresenceIndex(joined.table.rows, joined.reconciled.matches, options.filter);
    const analysis::TargetResult result = analysis::rankTargets(tree, index, need, options);
    appendAnalyseProblems(output, result.problems);
    const OutputTable ranking = analysis::targetTable(tree, index, result);
    const OutputTable sensitivity = analysis::sensitivityTable(tree, result);
    const std::string folder = analyseFolder(arguments);
    writeAnalysisTables({&ranking, &sensitivity}, folder, "targets", output);
    if (analyseFlag(arguments, "--map")) {
        writeTargetMap(arguments, joined, result, folder, output);
    }
    std::string chosen;
    for (const auto& candidate : result.candidates) {
        if (candidate.status == analysis::TargetStatus::Shortlisted ||
            candidate.status == analysis::TargetStatus::MustInclude) {
            analysis::appendItem(chosen, tree.unit(candidate.unit).name, ", ");
        }
    }
    output.summary = fill(translate("Cli", "targets by %1 (%2): %3"),
                          {std::string(levelKey(level)), options.filter.displayText(), chosen});
    return output;
}

} // namespace couverture::cli
