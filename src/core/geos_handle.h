#pragma once
// A thin RAII layer over the GEOS C API (the stable one): one context per thread, owned geometries.

#include <geos_c.h>
#include <memory>
#include <string>

namespace couverture::geos {

// The calling thread's GEOS context, created on first use and destroyed with the thread.
GEOSContextHandle_t context();

struct GeometryDeleter {
    void operator()(GEOSGeometry* geometry) const;
};
using Geometry = std::unique_ptr<GEOSGeometry, GeometryDeleter>;

struct PreparedDeleter {
    void operator()(const GEOSPreparedGeometry* prepared) const;
};
using PreparedGeometry = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

Geometry fromWkb(const unsigned char* wkb, std::size_t size);
Geometry clone(const GEOSGeometry* geometry);
PreparedGeometry prepare(const GEOSGeometry* geometry);

// Empty string when valid, else GEOS's reason ("Self-intersection[...]").
std::string invalidityReason(const GEOSGeometry* geometry);
// GEOS MakeValid, keeping only the polygonal part.
Geometry makeValid(const GEOSGeometry* geometry);

struct Envelope {
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    bool contains(double x, double y) const { return x >= minX && x <= maxX && y >= minY && y <= maxY; }
};
Envelope envelope(const GEOSGeometry* geometry);

} // namespace couverture::geos
