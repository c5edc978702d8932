#pragma once
// A prepared map scene: the boundaries projected once into the display CRS and turned into Qt paths, ready
// to be drawn many times (pages of an atlas, benchmark runs, the app's canvas) without touching GEOS or PROJ.
//
// Coordinates in the scene are display-CRS units (metres for the default Lambert projection), y to the north;
// the painter maps them to the page with a y-flipping transform.

#include "core/admin_tree.h"
#include "core/geos_handle.h"
#include "core/problem.h"
#include "render/projection.h"

#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <array>
#include <memory>
#include <string>
#include <vector>

namespace couverture::render {

struct SceneUnit {
    UnitId id = kNoUnit;
    AdminLevel level = AdminLevel::Commune;
    UnitId parent = kNoUnit;
    std::string pcode;
    std::string name;
    QPainterPath path;       // projected rings, Qt::OddEvenFill (holes and enclaves need no orientation)
    QRectF bounds;           // of path
    QPointF labelPoint;      // centre of the maximum inscribed circle: the unit's most interior point
    double labelRadius = 0;  // radius of that circle, display units
    double areaKm2 = 0;      // geodesic area on WGS 84, whatever the display projection
    geos::Geometry geometry; // projected, for label containment tests (prepared: MapScene::prepared)
};

// A run of boundary that belongs to no other already-kept run: shared edges are kept once.
struct Polyline {
    QPolygonF points;
    QRectF bounds;
};

// A country around Mali (Natural Earth), drawn in light grey with its name for context.
struct ContextCountry {
    std::string iso;            // ISO 3166-1 alpha-2
    std::string nameFr, nameEn; // as printed
    QPainterPath path;          // projected
    QPainterPath insetPath;     // the same simplified as MapScene::insetCountry (the location inset)
    QRectF bounds;
    geos::Geometry geometry; // projected
};

struct SceneOptions {
    std::string crs; // display CRS (EPSG code, PROJ string, WKT); empty = kMaliLambert
    // Countries around (any OGR source with iso_a2, name_fr, name_en); empty: contextCountriesPath();
    // "none": no neighbours drawn. The country the boundaries describe (ML) is left out.
    std::string contextCountries;
    // Names as maps print them (pcode, boundary_name, display_name columns); empty: displayNamesPath();
    // "none": the boundaries' names as they are.
    std::string displayNames;
    // A file keeping what depends on the boundaries alone and is slow to compute (each unit's label point,
    // the centre of its maximum inscribed circle, and its geodesic area: two thirds of a build), read
    // instead of computed while it was written with the same `cacheKey` and CRS, written otherwise.
    // Empty: no cache. The key describes the boundary sources (paths, sizes, modification times).
    std::string cacheFile;
    std::string cacheKey;
    Progress progress;
};

// data/display_names.csv of the project (core/install_paths.h: dataDirectory()).
std::string displayNamesPath();

// data/natural_earth_west_africa.geojson of the project (dataDirectory()).
std::string contextCountriesPath();

class MapScene {
public:
    MapScene();
    ~MapScene();
    MapScene(MapScene&&) noexcept;
    MapScene& operator=(MapScene&&) noexcept;

    const Projection& projection() const { return *projection_; }

    // Units with geometry, by id; has() is false for ids without geometry or outside the tree.
    bool has(UnitId id) const;
    const SceneUnit& unit(UnitId id) const { return units_[static_cast<std::size_t>(id)]; }
    // The unit's geometry prepared for containment tests, one copy per calling thread: GEOS builds a
    // prepared polygon's indexes on first use and its segment intersector keeps state between calls, so one
    // copy used by two threads at once (the canvas's names worker and an export, the atlas's two threads)
    // crashed.
    const GEOSPreparedGeometry* prepared(UnitId id) const;
    std::size_t size() const { return units_.size(); }
    // Units of one level that have geometry, in tree order.
    const std::vector<UnitId>& level(AdminLevel level) const {
        return levels_[static_cast<std::size_t>(level)];
    }
    UnitId ancestorAt(UnitId id, AdminLevel level) const;
    bool isWithin(UnitId id, UnitId ancestor) const;

