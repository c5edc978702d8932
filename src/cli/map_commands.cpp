#include "cli/map_commands.h"

#include "cli/cli_texts.h"
#include "cli/places_note.h"
#include "core/platform/platform.h"
#include "render/atlas.h"
#include "render/map_export.h"
#include "render/map_painter.h"
#include "render/map_scene.h"
#include "render/qgis_style.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <memory>
#include <set>

namespace couverture::cli {
namespace {

namespace fs = std::filesystem;

std::string optionOr(const MapCommandArguments& arguments, const std::string& name,
                     const std::string& fallback) {
    auto found = arguments.options.find(name);
    return found == arguments.options.end() ? fallback : found->second;
}

std::vector<std::string> optionValues(const MapCommandArguments& arguments, const std::string& name) {
    std::vector<std::string> values;
    for (auto [begin, end] = arguments.options.equal_range(name); begin != end; ++begin) {
        values.push_back(begin->second);
    }
    return values;
}

bool hasFlag(const MapCommandArguments& arguments, const std::string& flag) {
    return std::find(arguments.flags.begin(), arguments.flags.end(), flag) != arguments.flags.end();
}

int integerOption(const MapCommandArguments& arguments, const std::string& name, int fallback) {
    const std::string text = optionOr(arguments, name, "");
    if (text.empty()) {
        return fallback;
    }
    try {
        return std::stoi(text);
    } catch (const std::exception&) {
        throw MapUsageError{fill(translate("Cli", "%1 expects a whole number, got '%2'"), {name, text})};
    }
}

// The date the map is made, from the clock here (the renderer never reads it, so outputs stay reproducible
// when --created is given).
std::string checkedDate(const std::string& option, const std::string& text) {
    if (!text.empty() && !parseDate(text)) {
        throw MapUsageError{
            fill(translate("Cli", "%1 expects a date (YYYY-MM-DD), got '%2'"), {option, text})};
    }
    return text.empty() ? text : formatDate(*parseDate(text));
}

render::ThematicSpec thematicSpec(const MapCommandArguments& arguments) {
    render::ThematicSpec spec;
    if (!render::parseMapKind(optionOr(arguments, "--kind", "choropleth"), spec.kind)) {
        throw MapUsageError{translate("Cli", "--kind expects choropleth, categories or symbols")};
    }
    if (!parseLevel(optionOr(arguments, "--level", "commune"), spec.level) ||
        spec.level == AdminLevel::Country) {
        throw MapUsageError{translate("Cli", "--level expects region, cercle or commune")};
    }
    spec.figure = optionOr(arguments, "--figure",
                           spec.kind == render::MapKind::Symbols ? "people_reached" : "organisations");
    if (spec.kind != render::MapKind::Categories) {
        const auto names = coverageFigureNames();
        if (std::find(names.begin(), names.end(), spec.figure) == names.end()) {
            std::string known;
            for (const auto& name : names) {
                known += (known.empty() ? "" : ", ") + name;
            }
            throw MapUsageError{
                fill(translate("Cli", "--figure '%1' is not a coverage figure (%2)"), {spec.figure, known})};
        }
    }
    if (const std::string method = optionOr(arguments, "--method", ""); !method.empty()) {
        render::ClassMethod parsed{};
        if (!render::parseClassMethod(method, parsed)) {
            throw MapUsageError{translate("Cli", "--method expects quantiles, equal, jenks or manual")};
        }
        spec.method = parsed;
    }
    spec.classes = integerOption(arguments, "--classes", 0);
    for (const auto& text : splitComma(optionOr(arguments, "--breaks", ""))) {
        try {
            spec.manualBreaks.push_back(std::stod(text));
        } catch (const std::exception&) {
            throw MapUsageError{
                fill(translate("Cli", "--breaks expects numbers separated by commas, got '%1'"), {text})};
        }
    }
    if (!spec.manualBreaks.empty() && !spec.method) {
        spec.method = render::ClassMethod::Manual;
    }
    spec.palette = optionOr(arguments, "--palette", "");
    return spec;
}

render::PageOptions pageOptions(const MapCommandArguments& arguments) {
    render::PageOptions page;
    page.language = optionOr(arguments, "--lang", "fr");
    page.pageSize = optionOr(arguments, "--page", "");
    page.orientation = optionOr(arguments, "--orientation", "");
    page.texts.title = optionOr(arguments, "--title", "");
    page.texts.subtitle = optionOr(arguments, "--subtitle", "");
    page.texts.asOf = checkedDate("--as-of", optionOr(arguments, "--as-of", ""));
    page.texts.creationDate = checkedDate("--created", optionOr(arguments, "--created", today()));
    page.texts.mapNumber = optionOr(arguments, "--map-number", "");
    page.texts.sources = optionValues(arguments, "--source");
    page.texts.producer = optionOr(arguments, "--producer", "");
    const auto& sectors = arguments.coverage.filter.sectors;
    if (sectors.size() == 1) {
        page.texts.sector = sectors.front();
    }
    const auto& organisations = arguments.coverage.filter.organisations;
    if (organisations.size() == 1) {
        page.texts.organisation = organisations.front();
    }
    return page;
}

// The date the data describe when --as-of is not given: the latest start date among the table's rows; else
// a year and month in the file's name ("mli_3w_2023_12_ML_5W.csv": 31 December 2023); else the day the
// file was last changed. Never empty for a file that exists.
std::string tableDate(const ActivityTable& table) {
    std::string latest;
    for (const ActivityRow& row : table.rows) {
        if (const auto date = parseDate(row.cell(Role::StartDate)); date && formatDate(*date) > latest) {
            latest = formatDate(*date);
        }
    }
    if (!latest.empty()) {
        return latest;
    }
    const std::string name = fs::path(table.path).filename().string();
    for (std::size_t i = 0; i + 7 <= name.size(); ++i) {
        int year = 0, month = 0;
        char separator = 0;
        if (std::sscanf(name.c_str() + i, "%4d%c%2d", &year, &separator, &month) == 3 &&
            (separator == '_' || separator == '-') && year >= 1990 && year <= 2100 && month >= 1 &&
            month <= 12 && std::isdigit(static_cast<unsigned char>(name[i])) &&
            (i == 0 || !std::isdigit(static_cast<unsigned char>(name[i - 1])))) {
            static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
            const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            char text[16];
            std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month,
                          kDays[month - 1] + (month == 2 && leap ? 1 : 0));
            return text;
        }
    }
    std::error_code error;
    const auto changed = fs::last_write_time(table.path, error);
    if (error) {
        return {};
    }
    // GCC 12 has no clock_cast: move between the clocks through their "now".
    const auto system = std::chrono::time_point_cast<std::chrono::system_clock::duration>(
        changed - fs::file_time_type::clock::now() + std::chrono::system_clock::now());
    return platform::localDate(std::chrono::system_clock::to_time_t(system));
}

struct PreparedMap {
    JoinedActivities joined;
    render::MapScene scene;
};

PreparedMap prepare(const MapCommandArguments& arguments) {
    PreparedMap prepared{loadAndReconcile(arguments.inputs, arguments.progress), {}};
    render::SceneOptions sceneOptions;
    sceneOptions.crs = optionOr(arguments, "--crs", "");
    sceneOptions.displayNames = optionOr(arguments, "--display-names", "");
    arguments.progress.report(0.85, translate("Cli", "projecting the boundaries").c_str());
    prepared.scene = render::buildMapScene(prepared.joined.boundaries.tree, sceneOptions);
    return prepared;
}

UnitId unitByCode(const AdminTree& tree, const std::string& option, const std::string& pcode) {
    if (pcode.empty()) {
        return kNoUnit;
    }
    const UnitId unit = tree.findByPcode(pcode);
    if (unit == kNoUnit) {
        throw MapUsageError{
            fill(translate("Cli", "%1: P-code '%2' is not in the boundaries"), {option, pcode})};
    }
    return unit;
}

// The as-of date (else the creation date) as yyyymmdd, for file names.
std::string compactDate(const render::PageOptions& page) {
    std::string date = page.texts.asOf.empty() ? page.texts.creationDate : page.texts.asOf;
    date.erase(std::remove(date.begin(), date.end(), '-'), date.end());
    return date;
}

std::string defaultBaseName(const render::ThematicSpec& spec, const render::PageOptions& page,
                            const CoverageOptions& coverage) {
    std::string sector = coverage.filter.sectors.size() == 1 ? coverage.filter.sectors.front() : "all";
    std::string levelPlural = std::string(levelKey(spec.level)) + "s";
    return render::fileNameSafe("MLI_3W_" + sector + "_" + spec.figure + "_" + levelPlural + "_" +
                                (page.pageSize.empty() ? "A4" : page.pageSize) + "_" + page.language + "_" +
                                compactDate(page));
}

void appendProblems(CommandOutput& output, const Problems& problems) {
    output.problems.insert(output.problems.end(), problems.begin(), problems.end());
}

} // namespace

