// Roles that hold in the database itself: each role connects with psql and tries what it may and may not do.
#include "core/store/release_reader.h"
#include "core/store/schema.h"
#include "store/pg_test_cluster.h"
#include "store/store_fixtures.h"

#include <catch2/catch.hpp>
#include <iostream>

using namespace couverture;
using namespace couverture::store;
using couverture::test::PgTestCluster;

namespace {

struct Check {
    std::string role, what, sql;
    bool allowed;               // the statement succeeds
    std::string expectedOutput; // when allowed and not empty: psql's output (trimmed)
};

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
        text.pop_back();
    }
    return text;
}

} // namespace

TEST_CASE("store: reader, cluster editors and administrator are held by grants and row-level security") {
    PgTestCluster& cluster = PgTestCluster::instance();
    const std::string database = cluster.newDatabase();
    {
        Connection superuser(cluster.conninfo(database));
        migrateStore(superuser);
    }
    cluster.createLoginRole("amadou_reader", {kReaderRole});
    cluster.createLoginRole("awa_protection", {kEditorRole});
    cluster.createLoginRole("ibrahim_sante", {kEditorRole});
    cluster.createLoginRole("fatou_vbg", {kEditorRole});
    cluster.createLoginRole("oumar_admin", {kAdminRole});
    {
        Connection superuser(cluster.conninfo(database));
        superuser.exec(
            "INSERT INTO couverture.editor_clusters (role_name, cluster) VALUES ($1, $2), ($3, $4), "
            "($5, $6)",
            {text("awa_protection"), text("Protection"), text("ibrahim_sante"), text("Santé"),
             text("fatou_vbg"), text("VBG")});
    }
    // Each editor publishes its own cluster; the GBV table is sensitive.
    const auto protection = test::publishable(test::syntheticTable("protection.csv", 6, "p"));
    const auto gbv = test::publishable(test::syntheticTable("vbg.csv", 5, "g"));
    {
        Connection awa(cluster.conninfo(database, "awa_protection"));
        publishRelease(awa, protection->content("2023-12", "Protection"));
        // An editor cannot publish another cluster's part, even through the library.
        CHECK_THROWS_AS(publishRelease(awa, protection->content("2023-12", "Santé")), StoreError);
        Connection fatou(cluster.conninfo(database, "fatou_vbg"));
        publishRelease(fatou, gbv->content("2023-12", "VBG", true));
    }
    // A reader reads the release through the library: the GBV rows are withheld, and said to be.
    {
        Connection amadou(cluster.conninfo(database, "amadou_reader"));
        const ActivityTable read = readRelease(amadou, "2023-12");
        CHECK(read.rows.size() == 6);
        REQUIRE_FALSE(read.problems.empty());
        CHECK(read.problems.back().message.find("5 of the cluster's 5 rows are not readable by this role") ==
              0);
        CHECK_THROWS_AS(readRelease(amadou, "2023-12", {"VBG"}), InputError);
    }

    const std::string gbvRows =
        "SELECT count(*) FROM couverture.activity_rows r JOIN couverture.publications p ON p.id = "
        "r.publication_id WHERE p.cluster = 'VBG'";
    const std::string gbvCoverage =
        "SELECT sum(organisations) > 0 FROM couverture.coverage_commune WHERE cluster = 'VBG'";
    const std::vector<Check> checks = {
        {"amadou_reader", "reads the release's rows (Protection only)",
         "SELECT count(*) FROM couverture.activity_rows", true, "6"},
        {"amadou_reader", "never sees GBV rows", gbvRows, true, "0"},
        {"amadou_reader", "never sees GBV locations (lat/lon, sites)",
         "SELECT count(*) FROM couverture.activity_rows WHERE site IS NOT NULL OR lat IS NOT NULL OR "
         "publication_id IN (SELECT id FROM couverture.publications WHERE sensitive)",
         true, "0"},
        {"amadou_reader", "sees the GBV coverage (counts per unit)", gbvCoverage, true, "t"},
        {"amadou_reader", "reads the QGIS styles", "SELECT count(*) >= 0 FROM public.layer_styles", true,
         "t"},
        {"amadou_reader", "cannot publish",
         "INSERT INTO couverture.publications (release, cluster, source_file, source_sheet, has_hxl_row, "
         "empty_rows, row_count, boundary_set_id, boundary_source, fuzzy_threshold, people_rule, "
         "coverage_filter) VALUES ('x', 'Protection', 'f', '', false, 0, 0, 1, 'b', 0.85, 'max', '')",
         false, ""},
        {"amadou_reader", "cannot delete a release", "DELETE FROM couverture.publications", false, ""},
        {"amadou_reader", "cannot change a row", "UPDATE couverture.activity_rows SET org_acronym = 'X'",
         false, ""},
        {"amadou_reader", "cannot create tables in the store", "CREATE TABLE couverture.mine (x int)", false,
         ""},
        {"ibrahim_sante", "reads Protection rows, not GBV rows",
         gbvRows + " UNION ALL SELECT count(*) FROM couverture.activity_rows", true, "0\n6"},
        {"ibrahim_sante", "cannot delete Protection's part (no row is his)",
         "DELETE FROM couverture.publications WHERE cluster = 'Protection' RETURNING id", true, ""},
        {"ibrahim_sante", "cannot publish under Protection",
         "INSERT INTO couverture.publications (release, cluster, source_file, source_sheet, has_hxl_row, "
         "empty_rows, row_count, boundary_set_id, boundary_source, fuzzy_threshold, people_rule, "
         "coverage_filter) SELECT '2024-01', 'Protection', 'f', '', false, 0, 0, id, 'b', 0.85, 'max', '' "
         "FROM couverture.boundary_sets",
         false, ""},
        {"ibrahim_sante", "cannot add rows to Protection's publication",
         "INSERT INTO couverture.activity_rows (publication_id, row_number, source_file, source_sheet, "
         "source_line, match_method, match_level, match_reason, code_name_conflict, needs_review) SELECT id, "
         "999, 'f', '', 0, 'name', 'commune', '', false, false FROM couverture.publications WHERE cluster = "
         "'Protection'",
         false, ""},
        {"ibrahim_sante", "cannot make himself an editor of Protection",
         "INSERT INTO couverture.editor_clusters VALUES ('ibrahim_sante', 'Protection')", false, ""},
        {"ibrahim_sante", "publishes under Santé",
         "BEGIN; INSERT INTO couverture.publications (release, cluster, source_file, source_sheet, "
         "has_hxl_row, empty_rows, row_count, boundary_set_id, boundary_source, fuzzy_threshold, "
         "people_rule, coverage_filter) SELECT '2024-01', 'Santé', 'f', '', false, 0, 0, id, 'b', 0.85, "
         "'max', '' FROM couverture.boundary_sets; ROLLBACK",
         true, ""},
        {"awa_protection", "replaces her own cluster's part",
         "BEGIN; DELETE FROM couverture.publications WHERE cluster = 'Protection' RETURNING cluster; "
         "ROLLBACK",
         true, "Protection"},
        {"awa_protection", "cannot delete the GBV part",
         "DELETE FROM couverture.publications WHERE cluster = 'VBG' RETURNING id", true, ""},
        {"awa_protection", "cannot alter the schema", "ALTER TABLE couverture.activity_rows ADD COLUMN x int",
         false, ""},
        {"fatou_vbg", "reads her own sensitive rows", gbvRows, true, "5"},
        {"oumar_admin", "reads every row, GBV included", "SELECT count(*) FROM couverture.activity_rows",
         true, "11"},
        {"oumar_admin", "deletes any part",
         "BEGIN; DELETE FROM couverture.publications RETURNING cluster; ROLLBACK", true, "Protection\nVBG"},
        {"oumar_admin", "manages editors",
         "BEGIN; INSERT INTO couverture.editor_clusters VALUES ('ibrahim_sante', 'Nutrition'); ROLLBACK",
         true, ""},
    };
    for (const Check& check : checks) {
        const auto result = cluster.psql(database, check.role, check.sql);
        INFO(check.role << " " << check.what << ": psql exit " << result.exitCode
                        << ", output: " << result.output);
        std::cout << "  " << check.role << " " << check.what << ": "
                  << (result.exitCode == 0 ? "done" : "refused (" + trimmed(result.output) + ")") << "\n";
        CHECK((result.exitCode == 0) == check.allowed);
        if (check.allowed) {
            std::string output = trimmed(result.output);
            // psql -q still prints the result rows of RETURNING; BEGIN/ROLLBACK print nothing with -q.
            CHECK(output == check.expectedOutput);
        }
    }
}
