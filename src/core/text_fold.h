#pragma once
// Folding names so that spellings of one place compare equal: case, accents, punctuation, spacing,
// administrative prefixes ("Commune de", "CR", "CU") and roman numerals (Bamako's "Commune - VI" = "CVI").

#include <string>
#include <string_view>

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

// Similarity in [0,1] of two folded names: Jaro-Winkler, also tried without spaces ("Kalaban Coro" vs
// "Kalabancoro").
double nameSimilarity(std::string_view a, std::string_view b);

// Trimmed, upper-cased, inner spaces removed; empty for placeholders such as "#N/A", "N/A", "NA", "-", "<Null>".
std::string cleanCode(std::string_view code);

// True for cells that stand for "no value" in spreadsheets ("#N/A", "N/A", "NA", "NULL", "<Null>", "-", "?").
bool isPlaceholder(std::string_view text);

} // namespace couverture