std::vector<std::string> splitComma(const std::string& text) {
    std::vector<std::string> parts;
    std::string current;
    for (char c : text + ",") {
        if (c == ',') {
            if (!current.empty()) {
                parts.push_back(current);
            }
            current.clear();
        } else if (c != ' ') {
            current += c;
        }
    }
    return parts;
}

void configureGeoPackage(const MapCommandArguments& arguments, CoverageCommandOptions& options) {
    const render::ThematicSpec spec = thematicSpec(arguments);
    if (spec.kind != render::MapKind::Choropleth) {
        throw MapUsageError{
            translate("Cli", "the GeoPackage's layers are styled as choropleths: --kind choropleth only")};
    }
    const std::string language = optionOr(arguments, "--lang", "fr");
    auto style =
        std::make_shared<const render::MapStyle>(render::loadMapStyle(optionOr(arguments, "--style", "")));
    if (!style->hasLanguage(language)) {
        throw MapUsageError{fill(translate("Cli", "--lang: the style has no texts in '%1'"), {language})};
    }
    options.created = checkedDate("--created", optionOr(arguments, "--created", today()));
    options.licence = optionOr(arguments, "--licence", "");
    options.layerStyle = [spec, style, language](const AdminTree& tree, const CoverageTable& coverage,
                                                 AdminLevel level, const std::string& layer) {
        return render::coverageLayerStyle(tree, coverage, level, spec, *style, language, layer);
    };
}

