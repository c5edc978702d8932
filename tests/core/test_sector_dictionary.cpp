#include "core/sector_dictionary.h"

#include <catch2/catch.hpp>

using couverture::SectorDictionary;

TEST_CASE("the sector dictionary prints a sector in the page's language whatever the table wrote",
          "[sectors]") {
    const SectorDictionary dictionary = SectorDictionary::load(couverture::standardSectorsPath());
    struct Case {
        const char* written;
        const char* fr;
        const char* en;
    };
    for (const Case& c :
         {Case{"Santé", "Santé", "Health"}, Case{"SANTE", "Santé", "Health"},
          Case{"Education", "Éducation", "Education"},
          Case{"Sécurité Alimentaire", "Sécurité alimentaire", "Food security"}, Case{"EHA", "EHA", "WASH"},
          Case{"Abris", "Abris / BNA", "Shelter / NFI"}, Case{"Protection", "Protection", "Protection"},
          Case{"Health", "Santé", "Health"}}) {
        INFO(c.written);
        CHECK(dictionary.display(c.written, "fr") == c.fr);
        CHECK(dictionary.display(c.written, "en") == c.en);
    }
    CHECK(dictionary.display("Déminage", "en") == "Déminage"); // unknown: as written
    CHECK(dictionary.find("health")->key == "health");
}
