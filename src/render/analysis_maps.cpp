#include "render/analysis_maps.h"

#include "core/output_set.h"
#include "render/paint_helpers.h"
#include "render/palettes.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace couverture::render {
namespace {

using detail::makeFont;
using detail::qs;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Text in a legend panel, top-down, in millimetres.
class PanelWriter {
public:
    PanelWriter(QPainter& painter, const QRectF& panelMm, double k, const MapStyle& style)
        : painter_(painter), panel_(panelMm), k_(k), style_(style), y_(panelMm.top()) {}

    double y() const { return y_; }
    void skip(double mm) { y_ += mm; }
    double k() const { return k_; }
    const QRectF& panel() const { return panel_; }
    QFont font(double pt, bool bold = false, bool italic = false) const {
        return makeFont(painter_, style_.fonts.family, pt, k_, bold, italic);
    }
    // A wrapped paragraph at `indentMm` from the panel's left edge.
    void paragraph(const std::string& text, const QFont& font, const QColor& colour, double indentMm = 0,
                   double widthMm = 0) {
        if (text.empty()) {
            return;
        }
        const double width = (widthMm > 0 ? widthMm : panel_.width() - indentMm) * k_;
        const QFontMetricsF metrics(font, painter_.device());
        const QStringList lines = detail::wrapText(painter_, font, qs(text), width);
        painter_.setPen(colour);
        double baseline = y_ * k_ + metrics.ascent();
        for (const QString& line : lines) {
            detail::drawTextLine(painter_, QPointF((panel_.left() + indentMm) * k_, baseline), font, line);
            baseline += metrics.lineSpacing();
        }
        y_ += (metrics.height() + static_cast<double>(lines.size() - 1) * metrics.lineSpacing()) / k_ + 0.8;
    }
    void swatch(double xMm, double yMm, double wMm, double hMm, const QColor& fill, bool hatched = false,
                bool crossed = false) {
        const QRectF box(xMm * k_, yMm * k_, wMm * k_, hMm * k_);
        painter_.setPen(QPen(style_.frameColour, 0.12 * k_));
        painter_.setBrush(fill);
        painter_.drawRect(box);
        if (hatched || crossed) {
            painter_.save();
            painter_.setClipRect(box);
            painter_.setPen(QPen(hatched ? style_.hatch.colour : style_.noDataPatternColour, 0.12 * k_));
            for (double x = -hMm; x < wMm; x += 1.2) {
                painter_.drawLine(QPointF((xMm + x) * k_, (yMm + hMm) * k_),
                                  QPointF((xMm + x + hMm) * k_, yMm * k_));
                if (crossed) {
                    painter_.drawLine(QPointF((xMm + x) * k_, yMm * k_),
                                      QPointF((xMm + x + hMm) * k_, (yMm + hMm) * k_));
                }
            }
            painter_.restore();
        }
    }
    // A swatch and its label on one line.
    void keyLine(const QColor& fill, const std::string& label, const QFont& font, bool hatched = false,
                 bool crossed = false) {
        swatch(panel_.left(), y_ + 0.3, 6, 3.6, fill, hatched, crossed);
        const double before = y_;
        paragraph(label, font, style_.textColour, 8);
        y_ = std::max(y_, before + 4.6);
    }

private:
    QPainter& painter_;
    QRectF panel_;
    double k_;
    const MapStyle& style_;
    double y_;
};

std::string text(const MapStyle& style, const AnalysisMapOptions& options, const std::string& key,
                 const std::map<std::string, std::string>& values = {}) {
    return fillPlaceholders(style.text(options.page.language, "analysis." + key), values);
}

std::string levelWord(const MapStyle& style, const std::string& language, AdminLevel level, bool plural) {
    return style.text(language,
                      std::string(plural ? "levels_plural." : "levels.") + std::string(levelKey(level)));
}

std::string number(double value, const MapStyle& style, const std::string& language, int decimals = 0) {
    return formatNumber(value, decimals, style, language);
}

ThematicLayer emptyLayer(const MapScene& scene, AdminLevel level, MapKind kind) {
    ThematicLayer layer;
    layer.spec.kind = kind;
    layer.spec.level = level;
    layer.unitClass.assign(scene.size(), kNotMapped);
    layer.values.assign(scene.size(), kNaN);
    layer.hatched.assign(scene.size(), 0);
    return layer;
}

std::string weightText(const MapStyle& style, const AnalysisMapOptions& options,
                       const std::string& weightLabel) {
    return weightLabel == "population" ? text(style, options, "weight_population")
                                       : text(style, options, "weight_all_sector_need");
}

// The notes every need-based map carries: estimates and figures used at a coarser level.
void needNotes(PanelWriter& panel, const MapStyle& style, const AnalysisMapOptions& options, AdminLevel level,
               bool anyEstimate, bool anyCoarser, const std::string& weightLabel) {
    const QFont note = panel.font(style.fonts.legendPt * 0.9, false, true);
    const std::string& language = options.page.language;
    if (anyEstimate) {
        panel.paragraph(text(style, options, "estimate_note",
                             {{"levels", levelWord(style, language, level, true)},
                              {"weight", weightText(style, options, weightLabel)}}),
                        note, style.textColour);
    }
    if (anyCoarser) {
        panel.paragraph(
            text(style, options, "coarser_need_note", {{"level", levelWord(style, language, level, false)}}),
            note, style.textColour);
    }
}

MapStyle analysisStyle(const AnalysisMapOptions& options) {
    return loadMapStyle(options.style);
}

} // namespace

