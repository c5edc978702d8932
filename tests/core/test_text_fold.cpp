#include "core/text_fold.h"

#include <catch2/catch.hpp>

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
    for (const char* spelling : {"Commune - VI", "Commune VI", "CVI", "commune 6", "C6", "Commune VI ", "COMMUNE-VI"}) {
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
