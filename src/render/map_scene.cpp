#include "render/map_scene.h"

#include "core/gdal_support.h"
#include "core/problem.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <gdal.h>
#include <map>
#include <ogr_api.h>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace couverture::render {
namespace {

int projectPoint(double* x, double* y, void* userData) {
    const auto* projection = static_cast<const Projection*>(userData);
    return projection->forward(*x, *y, *x, *y) ? 1 : 0;
}

geos::Geometry project(const GEOSGeometry* geometry, const Projection& projection) {
    // GEOS hands the callback a const-less pointer; the projection is only read.
    return geos::Geometry(GEOSGeom_transformXY_r(geos::context(), geometry, projectPoint,
                                                 const_cast<Projection*>(&projection)));
}

// The rings of a (multi)polygon, as point lists without the closing repeat.
template <typename Visit> void forEachRing(const GEOSGeometry* geometry, Visit&& visit) {
    GEOSContextHandle_t context = geos::context();
    const int type = GEOSGeomTypeId_r(context, geometry);
    if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        const int count = GEOSGetNumGeometries_r(context, geometry);
        for (int i = 0; i < count; ++i) {
            forEachRing(GEOSGetGeometryN_r(context, geometry, i), visit);
        }
        return;
    }
    if (type != GEOS_POLYGON) {
        return;
    }
    auto ring = [&](const GEOSGeometry* linearRing) {
        const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(context, linearRing);
        unsigned int size = 0;
        if (sequence == nullptr || GEOSCoordSeq_getSize_r(context, sequence, &size) == 0 || size < 4) {
            return;
        }
        QPolygonF points;
        points.reserve(static_cast<qsizetype>(size - 1));
        for (unsigned int i = 0; i + 1 < size; ++i) {
            double x = 0, y = 0;
            GEOSCoordSeq_getXY_r(context, sequence, i, &x, &y);
            points.append(QPointF(x, y));
        }
        visit(points);
    };
    ring(GEOSGetExteriorRing_r(context, geometry));
    const int holes = GEOSGetNumInteriorRings_r(context, geometry);
    for (int i = 0; i < holes; ++i) {
        ring(GEOSGetInteriorRingN_r(context, geometry, i));
    }
}

struct SegmentKey {
    std::uint64_t ax, ay, bx, by;
    bool operator==(const SegmentKey&) const = default;
};

struct SegmentHash {
    std::size_t operator()(const SegmentKey& key) const {
        std::uint64_t h = key.ax * 0x9E3779B97F4A7C15ULL;
        h ^= key.ay + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
        h ^= key.bx + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
        h ^= key.by + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
        return static_cast<std::size_t>(h);
    }
};

// Undirected: a shared edge walked the other way by the neighbour has the same key.
SegmentKey keyOf(const QPointF& a, const QPointF& b) {
    const bool aFirst = a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
    const QPointF& first = aFirst ? a : b;
    const QPointF& second = aFirst ? b : a;
    return {std::bit_cast<std::uint64_t>(first.x()), std::bit_cast<std::uint64_t>(first.y()),
            std::bit_cast<std::uint64_t>(second.x()), std::bit_cast<std::uint64_t>(second.y())};
}

// Keeps every boundary segment once; consecutive kept segments of a ring make one polyline. Data whose
// neighbours share vertices exactly (COD-AB: cercles and régions dissolved from communes) loses every
// duplicate; other data only draws some edges twice.
std::vector<Polyline> uniqueLinework(const std::vector<QPolygonF>& rings) {
    std::unordered_set<SegmentKey, SegmentHash> seen;
    std::vector<Polyline> lines;
    for (const QPolygonF& ring : rings) {
        const qsizetype n = ring.size();
        QPolygonF current;
        std::size_t firstLineOfRing = lines.size();
        bool firstSegmentKept = false;
        for (qsizetype i = 0; i < n; ++i) {
            const QPointF& a = ring[i];
            const QPointF& b = ring[(i + 1) % n];
            const bool kept = seen.insert(keyOf(a, b)).second;
            if (i == 0) {
                firstSegmentKept = kept;
            }
            if (kept) {
                if (current.isEmpty()) {
                    current.append(a);
                }
                current.append(b);
            } else if (!current.isEmpty()) {
                lines.push_back({current, current.boundingRect()});
                current.clear();
            }
        }
        if (!current.isEmpty()) {
            // The run that reaches the ring's end continues into the run that started it.
            if (firstSegmentKept && lines.size() > firstLineOfRing) {
                QPolygonF& head = lines[firstLineOfRing].points;
                current.append(head.mid(1));
                head = current;
                lines[firstLineOfRing].bounds = head.boundingRect();
            } else {
                lines.push_back({current, current.boundingRect()});
            }
        }
    }
    return lines;
}

