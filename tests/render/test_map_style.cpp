#include "core/problem.h"
#include "render/map_style.h"

#include <catch2/catch.hpp>
#include <set>

using namespace couverture;
using namespace couverture::render;

TEST_CASE("the default style loads with French and English texts for the same keys", "[style]") {
    const MapStyle style = loadMapStyle();
    CHECK(style.name == "default");
    CHECK(style.pageSize == "A4");
    REQUIRE(style.hasLanguage("fr"));
    REQUIRE(style.hasLanguage("en"));
    std::set<std::string> french, english;
    for (const auto& [key, text] : style.texts.at("fr")) {
        french.insert(key);
    }
    for (const auto& [key, text] : style.texts.at("en")) {
        english.insert(key);
    }
    CHECK(french == english);
    CHECK(style.text("fr", "disclaimer") ==
          "Les frontières et les noms indiqués et les désignations employées sur cette carte n'impliquent "
          "pas la "
          "reconnaissance ou l'acceptation officielle par l'Organisation des Nations Unies.");
    CHECK(style.text("en", "disclaimer") == "The boundaries and names shown and the designations used on "
                                            "this map do not imply official endorsement "
                                            "or acceptance by the United Nations.");
    CHECK(style.text("fr", "figures.organisations") == "nombre d'organisations");
    CHECK(style.text("en", "months.12") == "December");
    CHECK_THROWS_AS(style.text("fr", "no.such.key"), InputError);
    CHECK_THROWS_AS(style.text("de", "title"), InputError);
}

TEST_CASE("a user style changes only the keys it gives", "[style]") {
    const MapStyle style = parseMapStyle(R"({"page": {"size": "A3"}, "colours": {"zero": "#cccccc"},
        "texts": {"fr": {"title": "Carte : {figure}"}, "en": {"title": "Map: {figure}"}}})",
                                         "user.json");
    CHECK(style.pageSize == "A3");
    CHECK(style.orientation == "landscape");
    CHECK(style.zeroColour == QColor("#cccccc"));
    CHECK(style.text("fr", "title") == "Carte : {figure}");
    CHECK(style.text("fr", "subtitle") == "Situation au {as_of}"); // from the default
    CHECK(style.path == "user.json");
}

TEST_CASE("style errors name the key", "[style]") {
    auto reason = [](const std::string& json) {
        try {
            parseMapStyle(json, "bad.json");
        } catch (const InputError& error) {
            return error.problem.where + ": " + error.problem.message;
        }
        return std::string("no error");
    };
    CHECK(reason(R"({"page": {"size": "Letter"}})").find("page.size") != std::string::npos);
    CHECK(reason(R"({"lines": {"region": {"width_mm": "thick"}}})").find("lines.region.width_mm") !=
          std::string::npos);
    CHECK(reason(R"({"colours": {"zero": "grayish"}})").find("colours.zero") != std::string::npos);
    // A new language must say everything the others say.
    CHECK(reason(R"({"texts": {"es": {"title": "Mapa"}}})").find("texts.es.") != std::string::npos);
    CHECK(reason("{not json").find("not valid JSON") != std::string::npos);
    CHECK_THROWS_AS(loadMapStyle("/nonexistent/style.json"), InputError);
}

TEST_CASE("placeholders are filled, unknown ones kept", "[style]") {
    CHECK(fillPlaceholders("{unit} : {figure} par {level}",
                           {{"unit", "Mopti"}, {"figure", "x"}, {"level", "commune"}}) ==
          "Mopti : x par commune");
    CHECK(fillPlaceholders("a {b} {c", {{"b", "B"}}) == "a B {c");
    CHECK(fillPlaceholders("{x}{x}", {{"x", "1"}}) == "11");
}

TEST_CASE("French elision before a vowel, accented or not", "[style]") {
    using couverture::render::frenchElision;
    CHECK(frenchElision("Cercle de Ansongo") == "Cercle d'Ansongo");
    CHECK(frenchElision("Région de Ségou") == "Région de Ségou");
    CHECK(frenchElision("Cercle de Énéri") == "Cercle d'Énéri");
    CHECK(frenchElision("Cercle de Yélimané") == "Cercle de Yélimané");
    CHECK(frenchElision("Commune de Ouenkoro") == "Commune d'Ouenkoro");
    CHECK(frenchElision("Mode de calcul") == "Mode de calcul");
}
