// Options and paths that once wrote outside the output folder, drew a 0×0 image or blocked for ever.
#include "cli_test_support.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#ifndef _WIN32
#include <sys/stat.h>
#endif

using namespace couverture;
using namespace couverture::test;
namespace fs = std::filesystem;

namespace {

fs::path scratch(const std::string& name) {
    const fs::path folder = fs::temp_directory_path() / ("couverture_test_hostile_" + name);
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

} // namespace

TEST_CASE("output names cannot leave the output folder", "[cli][hostile]") {
    const fs::path out = scratch("names") / "out";
    for (const std::string name : {"../escape", "/tmp/escape", "a/b", "..", ".", "C:evil", "x\\y", ""}) {
        for (const std::string option : {"--name", "--base-name", "--pattern"}) {
            INFO(option << " " << name);
            const CliOutcome outcome =
                runCli({"coverage", "--activities", "t.csv", "--out", out.string(), option, name});
            CHECK(outcome.code == cli::kUsage);
            CHECK(outcome.err.find("expects a file name without a folder") != std::string::npos);
        }
    }
    CHECK_FALSE(fs::exists(out));
}

TEST_CASE("a resolution outside 10 to 600 dpi is a usage error, not a 0x0 image", "[cli][hostile]") {
    for (const std::string dpi : {"0", "-5", "9", "601", "100000", "abc", "72x", "nan"}) {
        INFO("--dpi " << dpi);
        const CliOutcome outcome = runCli({"map", "--activities", "t.csv", "--format", "png", "--dpi", dpi});
        CHECK(outcome.code == cli::kUsage);
        CHECK(outcome.err.find("--dpi expects a number from 10 to 600") != std::string::npos);
    }
}

#ifndef _WIN32
TEST_CASE("a named pipe or a folder given as a table is an input error, never a blocking read",
          "[cli][hostile]") {
    const fs::path folder = scratch("fifo");
    const std::string boundaries = sharedPath("boundaries/mli_cod_ab_ocha_itos_2017");
    if (!fs::exists(boundaries)) {
        WARN("shared data not found, skipped");
        return;
    }
    const fs::path pipe = folder / "table.csv";
    REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
    for (const std::string& command : {std::string("match"), std::string("coverage")}) {
        const CliOutcome outcome = runCli({command, "--boundaries", boundaries, "--activities", pipe.string(),
                                           "--out", (folder / "out").string()});
        CHECK(outcome.code == cli::kInputError);
        CHECK(outcome.err.find("not a regular file") != std::string::npos);
    }
    const CliOutcome aliases =
        runCli({"match", "--activities", COUVERTURE_FIXTURES "/reconcile/section2_rows.csv", "--aliases",
                pipe.string(), "--out", (folder / "out").string()});
    CHECK(aliases.code == cli::kInputError);
    const CliOutcome pipeBoundaries = runCli({"match", "--boundaries", pipe.string(), "--activities",
                                              pipe.string(), "--out", (folder / "out").string()});
    CHECK(pipeBoundaries.code == cli::kInputError);
    const CliOutcome directory =
        runCli({"match", "--boundaries", boundaries, "--activities", folder.string()});
    CHECK(directory.code == cli::kInputError);
    CHECK(directory.err.find("folder") != std::string::npos);
}
#endif

TEST_CASE("boundaries with nothing to draw are an input error, not a map that never ends", "[cli][hostile]") {
    const fs::path folder = scratch("points");
    const fs::path points = folder / "points.geojson";
    std::ofstream(points) << R"({"type":"FeatureCollection","features":[{"type":"Feature",)"
                          << R"("properties":{"admin1Pcod":"ML01","admin1Name":"Kayes"},)"
                          << R"("geometry":{"type":"Point","coordinates":[-10,14]}}]})";
    const std::string activities = sharedPath("3w/mli_ocha_3w_2023_12/mli_3w_2023_12_ML_5W.csv");
    if (!fs::exists(activities)) {
        WARN("shared data not found, skipped");
        return;
    }
    const CliOutcome outcome = runCli({"map", "--boundaries", points.string(), "--activities", activities,
                                       "--out", (folder / "out").string(), "--format", "png", "--quiet"});
    CHECK(outcome.code == cli::kInputError);
    CHECK(outcome.err.find("no unit can be drawn") != std::string::npos);
}
