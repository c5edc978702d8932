#include "cli/analyse_sites.h"

#include "analysis/sites/sites.h"
#include "cli/analyse_output.h"
#include "cli/cli_texts.h"
#include "render/analysis_maps.h"
#include "render/point_overlay.h"

#include <cmath>
#include <filesystem>

namespace couverture::cli {

namespace {

std::optional<double> reachKm(const MapCommandArguments& arguments) {
    const std::string text = argumentOr(arguments, "--reach-km", "");
    if (text.empty()) {
        return std::nullopt;
    }
    try {
        const double km = std::stod(text);
        if (km > 0 && std::isfinite(km)) {
            return km;
        }
    } catch (const std::exception&) {
    }
    throw MapUsageError{
        fill(translate("Cli", "--reach-km expects a distance in km greater than 0, got '%1'"), {text})};
}

std::string defaultGazetteer(const std::string& boundaries) {
    // The populated places sit beside the boundaries in the shared data folder.
    const auto data = std::filesystem::path(boundaries).parent_path().parent_path();
    return (data / analysis::kPopulatedPlaces).string();
}

std::string percent(double share) {
    char text[16];
    std::snprintf(text, sizeof text, "%.1f %%", 100 * share);
    return text;
}

void writeSitesMap(const MapCommandArguments& arguments, const analysis::SitesRun& run,
                   const std::string& folder, const std::string& base, CommandOutput& output) {
    const AdminTree& tree = run.boundaries.tree;
    const analysis::SitesResult& result = run.result;
    MapOutput map = prepareMapOutput(arguments, tree);
    const render::ThematicLayer layer = render::sitesLayer(map.scene, result, map.level, map.style);
    const std::string& language = map.page.language;
    const std::map<std::string, std::string> fields = {
        {"km", render::formatNumber(result.reachKm.value_or(0), 0, map.style, language)},
        {"level", map.style.text(language, "levels." + std::string(levelKey(map.level)))},
        {"points", std::to_string(result.inside + result.outsideUnits)},
        {"outside", std::to_string(result.outsideUnits)},
        {"villages",
         std::to_string(result.villages.size() - static_cast<std::size_t>(result.villagesOutsideUnits))}};
    const std::string kind = result.reachKm ? "reach" : "points";
    if (map.page.texts.title.empty()) {
        map.page.texts.title = render::fillPlaceholders(map.style.text(language, kind + "_title"), fields);
    }
    if (map.page.texts.subtitle.empty()) {
        map.page.texts.subtitle =
            render::fillPlaceholders(map.style.text(language, kind + "_subtitle"), fields);
    }
    render::PointOverlay overlay;
    overlay.label = map.style.text(language, "points_legend");
    for (const auto& point : result.points) {
        if (point.status == analysis::SiteStatus::Inside) {
            overlay.points.push_back(*point.placed.where);
        }
    }
    for (const std::string& format : map.formats) {
        const std::string path = (std::filesystem::path(folder) / (base + "_map." + format)).string();
        const render::MapResult written =
            render::writeMapPageWithPoints(map.scene, layer, map.style, map.page, overlay, path, map.dpi);
        output.filesWritten.insert(output.filesWritten.end(), written.files.begin(), written.files.end());
    }
}

} // namespace

CommandOutput runAnalyseSites(const MapCommandArguments& arguments) {
    analysis::SitesOptions options;
    options.boundaries = arguments.inputs.boundaries;
    options.boundaryOptions = arguments.inputs.boundaryOptions;
    options.points = arguments.inputs.activities;
    options.read = arguments.inputs.read;
    options.aliases = arguments.inputs.aliases;
    options.fuzzyThreshold = arguments.inputs.fuzzyThreshold;
    options.reachKm = reachKm(arguments);
    options.filter = arguments.coverage.filter;
    options.progress = arguments.progress;
    options.gazetteer = argumentOr(arguments, "--gazetteer", "");
    if (options.gazetteer.empty()) {
        const std::string fallback = defaultGazetteer(options.boundaries);
        if (std::filesystem::exists(fallback)) {
            options.gazetteer = fallback;
        } else if (options.reachKm) {
            throw MapUsageError{
                fill(translate("Cli", "--reach-km needs the villages: --gazetteer FILE (%1 is missing)"),
                     {fallback})};
        }
    }
    const analysis::SitesRun run = analysis::runSites(options);
    const AdminTree& tree = run.boundaries.tree;
    const analysis::SitesResult& result = run.result;

    CommandOutput output;
    output.problems = result.problems;
    const std::string folder = outputFolder(arguments);
    const std::string base = argumentOr(arguments, "--name", "sites");
    std::vector<OutputTable> tables = {analysis::sitePointsTable(tree, result),
                                       analysis::sitesOutsideTable(tree, result)};
    for (const AdminLevel level : kMappedLevels) {
        tables.push_back(analysis::sitesByUnitTable(tree, result, level));
    }
    writeTables(tables, folder, base, output);
    if (argumentFlag(arguments, "--map")) {
        writeSitesMap(arguments, run, folder, base, output);
    }

    // Appended piece by piece: one long expression of temporaries trips GCC 12's -Wrestrict at -O3.
    std::string& summary = output.summary;
    if (!options.filter.empty()) {
        summary += '(';
        summary += options.filter.displayText();
        summary += ") ";
    }
    summary += fill(translate("Cli", "%1 points: %2 in a commune (%3 located by name), %4 outside every "
                                     "commune, %5 not located"),
                    {std::to_string(result.points.size()), std::to_string(result.inside),
                     std::to_string(result.locatedByName), std::to_string(result.outsideUnits),
                     std::to_string(result.notLocated)});
    if (result.reachKm) {
        int villages = 0, within = 0;
        for (const UnitId region : tree.level(AdminLevel::Region)) {
            villages += result.reachByUnit[static_cast<std::size_t>(region)].villages;
            within += result.reachByUnit[static_cast<std::size_t>(region)].villagesWithin;
        }
        output.summary +=
            fill(translate("Cli", "; villages within %1 km of a point: %2 of %3 (%4)"),
                 {formatNumber(*result.reachKm), std::to_string(within), std::to_string(villages),
                  percent(villages == 0 ? 0.0 : static_cast<double>(within) / villages)});
        for (const UnitId region : tree.level(AdminLevel::Region)) {
            const auto& figures = result.reachByUnit[static_cast<std::size_t>(region)];
            output.summary += "\n  " + fill(translate("Cli", "%1: %2 of %3 (%4)"),
                                            {tree.unit(region).name, std::to_string(figures.villagesWithin),
                                             std::to_string(figures.villages), percent(figures.share())});
        }
    }
    return output;
}

} // namespace couverture::cli
