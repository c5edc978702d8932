#pragma once
// Folding names so that spellings of one place compare equal: case, accents, punctuation, spacing,
// administrative prefixes ("Commune de", "CR", "CU") and roman numerals (Bamako's "Commune - VI" = "CVI").

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace couverture {

// Lower-case ASCII, accents removed (UTF-8 Latin-1 and Latin Extended-A letters), every run of
// non-alphanumerics one space, trimmed. "Ségou  - Commune" -> "segou commune".
std::string foldText(std::string_view text);

// foldText, then administrative noise removed: "Commune rurale de Kalaban Coro" -> "kalaban coro",
// "Commune - VI", "Commune 6", "CVI", "C6" -> "commune 6"; "Segou Commune" -> "segou"; "CR Bla" -> "bla".
std::string foldPlaceName(std::string_view text);

// foldPlaceName without its spaces: the key names are compared by, so that spacing and punctuation do not
// count ("Kalaban Coro" = "Kalabancoro", "Raz-El-Ma" = "Razelma", "Kiffosso 1" = "Kiffosso1").
std::string placeKey(std::string_view text);

// placeKey spelt by sound, so that transliterations of one name meet: "ou" = "w" = "u", "dj" = "j", "kh" =
// "k", "c" = "k", "ai" = "é" = "e", doubled letters single ("Ouélessébougou" and "Welessebugu" ->
// "uelesebugu"). A match through it is a guess to review, never an exact match.
std::string transliterationKey(std::string_view text);

// The places a cell names when it lists several: split on , ; / & + | and the words "et", "and". One part
// when the cell names one place.
std::vector<std::string> splitPlaceList(std::string_view text);

// The neighbouring country a place cell names ("Sahel (Burkina Faso)", "Niger"), empty when none.
std::string_view foreignCountryIn(std::string_view text);

// Letters changed, added, dropped or swapped to turn one text into the other (optimal string alignment).
std::size_t editDistance(std::string_view a, std::string_view b);

// Similarity in [0,1] of two folded names: Jaro-Winkler, also tried without spaces ("Kalaban Coro" vs
// "Kalabancoro").
double nameSimilarity(std::string_view a, std::string_view b);

// Trimmed, upper-cased, inner spaces removed; empty for placeholders such as "#N/A", "N/A", "NA", "-",
// "<Null>".
std::string cleanCode(std::string_view code);

// True for cells that stand for "no value" in spreadsheets ("#N/A", "N/A", "NA", "NULL", "<Null>", "-", "?").
bool isPlaceholder(std::string_view text);

// Space, tab, CR, LF, VT, FF: the ASCII white space, whatever the C locale says.
bool isAsciiSpace(char c);

// Without the ASCII white space and the no-break spaces (U+00A0) that Excel exports leave around values.
std::string_view trim(std::string_view text);

// The words of space-separated text such as foldText's; empty words are skipped.
std::vector<std::string_view> splitWords(std::string_view text);

// The text without its spaces, so that spacing does not count: "date de debut" -> "datededebut".
std::string withoutSpaces(std::string_view text);

// Strict UTF-8: no overlong forms, surrogates, code points above U+10FFFF or truncated sequences.
bool isValidUtf8(std::string_view text);

// The character of UTF-8 text that starts at `position`. A byte that does not start a complete sequence
// stands for itself as Latin-1 (length 1), so that mislabelled Windows-1252 text still folds.
struct Utf8Char {
    char32_t codepoint = 0;
    std::size_t length = 1; // bytes
};
Utf8Char decodeUtf8At(std::string_view text, std::size_t position);

// Lower-case ASCII spelling of a Latin letter U+00C0..U+017F: "É" -> "e", "œ" -> "oe", "ß" -> "ss". Empty for
// every other code point, the signs × and ÷ included.
std::string_view asciiSpelling(char32_t codepoint);

// Appends Windows-1252 text (what Excel writes as "CSV (séparateur: point-virgule)") to `utf8`, converted.
// Appending lets a caller reuse one buffer per column across rows.
void appendWindows1252AsUtf8(std::string& utf8, std::string_view windows1252);

} // namespace couverture
