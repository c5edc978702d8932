#pragma once
// What a map shows: a coverage figure classed into colours (choropleth), the main sector per unit
// (categorical), or people targeted/reached as proportional circles, prepared once per map.

#include "core/coverage.h"
#include "render/classification.h"
#include "render/map_scene.h"
#include "render/map_style.h"

#include <QColor>
#include <optional>
#include <string>
#include <vector>

namespace couverture::render {

enum class MapKind { Choropleth, Categories, Symbols };
std::string_view mapKindKey(MapKind kind); // "choropleth", "categories", "symbols"
bool parseMapKind(std::string_view text, MapKind& kind);

struct ThematicSpec {
    MapKind kind = MapKind::Choropleth;
    AdminLevel level = AdminLevel::Commune; // the units coloured (or carrying circles)
    // A core::coverageFigure name ("organisations", "people_reached", ...). Categories ignore it (they map
    // UnitCoverage::mainSector); Symbols default to "people_reached" when left at "organisations".
    std::string figure = "organisations";
    std::optional<ClassMethod> method; // unset: the style's default
    int classes = 0;                   // 0: the style's default
    std::vector<double> manualBreaks;  // ClassMethod::Manual: inner bounds
    std::string palette;               // empty: the style's default (sequential or categorical)
    bool hatchCoarserOnly = true; // hatch units with presence only at a coarser level and none of their own
    // Choropleths: compute the classes on the units inside this one only (an atlas page's own classes);
    // kNoUnit: on every unit of the level (national classes).
    UnitId classesWithin = kNoUnit;
};

// unitClass values besides a class or category index.
inline constexpr int kNotMapped = -1;   // not at the map's level (or no geometry)
inline constexpr int kZeroClass = -2;   // the figure is 0 (categories: no activity)
inline constexpr int kNoDataClass = -3; // no figure (people figures not reported)

struct ThematicLayer {
    ThematicSpec spec; // with the style's defaults filled in
    // Choropleth: class bounds (see classification.h) and one colour per class; categories: one colour per
    // category (the last one may stand for "other" when there are more categories than colours).
    std::vector<double> breaks;
    std::vector<QColor> colours;
    std::vector<std::string> categories; // Categories: names, most frequent first; "" = "other"
    bool integerValues = true;           // every value classed is a whole number (labels "3 – 5")
    // Indexed by UnitId (size == scene.size()).
    std::vector<int> unitClass;
    std::vector<double> values; // NaN when none
    std::vector<char> hatched;  // 1 = coarser-only presence
    double maxValue = 0;        // Symbols: largest value (circle scaling)
};

// Classes the coverage table's figure at spec.level. Breaks are computed over every unit of the level (so
// atlas pages share one legend scale), or over those inside spec.classesWithin. Units whose figure is 0
// get kZeroClass and are left out of the classing; units without a figure get kNoDataClass. Throws
// InputError for an unknown figure or palette, or a class count the palette does not have.
ThematicLayer prepareThematic(const MapScene& scene, const CoverageTable& coverage, const ThematicSpec& spec,
                              const MapStyle& style);

// The same classes from the tree alone, without projecting a scene (a GeoPackage's style): choropleths
// only (InputError otherwise). Units are indexed by the tree's UnitIds, as a scene of that tree indexes them.
ThematicLayer prepareThematic(const AdminTree& tree, const CoverageTable& coverage, const ThematicSpec& spec,
                              const MapStyle& style);

// Same from plain values by UnitId (benchmarks, tests, figures that are not coverage figures), with
// optional hatching flags by UnitId (empty = none). Categories need prepareThematic with a table.
ThematicLayer prepareThematic(const MapScene& scene, const std::vector<std::optional<double>>& valuesByUnit,
                              const std::vector<bool>& hatchedByUnit, const ThematicSpec& spec,
                              const MapStyle& style);

enum class LegendKind { Class, Zero, NoData, CoarserOnly, Category, Symbol };

struct LegendEntry {
    LegendKind kind = LegendKind::Class;
    QColor colour;            // swatch (Symbol: circle fill)
    std::string label;        // as printed, in the page's language
    int count = 0;            // units on the page in this entry
    int index = -1;           // class or category index
    double low = 0, high = 0; // class bounds (Class); value (Symbol)
};

// The label of choropleth class `index` (0 .. colours.size()-1) as legends print it: "3 – 5", "1".
std::string classLabel(const ThematicLayer& layer, int index, const MapStyle& style,
                       const std::string& language);

// The legend of one page: only the entries present among `units` (the units the page shows as data), each
// with its number of units; classes first (ascending), then zero, no data and the hatching.
std::vector<LegendEntry> legendEntries(const ThematicLayer& layer, const std::vector<UnitId>& units,
                                       const MapStyle& style, const std::string& language);

// Number formatting in the style's language: thousands and decimal separators from the style texts.
std::string formatNumber(double value, int decimals, const MapStyle& style, const std::string& language);

} // namespace couverture::render