const std::array<QColor, 9>& bivariateColours() {
    static const std::array<QColor, 9> colours = {
        QColor(0xe8, 0xe8, 0xe8), QColor(0xe4, 0xac, 0xac), QColor(0xc8, 0x5a, 0x5a),  // no one present
        QColor(0xb0, 0xd5, 0xdf), QColor(0xad, 0x9e, 0xa5), QColor(0x98, 0x53, 0x56),  // some
        QColor(0x64, 0xac, 0xbe), QColor(0x62, 0x7f, 0x8c), QColor(0x57, 0x42, 0x49)}; // the most
    return colours;
}

ThematicLayer gapLayer(const MapScene& scene, const analysis::GapResult& gaps) {
    ThematicLayer layer = emptyLayer(scene, gaps.level, MapKind::Categories);
    layer.colours.assign(bivariateColours().begin(), bivariateColours().end());
    layer.categories.assign(9, "");
    for (const analysis::UnitGap& gap : gaps.units) {
        if (!scene.has(gap.unit)) {
            continue;
        }
        const auto index = static_cast<std::size_t>(gap.unit);
        layer.unitClass[index] = gap.needClass < 0 ? kNoDataClass : gap.coverageClass * 3 + gap.needClass;
        layer.values[index] = gap.need.value.value_or(kNaN);
        layer.hatched[index] = gap.organisations == 0 && gap.organisationsCoarserOnly > 0 ? 1 : 0;
    }
    return layer;
}

