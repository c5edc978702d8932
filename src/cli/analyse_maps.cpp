// Maps of the analyses, written through the renderer when `--map` is given: --lang, --format (default
// pdf,png), --as-of, --source, --producer, --map-number, --created, --page, --orientation, --dpi as for
// `map`.

#include "cli/analyse_support.h"
#include "cli/cli_texts.h"
#include "render/analysis_maps.h"
#include "render/atlas.h"
#include "render/map_painter.h"
#include "render/map_scene.h"

#include <filesystem>

namespace couverture::cli {
namespace {

namespace fs = std::filesystem;

render::AnalysisMapOptions mapOptions(const MapCommandArguments& arguments) {
    render::AnalysisMapOptions options;
    render::PageOptions& page = options.page;
    page.language = analyseOption(arguments, "--lang", "fr");
    page.pageSize = analyseOption(arguments, "--page", "");
    page.orientation = analyseOption(arguments, "--orientation", "");
    page.texts.title = analyseOption(arguments, "--title", "");
    page.texts.asOf = analyseOption(arguments, "--as-of", "");
    page.texts.creationDate = analyseOption(arguments, "--created", "");
    page.texts.mapNumber = analyseOption(arguments, "--map-number", "");
    page.texts.sources = analyseOptionValues(arguments, "--source");
    page.texts.producer = analyseOption(arguments, "--producer", "");
    options.style = analyseOption(arguments, "--style", "analysis");
    options.dpi = analyseInteger(arguments, "--dpi", 200);
    const auto& sectors = arguments.coverage.filter.sectors;
    options.sector = sectors.size() == 1 ? sectors.front() : "";
    return options;
}

std::string baseName(const MapCommandArguments& arguments, const std::string& analysis, AdminLevel level,
                     const render::AnalysisMapOptions& options) {
    return render::fileNameSafe(
        analyseOption(arguments, "--name",
                      "MLI_" + analysis + "_" + (options.sector.empty() ? "all" : options.sector) + "_" +
                          std::string(levelKey(level)) + "s_" + options.page.language));
}

render::MapScene sceneOf(const MapCommandArguments& arguments, const JoinedActivities& joined) {
    render::ensureGuiApplication();
    render::SceneOptions sceneOptions;
    sceneOptions.crs = analyseOption(arguments, "--crs", "");
    return render::buildMapScene(joined.boundaries.tree, sceneOptions);
}

// Writes one map per format through `write(path)`.
template <typename Write>
void eachFormat(const MapCommandArguments& arguments, const std::string& folder, const std::string& base,
                CommandOutput& output, Write write) {
    std::vector<std::string> formats = analyseListValues(arguments, "--format");
    if (formats.empty()) {
        formats = {"pdf", "png"};
    }
    for (const auto& format : formats) {
        const std::string path = (fs::path(folder) / (base + "." + format)).string();
        render::ExportFormat parsed{};
        if (!render::exportFormatFromPath(path, parsed)) {
            throw MapUsageError{
                fill(translate("Cli", "--format expects pdf, svg or png, got '%1'"), {format})};
        }
        const render::MapResult result = write(path);
        output.filesWritten.insert(output.filesWritten.end(), result.files.begin(), result.files.end());
    }
}

} // namespace

void writeOverlapMaps(const MapCommandArguments& arguments, const JoinedActivities& joined,
                      const analysis::OverlapResult& result, const std::string& folder,
                      CommandOutput& output) {
    const render::MapScene scene = sceneOf(arguments, joined);
    const render::AnalysisMapOptions options = mapOptions(arguments);
    const std::string base = baseName(arguments, "overlaps", result.level, options);
    eachFormat(arguments, folder, base, output, [&](const std::string& path) {
        return render::writeOverlapMap(scene, result, path, options);
    });
    const auto pages = render::writeOverlapSummary(
        scene, result, (fs::path(folder) / (base + "_by_region.pdf")).string(), options);
    output.filesWritten.insert(output.filesWritten.end(), pages.begin(), pages.end());
}

void writeGapMap(const MapCommandArguments& arguments, const JoinedActivities& joined,
                 const analysis::GapResult& result, const std::string& folder, CommandOutput& output) {
    const render::MapScene scene = sceneOf(arguments, joined);
    const render::AnalysisMapOptions options = mapOptions(arguments);
    eachFormat(arguments, folder, baseName(arguments, "gaps", result.level, options), output,
               [&](const std::string& path) { return render::writeGapMap(scene, result, path, options); });
}

void writeTargetMap(const MapCommandArguments& arguments, const JoinedActivities& joined,
                    const analysis::TargetResult& result, const std::string& folder, CommandOutput& output) {
    const render::MapScene scene = sceneOf(arguments, joined);
    const render::AnalysisMapOptions options = mapOptions(arguments);
    eachFormat(arguments, folder, baseName(arguments, "targets", result.level, options), output,
               [&](const std::string& path) { return render::writeTargetMap(scene, result, path, options); });
}

} // namespace couverture::cli
