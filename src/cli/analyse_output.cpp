#include "cli/analyse_output.h"

#include "cli/cli_texts.h"

#include <algorithm>
#include <filesystem>

namespace couverture::cli {

std::string argumentOr(const MapCommandArguments& arguments, const std::string& name,
                       const std::string& fallback) {
    const auto found = arguments.options.find(name);
    return found == arguments.options.end() ? fallback : found->second;
}

bool argumentFlag(const MapCommandArguments& arguments, const std::string& flag) {
    return std::find(arguments.flags.begin(), arguments.flags.end(), flag) != arguments.flags.end();
}

std::string outputFolder(const MapCommandArguments& arguments) {
    const std::string folder = argumentOr(arguments, "--out", "exports");
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error) {
        throwOutputError(folder,
                         fill(translate("Cli", "cannot create the output folder: %1"), {error.message()}));
    }
    return folder;
}

void writeTables(const std::vector<OutputTable>& tables, const std::string& folder, const std::string& base,
                 CommandOutput& output) {
    std::vector<const OutputTable*> sheets;
    for (const OutputTable& table : tables) {
        output.filesWritten.push_back(
            (std::filesystem::path(folder) / (base + "_" + table.name + ".csv")).string());
        writeCsv(table, output.filesWritten.back());
        sheets.push_back(&table);
    }
    output.filesWritten.push_back((std::filesystem::path(folder) / (base + ".xlsx")).string());
    writeXlsx(sheets, output.filesWritten.back());
}

MapOutput prepareMapOutput(const MapCommandArguments& arguments, const AdminTree& tree,
                           AdminLevel defaultLevel) {
    MapOutput map;
    map.level = defaultLevel;
    if (const std::string level = argumentOr(arguments, "--level", ""); !level.empty()) {
        if (!parseLevel(level, map.level) || map.level == AdminLevel::Country) {
            throw MapUsageError{translate("Cli", "--level expects region, cercle or commune")};
        }
    }
    render::ensureGuiApplication();
    map.style = render::loadMapStyle(argumentOr(arguments, "--style", "analysis_sites"));
    render::SceneOptions sceneOptions;
    sceneOptions.crs = argumentOr(arguments, "--crs", "");
    map.scene = render::buildMapScene(tree, sceneOptions);
    map.page.language = argumentOr(arguments, "--lang", "fr");
    if (!map.style.hasLanguage(map.page.language)) {
        throw MapUsageError{fill(translate("Cli", "--lang expects fr or en, got '%1'"), {map.page.language})};
    }
    map.page.pageSize = argumentOr(arguments, "--page", "");
    map.page.orientation = argumentOr(arguments, "--orientation", "");
    map.page.texts.title = argumentOr(arguments, "--title", "");
    map.page.texts.subtitle = argumentOr(arguments, "--subtitle", "");
    map.page.texts.asOf = argumentOr(arguments, "--as-of", "");
    map.page.texts.creationDate = argumentOr(arguments, "--created", today());
    map.page.texts.producer = argumentOr(arguments, "--producer", "");
    for (auto [begin, end] = arguments.options.equal_range("--source"); begin != end; ++begin) {
        map.page.texts.sources.push_back(begin->second);
    }
    map.formats = splitComma(argumentOr(arguments, "--format", "pdf,png"));
    try {
        map.dpi = std::stod(argumentOr(arguments, "--dpi", "200"));
    } catch (const std::exception&) {
        throw MapUsageError{translate("Cli", "--dpi expects a number")};
    }
    return map;
}

} // namespace couverture::cli
