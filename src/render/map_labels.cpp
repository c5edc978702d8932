#include "render/map_labels.h"

#include "render/paint_helpers.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace couverture::render::detail {
namespace {

const LabelStyle& labelOf(const MapStyle& style, AdminLevel level) {
    switch (level) {
    case AdminLevel::Region:
    case AdminLevel::Country:
        return style.regionLabel;
    case AdminLevel::Cercle:
        return style.cercleLabel;
    case AdminLevel::Commune:
        return style.communeLabel;
    }
    return style.communeLabel;
}

// Names are readable on paper down to 6 pt: the size a name may shrink to before it moves out of its unit.
constexpr double kReadablePt = 6.0;
// How far a name may sit from its unit, with a leader line: far for régions and cercles (every one is
// named), near for communes (a name far from a small commune is harder to read than a number).
constexpr double kMajorReachMm = 16;
constexpr double kCommuneReachMm = 6;
constexpr double kFarReachMm = 30;
constexpr double kNumberPt = 5.5;

QString labelText(const SceneUnit& unit, const LabelStyle& labelStyle) {
    QString text = qs(unit.name);
    return labelStyle.uppercase ? text.toUpper() : text;
}

// A two-line version split at the space or hyphen nearest the middle; empty when the name has none.
QString wrapped(const QString& text) {
    qsizetype best = -1;
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        if (text[i] == u' ' || text[i] == u'-') {
            if (best < 0 || std::abs(i - text.size() / 2) < std::abs(best - text.size() / 2)) {
                best = i;
            }
        }
    }
    if (best < 0) {
        return {};
    }
    const bool hyphen = text[best] == u'-';
    return text.left(hyphen ? best + 1 : best) + u'\n' + text.mid(best + 1);
}

// Accents and case folded, for the key's alphabetical order.
QString sortKey(const QString& text) {
    QString folded;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing) {
            folded.append(c.toLower());
        }
    }
    return folded;
}

struct Placement {
    QString text;
    QFont font;
    QColor colour;
    QRectF textBox; // device
    UnitId unit = kNoUnit;
    AdminLevel level = AdminLevel::Commune;
    double pointSize = 0;
    bool leader = false;
    bool muted = false;
    bool number = false;
    QPointF anchor; // device: where the leader starts
};

// Everything a name needs besides where it goes.
struct Request {
    const LabelCandidate* candidate = nullptr;
    QPointF anchor;                               // device
    double radius = 0;                            // device: room around the anchor
    const GEOSPreparedGeometry* inside = nullptr; // the unit, or its part inside the frame
    geos::Geometry clipped;                       // owns that part
    geos::PreparedGeometry clippedPrepared;
};

class LabelBoard {
public:
    LabelBoard(QPainter& painter, const MapStyle& style, const MapView& view, double devicePerMm,
               const std::vector<QRectF>& reserved)
        : painter_(painter), style_(style), view_(view), k_(devicePerMm), halo_(style.haloMm * devicePerMm),
          padding_(style.labelPaddingMm * devicePerMm), taken_(reserved), toWorld_(view.toDevice.inverted()) {
    }

    double k() const { return k_; }
    double halo() const { return halo_; }
    std::vector<Placement>& placements() { return placements_; }

    QFont font(AdminLevel level, double pt) const {
        const LabelStyle& labelStyle = labelOf(style_, level);
        QFont font = makeFont(painter_, style_.fonts.labelFamily, pt, k_, labelStyle.bold, labelStyle.italic);
        if (labelStyle.letterSpacingPercent != 100) {
            font.setLetterSpacing(QFont::PercentageSpacing, labelStyle.letterSpacingPercent);
        }
        return font;
    }

    QSizeF textSize(const QString& text, const QFont& font) const {
        const QFontMetricsF metrics(font, painter_.device());
        const QStringList lines = text.split(u'\n');
        double width = 0;
        for (const QString& line : lines) {
            width = std::max(width, metrics.horizontalAdvance(line));
        }
        return {width, metrics.ascent() + metrics.descent() +
                           static_cast<double>(lines.size() - 1) * metrics.lineSpacing()};
    }

