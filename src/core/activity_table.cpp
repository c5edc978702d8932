#include "core/activity_table.h"

#include "core/gdal_support.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cpl_conv.h>
#include <cpl_csv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <cstdio>
#include <cstring>
#include <gdal.h>
#include <memory>
#include <mutex>
#include <ogr_api.h>
#include <string>
#include <unordered_map>
#include <utility>

namespace couverture {

// ---------------------------------------------------------------------------------------------------------------
// Roles
// ---------------------------------------------------------------------------------------------------------------

namespace {

constexpr std::array<std::string_view, kRoleCount> kRoleKeys = {
    "org_acronym", "org_name",   "org_type",   "partner",           "donor",
    "programme",   "sector",     "activity",   "adm1_code",         "adm1_name",
    "adm2_code",   "adm2_name",  "adm3_code",  "adm3_name",         "site",
    "lat",         "lon",        "start_date", "end_date",          "status",
    "targeted",    "targeted_f", "targeted_m", "targeted_children", "targeted_adults",
    "reached",     "reached_f",  "reached_m",  "reached_children",  "reached_adults"};

constexpr std::size_t index(Role role) {
    return static_cast<std::size_t>(role);
}

bool isPlaceRole(Role role) {
    return role == Role::Adm1Code || role == Role::Adm1Name || role == Role::Adm2Code ||
           role == Role::Adm2Name || role == Role::Adm3Code || role == Role::Adm3Name;
}

} // namespace

std::string_view roleKey(Role role) {
    const auto i = index(role);
    return i < kRoleCount ? kRoleKeys[i] : std::string_view{};
}

bool parseRole(std::string_view key, Role& role) {
    while (!key.empty() && std::isspace(static_cast<unsigned char>(key.front())) != 0) {
        key.remove_prefix(1);
    }
    while (!key.empty() && std::isspace(static_cast<unsigned char>(key.back())) != 0) {
        key.remove_suffix(1);
    }
    for (std::size_t i = 0; i < kRoleCount; ++i) {
        const auto candidate = kRoleKeys[i];
        if (candidate.size() == key.size() &&
            std::equal(candidate.begin(), candidate.end(), key.begin(),
                       [](char a, char b) { return a == std::tolower(static_cast<unsigned char>(b)); })) {
            role = static_cast<Role>(i);
            return true;
        }
    }
    return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Text helpers: UTF-8, Windows-1252, folding
// ---------------------------------------------------------------------------------------------------------------

namespace {

bool isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

// Trims ASCII white space and the no-break space (U+00A0) that Excel exports leave around values.
std::string_view trim(std::string_view text) {
    for (;;) {
        if (!text.empty() && isAsciiSpace(text.front())) {
            text.remove_prefix(1);
        } else if (text.size() >= 2 && static_cast<unsigned char>(text[0]) == 0xC2 &&
                   static_cast<unsigned char>(text[1]) == 0xA0) {
            text.remove_prefix(2);
        } else {
            break;
        }
    }
    for (;;) {
        if (!text.empty() && isAsciiSpace(text.back())) {
            text.remove_suffix(1);
        } else if (text.size() >= 2 && static_cast<unsigned char>(text[text.size() - 2]) == 0xC2 &&
                   static_cast<unsigned char>(text[text.size() - 1]) == 0xA0) {
            text.remove_suffix(2);
        } else {
            break;
        }
    }
    return text;
}

bool isAscii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool isValidUtf8(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        const unsigned c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned minimum = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            minimum = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            minimum = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            minimum = 0x10000;
        } else {
            return false;
        }
        if (end - p <= extra) {
            return false;
        }
        unsigned cp = c & (0x3Fu >> extra);
        for (int k = 1; k <= extra; ++k) {
            if ((p[k] & 0xC0u) != 0x80u) {
                return false;
            }
            cp = (cp << 6) | (p[k] & 0x3Fu);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return false;
        }
        p += extra + 1;
    }
    return true;
}

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Windows-1252 as Excel writes it ("CSV (séparateur: point-virgule)"). Done by table rather than CPLRecode:
// iconv is opened per call there, which costs more than the whole read on a 24,000-row table.
void appendCp1252(std::string& out, std::string_view text) {
    static constexpr char16_t kHigh[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                           0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                           0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                           0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) {
            out += ch;
        } else if (c < 0xA0) {
            appendUtf8(out, kHigh[c - 0x80]);
        } else {
            appendUtf8(out, c);
        }
    }
}

// Decodes one UTF-8 sequence at text[i]; invalid bytes come back as themselves with length 1.
char32_t decodeUtf8(std::string_view text, std::size_t i, std::size_t& length) {
    const auto c = static_cast<unsigned char>(text[i]);
    length = 1;
    const std::size_t extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (extra == 0 || i + extra >= text.size()) {
        return c;
    }
    char32_t cp = c & (0x3Fu >> extra);
    for (std::size_t k = 1; k <= extra; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0u) != 0x80u) {
            return c;
        }
        cp = (cp << 6) | (next & 0x3Fu);
    }
    length = extra + 1;
    return cp;
}

// ASCII base letters of U+00C0..U+017F; nullptr for the two signs in that range (× and ÷).
const char* latinBase(char32_t cp) {
    static constexpr const char* kLatin1[64] = {
        "A", "A", "A", "A", "A", "A", "AE", "C",     "E", "E", "E", "E", "I", "I", "I",  "I",
        "D", "N", "O", "O", "O", "O", "O",  nullptr, "O", "U", "U", "U", "U", "Y", "TH", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",
        "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "y"};
    // U+0100..U+017F; '*' marks the ligatures handled below.
    static constexpr std::string_view kExtendedA = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi**"
                                                   "JjKkkLlLlLlLlLlNnNnNnnNnOoOoOo**"
                                                   "RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
    static_assert(kExtendedA.size() == 128);
    if (cp >= 0xC0 && cp <= 0xFF) {
        return kLatin1[cp - 0xC0];
    }
    if (cp >= 0x100 && cp <= 0x17F) {
        switch (cp) {
        case 0x132:
            return "IJ";
        case 0x133:
            return "ij";
        case 0x152:
            return "OE";
        case 0x153:
            return "oe";
        default:
            break;
        }
        static const auto table = [] {
            std::array<std::array<char, 2>, 128> letters{};
            for (std::size_t k = 0; k < 128; ++k) {
                letters[k] = {kExtendedA[k], '\0'};
            }
            return letters;
        }();
        return table[cp - 0x100].data();
    }
    return nullptr;
}

// Lower-case ASCII words: accents folded, every run of other characters one space. "Date de début" -> "date
// de debut", "Partenaire de mise en œuvre" -> "partenaire de mise en oeuvre".
std::string foldWords(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    auto put = [&](char c) {
        if (pendingSpace && !out.empty()) {
            out += ' ';
        }
        pendingSpace = false;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    };
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 1;
        const char32_t cp = decodeUtf8(text, i, length);
        if (cp < 0x80 && std::isalnum(static_cast<int>(cp)) != 0) {
            put(static_cast<char>(cp));
        } else if (const char* base = latinBase(cp); base != nullptr) {
            for (const char* b = base; *b != '\0'; ++b) {
                put(*b);
            }
        } else {
            pendingSpace = true;
        }
        i += length;
    }
    return out;
}

std::string withoutSpaces(std::string_view words) {
    std::string out;
    out.reserve(words.size());
    for (const char c : words) {
        if (c != ' ') {
            out += c;
        }
    }
    return out;
}

