#include "render/map_style.h"
#include "render/palettes.h"

#include <catch2/catch.hpp>
#include <set>

using namespace couverture::render;

TEST_CASE("every palette gives exactly n colours for each valid class count, none outside", "[palettes]") {
    REQUIRE(palettes().size() >= 11);
    for (const PaletteInfo& palette : palettes()) {
        INFO(std::string(palette.name));
        CHECK(paletteColours(palette.name, palette.minClasses - 1).empty());
        CHECK(paletteColours(palette.name, palette.maxClasses + 1).empty());
        for (int n = palette.minClasses; n <= palette.maxClasses; ++n) {
            const std::vector<QColor> colours = paletteColours(palette.name, n);
            REQUIRE(colours.size() == static_cast<std::size_t>(n));
            std::set<QRgb> distinct;
            for (const QColor& colour : colours) {
                CHECK(colour.isValid());
                distinct.insert(colour.rgb());
            }
            CHECK(distinct.size() == static_cast<std::size_t>(n));
        }
    }
}

TEST_CASE("ColorBrewer's valid class counts", "[palettes]") {
    auto range = [](const char* name) {
        const PaletteInfo* info = findPalette(name);
        REQUIRE(info != nullptr);
        return std::pair<int, int>(info->minClasses, info->maxClasses);
    };
    for (const char* name : {"YlGnBu", "YlOrRd", "Blues", "Greens", "Purples", "OrRd"}) {
        CHECK(range(name) == std::pair<int, int>(3, 9));
        CHECK(findPalette(name)->kind == PaletteKind::Sequential);
    }
    for (const char* name : {"RdYlBu", "BrBG"}) {
        CHECK(range(name) == std::pair<int, int>(3, 11));
        CHECK(findPalette(name)->kind == PaletteKind::Diverging);
    }
    CHECK(range("Set3") == std::pair<int, int>(3, 12));
    CHECK(range("Paired") == std::pair<int, int>(3, 12));
    CHECK(range("Set2") == std::pair<int, int>(3, 8));
    CHECK(findPalette("Set3")->kind == PaletteKind::Qualitative);
    CHECK(findPalette("ylgnbu") != nullptr); // names are matched without case
    CHECK(findPalette("Viridis") == nullptr);
}

TEST_CASE("colours are ColorBrewer's own, per class count", "[palettes]") {
    auto hex = [](const std::vector<QColor>& colours) {
        std::vector<std::string> names;
        for (const QColor& colour : colours) {
            names.push_back(colour.name().toStdString());
        }
        return names;
    };
    CHECK(hex(paletteColours("YlGnBu", 5)) ==
          std::vector<std::string>{"#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"});
    CHECK(hex(paletteColours("YlGnBu", 3)) == std::vector<std::string>{"#edf8b1", "#7fcdbb", "#2c7fb8"});
    CHECK(hex(paletteColours("RdYlBu", 3)) == std::vector<std::string>{"#fc8d59", "#ffffbf", "#91bfdb"});
    CHECK(paletteColours("Set3", 12).back().name() == "#ffed6f");
    CHECK(paletteColours("Paired", 12).back().name() == "#b15928");
}

TEST_CASE("sequential palettes run from light to dark", "[palettes]") {
    for (const PaletteInfo& palette : palettes()) {
        if (palette.kind != PaletteKind::Sequential) {
            continue;
        }
        for (int n = palette.minClasses; n <= palette.maxClasses; ++n) {
            const auto colours = paletteColours(palette.name, n);
            for (std::size_t i = 1; i < colours.size(); ++i) {
                INFO(std::string(palette.name) << " " << n << " class " << i);
                CHECK(colours[i].lightnessF() < colours[i - 1].lightnessF());
            }
        }
    }
}

TEST_CASE("fewer than three classes still get distinct palette colours", "[palettes]") {
    CHECK(paletteColoursAtMost("Blues", 1).size() == 1);
    const auto two = paletteColoursAtMost("Blues", 2);
    REQUIRE(two.size() == 2);
    CHECK(two[0] != two[1]);
    CHECK(paletteColoursAtMost("Blues", 10).empty());
}

TEST_CASE("the default style's zero and no-data colours are not palette colours", "[palettes]") {
    const MapStyle style = loadMapStyle();
    CHECK(style.zeroColour != style.noDataColour);
    for (const PaletteInfo& palette : palettes()) {
        for (int n = palette.minClasses; n <= palette.maxClasses; ++n) {
            for (const QColor& colour : paletteColours(palette.name, n)) {
                CHECK(colour != style.zeroColour);
                CHECK(colour != style.noDataColour);
            }
        }
    }
}
