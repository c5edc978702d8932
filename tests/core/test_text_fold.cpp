#include "core/text_fold.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

using namespace couverture;

TEST_CASE("foldText removes case, accents, punctuation and extra spacing", "[text_fold]") {
    CHECK(foldText("Ségou") == "segou");
    CHECK(foldText("  TÉNENKOU ") == "tenenkou");
    CHECK(foldText("Gourma-Rharous") == "gourma rharous");
    CHECK(foldText("Kalaban  Coro") == "kalaban coro");
    CHECK(foldText("Niafunké") == "niafunke");
    CHECK(foldText("Dioïla") == "dioila");
}

TEST_CASE("foldPlaceName makes Bamako's numbered communes equal", "[text_fold]") {
    for (const char* spelling :
         {"Commune - VI", "Commune VI", "CVI", "commune 6", "C6", "Commune VI ", "COMMUNE-VI"}) {
        INFO(spelling);
        CHECK(foldPlaceName(spelling) == "commune 6");
    }
    CHECK(foldPlaceName("Commune - I") == "commune 1");
    CHECK(foldPlaceName("Commune IV") != foldPlaceName("Commune VI"));
}

TEST_CASE("foldPlaceName drops administrative prefixes and suffixes", "[text_fold]") {
    CHECK(foldPlaceName("Commune de Kalaban Coro") == "kalaban coro");
    CHECK(foldPlaceName("Commune rurale de Siby") == "siby");
    CHECK(foldPlaceName("CR Bla") == "bla");
    CHECK(foldPlaceName("CU Ségou") == "segou");
    CHECK(foldPlaceName("Segou Commune") == "segou");
    CHECK(foldPlaceName("Cercle de Kita") == "kita");
    CHECK(foldPlaceName("Commune") == "commune"); // nothing else to keep
}

TEST_CASE("nameSimilarity scores spelling variants high and other places low", "[text_fold]") {
    CHECK(nameSimilarity("kalaban coro", "kalabancoro") > 0.95);
    CHECK(nameSimilarity("baraoueli", "baroueli") > 0.9);
    CHECK(nameSimilarity("tenenkou", "tenenkou") == 1.0);
    CHECK(nameSimilarity("kayes", "bafoulabe") < 0.6);
}

TEST_CASE("cleanCode normalises codes and recognises placeholders", "[text_fold]") {
    CHECK(cleanCode(" ml 0101 ") == "ML0101");
    CHECK(cleanCode("#N/A").empty());
    CHECK(cleanCode("N/A").empty());
    CHECK(cleanCode("-").empty());
    CHECK(cleanCode("<Null>").empty());
    CHECK(isPlaceholder("#REF!"));
    CHECK_FALSE(isPlaceholder("Kita"));
}

TEST_CASE("trim removes ASCII white space and no-break spaces, nothing inside", "[text_fold]") {
    CHECK(trim("  Ségou\t\r\n") == "Ségou");
    CHECK(trim("\u00A0 1 234\u00A0") == "1 234");
    CHECK(trim("\u00A0\u00A0") == "");
    CHECK(trim("Kalaban\u00A0Coro") == "Kalaban\u00A0Coro");
    CHECK(trim("\u202FKita") == "\u202FKita"); // only U+00A0 among the no-break spaces
    CHECK(trim("") == "");
}

TEST_CASE("splitWords and withoutSpaces work on folded text", "[text_fold]") {
    CHECK(splitWords(foldText("Total Garçons ciblés  (<18)")) ==
          std::vector<std::string_view>{"total", "garcons", "cibles", "18"});
    CHECK(splitWords("  a  b ") == std::vector<std::string_view>{"a", "b"});
    CHECK(splitWords("").empty());
    CHECK(withoutSpaces(foldText("Partenaire de mise en œuvre")) == "partenairedemiseenoeuvre");
}

