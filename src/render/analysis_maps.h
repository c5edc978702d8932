#pragma once
// Maps of the analyses, drawn with the report page of map_painter.h: the gap map (need × coverage, a
// bivariate 3 × 3 map with its square legend), the overlap map and its one-page-per-région summary (map and
// top table, to project in a meeting), and the target shortlist map with its ranked list. Texts come from
// styles/analysis.json (French and English), merged over the default style.

#include "analysis/change/change.h"
#include "analysis/gaps/gaps.h"
#include "analysis/overlaps/overlaps.h"
#include "analysis/presence/who_is_where.h"
#include "analysis/sites/sites.h"
#include "analysis/targets/targets.h"
#include "render/map_export.h"
#include "render/point_overlay.h"

#include <array>
#include <map>
#include <string>
#include <vector>

namespace couverture::render {

struct AnalysisMapOptions {
    PageOptions page;               // language, size, texts (as-of, sources, producer, map number...)
    std::string style = "analysis"; // a style with the analysis texts
    std::string sector;             // the sector the analysis is about, for titles ("Protection")
    double dpi = 200;               // PNG
};

// The 9 colours of the bivariate map, by coverage class * 3 + need class (Stevens' blue–red scheme): low
// need and no coverage is light grey, high need with nobody present red, high need well covered dark.
const std::array<QColor, 9>& bivariateColours();

// The bivariate class layer of a gap result: class coverage * 3 + need, kNoDataClass without need figure,
// hatching where presence is known only at a coarser level and nobody is present by own rows.
ThematicLayer gapLayer(const MapScene& scene, const analysis::GapResult& gaps);

MapResult writeGapMap(const MapScene& scene, const analysis::GapResult& gaps, const std::string& output,
                      const AnalysisMapOptions& options);

// Organisations per unit where an overlap is (the most in any sector), 0 elsewhere.
ThematicLayer overlapLayer(const MapScene& scene, const analysis::OverlapResult& overlaps,
                           const MapStyle& style);

MapResult writeOverlapMap(const MapScene& scene, const analysis::OverlapResult& overlaps,
                          const std::string& output, const AnalysisMapOptions& options);

// One PDF page per région that has units at the overlap level: the région's map and its largest overlaps.
std::vector<std::string> writeOverlapSummary(const MapScene& scene, const analysis::OverlapResult& overlaps,
                                             const std::string& output, const AnalysisMapOptions& options);

// The shortlist by status: class = TargetStatus (shortlisted, must include, not chosen, excluded), excluded
// units hatched; categories named by the status keys.
ThematicLayer targetLayer(const MapScene& scene, const analysis::TargetResult& targets);

MapResult writeTargetMap(const MapScene& scene, const analysis::TargetResult& targets,
                         const std::string& output, const AnalysisMapOptions& options);

// Who is where: distinct organisations present per unit of the result's level by their own rows (any
// sector, as organisation), quantile classes; hatched where nobody is present by own rows and presence is
// known at a coarser level only.
ThematicLayer whoLayer(const MapScene& scene, const analysis::WhoResult& who, const MapStyle& style);

// Sites: with a reach distance, the share (%) of the villages within it per unit of `level` (classes of 20
// points); without, the points per unit (quantiles).
ThematicLayer sitesLayer(const MapScene& scene, const analysis::SitesResult& sites, AdminLevel level,
                         const MapStyle& style);

// Change between releases: the net change in organisations per unit, in five fixed classes (two or more
// lost, one lost, no change shown as zero, one gained, two or more gained), red for losses.
ThematicLayer changeLayer(const MapScene& scene, const analysis::ChangeResult& change, const MapStyle& style);

// The maps that have no writer with a legend of their own (who is where, sites, change: what `couverture
// analyse sites|compare --map` draws): `layer` on the page of options.style, titled by its texts
// "<textKey>_title" and "<textKey>_subtitle" filled with `fields` ({km}, {points}, {before}, ...; {level}
// is the layer's level, {sector} the style's "change_sector" with options.sector and, given {organisations}
// without {after}, {after} the style's "change_withdrawn", unless `fields` give them) unless options.page.texts give them; `points` (WGS 84), when there are any, drawn over the map with the style's
// "points_legend" in the key (PDF and PNG only, as writeMapPageWithPoints).
MapResult writeLayerMap(const MapScene& scene, const ThematicLayer& layer, const std::string& textKey,
                        const std::map<std::string, std::string>& fields, const std::vector<LonLat>& points,
                        const std::string& output, const AnalysisMapOptions& options);

} // namespace couverture::render
