#include "render/qgis_style.h"

#include <QLocale>
#include <QString>
#include <QXmlStreamWriter>
#include <algorithm>

namespace couverture::render {
namespace {

struct Range {
    double lower = 0, upper = 0;
    bool first = false; // the lowest class: its lower bound is inclusive in our classes too
    bool zero = false;
    std::string label;
    QColor colour;
};

// Zero first (when some unit has 0), then every class in ascending order, as QGIS tries them; empty classes
// too (equal intervals leave some), so that the layer keeps the map's classification whole.
std::vector<Range> rangesOf(const ThematicLayer& layer, const std::vector<UnitId>& units,
                            const MapStyle& style, const std::string& language) {
    std::vector<Range> ranges;
    const bool anyZero = std::any_of(units.begin(), units.end(), [&](UnitId id) {
        const auto index = static_cast<std::size_t>(id);
        return index < layer.unitClass.size() && layer.unitClass[index] == kZeroClass;
    });
    if (anyZero) {
        ranges.push_back(Range{0, 0, false, true, style.text(language, "zero"), style.zeroColour});
    }
    for (std::size_t i = 0; i < layer.colours.size(); ++i) {
        ranges.push_back(Range{layer.breaks[i], layer.breaks[i + 1], i == 0, false,
                               classLabel(layer, static_cast<int>(i), style, language), layer.colours[i]});
    }
    return ranges;
}

const LineStyle& outlineOf(const MapStyle& style, AdminLevel level) {
    return level == AdminLevel::Region ? style.region
                                       : (level == AdminLevel::Cercle ? style.cercle : style.commune);
}

// The shortest text that reads back as the same double: bounds compare exactly in QGIS.
QString number(double value) {
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString qgisColour(const QColor& colour) {
    return QStringLiteral("%1,%2,%3,%4")
        .arg(colour.red())
        .arg(colour.green())
        .arg(colour.blue())
        .arg(colour.alpha());
}

// QGIS's id of the classification method, so that "Classify" in QGIS starts from the same method.
QString methodId(const ThematicSpec& spec) {
    switch (spec.method.value_or(ClassMethod::Quantiles)) {
    case ClassMethod::EqualInterval:
        return QStringLiteral("EqualInterval");
    case ClassMethod::NaturalBreaks:
        return QStringLiteral("Jenks");
    case ClassMethod::Quantiles:
    case ClassMethod::Manual:
        break;
    }
    return QStringLiteral("Quantile");
}

// A simple fill's properties, both as QGIS 3 writes them (<Option> map) and as older versions read them
// (<prop>).
void writeFillLayer(QXmlStreamWriter& xml, const QColor& fill, const LineStyle& outline) {
    const std::pair<QString, QString> properties[] = {{"color", qgisColour(fill)},
                                                      {"joinstyle", "bevel"},
                                                      {"outline_color", qgisColour(outline.colour)},
                                                      {"outline_style", "solid"},
                                                      {"outline_width", number(outline.widthMm)},
                                                      {"outline_width_unit", "MM"},
                                                      {"style", "solid"}};
    xml.writeStartElement("layer");
    xml.writeAttribute("class", "SimpleFill");
    xml.writeAttribute("enabled", "1");
    xml.writeAttribute("locked", "0");
    xml.writeAttribute("pass", "0");
    xml.writeStartElement("Option");
    xml.writeAttribute("type", "Map");
    for (const auto& [name, value] : properties) {
        xml.writeEmptyElement("Option");
        xml.writeAttribute("type", "QString");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }
    xml.writeEndElement();
    for (const auto& [name, value] : properties) {
        xml.writeEmptyElement("prop");
        xml.writeAttribute("k", name);
        xml.writeAttribute("v", value);
    }
    xml.writeEndElement();
}

void writeSymbols(QXmlStreamWriter& xml, const std::vector<Range>& ranges, const LineStyle& outline) {
    xml.writeStartElement("symbols");
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        xml.writeStartElement("symbol");
        xml.writeAttribute("type", "fill");
        xml.writeAttribute("name", QString::number(i));
        xml.writeAttribute("alpha", "1");
        xml.writeAttribute("clip_to_extent", "1");
        xml.writeAttribute("force_rhr", "0");
        writeFillLayer(xml, ranges[i].colour, outline);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

std::string qml(const ThematicLayer& layer, const std::vector<Range>& ranges, const LineStyle& outline) {
    QString text;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.writeDTD("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>");
    xml.writeStartElement("qgis");
    xml.writeAttribute("version", "3.22.0");
    xml.writeAttribute("styleCategories", "Symbology");
    xml.writeStartElement("renderer-v2");
    xml.writeAttribute("type", "graduatedSymbol");
    xml.writeAttribute("attr", QString::fromStdString(layer.spec.figure));
    xml.writeAttribute("graduatedMethod", "GraduatedColor");
    xml.writeAttribute("symbollevels", "0");
    xml.writeAttribute("forceraster", "0");
    xml.writeAttribute("enableorderby", "0");
    xml.writeStartElement("ranges");
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        xml.writeEmptyElement("range");
        xml.writeAttribute("lower", number(ranges[i].lower));
        xml.writeAttribute("upper", number(ranges[i].upper));
        xml.writeAttribute("label", QString::fromStdString(ranges[i].label));
        xml.writeAttribute("symbol", QString::number(i));
        xml.writeAttribute("render", "true");
    }
    xml.writeEndElement();
    writeSymbols(xml, ranges, outline);
    xml.writeStartElement("classificationMethod");
    xml.writeAttribute("id", methodId(layer.spec));
    xml.writeEmptyElement("labelFormat");
    xml.writeAttribute("format", "%1 - %2");
    xml.writeAttribute("labelprecision", layer.integerValues ? "0" : "2");
    xml.writeAttribute("trimtrailingzeroes", "1");
    xml.writeEndElement();
    xml.writeEndElement(); // renderer-v2
    xml.writeTextElement("layerOpacity", "1");
    xml.writeEndElement(); // qgis
    xml.writeEndDocument();
    return text.toStdString();
}

void writeComparison(QXmlStreamWriter& xml, const char* operation, const QString& field, double value) {
    xml.writeStartElement(QStringLiteral("ogc:") + operation);
    xml.writeTextElement("ogc:PropertyName", field);
    xml.writeTextElement("ogc:Literal", number(value));
    xml.writeEndElement();
}

void writeSldRule(QXmlStreamWriter& xml, const Range& range, const QString& field, const LineStyle& outline) {
    xml.writeStartElement("se:Rule");
    xml.writeTextElement("se:Name", QString::fromStdString(range.label));
    xml.writeStartElement("ogc:Filter");
    if (range.zero) {
        writeComparison(xml, "PropertyIsEqualTo", field, 0);
    } else {
        xml.writeStartElement("ogc:And");
        writeComparison(xml, range.first ? "PropertyIsGreaterThanOrEqualTo" : "PropertyIsGreaterThan", field,
                        range.lower);
        writeComparison(xml, "PropertyIsLessThanOrEqualTo", field, range.upper);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement("se:PolygonSymbolizer");
    xml.writeStartElement("se:Fill");
    xml.writeStartElement("se:SvgParameter");
    xml.writeAttribute("name", "fill");
    xml.writeCharacters(range.colour.name());
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement("se:Stroke");
    for (const auto& [name, value] : {std::pair<QString, QString>{"stroke", outline.colour.name()},
                                      {"stroke-width", number(outline.widthMm / 25.4 * 96)}}) {
        xml.writeStartElement("se:SvgParameter");
        xml.writeAttribute("name", name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // se:Stroke
    xml.writeEndElement(); // se:PolygonSymbolizer
    xml.writeEndElement(); // se:Rule
}

// SLD 1.1 (Symbology Encoding), as QGIS exports a graduated layer; stroke widths in pixels at 96 dpi.
std::string sld(const ThematicLayer& layer, const std::vector<Range>& ranges, const LineStyle& outline) {
    QString text;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement("StyledLayerDescriptor");
    xml.writeAttribute("xmlns", "http://www.opengis.net/sld");
    xml.writeAttribute("xmlns:ogc", "http://www.opengis.net/ogc");
    xml.writeAttribute("xmlns:se", "http://www.opengis.net/se");
    xml.writeAttribute("version", "1.1.0");
    xml.writeStartElement("NamedLayer");
    const QString field = QString::fromStdString(layer.spec.figure);
    xml.writeTextElement("se:Name", field);
    xml.writeStartElement("UserStyle");
    xml.writeTextElement("se:Name", field);
    xml.writeStartElement("se:FeatureTypeStyle");
    for (const Range& range : ranges) {
        writeSldRule(xml, range, field, outline);
    }
    xml.writeEndDocument();
    return text.toStdString();
}

} // namespace

QgisStyleTexts qgisGraduatedStyle(const ThematicLayer& layer, const std::vector<UnitId>& units,
                                  const MapStyle& style, const std::string& language) {
    const std::vector<Range> ranges = rangesOf(layer, units, style, language);
    const LineStyle& outline = outlineOf(style, layer.spec.level);
    return {qml(layer, ranges, outline), sld(layer, ranges, outline)};
}

QgisLayerStyle coverageLayerStyle(const AdminTree& tree, const CoverageTable& coverage, AdminLevel level,
                                  ThematicSpec spec, const MapStyle& style, const std::string& language,
                                  const std::string& layerName) {
    spec.kind = MapKind::Choropleth;
    spec.level = level;
    spec.classesWithin = kNoUnit;
    const ThematicLayer layer = prepareThematic(tree, coverage, spec, style);
    QgisStyleTexts texts = qgisGraduatedStyle(layer, tree.level(level), style, language);
    QgisLayerStyle result;
    result.layer = layerName;
    result.name = "couverture_" + spec.figure;
    result.name.resize(std::min<std::size_t>(result.name.size(), 30));
    result.qml = std::move(texts.qml);
    result.sld = std::move(texts.sld);
    const std::string title = style.textOr(language, "legend_titles." + spec.figure, spec.figure);
    result.description = title + " (" + std::string(classMethodKey(*layer.spec.method)) + ", " +
                         std::to_string(layer.colours.size()) + " classes, " + layer.spec.palette + ")";
    return result;
}

} // namespace couverture::render