TEST_CASE("isValidUtf8 accepts strict UTF-8 only", "[text_fold]") {
    CHECK(isValidUtf8(""));
    CHECK(isValidUtf8("Ségou, Œuvre, 1\u202F234, €, \U0001F600"));
    CHECK_FALSE(isValidUtf8("S\xE9gou"));         // Windows-1252 é
    CHECK_FALSE(isValidUtf8("\xC3"));             // truncated
    CHECK_FALSE(isValidUtf8("\xC0\xAF"));         // overlong '/'
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));     // surrogate U+D800
    CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80")); // above U+10FFFF
}

TEST_CASE("Windows-1252 text is converted to UTF-8", "[text_fold]") {
    std::string utf8 = "kept ";
    appendWindows1252AsUtf8(utf8, "\xE9 \xE8 \xF4 \x80 \x9C \x92 \xA0 ASCII");
    CHECK(utf8 == "kept é è ô € œ ’ \u00A0 ASCII");
}

TEST_CASE("decodeUtf8At and asciiSpelling: characters and their ASCII letters", "[text_fold]") {
    const std::string text = "aé€\xE9";
    const auto a = decodeUtf8At(text, 0);
    CHECK((a.codepoint == U'a' && a.length == 1));
    const auto e = decodeUtf8At(text, 1);
    CHECK((e.codepoint == U'é' && e.length == 2));
    const auto euro = decodeUtf8At(text, 3);
    CHECK((euro.codepoint == U'€' && euro.length == 3));
    const auto latin1 = decodeUtf8At(text, 6); // not UTF-8: the byte as Latin-1
    CHECK((latin1.codepoint == 0xE9 && latin1.length == 1));
    CHECK(asciiSpelling(U'É') == "e");
    CHECK(asciiSpelling(U'œ') == "oe");
    CHECK(asciiSpelling(U'ß') == "ss");
    CHECK(asciiSpelling(U'×').empty());
    CHECK(asciiSpelling(U'a').empty());
    CHECK(asciiSpelling(U'€').empty());
}

TEST_CASE("Bamako's communes fold alike however they are written", "[text_fold]") {
    for (const char* spelling :
         {"Commune VI", "Commune 6", "C6", "CVI", "C.VI", "C. 6", "CU VI", "CU6", "Commune-VI",
          "commune vi du District de Bamako", "COMMUNE VI DE BAMAKO", "Bamako Commune 6",
          "Commune 6 (Bamako)", "c6 bamako", "Commune urbaine VI"}) {
        INFO(spelling);
        CHECK(foldPlaceName(spelling) == "commune 6");
    }
    CHECK(foldPlaceName("Kiffosso 1") == "kiffosso 1");
}

TEST_CASE("transliterationKey makes transliterations of one name meet", "[text_fold]") {
    CHECK(transliterationKey("Ouélessébougou") == transliterationKey("Welessebugu"));
    CHECK(transliterationKey("Djenné") == transliterationKey("Jene"));
    CHECK(transliterationKey("Kolokani") == transliterationKey("Colocani"));
    CHECK(transliterationKey("Kayes") != transliterationKey("Kita"));
}

TEST_CASE("splitPlaceList finds the places of a cell that names several", "[text_fold]") {
    CHECK(splitPlaceList("Kati, Siby et Dio") == std::vector<std::string>{"Kati", "Siby", "Dio"});
    CHECK(splitPlaceList("Bla / San") == std::vector<std::string>{"Bla", "San"});
    CHECK(splitPlaceList("Ségou & Markala") == std::vector<std::string>{"Ségou", "Markala"});
    CHECK(splitPlaceList("Kalaban Coro") == std::vector<std::string>{"Kalaban Coro"});
}

TEST_CASE("foreignCountryIn and editDistance", "[text_fold]") {
    CHECK(foreignCountryIn("Sahel (Burkina Faso)") == "Burkina Faso");
    CHECK(foreignCountryIn("Côte d'Ivoire") == "Cote d'Ivoire");
    CHECK(foreignCountryIn("Baguineda Camp").empty());
    CHECK(editDistance("boura", "bourra") == 1);
    CHECK(editDistance("dialloube", "diallassagou") > 2);
}
