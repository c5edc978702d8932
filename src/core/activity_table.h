#pragma once
// 3W/4W/5W activity tables: who does what where. Read through GDAL (CSV, XLSX, ODS), columns mapped to roles.

#include "core/problem.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace couverture {

// What a column means. Stable keys (roleKey) are used in explicit mappings and reports.
enum class Role {
    OrgAcronym,       // org_acronym     #org+acronym
    OrgName,          // org_name        #org+name, #org+prog, #org
    OrgType,          // org_type        #org+type
    Partner,          // partner         #org+impl           implementing partner
    Donor,            // donor           #org+funder; #actor under a bailleur/donor header (OCHA Mali 3W)
    Programme,        // programme       #activity+programme, #activity+project, #project
    Sector,           // sector          #sector
    Activity,         // activity        #activity
    Adm1Code,         // adm1_code       #adm1+code
    Adm1Name,         // adm1_name       #adm1+name
    Adm2Code,         // adm2_code
    Adm2Name,         // adm2_name
    Adm3Code,         // adm3_code
    Adm3Name,         // adm3_name
    SiteName,         // site            #loc, #loc+name     village, site
    Latitude,         // lat             #geo+lat
    Longitude,        // lon             #geo+lon
    StartDate,        // start_date      #date+start
    EndDate,          // end_date        #date+end
    Status,           // status          #status
    Targeted,         // targeted        #targeted           total people targeted
    TargetedF,        // targeted_f      #targeted+f
    TargetedM,        // targeted_m      #targeted+m
    TargetedChildren, // targeted_children #targeted+children
    TargetedAdults,   // targeted_adults   #targeted+adults
    Reached,          // reached         #reached
    ReachedF,         // reached_f
    ReachedM,         // reached_m
    ReachedChildren,  // reached_children
    ReachedAdults,    // reached_adults
    Count_            // not a role: the number of roles
};
inline constexpr std::size_t kRoleCount = static_cast<std::size_t>(Role::Count_);

std::string_view roleKey(Role role);
bool parseRole(std::string_view key, Role& role);

// A date as days since 1970-01-01 (no time zone games: these are calendar dates).
struct Date {
    std::int32_t days = 0;
    auto operator<=>(const Date&) const = default;
};
std::string formatDate(Date date); // ISO yyyy-mm-dd
// Excel serial (1900 system, only serials of 1990..2100 so that counts and codes are not taken for dates),
// dd/mm/yyyy, d/m/yy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd, yyyy/mm/dd, yyyymmdd, each optionally followed by a
// time of day ("2023-01-15T10:30:00Z", "2023/01/15 00:00:00"); nullopt if not a valid calendar date.
std::optional<Date> parseDate(std::string_view text);

struct ColumnMapping {
    int column = -1;    // 0-based source column index
    std::string header; // the header text as read ("A + B" when columns are summed)
    std::string hxl;    // the HXL hashtag as read, empty if none
    std::string how;    // "hxl", "header", "explicit"
    // Further columns whose figures are added to `column`'s: sex × age parts of one people role, e.g. girls +
    // boys
    // -> targeted_children, women adults + men adults -> targeted_adults. Empty for every other role.
    std::vector<int> summedWith;
};

// One data row, its cells by role (empty when the column is absent or the cell is empty). Cells are trimmed
// UTF-8, kept as read ("#N/A" stays "#N/A"); a role fed by summed part columns holds the sum.
struct ActivityRow {
    std::int64_t row = 0; // 1-based data row number (the first row after the header and HXL rows is 1); empty
                          // rows are counted, so row N is the Nth row below the header in the file
    std::int64_t sourceLine =
        0; // line (CSV, where the record starts) or spreadsheet row number; 0 if unknown
    std::array<std::string, kRoleCount> cells;
    std::optional<Date> start, end;
    // Totals: the total column when present and a number, else f + m when either is given, else children +
    // adults.
    std::optional<double> targeted, reached;
    const std::string& cell(Role role) const { return cells[static_cast<std::size_t>(role)]; }
    std::string& cell(Role role) { return cells[static_cast<std::size_t>(role)]; }
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
    std::int64_t rows = 0; // data rows below the header (and HXL) row, empty ones included
};
std::vector<SheetInfo> listSheets(const std::string& path);

} // namespace couverture