    // Boundaries of a level drawn once each (a commune edge shared by two communes is one line), at full
    // detail. AdminLevel::Country is the country outline.
    const std::vector<Polyline>& polylines(AdminLevel level) const {
        return polylines_[static_cast<std::size_t>(level)];
    }
    // The same linework cut into short pieces (at most kChunkPoints points, each with its bounds, so pages
    // and threads skip what they do not show) and simplified for drawing: the coarsest of the prepared
    // levels of detail whose Douglas–Peucker tolerance is at most `tolerance` display units. Detail smaller
    // than a quarter of a pixel cannot be seen, and wide antialiased strokes cost per vertex. Each level of
    // detail is made on its first use (by any thread), not with the scene: a map needs one or two of them,
    // and making them all was a third of the time the application took to show its first map.
    // The levels below fineDetailLimit() (1/40000 of the extent) exist for vector pages zoomed on a unit,
    // where every vertex is an operator of the PDF; raster drawing passes 0 below it (its images, the
    // golden ones too, stay as they were).
    static constexpr int kChunkPoints = 100;
    const std::vector<Polyline>& lineChunks(AdminLevel level, double tolerance) const;
    // lineChunks crossing `area`, as one path (vector output: PDF, SVG).
    QPainterPath outlines(AdminLevel level, const QRectF& area, double tolerance) const;

    // A unit's fill simplified for drawing: the coarsest prepared level of detail whose tolerance is at most
    // `tolerance` display units (the full `path` below the finest). Its rings are cut where three or more
    // boundaries meet and each run between two such junctions is simplified once (Douglas–Peucker, ends
    // fixed, the same way whichever unit walks it), so neighbouring fills still meet without gaps; rings
    // smaller than the tolerance disappear with the hole they fill. Fills cost per vertex like lines. Made
    // on first use for all the units of the level, as the lines are.
    const QPainterPath& fillPath(UnitId id, double tolerance) const;

    const QPainterPath& countryPath() const { return country_; } // filled country
    // Light versions (Douglas–Peucker at 1/1000 of the extent, shared edges simplified once so neighbours
    // still meet) of the country and the région outlines, for the location inset drawn on every page.
    const QPainterPath& insetCountry() const { return insetCountry_; }
    const QPainterPath& insetRegions() const { return insetRegions_; }
    QRectF extent() const { return extent_; } // of all units, display units
    double fineDetailLimit() const { return fineDetailLimit_; }
    std::size_t vertexCount() const { return vertices_; }
    const std::vector<std::string>& sources() const { return sources_; }
    // Neighbouring countries, and the extent the location inset shows on country pages (Mali in West
    // Africa; the country's extent when there are no neighbours).
    const std::vector<ContextCountry>& countries() const { return countries_; }
    QRectF regionExtent() const { return regionExtent_; }

private:
    struct PreparedCache;
    friend MapScene buildMapScene(const AdminTree& tree, const SceneOptions& options);
    void makeFills(AdminLevel level, std::size_t index) const;
    std::unique_ptr<Projection> projection_;
    std::vector<SceneUnit> units_;
    std::array<std::vector<UnitId>, 4> levels_;
    std::array<std::vector<Polyline>, 4> polylines_;
    std::vector<double> tolerances_; // of the levels of detail, finest first (lines also have 0 first)
    struct Details;                  // made on first use, see map_scene.cpp
    std::unique_ptr<Details> details_;
    QPainterPath country_;
    QPainterPath insetCountry_, insetRegions_;
    QRectF extent_;
    double fineDetailLimit_ = 0;
    std::size_t vertices_ = 0;
    std::vector<std::string> sources_;
    std::vector<ContextCountry> countries_;
    std::unique_ptr<PreparedCache> prepared_;
    QRectF regionExtent_;
};

// The rings of a (multi)polygon as a path (Qt::OddEvenFill), in the geometry's own coordinates.
QPainterPath geometryPath(const GEOSGeometry* geometry);

// Projects every unit of the tree (régions, cercles, communes and the country outline), builds its path,
// its label point (GEOS maximum inscribed circle) and its geodesic area, and the per-level linework.
// The scene does not keep a reference to the tree. Throws InputError for an unknown CRS; reports progress
// and throws Cancelled when the callback asks to stop.
MapScene buildMapScene(const AdminTree& tree, const SceneOptions& options = {});

} // namespace couverture::render
