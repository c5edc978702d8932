#pragma once
// ColorBrewer palettes (Cynthia Brewer, Mark Harrower and The Pennsylvania State University, Apache 2.0),
// embedded with their exact colours for every class count they define: a 5-class YlGnBu is not five
// colours picked from the 9-class one, so the tables are kept per count and only valid counts are offered.

#include <QColor>
#include <string>
#include <string_view>
#include <vector>

namespace couverture::render {

enum class PaletteKind { Sequential, Diverging, Qualitative };
std::string_view paletteKindKey(PaletteKind kind); // "sequential", "diverging", "qualitative"

struct PaletteInfo {
    std::string_view name; // ColorBrewer name: "YlGnBu"
    PaletteKind kind = PaletteKind::Sequential;
    int minClasses = 3;
    int maxClasses = 9;
};

// Every palette offered, sequential first, then diverging, then qualitative.
const std::vector<PaletteInfo>& palettes();

// nullptr for an unknown name; the name is matched without regard to case ("ylgnbu").
const PaletteInfo* findPalette(std::string_view name);

// The palette's colours for exactly `classes` classes, light to dark for sequential palettes; empty when
// the name is unknown or ColorBrewer defines no such class count.
std::vector<QColor> paletteColours(std::string_view name, int classes);

// Like paletteColours, but also for 1 or 2 classes (data with fewer distinct values than a palette's
// minimum): picked from the smallest scheme so that they stay distinct (light and dark ends first).
// Empty for an unknown name or more classes than the palette has.
std::vector<QColor> paletteColoursAtMost(std::string_view name, int classes);

} // namespace couverture::render
