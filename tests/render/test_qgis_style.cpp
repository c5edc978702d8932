// The QGIS styles of the GeoPackage's coverage layers: the map's classes and colours, as QGIS reads them.
#include "render/palettes.h"
#include "render/qgis_style.h"
#include "render_test_support.h"

#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace couverture;
using namespace couverture::render;
using namespace couverture::render::testing;

namespace {

struct QmlRange {
    double lower = 0, upper = 0;
    std::string label;
    QColor colour;
};

struct QmlRenderer {
    std::string type, attribute, method;
    std::vector<QmlRange> ranges; // with their symbol's fill colour
    std::string outlineWidth;
};

QColor qgisColour(const QString& text) {
    const QStringList parts = text.split(',');
    REQUIRE(parts.size() == 4);
    return QColor(parts[0].toInt(), parts[1].toInt(), parts[2].toInt(), parts[3].toInt());
}

// What QGIS reads of a graduated renderer: ranges in order, each symbol's fill (the <Option> form).
QmlRenderer readQml(const std::string& qml) {
    QmlRenderer renderer;
    std::vector<QColor> fills;
    QXmlStreamReader xml(QString::fromStdString(qml));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const auto attributes = xml.attributes();
        if (xml.name() == u"renderer-v2") {
            renderer.type = attributes.value("type").toString().toStdString();
            renderer.attribute = attributes.value("attr").toString().toStdString();
        } else if (xml.name() == u"range") {
            renderer.ranges.push_back({attributes.value("lower").toDouble(),
                                       attributes.value("upper").toDouble(),
                                       attributes.value("label").toString().toStdString(), QColor()});
        } else if (xml.name() == u"Option" && attributes.value("name") == u"color") {
            fills.push_back(qgisColour(attributes.value("value").toString()));
        } else if (xml.name() == u"Option" && attributes.value("name") == u"outline_width") {
            renderer.outlineWidth = attributes.value("value").toString().toStdString();
        } else if (xml.name() == u"classificationMethod") {
            renderer.method = attributes.value("id").toString().toStdString();
        }
    }
    REQUIRE_FALSE(xml.hasError());
    REQUIRE(fills.size() == renderer.ranges.size());
    for (std::size_t i = 0; i < fills.size(); ++i) {
        renderer.ranges[i].colour = fills[i];
    }
    return renderer;
}

// The eight communes with 5, 0, 6, 1, 2, 5, 3 and 6 organisations, in tree order; cercles and régions with 2.
CoverageTable syntheticCoverage(const AdminTree& tree) {
    const std::vector<UnitId>& communes = tree.level(AdminLevel::Commune);
    return coverageOf(
        tree,
        [&communes](UnitId id) {
            static constexpr int kCounts[] = {5, 0, 6, 1, 2, 5, 3, 6};
            const auto at = std::find(communes.begin(), communes.end(), id);
            return at == communes.end() ? 2 : kCounts[at - communes.begin()];
        },
        [](UnitId) { return false; });
}

} // namespace

TEST_CASE("a coverage layer's QGIS style has the map's classes and colours, zero first", "[qgis_style]") {
    const AdminTree tree = syntheticTree();
    const CoverageTable coverage = syntheticCoverage(tree);
    ThematicSpec spec;
    spec.level = AdminLevel::Commune;
    spec.classes = 3;
    const MapScene scene = buildMapScene(tree);
    const ThematicLayer map = prepareThematic(scene, coverage, spec, defaultStyle());
    REQUIRE(map.colours.size() == 3);
    // Classed from the tree alone, the classes are the map's.
    const ThematicLayer fromTree = prepareThematic(tree, coverage, spec, defaultStyle());
    CHECK(fromTree.breaks == map.breaks);
    CHECK(fromTree.colours == map.colours);
    CHECK(fromTree.unitClass == map.unitClass);

    const QgisLayerStyle style = coverageLayerStyle(tree, coverage, AdminLevel::Commune, spec, defaultStyle(),
                                                    "fr", "coverage_commune");
    CHECK(style.layer == "coverage_commune");
    CHECK(style.name == "couverture_organisations");
    CHECK(style.description.find("3 classes") != std::string::npos);
    const QmlRenderer renderer = readQml(style.qml);
    CHECK(renderer.type == "graduatedSymbol");
    CHECK(renderer.attribute == "organisations");
    CHECK(renderer.method == "Quantile");
    CHECK(renderer.outlineWidth == "0.1"); // the style's commune lines, in millimetres
    REQUIRE(renderer.ranges.size() == 4);
    CHECK(renderer.ranges[0].lower == 0);
    CHECK(renderer.ranges[0].upper == 0);
    CHECK(renderer.ranges[0].label == "0 (néant)");
    CHECK(renderer.ranges[0].colour == defaultStyle().zeroColour);
    const auto legend = legendEntries(map, scene.level(AdminLevel::Commune), defaultStyle(), "fr");
    for (std::size_t i = 0; i < 3; ++i) {
        INFO("class " << i);
        CHECK(renderer.ranges[i + 1].lower == map.breaks[i]);
        CHECK(renderer.ranges[i + 1].upper == map.breaks[i + 1]);
        CHECK(renderer.ranges[i + 1].colour == map.colours[i]);
        CHECK(renderer.ranges[i + 1].label == legend[i].label); // as the map's legend prints it
    }
    // The SLD beside it: one rule per range, the first class's lower bound inclusive.
    CHECK(style.sld.find("<se:Rule>") != std::string::npos);
    int rules = 0;
    for (std::size_t at = 0; (at = style.sld.find("<se:Rule>", at)) != std::string::npos; ++at) {
        ++rules;
    }
    CHECK(rules == 4);
    CHECK(style.sld.find("PropertyIsGreaterThanOrEqualTo") != std::string::npos);
    CHECK(style.sld.find(map.colours[2].name().toStdString()) != std::string::npos);
}

TEST_CASE("a layer's QGIS style follows the options, keeps empty classes and labels in the language",
          "[qgis_style]") {
    const AdminTree tree = syntheticTree();
    const CoverageTable coverage = syntheticCoverage(tree);
    ThematicSpec spec;
    spec.level = AdminLevel::Commune;
    spec.method = ClassMethod::EqualInterval;
    spec.classes = 4;
    spec.palette = "YlOrRd";
    const QgisLayerStyle style = coverageLayerStyle(tree, coverage, AdminLevel::Commune, spec, defaultStyle(),
                                                    "en", "coverage_commune");
    const QmlRenderer renderer = readQml(style.qml);
    CHECK(renderer.method == "EqualInterval");
    // 1 to 6 in four equal intervals: (3.5, 4.75] holds no commune and is kept all the same.
    REQUIRE(renderer.ranges.size() == 5);
    CHECK(renderer.ranges[0].label == "0 (none)");
    const std::vector<QColor> colours = paletteColoursAtMost("YlOrRd", 4);
    const double bounds[] = {1, 2.25, 3.5, 4.75, 6};
    for (std::size_t i = 0; i < 4; ++i) {
        CHECK(renderer.ranges[i + 1].lower == bounds[i]);
        CHECK(renderer.ranges[i + 1].upper == bounds[i + 1]);
        CHECK(renderer.ranges[i + 1].colour == colours[i]);
    }
    ThematicSpec unknown;
    unknown.figure = "nonsense";
    CHECK_THROWS_AS(coverageLayerStyle(tree, coverage, AdminLevel::Cercle, unknown, defaultStyle(), "fr",
                                       "coverage_cercle"),
                    InputError);
}
