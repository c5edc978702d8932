#pragma once
// Writing result tables: CSV with an HXL row (plain, or the form Excel opens), XLSX (one sheet per table,
// streamed with shared strings and deflated on both cores, see tables/zip_package.h) and GeoPackage (one
// layer per table, through GDAL), each written to a temporary file beside the target and renamed into place.

#include "core/geos_handle.h"
#include "core/output_set.h" // writeAtomically, writeBytesAtomically

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace couverture {

struct OutputColumn {
    enum class Type { Text, Integer, Real };
    std::string name; // stable column name
    std::string hxl;  // HXL hashtag, empty if none
    Type type = Type::Text;
};

// One row as the writers see it: a view per cell. A view either points at text that outlives the writing
// (`share`: the table's cells, shared cell texts, unit names; a writer may key on its address) or at the
// row's own copy (`own`: numbers formatted for this row), valid until the next row.
class RowCells {
public:
    void reset(std::size_t columns);
    std::size_t size() const { return views_.size(); }
    std::string_view operator[](std::size_t column) const { return views_[column]; }
    bool shared(std::size_t column) const { return shared_[column] != 0; }
    void share(std::size_t column, std::string_view text) {
        views_[column] = text;
        shared_[column] = 1;
    }
    // Copies `text` into the row's own storage for that column.
    void own(std::size_t column, std::string_view text);

private:
    std::vector<std::string_view> views_;
    std::vector<unsigned char> shared_;
    std::vector<std::string> owned_;
};

struct OutputTable {
    std::string name; // sheet or layer name
    std::vector<OutputColumn> columns;
    std::vector<std::vector<std::string>> rows;  // cells as text; numbers in C locale
    std::vector<const GEOSGeometry*> geometries; // for GeoPackage: one per row (may be null), or empty
    // Rows made on demand, for tables too large to keep as text (a match report of a million rows): when
    // generateRow is set, writers ask for rows 0 .. generatedRows - 1 one at a time and `rows` is not read.
    // The cells come reset to the column count, empty.
    std::size_t generatedRows = 0;
    std::function<void(std::size_t row, RowCells& cells)> generateRow;

    std::size_t rowCount() const { return generateRow ? generatedRows : rows.size(); }
    // Calls visit(cells) for every row, in order (stored rows are shared, not copied).
    void forEachRow(const std::function<void(const RowCells&)>& visit) const;
    // Row `row` into `cells`.
    void rowAt(std::size_t row, RowCells& cells) const;
};

// Plain: UTF-8 without BOM, commas, numbers with a decimal point: for scripts, HDX and other tools.
// Excel: UTF-8 with a BOM, semicolons, numbers with a decimal comma: what French Excel opens in columns
// with its accents right (it reads a CSV without BOM as Windows-1252, and splits on ';' where ',' is the
// decimal sign).
enum class CsvForm { Plain, Excel };
std::string_view csvFormKey(CsvForm form); // "plain", "excel"
bool parseCsvForm(std::string_view key, CsvForm& form);

// CSV, RFC 4180 quoting, CRLF, header row then the HXL row (when any column has a tag); streamed to disk.
void writeCsv(const OutputTable& table, const std::string& path, CsvForm form = CsvForm::Plain);

// What File > Properties shows in Excel.
struct DocumentProperties {
    std::string title;
    std::string subject;
    std::string author = "Couverture";
    std::string keywords;
    std::string comments; // sources, filters
};
// Excel's limit: 1,048,576 rows a sheet, header and HXL rows included.
inline constexpr std::size_t kXlsxMaxRows = 1048576;
// XLSX; one sheet per table (a table longer than a sheet continues on "name (2)", "name (3)" ..., each with
// the header); header row bold and frozen with the HXL row under it, filters on, column widths from the
// content, text cells always text (never formulas), number columns as numbers. Memory: the distinct texts
// (shared strings) and a few blocks of 1 MiB, not the rows.
// `sheetRowLimit` is Excel's; tests lower it.
void writeXlsx(const std::vector<const OutputTable*>& tables, const std::string& path,
               const DocumentProperties& properties = {}, std::size_t sheetRowLimit = kXlsxMaxRows);
// A QGIS layer style kept in the GeoPackage's layer_styles table, where QGIS looks for a layer's default
// style when it opens it (the table and columns QGIS 3.22 writes itself: f_table_catalog, f_table_schema,
// f_table_name, f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, ui,
// update_time).
struct QgisLayerStyle {
    std::string layer;       // f_table_name: the table it styles
    std::string name;        // styleName (QGIS allows 30 characters)
    std::string qml;         // styleQML: what QGIS reads
    std::string sld;         // styleSLD: for other clients; may be empty
    std::string description; // shown in QGIS's style manager
};

// What a GeoPackage says about itself besides its layers.
struct GeoPackageExtras {
    // Dataset metadata items (TITLE, SOURCES, DATE, LICENCE ...): GDAL writes them to gpkg_metadata,
    // referenced from gpkg_metadata_reference for the whole GeoPackage; ogrinfo lists them.
    std::vector<std::pair<std::string, std::string>> metadata;
    // By layer name: gpkg_contents.identifier (QGIS's metadata title) and description (its abstract).
    std::map<std::string, std::string> layerTitles, layerDescriptions;
    std::vector<QgisLayerStyle> styles; // each the default style of its layer
};

// GeoPackage through GDAL, EPSG:4326; one layer per table with its geometries, then the extras.
void writeGeoPackage(const std::vector<const OutputTable*>& tables, const std::string& path,
                     const GeoPackageExtras& extras = {});

// Number formatting for output cells: integers without decimals, reals with up to 4 decimals.
std::string formatNumber(double value);

} // namespace couverture