CommandOutput runMapCommand(const MapCommandArguments& arguments) {
    CommandOutput output;
    PreparedMap prepared = prepare(arguments);
    const AdminTree& tree = prepared.joined.boundaries.tree;
    const CoverageTable coverage =
        computeCoverage(tree, prepared.joined.table.rows, prepared.joined.reconciled, arguments.coverage);

    render::MapOptions options;
    options.thematic = thematicSpec(arguments);
    options.page = pageOptions(arguments);
    options.page.texts.noteKey =
        placesNoteKey(prepared.joined.table, arguments.coverage.filter, output.problems);
    if (options.page.texts.asOf.empty()) {
        options.page.texts.asOf = tableDate(prepared.joined.table);
    }
    options.page.texts.activityTable = fs::path(prepared.joined.table.path).filename().string();
    options.page.focus = unitByCode(tree, "--focus", optionOr(arguments, "--focus", ""));
    options.style = optionOr(arguments, "--style", "");
    options.dpi = integerOption(arguments, "--dpi", 200);
    options.worldFile = hasFlag(arguments, "--world-file");

    const std::string folder = optionOr(arguments, "--out", "exports");
    std::error_code error;
    fs::create_directories(folder, error);
    if (error) {
        throwOutputError(folder,
                         fill(translate("Cli", "cannot create the output folder: %1"), {error.message()}));
    }
    const std::string base =
        optionOr(arguments, "--name", defaultBaseName(options.thematic, options.page, arguments.coverage));
    const auto formats = splitComma(optionOr(arguments, "--format", "pdf"));
    for (std::size_t i = 0; i < formats.size(); ++i) {
        const std::string path = (fs::path(folder) / (base + "." + formats[i])).string();
        render::ExportFormat format{};
        if (!render::exportFormatFromPath(path, format)) {
            throw MapUsageError{
                fill(translate("Cli", "--format expects pdf, svg or png, got '%1'"), {formats[i]})};
        }
        arguments.progress.report(0.9 + 0.1 * static_cast<double>(i) / static_cast<double>(formats.size()),
                                  ("writing " + path).c_str());
        const render::MapResult result = render::writeMap(prepared.scene, coverage, path, options);
        output.filesWritten.insert(output.filesWritten.end(), result.files.begin(), result.files.end());
        if (i == 0) {
            appendProblems(output, result.problems);
            std::string legend;
            for (const auto& entry : result.report.legend) {
                legend += (legend.empty() ? "" : "; ") + entry.label + ": " + std::to_string(entry.count);
            }
            const std::string mapped = options.thematic.kind == render::MapKind::Categories
                                           ? translate("Cli", "main sector")
                                           : options.thematic.figure;
            output.summary = fill(translate("Cli", "map of %1 by %2 (%3), %4 rows used; legend: %5; %6"),
                                  {mapped, std::string(levelKey(options.thematic.level)),
                                   coverage.options.filter.displayText(), std::to_string(coverage.rowsUsed),
                                   legend, render::labelSummary(result.report)});
        }
    }
    arguments.progress.report(1.0, translate("Cli", "map written").c_str());
    return output;
}

