#pragma once
// An XLSX package checked before GDAL's XLSX driver reads it, for what the driver lets through without a
// word: a cell that refers to a shared string the workbook does not have (GDAL 3.6 gives the cell the
// string's number, "0", "999" ...: a header or a place silently replaced by a number), and a document type
// declaration in the XML (entities: billion laughs, or an external entity that GDAL's expat leaves out, so
// the cell reads as empty).

#include <string>

namespace couverture {

// Throws InputError (file, part of the package, cell) for the above. A file that is not a ZIP package is left
// to GDAL, which says so.
void requireSoundXlsx(const std::string& path);

} // namespace couverture
