#pragma once
// 3W/4W/5W activity tables: who does what where. Read through GDAL (CSV, XLSX, ODS), columns mapped to roles.

#include "core/cell_values.h"  // Date, parseDate, formatDate
#include "core/column_roles.h" // Role, kRoleCount, roleKey, parseRole
#include "core/problem.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace couverture {

struct ColumnMapping {
    int column = -1;    // 0-based source column index
    std::string header; // the header text as read ("A + B" when columns are summed)
    std::string hxl;    // the HXL hashtag as read, empty if none
    std::string how;    // "hxl", "header", "explicit"
    // Further columns whose figures are added to `column`'s: sex × age parts of one people role, e.g. girls +
    // boys -> targeted_children, women adults + men adults -> targeted_adults. Empty for every other role.
    std::vector<int> summedWith;
};

// The one shared copy of a cell text. 3W tables repeat the same few thousand values (organisations, sectors,
// places) over every row: a 1.5-million-row table holds 29 cells per row but about 40,000 distinct texts, so
// rows point into a process-wide pool instead of owning 29 strings each (240 instead of 930+ bytes a row).
// Texts are kept for the life of the process; thread-safe.
const std::string& internCell(std::string_view text);

// A cell of an ActivityRow: a pointer to the shared copy of its text. Reads as a const string; assigning
// a text stores its shared copy. Equal texts share one copy, so comparing two cells compares pointers.
class SharedText {
public:
    SharedText() : text_(&internCell({})) {}
    explicit SharedText(std::string_view text) : text_(&internCell(text)) {}
    SharedText& operator=(std::string_view text) {
        text_ = &internCell(text);
        return *this;
    }
    operator const std::string&() const { return *text_; }
    operator std::string_view() const { return *text_; }
    const std::string& str() const { return *text_; }
    bool empty() const { return text_->empty(); }
    void clear() { text_ = &internCell({}); }
    std::size_t size() const { return text_->size(); }
    const char* c_str() const { return text_->c_str(); }
    friend bool operator==(const SharedText& a, const SharedText& b) { return a.text_ == b.text_; }
    friend bool operator==(const SharedText& a, std::string_view b) { return *a.text_ == b; }
    friend std::ostream& operator<<(std::ostream& out, const SharedText& text) { return out << *text.text_; }

private:
    const std::string* text_;
};

// One data row, its cells by role (empty when the column is absent or the cell is empty). Cells are trimmed
// UTF-8, kept as read ("#N/A" stays "#N/A"); a role fed by summed part columns holds the sum.
struct ActivityRow {
    std::int64_t row = 0; // 1-based data row number (the first row after the header and HXL rows is 1); empty
                          // rows are counted, so row N is the Nth row below the header in the file
    std::int64_t sourceLine =
        0; // line (CSV, where the record starts) or spreadsheet row number; 0 if unknown
    std::array<SharedText, kRoleCount> cells;
    std::optional<Date> start, end;
    // Totals: the total column when present and a number, else f + m when either is given, else children +
    // adults.
    std::optional<double> targeted, reached;
    const std::string& cell(Role role) const { return cells[static_cast<std::size_t>(role)]; }
    SharedText& cell(Role role) { return cells[static_cast<std::size_t>(role)]; }
    // Organisation key for distinct counts: acronym when given, else name, trimmed and case-folded.
    std::string organisationKey() const;
};

struct ActivityTable {
    std::string path;
    std::string sheet; // sheet or layer actually read
    bool hasHxlRow = false;
    std::map<Role, ColumnMapping> mapping; // roles that were found
    std::vector<std::string> unmappedHeaders;
    std::vector<ActivityRow> rows; // every non-empty data row, in file order
    std::int64_t emptyRows = 0;    // fully empty rows (blank lines included), skipped and counted
    Problems problems;             // bad dates, bad numbers..., each naming file, column and row
};

struct ActivityReadOptions {
    std::string sheet;                           // empty: the first sheet that has data
    std::map<Role, std::string> explicitMapping; // role -> header text (or HXL tag); wins over detection
    std::string encoding; // CSV only. Empty: detect (UTF-8 with/without BOM, else Windows-1252);
                          // "UTF-8", "CP1252"/"Windows-1252"/"Latin1", or any name CPLRecode knows
    // Point tables (sites, services): coordinates or a site name are a place too, so a table with latitude
    // and longitude but no admin column is read (the admin-column requirement stays for activity tables).
    bool pointsArePlaces = false;
    Progress progress;
};

// Reads any table GDAL opens (CSV with , ; or tab; XLSX; ODS). Throws InputError for a missing or unreadable
// file, an unknown sheet, an empty table (no header, or no row below it), or a table with no usable place
// column (no admin code or name role at any level). Throws Cancelled when the progress callback returns
// false.
ActivityTable readActivityTable(const std::string& path, const ActivityReadOptions& options = {});

// The sheets/layers of a workbook with their row counts, for `couverture inspect`.
struct SheetInfo {
    std::string name;
    std::int64_t rows = 0; // rows below the header (and HXL) row up to the last non-empty one, empty ones
                           // between them included
};
std::vector<SheetInfo> listSheets(const std::string& path);

} // namespace couverture
