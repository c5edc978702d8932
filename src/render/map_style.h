#pragma once
// Map styles and page templates as data: styles/*.json (keys documented in styles/README.md).
//
// A user style only needs the keys it changes: it is merged over styles/default.json, object by object.
// Every text on a map comes from the style's "texts" object, one object per language ({"fr": {...},
// "en": {...}}); a language must define every key the others define.

#include "core/admin_tree.h"
#include "core/problem.h"

#include <QColor>
#include <map>
#include <string>
#include <vector>

class QJsonObject;

namespace couverture::render {

struct LineStyle {
    QColor colour{Qt::black};
    double widthMm = 0.1;
};

struct LabelStyle {
    double sizePt = 7;
    bool bold = false;
    bool italic = false;
    bool uppercase = false;
    double letterSpacingPercent = 100; // QFont::PercentageSpacing
    QColor colour{Qt::black};
};

// Where the page's parts go; millimetres. The frame, panel and footer follow from these and the page size.
struct LayoutStyle {
    double marginMm = 8;
    double headerMm = 17;
    double footerMm = 15;
    double panelMm = 66; // side panel width (landscape) or bottom panel height (portrait)
    double gapMm = 3;
    double insetMm = 40;        // inset height (landscape) or width (portrait)
    double framePadding = 0.04; // share of the mapped extent left around it inside the frame
};

struct FontStyle {
    std::string directory;          // where the font files are (absolute, or relative to the style file)
    std::vector<std::string> files; // loaded with QFontDatabase::addApplicationFont
    std::string family = "DejaVu Sans";
    std::string labelFamily = "DejaVu Sans Condensed";
    double titlePt = 16, subtitlePt = 10, legendTitlePt = 8.5, legendPt = 7.5, footerPt = 6.5,
           disclaimerPt = 6, scalePt = 6.5, northPt = 9, insetPt = 6;
};

struct MapStyle {
    std::string name;
    std::string path; // the file it was read from ("" for the built-in path)

    std::string pageSize = "A4";           // "A4" or "A3"
    std::string orientation = "landscape"; // "landscape" or "portrait"
    LayoutStyle layout;
    FontStyle fonts;

    // Colours of the page and the map.
    QColor pageColour{Qt::white}, textColour{0x22, 0x22, 0x22}, mutedTextColour{0x66, 0x66, 0x66},
        accentColour{0x1f, 0x5a, 0x96}, frameColour{0x80, 0x80, 0x80}, mapBackground{Qt::white};
    QColor zeroColour{0xe0, 0xe0, 0xe0};          // a figure of zero: a neutral, never a palette colour
    QColor noDataColour{Qt::white};               // no figure at all
    QColor noDataPatternColour{0xa0, 0xa0, 0xa0}; // cross-hatch over the no-data fill
    QColor neighbourFill{0xf3, 0xf3, 0xf3};       // atlas pages: units around the page's unit
    QColor symbolBaseFill{0xf4, 0xf4, 0xf4};      // proportional symbol maps: the units under the circles
    QColor countryFill{0xeb, 0xeb, 0xeb};         // neighbouring countries (Natural Earth)
    LineStyle countryOutline{QColor(0xb4, 0xb4, 0xb4), 0.2};
    QColor countryLabelColour{0x8c, 0x8c, 0x8c};

    LineStyle commune, cercle, region, country, neighbour, focus;
    LineStyle hatch; // presence known only at a coarser level
    double hatchSpacingMm = 1.2;
    double noDataPatternSpacingMm = 1.6;

    LabelStyle regionLabel, cercleLabel, communeLabel;
    QColor neighbourLabelColour{0x80, 0x80, 0x80};
    QColor haloColour{Qt::white};
    double haloMm = 0.45;
    double labelPaddingMm = 0.6; // kept clear around every label

    QColor symbolFill{0xe6, 0x55, 0x0d, 0xc0}, symbolOutline{Qt::white};
    double symbolMaxRadiusMm = 9, symbolMinRadiusMm = 0.5;

    QColor insetFill{0xe6, 0xe6, 0xe6}, insetOutline{0x70, 0x70, 0x70}, insetHighlight{0xd7, 0x30, 0x1f};

    // Defaults for what the options leave open.
    std::string palette = "YlGnBu";
    int classes = 5;
    std::string method = "quantiles";
    std::string categoricalPalette = "Set3";
    int maxCategories = 12;

    // texts[language][key]; nested objects are flattened with dots ("figures.organisations").
    std::map<std::string, std::map<std::string, std::string>> texts;

    std::vector<std::string> languages() const;
    bool hasLanguage(const std::string& language) const;
    // The text of `key` in `language`; throws InputError naming the style file when it is missing.
    const std::string& text(const std::string& language, const std::string& key) const;
    // Same, "" when missing (for optional keys such as a figure without a name).
    std::string textOr(const std::string& language, const std::string& key,
                       const std::string& fallback) const;
};

// The folder of the project's styles: $COUVERTURE_STYLES_DIR, else the installed program's
// (<prefix>/share/couverture/styles), else the source tree's styles/ (core/install_paths.h).
std::string stylesDirectory();
std::string defaultStylePath(); // stylesDirectory()/default.json

// Reads a style: `path` merged over default.json (path empty or the default itself: the default alone).
// A bare name such as "ocha" means stylesDirectory()/ocha.json. Throws InputError (file, key, reason) when a
// file cannot be read, is not JSON, has a value of the wrong type, or a language lacks a key.
MapStyle loadMapStyle(const std::string& path = {});

// Same, from JSON text (merged over default.json); `origin` names it in errors.
MapStyle parseMapStyle(const std::string& json, const std::string& origin);

// The outline style of a level's boundaries.
const LineStyle& lineOf(const MapStyle& style, AdminLevel level);

// French elision: "Cercle de Ansongo" -> "Cercle d'Ansongo" ("de" before a vowel, accented or not).
std::string frenchElision(const std::string& text);

// Replaces {name} placeholders by their values; unknown placeholders are left as they are.
std::string fillPlaceholders(std::string text, const std::map<std::string, std::string>& values);

} // namespace couverture::render
