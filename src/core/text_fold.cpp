#include "core/text_fold.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <vector>

namespace couverture {
namespace {

// ASCII spelling of U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A), lower case; "" for ×
// and ÷.
constexpr std::array<const char*, 0x180 - 0xC0> kLatinFold = {
    "a", "a", "a",  "a",  "a", "a", "ae", "c",  "e",  "e", "e", "e", "i",  "i",  "i", "i", "d", "n",
    "o", "o", "o",  "o",  "o", "",  "o",  "u",  "u",  "u", "u", "y", "th", "ss", "a", "a", "a", "a",
    "a", "a", "ae", "c",  "e", "e", "e",  "e",  "i",  "i", "i", "i", "d",  "n",  "o", "o", "o", "o",
    "o", "",  "o",  "u",  "u", "u", "u",  "y",  "th", "y", "a", "a", "a",  "a",  "a", "a", "c", "c",
    "c", "c", "c",  "c",  "c", "c", "d",  "d",  "d",  "d", "e", "e", "e",  "e",  "e", "e", "e", "e",
    "e", "e", "g",  "g",  "g", "g", "g",  "g",  "g",  "g", "h", "h", "h",  "h",  "i", "i", "i", "i",
    "i", "i", "i",  "i",  "i", "i", "ij", "ij", "j",  "j", "k", "k", "k",  "l",  "l", "l", "l", "l",
    "l", "l", "l",  "l",  "l", "n", "n",  "n",  "n",  "n", "n", "n", "n",  "n",  "o", "o", "o", "o",
    "o", "o", "oe", "oe", "r", "r", "r",  "r",  "r",  "r", "s", "s", "s",  "s",  "s", "s", "s", "s",
    "t", "t", "t",  "t",  "t", "t", "u",  "u",  "u",  "u", "u", "u", "u",  "u",  "u", "u", "u", "u",
    "w", "w", "y",  "y",  "y", "z", "z",  "z",  "z",  "z", "z", "s"};

void appendFolded(std::string& out, char32_t codepoint) {
    if (codepoint < 0x80) {
        const char c = static_cast<char>(codepoint);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out += c;
        } else if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c - 'A' + 'a');
        } else {
            out += ' ';
        }
    } else if (const std::string_view spelling = asciiSpelling(codepoint); !spelling.empty()) {
        out += spelling;
    } else if (codepoint == 0x2019 || codepoint == 0x2018) {
        out += ' '; // typographic apostrophes
    } else {
        out += ' ';
    }
}

template <typename Sink> void forEachCodepoint(std::string_view text, Sink sink) {
    for (std::size_t i = 0; i < text.size();) {
        const Utf8Char c = decodeUtf8At(text, i);
        sink(c.codepoint);
        i += c.length;
    }
}

int romanValue(std::string_view word) {
    static constexpr std::array<std::string_view, 12> numerals{"i",   "ii",   "iii", "iv", "v",  "vi",
                                                               "vii", "viii", "ix",  "x",  "xi", "xii"};
    for (std::size_t i = 0; i < numerals.size(); ++i) {
        if (word == numerals[i]) {
            return static_cast<int>(i) + 1;
        }
    }
    return 0;
}

int numberValue(std::string_view word) {
    if (word.empty() || word.size() > 2 ||
        !std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return 0;
    }
    return std::stoi(std::string(word));
}

int numbered(std::string_view word) {
    return romanValue(word) > 0 ? romanValue(word) : numberValue(word);
}

// Bamako's numbered communes as people write them: "Commune VI", "Commune - 6", "CVI", "C.VI", "CU 6",
// "C6 Bamako", "Commune VI du District de Bamako", "Bamako Commune 6", "Bamako 6": the number when the words
// are a commune marker, a number and filler only; 0 otherwise.
int numberedCommune(const std::vector<std::string_view>& words) {
    static constexpr std::array<std::string_view, 6> markers{"commune", "com", "comm", "cne", "cu", "c"};
    static constexpr std::array<std::string_view, 8> filler{"du",      "de", "d", "district",
                                                            "urbaine", "u",  "n", "no"};
    auto isMarker = [](std::string_view word) {
        return std::find(markers.begin(), markers.end(), word) != markers.end();
    };
    int number = 0;
    bool marker = false;
    for (std::string_view word : words) {
        if (isMarker(word) || word == "bamako") {
            marker = true;
            continue;
        }
        if (std::find(filler.begin(), filler.end(), word) != filler.end()) {
            continue;
        }
        int value = numbered(word);
        // Glued: "cvi", "c6", "cu6", "commune3".
        for (std::size_t i = 0; value == 0 && i < markers.size(); ++i) {
            if (word.size() > markers[i].size() && word.substr(0, markers[i].size()) == markers[i]) {
                value = numbered(word.substr(markers[i].size()));
                marker = marker || value > 0;
            }
        }
        if (value == 0 || number != 0) {
            return 0;
        }
        number = value;
    }
    return marker ? number : 0;
}

