// The shared store: migrations, publish and read back, replacement of a cluster's part, names that would
// break pasted SQL, and connection strings that never show a password.
#include "core/store/release_reader.h"
#include "core/store/schema.h"
#include "store/pg_test_cluster.h"
#include "store/store_fixtures.h"

#include <catch2/catch.hpp>

using namespace couverture;
using namespace couverture::store;
using couverture::test::PgTestCluster;

namespace {

std::string migratedDatabase() {
    PgTestCluster& cluster = PgTestCluster::instance();
    const std::string database = cluster.newDatabase();
    Connection connection(cluster.conninfo(database));
    migrateStore(connection);
    return database;
}

std::int64_t count(Connection& connection, const std::string& sql, const std::vector<Param>& params = {}) {
    return connection.exec(sql, params).integerValue(0, 0);
}

} // namespace

TEST_CASE("store: the schema is created by versioned migrations, and upgrading twice changes nothing") {
    PgTestCluster& cluster = PgTestCluster::instance();
    const std::string database = cluster.newDatabase();
    Connection connection(cluster.conninfo(database));
    CHECK(storeSchemaVersion(connection) == 0);
    CHECK_THROWS_AS(requireCurrentSchema(connection), StoreError);

    const MigrationReport first = migrateStore(connection);
    CHECK(first.fromVersion == 0);
    CHECK(first.toVersion == latestSchemaVersion());
    CHECK(storeSchemaVersion(connection) == latestSchemaVersion());
    // The migrations, then one line for the columns of this build's roles.
    CHECK(first.applied.size() == migrations().size() + 1);
    CHECK(first.applied.back().find("org_acronym") != std::string::npos);
    CHECK_NOTHROW(requireCurrentSchema(connection));

    const MigrationReport second = migrateStore(connection);
    CHECK(second.applied.empty());
    CHECK(second.fromVersion == second.toVersion);
    CHECK(count(connection, "SELECT count(*) FROM couverture.schema_version") ==
          static_cast<std::int64_t>(migrations().size()));
    // The three roles exist, and the coverage layers are PostGIS layers QGIS lists.
    CHECK(count(connection, "SELECT count(*) FROM pg_roles WHERE rolname IN "
                            "('couverture_reader', 'couverture_editor', 'couverture_admin')") == 3);
    CHECK(count(connection,
                "SELECT count(*) FROM geometry_columns WHERE f_table_schema = 'couverture' "
                "AND f_table_name LIKE 'coverage_%' AND type = 'MULTIPOLYGON' AND srid = 4326") == 6);
}

TEST_CASE("store: a release is read back as it was published, row by row") {
    PgTestCluster& cluster = PgTestCluster::instance();
    const std::string database = migratedDatabase();
    Connection connection(cluster.conninfo(database));
    const auto published = test::publishable(test::syntheticTable("/data/3w/protection.csv", 12, "v1"));
    const PublishResult result = publishRelease(connection, published->content("2023-12", "Protection"));
    CHECK(result.rows == 12);
    CHECK_FALSE(result.replaced);

    const ActivityTable read = readRelease(connection, "2023-12");
    const ActivityTable& original = published->table;
    REQUIRE(read.rows.size() == original.rows.size());
    for (std::size_t i = 0; i < read.rows.size(); ++i) {
        CHECK(read.rows[i].row == original.rows[i].row);
        CHECK(read.rows[i].sourceLine == original.rows[i].sourceLine);
        CHECK(read.rows[i].cells == original.rows[i].cells);
        CHECK(read.rows[i].start == original.rows[i].start);
        CHECK(read.rows[i].end == original.rows[i].end);
        CHECK(read.rows[i].targeted == original.rows[i].targeted);
        CHECK(read.rows[i].reached == original.rows[i].reached);
    }
    CHECK(read.sheet == "cluster Protection");
    CHECK(read.hasHxlRow);
    CHECK(read.emptyRows == 1);
    REQUIRE(read.mapping.size() == original.mapping.size());
    CHECK(read.mapping.at(Role::Targeted).summedWith == std::vector<int>{4});
    CHECK(read.mapping.at(Role::OrgAcronym).hxl == "#org+acronym");
    CHECK(read.unmappedHeaders == original.unmappedHeaders);
    REQUIRE(read.problems.size() == 1);
    CHECK(read.problems[0].message == "bad date 'demain'");
    CHECK(read.problems[0].file == "/data/3w/protection.csv");

    // Each row's source and match are stored beside it.
    const Result row = connection.exec(
        "SELECT source_file, source_sheet, row_number, match_method, match_level, match_pcode, match_score, "
        "match_reason FROM couverture.activity_rows ORDER BY row_number LIMIT 1");
    CHECK(row.value(0, 0) == "/data/3w/protection.csv");
    CHECK(row.value(0, 2) == "1");
    CHECK(row.value(0, 3) == "name");
    CHECK(row.value(0, 4) == "commune");
    CHECK(row.value(0, 5) == "ML010201");
    CHECK(row.value(0, 6) == "1");

    // Coverage per level, as the coverage files have it, with the boundaries' geometry.
    const Result communes = connection.exec(
        "SELECT pcode, organisations, rows, ST_GeometryType(geom) FROM couverture.coverage_commune_latest "
        "ORDER BY pcode");
    REQUIRE(communes.rows() == 3);
    CHECK(communes.value(0, 0) == "ML010201");
    CHECK(communes.value(0, 1) ==
          std::to_string(published->coverage.at(published->tree.findByPcode("ML010201")).organisations));
    CHECK(communes.value(0, 2) == "4");
    CHECK(communes.value(0, 3) == "ST_MultiPolygon");
    CHECK(count(connection, "SELECT count(*) FROM couverture.coverage_region_latest") == 2);
}