    bool isFree(const QRectF& textBox) const {
        const QRectF haloBox = textBox.adjusted(-halo_, -halo_, halo_, halo_);
        if (!view_.frame.contains(haloBox)) {
            return false;
        }
        const QRectF clear = haloBox.adjusted(-padding_, -padding_, padding_, padding_);
        return std::none_of(taken_.begin(), taken_.end(),
                            [&](const QRectF& box) { return box.intersects(clear); });
    }

    bool isInside(const QRectF& textBox, const GEOSPreparedGeometry* unit) const {
        const QRectF world = toWorld_.mapRect(textBox);
        geos::Geometry rectangle(GEOSGeom_createRectangle_r(geos::context(), world.left(), world.top(),
                                                            world.right(), world.bottom()));
        return rectangle && GEOSPreparedContains_r(geos::context(), unit, rectangle.get()) == 1;
    }

    void take(Placement placement) {
        const QRectF haloBox = placement.textBox.adjusted(-halo_, -halo_, halo_, halo_);
        taken_.push_back(haloBox.adjusted(-padding_, -padding_, padding_, padding_));
        placements_.push_back(std::move(placement));
    }

private:
    QPainter& painter_;
    const MapStyle& style_;
    const MapView& view_;
    double k_, halo_, padding_;
    std::vector<QRectF> taken_;
    QTransform toWorld_;
    std::vector<Placement> placements_;
};

// Offsets from the anchor for a name inside its unit: the anchor first, then rings around it, a step of
// the name's size, then (large units whose centre is taken by a higher level's name) of the unit's room.
std::vector<QPointF> insideOffsets(const QSizeF& size, double radius = 0) {
    std::vector<QPointF> offsets{QPointF(0, 0)};
    auto ring = [&](double dx, double dy) {
        for (const auto& [i, j] :
             {std::pair{0, -1}, {0, 1}, {1, 0}, {-1, 0}, {1, -1}, {-1, -1}, {1, 1}, {-1, 1}}) {
            offsets.emplace_back(i * dx, j * dy);
        }
    };
    for (int step = 1; step <= 3; ++step) {
        ring(size.width() * 0.25 * step, size.height() * 0.6 * step);
    }
    for (double share : {0.4, 0.7, 1.0}) {
        if (radius * share > size.height() * 1.8) {
            ring(radius * share, radius * share);
        }
    }
    return offsets;
}

// Centres for a name beside its unit, nearest first; the usual preference: upper right, upper left, lower
// right, lower left, then right, left, above, below.
std::vector<QPointF> outsideCentres(const QPointF& anchor, double radius, const QSizeF& size, double reach,
                                    double k) {
    std::vector<QPointF> centres;
    for (double gapMm : {0.8, 2.0, 4.0, 7.0, 11.0, 16.0, 22.0, 30.0}) {
        if (gapMm > reach) {
            break;
        }
        const double gap = gapMm * k + radius * 0.7;
        for (const auto& [i, j] :
             {std::pair{1, -1}, {-1, -1}, {1, 1}, {-1, 1}, {1, 0}, {-1, 0}, {0, -1}, {0, 1}}) {
            centres.emplace_back(anchor.x() + i * (size.width() / 2 + gap),
                                 anchor.y() + j * (size.height() / 2 + gap));
        }
    }
    return centres;
}

QRectF boxAt(const QPointF& centre, const QSizeF& size) {
    return {centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height()};
}

// Sizes to try, largest first: the style's (grown with the page) down to the readable minimum.
std::vector<double> sizesFor(const LabelStyle& labelStyle, double scale, bool shrink) {
    const double base = labelStyle.sizePt * scale;
    std::vector<double> sizes{base};
    if (shrink) {
        const double minimum = std::min(base, std::max(kReadablePt, labelStyle.sizePt * 0.8));
        for (double pt = base - 0.5; pt >= minimum - 1e-9; pt -= 0.5) {
            sizes.push_back(pt);
        }
    }
    return sizes;
}