std::vector<std::string_view> splitWords(std::string_view words) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start < words.size()) {
        auto end = words.find(' ', start);
        if (end == std::string_view::npos) {
            end = words.size();
        }
        if (end > start) {
            out.push_back(words.substr(start, end - start));
        }
        start = end + 1;
    }
    return out;
}

bool startsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers and dates
// ---------------------------------------------------------------------------------------------------------------

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

// Cells that mean "no figure" rather than a bad one.
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

// People figures: "1234", "1 234", "1,234" and "1.234.567" (thousands), "1234.0", "12,5" (decimal comma).
// Returns nullopt for empty and "no value" cells; sets bad for anything else that is not a number.
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

} // namespace

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

std::string ActivityRow::organisationKey() const {
    std::string_view source = trim(cell(Role::OrgAcronym));
    if (source.empty()) {
        source = trim(cell(Role::OrgName));
    }
    std::string key;
    key.reserve(source.size());
    bool pendingSpace = false;
    for (std::size_t i = 0; i < source.size();) {
        std::size_t length = 1;
        const char32_t cp = decodeUtf8(source, i, length);
        if (cp < 0x80 && isAsciiSpace(static_cast<char>(cp))) {
            pendingSpace = true;
        } else if (cp == 0xA0 || cp == 0x202F) {
            pendingSpace = true;
        } else {
            if (pendingSpace && !key.empty()) {
                key += ' ';
            }
            pendingSpace = false;
            if (cp < 0x80) {
                key += static_cast<char>(std::toupper(static_cast<int>(cp)));
            } else if (const char* base = latinBase(cp); base != nullptr) {
                for (const char* b = base; *b != '\0'; ++b) {
                    key += static_cast<char>(std::toupper(static_cast<unsigned char>(*b)));
                }
            } else {
                key.append(source.substr(i, length));
            }
        }
        i += length;
    }
    return key;
}

// ---------------------------------------------------------------------------------------------------------------
// Column → role detection
// ---------------------------------------------------------------------------------------------------------------

namespace {

struct Detected {
    std::optional<Role> role;
    bool part =
        false; // a sex × age part of the role (girls, boys, women adults ...): several parts are summed
};

struct HxlTag {
    std::string hashtag;                 // "org", without '#', lower case
    std::vector<std::string> attributes; // lower case, sorted
    bool has(std::string_view attribute) const {
        return std::find(attributes.begin(), attributes.end(), attribute) != attributes.end();
    }
};

bool isHashtagWord(std::string_view word) {
    if (word.empty() || std::isalpha(static_cast<unsigned char>(word.front())) == 0) {
        return false;
    }
    return std::all_of(word.begin(), word.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; });
}