TEST_CASE("store: a cluster's publish replaces only its own part of the release") {
    PgTestCluster& cluster = PgTestCluster::instance();
    const std::string database = migratedDatabase();
    Connection connection(cluster.conninfo(database));
    const auto protection = test::publishable(test::syntheticTable("protection.csv", 6, "v1"));
    const auto health = test::publishable(test::syntheticTable("sante.xlsx", 4, "v1", "5W"));
    const auto protectionAgain = test::publishable(test::syntheticTable("protection_v2.csv", 3, "v2"));
    publishRelease(connection, protection->content("2023-12", "Protection"));
    publishRelease(connection, health->content("2023-12", "Santé"));
    const PublishResult again = publishRelease(connection, protectionAgain->content("2023-12", "Protection"));
    CHECK(again.replaced);

    const ActivityTable both = readRelease(connection, "2023-12");
    CHECK(both.rows.size() == 3 + 4);
    CHECK(both.sheet == "cluster Protection, cluster Santé");
    const ActivityTable onlyProtection = readRelease(connection, "2023-12", {"Protection"});
    REQUIRE(onlyProtection.rows.size() == 3);
    CHECK(onlyProtection.rows[0].cell(Role::OrgAcronym) == "ORG0 v2");
    // One boundary set shared by every publication made on the same boundaries.
    CHECK(count(connection, "SELECT count(*) FROM couverture.boundary_sets") == 1);
    CHECK(count(connection, "SELECT count(*) FROM couverture.boundary_units") == 7);
    // Nothing of the replaced part is left behind.
    CHECK(count(connection, "SELECT count(*) FROM couverture.activity_rows") == 7);
    CHECK(count(connection, "SELECT count(*) FROM couverture.coverage_units") == 2 * (2 + 2 + 3));

    // The latest release is the one first published last.
    publishRelease(connection, health->content("2024-03", "Santé"));
    CHECK(latestRelease(connection) == "2024-03");
    const auto releases = listReleases(connection);
    REQUIRE(releases.size() == 2);
    CHECK(releases[0].release == "2023-12");
    CHECK(releases[0].clusters == std::vector<std::string>{"Protection", "Santé"});
    CHECK(readStoreActivities(cluster.target(database)).rows.size() == 4);
    CHECK(readStoreActivities(cluster.target(database) + " release=2023-12 cluster=Protection").rows.size() ==
          3);
    CHECK_THROWS_AS(readStoreActivities(cluster.target(database) + " release=1999-01"), InputError);
}

