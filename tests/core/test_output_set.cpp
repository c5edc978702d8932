#include "core/output_set.h"
#include "core/platform/platform.h"
#include "core/problem.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

using namespace couverture;
namespace fs = std::filesystem;

namespace {

struct Folder {
    fs::path path;
    Folder() {
        path = fs::temp_directory_path() / ("couverture-output-set-" + std::to_string(platform::processId()) +
                                            "-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~Folder() {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
    std::string file(const std::string& name) const { return (path / name).string(); }
    std::set<std::string> names() const {
        std::set<std::string> out;
        for (const auto& entry : fs::directory_iterator(path)) {
            out.insert(entry.path().filename().string());
        }
        return out;
    }
};

std::string textOf(const std::string& path) {
    std::string text(fs::file_size(path), '\0');
    std::ifstream(path, std::ios::binary).read(text.data(), static_cast<std::streamsize>(text.size()));
    return text;
}

void writeText(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

} // namespace

TEST_CASE("an output set appears at once, with a manifest written last that verify checks", "[output_set]") {
    Folder folder;
    writeText(folder.file("a.csv"), "old a");
    writeText(folder.file("b.csv"), "old b");
    {
        OutputSet set(folder.path.string(), "trial");
        const OutputSet::Active active(set);
        writeBytesAtomically(folder.file("a.csv"), "new a");
        writeBytesAtomically(folder.file("b.csv"), "new b, longer");
        // Nothing has moved yet: the previous files are as they were until the set is committed.
        CHECK(textOf(folder.file("a.csv")) == "old a");
        CHECK(set.waiting() == 2);
        CHECK(set.commit() == folder.file("trial.manifest.json"));
    }
    CHECK(folder.names() ==
          std::set<std::string>{".couverture.lock", "a.csv", "b.csv", "trial.manifest.json"});
    auto checks = verifyOutputs(folder.path.string());
    REQUIRE(checks.size() == 1);
    CHECK(checks[0].complete);

    writeText(folder.file("b.csv"), "changed by hand");
    checks = verifyOutputs(folder.path.string());
    REQUIRE(checks.size() == 1);
    CHECK_FALSE(checks[0].complete);
    REQUIRE(checks[0].problems.size() == 1);
    CHECK(checks[0].problems[0] == "b.csv is not the file the set wrote");
    fs::remove(folder.file("a.csv"));
    CHECK(verifyOutputs(folder.path.string())[0].problems.size() == 2);
}

TEST_CASE("a set that fails or is interrupted leaves the previous files and no temporary file",
          "[output_set]") {
    Folder folder;
    writeText(folder.file("a.csv"), "old a");
    {
        OutputSet set(folder.path.string(), "failed");
        const OutputSet::Active active(set);
        writeBytesAtomically(folder.file("a.csv"), "new a");
        // The command fails here: the set is never committed.
    }
    CHECK(folder.names() == std::set<std::string>{"a.csv"});

    platform::setInterruptedForTest(true);
    {
        OutputSet set(folder.path.string(), "interrupted");
        const OutputSet::Active active(set);
        writeBytesAtomically(folder.file("a.csv"), "new a");
        CHECK_THROWS_AS(set.commit(), Cancelled);
    }
    platform::setInterruptedForTest(false);
    CHECK(folder.names() == std::set<std::string>{"a.csv"});
    CHECK(textOf(folder.file("a.csv")) == "old a");
}

TEST_CASE("temporary names are unique to the run and the call, and a dead run's are removed", "[output_set]") {
    Folder folder;
    const std::string first = temporaryPathFor(folder.file("coverage.gpkg"));
    const std::string second = temporaryPathFor(folder.file("coverage.gpkg"));
    CHECK(first != second);
    CHECK(fs::path(first).extension() == ".gpkg"); // GDAL picks its driver by the extension
    CHECK(fs::path(first).filename().string().rfind(
              ".coverage.partial-" + std::to_string(platform::processId()) + "-", 0) == 0);

    // pid 0 is never a run of ours: its files (and GDAL's journal) are stale.
    writeText(folder.file(".coverage.partial-0-3.gpkg"), "left by a killed run");
    writeText(folder.file(".coverage.partial-0-3.gpkg-journal"), "left by a killed run");
    writeText(first, "this run's own, still being written");
    writeText(folder.file("coverage.gpkg"), "a user's file");
    CHECK(removeStaleTemporaries(folder.path.string()) == 2);
    CHECK(folder.names() == std::set<std::string>{fs::path(first).filename().string(), "coverage.gpkg"});
}

TEST_CASE("without an active set a finished file is renamed at once", "[output_set]") {
    Folder folder;
    writeBytesAtomically(folder.file("alone.txt"), "text");
    CHECK(folder.names() == std::set<std::string>{"alone.txt"});
}
