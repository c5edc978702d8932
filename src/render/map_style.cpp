#include "render/map_style.h"

#include "core/install_paths.h"
#include "core/texts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdlib>
#include <set>

namespace couverture::render {
namespace {

// Reads typed values out of the merged JSON; every wrong type is an InputError naming the key.
class Reader {
public:
    explicit Reader(std::string origin) : origin_(std::move(origin)) {}

    QJsonObject object(const QJsonObject& parent, const char* key, const std::string& where) const {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined()) {
            return {};
        }
        if (!value.isObject()) {
            fail(where + key, translate("Render", "must be an object"));
        }
        return value.toObject();
    }
    void number(const QJsonObject& parent, const char* key, const std::string& where, double& out) const {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined()) {
            return;
        }
        if (!value.isDouble()) {
            fail(where + key, translate("Render", "must be a number"));
        }
        out = value.toDouble();
    }
    void integer(const QJsonObject& parent, const char* key, const std::string& where, int& out) const {
        double value = out;
        number(parent, key, where, value);
        out = static_cast<int>(value);
    }
    void boolean(const QJsonObject& parent, const char* key, const std::string& where, bool& out) const {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined()) {
            return;
        }
        if (!value.isBool()) {
            fail(where + key, translate("Render", "must be true or false"));
        }
        out = value.toBool();
    }
    void string(const QJsonObject& parent, const char* key, const std::string& where,
                std::string& out) const {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined()) {
            return;
        }
        if (!value.isString()) {
            fail(where + key, translate("Render", "must be a string"));
        }
        out = value.toString().toStdString();
    }
    void colour(const QJsonObject& parent, const char* key, const std::string& where, QColor& out) const {
        std::string text;
        string(parent, key, where, text);
        if (text.empty()) {
            return;
        }
        // "#rrggbb", "#aarrggbb" (alpha first, as Qt reads it) or an SVG colour name.
        QColor colour = QColor::fromString(QString::fromStdString(text));
        if (!colour.isValid()) {
            fail(where + key,
                 fill(translate("Render", "is not a colour ('%1'; use #rrggbb or #aarrggbb)"), {text}));
        }
        out = colour;
    }
    void line(const QJsonObject& parent, const char* key, const std::string& where, LineStyle& out) const {
        const QJsonObject object = this->object(parent, key, where);
        const std::string at = where + key + ".";
        colour(object, "colour", at, out.colour);
        number(object, "width_mm", at, out.widthMm);
    }
    void label(const QJsonObject& parent, const char* key, const std::string& where, LabelStyle& out) const {
        const QJsonObject object = this->object(parent, key, where);
        const std::string at = where + key + ".";
        number(object, "size_pt", at, out.sizePt);
        boolean(object, "bold", at, out.bold);
        boolean(object, "italic", at, out.italic);
        boolean(object, "uppercase", at, out.uppercase);
        number(object, "letter_spacing_percent", at, out.letterSpacingPercent);
        colour(object, "colour", at, out.colour);
    }
    [[noreturn]] void fail(const std::string& key, const std::string& reason) const {
        throwInputError(origin_, key, 0, fill(translate("Render", "style key '%1' %2"), {key, reason}));
    }

private:
    std::string origin_;
};

QJsonObject merged(QJsonObject base, const QJsonObject& over) {
    for (auto it = over.begin(); it != over.end(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject()) {
            base.insert(it.key(), merged(base.value(it.key()).toObject(), it.value().toObject()));
        } else {
            base.insert(it.key(), it.value());
        }
    }
    return base;
}

QJsonObject readJson(const QByteArray& bytes, const std::string& origin) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (document.isNull()) {
        throwInputError(origin, {}, 0,
                        fill(translate("Render", "not valid JSON at offset %1: %2"),
                             {std::to_string(error.offset), error.errorString().toStdString()}));
    }
    if (!document.isObject()) {
        throwInputError(origin, {}, 0, translate("Render", "a style must be a JSON object"));
    }
    return document.object();
}