TEST_CASE("store: names with quotes, semicolons and backslashes go through bound parameters intact") {
    PgTestCluster& cluster = PgTestCluster::instance();
    const std::string database = migratedDatabase();
    Connection connection(cluster.conninfo(database));
    const std::string nasty = "O'Neil \"Aide\"; DROP TABLE couverture.publications; -- \\x27 \\' $1 %s";
    const std::string file = "C:\\Users\\awa\\3W 'déc'; v2.xlsx";
    const std::string sheet = "5W; 'Protection'\\tab";
    const std::string release = "2023-12'; DELETE FROM couverture.publications; --";
    const std::string clusterName = "Protection \\ 'VBG'; --";
    test::Publishable content;
    content.table = test::syntheticTable(file, 5, "x", sheet);
    content.table.rows[0].cell(Role::OrgAcronym) = nasty;
    content.table.rows[1].cell(Role::Sector) = "Eau; hygiène \\ 'assainissement'";
    content.table.mapping[Role::OrgAcronym].header = "Sigle 'court'; \\";
    content.reconciled = reconcile(content.tree, content.table.rows);
    content.coverage = computeCoverage(content.tree, content.table.rows, content.reconciled.matches);
    publishRelease(connection, content.content(release, clusterName));

    const ActivityTable read = readRelease(connection, release, {clusterName});
    REQUIRE(read.rows.size() == 5);
    CHECK(read.rows[0].cell(Role::OrgAcronym) == nasty);
    CHECK(read.rows[1].cell(Role::Sector) == "Eau; hygiène \\ 'assainissement'");
    CHECK(read.mapping.at(Role::OrgAcronym).header == "Sigle 'court'; \\");
    CHECK(read.sheet == "cluster " + clusterName);
    const Result source =
        connection.exec("SELECT DISTINCT source_file, source_sheet FROM couverture.activity_rows");
    REQUIRE(source.rows() == 1);
    CHECK(source.value(0, 0) == file);
    CHECK(source.value(0, 1) == sheet);
    CHECK(count(connection,
                "SELECT count(*) FROM couverture.publications WHERE release = $1 AND cluster = $2",
                {text(release), text(clusterName)}) == 1);
    // The organisation is counted in the coverage under its own name.
    CHECK(count(connection, "SELECT count(*) FROM couverture.coverage_units WHERE level = 'commune' AND "
                            "organisations > 0") == 3);
    // A release name read from a store source with the same characters, quoted the libpq way.
    CHECK(readStoreActivities(cluster.target(database) + " release='2023-12\\'; DELETE FROM "
                                                         "couverture.publications; --'")
              .rows.size() == 5);
}

TEST_CASE("store: connection strings are described without their password") {
    CHECK(describeTarget("host=db.example port=5433 dbname=store user=awa password=s3cret") ==
          "PG:host=db.example port=5433 dbname=store user=awa");
    CHECK(describeTarget("service=couverture") == "PG:service=couverture");
    CHECK(describeTarget("postgresql://awa:s3cret@db.example/store") ==
          "PG:host=db.example dbname=store user=awa");
    const StoreSource source =
        parseStoreSource("PG:service=couverture release='2023 12' cluster=Protection cluster='Santé'");
    CHECK(source.conninfo == "service=couverture");
    CHECK(source.release == "2023 12");
    CHECK(source.clusters == std::vector<std::string>{"Protection", "Santé"});
    CHECK(isStoreSource("PG:dbname=x"));
    CHECK_FALSE(isStoreSource("data/3w.csv"));

    // A refused connection names the store, never the password.
    PgTestCluster& cluster = PgTestCluster::instance();
    try {
        Connection refused(cluster.conninfo("postgres", "nobody_here") + " password=s3cret");
        FAIL("the connection should have been refused");
    } catch (const StoreError& error) {
        const std::string message = error.what();
        CHECK(message.find("s3cret") == std::string::npos);
        CHECK(message.find("cannot connect to PG:host=") != std::string::npos);
    }
    try {
        readStoreActivities(cluster.target("postgres", "nobody_here") + " password=s3cret release=x");
        FAIL("the read should have been refused");
    } catch (const InputError& error) {
        CHECK(describe(error.problem).find("s3cret") == std::string::npos);
    }
}