double jaroWinkler(std::string_view a, std::string_view b) {
    if (a.empty() && b.empty()) {
        return 1.0;
    }
    if (a.empty() || b.empty()) {
        return 0.0;
    }
    const std::size_t window = std::max<std::size_t>(std::max(a.size(), b.size()) / 2, 1) - 1;
    std::vector<char> matchedA(a.size(), 0), matchedB(b.size(), 0);
    std::size_t matches = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::size_t from = i > window ? i - window : 0;
        const std::size_t to = std::min(i + window + 1, b.size());
        for (std::size_t j = from; j < to; ++j) {
            if (matchedB[j] == 0 && a[i] == b[j]) {
                matchedA[i] = matchedB[j] = 1;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0) {
        return 0.0;
    }
    std::size_t transpositions = 0;
    for (std::size_t i = 0, j = 0; i < a.size(); ++i) {
        if (matchedA[i] == 0) {
            continue;
        }
        while (matchedB[j] == 0) {
            ++j;
        }
        if (a[i] != b[j]) {
            ++transpositions;
        }
        ++j;
    }
    const double m = static_cast<double>(matches);
    const double jaro = (m / static_cast<double>(a.size()) + m / static_cast<double>(b.size()) +
                         (m - static_cast<double>(transpositions) / 2.0) / m) /
                        3.0;
    std::size_t prefix = 0;
    while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) {
        ++prefix;
    }
    return jaro + static_cast<double>(prefix) * 0.1 * (1.0 - jaro);
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

} // namespace

std::string foldText(std::string_view text) {
    std::string spaced;
    spaced.reserve(text.size());
    forEachCodepoint(text, [&spaced](char32_t codepoint) { appendFolded(spaced, codepoint); });
    std::string out;
    out.reserve(spaced.size());
    for (char c : spaced) {
        if (c == ' ' && (out.empty() || out.back() == ' ')) {
            continue;
        }
        out += c;
    }
    if (!out.empty() && out.back() == ' ') {
        out.pop_back();
    }
    return out;
}

std::string placeKey(std::string_view text) {
    std::string key = foldPlaceName(text);
    key.erase(std::remove(key.begin(), key.end(), ' '), key.end());
    return key;
}

std::string foldPlaceName(std::string_view text) {
    const std::string folded = foldText(text);
    std::vector<std::string_view> words = splitWords(folded);
    if (const int number = numberedCommune(words); number > 0) {
        return "commune " + std::to_string(number);
    }
    // Administrative prefixes and suffixes that do not belong to the name.
    static const std::vector<std::vector<std::string_view>> prefixes = {{"commune", "rurale", "de"},
                                                                        {"commune", "urbaine", "de"},
                                                                        {"commune", "rurale", "d"},
                                                                        {"commune", "urbaine", "d"},
                                                                        {"commune", "de"},
                                                                        {"commune", "d"},
                                                                        {"cercle", "de"},
                                                                        {"cercle", "d"},
                                                                        {"region", "de"},
                                                                        {"region", "d"},
                                                                        {"district", "de"},
                                                                        {"district", "d"},
                                                                        {"cr"},
                                                                        {"cu"},
                                                                        {"commune"},
                                                                        {"cercle"},
                                                                        {"region"}};
    for (const auto& prefix : prefixes) {
        if (words.size() > prefix.size() && std::equal(prefix.begin(), prefix.end(), words.begin())) {
            words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(prefix.size()));
            break;
        }
    }
    if (words.size() > 1 &&
        (words.back() == "commune" || words.back() == "cercle" || words.back() == "ville")) {
        words.pop_back();
    }
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!out.empty()) {
            out += ' ';
        }
        // A trailing roman numeral is a number: "Dougouténé II" = "Dougoutene 2", "Niamana I" = "Niamana 1".
        if (i + 1 == words.size() && i > 0 && romanValue(words[i]) > 0) {
            out += std::to_string(romanValue(words[i]));
        } else {
            out += words[i];
        }
    }
    return out;
}

std::string transliterationKey(std::string_view text) {
    std::string key = placeKey(text);
    auto replaceAll = [&key](std::string_view from, std::string_view to) {
        for (std::size_t at = key.find(from); at != std::string::npos; at = key.find(from, at + to.size())) {
            key.replace(at, from.size(), to);
        }
    };
    for (const auto& [from, to] :
         std::initializer_list<std::pair<std::string_view, std::string_view>>{{"ch", "s"},
                                                                              {"sh", "s"},
                                                                              {"kh", "k"},
                                                                              {"gh", "g"},
                                                                              {"ph", "f"},
                                                                              {"dj", "j"},
                                                                              {"qu", "k"},
                                                                              {"ck", "k"},
                                                                              {"c", "k"},
                                                                              {"q", "k"},
                                                                              {"w", "u"},
                                                                              {"y", "i"},
                                                                              {"ou", "u"},
                                                                              {"ai", "e"},
                                                                              {"ei", "e"},
                                                                              {"h", ""}}) {
        replaceAll(from, to);
    }
    key.erase(std::unique(key.begin(), key.end()), key.end()); // doubled letters
    return key;
}

