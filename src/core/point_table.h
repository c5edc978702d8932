#pragma once
// Point tables: villages, sites and service points, each with its coordinates or a place name to be located
// later (analysis/sites/gazetteer.h). Read through the activity-table reader, so the same column roles
// (`lat`, `lon`, `site`, the admin names and codes), HXL tags, encodings and row numbers apply.

#include "core/activity_table.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace couverture {

// WGS 84 longitude and latitude, degrees.
struct LonLat {
    double lon = 0;
    double lat = 0;
};

struct PointTable {
    ActivityTable table;                            // rows with their cells by role; problems included
    std::vector<std::optional<LonLat>> coordinates; // by row: nullopt when the row gives none, or bad ones
    std::int64_t rowsWithCoordinates = 0;
};

// A latitude or longitude cell: "14.63", "14,63" (decimal comma), "-11.5"; nullopt for empty and "no value"
// cells; sets bad for anything else.
std::optional<double> parseCoordinate(std::string_view text, bool& bad);

// Reads a point table (CSV, XLSX, ODS). A row needs a latitude and longitude, or a site name; rows with
// coordinates that are not numbers, out of range, or exactly (0, 0) (the usual stand-in for "unknown") keep
// no coordinates and get a problem naming the row and column. Throws InputError as readActivityTable does,
// and when the table has neither coordinates nor a site column.
PointTable readPointTable(const std::string& path, ActivityReadOptions options = {});

} // namespace couverture
