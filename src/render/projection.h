#pragma once
// Display projection (PROJ) and true distances and areas on the WGS 84 ellipsoid (PROJ's geodesic.h).
//
// Boundaries arrive in WGS 84 longitude/latitude. Maps are drawn in a conformal projection so that shapes
// look right; distances and areas shown on a map (scale bar, unit areas) never come from the display
// projection but from the ellipsoid, so they stay true whatever projection the user picks.

#include <geos_c.h>
#include <memory>
#include <string>

namespace couverture::render {

// The default display CRS: Lambert Conformal Conic for Mali. Mali spans 10.1°N–25.0°N and 12.2°W–4.2°E.
// Secant parallels at 12°N and 23°N keep the scale factor within 0.9954–1.0040 over the whole country
// (checked with `proj -S`), against 0.9997–1.0123 for UTM zone 30N and up to 1.0097 for a transverse
// Mercator on 4°W, and it is conformal (angles and small shapes kept), as topographic maps expect.
inline constexpr const char* kMaliLambert = "+proj=lcc +lat_0=17.5 +lon_0=-4 +lat_1=12 +lat_2=23 +x_0=0 "
                                            "+y_0=0 +datum=WGS84 +units=m +no_defs +type=crs";

// lon/lat (EPSG:4326, longitude first) -> a display CRS. Not thread-safe: one per thread.
class Projection {
public:
    // crs: "EPSG:32630", a PROJ string ("+proj=utm +zone=30"), WKT, or empty for kMaliLambert.
    // Throws InputError when PROJ does not know the CRS.
    explicit Projection(const std::string& crs = {});
    ~Projection();
    Projection(Projection&&) noexcept;
    Projection& operator=(Projection&&) noexcept;
    Projection(const Projection&) = delete;
    Projection& operator=(const Projection&) = delete;

    // False when the point cannot be projected (outside the projection's domain).
    bool forward(double lon, double lat, double& x, double& y) const;
    bool inverse(double x, double y, double& lon, double& lat) const;

    const std::string& definition() const; // as given (or kMaliLambert)
    std::string name() const;              // PROJ's name of the CRS, for map margins and reports
    std::string wkt() const;               // WKT2, for sidecar files (.aux.xml)
    bool isGeographic() const;             // degrees rather than metres (EPSG:4326 display)

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Geodesic distance in metres between two lon/lat points on WGS 84 (Karney's algorithm).
double geodesicDistance(double lon1, double lat1, double lon2, double lat2);

// Geodesic area in square metres of a lon/lat Polygon or MultiPolygon (holes subtracted); 0 for others.
double geodesicArea(const GEOSGeometry* lonLatGeometry);

} // namespace couverture::render