// "#org +impl" → {org, [impl]}; nullopt when the cell is not an HXL hashtag ("#N/A", "# 3").
std::optional<HxlTag> parseHxl(std::string_view cell) {
    cell = trim(cell);
    if (cell.size() < 2 || cell.front() != '#') {
        return std::nullopt;
    }
    std::string compact;
    for (const char c : cell.substr(1)) {
        if (!isAsciiSpace(c)) {
            compact += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    HxlTag tag;
    std::size_t start = 0;
    bool first = true;
    while (start <= compact.size()) {
        auto end = compact.find('+', start);
        if (end == std::string::npos) {
            end = compact.size();
        }
        const std::string word = compact.substr(start, end - start);
        if (!isHashtagWord(word)) {
            return std::nullopt;
        }
        if (first) {
            tag.hashtag = word;
            first = false;
        } else {
            tag.attributes.push_back(word);
        }
        start = end + 1;
    }
    std::sort(tag.attributes.begin(), tag.attributes.end());
    return tag;
}

std::string canonicalHxl(const HxlTag& tag) {
    std::string text = "#" + tag.hashtag;
    for (const auto& attribute : tag.attributes) {
        text += "+" + attribute;
    }
    return text;
}

// Sex and age groups of a people column, from header words or HXL attributes.
struct PeopleGroups {
    bool female = false, male = false, girls = false, boys = false, children = false, adults = false;
    bool excluded = false; // elderly, disabilities: subsets that would double count
};

Detected peopleRole(bool reached, const PeopleGroups& g, bool totalAllowed) {
    const Role total = reached ? Role::Reached : Role::Targeted;
    const Role f = reached ? Role::ReachedF : Role::TargetedF;
    const Role m = reached ? Role::ReachedM : Role::TargetedM;
    const Role children = reached ? Role::ReachedChildren : Role::TargetedChildren;
    const Role adults = reached ? Role::ReachedAdults : Role::TargetedAdults;
    if (g.excluded) {
        return {};
    }
    if (g.girls || g.boys) {
        return {children, true};
    }
    if (g.children) {
        return {children, g.female || g.male};
    }
    if (g.adults) {
        return {adults, g.female || g.male};
    }
    if (g.female != g.male) {
        return {g.female ? f : m, false};
    }
    if (totalAllowed) {
        return {total, false};
    }
    return {};
}

Detected roleFromHxl(const HxlTag& tag, std::string_view headerWords) {
    const auto& h = tag.hashtag;
    if (h == "org") {
        if (tag.has("impl"))
            return {Role::Partner};
        if (tag.has("funder") || tag.has("donor"))
            return {Role::Donor};
        if (tag.has("type"))
            return {Role::OrgType};
        if (tag.has("acronym") || tag.has("code"))
            return {Role::OrgAcronym};
        return {Role::OrgName};
    }
    if (h == "actor") {
        // The OCHA Mali 3W tags its "Bailleur de fond" column #actor: a donor only when the header says so.
        if (tag.has("funder") || tag.has("donor"))
            return {Role::Donor};
        for (const auto word : splitWords(headerWords)) {
            if (startsWith(word, "bailleur") || startsWith(word, "donor") || startsWith(word, "donateur") ||
                startsWith(word, "funder") || startsWith(word, "financ")) {
                return {Role::Donor};
            }
        }
        return {};
    }
    if (h == "sector" || h == "cluster")
        return {Role::Sector};
    if (h == "activity") {
        if (tag.has("programme") || tag.has("program") || tag.has("project") || tag.has("prog")) {
            return {Role::Programme};
        }
        return {Role::Activity};
    }
    if (h == "project" || h == "programme" || h == "program")
        return {Role::Programme};
    if (h == "adm1" || h == "adm2" || h == "adm3") {
        const bool code = tag.has("code") || tag.has("pcode");
        if (h == "adm1")
            return {code ? Role::Adm1Code : Role::Adm1Name};
        if (h == "adm2")
            return {code ? Role::Adm2Code : Role::Adm2Name};
        return {code ? Role::Adm3Code : Role::Adm3Name};
    }
    if (h == "loc") {
        if (tag.has("code") || tag.has("pcode"))
            return {};
        return {Role::SiteName};
    }
    if (h == "geo") {
        if (tag.has("lat"))
            return {Role::Latitude};
        if (tag.has("lon") || tag.has("long") || tag.has("lng"))
            return {Role::Longitude};
        return {};
    }
    if (h == "date") {
        if (tag.has("start"))
            return {Role::StartDate};
        if (tag.has("end"))
            return {Role::EndDate};
        return {};
    }
    if (h == "status")
        return {Role::Status};
    if (h == "targeted" || h == "reached") {
        PeopleGroups g;
        g.female = tag.has("f") || tag.has("female") || tag.has("women");
        g.male = tag.has("m") || tag.has("male") || tag.has("men");
        g.children = tag.has("children") || tag.has("child");
        g.adults = tag.has("adults") || tag.has("adult");
        g.excluded = tag.has("elderly") || tag.has("disabled") || tag.has("infants");
        return peopleRole(h == "reached", g, true);
    }
    return {};
}

// Header names, compared without spaces after folding: "Date de début" → "datededebut".
const std::unordered_map<std::string, Role>& headerNames() {
    static const std::unordered_map<std::string, Role> names = [] {
        std::unordered_map<std::string, Role> m;
        auto add = [&m](Role role, std::initializer_list<const char*> keys) {
            for (const char* key : keys) {
                m.emplace(key, role);
            }
        };
        add(Role::OrgAcronym, {"organisation",
                               "organization",
                               "organisations",
                               "organizations",
                               "org",
                               "organisationaccronyme",
                               "organisationacronyme",
                               "organizationacronym",
                               "organisationacronym",
                               "organisationsigle",
                               "acronyme",
                               "accronyme",
                               "acronym",
                               "sigle",
                               "orgacronym",
                               "orgacronyme",
                               "acronymeorganisation",
                               "sigleorganisation",
                               "acronymedelorganisation",
                               "sigledelorganisation",
                               "organisationabbreviation",
                               "organisationshortname",
                               "organizationshortname"});
        add(Role::OrgName, {"nomorganisation", "nomdelorganisation", "nomorganization", "organisationname",
                            "organizationname", "nameoforganisation", "nameoforganization", "orgname",
                            "organisationnom", "nomorg", "nomcompletorganisation", "organisationnomcomplet",
                            "organisationfullname", "organizationfullname"});
        add(Role::OrgType,
            {"typeorganisation", "typedorganisation", "typedelorganisation", "typeorganization",
             "organisationtype", "organizationtype", "orgtype", "typeorg", "typeoforganisation",
             "typeoforganization", "typedestructure", "categorieorganisation"});
        add(Role::Partner, {"partenaire", "partenaires", "partenairedemiseenoeuvre",
                            "partenairesdemiseenoeuvre", "partenairemiseenoeuvre", "partenaireoperationnel",
                            "partenairesoperationnels", "partenairedexecution", "implementingpartner",
                            "implementingpartners", "implementingorganisation", "implementingorganization",
                            "partner", "partners", "organisationdemiseenoeuvre", "structuredemiseenoeuvre"});
        add(Role::Donor, {"bailleur", "bailleurs", "bailleurdefond", "bailleurdefonds", "bailleursdefonds",
                          "bailleursdefond", "donor", "donors", "funder", "funders", "fundingorganisation",
                          "fundingorganization", "sourcedefinancement", "financement", "donateur",
                          "donateurs", "fundingsource"});
        add(Role::Programme,
            {"programme",       "programmes",    "program",          "programs",       "projet",
             "projets",         "project",       "projects",         "projecttitle",   "projectname",
             "programname",     "programmename", "programmetitle",   "titreduprojet",  "titreprojet",
             "nomduprojet",     "nomprojet",     "intituleduprojet", "intituleprojet", "nomduprogramme",
             "titreduprogramme"});
        add(Role::Sector,
            {"secteur", "secteurs", "cluster", "clusters", "sector", "sectors", "secteurcluster",
             "clustersecteur", "secteurdintervention", "domainedintervention"});
        add(Role::Activity,
            {"activite", "activites", "activity", "activities", "typedactivite", "typeactivite",
             "activitytype", "typeofactivity", "descriptionactivite", "descriptiondelactivite",
             "activitydescription", "activitename", "intituleactivite"});
        add(Role::Adm1Code, {"admin1pcod", "admin1pcode", "admin1code", "adm1pcode", "adm1pcod", "adm1code",
                             "coderegion", "pcoderegion", "regionpcode", "regioncode", "regionpcod"});
        add(Role::Adm1Name, {"region", "regions", "admin1", "admin1name", "admin1nom", "adm1", "adm1name",
                             "nomregion", "regionname", "nomdelaregion"});
        add(Role::Adm2Code, {"admin2pcod", "admin2pcode", "admin2code", "adm2pcode", "adm2pcod", "adm2code",
                             "codecercle", "pcodecercle", "cerclepcode", "cerclecode", "cerclepcod",
                             "districtpcode", "districtcode", "codedistrict"});
        add(Role::Adm2Name,
            {"cercle", "cercles", "admin2", "admin2name", "admin2nom", "adm2", "adm2name", "district",
             "districts", "nomcercle", "cerclename", "districtname", "nomducercle"});
        add(Role::Adm3Code, {"admin3pcod", "admin3pcode", "admin3code", "adm3pcode", "adm3pcod", "adm3code",
                             "codecommune", "pcodecommune", "communepcode", "communecode", "communepcod"});
        add(Role::Adm3Name, {"commune", "communes", "admin3", "admin3name", "admin3nom", "adm3", "adm3name",
                             "nomcommune", "communename", "nomdelacommune", "municipality"});
        add(Role::SiteName,
            {"village",        "villages",        "site",        "sites",      "localite",
             "localites",      "location",        "locality",    "lieu",       "villagesite",
             "sitevillage",    "villagequartier", "sitename",    "nomsite",    "nomdusite",
             "nomvillage",     "nomduvillage",    "villagename", "settlement", "localitevillage",
             "villagelocalite"});
        add(Role::Latitude, {"latitude", "lat", "gpslatitude", "latitudey", "ylatitude", "latitudedd"});
        add(Role::Longitude,
            {"longitude", "lon", "long", "lng", "gpslongitude", "longitudex", "xlongitude", "longitudedd"});
        add(Role::StartDate,
            {"datedebut", "datededebut", "startdate", "debut", "datedemarrage", "start", "datestart",
             "debutactivite", "debutdelactivite", "datedebutactivite", "datededebutdelactivite",
             "dateofstart", "activitystartdate", "datedebutprojet"});
        add(Role::EndDate,
            {"datefin", "datedefin", "enddate", "fin", "end", "dateend", "finactivite", "findelactivite",
             "datefinactivite", "datedefindelactivite", "dateofend", "activityenddate", "datefinprojet"});
        add(Role::Status, {"statut", "status", "statutactivite", "statutdelactivite", "activitystatus",
                           "etat", "etatdavancement", "etatdelactivite"});
        return m;
    }();
    return names;
}

Detected roleFromHeader(std::string_view headerWords) {
    if (headerWords.empty()) {
        return {};
    }
    const auto words = splitWords(headerWords);
    bool targeted = false;
    bool reached = false;
    for (const auto word : words) {
        if (word.find("cibl") != std::string_view::npos || startsWith(word, "target")) {
            targeted = true;
        }
        if (word.find("atteint") != std::string_view::npos || startsWith(word, "reach") || word == "served") {
            reached = true;
        }
    }
    if (targeted != reached) {
        static constexpr std::string_view kCues[] = {
            "total",        "totale",        "nombre",    "nb",          "nbr",     "no",
            "num",          "personnes",     "personne",  "people",      "persons", "beneficiaires",
            "beneficiaire", "beneficiaries", "individus", "individuals", "pers",    "population",
            "pop"};
        PeopleGroups g;
        bool cue = false;
        for (const auto word : words) {
            if (std::find(std::begin(kCues), std::end(kCues), word) != std::end(kCues))
                cue = true;
            if (startsWith(word, "femme") || word == "women" || word == "woman" || word == "female" ||
                word == "females" || word == "feminin" || word == "f") {
                g.female = true;
            }
            if (startsWith(word, "homme") || word == "men" || word == "man" || word == "male" ||
                word == "males" || word == "masculin" || word == "m") {
                g.male = true;
            }
            if (startsWith(word, "fille") || word == "girl" || word == "girls")
                g.girls = true;
            if (startsWith(word, "garcon") || word == "boy" || word == "boys")
                g.boys = true;
            if (startsWith(word, "enfant") || word == "child" || word == "children" || word == "kids") {
                g.children = true;
            }
            if (startsWith(word, "adult"))
                g.adults = true;
            if (word == "agee" || word == "agees" || word == "age" || word == "ages" || word == "elderly" ||
                word == "older" || word == "59" || word == "60" || word == "65" ||
                startsWith(word, "handicap") || startsWith(word, "disab") || startsWith(word, "vieu") ||
                startsWith(word, "viei")) {
                g.excluded = true;
            }
        }
        cue = cue || g.female || g.male || g.girls || g.boys || g.children || g.adults;
        return peopleRole(reached, g, cue || words.size() == 1);
    }
    const auto& names = headerNames();
    if (const auto it = names.find(withoutSpaces(headerWords)); it != names.end()) {
        return {it->second};
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
// GDAL plumbing
// ---------------------------------------------------------------------------------------------------------------


// Collects GDAL's messages instead of printing them. The OCHA workbook's sheets end in thousands of formatted
// empty rows near row 1,048,576 that make the XLSX driver say "Too big gap": harmless, dropped.
class GdalMessages {
public:
    GdalMessages() { CPLPushErrorHandlerEx(&GdalMessages::handler, this); }
    ~GdalMessages() { CPLPopErrorHandler(); }
    GdalMessages(const GdalMessages&) = delete;
    GdalMessages& operator=(const GdalMessages&) = delete;

    const std::vector<std::string>& messages() const { return messages_; }
    std::string last() const { return messages_.empty() ? std::string{} : messages_.back(); }

private:
    static void CPL_STDCALL handler(CPLErr level, CPLErrorNum, const char* message) {
        auto* self = static_cast<GdalMessages*>(CPLGetErrorHandlerUserData());
        if (self == nullptr || message == nullptr || level < CE_Warning) {
            return;
        }
        if (std::strstr(message, "Too big gap") != nullptr) {
            return;
        }
        if (self->messages_.size() < 20 &&
            std::find(self->messages_.begin(), self->messages_.end(), message) == self->messages_.end()) {
            self->messages_.emplace_back(message);
        }
    }
    std::vector<std::string> messages_;
};

// Thread-local GDAL configuration for the duration of a read: the spreadsheet drivers of GDAL 3.6 take their
// "no header detection, every field a string" switches as configuration options only (open options came
// in 3.8).
class ThreadConfig {
public:
    void set(const char* key, const char* value) {
        const char* previous = CPLGetThreadLocalConfigOption(key, nullptr);
        saved_.emplace_back(key, previous == nullptr ? std::nullopt : std::optional<std::string>(previous));
        CPLSetThreadLocalConfigOption(key, value);
    }
    ThreadConfig() = default;
    ThreadConfig(const ThreadConfig&) = delete;
    ThreadConfig& operator=(const ThreadConfig&) = delete;
    ~ThreadConfig() {
        for (auto it = saved_.rbegin(); it != saved_.rend(); ++it) {
            CPLSetThreadLocalConfigOption(it->first.c_str(), it->second ? it->second->c_str() : nullptr);
        }
    }

private:
    std::vector<std::pair<std::string, std::optional<std::string>>> saved_;
};

struct DatasetCloser {
    void operator()(void* dataset) const { GDALClose(dataset); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

struct FeatureDestroyer {
    void operator()(OGRFeatureH feature) const { OGR_F_Destroy(feature); }
};
using FeaturePtr = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDestroyer>;

// An in-memory file GDAL reads (/vsimem/), removed when done.
class MemoryFile {
public:
    MemoryFile() = default;
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;
    ~MemoryFile() {
        if (!name_.empty()) {
            VSIUnlink(name_.c_str());
        }
    }
    const std::string& create(std::string content) {
        content_ = std::move(content);
        char unique[64];
        std::snprintf(unique, sizeof unique, "/vsimem/couverture_activities_%p.csv",
                      static_cast<const void*>(content_.data()));
        name_ = unique;
        VSILFILE* file = VSIFileFromMemBuffer(name_.c_str(), reinterpret_cast<GByte*>(content_.data()),
                                              static_cast<vsi_l_offset>(content_.size()), FALSE);
        if (file != nullptr) {
            VSIFCloseL(file);
        }
        return name_;
    }

private:
    std::string name_;
    std::string content_;
};

enum class Format { Csv, Xlsx, Ods, Xls };

std::string lowerExtension(const std::string& path) {
    const auto slash = path.find_last_of("/\\");
    const auto dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
        return {};
    }
    std::string ext = path.substr(dot + 1);
    for (auto& c : ext) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return ext;
}

Format formatOf(const std::string& path) {
    const auto ext = lowerExtension(path);
    if (ext == "xlsx" || ext == "xlsm")
        return Format::Xlsx;
    if (ext == "ods")
        return Format::Ods;
    if (ext == "xls")
        return Format::Xls;
    return Format::Csv;
}

// One record of a CSV file as GDAL's CSV driver splits them: a physical line, extended while its count of
// double quotes is odd. GDAL skips records that are empty lines; they are found here so row numbers match the
// file.
struct CsvRecord {
    std::int64_t line = 0;          // 1-based line where the record starts
    std::int64_t index = 0;         // 0-based position among all records, blank ones included
    std::size_t begin = 0, end = 0; // byte range in the file, without the line end
};

struct CsvScan {
    std::string bytes;
    std::size_t bodyStart = 0; // after a UTF-8 BOM
    bool validUtf8 = true;
    char separator = ',';
    std::vector<CsvRecord> records; // non-blank records only, as GDAL returns them
    std::int64_t totalRecords = 0;  // blank ones included
};

CsvScan scanCsv(const std::string& path) {
    CsvScan scan;
    VSILFILE* file = VSIFOpenL(path.c_str(), "rb");
    if (file == nullptr) {
        throwInputError(path, {}, 0, "the file could not be opened");
    }
    VSIFSeekL(file, 0, SEEK_END);
    const auto size = static_cast<std::size_t>(VSIFTellL(file));
    VSIFSeekL(file, 0, SEEK_SET);
    scan.bytes.resize(size);
    const auto got = VSIFReadL(scan.bytes.data(), 1, size, file);
    VSIFCloseL(file);
    if (got != size) {
        throwInputError(path, {}, 0, "the file could not be read");
    }
    const std::string_view data = scan.bytes;
    if (data.find('\0') != std::string_view::npos) {
        throwInputError(path, {}, 0,
                        "not a table GDAL can open: expected a CSV (comma, semicolon or tab), XLSX or "
                        "ODS file");
    }
    if (startsWith(data, "\xEF\xBB\xBF")) {
        scan.bodyStart = 3;
    }
    scan.validUtf8 = isValidUtf8(data.substr(scan.bodyStart));

    std::size_t pos = scan.bodyStart;
    std::int64_t line = 1;
    const std::size_t n = data.size();
    while (pos < n) {
        CsvRecord record;
        record.line = line;
        record.index = scan.totalRecords;
        record.begin = pos;
        std::size_t quotes = 0;
        for (;;) {
            std::size_t end = pos;
            while (end < n && data[end] != '\n' && data[end] != '\r') {
                quotes += data[end] == '"' ? 1 : 0;
                ++end;
            }
            record.end = end;
            pos = end;
            if (pos < n) {
                if (data[pos] == '\r' && pos + 1 < n && data[pos + 1] == '\n') {
                    ++pos;
                }
                ++pos;
            }
            ++line;
            if (quotes % 2 == 0 || pos >= n) {
                break;
            }
        }
        if (record.end > record.begin) {
            scan.records.push_back(record);
        }
        ++scan.totalRecords;
    }
    return scan;
}

// Separator counts outside double quotes.
std::array<std::size_t, 3> separatorCounts(std::string_view record) {
    std::array<std::size_t, 3> counts{};
    bool quoted = false;
    for (const char c : record) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            counts[0] += c == ',' ? 1 : 0;
            counts[1] += c == ';' ? 1 : 0;
            counts[2] += c == '\t' ? 1 : 0;
        }
    }
    return counts;
}

// The separator that splits the header and the following records into the same number of cells, the most
// frequent one on ties. GDAL 3.6 only looks at the header line and falls back to ',' when it mixes
// separators.
// '\0' when the header has a single column, which GDAL 3.6's CSV driver does not open.
char sniffSeparator(const CsvScan& scan) {
    static constexpr char kSeparators[3] = {',', ';', '\t'};
    if (scan.records.empty()) {
        return ',';
    }
    const std::string_view data = scan.bytes;
    const auto& header = scan.records.front();
    const auto headerCounts = separatorCounts(data.substr(header.begin, header.end - header.begin));
    std::array<std::size_t, 3> consistent{};
    const std::size_t sample = std::min<std::size_t>(scan.records.size(), 21);
    for (std::size_t r = 1; r < sample; ++r) {
        const auto& record = scan.records[r];
        const auto counts = separatorCounts(data.substr(record.begin, record.end - record.begin));
        for (std::size_t k = 0; k < 3; ++k) {
            consistent[k] += counts[k] == headerCounts[k] ? 1 : 0;
        }
    }
    std::size_t best = 0;
    bool found = false;
    for (std::size_t k = 0; k < 3; ++k) {
        if (headerCounts[k] == 0) {
            continue;
        }
        if (!found || consistent[k] > consistent[best] ||
            (consistent[k] == consistent[best] && headerCounts[k] > headerCounts[best])) {
            best = k;
            found = true;
        }
    }
    return found ? kSeparators[best] : '\0';
}

// The header record re-written with every cell quoted, so that GDAL's detection sees only `separator`.
std::string quotedHeader(std::string_view header, char separator) {
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const char c = header[i];
        if (c == '"') {
            if (quoted && i + 1 < header.size() && header[i + 1] == '"') {
                cells.back() += '"';
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == separator && !quoted) {
            cells.emplace_back();
        } else {
            cells.back() += c;
        }
    }
    std::string out;
    for (std::size_t k = 0; k < cells.size(); ++k) {
        if (k > 0) {
            out += separator;
        }
        out += '"';
        for (const char c : cells[k]) {
            out += c;
            if (c == '"') {
                out += '"';
            }
        }
        out += '"';
    }
    return out;
}

enum class Recoding { None, DetectCp1252, Cp1252, Other };

struct OpenTable {
    Format format = Format::Csv;
    std::unique_ptr<ThreadConfig> config; // outlives the dataset: the spreadsheet drivers read lazily
    std::unique_ptr<MemoryFile> memoryFile;
    DatasetPtr dataset;
    std::optional<CsvScan> csv;
};

void configureSpreadsheets(ThreadConfig& config) {
    config.set("OGR_XLSX_HEADERS", "DISABLE");
    config.set("OGR_XLSX_FIELD_TYPES", "STRING");
    config.set("OGR_ODS_HEADERS", "DISABLE");
    config.set("OGR_ODS_FIELD_TYPES", "STRING");
    config.set("OGR_XLS_HEADERS", "DISABLE");
    config.set("OGR_XLS_FIELD_TYPES", "STRING");
}

void openTable(const std::string& path, OpenTable& table, const GdalMessages& messages) {
    ensureGdalRegistered();
    VSIStatBufL stat{};
    if (VSIStatL(path.c_str(), &stat) != 0) {
        throwInputError(path, {}, 0, "file not found");
    }
    if (VSI_ISDIR(stat.st_mode)) {
        throwInputError(path, {}, 0,
                        "not a table GDAL can open: this is a folder, expected a CSV, XLSX or ODS file");
    }
    table.format = formatOf(path);
    table.config = std::make_unique<ThreadConfig>();
    configureSpreadsheets(*table.config);

    std::string openName = path;
    const char* csvOptions[] = {"HEADERS=NO", "AUTODETECT_TYPE=NO", "EMPTY_STRING_AS_NULL=NO", nullptr};
    const char* csvDrivers[] = {"CSV", nullptr};
    const char* xlsxDrivers[] = {"XLSX", nullptr};
    const char* odsDrivers[] = {"ODS", nullptr};
    const char* xlsDrivers[] = {"XLS", nullptr};
    const char* const* drivers = csvDrivers;
    const char* const* openOptions = nullptr;
    switch (table.format) {
    case Format::Xlsx:
        drivers = xlsxDrivers;
        break;
    case Format::Ods:
        drivers = odsDrivers;
        break;
    case Format::Xls:
        drivers = xlsDrivers;
        break;
    case Format::Csv: {
        table.csv = scanCsv(path);
        auto& scan = *table.csv;
        if (scan.records.empty()) {
            throwInputError(path, {}, 0, "empty table: the file has no rows");
        }
        openOptions = csvOptions;
        scan.separator = sniffSeparator(scan);
        if (scan.separator == '\0') {
            throwInputError(path, {}, 0,
                            "not a table GDAL can open: the header row has a single column (expected columns "
                            "separated by commas, semicolons or tabs)");
        }
        const auto ext = lowerExtension(path);
        const auto& header = scan.records.front();
        std::string firstLine = scan.bytes.substr(header.begin, header.end - header.begin);
        if (const auto newline = firstLine.find_first_of("\r\n"); newline != std::string::npos) {
            firstLine.resize(newline);
        }
        const bool misread = CSVDetectSeperator(firstLine.c_str()) != scan.separator;
        if (misread || header.index > 0) {
            // GDAL would split on another separator, or stop at leading blank lines: let it read a copy that
            // starts at the header, re-written if need be so that it cannot be misread. Records keep their
            // positions in the original file.
            const std::string_view original =
                std::string_view(scan.bytes).substr(header.begin, header.end - header.begin);
            std::string copy = misread ? quotedHeader(original, scan.separator) : std::string(original);
            copy += '\n';
            std::size_t rest = header.end;
            if (rest < scan.bytes.size() && scan.bytes[rest] == '\r')
                ++rest;
            if (rest < scan.bytes.size() && scan.bytes[rest] == '\n')
                ++rest;
            copy.append(scan.bytes, rest, std::string::npos);
            table.memoryFile = std::make_unique<MemoryFile>();
            openName = table.memoryFile->create(std::move(copy));
            break;
        }
        if (ext != "csv") {
            openName = "CSV:" + path;
        }
        break;
    }
    }
    table.dataset.reset(
        GDALOpenEx(openName.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, openOptions, nullptr));
    if (!table.dataset) {
        std::string message =
            "not a table GDAL can open: expected a CSV (comma, semicolon or tab), XLSX or ODS file";
        if (const auto reason = messages.last(); !reason.empty()) {
            message += " (GDAL: " + reason + ")";
        }
        throwInputError(path, {}, 0, std::move(message));
    }
}

std::vector<OGRLayerH> layersOf(const OpenTable& table) {
    std::vector<OGRLayerH> layers;
    const int count = GDALDatasetGetLayerCount(table.dataset.get());
    for (int i = 0; i < count; ++i) {
        if (OGRLayerH layer = GDALDatasetGetLayer(table.dataset.get(), i); layer != nullptr) {
            layers.push_back(layer);
        }
    }
    return layers;
}

bool isCellEmpty(OGRFeatureH feature, int field) {
    if (OGR_F_IsFieldSetAndNotNull(feature, field) == 0) {
        return true;
    }
    return trim(OGR_F_GetFieldAsString(feature, field)).empty();
}

bool isFeatureEmpty(OGRFeatureH feature, int fields) {
    for (int i = 0; i < fields; ++i) {
        if (!isCellEmpty(feature, i)) {
            return false;
        }
    }
    return true;
}

// Rows below the header (and HXL) row, from the first rows of a layer.
struct LayerShape {
    std::int64_t features = 0;
    bool hasHeader = false;
    bool hxl = false;
};

bool looksLikeHxlRow(const std::vector<std::string>& cells) {
    std::size_t filled = 0;
    std::size_t tags = 0;
    for (const auto& cell : cells) {
        if (trim(cell).empty()) {
            continue;
        }
        ++filled;
        tags += parseHxl(cell) ? 1 : 0;
    }
    return tags > 0 && tags * 2 > filled;
}

std::vector<std::string> featureCells(OGRFeatureH feature, int fields) {
    std::vector<std::string> cells(static_cast<std::size_t>(fields));
    for (int i = 0; i < fields; ++i) {
        if (OGR_F_IsFieldSetAndNotNull(feature, i) != 0) {
            cells[static_cast<std::size_t>(i)] = std::string(trim(OGR_F_GetFieldAsString(feature, i)));
        }
    }
    return cells;
}

LayerShape shapeOf(OGRLayerH layer) {
    LayerShape shape;
    shape.features = OGR_L_GetFeatureCount(layer, TRUE);
    const int fields = OGR_FD_GetFieldCount(OGR_L_GetLayerDefn(layer));
    OGR_L_ResetReading(layer);
    std::int64_t seen = 0;
    while (FeaturePtr feature{OGR_L_GetNextFeature(layer)}) {
        ++seen;
        if (!shape.hasHeader) {
            if (!isFeatureEmpty(feature.get(), fields)) {
                shape.hasHeader = true;
                shape.features -= seen;
            }
            continue;
        }
        shape.hxl = looksLikeHxlRow(featureCells(feature.get(), fields));
        shape.features -= shape.hxl ? 1 : 0;
        break;
    }
    OGR_L_ResetReading(layer);
    if (!shape.hasHeader) {
        shape.features = 0;
    }
    shape.features = std::max<std::int64_t>(shape.features, 0);
    return shape;
}

// True when a non-empty row follows the header (and HXL) row; reads only as far as the first one.
bool hasDataRows(OGRLayerH layer) {
    const int fields = OGR_FD_GetFieldCount(OGR_L_GetLayerDefn(layer));
    OGR_L_ResetReading(layer);
    int seen = 0; // 0: looking for the header, 1: the row below it, 2: data
    bool found = false;
    while (FeaturePtr feature{OGR_L_GetNextFeature(layer)}) {
        const bool empty = isFeatureEmpty(feature.get(), fields);
        if (seen == 0) {
            seen = empty ? 0 : 1;
            continue;
        }
        if (seen == 1) {
            seen = 2;
            if (!empty && looksLikeHxlRow(featureCells(feature.get(), fields))) {
                continue;
            }
        }
        if (!empty) {
            found = true;
            break;
        }
    }
    OGR_L_ResetReading(layer);
    return found;
}

std::string sheetWhere(const OpenTable& table, const std::string& sheet) {
    return table.format == Format::Csv ? std::string{} : "sheet " + sheet;
}

// The sheet name shown to users: a CSV's is its file name without extension (also when GDAL reads a copy).
std::string layerName(const OpenTable& table, OGRLayerH layer, const std::string& path) {
    if (table.format == Format::Csv) {
        return CPLGetBasename(path.c_str());
    }
    return OGR_L_GetName(layer);
}

std::string sheetList(const OpenTable& table, const std::vector<OGRLayerH>& layers, const std::string& path) {
    std::string list;
    for (const auto layer : layers) {
        if (!list.empty()) {
            list += ", ";
        }
        list += layerName(table, layer, path);
    }
    return list;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

OGRLayerH chooseLayer(const std::string& path, const OpenTable& table, const std::string& wanted) {
    const auto layers = layersOf(table);
    if (layers.empty()) {
        throwInputError(path, {}, 0, "empty table: the file holds no sheet or layer");
    }
    if (!wanted.empty()) {
        const auto name = std::string(trim(wanted));
        for (const auto layer : layers) {
            if (name == layerName(table, layer, path)) {
                return layer;
            }
        }
        for (const auto layer : layers) {
            if (equalsIgnoringCase(name, trim(layerName(table, layer, path)))) {
                return layer;
            }
        }
        throwInputError(path, "sheet " + name, 0,
                        "unknown sheet '" + name + "'; the sheets are: " + sheetList(table, layers, path));
    }
    if (layers.size() == 1) {
        return layers.front();
    }
    for (const auto layer : layers) {
        if (hasDataRows(layer)) {
            return layer;
        }
    }
    return layers.front();
}

Recoding recodingFor(const OpenTable& table, const std::string& encoding) {
    if (table.format != Format::Csv) {
        return Recoding::None; // XML-based workbooks are Unicode already
    }
    if (encoding.empty()) {
        return table.csv && !table.csv->validUtf8 ? Recoding::DetectCp1252 : Recoding::None;
    }
    const auto folded = withoutSpaces(foldWords(encoding));
    if (folded == "utf8")
        return Recoding::None;
    if (folded == "cp1252" || folded == "windows1252" || folded == "iso88591" || folded == "latin1" ||
        folded == "iso885915" || folded == "ansi") {
        return Recoding::Cp1252;
    }
    return Recoding::Other;
}

struct PlannedRole {
    std::vector<int> columns; // one, or several sex × age parts summed
    bool part = false;
    bool isExplicit = false;
};

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// readActivityTable
// ---------------------------------------------------------------------------------------------------------------

ActivityTable readActivityTable(const std::string& path, const ActivityReadOptions& options) {
    GdalMessages messages;
    OpenTable table;
    openTable(path, table, messages);

    ActivityTable result;
    result.path = path;
    OGRLayerH layer = chooseLayer(path, table, options.sheet);
    result.sheet = layerName(table, layer, path);
    const std::string where = sheetWhere(table, result.sheet);
    const Recoding recoding = recodingFor(table, options.encoding);

    if (!options.progress.report(0.0, "Reading the activity table")) {
        throw Cancelled{};
    }

    const int fieldCount = OGR_FD_GetFieldCount(OGR_L_GetLayerDefn(layer));
    const auto fields = static_cast<std::size_t>(std::max(fieldCount, 0));
    const CsvScan* scan = table.csv ? &*table.csv : nullptr;
    std::int64_t expected = scan != nullptr ? static_cast<std::int64_t>(scan->records.size())
                                            : OGR_L_GetFeatureCount(layer, TRUE);
    expected = std::max<std::int64_t>(expected, 1);

    // Cell text of the current record, trimmed and in UTF-8.
    std::vector<std::string_view> cells(fields);
    std::vector<std::string> recoded(fields);
    bool recodedSomething = false;
    auto loadCells = [&](OGRFeatureH feature) {
        bool empty = true;
        for (std::size_t i = 0; i < fields; ++i) {
            const int field = static_cast<int>(i);
            std::string_view text;
            if (OGR_F_IsFieldSetAndNotNull(feature, field) != 0) {
                text = trim(OGR_F_GetFieldAsString(feature, field));
            }
            if (recoding != Recoding::None && !text.empty() && !isAscii(text)) {
                if (recoding == Recoding::Other) {
                    char* converted =
                        CPLRecode(std::string(text).c_str(), options.encoding.c_str(), CPL_ENC_UTF8);
                    recoded[i] = converted != nullptr ? converted : std::string(text);
                    CPLFree(converted);
                    text = trim(recoded[i]);
                } else if (recoding == Recoding::Cp1252 || !isValidUtf8(text)) {
                    recoded[i].clear();
                    appendCp1252(recoded[i], text);
                    text = trim(recoded[i]);
                    recodedSomething = true;
                }
            }
            cells[i] = text;
            empty = empty && text.empty();
        }
        return empty;
    };

    // Position of each record GDAL returns: line and index among all records (blank CSV lines included).
    std::int64_t ordinal = 0; // records GDAL returned so far
    bool positionsTrusted = true;
    auto position = [&](OGRFeatureH feature, std::int64_t& line, std::int64_t& recordIndex) {
        const auto k = ordinal++;
        if (scan != nullptr) {
            if (positionsTrusted && k < static_cast<std::int64_t>(scan->records.size())) {
                const auto& record = scan->records[static_cast<std::size_t>(k)];
                line = record.line;
                recordIndex = record.index;
                return;
            }
            positionsTrusted = false;
            line = 0;
            recordIndex = k;
            return;
        }
        const GIntBig fid = OGR_F_GetFID(feature);
        line = fid > 0 ? fid : k + 1;
        recordIndex = line - 1;
    };

    result.rows.reserve(static_cast<std::size_t>(expected));
    OGR_L_ResetReading(layer);

    // Header: the first non-empty record.
    std::vector<std::string> headers(fields);
    std::int64_t headerIndex = -1;
    FeaturePtr feature;
    while ((feature = FeaturePtr{OGR_L_GetNextFeature(layer)})) {
        std::int64_t line = 0;
        std::int64_t recordIndex = 0;
        position(feature.get(), line, recordIndex);
        if (!loadCells(feature.get())) {
            for (std::size_t i = 0; i < fields; ++i) {
                headers[i] = std::string(cells[i]);
            }
            headerIndex = recordIndex;
            break;
        }
    }
    if (headerIndex < 0) {
        throwInputError(path, where, 0, "empty table: no header row and no data");
    }

    // HXL hashtag row, right below the header.
    std::vector<std::string> tags(fields);
    FeaturePtr pending{OGR_L_GetNextFeature(layer)};
    std::int64_t lastHeaderIndex = headerIndex;
    std::int64_t lastHeaderOrdinal = ordinal - 1;
    std::int64_t pendingLine = 0;
    std::int64_t pendingIndex = 0;
    bool pendingEmpty = true;
    if (pending) {
        position(pending.get(), pendingLine, pendingIndex);
        pendingEmpty = loadCells(pending.get());
        std::vector<std::string> candidate(fields);
        for (std::size_t i = 0; i < fields; ++i) {
            candidate[i] = std::string(cells[i]);
        }
        if (!pendingEmpty && pendingIndex == headerIndex + 1 && looksLikeHxlRow(candidate)) {
            result.hasHxlRow = true;
            tags = std::move(candidate);
            lastHeaderIndex = pendingIndex;
            lastHeaderOrdinal = ordinal - 1;
            pending.reset();
        }
    }

    // Column → role, once: explicit mapping, then HXL hashtags, then header names.
    std::vector<std::string> headerWords(fields);
    std::vector<std::optional<HxlTag>> hxl(fields);
    for (std::size_t i = 0; i < fields; ++i) {
        headerWords[i] = foldWords(headers[i]);
        hxl[i] = parseHxl(tags[i]);
    }
    std::array<PlannedRole, kRoleCount> plan;
    std::vector<bool> columnUsed(fields, false);
    auto columnName = [&](std::size_t i) {
        return !headers[i].empty() ? headers[i]
               : !tags[i].empty()  ? tags[i]
                                   : "column " + std::to_string(i + 1);
    };
    for (const auto& [role, text] : options.explicitMapping) {
        if (index(role) >= kRoleCount) {
            continue;
        }
        const auto wantedTag = parseHxl(text);
        const auto wantedWords = foldWords(text);
        std::optional<std::size_t> found;
        for (std::size_t i = 0; i < fields && !found; ++i) {
            if (wantedTag && hxl[i] && canonicalHxl(*wantedTag) == canonicalHxl(*hxl[i])) {
                found = i;
            } else if (!wantedTag && !wantedWords.empty() && wantedWords == headerWords[i]) {
                found = i;
            }
        }
        if (!found) {
            result.problems.push_back({Severity::Warning, path, where, 0,
                                       "Mapping " + std::string(roleKey(role)) + " = '" + text +
                                           "': no column has this header or HXL tag."});
            continue;
        }
        plan[index(role)] = {{static_cast<int>(*found)}, false, true};
        columnUsed[*found] = true;
        result.mapping[role] = {static_cast<int>(*found), headers[*found], tags[*found], "explicit", {}};
    }
    std::vector<bool> claimed(fields, false);
    auto claim = [&](std::size_t i, const Detected& detected, const char* how) {
        claimed[i] = true;
        const Role role = *detected.role;
        auto& planned = plan[index(role)];
        if (planned.columns.empty()) {
            planned = {{static_cast<int>(i)}, detected.part, false};
            columnUsed[i] = true;
            result.mapping[role] = {static_cast<int>(i), headers[i], tags[i], how, {}};
            return;
        }
        if (planned.part && detected.part && !planned.isExplicit) {
            planned.columns.push_back(static_cast<int>(i));
            columnUsed[i] = true;
            auto& mapping = result.mapping[role];
            mapping.summedWith.push_back(static_cast<int>(i));
            mapping.header += " + " + headers[i];
            if (!tags[i].empty()) {
                mapping.hxl += (mapping.hxl.empty() ? "" : " + ") + tags[i];
            }
            return;
        }
        const auto first = static_cast<std::size_t>(planned.columns.front());
        result.problems.push_back({Severity::Info, path, where, 0,
                                   "Column '" + columnName(i) + "' is also " + std::string(roleKey(role)) +
                                       "; column '" + columnName(first) +
                                       "' is used and this one is ignored."});
    };
    for (std::size_t i = 0; i < fields; ++i) {
        if (!columnUsed[i] && hxl[i]) {
            if (const auto detected = roleFromHxl(*hxl[i], headerWords[i]); detected.role) {
                claim(i, detected, "hxl");
            }
        }
    }
    for (std::size_t i = 0; i < fields; ++i) {
        if (!columnUsed[i] && !claimed[i]) {
            if (const auto detected = roleFromHeader(headerWords[i]); detected.role) {
                claim(i, detected, "header");
            }
        }
    }
    for (std::size_t i = 0; i < fields; ++i) {
        if (!columnUsed[i] && (!headers[i].empty() || !tags[i].empty())) {
            result.unmappedHeaders.push_back(columnName(i));
        }
    }
    const bool hasPlace = std::any_of(result.mapping.begin(), result.mapping.end(),
                                      [](const auto& entry) { return isPlaceRole(entry.first); });

    // The hot loop works on plain (role, column) lists.
    std::vector<std::pair<std::size_t, std::size_t>> textRoles; // role, column: copied as read
    std::vector<std::size_t> summedRoles;                       // roles fed by several part columns
    for (std::size_t r = 0; r < kRoleCount; ++r) {
        if (plan[r].columns.size() == 1) {
            textRoles.emplace_back(r, static_cast<std::size_t>(plan[r].columns.front()));
        } else if (plan[r].columns.size() > 1) {
            summedRoles.push_back(r);
        }
    }
    auto headerOf = [&](std::size_t column) { return columnName(column); };

    std::int64_t previousIndex = lastHeaderIndex;
    std::vector<std::int64_t> rowOrdinals; // GDAL's record ordinal of each row, to renumber if positions fail
    auto addProblem = [&](std::int64_t row, std::string message) {
        result.problems.push_back({Severity::Warning, path, where, row, std::move(message)});
    };
    auto handleRecord = [&](bool empty, std::int64_t line, std::int64_t recordIndex) {
        const std::int64_t row = recordIndex - lastHeaderIndex;
        result.emptyRows += std::max<std::int64_t>(recordIndex - previousIndex - 1, 0);
        previousIndex = recordIndex;
        if (empty) {
            ++result.emptyRows;
            return;
        }
        ActivityRow& out = result.rows.emplace_back();
        rowOrdinals.push_back(ordinal - 1);
        out.row = row;
        out.sourceLine = line;
        for (const auto& [role, column] : textRoles) {
            out.cells[role] = cells[column];
        }
        std::array<std::optional<double>, kRoleCount> figures{};
        for (std::size_t r = index(Role::Targeted); r <= index(Role::ReachedAdults); ++r) {
            for (const int column : plan[r].columns) {
                const auto c = static_cast<std::size_t>(column);
                bool bad = false;
                if (const auto value = parseFigure(cells[c], bad)) {
                    figures[r] = figures[r].value_or(0.0) + *value;
                } else if (bad) {
                    addProblem(row, headerOf(c) + ": '" + std::string(cells[c]) + "' is not a number");
                }
            }
        }
        for (const auto r : summedRoles) {
            if (figures[r]) {
                out.cells[r] = formatFigure(*figures[r]);
            }
        }
        auto total = [&](Role whole, Role f, Role m, Role children, Role adults) -> std::optional<double> {
            if (figures[index(whole)])
                return figures[index(whole)];
            if (figures[index(f)] || figures[index(m)]) {
                return figures[index(f)].value_or(0.0) + figures[index(m)].value_or(0.0);
            }
            if (figures[index(children)] || figures[index(adults)]) {
                return figures[index(children)].value_or(0.0) + figures[index(adults)].value_or(0.0);
            }
            return std::nullopt;
        };
        out.targeted = total(Role::Targeted, Role::TargetedF, Role::TargetedM, Role::TargetedChildren,
                             Role::TargetedAdults);
        out.reached =
            total(Role::Reached, Role::ReachedF, Role::ReachedM, Role::ReachedChildren, Role::ReachedAdults);
        auto date = [&](Role role, std::optional<Date>& value) {
            const auto& planned = plan[index(role)];
            if (planned.columns.empty()) {
                return;
            }
            const auto c = static_cast<std::size_t>(planned.columns.front());
            if (cells[c].empty() || isNoValue(cells[c])) {
                return;
            }
            value = parseDate(cells[c]);
            if (!value) {
                addProblem(row, headerOf(c) + ": '" + std::string(cells[c]) + "' is not a date");
            }
        };
        date(Role::StartDate, out.start);
        date(Role::EndDate, out.end);
        if (out.start && out.end && *out.end < *out.start) {
            addProblem(row, "End date " + formatDate(*out.end) + " is before start date " +
                                formatDate(*out.start));
        }
    };

    if (!hasPlace) {
        throwInputError(
            path, where, 0,
            "no usable place column: expected a région, cercle or commune code or name column (headers "
            "or HXL #adm1..#adm3)");
    }

    if (pending) {
        handleRecord(pendingEmpty, pendingLine, pendingIndex);
        pending.reset();
    }
    constexpr std::int64_t kProgressStep = 1000;
    while ((feature = FeaturePtr{OGR_L_GetNextFeature(layer)})) {
        std::int64_t line = 0;
        std::int64_t recordIndex = 0;
        position(feature.get(), line, recordIndex);
        const bool empty = loadCells(feature.get());
        handleRecord(empty, line, recordIndex);
        if (ordinal % kProgressStep == 0) {
            const double fraction =
                std::min(1.0, static_cast<double>(ordinal) / static_cast<double>(expected));
            if (!options.progress.report(fraction, "Reading the activity table")) {
                throw Cancelled{};
            }
        }
    }
    if (scan != nullptr) {
        if (positionsTrusted && ordinal == static_cast<std::int64_t>(scan->records.size())) {
            result.emptyRows += std::max<std::int64_t>(scan->totalRecords - 1 - previousIndex, 0);
        } else {
            // GDAL split the file differently from the scan (unusual line ends): number rows as GDAL read
            // them.
            std::vector<std::pair<std::int64_t, std::int64_t>> renumber; // old row -> new row
            for (std::size_t k = 0; k < result.rows.size(); ++k) {
                const std::int64_t newRow = rowOrdinals[k] - lastHeaderOrdinal;
                renumber.emplace_back(result.rows[k].row, newRow);
                result.rows[k].row = newRow;
                result.rows[k].sourceLine = 0;
            }
            result.emptyRows = std::max<std::int64_t>(
                ordinal - 1 - lastHeaderOrdinal - static_cast<std::int64_t>(result.rows.size()), 0);
            for (auto& problem : result.problems) {
                const auto it = std::lower_bound(renumber.begin(), renumber.end(),
                                                 std::make_pair(problem.row, std::int64_t{0}));
                if (problem.row > 0 && it != renumber.end() && it->first == problem.row) {
                    problem.row = it->second;
                }
            }
            result.problems.push_back({Severity::Info, path, where, 0,
                                       "Blank lines could not be located in this file; row numbers count the "
                                       "records read, blank lines excluded."});
        }
    }
    if (recodedSomething && recoding == Recoding::DetectCp1252) {
        result.problems.push_back(
            {Severity::Info, path, where, 0, "The file is not UTF-8; its text was read as Windows-1252."});
    }
    for (const auto& message : messages.messages()) {
        result.problems.push_back({Severity::Info, path, where, 0, "GDAL: " + message});
    }
    if (result.rows.empty()) {
        throwInputError(path, where, 0, "empty table: a header row but no data rows below it");
    }
    options.progress.report(1.0, "Reading the activity table");
    return result;
}

std::vector<SheetInfo> listSheets(const std::string& path) {
    GdalMessages messages;
    OpenTable table;
    openTable(path, table, messages);
    std::vector<SheetInfo> sheets;
    for (const auto layer : layersOf(table)) {
        SheetInfo info;
        info.name = layerName(table, layer, path);
        const auto shape = shapeOf(layer);
        info.rows = shape.features;
        if (table.csv && shape.hasHeader) {
            // Count blank lines too, as readActivityTable numbers rows.
            const auto& scan = *table.csv;
            const std::int64_t headerIndex = scan.records.front().index;
            info.rows = std::max<std::int64_t>(scan.totalRecords - headerIndex - 1 - (shape.hxl ? 1 : 0), 0);
        }
        sheets.push_back(std::move(info));
    }
    return sheets;
}

} // namespace couverture