// Douglas–Peucker with fixed end points: a shared edge kept once is simplified once, so both sides agree.
QPolygonF simplified(const QPolygonF& points, double tolerance) {
    const qsizetype n = points.size();
    if (n < 3) {
        return points;
    }
    std::vector<char> keep(static_cast<std::size_t>(n), 0);
    keep.front() = keep.back() = 1;
    std::vector<std::pair<qsizetype, qsizetype>> stack{{0, n - 1}};
    while (!stack.empty()) {
        const auto [first, last] = stack.back();
        stack.pop_back();
        const QPointF a = points[first];
        const QPointF b = points[last];
        const double dx = b.x() - a.x(), dy = b.y() - a.y();
        const double length = std::hypot(dx, dy);
        double worst = -1;
        qsizetype at = -1;
        for (qsizetype i = first + 1; i < last; ++i) {
            const QPointF p = points[i];
            const double distance = length > 0
                                        ? std::fabs(dy * (p.x() - a.x()) - dx * (p.y() - a.y())) / length
                                        : std::hypot(p.x() - a.x(), p.y() - a.y());
            if (distance > worst) {
                worst = distance;
                at = i;
            }
        }
        if (at >= 0 && worst > tolerance) {
            keep[static_cast<std::size_t>(at)] = 1;
            stack.emplace_back(first, at);
            stack.emplace_back(at, last);
        }
    }
    QPolygonF out;
    for (qsizetype i = 0; i < n; ++i) {
        if (keep[static_cast<std::size_t>(i)] != 0) {
            out.append(points[i]);
        }
    }
    return out;
}

struct PointKey {
    std::uint64_t x, y;
    bool operator==(const PointKey&) const = default;
};

struct PointHash {
    std::size_t operator()(const PointKey& key) const {
        std::uint64_t h = key.x * 0x9E3779B97F4A7C15ULL;
        h ^= key.y + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
        return static_cast<std::size_t>(h);
    }
};

PointKey pointKey(const QPointF& point) {
    return {std::bit_cast<std::uint64_t>(point.x()), std::bit_cast<std::uint64_t>(point.y())};
}

bool lessPoint(const QPointF& a, const QPointF& b) {
    return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
}

// Vertices where the boundaries of a level branch: more or fewer than two distinct segments end there (a
// vertex inside a run shared by two units has the same two segments in both rings).
using Junctions = std::unordered_set<PointKey, PointHash>;
Junctions junctionsOf(const std::vector<QPolygonF>& rings) {
    std::unordered_set<SegmentKey, SegmentHash> seen;
    std::unordered_map<PointKey, int, PointHash> degree;
    for (const QPolygonF& ring : rings) {
        const qsizetype n = ring.size();
        for (qsizetype i = 0; i < n; ++i) {
            const QPointF& a = ring[i];
            const QPointF& b = ring[(i + 1) % n];
            if (seen.insert(keyOf(a, b)).second) {
                ++degree[pointKey(a)];
                ++degree[pointKey(b)];
            }
        }
    }
    Junctions junctions;
    for (const auto& [point, count] : degree) {
        if (count != 2) {
            junctions.insert(point);
        }
    }
    return junctions;
}

