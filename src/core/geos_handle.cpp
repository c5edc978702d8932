#include "core/geos_handle.h"

#include "core/texts.h"

#include <cstdarg>
#include <cstdio>
#include <vector>

namespace couverture::geos {
namespace {

void ignoreMessage(const char*, void*) {}

struct ThreadContext {
    GEOSContextHandle_t handle = GEOS_init_r();
    ThreadContext() {
        GEOSContext_setNoticeMessageHandler_r(handle, ignoreMessage, nullptr);
        GEOSContext_setErrorMessageHandler_r(handle, ignoreMessage, nullptr);
    }
    ~ThreadContext() { GEOS_finish_r(handle); }
    ThreadContext(const ThreadContext&) = delete;
    ThreadContext& operator=(const ThreadContext&) = delete;
};

} // namespace

GEOSContextHandle_t context() {
    thread_local ThreadContext threadContext;
    return threadContext.handle;
}

void GeometryDeleter::operator()(GEOSGeometry* geometry) const {
    if (geometry != nullptr) {
        GEOSGeom_destroy_r(context(), geometry);
    }
}

void PreparedDeleter::operator()(const GEOSPreparedGeometry* prepared) const {
    if (prepared != nullptr) {
        GEOSPreparedGeom_destroy_r(context(), prepared);
    }
}

Geometry fromWkb(const unsigned char* wkb, std::size_t size) {
    return Geometry(GEOSGeomFromWKB_buf_r(context(), wkb, size));
}

Geometry clone(const GEOSGeometry* geometry) {
    return Geometry(GEOSGeom_clone_r(context(), geometry));
}

PreparedGeometry prepare(const GEOSGeometry* geometry) {
    return PreparedGeometry(GEOSPrepare_r(context(), geometry));
}

std::string invalidityReason(const GEOSGeometry* geometry) {
    if (GEOSisValid_r(context(), geometry) == 1) {
        return {};
    }
    char* reason = GEOSisValidReason_r(context(), geometry);
    std::string text = reason != nullptr ? std::string(reason) : translate("Problem", "invalid geometry");
    GEOSFree_r(context(), reason);
    return text;
}

Geometry makeValid(const GEOSGeometry* geometry) {
    Geometry valid(GEOSMakeValid_r(context(), geometry));
    if (!valid) {
        return valid;
    }
    const int type = GEOSGeomTypeId_r(context(), valid.get());
    if (type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON) {
        return valid;
    }
    // A collection: keep its polygons only (lines and points left by MakeValid have no area).
    std::vector<GEOSGeometry*> parts;
    const int count = GEOSGetNumGeometries_r(context(), valid.get());
    for (int i = 0; i < count; ++i) {
        const GEOSGeometry* part = GEOSGetGeometryN_r(context(), valid.get(), i);
        const int partType = GEOSGeomTypeId_r(context(), part);
        if (partType == GEOS_POLYGON) {
            parts.push_back(GEOSGeom_clone_r(context(), part));
        } else if (partType == GEOS_MULTIPOLYGON) {
            for (int j = 0; j < GEOSGetNumGeometries_r(context(), part); ++j) {
                parts.push_back(GEOSGeom_clone_r(context(), GEOSGetGeometryN_r(context(), part, j)));
            }
        }
    }
    return Geometry(GEOSGeom_createCollection_r(context(), GEOS_MULTIPOLYGON, parts.data(),
                                                static_cast<unsigned>(parts.size())));
}

Envelope envelope(const GEOSGeometry* geometry) {
    Envelope box;
    GEOSGeom_getXMin_r(context(), geometry, &box.minX);
    GEOSGeom_getYMin_r(context(), geometry, &box.minY);
    GEOSGeom_getXMax_r(context(), geometry, &box.maxX);
    GEOSGeom_getYMax_r(context(), geometry, &box.maxY);
    return box;
}

} // namespace couverture::geos
