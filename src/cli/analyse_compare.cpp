#include "analysis/change/change.h"
#include "cli/analyse_output.h"
#include "cli/analyse_sites.h"
#include "cli/cli_texts.h"
#include "render/analysis_maps.h"
#include "render/map_export.h"
#include "render/thematic.h"

#include <algorithm>
#include <filesystem>

namespace couverture::cli {

namespace {

std::string withdrawn(const std::vector<std::string>& organisations) {
    std::string text;
    for (const auto& organisation : organisations) {
        text += (text.empty() ? "" : ", ") + organisation;
    }
    return text;
}

void writeNetChangeMap(const MapCommandArguments& arguments, const analysis::CompareInputs& inputs,
                       const analysis::CompareRun& run, const std::string& folder, const std::string& base,
                       CommandOutput& output) {
    const AdminTree& tree = run.before.boundaries.tree;
    const analysis::ChangeResult& change = run.change;
    MapOutput map = prepareMapOutput(arguments, tree, change.options.level);
    const render::ThematicLayer layer = render::changeLayer(map.scene, change, map.style);
    const std::string& language = map.page.language;
    const std::string sector =
        change.options.filter.sectors.size() == 1
            ? render::fillPlaceholders(map.style.text(language, "change_sector"),
                                       {{"sector", change.options.filter.sectors.front()}})
            : std::string();
    const std::map<std::string, std::string> fields = {
        {"level", map.style.text(language, "levels." + std::string(levelKey(change.options.level)))},
        {"before", std::filesystem::path(run.before.table.path).filename().string()},
        {"after", inputs.withdraw.empty()
                      ? std::filesystem::path(run.after.path).filename().string()
                      : render::fillPlaceholders(
                            map.style.text(language, "change_withdrawn"),
                            {{"release", std::filesystem::path(run.before.table.path).filename().string()},
                             {"organisations", withdrawn(inputs.withdraw)}})},
        {"sector", sector}};
    if (map.page.texts.title.empty()) {
        map.page.texts.title = render::fillPlaceholders(map.style.text(language, "change_title"), fields);
    }
    if (map.page.texts.subtitle.empty()) {
        map.page.texts.subtitle =
            render::fillPlaceholders(map.style.text(language, "change_subtitle"), fields);
    }
    for (const std::string& format : map.formats) {
        const std::string path =
            (std::filesystem::path(folder) / (base + "_net_change_map." + format)).string();
        const render::MapResult written =
            render::writeMapPage(map.scene, layer, map.style, map.page, path, map.dpi);
        output.filesWritten.insert(output.filesWritten.end(), written.files.begin(), written.files.end());
    }
}

} // namespace

CommandOutput runAnalyseCompare(const MapCommandArguments& arguments) {
    analysis::CompareInputs inputs;
    inputs.before = arguments.inputs;
    inputs.after = argumentOr(arguments, "--after", "");
    inputs.afterRead.encoding = arguments.inputs.read.encoding;
    for (auto [begin, end] = arguments.options.equal_range("--withdraw"); begin != end; ++begin) {
        inputs.withdraw.push_back(begin->second);
    }
    if (inputs.after.empty() == inputs.withdraw.empty()) {
        throw MapUsageError{
            translate("Cli", "compare needs the second release (--after FILE) or the organisations to "
                             "withdraw (--withdraw ORG), not both")};
    }
    const std::string level = argumentOr(arguments, "--level", "cercle");
    if (!parseLevel(level, inputs.change.level) || inputs.change.level == AdminLevel::Country) {
        throw MapUsageError{translate("Cli", "--level expects region, cercle or commune")};
    }
    inputs.change.filter = arguments.coverage.filter;
    inputs.progress = arguments.progress;
    const analysis::CompareRun run = analysis::runCompare(inputs);
    const AdminTree& tree = run.before.boundaries.tree;
    const analysis::ChangeResult& change = run.change;

    CommandOutput output;
    output.problems = run.before.table.problems;
    output.problems.insert(output.problems.end(), run.after.problems.begin(), run.after.problems.end());
    output.problems.insert(output.problems.end(), change.problems.begin(), change.problems.end());
    const std::string folder = outputFolder(arguments);
    const std::string base = argumentOr(arguments, "--name", "compare");
    writeTables({analysis::sectorChangeTable(tree, change), analysis::lostLastTable(tree, change),
                 analysis::netChangeTable(tree, change)},
                folder, base, output);
    if (argumentFlag(arguments, "--map")) {
        writeNetChangeMap(arguments, inputs, run, folder, base, output);
    }
    int left = 0, arrived = 0, lost = 0, unitsDown = 0, unitsUp = 0;
    for (const auto& sector : change.sectors) {
        left += static_cast<int>(sector.left.size());
        arrived += static_cast<int>(sector.arrived.size());
        lost += sector.lostLast() ? 1 : 0;
    }
    for (const UnitId id : tree.level(change.options.level)) {
        unitsDown += change.units[static_cast<std::size_t>(id)].net() < 0 ? 1 : 0;
        unitsUp += change.units[static_cast<std::size_t>(id)].net() > 0 ? 1 : 0;
    }
    output.summary =
        fill(translate("Cli", "by %1 and sector: %2 departures, %3 arrivals; %4 unit-sectors lost their "
                              "last organisation; %5 units with fewer organisations, %6 with more "
                              "(rows compared: %7 then %8)"),
             {std::string(levelKey(change.options.level)), std::to_string(left), std::to_string(arrived),
              std::to_string(lost), std::to_string(unitsDown), std::to_string(unitsUp),
              std::to_string(change.rowsBefore), std::to_string(change.rowsAfter)});
    return output;
}

} // namespace couverture::cli