std::vector<std::string> splitPlaceList(std::string_view text) {
    std::string marked(text);
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    for (const std::string_view word : {std::string_view(" et "), std::string_view(" and ")}) {
        for (std::size_t at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1)) {
            marked.replace(at, word.size(), std::string(word.size() - 1, ' ') + ",");
        }
    }
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= marked.size(); ++i) {
        if (i == marked.size() || std::string_view(",;/&+|\n").find(marked[i]) != std::string_view::npos) {
            const std::string_view part = trim(std::string_view(marked).substr(start, i - start));
            if (!part.empty()) {
                parts.emplace_back(part);
            }
            start = i + 1;
        }
    }
    return parts;
}

std::string_view foreignCountryIn(std::string_view text) {
    // Mali's neighbours as French and English tables name them.
    static const std::array<std::pair<std::string_view, std::string_view>, 14> countries{
        {{"burkina", "Burkina Faso"},
         {"faso", "Burkina Faso"},
         {"niger", "Niger"},
         {"senegal", "Senegal"},
         {"mauritanie", "Mauritania"},
         {"mauritania", "Mauritania"},
         {"guinee", "Guinea"},
         {"guinea", "Guinea"},
         {"ivoire", "Cote d'Ivoire"},
         {"algerie", "Algeria"},
         {"algeria", "Algeria"},
         {"ghana", "Ghana"},
         {"nigeria", "Nigeria"},
         {"tchad", "Chad"}}};
    const std::string folded = foldText(text);
    for (std::string_view word : splitWords(folded)) {
        for (const auto& [key, country] : countries) {
            if (word == key) {
                return country;
            }
        }
    }
    return {};
}

std::size_t editDistance(std::string_view a, std::string_view b) {
    // Optimal string alignment (Levenshtein with transpositions), three rows of the table.
    std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                current[j] = std::min(current[j], before[j - 2] + 1);
            }
        }
        before.swap(previous);
        previous.swap(current);
    }
    return previous[b.size()];
}

double nameSimilarity(std::string_view a, std::string_view b) {
    if (a == b) {
        return 1.0;
    }
    const double spaced = jaroWinkler(a, b);
    const std::string compactA = withoutSpaces(a), compactB = withoutSpaces(b);
    if (compactA == compactB) {
        return 0.99;
    }
    return std::max(spaced, jaroWinkler(compactA, compactB));
}

bool isPlaceholder(std::string_view text) {
    const std::string folded = foldText(text);
    return folded.empty() || folded == "n a" || folded == "na" || folded == "null" || folded == "none" ||
           folded == "nan" || folded == "ref" || folded == "value";
}

std::string cleanCode(std::string_view code) {
    if (isPlaceholder(code)) {
        return {};
    }
    std::string out;
    out.reserve(code.size());
    for (char c : code) {
        if (c == ' ' || c == '\t') {
            continue;
        }
        out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return out;
}

bool isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

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

std::vector<std::string_view> splitWords(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        if (end > start) {
            words.push_back(text.substr(start, end - start));
        }
        start = end + 1;
    }
    return words;
}

std::string withoutSpaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c != ' ') {
            out += c;
        }
    }
    return out;
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

Utf8Char decodeUtf8At(std::string_view text, std::size_t position) {
    const auto byte = static_cast<unsigned char>(text[position]);
    if (byte < 0x80) {
        return {byte, 1};
    }
    const std::size_t length = (byte & 0xE0) == 0xC0   ? 2
                               : (byte & 0xF0) == 0xE0 ? 3
                               : (byte & 0xF8) == 0xF0 ? 4
                                                       : 0;
    if (length == 0 || position + length > text.size()) {
        return {byte, 1};
    }
    auto codepoint = static_cast<char32_t>(length == 2   ? (byte & 0x1F)
                                           : length == 3 ? (byte & 0x0F)
                                                         : (byte & 0x07));
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[position + k]);
        if ((next & 0xC0) != 0x80) {
            return {byte, 1};
        }
        codepoint = (codepoint << 6) | (next & 0x3Fu);
    }
    return {codepoint, length};
}

std::string_view asciiSpelling(char32_t codepoint) {
    if (codepoint < 0xC0 || codepoint >= 0x180) {
        return {};
    }
    return kLatinFold[codepoint - 0xC0];
}

// By table rather than CPLRecode: iconv is opened per call there, which costs more than the whole read of a
// 24,000-row table.
void appendWindows1252AsUtf8(std::string& utf8, std::string_view windows1252) {
    // 0x80..0x9F, where Windows-1252 differs from Latin-1; its five unassigned bytes map to the C1 controls.
    static constexpr char16_t kHigh[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                           0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                           0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                           0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    for (const char ch : windows1252) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) {
            utf8 += ch;
        } else if (c < 0xA0) {
            appendUtf8(utf8, kHigh[c - 0x80]);
        } else {
            appendUtf8(utf8, c);
        }
    }
}

} // namespace couverture