Placement makePlacement(const Request& request, const QString& text, const QFont& font, double pt,
                        const QRectF& box, const MapStyle& style, bool leader) {
    const LabelCandidate& candidate = *request.candidate;
    Placement placement;
    placement.text = text;
    placement.font = font;
    placement.colour = candidate.muted ? style.neighbourLabelColour : labelOf(style, candidate.level).colour;
    placement.textBox = box;
    placement.unit = candidate.unit;
    placement.level = candidate.level;
    placement.pointSize = pt;
    placement.leader = leader;
    placement.muted = candidate.muted;
    placement.anchor = request.anchor;
    return placement;
}

bool placeInside(LabelBoard& board, const Request& request, const QString& name, const MapStyle& style,
                 double scale) {
    const LabelStyle& labelStyle = labelOf(style, request.candidate->level);
    for (double pt : sizesFor(labelStyle, scale, !request.candidate->muted)) {
        const QFont font = board.font(request.candidate->level, pt);
        for (const QString& text : {name, wrapped(name)}) {
            if (text.isEmpty()) {
                continue;
            }
            const QSizeF size = board.textSize(text, font);
            for (const QPointF& offset : insideOffsets(size, request.radius)) {
                const QRectF box = boxAt(request.anchor + offset, size);
                if (board.isFree(box) && board.isInside(box, request.inside)) {
                    board.take(makePlacement(request, text, font, pt, box, style, false));
                    return true;
                }
            }
        }
    }
    return false;
}

bool placeBeside(LabelBoard& board, const Request& request, const QString& name, const MapStyle& style,
                 double scale, double reach) {
    const AdminLevel level = request.candidate->level;
    const LabelStyle& labelStyle = labelOf(style, level);
    const double pt = level == AdminLevel::Commune
                          ? std::min(labelStyle.sizePt * scale, std::max(kReadablePt, labelStyle.sizePt))
                          : labelStyle.sizePt * scale;
    const QFont font = board.font(level, pt);
    for (const QString& text : {name, wrapped(name)}) {
        if (text.isEmpty()) {
            continue;
        }
        const QSizeF size = board.textSize(text, font);
        for (const QPointF& centre : outsideCentres(request.anchor, request.radius, size, reach, board.k())) {
            const QRectF box = boxAt(centre, size);
            if (board.isFree(box)) {
                board.take(makePlacement(request, text, font, pt, box, style, true));
                return true;
            }
        }
    }
    return false;
}

// A number for the key: at the unit if there is room, else beside it with a leader, else at the unit
// regardless (every keyed unit must carry its number).
void placeNumber(LabelBoard& board, const Request& request, const QString& widest, const MapStyle& style,
                 double scale, QPainter& painter) {
    QFont font = makeFont(painter, style.fonts.labelFamily, kNumberPt * std::sqrt(scale), board.k(), true);
    const QSizeF size = board.textSize(widest, font);
    Placement placement =
        makePlacement(request, widest, font, kNumberPt, boxAt(request.anchor, size), style, false);
    placement.number = true;
    placement.colour = style.textColour;
    for (const QPointF& offset : insideOffsets(size)) {
        const QRectF box = boxAt(request.anchor + offset, size);
        if (board.isFree(box)) {
            placement.textBox = box;
            board.take(placement);
            return;
        }
    }
    for (const QPointF& centre : outsideCentres(request.anchor, request.radius, size, 8, board.k())) {
        const QRectF box = boxAt(centre, size);
        if (board.isFree(box)) {
            placement.textBox = box;
            placement.leader = true;
            board.take(placement);
            return;
        }
    }
    board.take(placement);
}

