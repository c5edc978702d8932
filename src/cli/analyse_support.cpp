#include "cli/analyse_support.h"

#include "analysis/need/need_inputs.h"
#include "cli/cli_texts.h"
#include "core/text_fold.h"

#include <algorithm>
#include <filesystem>

namespace couverture::cli {
namespace {

namespace fs = std::filesystem;

std::pair<std::string, std::string> columnCondition(const std::string& text) {
    const auto condition = analysis::parseCondition(text);
    if (!condition) {
        throw MapUsageError{
            fill(translate("Cli", "--need-where expects COLUMN=VALUE (a header or an HXL tag), got '%1'"),
                 {text})};
    }
    return *condition;
}

} // namespace

std::string analyseOption(const MapCommandArguments& arguments, const std::string& name,
                          const std::string& fallback) {
    auto found = arguments.options.find(name);
    return found == arguments.options.end() ? fallback : found->second;
}

std::vector<std::string> analyseOptionValues(const MapCommandArguments& arguments, const std::string& name) {
    std::vector<std::string> values;
    for (auto [begin, end] = arguments.options.equal_range(name); begin != end; ++begin) {
        values.push_back(begin->second);
    }
    return values;
}

std::vector<std::string> analyseListValues(const MapCommandArguments& arguments, const std::string& name) {
    std::vector<std::string> values;
    for (const auto& text : analyseOptionValues(arguments, name)) {
        std::string current;
        for (char c : text + ",") {
            if (c == ',') {
                if (const std::string_view value = trim(current); !value.empty()) {
                    values.emplace_back(value);
                }
                current.clear();
            } else {
                current += c;
            }
        }
    }
    return values;
}

bool analyseFlag(const MapCommandArguments& arguments, const std::string& flag) {
    return std::find(arguments.flags.begin(), arguments.flags.end(), flag) != arguments.flags.end();
}

AdminLevel analyseLevel(const MapCommandArguments& arguments, AdminLevel fallback) {
    AdminLevel level = fallback;
    const std::string text = analyseOption(arguments, "--level", "");
    if (!text.empty() && (!parseLevel(text, level) || level == AdminLevel::Country)) {
        throw MapUsageError{translate("Cli", "--level expects region, cercle or commune")};
    }
    return level;
}

int analyseInteger(const MapCommandArguments& arguments, const std::string& name, int fallback) {
    const std::string text = analyseOption(arguments, name, "");
    if (text.empty()) {
        return fallback;
    }
    try {
        std::size_t used = 0;
        const int value = std::stoi(text, &used);
        if (used == text.size() && value > 0) {
            return value;
        }
    } catch (const std::exception&) {
    }
    throw MapUsageError{fill(translate("Cli", "%1 expects a whole number above 0, got '%2'"), {name, text})};
}

std::string analyseFolder(const MapCommandArguments& arguments) {
    const std::string folder = analyseOption(arguments, "--out", "exports");
    std::error_code error;
    fs::create_directories(folder, error);
    if (error) {
        throwOutputError(folder,
                         fill(translate("Cli", "cannot create the output folder: %1"), {error.message()}));
    }
    return folder;
}

void writeAnalysisTables(const std::vector<const OutputTable*>& tables, const std::string& folder,
                         const std::string& workbook, CommandOutput& output) {
    for (const OutputTable* table : tables) {
        const std::string path = (fs::path(folder) / (table->name + ".csv")).string();
        writeCsv(*table, path);
        output.filesWritten.push_back(path);
    }
    const std::string path = (fs::path(folder) / (workbook + ".xlsx")).string();
    writeXlsx(tables, path);
    output.filesWritten.push_back(path);
}

void appendAnalyseProblems(CommandOutput& output, const Problems& problems) {
    output.problems.insert(output.problems.end(), problems.begin(), problems.end());
}

analysis::NeedLayer analyseNeed(const MapCommandArguments& arguments, const AdminTree& tree, AdminLevel level,
                                CommandOutput& output) {
    analysis::NeedInputs need;
    need.path = analyseOption(arguments, "--need", "");
    if (need.path.empty()) {
        throw MapUsageError{translate("Cli", "--need FILE (people in need by P-code or name) is required")};
    }
    need.value = analyseOption(arguments, "--need-value", "#inneed");
    for (const auto& text : analyseOptionValues(arguments, "--need-where")) {
        need.where.push_back(columnCondition(text));
    }
    need.label = analyseOption(arguments, "--need-label", ""); // none: each output says it in its language
    need.codeKeys = arguments.inputs.codeKeys; // --code-key: what a code-only need table's codes mean
    if (const std::string aliases = analyseOption(arguments, "--need-aliases", ""); !aliases.empty()) {
        need.aliases = readAliases(aliases, tree); // earlier decisions for the need table's own codes
    }
    const std::string apportion = analyseOption(arguments, "--apportion", "none");
    if (!analysis::parseApportion(apportion, need.apportion)) {
        throw MapUsageError{
            fill(translate("Cli", "--apportion expects none, population or need, got '%1'"), {apportion})};
    }
    if (need.apportion == analysis::Apportion::AllSectorNeed && !analysis::hasSectorCondition(need)) {
        throw MapUsageError{
            translate("Cli", "--apportion need needs a --need-where condition on the sector column")};
    }
    need.population = analyseOption(arguments, "--population",
                                    "../shared/data/population/mli_cod_ps_2018_v2/mli_pop_adm2_v2.csv");
    need.populationValue = analyseOption(arguments, "--population-value", "T_TL");
    return analysis::needLayerFrom(tree, need, level, output.problems);
}

} // namespace couverture::cli