QJsonObject readJsonFile(const std::string& path) {
    // A FIFO or a device (/dev/zero) would be read for ever.
    if (const QFileInfo info(QString::fromStdString(path)); info.exists() && !info.isFile()) {
        throwInputError(path, {}, 0,
                        translate("Problem",
                                  "not a regular file (a named pipe, device or socket): give a file "
                                  "saved on disk"));
    }
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly)) {
        throwInputError(
            path, {}, 0,
            fill(translate("Render", "cannot read the style file: %1"), {file.errorString().toStdString()}));
    }
    return readJson(file.readAll(), path);
}

void flatten(const QJsonObject& object, const std::string& prefix, std::map<std::string, std::string>& out,
             const Reader& reader) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::string key = prefix + it.key().toStdString();
        if (it.value().isObject()) {
            flatten(it.value().toObject(), key + ".", out, reader);
        } else if (it.value().isString()) {
            out[key] = it.value().toString().toStdString();
        } else {
            reader.fail("texts." + key, translate("Render", "must be a string"));
        }
    }
}

MapStyle build(const QJsonObject& root, const std::string& origin) {
    Reader reader(origin);
    MapStyle style;
    style.path = origin;
    reader.string(root, "name", "", style.name);

    const QJsonObject page = reader.object(root, "page", "");
    reader.string(page, "size", "page.", style.pageSize);
    reader.string(page, "orientation", "page.", style.orientation);
    if (style.pageSize != "A4" && style.pageSize != "A3") {
        reader.fail("page.size", translate("Render", "must be \"A4\" or \"A3\""));
    }
    if (style.orientation != "landscape" && style.orientation != "portrait") {
        reader.fail("page.orientation", translate("Render", "must be \"landscape\" or \"portrait\""));
    }

    const QJsonObject layout = reader.object(root, "layout", "");
    reader.number(layout, "margin_mm", "layout.", style.layout.marginMm);
    reader.number(layout, "header_mm", "layout.", style.layout.headerMm);
    reader.number(layout, "footer_mm", "layout.", style.layout.footerMm);
    reader.number(layout, "panel_mm", "layout.", style.layout.panelMm);
    reader.number(layout, "gap_mm", "layout.", style.layout.gapMm);
    reader.number(layout, "inset_mm", "layout.", style.layout.insetMm);
    reader.number(layout, "frame_padding", "layout.", style.layout.framePadding);

    const QJsonObject fonts = reader.object(root, "fonts", "");
    reader.string(fonts, "directory", "fonts.", style.fonts.directory);
    if (!style.fonts.directory.empty() &&
        QFileInfo(QString::fromStdString(style.fonts.directory)).isRelative() && !origin.empty()) {
        style.fonts.directory = QFileInfo(QString::fromStdString(origin))
                                    .dir()
                                    .filePath(QString::fromStdString(style.fonts.directory))
                                    .toStdString();
    }
    if (fonts.value(QLatin1String("files")).isArray()) {
        style.fonts.files.clear();
        for (const QJsonValue& file : fonts.value(QLatin1String("files")).toArray()) {
            if (!file.isString()) {
                reader.fail("fonts.files", translate("Render", "must be a list of file names"));
            }
            style.fonts.files.push_back(file.toString().toStdString());
        }
    }
    reader.string(fonts, "family", "fonts.", style.fonts.family);
    reader.string(fonts, "label_family", "fonts.", style.fonts.labelFamily);
    reader.number(fonts, "title_pt", "fonts.", style.fonts.titlePt);
    reader.number(fonts, "subtitle_pt", "fonts.", style.fonts.subtitlePt);
    reader.number(fonts, "legend_title_pt", "fonts.", style.fonts.legendTitlePt);
    reader.number(fonts, "legend_pt", "fonts.", style.fonts.legendPt);
    reader.number(fonts, "footer_pt", "fonts.", style.fonts.footerPt);
    reader.number(fonts, "disclaimer_pt", "fonts.", style.fonts.disclaimerPt);
    reader.number(fonts, "scale_pt", "fonts.", style.fonts.scalePt);
    reader.number(fonts, "north_pt", "fonts.", style.fonts.northPt);
    reader.number(fonts, "inset_pt", "fonts.", style.fonts.insetPt);

    const QJsonObject colours = reader.object(root, "colours", "");
    reader.colour(colours, "page", "colours.", style.pageColour);
    reader.colour(colours, "text", "colours.", style.textColour);
    reader.colour(colours, "muted_text", "colours.", style.mutedTextColour);
    reader.colour(colours, "accent", "colours.", style.accentColour);
    reader.colour(colours, "frame", "colours.", style.frameColour);
    reader.colour(colours, "map_background", "colours.", style.mapBackground);
    reader.colour(colours, "zero", "colours.", style.zeroColour);
    reader.colour(colours, "no_data", "colours.", style.noDataColour);
    reader.colour(colours, "no_data_pattern", "colours.", style.noDataPatternColour);
    reader.colour(colours, "neighbour_fill", "colours.", style.neighbourFill);
    reader.colour(colours, "country_fill", "colours.", style.countryFill);
    reader.colour(colours, "symbol_base_fill", "colours.", style.symbolBaseFill);

    const QJsonObject lines = reader.object(root, "lines", "");
    reader.line(lines, "commune", "lines.", style.commune);
    reader.line(lines, "cercle", "lines.", style.cercle);
    reader.line(lines, "region", "lines.", style.region);
    reader.line(lines, "country", "lines.", style.country);
    reader.line(lines, "neighbour", "lines.", style.neighbour);
    reader.line(lines, "countries", "lines.", style.countryOutline);
    reader.line(lines, "focus", "lines.", style.focus);
    reader.line(lines, "hatch", "lines.", style.hatch);

    const QJsonObject patterns = reader.object(root, "patterns", "");
    reader.number(patterns, "hatch_spacing_mm", "patterns.", style.hatchSpacingMm);
    reader.number(patterns, "no_data_spacing_mm", "patterns.", style.noDataPatternSpacingMm);

    const QJsonObject labels = reader.object(root, "labels", "");
    reader.label(labels, "region", "labels.", style.regionLabel);
    reader.label(labels, "cercle", "labels.", style.cercleLabel);
    reader.label(labels, "commune", "labels.", style.communeLabel);
    reader.colour(labels, "neighbour_colour", "labels.", style.neighbourLabelColour);
    reader.colour(labels, "country_colour", "labels.", style.countryLabelColour);
    reader.colour(labels, "halo_colour", "labels.", style.haloColour);
    reader.number(labels, "halo_mm", "labels.", style.haloMm);
    reader.number(labels, "padding_mm", "labels.", style.labelPaddingMm);

    const QJsonObject symbols = reader.object(root, "symbols", "");
    reader.colour(symbols, "fill", "symbols.", style.symbolFill);
    reader.colour(symbols, "outline", "symbols.", style.symbolOutline);
    reader.number(symbols, "max_radius_mm", "symbols.", style.symbolMaxRadiusMm);
    reader.number(symbols, "min_radius_mm", "symbols.", style.symbolMinRadiusMm);

    const QJsonObject inset = reader.object(root, "inset", "");
    reader.colour(inset, "fill", "inset.", style.insetFill);
    reader.colour(inset, "outline", "inset.", style.insetOutline);
    reader.colour(inset, "highlight", "inset.", style.insetHighlight);

    const QJsonObject defaults = reader.object(root, "defaults", "");
    reader.string(defaults, "palette", "defaults.", style.palette);
    reader.integer(defaults, "classes", "defaults.", style.classes);
    reader.string(defaults, "method", "defaults.", style.method);
    reader.string(defaults, "categorical_palette", "defaults.", style.categoricalPalette);
    reader.integer(defaults, "max_categories", "defaults.", style.maxCategories);

    const QJsonObject texts = reader.object(root, "texts", "");
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (!it.value().isObject()) {
            reader.fail("texts." + it.key().toStdString(), translate("Render", "must be an object of texts"));
        }
        flatten(it.value().toObject(), {}, style.texts[it.key().toStdString()], reader);
    }
    if (style.texts.empty()) {
        reader.fail("texts", translate("Render", "must hold at least one language"));
    }
    // Every language must say everything: a French map may never fall back to an English text.
    std::set<std::string> keys;
    for (const auto& [language, values] : style.texts) {
        for (const auto& [key, value] : values) {
            keys.insert(key);
        }
    }
    for (const auto& [language, values] : style.texts) {
        for (const std::string& key : keys) {
            if (values.find(key) == values.end()) {
                reader.fail("texts." + language + "." + key,
                            translate("Render", "is missing (the other languages define it)"));
            }
        }
    }
    return style;
}

} // namespace