// The anchor of a name: the unit's most interior point, or that of its part inside the frame. False when
// the unit does not show in the frame.
bool prepareRequest(Request& request, const MapScene& scene, const MapView& view) {
    const SceneUnit& unit = scene.unit(request.candidate->unit);
    GEOSContextHandle_t context = geos::context();
    QPointF anchor = unit.labelPoint;
    double radius = unit.labelRadius;
    request.inside = scene.prepared(request.candidate->unit);
    if (!view.area.contains(unit.bounds)) {
        const QRectF area = view.area;
        request.clipped = geos::Geometry(GEOSClipByRect_r(context, unit.geometry.get(), area.left(),
                                                          area.top(), area.right(), area.bottom()));
        if (!request.clipped || GEOSisEmpty_r(context, request.clipped.get()) == 1) {
            return false;
        }
        const double tolerance = std::max(area.width(), area.height()) / 500.0;
        geos::Geometry circle(GEOSMaximumInscribedCircle_r(context, request.clipped.get(), tolerance));
        const GEOSCoordSequence* sequence = circle ? GEOSGeom_getCoordSeq_r(context, circle.get()) : nullptr;
        double x = 0, y = 0, ex = 0, ey = 0;
        if (sequence == nullptr || GEOSCoordSeq_getXY_r(context, sequence, 0, &x, &y) == 0) {
            return false;
        }
        if (GEOSCoordSeq_getXY_r(context, sequence, 1, &ex, &ey) != 0) {
            radius = std::hypot(ex - x, ey - y);
        }
        anchor = QPointF(x, y);
        request.clippedPrepared = geos::prepare(request.clipped.get());
        request.inside = request.clippedPrepared.get();
    }
    request.anchor = view.toDevice.map(anchor);
    request.radius = radius * view.scale;
    return true;
}