MapResult writeGapMap(const MapScene& scene, const analysis::GapResult& gaps, const std::string& output,
                      const AnalysisMapOptions& options) {
    const MapStyle style = analysisStyle(options);
    const ThematicLayer layer = gapLayer(scene, gaps);
    const std::string& language = options.page.language;
    PageOptions page = options.page;
    if (page.texts.title.empty()) {
        page.texts.title = text(
            style, options, "gap_title",
            {{"need", gaps.needLabel.empty() ? text(style, options, "need_default", {}) : gaps.needLabel},
             {"sector", options.sector},
             {"level", levelWord(style, language, gaps.level, false)}});
    }
    const bool anyHatched =
        std::any_of(layer.hatched.begin(), layer.hatched.end(), [](char h) { return h != 0; });
    const bool anyNoData = std::any_of(gaps.units.begin(), gaps.units.end(),
                                       [](const analysis::UnitGap& gap) { return gap.needClass < 0; });
    page.legend = [&](QPainter& painter, const QRectF& panelMm, double k) {
        PanelWriter panel(painter, panelMm, k, style);
        const QFont title = panel.font(style.fonts.legendTitlePt, true);
        const QFont body = panel.font(style.fonts.legendPt);
        const QFont small = panel.font(style.fonts.legendPt * 0.85);
        const QFont note = panel.font(style.fonts.legendPt * 0.9, false, true);
        panel.paragraph(text(style, options, "gap_legend_title"), title, style.textColour);
        panel.skip(1);
        // The square: need to the right, coverage upwards.
        const double cell = 9;
        const double left = panelMm.left() + 7;
        const double top = panel.y();
        for (int coverage = 0; coverage < 3; ++coverage) {
            for (int need = 0; need < 3; ++need) {
                panel.swatch(left + need * cell, top + (2 - coverage) * cell, cell, cell,
                             bivariateColours()[static_cast<std::size_t>(coverage * 3 + need)]);
            }
        }
        painter.setPen(style.textColour);
        const QFontMetricsF metrics(small, painter.device());
        detail::drawTextLine(painter, QPointF(left * k, (top + 3 * cell) * k + metrics.ascent() + 0.5 * k),
                             small, qs(text(style, options, "need_axis")));
        const QString lowText = qs(text(style, options, "low")), highText = qs(text(style, options, "high"));
        detail::drawTextLine(painter,
                             QPointF((left + 3 * cell) * k - metrics.horizontalAdvance(highText),
                                     (top + 3 * cell) * k + 2 * metrics.lineSpacing() + 0.5 * k),
                             small, highText);
        detail::drawTextLine(painter,
                             QPointF(left * k, (top + 3 * cell) * k + 2 * metrics.lineSpacing() + 0.5 * k),
                             small, lowText);
        painter.save();
        painter.translate((left - 1.2) * k, (top + 3 * cell) * k);
        painter.rotate(-90);
        detail::drawTextLine(painter, QPointF(0, 0), small, qs(text(style, options, "coverage_axis")));
        painter.restore();
        panel.skip(3 * cell + 2 * metrics.lineSpacing() / k + 2);
        panel.paragraph(text(style, options, "gap_key"), note, style.textColour);
        panel.paragraph(text(style, options, "need_classes",
                             {{"b1", number(gaps.needBreaks[0], style, language)},
                              {"b2", number(gaps.needBreaks[1], style, language)}}),
                        small, style.mutedTextColour);
        panel.paragraph(
            text(style, options, "coverage_classes", {{"m", number(gaps.coverageMedian, style, language)}}),
            small, style.mutedTextColour);
        if (anyNoData) {
            panel.keyLine(style.noDataColour, text(style, options, "no_need"), small, false, true);
        }
        if (anyHatched) {
            panel.keyLine(Qt::white, text(style, options, "coarser_presence"), small, true);
        }
        panel.skip(1);
        needNotes(panel, style, options, gaps.level, gaps.anyEstimate, gaps.anyCoarserNeed, gaps.weightLabel);
    };
    return writeMapPage(scene, layer, style, page, output, options.dpi);
}

ThematicLayer overlapLayer(const MapScene& scene, const analysis::OverlapResult& overlaps,
                           const MapStyle& style) {
    std::vector<std::optional<double>> values(scene.size());
    for (UnitId unit : scene.level(overlaps.level)) {
        values[static_cast<std::size_t>(unit)] = 0.0;
    }
    for (const analysis::OverlapUnit& overlap : overlaps.overlaps) {
        auto& value = values[static_cast<std::size_t>(overlap.unit)];
        value = std::max(value.value_or(0), static_cast<double>(overlap.simultaneous));
    }
    ThematicSpec spec;
    spec.level = overlaps.level;
    spec.figure = "overlap_organisations";
    spec.palette = "OrRd";
    spec.classes = 4;
    spec.method = ClassMethod::Quantiles;
    return prepareThematic(scene, values, {}, spec, style);
}

