#pragma once
// Writing result tables: CSV with an HXL row, XLSX (one sheet per table) and GeoPackage (one layer per
// table), through GDAL, each written to a temporary file beside the target and renamed into place.

#include "core/geos_handle.h"

#include <string>
#include <vector>

namespace couverture {

struct OutputColumn {
    enum class Type { Text, Integer, Real };
    std::string name; // stable column name
    std::string hxl;  // HXL hashtag, empty if none
    Type type = Type::Text;
};

struct OutputTable {
    std::string name; // sheet or layer name
    std::vector<OutputColumn> columns;
    std::vector<std::vector<std::string>> rows;  // cells as text; numbers in C locale
    std::vector<const GEOSGeometry*> geometries; // for GeoPackage: one per row (may be null), or empty
};

// CSV, UTF-8, RFC 4180 quoting, header row then the HXL row (when any column has a tag).
void writeCsv(const OutputTable& table, const std::string& path);
// XLSX through GDAL; one sheet per table; numbers typed.
void writeXlsx(const std::vector<const OutputTable*>& tables, const std::string& path);
// GeoPackage through GDAL, EPSG:4326; one layer per table with its geometries.
void writeGeoPackage(const std::vector<const OutputTable*>& tables, const std::string& path);

// Writes `path` by calling write(temporaryPath) then renaming; the temporary file is removed on failure.
template <typename Write> void writeAtomically(const std::string& path, Write write);

// Number formatting for output cells: integers without decimals, reals with up to 4 decimals.
std::string formatNumber(double value);

} // namespace couverture

#include <filesystem>
#include <system_error>

namespace couverture {
std::string temporaryPathFor(const std::string& path);
[[noreturn]] void throwOutputError(const std::string& path, const std::string& message);

template <typename Write> void writeAtomically(const std::string& path, Write write) {
    const std::string temporary = temporaryPathFor(path);
    try {
        write(temporary);
        std::error_code error;
        std::filesystem::rename(temporary, path, error);
        if (error) {
            throwOutputError(path, "cannot move the finished file into place: " + error.message());
        }
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw;
    }
}
} // namespace couverture