// A ring (no closing repeat) simplified run by run between junctions; each run is simplified in a direction
// that does not depend on the ring walking it, so both neighbours get the same points. Empty when fewer
// than three points remain.
QPolygonF simplifiedRing(const QPolygonF& ring, const Junctions& junctions, double tolerance) {
    const qsizetype n = ring.size();
    std::vector<qsizetype> cuts;
    for (qsizetype i = 0; i < n; ++i) {
        if (junctions.count(pointKey(ring[i])) != 0) {
            cuts.push_back(i);
        }
    }
    if (cuts.empty()) { // an island, or an enclave and the hole it fills: start at the smallest point
        qsizetype smallest = 0;
        for (qsizetype i = 1; i < n; ++i) {
            if (lessPoint(ring[i], ring[smallest])) {
                smallest = i;
            }
        }
        cuts.push_back(smallest);
    }
    QPolygonF out;
    QPolygonF run;
    for (std::size_t k = 0; k < cuts.size(); ++k) {
        const qsizetype from = cuts[k];
        const qsizetype to = cuts[(k + 1) % cuts.size()];
        const qsizetype length = (to - from + n) % n == 0 ? n : (to - from + n) % n; // segments
        run.clear();
        run.reserve(length + 1);
        for (qsizetype i = 0; i <= length; ++i) {
            run.append(ring[(from + i) % n]);
        }
        const bool reversed = run.front() != run.back()
                                  ? lessPoint(run.back(), run.front())
                                  : (run.size() > 2 && lessPoint(run[run.size() - 2], run[1]));
        if (reversed) {
            std::reverse(run.begin(), run.end());
        }
        QPolygonF kept = simplified(run, tolerance);
        if (reversed) {
            std::reverse(kept.begin(), kept.end());
        }
        kept.removeLast(); // the next run starts with it
        out.append(kept);
    }
    return out.size() >= 3 ? out : QPolygonF();
}

std::vector<Polyline> chunked(const std::vector<Polyline>& lines, double tolerance) {
    std::vector<Polyline> chunks;
    const qsizetype size = MapScene::kChunkPoints;
    for (const Polyline& line : lines) {
        const QPolygonF points = tolerance > 0 ? simplified(line.points, tolerance) : line.points;
        for (qsizetype start = 0; start + 1 < points.size(); start += size - 1) {
            QPolygonF piece = points.mid(start, std::min(size, points.size() - start));
            chunks.push_back({piece, piece.boundingRect()});
        }
    }
    return chunks;
}

// Neighbouring countries from an OGR source (Natural Earth), projected; the country of the boundaries left
// out (its own outline is the COD's). A missing default file means no neighbours; a named one must open.
std::vector<ContextCountry> loadContextCountries(const SceneOptions& options, const Projection& projection,
                                                 const std::string& ownIso) {
    std::vector<ContextCountry> countries;
    if (options.contextCountries == "none") {
        return countries;
    }
    const std::string path =
        options.contextCountries.empty() ? contextCountriesPath() : options.contextCountries;
    ensureGdalRegistered();
    GDALDatasetH dataset =
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (dataset == nullptr) {
        if (!options.contextCountries.empty()) {
            throwInputError(path, {}, 0, "cannot open the neighbouring countries");
        }
        return countries;
    }
    OGRLayerH layer = GDALDatasetGetLayer(dataset, 0);
    OGRFeatureH feature = nullptr;
    auto field = [&](const char* name) {
        const int index = OGR_F_GetFieldIndex(feature, name);
        return index < 0 ? std::string() : std::string(OGR_F_GetFieldAsString(feature, index));
    };
    while (layer != nullptr && (feature = OGR_L_GetNextFeature(layer)) != nullptr) {
        ContextCountry country;
        country.iso = field("iso_a2");
        country.nameFr = field("name_fr");
        country.nameEn = field("name_en");
        OGRGeometryH geometry = OGR_F_GetGeometryRef(feature);
        if (country.iso != ownIso && geometry != nullptr) {
            std::vector<unsigned char> wkb(static_cast<std::size_t>(OGR_G_WkbSize(geometry)));
            OGR_G_ExportToWkb(geometry, wkbNDR, wkb.data());
            geos::Geometry source = geos::fromWkb(wkb.data(), wkb.size());
            if (source) {
                country.geometry = project(source.get(), projection);
            }
            if (country.geometry) {
                forEachRing(country.geometry.get(), [&](const QPolygonF& ring) {
                    country.path.addPolygon(ring);
                    country.path.closeSubpath();
                });
                country.path.setFillRule(Qt::OddEvenFill);
                country.bounds = country.path.boundingRect();
                countries.push_back(std::move(country));
            }
        }
        OGR_F_Destroy(feature);
    }
    GDALClose(dataset);
    return countries;
}