void drawPlacements(QPainter& painter, LabelBoard& board, const MapStyle& style, const MapView& view,
                    MapDrawReport& report) {
    const double halo = board.halo();
    const double k = board.k();
    painter.save();
    painter.setClipRect(view.frame);
    auto forEachLine = [&](const Placement& placement, auto&& draw) {
        const QFontMetricsF metrics(placement.font, painter.device());
        const QStringList lines = placement.text.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const double lineWidth = metrics.horizontalAdvance(lines[i]);
            draw(QPointF(placement.textBox.left() + (placement.textBox.width() - lineWidth) / 2,
                         placement.textBox.top() + metrics.ascent() +
                             static_cast<double>(i) * metrics.lineSpacing()),
                 lines[i]);
        }
    };
    // Leaders under everything: from a dot at the unit to the nearest point of the name's box.
    for (const Placement& placement : board.placements()) {
        if (!placement.leader) {
            continue;
        }
        const QRectF box = placement.textBox.adjusted(-halo * 0.5, -halo * 0.5, halo * 0.5, halo * 0.5);
        const QPointF end(std::clamp(placement.anchor.x(), box.left(), box.right()),
                          std::clamp(placement.anchor.y(), box.top(), box.bottom()));
        QColor colour = placement.colour;
        painter.setPen(QPen(style.haloColour, 0.45 * k, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(placement.anchor, end);
        painter.setPen(QPen(colour, 0.15 * k, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(placement.anchor, end);
        painter.setPen(QPen(style.haloColour, 0.12 * k));
        painter.setBrush(colour);
        painter.drawEllipse(placement.anchor, 0.35 * k, 0.35 * k);
    }
    // Halos first (all of them), then the text: a halo never covers a neighbour's letters.
    QPen haloPen(style.haloColour, 2 * halo, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setBrush(Qt::NoBrush);
    for (const Placement& placement : board.placements()) {
        QPainterPath path;
        forEachLine(placement, [&](const QPointF& baseline, const QString& line) {
            path.addPath(textPath(painter, baseline, placement.font, line));
        });
        // PDF pages: glyph outlines thinned to 0.05 mm on whole device units, under a halo of twice `halo`.
        const bool vector = painter.paintEngine() != nullptr &&
                            painter.paintEngine()->type() != QPaintEngine::Raster &&
                            painter.paintEngine()->type() != QPaintEngine::SVG &&
                            painter.worldTransform().type() <= QTransform::TxTranslate;
        painter.strokePath(vector ? detail::thinnedHalo(path, 0.05 * k) : path, haloPen);
    }
    for (const Placement& placement : board.placements()) {
        painter.setPen(placement.colour);
        forEachLine(placement, [&](const QPointF& baseline, const QString& line) {
            drawTextLine(painter, baseline, placement.font, line);
        });
        if (placement.unit == kNoUnit && !placement.number) {
            report.countries.push_back(placement.text.toStdString());
        } else if (!placement.number) {
            const QRectF haloBox = placement.textBox.adjusted(-halo, -halo, halo, halo);
            report.labels.push_back({placement.unit, placement.text.toStdString(), haloBox, placement.level,
                                     placement.pointSize, placement.leader, placement.muted});
        }
    }
    painter.restore();
}

bool isOnlyChild(const MapScene& scene, UnitId id) {
    const UnitId parent = scene.unit(id).parent;
    if (parent == kNoUnit || !scene.has(parent)) {
        return false;
    }
    const std::vector<UnitId>& siblings = scene.level(scene.unit(id).level);
    return std::count_if(siblings.begin(), siblings.end(),
                         [&](UnitId other) { return scene.unit(other).parent == parent; }) == 1;
}

// Neighbouring countries' names, last (lowest priority), inside the part of the country the frame shows.
void placeCountryNames(LabelBoard& board, QPainter& painter, const MapScene& scene, const MapStyle& style,
                       const MapView& view, const MapDrawOptions& options) {
    GEOSContextHandle_t context = geos::context();
    const QRectF area = view.area;
    QFont font =
        makeFont(painter, style.fonts.labelFamily, style.regionLabel.sizePt * options.labelScale, board.k());
    font.setLetterSpacing(QFont::PercentageSpacing, 115);
    for (const ContextCountry& country : scene.countries()) {
        if (!country.bounds.intersects(area)) {
            continue;
        }
        geos::Geometry visible(GEOSClipByRect_r(context, country.geometry.get(), area.left(), area.top(),
                                                area.right(), area.bottom()));
        if (!visible || GEOSisEmpty_r(context, visible.get()) == 1) {
            continue;
        }
        geos::Geometry circle(GEOSMaximumInscribedCircle_r(context, visible.get(),
                                                           std::max(area.width(), area.height()) / 300.0));
        const GEOSCoordSequence* sequence = circle ? GEOSGeom_getCoordSeq_r(context, circle.get()) : nullptr;
        double x = 0, y = 0;
        if (sequence == nullptr || GEOSCoordSeq_getXY_r(context, sequence, 0, &x, &y) == 0) {
            continue;
        }
        const geos::PreparedGeometry prepared = geos::prepare(visible.get());
        const QString name = qs(options.language == "fr" ? country.nameFr : country.nameEn).toUpper();
        const QPointF anchor = view.toDevice.map(QPointF(x, y));
        for (const QString& text : {name, wrapped(name)}) {
            if (text.isEmpty()) {
                continue;
            }
            const QSizeF size = board.textSize(text, font);
            bool placed = false;
            for (const QPointF& offset : insideOffsets(size)) {
                const QRectF box = boxAt(anchor + offset, size);
                if (board.isFree(box) && board.isInside(box, prepared.get())) {
                    Placement placement;
                    placement.text = text;
                    placement.font = font;
                    placement.colour = style.countryLabelColour;
                    placement.textBox = box;
                    placement.anchor = anchor;
                    placement.muted = true;
                    board.take(placement);
                    placed = true;
                    break;
                }
            }
            if (placed) {
                break;
            }
        }
    }
}

} // namespace

void placeLabels(QPainter& painter, const MapScene& scene, const MapStyle& style, const MapView& view,
                 double devicePerMm, const std::vector<LabelCandidate>& candidates,
                 const MapDrawOptions& options, MapDrawReport& report) {
    LabelBoard board(painter, style, view, devicePerMm, options.reserved);
    const double scale = options.labelScale;
    std::vector<Request> requests(candidates.size());
    std::vector<char> shown(candidates.size(), 0), done(candidates.size(), 0);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        requests[i].candidate = &candidates[i];
        shown[i] = prepareRequest(requests[i], scene, view) ? 1 : 0;
    }
    auto name = [&](std::size_t i) {
        return labelText(scene.unit(candidates[i].unit), labelOf(style, candidates[i].level));
    };
    // Passes by priority: régions and cercles inside, then beside; communes inside, then beside; the
    // focus's neighbours (inside only); numbers for the rest.
    auto pass = [&](auto&& keep, auto&& place) {
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            if (shown[i] && !done[i] && keep(candidates[i]) && place(requests[i], name(i))) {
                done[i] = 1;
            }
        }
    };
    auto major = [](const LabelCandidate& c) { return !c.muted && c.level != AdminLevel::Commune; };
    auto minor = [](const LabelCandidate& c) { return !c.muted && c.level == AdminLevel::Commune; };
    auto muted = [](const LabelCandidate& c) { return c.muted; };
    auto inside = [&](const Request& r, const QString& text) {
        return placeInside(board, r, text, style, scale);
    };
    auto near = [&](double reach) {
        return [&, reach](const Request& r, const QString& text) {
            return placeBeside(board, r, text, style, scale, reach);
        };
    };
    pass(major, inside);
    pass(major, near(kMajorReachMm));
    pass(minor, inside);
    pass(minor, near(kCommuneReachMm));
    pass(major, near(kFarReachMm)); // a long leader still beats a number for a région or cercle
    pass(muted, inside);

    std::vector<std::size_t> rest;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (shown[i] && !done[i]) {
            if (options.keySmallUnits && !candidates[i].muted) {
                rest.push_back(i);
            } else {
                ++report.labelsDropped;
            }
        }
    }
    std::stable_sort(rest.begin(), rest.end(), [&](std::size_t a, std::size_t b) {
        if (candidates[a].level != candidates[b].level) {
            return candidates[a].level < candidates[b].level;
        }
        return sortKey(qs(scene.unit(candidates[a].unit).name)) <
               sortKey(qs(scene.unit(candidates[b].unit).name));
    });
    const QString widest = QString(QString::number(rest.size()).size(), u'8');
    const std::size_t firstNumber = board.placements().size();
    for (std::size_t i : rest) {
        placeNumber(board, requests[i], widest, style, scale, painter);
    }
    for (std::size_t n = 0; n < rest.size(); ++n) {
        Placement& placement = board.placements()[firstNumber + n];
        const int number = static_cast<int>(n + 1);
        placement.text = QString::number(number);
        const QSizeF size = board.textSize(placement.text, placement.font);
        placement.textBox = boxAt(placement.textBox.center(), size);
        const LabelCandidate& candidate = candidates[rest[n]];
        report.keyed.push_back({number, candidate.unit, candidate.level, scene.unit(candidate.unit).name});
    }
    if (options.showCountries) {
        placeCountryNames(board, painter, scene, style, view, options);
    }
    drawPlacements(painter, board, style, view, report);
}

