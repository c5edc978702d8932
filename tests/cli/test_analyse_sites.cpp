#include "cli/cli_test_support.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {
using Outcome = couverture::test::CliOutcome;
using couverture::test::runCli;
using couverture::test::sharedPath;

std::string lineOf(const std::string& path, const std::string& start) {
    std::ifstream file(path);
    std::string line;
    while (std::getline(file, line)) {
        if (line.rfind(start, 0) == 0) {
            return line;
        }
    }
    return {};
}

} // namespace

TEST_CASE("analyse sites: the fixture's points against the real communes, outside points with their row",
          "[cli][sites]") {
    const std::string boundaries = sharedPath("boundaries/mli_cod_ab_ocha_itos_2017");
    if (!fs::exists(boundaries)) {
        WARN("shared data not found, skipped");
        return;
    }
    const fs::path out = fs::temp_directory_path() / "couverture_test_analyse_sites";
    fs::remove_all(out);
    // The fixture's coordinates lie near 0°N 0°E, in the Gulf of Guinea: outside Mali. Its name-only rows are
    // looked up in the fixture gazetteer, whose communes (XA, XB ...) are not Mali's.
    const Outcome outcome =
        runCli({"analyse", "sites", "--boundaries", boundaries, "--points",
                std::string(COUVERTURE_FIXTURES) + "/sites/services.csv", "--gazetteer",
                std::string(COUVERTURE_FIXTURES) + "/sites/gazetteer.csv", "--out", out.string(), "--quiet"});
    INFO(outcome.err);
    REQUIRE(outcome.code == 0);
    CHECK(outcome.out.find("7 points: 0 in a commune") != std::string::npos);
    CHECK(outcome.err.find("row 1: point (0.500000, 0.500000) lies outside every commune") !=
          std::string::npos);
    CHECK(fs::exists(out / "sites.xlsx"));
    CHECK(
        lineOf((out / "sites_outside_or_not_located.csv").string(), "2,Poste frontière,coordinates,5.000000")
            .find("outside_every_unit") != std::string::npos);
    fs::remove_all(out);
}

TEST_CASE("analyse compare: a simulated withdrawal from the real 3W", "[cli][change]") {
    const std::string boundaries = sharedPath("boundaries/mli_cod_ab_ocha_itos_2017");
    const std::string activities = sharedPath("3w/mli_ocha_3w_2023_12/mli_3w_2023_12_ML_5W.csv");
    if (!fs::exists(boundaries) || !fs::exists(activities)) {
        WARN("shared data not found, skipped");
        return;
    }
    const fs::path out = fs::temp_directory_path() / "couverture_test_analyse_compare";
    fs::remove_all(out);
    const Outcome outcome =
        runCli({"analyse", "compare", "--boundaries", boundaries, "--activities", activities, "--withdraw",
                "IRC", "--sector", "Protection", "--out", out.string(), "--quiet"});
    INFO(outcome.err);
    REQUIRE(outcome.code == 0);
    CHECK(outcome.out.find("0 arrivals") != std::string::npos);
    CHECK(outcome.out.find("9 departures") != std::string::npos);
    CHECK(fs::exists(out / "compare_net_change.csv"));
    const Outcome both = runCli({"analyse", "compare", "--boundaries", boundaries, "--activities", activities,
                                 "--out", out.string(), "--quiet"});
    CHECK(both.code == 1); // neither --after nor --withdraw
    fs::remove_all(out);
}