std::vector<std::string> MapStyle::languages() const {
    std::vector<std::string> list;
    for (const auto& [language, values] : texts) {
        list.push_back(language);
    }
    return list;
}

bool MapStyle::hasLanguage(const std::string& language) const {
    return texts.find(language) != texts.end();
}

const std::string& MapStyle::text(const std::string& language, const std::string& key) const {
    auto found = texts.find(language);
    if (found == texts.end()) {
        throwInputError(path, "texts", 0,
                        fill(translate("Render", "the style has no texts in language '%1'"), {language}));
    }
    auto value = found->second.find(key);
    if (value == found->second.end()) {
        throwInputError(path, "texts." + language + "." + key, 0,
                        fill(translate("Render", "the style has no text '%1'"), {key}));
    }
    return value->second;
}

std::string MapStyle::textOr(const std::string& language, const std::string& key,
                             const std::string& fallback) const {
    auto found = texts.find(language);
    if (found == texts.end()) {
        return fallback;
    }
    auto value = found->second.find(key);
    return value == found->second.end() ? fallback : value->second;
}

std::string stylesDirectory() {
    return projectFolder("COUVERTURE_STYLES_DIR", "styles", "default.json", COUVERTURE_STYLES_DIR);
}

std::string defaultStylePath() {
    return stylesDirectory() + "/default.json";
}

