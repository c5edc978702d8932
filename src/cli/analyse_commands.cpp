#include "cli/analyse_commands.h"

#include "cli/analyse_sites.h"
#include "cli/analyse_support.h"
#include "cli/cli_texts.h"

#include <functional>
#include <map>

namespace couverture::cli {
namespace {

using AnalyseCommand = std::function<CommandOutput(const MapCommandArguments&)>;

// One line per analysis; each analysis keeps its argument handling in its own file.
const std::map<std::string, AnalyseCommand>& analyseCommands() {
    static const std::map<std::string, AnalyseCommand> commands = {
        {"who", runAnalyseWho},         {"overlaps", runAnalyseOverlaps}, {"gaps", runAnalyseGaps},
        {"targets", runAnalyseTargets}, {"sites", runAnalyseSites},       {"compare", runAnalyseCompare},
    };
    return commands;
}

} // namespace

CommandOutput runAnalyseCommand(const std::string& analysis, const MapCommandArguments& arguments) {
    const auto& commands = analyseCommands();
    const auto found = commands.find(analysis);
    if (found == commands.end()) {
        std::string known;
        for (const auto& [name, command] : commands) {
            known += (known.empty() ? "" : ", ") + name;
        }
        throw MapUsageError{fill(translate("Cli", "unknown analysis '%1' (known: %2)"), {analysis, known})};
    }
    return found->second(arguments);
}

} // namespace couverture::cli