MapResult writeOverlapMap(const MapScene& scene, const analysis::OverlapResult& overlaps,
                          const std::string& output, const AnalysisMapOptions& options) {
    const MapStyle style = analysisStyle(options);
    const ThematicLayer layer = overlapLayer(scene, overlaps, style);
    PageOptions page = options.page;
    const std::string& language = page.language;
    if (page.texts.title.empty()) {
        page.texts.title =
            text(style, options, "overlap_title",
                 {{"sector", options.sector}, {"level", levelWord(style, language, overlaps.level, false)}});
    }
    if (page.texts.subtitle.empty()) {
        page.texts.subtitle =
            text(style, options, "overlap_note", {{"n", std::to_string(overlaps.minOrganisations)}}) +
            (overlaps.comparedByDates ? "" : " " + text(style, options, "no_dates_note"));
    }
    return writeMapPage(scene, layer, style, page, output, options.dpi);
}

std::vector<std::string> writeOverlapSummary(const MapScene& scene, const analysis::OverlapResult& overlaps,
                                             const std::string& output, const AnalysisMapOptions& options) {
    const MapStyle style = analysisStyle(options);
    const ThematicLayer layer = overlapLayer(scene, overlaps, style);
    const std::string& language = options.page.language;
    const std::string size = options.page.pageSize.empty() ? style.pageSize : options.page.pageSize;
    const std::string orientation =
        options.page.orientation.empty() ? style.orientation : options.page.orientation;
    const QString folder = QFileInfo(qs(output)).absolutePath();
    QDir().mkpath(folder);
    QBuffer file; // the whole PDF, then written atomically beside the others
    file.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfResolution);
        setupPdf(writer, pageSizeMm(size, orientation));
        writer.setCreator(QStringLiteral("Couverture"));
        QPainter painter(&writer);
        bool first = true;
        for (UnitId region : scene.level(AdminLevel::Region)) {
            // The région's overlaps, the most organisations first.
            std::vector<const analysis::OverlapUnit*> inRegion;
            for (const analysis::OverlapUnit& overlap : overlaps.overlaps) {
                if (scene.isWithin(overlap.unit, region)) {
                    inRegion.push_back(&overlap);
                }
            }
            std::stable_sort(inRegion.begin(), inRegion.end(),
                             [](const auto* a, const auto* b) { return a->simultaneous > b->simultaneous; });
            std::vector<UnitId> units;
            for (UnitId unit : scene.level(overlaps.level)) {
                if (scene.isWithin(unit, region)) {
                    units.push_back(unit);
                }
            }
            PageOptions page = options.page;
            page.focus = region;
            page.texts.title = text(style, options, "overlap_title_unit",
                                    {{"unit", scene.unit(region).name},
                                     {"sector", options.sector},
                                     {"level", levelWord(style, language, overlaps.level, false)}});
            page.texts.subtitle =
                text(style, options, "overlap_note", {{"n", std::to_string(overlaps.minOrganisations)}}) +
                (overlaps.comparedByDates ? "" : " " + text(style, options, "no_dates_note"));
            page.legend = [&](QPainter& p, const QRectF& panelMm, double k) {
                PanelWriter panel(p, panelMm, k, style);
                const QFont title = panel.font(style.fonts.legendTitlePt, true);
                const QFont small = panel.font(style.fonts.legendPt * 0.85);
                const QFont smallBold = panel.font(style.fonts.legendPt * 0.85, true);
                panel.paragraph(style.text(language, "legend_titles.overlap_organisations"), title,
                                style.textColour);
                for (const LegendEntry& entry : legendEntries(layer, units, style, language)) {
                    panel.keyLine(entry.kind == LegendKind::Zero ? style.zeroColour : entry.colour,
                                  entry.label + " (" + std::to_string(entry.count) + ")", small, false,
                                  entry.kind == LegendKind::NoData);
                }
                panel.skip(1.5);
                panel.paragraph(text(style, options, "top_overlaps"), title, style.textColour);
                if (inRegion.empty()) {
                    panel.paragraph(text(style, options, "no_overlap"), small, style.mutedTextColour);
                }
                const double bottom = panelMm.bottom();
                for (const analysis::OverlapUnit* overlap : inRegion) {
                    if (panel.y() > bottom - 8) {
                        break; // the panel is full: the CSV has the rest
                    }
                    panel.paragraph(scene.unit(overlap->unit).name + " — " +
                                        std::to_string(overlap->simultaneous) + " · " +
                                        overlaps.index.sectors[static_cast<std::size_t>(overlap->sector)],
                                    smallBold, style.textColour);
                    panel.paragraph(analysis::organisationNames(overlaps.index, overlap->organisations),
                                    small, style.mutedTextColour, 2);
                }
            };
            if (!first) {
                writer.newPage();
            }
            first = false;
            paintPage(painter, kPdfResolution / 25.4, scene, layer, style, page);
        }
        painter.end();
    }
    writeBytesAtomically(
        output, std::string_view(file.data().constData(), static_cast<std::size_t>(file.data().size())));
    return {output};
}