MapStyle loadMapStyle(const std::string& path) {
    const std::string defaultPath = defaultStylePath();
    QJsonObject root = readJsonFile(defaultPath);
    std::string origin = defaultPath;
    if (!path.empty()) {
        std::string file = path;
        if (file.find('/') == std::string::npos && file.find('.') == std::string::npos) {
            file = stylesDirectory() + "/" + file + ".json";
        }
        if (QFileInfo(QString::fromStdString(file)).canonicalFilePath() !=
            QFileInfo(QString::fromStdString(defaultPath)).canonicalFilePath()) {
            root = merged(root, readJsonFile(file));
            origin = file;
        }
    }
    return build(root, origin);
}

MapStyle parseMapStyle(const std::string& json, const std::string& origin) {
    const QJsonObject root =
        merged(readJsonFile(defaultStylePath()), readJson(QByteArray::fromStdString(json), origin));
    return build(root, origin);
}

std::string frenchElision(const std::string& text) {
    // "de" before a vowel sound becomes "d'": the names' first letters, accented or not (a "Y" stays:
    // Yélimané sounds a consonant).
    static const std::vector<std::string> vowels{"A", "E", "I", "O", "U", "É", "È", "Ê", "Î", "Ô",
                                                 "a", "e", "i", "o", "u", "é", "è", "ê", "î", "ô"};
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const bool wordStart = i == 0 || text[i - 1] == ' ' || text[i - 1] == '(';
        if (wordStart && (text.compare(i, 3, "de ") == 0 || text.compare(i, 3, "De ") == 0)) {
            const bool vowel = std::any_of(vowels.begin(), vowels.end(), [&](const std::string& v) {
                return text.compare(i + 3, v.size(), v) == 0;
            });
            if (vowel) {
                out += text[i] == 'D' ? "D'" : "d'";
                i += 3;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

std::string fillPlaceholders(std::string text, const std::map<std::string, std::string>& values) {
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t open = text.find('{', at);
        if (open == std::string::npos) {
            out.append(text, at, std::string::npos);
            break;
        }
        const std::size_t close = text.find('}', open);
        if (close == std::string::npos) {
            out.append(text, at, std::string::npos);
            break;
        }
        out.append(text, at, open - at);
        const std::string name = text.substr(open + 1, close - open - 1);
        auto found = values.find(name);
        if (found != values.end()) {
            out += found->second;
        } else {
            out.append(text, open, close - open + 1);
        }
        at = close + 1;
    }
    return out;
}

const LineStyle& lineOf(const MapStyle& style, AdminLevel level) {
    switch (level) {
    case AdminLevel::Country:
        return style.country;
    case AdminLevel::Region:
        return style.region;
    case AdminLevel::Cercle:
        return style.cercle;
    case AdminLevel::Commune:
        return style.commune;
    }
    return style.commune;
}

} // namespace couverture::render
