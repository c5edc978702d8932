#include "render/thematic.h"

#include "core/sector_dictionary.h"
#include "core/texts.h"
#include "render/palettes.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>

namespace couverture::render {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

ThematicSpec resolved(ThematicSpec spec, const MapStyle& style) {
    if (!spec.method) {
        ClassMethod method = ClassMethod::Quantiles;
        if (!parseClassMethod(style.method, method)) {
            throwInputError(style.path, "defaults.method", 0,
                            fill(translate("Render", "unknown classification method '%1' (quantiles, equal, "
                                                     "jenks, manual)"),
                                 {style.method}));
        }
        spec.method = method;
    }
    if (spec.classes <= 0) {
        spec.classes = spec.kind == MapKind::Categories ? style.maxCategories : style.classes;
    }
    if (spec.palette.empty()) {
        spec.palette = spec.kind == MapKind::Categories ? style.categoricalPalette : style.palette;
    }
    if (spec.kind == MapKind::Symbols && spec.figure == "organisations") {
        spec.figure = "people_reached";
    }
    return spec;
}

const PaletteInfo& checkedPalette(const ThematicSpec& spec) {
    const PaletteInfo* palette = findPalette(spec.palette);
    if (palette == nullptr) {
        std::string names;
        for (const PaletteInfo& info : palettes()) {
            names += (names.empty() ? "" : ", ") + std::string(info.name);
        }
        throwInputError(
            {}, "palette", 0,
            fill(translate("Render", "unknown palette '%1' (one of: %2)"), {spec.palette, names}));
    }
    return *palette;
}

void checkClassCount(const ThematicSpec& spec, const PaletteInfo& palette) {
    if (spec.classes < 1 || spec.classes > palette.maxClasses) {
        throwInputError({}, "classes", 0,
                        "palette " + std::string(palette.name) + " has " +
                            std::to_string(palette.minClasses) + " to " + std::to_string(palette.maxClasses) +
                            " classes; " + std::to_string(spec.classes) + " asked");
    }
}

// Qualitative colours in the palette's order, leaving out any that could pass for the zero or no-data
// colour (Set3's grey #d9d9d9 next to the zero grey #e0e0e0); at most `count`.
std::vector<QColor> categoryColours(const std::string& palette, int count, const MapStyle& style) {
    const PaletteInfo* info = findPalette(palette);
    if (info == nullptr || count < 1) {
        return {};
    }
    auto close = [](const QColor& a, const QColor& b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) <
               48;
    };
    std::vector<QColor> colours;
    for (const QColor& colour : paletteColours(palette, info->maxClasses)) {
        if (!close(colour, style.zeroColour) && !close(colour, style.noDataColour) &&
            static_cast<int>(colours.size()) < count) {
            colours.push_back(colour);
        }
    }
    return colours;
}

bool isWhole(double value) {
    return std::fabs(value - std::round(value)) < 1e-9;
}

// The units a layer covers: how many ids there are, those at the map's level, and which of them the
// classes are computed on (all of them, or an atlas page's own). A scene or a bare tree can give them.
struct UnitUniverse {
    std::size_t size = 0;
    std::vector<UnitId> atLevel;
    std::function<bool(UnitId)> classed; // empty: every unit at the level
};

ThematicLayer classify(const UnitUniverse& units, const std::vector<std::optional<double>>& valuesByUnit,
                       const std::vector<bool>& hatchedByUnit, const ThematicSpec& spec) {
    ThematicLayer layer;
    layer.spec = spec;
    layer.unitClass.assign(units.size, kNotMapped);
    layer.values.assign(units.size, kNaN);
    layer.hatched.assign(units.size, 0);
    std::vector<double> classed;
    for (UnitId id : units.atLevel) {
        const auto index = static_cast<std::size_t>(id);
        const double value = index < valuesByUnit.size() && valuesByUnit[index] ? *valuesByUnit[index] : kNaN;
        if (index < hatchedByUnit.size() && hatchedByUnit[index] && spec.hatchCoarserOnly) {
            layer.hatched[index] = 1;
        }
        if (std::isnan(value)) {
            layer.unitClass[index] = kNoDataClass;
            continue;
        }
        layer.values[index] = value;
        if (value == 0) {
            layer.unitClass[index] = kZeroClass;
            continue;
        }
        if (units.classed && !units.classed(id)) {
            continue;
        }
        classed.push_back(value);
        layer.integerValues = layer.integerValues && isWhole(value);
        layer.maxValue = std::max(layer.maxValue, value);
    }
    if (spec.kind == MapKind::Symbols) {
        for (UnitId id : units.atLevel) {
            const auto index = static_cast<std::size_t>(id);
            if (layer.unitClass[index] == kNotMapped) {
                layer.unitClass[index] = 0;
            }
        }
        return layer;
    }
    const PaletteInfo& palette = checkedPalette(spec);
    checkClassCount(spec, palette);
    layer.breaks = classBreaks(classed, *spec.method, spec.classes, spec.manualBreaks);
    const int classes = static_cast<int>(layer.breaks.size()) - 1;
    if (classes >= 1) {
        layer.colours = paletteColoursAtMost(spec.palette, classes);
    }
    for (UnitId id : units.atLevel) {
        const auto index = static_cast<std::size_t>(id);
        if (layer.unitClass[index] == kNotMapped) {
            layer.unitClass[index] = classOf(layer.values[index], layer.breaks);
        }
    }
    return layer;
}

