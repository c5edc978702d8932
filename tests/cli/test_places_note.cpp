#include "cli/places_note.h"

#include <catch2/catch.hpp>

using namespace couverture;

TEST_CASE("places note: which placements a map shows, said only for tables that record it", "[places_note]") {
    ActivityTable withBasis;
    withBasis.path = "gbv_programmes.csv";
    withBasis.mapping[Role::PlaceBasis] = ColumnMapping{};
    ActivityTable withoutBasis;
    withoutBasis.path = "3w.csv";
    ActivityFilter all;
    ActivityFilter stated;
    stated.statedPlacesOnly = true;

    Problems problems;
    CHECK(cli::placesNoteKey(withBasis, all, problems) == "notes.places_all");
    CHECK(cli::placesNoteKey(withBasis, stated, problems) == "notes.places_stated_only");
    CHECK(cli::placesNoteKey(withoutBasis, all, problems).empty());
    CHECK(problems.empty());
    // Asking for stated places of a table that does not say which places are stated leaves nothing out: said.
    CHECK(cli::placesNoteKey(withoutBasis, stated, problems).empty());
    REQUIRE(problems.size() == 1);
    CHECK(problems.front().severity == Severity::Warning);
    CHECK(problems.front().file == "3w.csv");
    CHECK(problems.front().message.find("--stated-places-only") != std::string::npos);
}
