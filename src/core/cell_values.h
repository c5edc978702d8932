#pragma once
// What activity-table cells hold besides text: calendar dates and people figures, in the forms spreadsheets
// and CSV exports write them.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace couverture {

// A date as days since 1970-01-01 (no time zone games: these are calendar dates).
struct Date {
    std::int32_t days = 0;
    auto operator<=>(const Date&) const = default;
};
std::string formatDate(Date date); // ISO yyyy-mm-dd
// The local date as yyyy-mm-dd: a map's or a GeoPackage's creation date when none is given.
std::string today();
// Excel serial (1900 system, only serials of 1990..2100 so that counts and codes are not taken for dates),
// dd/mm/yyyy, d/m/yy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd, yyyy/mm/dd, yyyymmdd, each optionally followed by a
// time of day ("2023-01-15T10:30:00Z", "2023/01/15 00:00:00"); nullopt if not a valid calendar date.
std::optional<Date> parseDate(std::string_view text);

// Cells that mean "no value" rather than a bad one: "-", "--", "#N/A", "N/A", "NA", "<NULL>", "NULL", "ND",
// "N/D", "?" (any case).
bool isNoValue(std::string_view text);

// People figures: "1234", "1 234", "1,234" and "1.234.567" (thousands), "1234.0", "12,5" (decimal comma).
// Returns nullopt for empty and "no value" cells; sets bad for anything else that is not a number.
std::optional<double> parseFigure(std::string_view text, bool& bad);

// A figure as text: whole numbers without decimals ("1234"), others with up to 15 significant digits.
std::string formatFigure(double value);

} // namespace couverture