UnitUniverse universeOf(const MapScene& scene, const ThematicSpec& spec) {
    UnitUniverse units{scene.size(), scene.level(spec.level), {}};
    if (spec.classesWithin != kNoUnit) {
        units.classed = [&scene, within = spec.classesWithin](UnitId id) {
            return scene.isWithin(id, within);
        };
    }
    return units;
}

// Like a scene of the tree: the units with geometry only.
UnitUniverse universeOf(const AdminTree& tree, const ThematicSpec& spec) {
    UnitUniverse units{tree.size(), {}, {}};
    for (UnitId id : tree.level(spec.level)) {
        if (tree.unit(id).geometry) {
            units.atLevel.push_back(id);
        }
    }
    if (spec.classesWithin != kNoUnit) {
        units.classed = [&tree, within = spec.classesWithin](UnitId id) { return tree.isWithin(id, within); };
    }
    return units;
}

void requireCoverageFigure(const std::string& figure) {
    const std::vector<std::string> names = coverageFigureNames();
    if (std::find(names.begin(), names.end(), figure) == names.end()) {
        std::string list;
        for (const std::string& name : names) {
            list += (list.empty() ? "" : ", ") + name;
        }
        throwInputError(
            {}, "figure", 0,
            fill(translate("Render", "unknown coverage figure '%1' (one of: %2)"), {figure, list}));
    }
}

// The figure of every unit at the map's level, by UnitId.
std::vector<std::optional<double>> figureValues(const CoverageTable& coverage, const UnitUniverse& units,
                                                const std::string& figure) {
    std::vector<std::optional<double>> values(units.size);
    for (UnitId id : units.atLevel) {
        const auto index = static_cast<std::size_t>(id);
        if (index < coverage.units.size()) {
            values[index] = coverageFigure(coverage.units[index], figure);
        }
    }
    return values;
}

std::vector<bool> coarserOnly(std::size_t size, const CoverageTable& coverage) {
    std::vector<bool> hatched(size, false);
    for (std::size_t i = 0; i < coverage.units.size() && i < hatched.size(); ++i) {
        const UnitCoverage& unit = coverage.units[i];
        hatched[i] = unit.organisationsCoarserOnly > 0 && unit.organisations == 0;
    }
    return hatched;
}

} // namespace

std::string_view mapKindKey(MapKind kind) {
    switch (kind) {
    case MapKind::Choropleth:
        return "choropleth";
    case MapKind::Categories:
        return "categories";
    case MapKind::Symbols:
        return "symbols";
    }
    return "choropleth";
}

bool parseMapKind(std::string_view text, MapKind& kind) {
    if (text == "choropleth") {
        kind = MapKind::Choropleth;
    } else if (text == "categories" || text == "categorical" || text == "sector") {
        kind = MapKind::Categories;
    } else if (text == "symbols" || text == "proportional") {
        kind = MapKind::Symbols;
    } else {
        return false;
    }
    return true;
}

ThematicLayer prepareThematic(const MapScene& scene, const std::vector<std::optional<double>>& valuesByUnit,
                              const std::vector<bool>& hatchedByUnit, const ThematicSpec& spec,
                              const MapStyle& style) {
    const ThematicSpec full = resolved(spec, style);
    if (full.kind == MapKind::Categories) {
        throwInputError(
            {}, "map", 0,
            translate("Render", "a categorical map needs a coverage table (main sector per unit)"));
    }
    return classify(universeOf(scene, full), valuesByUnit, hatchedByUnit, full);
}