ThematicLayer targetLayer(const MapScene& scene, const analysis::TargetResult& targets) {
    ThematicLayer layer = emptyLayer(scene, targets.level, MapKind::Categories);
    layer.colours = {QColor(0xd9, 0x5f, 0x02), QColor(0x75, 0x70, 0xb3), QColor(0xf2, 0xf2, 0xf2),
                     QColor(0xbd, 0xbd, 0xbd)};
    layer.categories = {"shortlisted", "must_include", "not_chosen", "excluded"};
    for (const analysis::Candidate& candidate : targets.candidates) {
        if (scene.has(candidate.unit)) {
            const auto index = static_cast<std::size_t>(candidate.unit);
            layer.unitClass[index] = static_cast<int>(candidate.status);
            layer.hatched[index] = candidate.status == analysis::TargetStatus::Excluded ? 1 : 0;
        }
    }
    return layer;
}

MapResult writeTargetMap(const MapScene& scene, const analysis::TargetResult& targets,
                         const std::string& output, const AnalysisMapOptions& options) {
    const MapStyle style = analysisStyle(options);
    const std::string& language = options.page.language;
    const ThematicLayer layer = targetLayer(scene, targets);
    const auto chosen =
        std::count_if(targets.candidates.begin(), targets.candidates.end(), [](const auto& c) {
            return c.status == analysis::TargetStatus::Shortlisted ||
                   c.status == analysis::TargetStatus::MustInclude;
        });
    int stable = 0;
    for (const analysis::SensitivityLine& line : targets.sensitivity) {
        stable += line.alwaysShortlisted ? 1 : 0;
    }
    PageOptions page = options.page;
    if (page.texts.title.empty()) {
        page.texts.title = text(style, options, "target_title",
                                {{"count", std::to_string(chosen)},
                                 {"levels", levelWord(style, language, targets.level, true)},
                                 {"sector", options.sector}});
    }
    const bool anyEstimate =
        std::any_of(targets.candidates.begin(), targets.candidates.end(),
                    [](const auto& c) { return c.need.basis == analysis::NeedBasis::Apportioned; });
    const bool anyCoarser =
        std::any_of(targets.candidates.begin(), targets.candidates.end(),
                    [](const auto& c) { return c.need.basis == analysis::NeedBasis::CoarserLevel; });
    page.legend = [&](QPainter& painter, const QRectF& panelMm, double k) {
        PanelWriter panel(painter, panelMm, k, style);
        const QFont title = panel.font(style.fonts.legendTitlePt, true);
        const QFont small = panel.font(style.fonts.legendPt * 0.85);
        const QFont smallBold = panel.font(style.fonts.legendPt * 0.85, true);
        const QFont note = panel.font(style.fonts.legendPt * 0.85, false, true);
        panel.paragraph(text(style, options, "target_legend_title"), title, style.textColour);
        const char* keys[] = {"target_shortlisted", "target_must_include", "target_not_chosen",
                              "target_excluded"};
        for (std::size_t i = 0; i < 4; ++i) {
            const bool present =
                std::any_of(targets.candidates.begin(), targets.candidates.end(),
                            [&](const auto& c) { return static_cast<std::size_t>(c.status) == i; });
            if (present) {
                panel.keyLine(layer.colours[i], text(style, options, keys[i]), small, i == 3);
            }
        }
        panel.skip(1);
        for (const analysis::Candidate& candidate : targets.candidates) {
            if (candidate.status != analysis::TargetStatus::Shortlisted &&
                candidate.status != analysis::TargetStatus::MustInclude) {
                continue;
            }
            const bool estimate = candidate.need.basis == analysis::NeedBasis::Apportioned;
            panel.paragraph(
                std::to_string(candidate.rank) + ". " + scene.unit(candidate.unit).name + " — " +
                    number(candidate.score, style, language, 2) +
                    (candidate.need.value
                         ? " · " + number(*candidate.need.value, style, language) + (estimate ? "*" : "")
                         : std::string{}),
                smallBold, style.textColour);
            panel.paragraph(text(style, options, "target_parts",
                                 {{"p1", number(candidate.contributions[0], style, language, 2)},
                                  {"p2", number(candidate.contributions[1], style, language, 2)},
                                  {"p3", number(candidate.contributions[2], style, language, 2)}}),
                            small, style.mutedTextColour, 3);
        }
        panel.skip(0.5);
        const auto& w = targets.options.weights;
        panel.paragraph(text(style, options, "target_weights",
                             {{"w1", number(w[0], style, language, 2)},
                              {"w2", number(w[1], style, language, 2)},
                              {"w3", number(w[2], style, language, 2)}}),
                        note, style.textColour);
        panel.paragraph(text(style, options, "target_stable",
                             {{"stable", std::to_string(stable)}, {"count", std::to_string(chosen)}}),
                        note, style.textColour);
        if (anyEstimate) {
            panel.paragraph("* " + text(style, options, "estimate_note",
                                        {{"levels", levelWord(style, language, targets.level, true)},
                                         {"weight", weightText(style, options, targets.weightLabel)}}),
                            note, style.textColour);
        }
        if (anyCoarser) {
            needNotes(panel, style, options, targets.level, false, true, targets.weightLabel);
        }
    };
    return writeMapPage(scene, layer, style, page, output, options.dpi);
}

