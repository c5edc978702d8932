#include "render/projection.h"

#include "core/geos_handle.h"
#include "core/problem.h"
#include "core/texts.h"

#include <cmath>
#include <geodesic.h>
#include <proj.h>
#include <vector>

namespace couverture::render {

struct Projection::Impl {
    std::string definition;
    PJ_CONTEXT* context = nullptr;
    PJ* crs = nullptr;       // the display CRS
    PJ* transform = nullptr; // EPSG:4326 (lon, lat order) -> crs (x, y order)
    bool geographic = false;

    ~Impl() {
        if (transform != nullptr) {
            proj_destroy(transform);
        }
        if (crs != nullptr) {
            proj_destroy(crs);
        }
        if (context != nullptr) {
            proj_context_destroy(context);
        }
    }
};

Projection::Projection(const std::string& crs) : impl_(std::make_unique<Impl>()) {
    impl_->definition = crs.empty() ? std::string(kMaliLambert) : crs;
    impl_->context = proj_context_create();
    proj_log_level(impl_->context, PJ_LOG_NONE); // failures become InputErrors, not stderr noise
    // PROJ strings without +type=crs name an operation, not a CRS; say what was meant.
    std::string definition = impl_->definition;
    if (definition.rfind("+proj=", 0) == 0 && definition.find("+type=crs") == std::string::npos) {
        definition += " +type=crs";
    }
    impl_->crs = proj_create(impl_->context, definition.c_str());
    if (impl_->crs == nullptr || proj_is_crs(impl_->crs) == 0) {
        throwInputError({}, "crs", 0,
                        fill(translate("Render", "unknown display projection '%1' (give an EPSG code such as "
                                                 "EPSG:32630, a PROJ string or WKT)"),
                             {impl_->definition}));
    }
    const PJ_TYPE type = proj_get_type(impl_->crs);
    impl_->geographic = type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS ||
                        type == PJ_TYPE_GEOGRAPHIC_CRS;
    PJ* raw = proj_create_crs_to_crs(impl_->context, "EPSG:4326", definition.c_str(), nullptr);
    if (raw == nullptr) {
        throwInputError(
            {}, "crs", 0,
            fill(translate("Render", "no transformation from WGS 84 to '%1'"), {impl_->definition}));
    }
    // Longitude first and easting first, whatever the CRS's official axis order.
    impl_->transform = proj_normalize_for_visualization(impl_->context, raw);
    proj_destroy(raw);
    if (impl_->transform == nullptr) {
        throwInputError(
            {}, "crs", 0,
            fill(translate("Render", "no transformation from WGS 84 to '%1'"), {impl_->definition}));
    }
}

Projection::~Projection() = default;
Projection::Projection(Projection&&) noexcept = default;
Projection& Projection::operator=(Projection&&) noexcept = default;

bool Projection::forward(double lon, double lat, double& x, double& y) const {
    PJ_COORD in = proj_coord(lon, lat, 0, 0);
    PJ_COORD out = proj_trans(impl_->transform, PJ_FWD, in);
    if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y)) {
        return false;
    }
    x = out.xy.x;
    y = out.xy.y;
    return true;
}

bool Projection::inverse(double x, double y, double& lon, double& lat) const {
    PJ_COORD in = proj_coord(x, y, 0, 0);
    PJ_COORD out = proj_trans(impl_->transform, PJ_INV, in);
    if (!std::isfinite(out.lp.lam) || !std::isfinite(out.lp.phi)) {
        return false;
    }
    lon = out.lp.lam;
    lat = out.lp.phi;
    return true;
}

const std::string& Projection::definition() const {
    return impl_->definition;
}

std::string Projection::name() const {
    const char* name = proj_get_name(impl_->crs);
    return name != nullptr ? std::string(name) : impl_->definition;
}

std::string Projection::wkt() const {
    const char* text = proj_as_wkt(impl_->context, impl_->crs, PJ_WKT2_2019, nullptr);
    return text != nullptr ? std::string(text) : std::string();
}

bool Projection::isGeographic() const {
    return impl_->geographic;
}

namespace {

const geod_geodesic& wgs84() {
    static const geod_geodesic geodesic = [] {
        geod_geodesic g{};
        geod_init(&g, 6378137.0, 1.0 / 298.257223563);
        return g;
    }();
    return geodesic;
}

double ringArea(const GEOSGeometry* ring) {
    GEOSContextHandle_t context = geos::context();
    const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(context, ring);
    unsigned int size = 0;
    if (sequence == nullptr || GEOSCoordSeq_getSize_r(context, sequence, &size) == 0 || size < 4) {
        return 0;
    }
    std::vector<double> lats(size), lons(size);
    for (unsigned int i = 0; i < size; ++i) {
        GEOSCoordSeq_getXY_r(context, sequence, i, &lons[i], &lats[i]);
    }
    double area = 0;
    // The closing point repeats the first; geod_polygonarea closes rings itself.
    geod_polygonarea(&wgs84(), lats.data(), lons.data(), static_cast<int>(size - 1), &area, nullptr);
    return std::fabs(area);
}

double polygonArea(const GEOSGeometry* polygon) {
    GEOSContextHandle_t context = geos::context();
    double area = ringArea(GEOSGetExteriorRing_r(context, polygon));
    const int holes = GEOSGetNumInteriorRings_r(context, polygon);
    for (int i = 0; i < holes; ++i) {
        area -= ringArea(GEOSGetInteriorRingN_r(context, polygon, i));
    }
    return area;
}

} // namespace

double geodesicDistance(double lon1, double lat1, double lon2, double lat2) {
    double distance = 0;
    geod_inverse(&wgs84(), lat1, lon1, lat2, lon2, &distance, nullptr, nullptr);
    return distance;
}

double geodesicArea(const GEOSGeometry* lonLatGeometry) {
    if (lonLatGeometry == nullptr) {
        return 0;
    }
    GEOSContextHandle_t context = geos::context();
    const int type = GEOSGeomTypeId_r(context, lonLatGeometry);
    if (type == GEOS_POLYGON) {
        return polygonArea(lonLatGeometry);
    }
    if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        double area = 0;
        const int count = GEOSGetNumGeometries_r(context, lonLatGeometry);
        for (int i = 0; i < count; ++i) {
            area += geodesicArea(GEOSGetGeometryN_r(context, lonLatGeometry, i));
        }
        return area;
    }
    return 0;
}

} // namespace couverture::render
