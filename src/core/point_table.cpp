#include "core/point_table.h"
#include "core/texts.h"

#include "core/text_fold.h"

#include <charconv>

namespace couverture {

std::optional<double> parseCoordinate(std::string_view text, bool& bad) {
    bad = false;
    text = trim(text);
    if (text.empty() || isNoValue(text)) {
        return std::nullopt;
    }
    std::string number(text);
    if (number.find('.') == std::string::npos) {
        if (const auto comma = number.find(','); comma != std::string::npos) {
            number[comma] = '.';
        }
    }
    const char* begin = number.data() + (number.front() == '+' ? 1 : 0);
    const char* end = number.data() + number.size();
    double value = 0;
    const auto [stop, error] = std::from_chars(begin, end, value);
    if (error != std::errc{} || stop != end) {
        bad = true;
        return std::nullopt;
    }
    return value;
}

namespace {

std::string headerOf(const ActivityTable& table, Role role) {
    const auto found = table.mapping.find(role);
    return found == table.mapping.end() ? std::string(roleKey(role)) : found->second.header;
}

} // namespace

PointTable readPointTable(const std::string& path, ActivityReadOptions options) {
    options.pointsArePlaces = true;
    PointTable result{readActivityTable(path, options), {}, 0};
    ActivityTable& table = result.table;
    const bool hasCoordinates =
        table.mapping.count(Role::Latitude) != 0 && table.mapping.count(Role::Longitude) != 0;
    if (!hasCoordinates && table.mapping.count(Role::SiteName) == 0) {
        throwInputError(path, table.sheet, 0,
                        translate("Problem", "no point column: expected latitude and longitude columns (headers "
                                             "such as latitude, longitude or HXL #geo+lat, #geo+lon) or a "
                                             "site/village name column"));
    }
    const std::string latHeader = headerOf(table, Role::Latitude);
    const std::string lonHeader = headerOf(table, Role::Longitude);
    result.coordinates.reserve(table.rows.size());
    for (const ActivityRow& row : table.rows) {
        bool badLat = false;
        bool badLon = false;
        const auto lat = parseCoordinate(row.cell(Role::Latitude), badLat);
        const auto lon = parseCoordinate(row.cell(Role::Longitude), badLon);
        auto problem = [&](const std::string& where, const std::string& message) {
            table.problems.push_back({Severity::Warning, path, where, row.row, message});
        };
        std::optional<LonLat> point;
        if (badLat || badLon) {
            problem(badLat ? latHeader : lonHeader,
                    fill(translate("Problem", "'%1' is not a coordinate; the row keeps no coordinates"),
                         {badLat ? row.cell(Role::Latitude) : row.cell(Role::Longitude)}));
        } else if (lat.has_value() != lon.has_value()) {
            problem(lat ? lonHeader : latHeader,
                    translate("Problem", "a latitude without a longitude (or the reverse); the row keeps no "
                                         "coordinates"));
        } else if (lat && (*lat < -90 || *lat > 90 || *lon < -180 || *lon > 180)) {
            problem(*lat < -90 || *lat > 90 ? latHeader : lonHeader,
                    fill(translate("Problem", "coordinates out of range (latitude %1, longitude %2); the row keeps "
                                              "no coordinates"),
                         {row.cell(Role::Latitude), row.cell(Role::Longitude)}));
        } else if (lat && *lat == 0 && *lon == 0) {
            problem(latHeader,
                    translate("Problem", "coordinates (0, 0) stand for unknown ones; the row keeps no coordinates"));
        } else if (lat) {
            point = LonLat{*lon, *lat};
            ++result.rowsWithCoordinates;
        }
        result.coordinates.push_back(point);
    }
    return result;
}

} // namespace couverture
