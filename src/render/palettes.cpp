#include "render/palettes.h"

#include <algorithm>
#include <cctype>
#include <sstream>

// This product includes color specifications and designs developed by Cynthia Brewer
// (http://colorbrewer.org/), under the Apache License 2.0 (see http://colorbrewer.org/export/LICENSE.txt).

namespace couverture::render {
namespace {

struct Scheme {
    PaletteInfo info;
    // One string per class count from info.minClasses to info.maxClasses: hex colours separated by spaces.
    std::vector<const char*> counts;
};

const std::vector<Scheme>& schemes() {
    static const std::vector<Scheme> all = {
        // Sequential, 3 to 9 classes.
        {{"YlGnBu", PaletteKind::Sequential, 3, 9},
         {"edf8b1 7fcdbb 2c7fb8", "ffffcc a1dab4 41b6c4 225ea8", "ffffcc a1dab4 41b6c4 2c7fb8 253494",
          "ffffcc c7e9b4 7fcdbb 41b6c4 2c7fb8 253494", "ffffcc c7e9b4 7fcdbb 41b6c4 1d91c0 225ea8 0c2c84",
          "ffffd9 edf8b1 c7e9b4 7fcdbb 41b6c4 1d91c0 225ea8 0c2c84",
          "ffffd9 edf8b1 c7e9b4 7fcdbb 41b6c4 1d91c0 225ea8 253494 081d58"}},
        {{"YlGn", PaletteKind::Sequential, 3, 9},
         {"f7fcb9 addd8e 31a354", "ffffcc c2e699 78c679 238443", "ffffcc c2e699 78c679 31a354 006837",
          "ffffcc d9f0a3 addd8e 78c679 31a354 006837", "ffffcc d9f0a3 addd8e 78c679 41ab5d 238443 005a32",
          "ffffe5 f7fcb9 d9f0a3 addd8e 78c679 41ab5d 238443 005a32",
          "ffffe5 f7fcb9 d9f0a3 addd8e 78c679 41ab5d 238443 006837 004529"}},
        {{"YlOrRd", PaletteKind::Sequential, 3, 9},
         {"ffeda0 feb24c f03b20", "ffffb2 fecc5c fd8d3c e31a1c", "ffffb2 fecc5c fd8d3c f03b20 bd0026",
          "ffffb2 fed976 feb24c fd8d3c f03b20 bd0026", "ffffb2 fed976 feb24c fd8d3c fc4e2a e31a1c b10026",
          "ffffcc ffeda0 fed976 feb24c fd8d3c fc4e2a e31a1c b10026",
          "ffffcc ffeda0 fed976 feb24c fd8d3c fc4e2a e31a1c bd0026 800026"}},
        {{"YlOrBr", PaletteKind::Sequential, 3, 9},
         {"fff7bc fec44f d95f0e", "ffffd4 fed98e fe9929 cc4c02", "ffffd4 fed98e fe9929 d95f0e 993404",
          "ffffd4 fee391 fec44f fe9929 d95f0e 993404", "ffffd4 fee391 fec44f fe9929 ec7014 cc4c02 8c2d04",
          "ffffe5 fff7bc fee391 fec44f fe9929 ec7014 cc4c02 8c2d04",
          "ffffe5 fff7bc fee391 fec44f fe9929 ec7014 cc4c02 993404 662506"}},
        {{"OrRd", PaletteKind::Sequential, 3, 9},
         {"fee8c8 fdbb84 e34a33", "fef0d9 fdcc8a fc8d59 d7301f", "fef0d9 fdcc8a fc8d59 e34a33 b30000",
          "fef0d9 fdd49e fdbb84 fc8d59 e34a33 b30000", "fef0d9 fdd49e fdbb84 fc8d59 ef6548 d7301f 990000",
          "fff7ec fee8c8 fdd49e fdbb84 fc8d59 ef6548 d7301f 990000",
          "fff7ec fee8c8 fdd49e fdbb84 fc8d59 ef6548 d7301f b30000 7f0000"}},
        {{"PuBu", PaletteKind::Sequential, 3, 9},
         {"ece7f2 a6bddb 2b8cbe", "f1eef6 bdc9e1 74a9cf 0570b0", "f1eef6 bdc9e1 74a9cf 2b8cbe 045a8d",
          "f1eef6 d0d1e6 a6bddb 74a9cf 2b8cbe 045a8d", "f1eef6 d0d1e6 a6bddb 74a9cf 3690c0 0570b0 034e7b",
          "fff7fb ece7f2 d0d1e6 a6bddb 74a9cf 3690c0 0570b0 034e7b",
          "fff7fb ece7f2 d0d1e6 a6bddb 74a9cf 3690c0 0570b0 045a8d 023858"}},
        {{"Blues", PaletteKind::Sequential, 3, 9},
         {"deebf7 9ecae1 3182bd", "eff3ff bdd7e7 6baed6 2171b5", "eff3ff bdd7e7 6baed6 3182bd 08519c",
          "eff3ff c6dbef 9ecae1 6baed6 3182bd 08519c", "eff3ff c6dbef 9ecae1 6baed6 4292c6 2171b5 084594",
          "f7fbff deebf7 c6dbef 9ecae1 6baed6 4292c6 2171b5 084594",
          "f7fbff deebf7 c6dbef 9ecae1 6baed6 4292c6 2171b5 08519c 08306b"}},
        {{"Greens", PaletteKind::Sequential, 3, 9},
         {"e5f5e0 a1d99b 31a354", "edf8e9 bae4b3 74c476 238b45", "edf8e9 bae4b3 74c476 31a354 006d2c",
          "edf8e9 c7e9c0 a1d99b 74c476 31a354 006d2c", "edf8e9 c7e9c0 a1d99b 74c476 41ab5d 238b45 005a32",
          "f7fcf5 e5f5e0 c7e9c0 a1d99b 74c476 41ab5d 238b45 005a32",
          "f7fcf5 e5f5e0 c7e9c0 a1d99b 74c476 41ab5d 238b45 006d2c 00441b"}},
        {{"Purples", PaletteKind::Sequential, 3, 9},
         {"efedf5 bcbddc 756bb1", "f2f0f7 cbc9e2 9e9ac8 6a51a3", "f2f0f7 cbc9e2 9e9ac8 756bb1 54278f",
          "f2f0f7 dadaeb bcbddc 9e9ac8 756bb1 54278f", "f2f0f7 dadaeb bcbddc 9e9ac8 807dba 6a51a3 4a1486",
          "fcfbfd efedf5 dadaeb bcbddc 9e9ac8 807dba 6a51a3 4a1486",
          "fcfbfd efedf5 dadaeb bcbddc 9e9ac8 807dba 6a51a3 54278f 3f007d"}},
        {{"Reds", PaletteKind::Sequential, 3, 9},
         {"fee0d2 fc9272 de2d26", "fee5d9 fcae91 fb6a4a cb181d", "fee5d9 fcae91 fb6a4a de2d26 a50f15",
          "fee5d9 fcbba1 fc9272 fb6a4a de2d26 a50f15", "fee5d9 fcbba1 fc9272 fb6a4a ef3b2c cb181d 99000d",
          "fff5f0 fee0d2 fcbba1 fc9272 fb6a4a ef3b2c cb181d 99000d",
          "fff5f0 fee0d2 fcbba1 fc9272 fb6a4a ef3b2c cb181d a50f15 67000d"}},
        {{"Oranges", PaletteKind::Sequential, 3, 9},
         {"fee6ce fdae6b e6550d", "feedde fdbe85 fd8d3c d94701", "feedde fdbe85 fd8d3c e6550d a63603",
          "feedde fdd0a2 fdae6b fd8d3c e6550d a63603", "feedde fdd0a2 fdae6b fd8d3c f16913 d94801 8c2d04",
          "fff5eb fee6ce fdd0a2 fdae6b fd8d3c f16913 d94801 8c2d04",
          "fff5eb fee6ce fdd0a2 fdae6b fd8d3c f16913 d94801 a63603 7f2704"}},
        // Diverging, 3 to 11 classes.
        {{"RdYlBu", PaletteKind::Diverging, 3, 11},
         {"fc8d59 ffffbf 91bfdb", "d7191c fdae61 abd9e9 2c7bb6", "d7191c fdae61 ffffbf abd9e9 2c7bb6",
          "d73027 fc8d59 fee090 e0f3f8 91bfdb 4575b4", "d73027 fc8d59 fee090 ffffbf e0f3f8 91bfdb 4575b4",
          "d73027 f46d43 fdae61 fee090 e0f3f8 abd9e9 74add1 4575b4",
          "d73027 f46d43 fdae61 fee090 ffffbf e0f3f8 abd9e9 74add1 4575b4",
          "a50026 d73027 f46d43 fdae61 fee090 e0f3f8 abd9e9 74add1 4575b4 313695",
          "a50026 d73027 f46d43 fdae61 fee090 ffffbf e0f3f8 abd9e9 74add1 4575b4 313695"}},
        {{"BrBG", PaletteKind::Diverging, 3, 11},
         {"d8b365 f5f5f5 5ab4ac", "a6611a dfc27d 80cdc1 018571", "a6611a dfc27d f5f5f5 80cdc1 018571",
          "8c510a d8b365 f6e8c3 c7eae5 5ab4ac 01665e", "8c510a d8b365 f6e8c3 f5f5f5 c7eae5 5ab4ac 01665e",
          "8c510a bf812d dfc27d f6e8c3 c7eae5 80cdc1 35978f 01665e",
          "8c510a bf812d dfc27d f6e8c3 f5f5f5 c7eae5 80cdc1 35978f 01665e",
          "543005 8c510a bf812d dfc27d f6e8c3 c7eae5 80cdc1 35978f 01665e 003c30",
          "543005 8c510a bf812d dfc27d f6e8c3 f5f5f5 c7eae5 80cdc1 35978f 01665e 003c30"}},
        {{"RdBu", PaletteKind::Diverging, 3, 11},
         {"ef8a62 f7f7f7 67a9cf", "ca0020 f4a582 92c5de 0571b0", "ca0020 f4a582 f7f7f7 92c5de 0571b0",
          "b2182b ef8a62 fddbc7 d1e5f0 67a9cf 2166ac", "b2182b ef8a62 fddbc7 f7f7f7 d1e5f0 67a9cf 2166ac",
          "b2182b d6604d f4a582 fddbc7 d1e5f0 92c5de 4393c3 2166ac",
          "b2182b d6604d f4a582 fddbc7 f7f7f7 d1e5f0 92c5de 4393c3 2166ac",
          "67001f b2182b d6604d f4a582 fddbc7 d1e5f0 92c5de 4393c3 2166ac 053061",
          "67001f b2182b d6604d f4a582 fddbc7 f7f7f7 d1e5f0 92c5de 4393c3 2166ac 053061"}},
        {{"PuOr", PaletteKind::Diverging, 3, 11},
         {"f1a340 f7f7f7 998ec3", "e66101 fdb863 b2abd2 5e3c99", "e66101 fdb863 f7f7f7 b2abd2 5e3c99",
          "b35806 f1a340 fee0b6 d8daeb 998ec3 542788", "b35806 f1a340 fee0b6 f7f7f7 d8daeb 998ec3 542788",
          "b35806 e08214 fdb863 fee0b6 d8daeb b2abd2 8073ac 542788",
          "b35806 e08214 fdb863 fee0b6 f7f7f7 d8daeb b2abd2 8073ac 542788",
          "7f3b08 b35806 e08214 fdb863 fee0b6 d8daeb b2abd2 8073ac 542788 2d004b",
          "7f3b08 b35806 e08214 fdb863 fee0b6 f7f7f7 d8daeb b2abd2 8073ac 542788 2d004b"}},
        // Qualitative.
        {{"Set3", PaletteKind::Qualitative, 3, 12},
         {"8dd3c7 ffffb3 bebada", "8dd3c7 ffffb3 bebada fb8072", "8dd3c7 ffffb3 bebada fb8072 80b1d3",
          "8dd3c7 ffffb3 bebada fb8072 80b1d3 fdb462", "8dd3c7 ffffb3 bebada fb8072 80b1d3 fdb462 b3de69",
          "8dd3c7 ffffb3 bebada fb8072 80b1d3 fdb462 b3de69 fccde5",
          "8dd3c7 ffffb3 bebada fb8072 80b1d3 fdb462 b3de69 fccde5 d9d9d9",
          "8dd3c7 ffffb3 bebada fb8072 80b1d3 fdb462 b3de69 fccde5 d9d9d9 bc80bd",
          "8dd3c7 ffffb3 bebada fb8072 80b1d3 fdb462 b3de69 fccde5 d9d9d9 bc80bd ccebc5",
          "8dd3c7 ffffb3 bebada fb8072 80b1d3 fdb462 b3de69 fccde5 d9d9d9 bc80bd ccebc5 ffed6f"}},
        {{"Paired", PaletteKind::Qualitative, 3, 12},
         {"a6cee3 1f78b4 b2df8a", "a6cee3 1f78b4 b2df8a 33a02c", "a6cee3 1f78b4 b2df8a 33a02c fb9a99",
          "a6cee3 1f78b4 b2df8a 33a02c fb9a99 e31a1c", "a6cee3 1f78b4 b2df8a 33a02c fb9a99 e31a1c fdbf6f",
          "a6cee3 1f78b4 b2df8a 33a02c fb9a99 e31a1c fdbf6f ff7f00",
          "a6cee3 1f78b4 b2df8a 33a02c fb9a99 e31a1c fdbf6f ff7f00 cab2d6",
          "a6cee3 1f78b4 b2df8a 33a02c fb9a99 e31a1c fdbf6f ff7f00 cab2d6 6a3d9a",
          "a6cee3 1f78b4 b2df8a 33a02c fb9a99 e31a1c fdbf6f ff7f00 cab2d6 6a3d9a ffff99",
          "a6cee3 1f78b4 b2df8a 33a02c fb9a99 e31a1c fdbf6f ff7f00 cab2d6 6a3d9a ffff99 b15928"}},
        {{"Set2", PaletteKind::Qualitative, 3, 8},
         {"66c2a5 fc8d62 8da0cb", "66c2a5 fc8d62 8da0cb e78ac3", "66c2a5 fc8d62 8da0cb e78ac3 a6d854",
          "66c2a5 fc8d62 8da0cb e78ac3 a6d854 ffd92f", "66c2a5 fc8d62 8da0cb e78ac3 a6d854 ffd92f e5c494",
          "66c2a5 fc8d62 8da0cb e78ac3 a6d854 ffd92f e5c494 b3b3b3"}},
        {{"Dark2", PaletteKind::Qualitative, 3, 8},
         {"1b9e77 d95f02 7570b3", "1b9e77 d95f02 7570b3 e7298a", "1b9e77 d95f02 7570b3 e7298a 66a61e",
          "1b9e77 d95f02 7570b3 e7298a 66a61e e6ab02", "1b9e77 d95f02 7570b3 e7298a 66a61e e6ab02 a6761d",
          "1b9e77 d95f02 7570b3 e7298a 66a61e e6ab02 a6761d 666666"}},
    };
    return all;
}

bool sameName(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

const Scheme* findScheme(std::string_view name) {
    for (const Scheme& scheme : schemes()) {
        if (sameName(scheme.info.name, name)) {
            return &scheme;
        }
    }
    return nullptr;
}

std::vector<QColor> parse(const char* text) {
    std::vector<QColor> colours;
    std::istringstream in(text);
    std::string hex;
    while (in >> hex) {
        colours.emplace_back(QString::fromStdString("#" + hex));
    }
    return colours;
}

} // namespace

std::string_view paletteKindKey(PaletteKind kind) {
    switch (kind) {
    case PaletteKind::Sequential:
        return "sequential";
    case PaletteKind::Diverging:
        return "diverging";
    case PaletteKind::Qualitative:
        return "qualitative";
    }
    return "sequential";
}

const std::vector<PaletteInfo>& palettes() {
    static const std::vector<PaletteInfo> infos = [] {
        std::vector<PaletteInfo> list;
        for (const Scheme& scheme : schemes()) {
            list.push_back(scheme.info);
        }
        return list;
    }();
    return infos;
}

const PaletteInfo* findPalette(std::string_view name) {
    const Scheme* scheme = findScheme(name);
    return scheme != nullptr ? &scheme->info : nullptr;
}

std::vector<QColor> paletteColours(std::string_view name, int classes) {
    const Scheme* scheme = findScheme(name);
    if (scheme == nullptr || classes < scheme->info.minClasses || classes > scheme->info.maxClasses) {
        return {};
    }
    return parse(scheme->counts[static_cast<std::size_t>(classes - scheme->info.minClasses)]);
}

std::vector<QColor> paletteColoursAtMost(std::string_view name, int classes) {
    const Scheme* scheme = findScheme(name);
    if (scheme == nullptr || classes < 1 || classes > scheme->info.maxClasses) {
        return {};
    }
    if (classes >= scheme->info.minClasses) {
        return paletteColours(name, classes);
    }
    const std::vector<QColor> smallest = parse(scheme->counts.front());
    if (scheme->info.kind == PaletteKind::Qualitative) {
        return {smallest.begin(), smallest.begin() + classes};
    }
    if (classes == 1) {
        return {smallest[smallest.size() / 2]};
    }
    // Two classes: the ends of the smallest scheme (light and dark, or the two sides of a diverging one).
    return {smallest.front(), smallest.back()};
}

} // namespace couverture::render