std::vector<LabelCandidate> labelCandidates(const MapScene& scene, const MapView& view,
                                            const MapDrawOptions& options) {
    std::vector<LabelCandidate> candidates;
    auto byRoom = [&](std::vector<LabelCandidate>& list) {
        std::stable_sort(list.begin(), list.end(), [&](const LabelCandidate& a, const LabelCandidate& b) {
            return scene.unit(a.unit).labelRadius > scene.unit(b.unit).labelRadius;
        });
    };
    std::vector<AdminLevel> levels = options.labelLevels;
    std::sort(levels.begin(), levels.end());
    for (AdminLevel level : levels) {
        std::vector<LabelCandidate> list;
        for (UnitId id : scene.level(level)) {
            const SceneUnit& unit = scene.unit(id);
            if (!unit.bounds.intersects(view.area)) {
                continue;
            }
            if (options.focus != kNoUnit && (id == options.focus || !scene.isWithin(id, options.focus))) {
                continue;
            }
            if (std::find(levels.begin(), levels.end(), unit.level) != levels.begin() &&
                std::find(levels.begin(), levels.end(), scene.unit(unit.parent).level) != levels.end() &&
                isOnlyChild(scene, id)) {
                continue; // Bamako the cercle is Bamako the district: named once
            }
            list.push_back({id, level, false});
        }
        byRoom(list);
        candidates.insert(candidates.end(), list.begin(), list.end());
    }
    if (options.focus != kNoUnit && options.labelNeighbours) {
        const AdminLevel level = scene.unit(options.focus).level;
        std::vector<LabelCandidate> list;
        for (UnitId id : scene.level(level)) {
            if (id != options.focus && scene.unit(id).bounds.intersects(view.area)) {
                list.push_back({id, level, true});
            }
        }
        byRoom(list);
        candidates.insert(candidates.end(), list.begin(), list.end());
    }
    return candidates;
}

} // namespace couverture::render::detail
