// `analyse compare` over two releases of the shared store: each release is read back from the store and
// placed on the real boundaries, and the organisations that left and arrived come out as they were published.
#include "analysis/change/change.h"
#include "core/store/schema.h"
#include "core/test_support.h"
#include "store/pg_test_cluster.h"
#include "store/store_fixtures.h"

#include <catch2/catch.hpp>

using namespace couverture;
using couverture::test::PgTestCluster;

TEST_CASE("store: analyse compare compares two published releases") {
    if (!test::haveSharedData()) {
        WARN("skipped: the shared Mali data is not beside the repository");
        return;
    }
    const std::string boundaries = test::realBoundaries();
    PgTestCluster& cluster = PgTestCluster::instance();
    const std::string database = cluster.newDatabase();
    store::Connection connection(cluster.conninfo(database));
    store::migrateStore(connection);
    // The same three communes in both releases; the organisations carry the release's tag.
    const auto before = test::publishable(test::syntheticTable("protection_2023.csv", 6, "v1"));
    const auto after = test::publishable(test::syntheticTable("protection_2024.csv", 6, "v2"));
    store::publishRelease(connection, before->content("2023-12", "Protection"));
    store::publishRelease(connection, after->content("2024-03", "Protection"));

    analysis::CompareInputs inputs;
    inputs.before.boundaries = boundaries;
    inputs.before.activities = cluster.target(database) + " release=2023-12";
    inputs.after = cluster.target(database) + " release=2024-03";
    inputs.change.level = AdminLevel::Commune;
    const analysis::CompareRun run = analysis::runCompare(inputs);
    CHECK(run.before.table.rows.size() == 6);
    CHECK(run.after.rows.size() == 6);
    CHECK(run.change.rowsBefore == 6);
    CHECK(run.change.rowsAfter == 6);
    CHECK(run.change.unmatchedBefore == 0);
    CHECK(run.change.unmatchedAfter == 0);
    // Three communes × two sectors, each with the v1 organisations gone and the v2 ones arrived.
    REQUIRE(run.change.sectors.size() == 6);
    for (const analysis::SectorChange& sector : run.change.sectors) {
        REQUIRE_FALSE(sector.left.empty());
        REQUIRE_FALSE(sector.arrived.empty());
        CHECK(sector.left.front().find("v1") != std::string::npos);
        CHECK(sector.arrived.front().find("v2") != std::string::npos);
        CHECK_FALSE(sector.lostLast());
        CHECK(sector.before.size() == sector.after.size());
    }
}
