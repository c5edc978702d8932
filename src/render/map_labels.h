#pragma once
// Internal to src/render: unit names placed the way cartographers do. Each name tries, in order: positions
// inside its unit (the most interior point, then offsets around it; one line, then two), smaller sizes down
// to the level's readable minimum, positions just outside with a leader line, and last a number at the unit
// whose name goes in a key beside the map. Names are placed by priority (régions, then cercles, then
// communes; within a level the roomiest first), never over one another, the scale bar or the north arrow.

#include "render/map_painter.h"

#include <vector>

class QPainter;

namespace couverture::render::detail {

struct LabelCandidate {
    UnitId unit = kNoUnit;
    AdminLevel level = AdminLevel::Commune;
    bool muted = false; // a neighbour of the focus: grey, inside its unit only, never keyed
};

// The units to name for `options` (labelLevels, focus and its neighbours), in priority order.
std::vector<LabelCandidate> labelCandidates(const MapScene& scene, const MapView& view,
                                            const MapDrawOptions& options);

// Places and draws the names (halos first, then leaders, then text), filling report.labels and
// report.keyed.
void placeLabels(QPainter& painter, const MapScene& scene, const MapStyle& style, const MapView& view,
                 double devicePerMm, const std::vector<LabelCandidate>& candidates,
                 const MapDrawOptions& options, MapDrawReport& report);

} // namespace couverture::render::detail
