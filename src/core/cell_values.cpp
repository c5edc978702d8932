#include "core/cell_values.h"

#include "core/platform/platform.h"
#include "core/text_fold.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace couverture {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
constexpr std::int32_t daysFromCivil(int y, unsigned m, unsigned d) {
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

void civilFromDays(std::int32_t z, int& y, unsigned& m, unsigned& d) {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2 ? 1 : 0;
}

bool isLeap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(int y, unsigned m) {
    static constexpr unsigned kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

// Excel's 1900 date system: serial 25569 is 1970-01-01 (serials after 1900-02-28 carry the leap-year bug,
// which the offset absorbs). Only serials of 1990..2100 are taken as dates, so counts and codes are not.
constexpr std::int32_t kExcelEpochOffset = 25569;
constexpr std::int32_t kFirstSerial = daysFromCivil(1990, 1, 1) + kExcelEpochOffset;
constexpr std::int32_t kLastSerial = daysFromCivil(2100, 12, 31) + kExcelEpochOffset;

bool allDigits(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int toInt(std::string_view digits) {
    int value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return value;
}

// What may follow a date: a time of day ("T10:30:00Z", " 10:30", " 00:00:00.000").
bool isTimeSuffix(std::string_view rest) {
    if (rest.empty()) {
        return true;
    }
    if (rest.front() != 'T' && rest.front() != 't' && rest.front() != ' ') {
        return false;
    }
    rest = trim(rest.substr(1));
    if (rest.empty() || rest.front() < '0' || rest.front() > '9') {
        return false;
    }
    return std::all_of(rest.begin(), rest.end(), [](char c) {
        return (c >= '0' && c <= '9') || c == ':' || c == '.' || c == ',' || c == '+' || c == '-' ||
               c == 'Z' || c == 'z' || c == ' ' || c == 'A' || c == 'P' || c == 'M' || c == 'a' || c == 'p' ||
               c == 'm';
    });
}

std::optional<Date> makeDate(int y, int m, int d) {
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) {
        return std::nullopt;
    }
    if (static_cast<unsigned>(d) > daysInMonth(y, static_cast<unsigned>(m))) {
        return std::nullopt;
    }
    return Date{daysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d))};
}

// Thin spaces and separators people type inside figures: "1 234", "1 234" (no-break), "1'234".
std::string stripGrouping(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == ' ' || c == '\'' || c == '\t') {
            continue;
        }
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            ++i;
            continue;
        }
        if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(text[i + 2]) == 0xAF ||
             static_cast<unsigned char>(text[i + 2]) == 0x89 ||
             static_cast<unsigned char>(text[i + 2]) == 0x99)) {
            i += 2;
            continue;
        }
        out += static_cast<char>(c);
    }
    return out;
}

} // namespace

bool isNoValue(std::string_view text) {
    static constexpr std::string_view kMarkers[] = {"-",      "--",   "#N/A", "N/A", "NA",
                                                    "<NULL>", "NULL", "ND",   "N/D", "?"};
    for (const auto marker : kMarkers) {
        if (marker.size() == text.size() &&
            std::equal(marker.begin(), marker.end(), text.begin(),
                       [](char a, char b) { return a == std::toupper(static_cast<unsigned char>(b)); })) {
            return true;
        }
    }
    return false;
}