CommandOutput runAtlasCommand(const MapCommandArguments& arguments) {
    CommandOutput output;
    render::AtlasClasses classes{};
    if (const std::string text = optionOr(arguments, "--atlas-classes", "national");
        !render::parseAtlasClasses(text, classes)) {
        throw MapUsageError{
            fill(translate("Cli", "--atlas-classes expects national or page, got '%1'"), {text})};
    }
    PreparedMap prepared = prepare(arguments);
    const AdminTree& tree = prepared.joined.boundaries.tree;
    const auto& rows = prepared.joined.table.rows;
    const auto& matches = prepared.joined.reconciled.matches;

    render::AtlasOptions options;
    options.thematic = thematicSpec(arguments);
    options.page = pageOptions(arguments);
    options.page.texts.noteKey =
        placesNoteKey(prepared.joined.table, arguments.coverage.filter, output.problems);
    if (options.page.texts.asOf.empty()) {
        options.page.texts.asOf = tableDate(prepared.joined.table);
    }
    options.page.texts.activityTable = fs::path(prepared.joined.table.path).filename().string();
    options.style = optionOr(arguments, "--style", "");
    options.dpi = integerOption(arguments, "--dpi", 200);
    options.worldFile = hasFlag(arguments, "--world-file");
    options.mapNumberPattern = optionOr(arguments, "--map-number-pattern", "");
    options.progress = arguments.progress;
    options.classes = classes;

    const std::string by = optionOr(arguments, "--by", "cercle");
    std::vector<render::AtlasPage> pages;
    if (by == "region" || by == "cercle" || by == "commune") {
        AdminLevel level{};
        parseLevel(by, level);
        if (level == AdminLevel::Commune) {
            throw MapUsageError{translate("Cli", "--by expects region, cercle, sector or organisation")};
        }
        auto coverage =
            std::make_shared<const CoverageTable>(computeCoverage(tree, rows, matches, arguments.coverage));
        pages = render::unitPages(prepared.scene, level, coverage,
                                  unitByCode(tree, "--within", optionOr(arguments, "--within", "")));
        if (options.thematic.level < level) {
            options.thematic.level = AdminLevel::Commune; // a page per cercle maps its communes
        }
    } else if (by == "sector" || by == "organisation") {
        // One coverage per value, each with the user's filters plus that value.
        std::set<std::string> values;
        for (const ActivityRow& row : rows) {
            if (!arguments.coverage.filter.keeps(row)) {
                continue;
            }
            const std::string value = by == "sector"
                                          ? row.cell(Role::Sector)
                                          : (row.cell(Role::OrgAcronym).empty() ? row.cell(Role::OrgName)
                                                                                : row.cell(Role::OrgAcronym));
            if (!value.empty()) {
                values.insert(value);
            }
        }
        for (const auto& value : values) {
            CoverageOptions coverageOptions = arguments.coverage;
            if (by == "sector") {
                coverageOptions.filter.sectors = {value};
            } else {
                coverageOptions.filter.organisations = {value};
            }
            render::AtlasPage page;
            page.coverage =
                std::make_shared<const CoverageTable>(computeCoverage(tree, rows, matches, coverageOptions));
            if (by == "sector") {
                page.texts.sector = value;
            } else {
                page.texts.organisation = value;
            }
            page.fields = {{by, value}, {"sector", by == "sector" ? value : "all"}};
            pages.push_back(std::move(page));
        }
    } else {
        throw MapUsageError{
            fill(translate("Cli", "--by expects region, cercle, sector or organisation, got '%1'"), {by})};
    }
    if (pages.empty()) {
        throw MapUsageError{translate("Cli", "the atlas has no page (no unit or value left by the filters)")};
    }
    for (auto& page : pages) {
        if (!page.fields.count("sector")) {
            page.fields["sector"] = arguments.coverage.filter.sectors.size() == 1
                                        ? arguments.coverage.filter.sectors.front()
                                        : "all";
        }
    }

    const std::string folder = optionOr(arguments, "--out", "exports");
    std::error_code error;
    fs::create_directories(folder, error);
    if (error) {
        throwOutputError(folder,
                         fill(translate("Cli", "cannot create the output folder: %1"), {error.message()}));
    }
    const std::string pattern = optionOr(arguments, "--pattern", "");
    const std::string name = optionOr(arguments, "--name", "MLI_3W_atlas_" + by + "_{size}_{lang}_{date}");
    const std::map<std::string, std::string> nameFields = {
        {"size", options.page.pageSize.empty() ? "A4" : options.page.pageSize},
        {"lang", options.page.language},
        {"date", compactDate(options.page)}};
    options.output =
        (fs::path(folder) / (pattern.empty() ? render::expandPattern(name, nameFields) + ".pdf" : pattern))
            .string();
    const render::AtlasResult result = render::writeAtlas(prepared.scene, pages, options);
    output.filesWritten = result.files;
    appendProblems(output, result.problems);
    output.summary = fill(translate("Cli", "atlas by %1: %2 pages"), {by, std::to_string(result.pages)});
    return output;
}

} // namespace couverture::cli