// pcode -> (boundary name, display name), from a CSV with a header row (fields without quotes or commas).
std::map<std::string, std::pair<std::string, std::string>> readDisplayNames(const SceneOptions& options) {
    std::map<std::string, std::pair<std::string, std::string>> names;
    if (options.displayNames == "none") {
        return names;
    }
    const std::string path = options.displayNames.empty() ? displayNamesPath() : options.displayNames;
    std::ifstream file(path);
    if (!file) {
        if (!options.displayNames.empty()) {
            throwInputError(path, {}, 0, "cannot read the display names");
        }
        return names;
    }
    std::string line;
    std::vector<std::string> header;
    auto split = [](const std::string& text) {
        std::vector<std::string> fields;
        std::stringstream stream(text);
        for (std::string field; std::getline(stream, field, ',');) {
            fields.push_back(field);
        }
        return fields;
    };
    int row = 0;
    while (std::getline(file, line)) {
        ++row;
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        const std::vector<std::string> fields = split(line);
        if (header.empty()) {
            header = fields;
            for (const char* column : {"pcode", "boundary_name", "display_name"}) {
                if (std::find(header.begin(), header.end(), column) == header.end()) {
                    throwInputError(path, column, 1,
                                    "the display names need the column " + std::string(column));
                }
            }
            continue;
        }
        auto value = [&](const char* column) {
            const auto at =
                static_cast<std::size_t>(std::find(header.begin(), header.end(), column) - header.begin());
            return at < fields.size() ? fields[at] : std::string();
        };
        if (!value("pcode").empty() && !value("display_name").empty()) {
            names[value("pcode")] = {value("boundary_name"), value("display_name")};
        }
    }
    return names;
}

} // namespace

QPainterPath geometryPath(const GEOSGeometry* geometry) {
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    if (geometry != nullptr) {
        forEachRing(geometry, [&](const QPolygonF& ring) {
            path.addPolygon(ring);
            path.closeSubpath();
        });
    }
    return path;
}

MapScene::MapScene() = default;
MapScene::~MapScene() = default;
MapScene::MapScene(MapScene&&) noexcept = default;
MapScene& MapScene::operator=(MapScene&&) noexcept = default;

bool MapScene::has(UnitId id) const {
    return id >= 0 && static_cast<std::size_t>(id) < units_.size() &&
           !units_[static_cast<std::size_t>(id)].path.isEmpty();
}

UnitId MapScene::ancestorAt(UnitId id, AdminLevel level) const {
    while (id != kNoUnit && unit(id).level > level) {
        id = unit(id).parent;
    }
    return id != kNoUnit && unit(id).level == level ? id : kNoUnit;
}

bool MapScene::isWithin(UnitId id, UnitId ancestor) const {
    for (; id != kNoUnit; id = unit(id).parent) {
        if (id == ancestor) {
            return true;
        }
    }
    return false;
}

const QPainterPath& MapScene::fillPath(UnitId id, double tolerance) const {
    const SceneUnit& unit = units_[static_cast<std::size_t>(id)];
    const auto& paths = fillDetails_[static_cast<std::size_t>(id)];
    const QPainterPath* best = &unit.path;
    for (std::size_t i = 0; i < paths.size() && fillTolerances_[i] <= tolerance; ++i) {
        best = &paths[i];
    }
    return *best;
}

const std::vector<Polyline>& MapScene::lineChunks(AdminLevel level, double tolerance) const {
    const auto& details = details_[static_cast<std::size_t>(level)];
    static const std::vector<Polyline> none;
    if (details.empty()) {
        return none;
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < details.size() && details[i].tolerance <= tolerance; ++i) {
        best = i;
    }
    return details[best].chunks;
}

QPainterPath MapScene::outlines(AdminLevel level, const QRectF& area, double tolerance) const {
    QPainterPath path;
    for (const Polyline& chunk : lineChunks(level, tolerance)) {
        if (chunk.bounds.intersects(area) || area.contains(chunk.bounds)) {
            path.addPolygon(chunk.points);
        }
    }
    return path;
}

std::string displayNamesPath() {
    if (const char* directory = std::getenv("COUVERTURE_DATA_DIR"); directory != nullptr && *directory != 0) {
        return std::string(directory) + "/display_names.csv";
    }
    return std::string(COUVERTURE_DATA_DIR) + "/display_names.csv";
}

std::string contextCountriesPath() {
    if (const char* directory = std::getenv("COUVERTURE_DATA_DIR"); directory != nullptr && *directory != 0) {
        return std::string(directory) + "/natural_earth_west_africa.geojson";
    }
    return std::string(COUVERTURE_DATA_DIR) + "/natural_earth_west_africa.geojson";
}