std::optional<double> parseFigure(std::string_view text, bool& bad) {
    bad = false;
    text = trim(text);
    if (text.empty() || isNoValue(text)) {
        return std::nullopt;
    }
    std::string s = stripGrouping(text);
    const auto commas = static_cast<std::size_t>(std::count(s.begin(), s.end(), ','));
    const auto dots = static_cast<std::size_t>(std::count(s.begin(), s.end(), '.'));
    auto groupsOfThree = [](const std::string& value, char separator) {
        // Every separator is followed by exactly three digits before the next separator or the end.
        std::size_t pos = value.find(separator);
        if (pos == 0 || pos == std::string::npos) {
            return false;
        }
        while (pos != std::string::npos) {
            const auto next = value.find(separator, pos + 1);
            const auto end = next == std::string::npos ? value.size() : next;
            if (end - pos - 1 != 3) {
                return false;
            }
            pos = next;
        }
        return true;
    };
    if (commas > 0 && dots > 0) {
        // The later one is the decimal mark: "1,234.5" or "1.234,5".
        const char decimal = s.rfind(',') > s.rfind('.') ? ',' : '.';
        const char grouping = decimal == ',' ? '.' : ',';
        s.erase(std::remove(s.begin(), s.end(), grouping), s.end());
        std::replace(s.begin(), s.end(), ',', '.');
    } else if (commas > 0) {
        if (commas > 1 || groupsOfThree(s, ',')) {
            if (!groupsOfThree(s, ',')) {
                bad = true;
                return std::nullopt;
            }
            s.erase(std::remove(s.begin(), s.end(), ','), s.end());
        } else {
            std::replace(s.begin(), s.end(), ',', '.');
        }
    } else if (dots > 1) {
        if (!groupsOfThree(s, '.')) {
            bad = true;
            return std::nullopt;
        }
        s.erase(std::remove(s.begin(), s.end(), '.'), s.end());
    }
    const char* first = s.data();
    const char* last = s.data() + s.size();
    if (first != last && *first == '+') {
        ++first;
    }
    double value = 0;
    const auto result = std::from_chars(first, last, value, std::chars_format::general);
    if (result.ec != std::errc{} || result.ptr != last || !std::isfinite(value)) {
        bad = true;
        return std::nullopt;
    }
    return value;
}

std::string formatFigure(double value) {
    char buffer[64];
    if (std::fabs(value) < 1e15 && value == std::floor(value)) {
        std::snprintf(buffer, sizeof buffer, "%.0f", value);
    } else {
        std::snprintf(buffer, sizeof buffer, "%.15g", value);
    }
    return buffer;
}

std::string today() {
    return platform::localDate(std::time(nullptr));
}

std::string formatDate(Date date) {
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    civilFromDays(date.days, y, m, d);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", y, m, d);
    return buffer;
}

std::optional<Date> parseDate(std::string_view text) {
    text = trim(text);
    if (text.empty()) {
        return std::nullopt;
    }
    // Excel serial, possibly with a time fraction ("44941", "44941.5").
    {
        const auto dot = text.find('.');
        const auto whole = text.substr(0, dot);
        const auto fraction = dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
        if (allDigits(whole) && (dot == std::string_view::npos || allDigits(fraction) || fraction.empty())) {
            if (whole.size() == 8 && dot == std::string_view::npos) {
                // yyyymmdd, as some exports write dates.
                if (auto date = makeDate(toInt(whole.substr(0, 4)), toInt(whole.substr(4, 2)),
                                         toInt(whole.substr(6, 2)))) {
                    return date;
                }
            }
            if (whole.size() > 6) {
                return std::nullopt;
            }
            const int serial = toInt(whole);
            if (serial < kFirstSerial || serial > kLastSerial) {
                return std::nullopt;
            }
            return Date{serial - kExcelEpochOffset};
        }
    }
    // Three groups of digits with one separator: y-m-d, y/m/d, d/m/y, d-m-y, d.m.y (+ time of day).
    std::string_view parts[3];
    std::size_t pos = 0;
    char separator = '\0';
    for (int k = 0; k < 3; ++k) {
        const auto start = pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            ++pos;
        }
        parts[k] = text.substr(start, pos - start);
        if (parts[k].empty() || parts[k].size() > 4) {
            return std::nullopt;
        }
        if (k < 2) {
            if (pos >= text.size()) {
                return std::nullopt;
            }
            const char c = text[pos];
            if (c != '-' && c != '/' && c != '.') {
                return std::nullopt;
            }
            if (k == 0) {
                separator = c;
            } else if (c != separator) {
                return std::nullopt;
            }
            ++pos;
        }
    }
    if (!isTimeSuffix(text.substr(pos))) {
        return std::nullopt;
    }
    if (parts[0].size() == 4) {
        if (parts[1].size() > 2 || parts[2].size() > 2) {
            return std::nullopt;
        }
        return makeDate(toInt(parts[0]), toInt(parts[1]), toInt(parts[2]));
    }
    if (parts[0].size() > 2 || parts[1].size() > 2 || (parts[2].size() != 4 && parts[2].size() != 2)) {
        return std::nullopt;
    }
    int year = toInt(parts[2]);
    if (parts[2].size() == 2) {
        year += year < 70 ? 2000 : 1900;
    }
    return makeDate(year, toInt(parts[1]), toInt(parts[0]));
}

} // namespace couverture