ThematicLayer prepareThematic(const MapScene& scene, const CoverageTable& coverage, const ThematicSpec& spec,
                              const MapStyle& style) {
    const ThematicSpec full = resolved(spec, style);
    if (full.kind != MapKind::Categories) {
        requireCoverageFigure(full.figure);
        const UnitUniverse units = universeOf(scene, full);
        return classify(units, figureValues(coverage, units, full.figure),
                        coarserOnly(scene.size(), coverage), full);
    }

    // Categories: the main sector, most frequent first; beyond the palette's colours, "other".
    const PaletteInfo& palette = checkedPalette(full);
    if (palette.kind != PaletteKind::Qualitative) {
        throwInputError(
            {}, "palette", 0,
            fill(translate("Render", "a categorical map needs a qualitative palette (Set3, Paired, "
                                     "Set2, Dark2), not %1"),
                 {std::string(palette.name)}));
    }
    ThematicLayer layer;
    layer.spec = full;
    layer.unitClass.assign(scene.size(), kNotMapped);
    layer.values.assign(scene.size(), kNaN);
    layer.hatched.assign(scene.size(), 0);
    const std::vector<bool> hatched = coarserOnly(scene.size(), coverage);
    std::map<std::string, int> frequency;
    for (UnitId id : scene.level(full.level)) {
        const auto index = static_cast<std::size_t>(id);
        if (index < coverage.units.size() && !coverage.units[index].mainSector.empty()) {
            ++frequency[coverage.units[index].mainSector];
        }
    }
    std::vector<std::pair<std::string, int>> ranked(frequency.begin(), frequency.end());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    const int most = std::min(
        full.classes, static_cast<int>(categoryColours(full.palette, palette.maxClasses, style).size()));
    const bool needOther = static_cast<int>(ranked.size()) > most;
    const int named = needOther ? most - 1 : static_cast<int>(ranked.size());
    std::map<std::string, int> categoryOf;
    for (int i = 0; i < named; ++i) {
        layer.categories.push_back(ranked[static_cast<std::size_t>(i)].first);
        categoryOf[ranked[static_cast<std::size_t>(i)].first] = i;
    }
    if (needOther) {
        layer.categories.emplace_back();
    }
    layer.colours = categoryColours(full.palette, static_cast<int>(layer.categories.size()), style);
    for (UnitId id : scene.level(full.level)) {
        const auto index = static_cast<std::size_t>(id);
        layer.hatched[index] = hatched[index] && full.hatchCoarserOnly ? 1 : 0;
        const std::string sector =
            index < coverage.units.size() ? coverage.units[index].mainSector : std::string();
        if (sector.empty()) {
            layer.unitClass[index] = kZeroClass;
            continue;
        }
        auto found = categoryOf.find(sector);
        layer.unitClass[index] = found != categoryOf.end() ? found->second : named;
    }
    return layer;
}

ThematicLayer prepareThematic(const AdminTree& tree, const CoverageTable& coverage, const ThematicSpec& spec,
                              const MapStyle& style) {
    const ThematicSpec full = resolved(spec, style);
    if (full.kind != MapKind::Choropleth) {
        throwInputError({}, "map", 0,
                        translate("Render", "classes without a map scene are computed for choropleths only"));
    }
    requireCoverageFigure(full.figure);
    const UnitUniverse units = universeOf(tree, full);
    return classify(units, figureValues(coverage, units, full.figure), coarserOnly(tree.size(), coverage),
                    full);
}

std::string formatNumber(double value, int decimals, const MapStyle& style, const std::string& language) {
    const std::string thousands = style.textOr(language, "thousands_separator", ",");
    const std::string decimal = style.textOr(language, "decimal_separator", ".");
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(std::fabs(value) * scale) / scale;
    const bool negative = value < 0 && rounded != 0;
    const auto whole = static_cast<long long>(std::floor(rounded));
    std::string digits = std::to_string(whole);
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            grouped += thousands;
        }
        grouped += digits[i];
    }
    std::string text = (negative ? "-" : "") + grouped;
    if (decimals > 0) {
        const auto fraction =
            static_cast<long long>(std::llround((rounded - static_cast<double>(whole)) * scale));
        std::string fractionDigits = std::to_string(fraction);
        fractionDigits.insert(
            0,
            static_cast<std::size_t>(decimals) -
                std::min<std::size_t>(fractionDigits.size(), static_cast<std::size_t>(decimals)),
            '0');
        text += decimal + fractionDigits;
    }
    return text;
}

std::string classLabel(const ThematicLayer& layer, int index, const MapStyle& style,
                       const std::string& language) {
    // Decimals that tell the bounds apart: none for counts, more for small ranges (shares).
    int decimals = 0;
    if (!layer.integerValues && layer.breaks.size() >= 2) {
        const double range = std::max(layer.breaks.back() - layer.breaks.front(), 1e-12);
        decimals = std::clamp(2 - static_cast<int>(std::floor(std::log10(range))), 0, 4);
    }
    double low = layer.breaks[static_cast<std::size_t>(index)];
    const double high = layer.breaks[static_cast<std::size_t>(index) + 1];
    if (layer.integerValues && index > 0) {
        low = std::floor(low) + 1; // (b_i, b_i+1] in whole numbers
    }
    if (layer.integerValues && low > high) {
        low = high;
    }
    const std::string lowText = formatNumber(low, decimals, style, language);
    const std::string highText = formatNumber(high, decimals, style, language);
    return lowText == highText
               ? fillPlaceholders(style.text(language, "single"), {{"value", lowText}})
               : fillPlaceholders(style.text(language, "range"), {{"low", lowText}, {"high", highText}});
}

