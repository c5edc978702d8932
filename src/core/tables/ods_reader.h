#pragma once
// OpenDocument spreadsheets (.ods) read as a stream of content.xml (expat over GDAL's /vsizip/).
//
// Why not GDAL's ODS driver: GDAL 3.6 stops parsing once the repeated rows and cells of a workbook add up to
// 10 MB ("Too much accumulated memory for row/cell repetition"), a fixed limit with no configuration option.
// The December 2023 3W saved by LibreOffice hits it after 15,506 of its 24,088 rows.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace couverture {

struct SpreadsheetRow {
    std::int64_t number = 0;        // 1-based row number in the sheet
    std::vector<std::string> cells; // trimmed of nothing, as stored; trailing empty cells dropped
};

struct SpreadsheetSheet {
    std::string name;
    std::int64_t nonEmptyRows = 0;    // counted for every sheet
    std::vector<SpreadsheetRow> rows; // non-empty rows, only for the sheet that was loaded
    std::size_t columns = 0;          // widest loaded row
};

// Reads the sheets of an ODS workbook. Rows are kept for the sheets `load(name)` accepts (all when empty);
// the others are only counted. Throws InputError (file, sheet) when the file is not an ODS workbook or its
// XML is broken: nothing is ever returned truncated.
std::vector<SpreadsheetSheet> readOdsSheets(const std::string& path,
                                            const std::function<bool(const std::string&)>& load = {});

} // namespace couverture
