// The OCHA Mali 3W of December 2023 through the command line: published, read back with every row, and the
// coverage computed from the release equal to the coverage computed from the file.
#include "cli/cli.h"
#include "cli/cli_texts.h"
#include "core/store/connection.h"
#include "core/store/release_reader.h"
#include "core/test_support.h"
#include "store/pg_test_cluster.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace couverture;
using couverture::test::PgTestCluster;

namespace {

std::string fileText(const std::string& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

int runCli(const std::vector<std::string>& arguments, std::string& output) {
    cli::setMessageLanguage("en"); // the checks read English messages, whatever the machine's locale
    std::ostringstream out, err;
    const int code = cli::run(arguments, out, err);
    output = out.str() + err.str();
    return code;
}

} // namespace

TEST_CASE("store: the OCHA 3W of December 2023 is published and read back with the same coverage") {
    if (!test::haveSharedData()) {
        WARN("shared Mali data not found in " COUVERTURE_SHARED_DATA ": OCHA 3W store test skipped");
        return;
    }
    PgTestCluster& cluster = PgTestCluster::instance();
    const std::string database = cluster.newDatabase();
    const std::string store = cluster.target(database);
    const std::string boundaries = test::realBoundaries();
    std::string output;
    REQUIRE(runCli({"publish", "--quiet", "--to", store, "--release", "2023-12", "--cluster", "OCHA",
                    "--boundaries", boundaries, "--activities", test::real3w()},
                   output) == 0);
    INFO(output);
    CHECK(output.find("24088 rows") != std::string::npos);
    CHECK(output.find("store schema: applied 1:") != std::string::npos);

    store::Connection connection(cluster.conninfo(database));
    const ActivityTable read = store::readRelease(connection, "2023-12");
    CHECK(read.rows.size() == 24088);

    const auto folder = std::filesystem::temp_directory_path() / ("couverture-store-ocha-" + database);
    REQUIRE(runCli({"coverage", "--quiet", "--boundaries", boundaries, "--activities", test::real3w(),
                    "--out", (folder / "file").string()},
                   output) == 0);
    REQUIRE(runCli({"coverage", "--quiet", "--boundaries", boundaries, "--activities", store, "--release",
                    "2023-12", "--out", (folder / "store").string()},
                   output) == 0);
    for (const char* level : {"region", "cercle", "commune"}) {
        const std::string name = std::string("coverage_") + level + ".csv";
        const std::string fromFile = fileText((folder / "file" / name).string());
        CHECK_FALSE(fromFile.empty());
        CHECK(fileText((folder / "store" / name).string()) == fromFile);
    }
    std::filesystem::remove_all(folder);

    // inspect describes the release as it describes the file: rows and column mapping.
    REQUIRE(runCli({"inspect", "--release", "2023-12", store}, output) == 0);
    CHECK(output.find("Published release:") != std::string::npos);
    CHECK(output.find("release 2023-12") != std::string::npos);
    CHECK(output.find("Data rows: 24088") != std::string::npos);

    // The stored coverage is the files' coverage, and QGIS finds a default style for each latest layer.
    CHECK(connection
              .exec("SELECT count(*) FROM couverture.coverage_commune_latest WHERE geom IS NOT NULL AND "
                    "organisations > 0")
              .integerValue(0, 0) > 600);
    const store::Result styles = connection.exec(
        "SELECT f_table_name, useasdefault, xpath_exists('/qgis/renderer-v2[@attr=\"organisations\"]', "
        "styleqml) FROM public.layer_styles WHERE f_table_schema = 'couverture' ORDER BY f_table_name");
    REQUIRE(styles.rows() == 3);
    CHECK(styles.value(0, 0) == "coverage_cercle_latest");
    CHECK(styles.value(2, 0) == "coverage_region_latest");
    CHECK(styles.value(0, 1) == "t");
    CHECK(styles.value(0, 2) == "t");
}

TEST_CASE("store: store-upgrade creates the schema, and no message shows a password") {
    PgTestCluster& cluster = PgTestCluster::instance();
    const std::string database = cluster.newDatabase();
    std::string output;
    REQUIRE(runCli({"store-upgrade", "--to", cluster.target(database)}, output) == 0);
    CHECK(output.find("schema version 0 -> 1") != std::string::npos);
    REQUIRE(runCli({"store-upgrade", "--to", cluster.target(database)}, output) == 0);
    CHECK(output.find("schema version 1 -> 1") != std::string::npos);
    // A password given on the command line anyway (refused by the server) is not repeated in the error.
    CHECK(runCli({"store-upgrade", "--to", cluster.target(database) + " password=Wr0ng-s3cret"}, output) ==
          3);
    CHECK(output.find("Wr0ng-s3cret") == std::string::npos);
    CHECK(output.find("PG:host=") != std::string::npos);
    CHECK(runCli({"coverage", "--quiet", "--activities", cluster.target(database) + " password=Wr0ng-s3cret",
                  "--boundaries", COUVERTURE_FIXTURES "/nowhere"},
                 output) != 0);
    CHECK(output.find("Wr0ng-s3cret") == std::string::npos);
    CHECK(
        runCli({"publish", "--to", cluster.target(database), "--release", "2023-12", "--activities", "x.csv"},
               output) == 1);
    CHECK(output.find("--cluster") != std::string::npos);
}