ThematicLayer whoLayer(const MapScene& scene, const analysis::WhoResult& who, const MapStyle& style) {
    std::vector<std::set<int>> organisations(scene.size());
    for (const analysis::WhoLine& line : who.lines) {
        if (line.role == analysis::PresenceRole::Organisation && scene.has(line.unit)) {
            organisations[static_cast<std::size_t>(line.unit)].insert(line.organisation);
        }
    }
    std::vector<char> coarser(scene.size(), 0); // units named by région- or cercle-wide rows
    for (const analysis::WhoLine& line : who.coarser) {
        if (line.role == analysis::PresenceRole::Organisation && line.unit != kNoUnit) {
            coarser[static_cast<std::size_t>(line.unit)] = 1;
        }
    }
    std::vector<std::optional<double>> values(scene.size());
    std::vector<bool> hatched(scene.size(), false);
    for (UnitId unit : scene.level(who.level)) {
        const auto index = static_cast<std::size_t>(unit);
        values[index] = static_cast<double>(organisations[index].size());
        for (UnitId up = scene.unit(unit).parent; up != kNoUnit && organisations[index].empty();
             up = scene.unit(up).parent) {
            hatched[index] = hatched[index] || coarser[static_cast<std::size_t>(up)] != 0;
        }
    }
    ThematicSpec spec;
    spec.level = who.level;
    spec.figure = "who_organisations";
    spec.method = ClassMethod::Quantiles;
    return prepareThematic(scene, values, hatched, spec, style);
}

