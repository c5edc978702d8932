#include "cli/publish_command.h"

#include "cli/cli_texts.h"
#include "core/store/schema.h"
#include "core/table_writer.h"
#include "render/classification.h"
#include "render/map_style.h"
#include "render/palettes.h"

#include <algorithm>
#include <sstream>

namespace couverture::cli {
namespace {

std::string optionValue(const MapCommandArguments& arguments, const std::string& name) {
    const auto found = arguments.options.find(name);
    return found == arguments.options.end() ? std::string() : found->second;
}

// --to is also the end of a period (--from/--to): the store is the --to that starts with PG:.
std::string requiredTarget(const MapCommandArguments& arguments) {
    for (auto [begin, end] = arguments.options.equal_range("--to"); begin != end; ++begin) {
        if (store::isStoreSource(begin->second)) {
            return begin->second;
        }
    }
    throw MapUsageError{
        translate("Cli", "--to PG:<connection> names the store (for example --to PG:service=couverture)")};
}

std::string qmlColour(const QColor& colour) {
    return std::to_string(colour.red()) + "," + std::to_string(colour.green()) + "," +
           std::to_string(colour.blue()) + "," + std::to_string(colour.alpha());
}

std::string fillSymbol(int index, const QColor& fill, const render::LineStyle& outline) {
    std::ostringstream out;
    out << "      <symbol type=\"fill\" name=\"" << index << "\" alpha=\"1\" clip_to_extent=\"1\">\n"
        << "        <layer class=\"SimpleFill\" enabled=\"1\" locked=\"0\" pass=\"0\">\n"
        << "          <Option type=\"Map\">\n"
        << "            <Option name=\"color\" type=\"QString\" value=\"" << qmlColour(fill) << "\"/>\n"
        << "            <Option name=\"outline_color\" type=\"QString\" value=\"" << qmlColour(outline.colour)
        << "\"/>\n"
        << "            <Option name=\"outline_width\" type=\"QString\" value=\"" << outline.widthMm
        << "\"/>\n"
        << "            <Option name=\"outline_width_unit\" type=\"QString\" value=\"MM\"/>\n"
        << "            <Option name=\"style\" type=\"QString\" value=\"solid\"/>\n"
        << "          </Option>\n"
        << "        </layer>\n"
        << "      </symbol>\n";
    return out.str();
}

} // namespace

std::string coverageLayerQml(const AdminTree& tree, const CoverageTable& coverage, AdminLevel level) {
    const render::MapStyle style = render::loadMapStyle();
    std::vector<double> present;
    for (UnitId id : tree.level(level)) {
        if (coverage.at(id).organisations > 0) {
            present.push_back(coverage.at(id).organisations);
        }
    }
    render::ClassMethod method = render::ClassMethod::Quantiles;
    render::parseClassMethod(style.method, method);
    const std::vector<double> breaks = render::classBreaks(present, method, style.classes);
    const int classes = std::max(0, static_cast<int>(breaks.size()) - 1);
    const std::vector<QColor> colours =
        classes > 0 ? render::paletteColoursAtMost(style.palette, classes) : std::vector<QColor>{};
    const render::LineStyle& outline = level == AdminLevel::Region   ? style.region
                                       : level == AdminLevel::Cercle ? style.cercle
                                                                     : style.commune;
    std::ostringstream ranges;
    std::ostringstream symbols;
    ranges << "      <range lower=\"0\" upper=\"0\" symbol=\"0\" label=\"0\" render=\"true\"/>\n";
    symbols << fillSymbol(0, style.zeroColour, outline);
    for (int i = 0; i < classes; ++i) {
        const std::string lower = formatNumber(breaks[static_cast<std::size_t>(i)]);
        const std::string upper = formatNumber(breaks[static_cast<std::size_t>(i) + 1]);
        ranges << "      <range lower=\"" << lower << "\" upper=\"" << upper << "\" symbol=\"" << i + 1
               << "\" label=\"" << (i == 0 ? lower : formatNumber(breaks[static_cast<std::size_t>(i)] + 1))
               << " – " << upper << "\" render=\"true\"/>\n";
        symbols << fillSymbol(
            i + 1, colours[static_cast<std::size_t>(std::min(i, static_cast<int>(colours.size()) - 1))],
            outline);
    }
    std::ostringstream qml;
    qml << "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        << "<qgis version=\"3.28.0\" styleCategories=\"Symbology\">\n"
        << "  <renderer-v2 type=\"graduatedSymbol\" attr=\"organisations\" "
           "graduatedMethod=\"GraduatedColor\" "
           "symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">\n"
        << "    <ranges>\n"
        << ranges.str() << "    </ranges>\n"
        << "    <symbols>\n"
        << symbols.str() << "    </symbols>\n"
        << "  </renderer-v2>\n"
        << "</qgis>\n";
    return qml.str();
}

std::string storeSourceWith(const std::string& source, const std::string& release,
                            const std::vector<std::string>& clusters) {
    const auto quoted = [](const std::string& value) {
        std::string out = "'";
        for (char c : value) {
            if (c == '\'' || c == '\\') {
                out += '\\';
            }
            out += c;
        }
        return out + "'";
    };
    std::string result = source;
    if (!release.empty()) {
        result += " release=" + quoted(release);
    }
    for (const std::string& cluster : clusters) {
        result += " cluster=" + quoted(cluster);
    }
    return result;
}

CommandOutput runPublishCommand(const MapCommandArguments& arguments) {
    store::PublishCommandOptions options;
    options.inputs = arguments.inputs;
    options.coverage = arguments.coverage;
    options.target = requiredTarget(arguments);
    options.release = optionValue(arguments, "--release");
    options.cluster = optionValue(arguments, "--cluster");
    if (options.release.empty() || options.cluster.empty()) {
        throw MapUsageError{translate("Cli", "publish needs --release NAME and --cluster NAME")};
    }
    options.sensitive =
        std::find(arguments.flags.begin(), arguments.flags.end(), "--sensitive") != arguments.flags.end();
    options.layerStyles = [](const AdminTree& tree, const CoverageTable& coverage) {
        std::map<AdminLevel, std::string> styles;
        for (AdminLevel level : kMappedLevels) {
            styles[level] = coverageLayerQml(tree, coverage, level);
        }
        return styles;
    };
    options.progress = arguments.progress;
    return store::runPublish(options);
}

CommandOutput runStoreUpgradeCommand(const MapCommandArguments& arguments) {
    const store::StoreSource target = store::parseStoreSource(requiredTarget(arguments));
    CommandOutput output;
    try {
        store::Connection connection(target.conninfo);
        const store::MigrationReport report = store::migrateStore(connection);
        std::ostringstream text;
        text << fill(translate("Cli", "store %1: schema version %2 -> %3"),
                     {store::describeTarget(target.conninfo), std::to_string(report.fromVersion),
                      std::to_string(report.toVersion)});
        for (const std::string& step : report.applied) {
            text << "\n  " << fill(translate("Cli", "applied %1"), {step});
        }
        output.summary = text.str();
    } catch (const store::StoreError& error) {
        throwOutputError(store::describeTarget(target.conninfo), error.what());
    }
    return output;
}

} // namespace couverture::cli
