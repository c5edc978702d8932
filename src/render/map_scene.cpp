#include "render/map_scene.h"

#include "core/gdal_support.h"
#include "core/install_paths.h"
#include "core/platform/platform.h"
#include "core/problem.h"
#include "core/texts.h"
#include "render/simplify.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gdal.h>
#include <map>
#include <mutex>
#include <ogr_api.h>
#include <optional>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace couverture::render {
namespace {

// What the measures cache keeps of a unit (see readMeasures).
struct UnitMeasures {
    std::string pcode;
    double x = 0, y = 0, radius = 0, areaKm2 = 0; // label point, label radius, geodesic area
};

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
    return douglasPeucker(points, tolerance);
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
            throwInputError(path, {}, 0, translate("Render", "cannot open the neighbouring countries"));
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
            throwInputError(path, {}, 0, translate("Render", "cannot read the display names"));
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
                    throwInputError(
                        path, column, 1,
                        fill(translate("Render", "the display names need the column %1"), {column}));
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

// A unit's label point (the centre of its maximum inscribed circle, GEOS) and radius, and its geodesic
// area: two thirds of a scene's build time, and a function of the boundaries alone.
void measureUnit(SceneUnit& unit, const GEOSGeometry* source) {
    GEOSContextHandle_t context = geos::context();
    unit.areaKm2 = geodesicArea(source) / 1e6;
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
}

// On two threads (each with its own GEOS context) when there are many: a first start with a cold cache.
void measureUnits(std::vector<SceneUnit>& units, const AdminTree& tree, const std::vector<UnitId>& ids) {
    auto measure = [&](std::size_t first) {
        for (std::size_t i = first; i < ids.size(); i += 2) {
            measureUnit(units[static_cast<std::size_t>(ids[i])], tree.unit(ids[i]).geometry.get());
        }
    };
    if (ids.size() < 64) {
        measure(0);
        measure(1);
        return;
    }
    std::thread second(measure, 1);
    measure(0);
    second.join();
}

// The measures cache (SceneOptions::cacheFile): a header, the key, then per unit its P-code, label point,
// radius and area. Any mismatch (version, key, unit count, a P-code) discards it.
constexpr char kMeasuresMagic[8] = {'C', 'V', 'S', 'C', 'E', 'N', 'E', '1'};

std::string measuresKey(const SceneOptions& options) {
    return options.cacheKey + "\ncrs=" + options.crs;
}

std::optional<std::vector<UnitMeasures>> readMeasures(const SceneOptions& options, std::size_t units) {
    std::ifstream file(options.cacheFile, std::ios::binary);
    if (options.cacheFile.empty() || !file) {
        return std::nullopt;
    }
    const auto readText = [&file] {
        std::uint32_t length = 0;
        file.read(reinterpret_cast<char*>(&length), sizeof length);
        std::string text(file ? length : 0, '\0');
        file.read(text.data(), static_cast<std::streamsize>(text.size()));
        return text;
    };
    char magic[8] = {};
    file.read(magic, sizeof magic);
    std::uint64_t count = 0;
    if (!file || !std::equal(magic, magic + 8, kMeasuresMagic) || readText() != measuresKey(options) ||
        !file.read(reinterpret_cast<char*>(&count), sizeof count) || count != units) {
        return std::nullopt;
    }
    std::vector<UnitMeasures> measures(units);
    for (UnitMeasures& unit : measures) {
        unit.pcode = readText();
        double values[4] = {};
        file.read(reinterpret_cast<char*>(values), sizeof values);
        unit = {std::move(unit.pcode), values[0], values[1], values[2], values[3]};
    }
    return file ? std::optional(std::move(measures)) : std::nullopt;
}

// Written to a temporary file renamed over the old one; a cache that cannot be written is no error.
void writeMeasures(const SceneOptions& options, const std::vector<SceneUnit>& units) {
    if (options.cacheFile.empty()) {
        return;
    }
    namespace fs = std::filesystem;
    std::error_code error;
    fs::create_directories(fs::path(options.cacheFile).parent_path(), error);
    const std::string temporary = options.cacheFile + ".tmp" + std::to_string(platform::processId());
    {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        const auto writeText = [&file](const std::string& text) {
            const auto length = static_cast<std::uint32_t>(text.size());
            file.write(reinterpret_cast<const char*>(&length), sizeof length);
            file.write(text.data(), static_cast<std::streamsize>(text.size()));
        };
        file.write(kMeasuresMagic, sizeof kMeasuresMagic);
        writeText(measuresKey(options));
        const std::uint64_t count = units.size();
        file.write(reinterpret_cast<const char*>(&count), sizeof count);
        for (const SceneUnit& unit : units) {
            writeText(unit.pcode);
            const double values[4] = {unit.labelPoint.x(), unit.labelPoint.y(), unit.labelRadius,
                                      unit.areaKm2};
            file.write(reinterpret_cast<const char*>(values), sizeof values);
        }
        if (!file) {
            fs::remove(temporary, error);
            return;
        }
    }
    fs::rename(temporary, options.cacheFile, error);
    if (error) {
        fs::remove(temporary, error);
    }
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

// The levels of detail, made on first use: one flag per level and tolerance, so that any thread may make
// one while the others wait for it, at no cost once it is made.
struct MapScene::Details {
    Details(std::size_t tolerances, std::size_t units) : fills(units) {
        for (std::size_t level = 0; level < 4; ++level) {
            lineMade[level] = std::make_unique<std::once_flag[]>(tolerances + 1);
            fillMade[level] = std::make_unique<std::once_flag[]>(tolerances);
            lines[level].resize(tolerances + 1);
        }
        for (auto& paths : fills) {
            paths.resize(tolerances);
        }
    }
    std::array<std::unique_ptr<std::once_flag[]>, 4> lineMade, fillMade;
    std::array<std::vector<std::vector<Polyline>>, 4>
        lines; // [level][0]: full detail; [i]: tolerances_[i - 1]
    std::array<std::once_flag, 4> junctionsMade;
    std::array<Junctions, 4> junctions;
    std::vector<std::vector<QPainterPath>> fills; // by unit, one path per tolerance
};

struct MapScene::PreparedCache {
    std::mutex mutex;
    std::map<std::thread::id, std::vector<geos::PreparedGeometry>> byThread; // nodes stay where they are
};

MapScene::MapScene() : prepared_(std::make_unique<PreparedCache>()) {}

const GEOSPreparedGeometry* MapScene::prepared(UnitId id) const {
    std::vector<geos::PreparedGeometry>* own = nullptr;
    {
        std::lock_guard lock(prepared_->mutex);
        own = &prepared_->byThread[std::this_thread::get_id()];
        if (own->size() != units_.size()) {
            own->resize(units_.size());
        }
    }
    geos::PreparedGeometry& slot = (*own)[static_cast<std::size_t>(id)];
    if (!slot && units_[static_cast<std::size_t>(id)].geometry) {
        slot = geos::prepare(units_[static_cast<std::size_t>(id)].geometry.get());
    }
    return slot.get();
}
MapScene::~MapScene() = default;
MapScene::MapScene(MapScene&&) noexcept = default;
MapScene& MapScene::operator=(MapScene&&) noexcept = default;

const QPainterPath& MapScene::fillPath(UnitId id, double tolerance) const {
    const SceneUnit& unit = units_[static_cast<std::size_t>(id)];
    std::size_t count = 0; // tolerances at most `tolerance`
    while (count < tolerances_.size() && tolerances_[count] <= tolerance) {
        ++count;
    }
    if (count == 0 || !details_) {
        return unit.path;
    }
    const std::size_t index = count - 1;
    const auto level = static_cast<std::size_t>(unit.level);
    std::call_once(details_->fillMade[level][index], [&] { makeFills(unit.level, index); });
    return details_->fills[static_cast<std::size_t>(id)][index];
}

void MapScene::makeFills(AdminLevel level, std::size_t index) const {
    // One set of junctions per level: a unit's rings meet its own level's neighbours only.
    const auto at = static_cast<std::size_t>(level);
    std::call_once(details_->junctionsMade[at], [&] {
        std::vector<QPolygonF> rings;
        for (UnitId id : levels_[at]) {
            forEachRing(unit(id).geometry.get(), [&](const QPolygonF& ring) { rings.push_back(ring); });
        }
        details_->junctions[at] = junctionsOf(rings);
    });
    for (UnitId id : levels_[at]) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        forEachRing(unit(id).geometry.get(), [&](const QPolygonF& ring) {
            const QPolygonF points = simplifiedRing(ring, details_->junctions[at], tolerances_[index]);
            if (!points.isEmpty()) {
                path.addPolygon(points);
                path.closeSubpath();
            }
        });
        details_->fills[static_cast<std::size_t>(id)][index] = path;
    }
}

const std::vector<Polyline>& MapScene::lineChunks(AdminLevel level, double tolerance) const {
    static const std::vector<Polyline> none;
    const auto at = static_cast<std::size_t>(level);
    if (!details_ || polylines_[at].empty()) {
        return none;
    }
    std::size_t best = 0;
    while (best < tolerances_.size() && tolerances_[best] <= tolerance) {
        ++best;
    }
    std::call_once(details_->lineMade[at][best], [&] {
        details_->lines[at][best] = chunked(polylines_[at], best == 0 ? 0 : tolerances_[best - 1]);
    });
    return details_->lines[at][best];
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
    return dataDirectory() + "/display_names.csv";
}

std::string contextCountriesPath() {
    return dataDirectory() + "/natural_earth_west_africa.geojson";
}

MapScene buildMapScene(const AdminTree& tree, const SceneOptions& options) {
    MapScene scene;
    scene.projection_ = std::make_unique<Projection>(options.crs);
    const Projection& projection = *scene.projection_;
    scene.sources_ = tree.sources;
    scene.units_.resize(tree.size());

    const auto displayNames = readDisplayNames(options);
    const std::optional<std::vector<UnitMeasures>> cached = readMeasures(options, tree.size());
    std::vector<UnitId> unmeasured; // units whose label point and area are not in the cache
    std::array<std::vector<QPolygonF>, 4> ringsByLevel;
    const double total = static_cast<double>(std::max<std::size_t>(tree.size(), 1));
    for (const AdminUnit& source : tree.units()) {
        if ((source.id & 63) == 0 &&
            !options.progress.report(0.9 * static_cast<double>(source.id) / total,
                                     translate("Progress", "projecting boundaries").c_str())) {
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
        if (cached && (*cached)[static_cast<std::size_t>(source.id)].pcode == unit.pcode) {
            const UnitMeasures& measures = (*cached)[static_cast<std::size_t>(source.id)];
            unit.labelPoint = QPointF(measures.x, measures.y);
            unit.labelRadius = measures.radius;
            unit.areaKm2 = measures.areaKm2;
        } else {
            unmeasured.push_back(source.id);
        }
        scene.levels_[static_cast<std::size_t>(source.level)].push_back(source.id);
        scene.extent_ = scene.extent_.isNull() ? unit.bounds : scene.extent_.united(unit.bounds);
    }

    if (!unmeasured.empty()) {
        measureUnits(scene.units_, tree, unmeasured);
        writeMeasures(options, scene.units_);
    }
    options.progress.report(0.9, translate("Progress", "preparing outlines").c_str());
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
    // and for vector pages (0.05 mm on a cercle page is 3 to 6 m) from 1/640000 (about 2.5 m): a cercle atlas
    // page drew its fills and lines at full detail, ~19,000 line segments a page, and Qt's PDF engine spent
    // half of the atlas's time deflating them. Each level is made on first use (lineChunks, fillPath).
    const double size = std::max(scene.extent_.width(), scene.extent_.height());
    if (!std::isfinite(size) || !(size > 0)) { // the ladder below would never end
        throwInputError(
            tree.sources.empty() ? std::string("boundaries") : tree.sources.front(), {}, 0,
            options.crs.empty()
                ? translate("Render", "no unit can be drawn: the boundaries hold no polygon with an area "
                                      "(points, lines or empty geometries?), or the default projection "
                                      "leaves nothing visible")
                : fill(translate("Render", "no unit can be drawn: the boundaries hold no polygon with an "
                                           "area (points, lines or empty geometries?), or the projection "
                                           "(%1) leaves nothing visible"),
                       {options.crs}));
    }
    scene.fineDetailLimit_ = size / 40000;
    for (double tolerance = size / 640000; tolerance <= size / 300; tolerance *= 2) {
        scene.tolerances_.push_back(tolerance);
    }
    scene.details_ = std::make_unique<MapScene::Details>(scene.tolerances_.size(), scene.units_.size());
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
    options.progress.report(1.0, translate("Progress", "scene ready").c_str());
    return scene;
}

} // namespace couverture::render