ThematicLayer sitesLayer(const MapScene& scene, const analysis::SitesResult& sites, AdminLevel level,
                         const MapStyle& style) {
    std::vector<std::optional<double>> values(scene.size());
    ThematicSpec spec;
    spec.level = level;
    if (sites.reachKm) {
        spec.figure = "reach_share";
        spec.method = ClassMethod::Manual;
        spec.manualBreaks = {20, 40, 60, 80};
        spec.classes = 5;
        for (const UnitId id : scene.level(level)) {
            const auto& figures = sites.reachByUnit[static_cast<std::size_t>(id)];
            if (figures.villages > 0) {
                values[static_cast<std::size_t>(id)] = 100.0 * figures.share();
            }
        }
    } else {
        spec.figure = "site_points";
        spec.method = ClassMethod::Quantiles;
        for (const UnitId id : scene.level(level)) {
            values[static_cast<std::size_t>(id)] = sites.pointsByUnit[static_cast<std::size_t>(id)];
        }
    }
    return prepareThematic(scene, values, {}, spec, style);
}

ThematicLayer changeLayer(const MapScene& scene, const analysis::ChangeResult& change,
                          const MapStyle& style) {
    const AdminLevel level = change.options.level;
    std::vector<std::optional<double>> values(scene.size());
    for (const UnitId id : scene.level(level)) {
        values[static_cast<std::size_t>(id)] = change.units[static_cast<std::size_t>(id)].net();
    }
    ThematicSpec spec;
    spec.level = level;
    spec.figure = "net_change";
    spec.method = ClassMethod::Manual;
    spec.manualBreaks = {-1.5, -0.5, 0.5, 1.5}; // -2 or fewer, -1, (0 shown as no change), +1, +2 or more
    spec.classes = 5;
    spec.palette = "RdBu"; // losses red, gains blue
    ThematicLayer layer = prepareThematic(scene, values, {}, spec, style);
    // The same five classes on every map, whatever the data hold, so that red always means a loss.
    double low = -2, high = 2;
    for (const auto& value : values) {
        low = value ? std::min(low, *value) : low;
        high = value ? std::max(high, *value) : high;
    }
    layer.breaks = {low, -1.5, -0.5, 0.5, 1.5, high};
    layer.colours = paletteColours("RdBu", 5);
    for (const UnitId id : scene.level(level)) {
        const auto& value = values[static_cast<std::size_t>(id)];
        if (value && *value != 0) {
            layer.unitClass[static_cast<std::size_t>(id)] = classOf(*value, layer.breaks);
        }
    }
    return layer;
}

MapResult writeLayerMap(const MapScene& scene, const ThematicLayer& layer, const std::string& textKey,
                        const std::map<std::string, std::string>& fields, const std::vector<LonLat>& points,
                        const std::string& output, const AnalysisMapOptions& options) {
    const MapStyle style = analysisStyle(options);
    PageOptions page = options.page;
    std::map<std::string, std::string> values = fields;
    values.try_emplace("level", levelWord(style, page.language, layer.spec.level, false));
    if (values.count("after") == 0 && values.count("organisations") != 0) {
        // A simulated withdrawal: the first release without the organisations taken out.
        values["after"] =
            fillPlaceholders(style.text(page.language, "change_withdrawn"),
                             {{"release", values["before"]}, {"organisations", values["organisations"]}});
    }
    values.try_emplace("sector", options.sector.empty()
                                     ? std::string()
                                     : fillPlaceholders(style.text(page.language, "change_sector"),
                                                        {{"sector", options.sector}}));
    if (page.texts.title.empty()) {
        page.texts.title = fillPlaceholders(style.text(page.language, textKey + "_title"), values);
    }
    if (page.texts.subtitle.empty()) {
        page.texts.subtitle = fillPlaceholders(style.text(page.language, textKey + "_subtitle"), values);
    }
    if (points.empty()) {
        return writeMapPage(scene, layer, style, page, output, options.dpi);
    }
    PointOverlay overlay;
    overlay.label = style.text(page.language, "points_legend");
    overlay.points = points;
    return writeMapPageWithPoints(scene, layer, style, page, overlay, output, options.dpi);
}

} // namespace couverture::render