std::vector<LegendEntry> legendEntries(const ThematicLayer& layer, const std::vector<UnitId>& units,
                                       const MapStyle& style, const std::string& language) {
    std::vector<LegendEntry> entries;
    const int classCount = layer.spec.kind == MapKind::Categories ? static_cast<int>(layer.categories.size())
                                                                  : static_cast<int>(layer.colours.size());
    std::vector<int> counts(static_cast<std::size_t>(std::max(classCount, 0)), 0);
    int zero = 0, noData = 0, hatched = 0, withValue = 0;
    for (UnitId id : units) {
        const auto index = static_cast<std::size_t>(id);
        if (index >= layer.unitClass.size()) {
            continue;
        }
        const int value = layer.unitClass[index];
        if (layer.hatched[index] != 0) {
            ++hatched;
        }
        if (value == kZeroClass) {
            ++zero;
        } else if (value == kNoDataClass) {
            ++noData;
        } else if (value >= 0 && value < classCount) {
            ++counts[static_cast<std::size_t>(value)];
        }
        if (value >= 0 && !std::isnan(layer.values[index]) && layer.values[index] > 0) {
            ++withValue;
        }
    }

    if (layer.spec.kind == MapKind::Choropleth) {
        for (int i = 0; i < classCount; ++i) {
            if (counts[static_cast<std::size_t>(i)] == 0) {
                continue;
            }
            LegendEntry entry;
            entry.kind = LegendKind::Class;
            entry.index = i;
            entry.colour = layer.colours[static_cast<std::size_t>(i)];
            entry.count = counts[static_cast<std::size_t>(i)];
            entry.low = layer.breaks[static_cast<std::size_t>(i)];
            entry.high = layer.breaks[static_cast<std::size_t>(i) + 1];
            entry.label = classLabel(layer, i, style, language);
            entries.push_back(entry);
        }
    } else if (layer.spec.kind == MapKind::Categories) {
        for (int i = 0; i < classCount; ++i) {
            if (counts[static_cast<std::size_t>(i)] == 0) {
                continue;
            }
            LegendEntry entry;
            entry.kind = LegendKind::Category;
            entry.index = i;
            entry.colour = layer.colours[static_cast<std::size_t>(i)];
            entry.count = counts[static_cast<std::size_t>(i)];
            const std::string& name = layer.categories[static_cast<std::size_t>(i)];
            entry.label = name.empty() ? style.text(language, "other_category")
                                       : SectorDictionary::standard().display(name, language);
            entries.push_back(entry);
        }
    } else if (withValue > 0) {
        // Three reference circles: the largest value and two rounder, smaller ones.
        const double top = layer.maxValue;
        const double magnitude = std::pow(10.0, std::floor(std::log10(top)));
        std::vector<double> references{top};
        for (double fraction : {0.4, 0.1}) {
            double nice = std::round(top * fraction / magnitude * 2) / 2 * magnitude;
            if (nice <= 0) {
                nice = top * fraction;
            }
            if (nice < references.back()) {
                references.push_back(nice);
            }
        }
        for (double value : references) {
            LegendEntry entry;
            entry.kind = LegendKind::Symbol;
            entry.colour = style.symbolFill;
            entry.low = entry.high = value;
            entry.count = withValue;
            entry.label = formatNumber(value, layer.integerValues ? 0 : 1, style, language);
            entries.push_back(entry);
        }
    }
    if (zero > 0) {
        LegendEntry entry;
        entry.kind = LegendKind::Zero;
        entry.colour = layer.spec.kind == MapKind::Symbols ? style.symbolBaseFill : style.zeroColour;
        entry.count = zero;
        // What a zero is may depend on the figure ("zero_labels.net_change": no change), else the style's.
        entry.label = layer.spec.kind == MapKind::Categories
                          ? style.text(language, "no_category")
                          : style.textOr(language, "zero_labels." + layer.spec.figure, style.text(language, "zero"));
        entries.push_back(entry);
    }
    if (noData > 0) {
        LegendEntry entry;
        entry.kind = LegendKind::NoData;
        entry.colour = style.noDataColour;
        entry.count = noData;
        entry.label = style.text(language, "no_data");
        entries.push_back(entry);
    }
    if (hatched > 0) {
        LegendEntry entry;
        entry.kind = LegendKind::CoarserOnly;
        entry.colour = style.hatch.colour;
        entry.count = hatched;
        entry.label = style.text(language, "coarser_only");
        entries.push_back(entry);
    }
    return entries;
}

} // namespace couverture::render