MapScene buildMapScene(const AdminTree& tree, const SceneOptions& options) {
    MapScene scene;
    scene.projection_ = std::make_unique<Projection>(options.crs);
    const Projection& projection = *scene.projection_;
    GEOSContextHandle_t context = geos::context();
    scene.sources_ = tree.sources;
    scene.units_.resize(tree.size());

    const auto displayNames = readDisplayNames(options);
    std::array<std::vector<QPolygonF>, 4> ringsByLevel;
    const double total = static_cast<double>(std::max<std::size_t>(tree.size(), 1));
    for (const AdminUnit& source : tree.units()) {
        if ((source.id & 63) == 0 &&
            !options.progress.report(0.9 * static_cast<double>(source.id) / total, "projecting boundaries")) {
            throw Cancelled{};
        }
        SceneUnit& unit = scene.units_[static_cast<std::size_t>(source.id)];
        unit.id = source.id;
        unit.level = source.level;
        unit.parent = source.parent;
        unit.pcode = source.pcode;
        unit.name = source.name;
        if (const auto found = displayNames.find(source.pcode);
            found != displayNames.end() && found->second.first == source.name) {
            unit.name = found->second.second; // same code and same name: a spelling, not another place
        }
        if (!source.geometry || source.level == AdminLevel::Country) {
            continue;
        }
        unit.geometry = project(source.geometry.get(), projection);
        if (!unit.geometry) {
            continue; // outside the projection's domain: the unit cannot be drawn in this CRS
        }
        auto& rings = ringsByLevel[static_cast<std::size_t>(source.level)];
        forEachRing(unit.geometry.get(), [&](const QPolygonF& ring) {
            unit.path.addPolygon(ring);
            unit.path.closeSubpath();
            rings.push_back(ring);
            scene.vertices_ += static_cast<std::size_t>(ring.size());
        });
        if (unit.path.isEmpty()) {
            unit.geometry.reset();
            continue;
        }
        unit.path.setFillRule(Qt::OddEvenFill);
        unit.bounds = unit.path.boundingRect();
        unit.prepared = geos::prepare(unit.geometry.get());
        unit.areaKm2 = geodesicArea(source.geometry.get()) / 1e6;
        const double tolerance = std::max(unit.bounds.width(), unit.bounds.height()) / 500.0;
        geos::Geometry circle(GEOSMaximumInscribedCircle_r(context, unit.geometry.get(), tolerance));
        double cx = unit.bounds.center().x(), cy = unit.bounds.center().y();
        if (circle) {
            const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(context, circle.get());
            double ex = cx, ey = cy;
            if (sequence != nullptr && GEOSCoordSeq_getXY_r(context, sequence, 0, &cx, &cy) != 0 &&
                GEOSCoordSeq_getXY_r(context, sequence, 1, &ex, &ey) != 0) {
                unit.labelRadius = std::hypot(ex - cx, ey - cy);
            }
        }
        unit.labelPoint = QPointF(cx, cy);
        scene.levels_[static_cast<std::size_t>(source.level)].push_back(source.id);
        scene.extent_ = scene.extent_.isNull() ? unit.bounds : scene.extent_.united(unit.bounds);
    }

    options.progress.report(0.9, "preparing outlines");
    for (AdminLevel level : kMappedLevels) {
        const auto index = static_cast<std::size_t>(level);
        scene.polylines_[index] = uniqueLinework(ringsByLevel[index]);
    }
    if (const GEOSGeometry* country = tree.countryGeometry()) {
        geos::Geometry projected = project(country, projection);
        if (projected) {
            std::vector<QPolygonF> rings;
            forEachRing(projected.get(), [&](const QPolygonF& ring) {
                scene.country_.addPolygon(ring);
                scene.country_.closeSubpath();
                rings.push_back(ring);
            });
            scene.country_.setFillRule(Qt::OddEvenFill);
            auto& lines = scene.polylines_[static_cast<std::size_t>(AdminLevel::Country)];
            for (QPolygonF& ring : rings) {
                ring.append(ring.front());
                lines.push_back({ring, ring.boundingRect()});
            }
            const QRectF bounds = scene.country_.boundingRect();
            scene.extent_ = scene.extent_.isNull() ? bounds : scene.extent_.united(bounds);
        }
    }
    // Levels of detail: tolerances doubling from 1/40000 of the extent (about 40 m for Mali) up to 1/300,
    // and for vector pages (0.05 mm on a cercle page is 3 to 6 m) from 1/640000 (about 2.5 m). A cercle
    // atlas page drew its fills and lines at full detail: ~19,000 line segments a page, and Qt's PDF engine
    // spent half of the atlas's time deflating them.
    const double size = std::max(scene.extent_.width(), scene.extent_.height());
    if (!std::isfinite(size) || !(size > 0)) { // the ladder below would never end
        throwInputError(tree.sources.empty() ? std::string("boundaries") : tree.sources.front(), {}, 0,
                        "no unit can be drawn: the boundaries hold no polygon with an area (points, lines or "
                        "empty geometries?), or the projection (" +
                            (options.crs.empty() ? std::string("default") : options.crs) +
                            ") leaves nothing visible");
    }
    scene.fineDetailLimit_ = size / 40000;
    const double finest = size / 640000;
    for (std::size_t index = 0; index < scene.details_.size(); ++index) {
        auto& details = scene.details_[index];
        details.push_back({0, chunked(scene.polylines_[index], 0)});
        for (double tolerance = finest; tolerance <= size / 300; tolerance *= 2) {
            details.push_back({tolerance, chunked(scene.polylines_[index], tolerance)});
        }
    }
    // Fills: the same tolerances, from the finest that actually removes vertices (the ladder above halves
    // down to where nothing moves). One set of junctions per level: a unit's rings meet its own level's
    // neighbours only.
    for (double tolerance = finest; tolerance <= size / 300; tolerance *= 2) {
        scene.fillTolerances_.push_back(tolerance);
    }
    scene.fillDetails_.resize(scene.units_.size());
    for (AdminLevel level : kMappedLevels) {
        const auto index = static_cast<std::size_t>(level);
        const Junctions junctions = junctionsOf(ringsByLevel[index]);
        for (const UnitId id : scene.levels_[index]) {
            auto& paths = scene.fillDetails_[static_cast<std::size_t>(id)];
            std::vector<QPolygonF> rings;
            forEachRing(scene.units_[static_cast<std::size_t>(id)].geometry.get(),
                        [&](const QPolygonF& ring) { rings.push_back(ring); });
            for (const double tolerance : scene.fillTolerances_) {
                QPainterPath path;
                path.setFillRule(Qt::OddEvenFill);
                for (const QPolygonF& ring : rings) {
                    const QPolygonF points = simplifiedRing(ring, junctions, tolerance);
                    if (!points.isEmpty()) {
                        path.addPolygon(points);
                        path.closeSubpath();
                    }
                }
                paths.push_back(path);
            }
        }
    }
    const double tolerance = size / 1000.0;
    for (const Polyline& line : scene.polylines(AdminLevel::Region)) {
        scene.insetRegions_.addPolygon(simplified(line.points, tolerance));
    }
    for (const Polyline& line : scene.polylines(AdminLevel::Country)) {
        scene.insetCountry_.addPolygon(simplified(line.points, tolerance));
        scene.insetCountry_.closeSubpath();
    }
    scene.insetCountry_.setFillRule(Qt::OddEvenFill);
    scene.countries_ = loadContextCountries(options, projection, "ML");
    for (ContextCountry& country : scene.countries_) {
        country.insetPath.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF& ring : country.path.toSubpathPolygons()) {
            const QPolygonF points = simplified(ring, tolerance);
            if (points.size() >= 3) {
                country.insetPath.addPolygon(points);
                country.insetPath.closeSubpath();
            }
        }
    }
    scene.regionExtent_ = scene.extent_;
    if (!scene.countries_.empty()) {
        // Mali in West Africa: the country with about its own size of neighbours around it.
        const QRectF e = scene.extent_;
        QRectF around = e.adjusted(-e.width() * 0.6, -e.height() * 0.45, e.width() * 0.6, e.height() * 0.45);
        QRectF covered;
        for (const ContextCountry& country : scene.countries_) {
            covered = covered.united(country.bounds);
        }
        scene.regionExtent_ = around.intersected(covered.united(e));
    }
    options.progress.report(1.0, "scene ready");
    return scene;
}

} // namespace couverture::render
