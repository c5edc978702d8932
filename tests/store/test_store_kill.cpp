// An interrupted publish leaves no half release and the previous releases as they were: the publishing
// process is killed with SIGKILL at random moments, or its connection is cut by the server, many times.
#include "core/store/release_reader.h"
#include "core/store/schema.h"
#include "store/pg_test_cluster.h"
#include "store/store_fixtures.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <iostream>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace couverture;
using namespace couverture::store;
using couverture::test::PgTestCluster;

namespace {

struct Snapshot {
    std::int64_t publications = 0, rows = 0, coverage = 0, columns = 0, problems = 0;
    std::string checksum; // of every published cell
    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshotOf(Connection& connection, const std::string& release) {
    const Result counts = connection.exec(
        "SELECT (SELECT count(*) FROM couverture.publications WHERE release = $1), "
        "(SELECT count(*) FROM couverture.activity_rows r JOIN couverture.publications p ON p.id = "
        "r.publication_id WHERE p.release = $1), "
        "(SELECT count(*) FROM couverture.coverage_units c JOIN couverture.publications p ON p.id = "
        "c.publication_id WHERE p.release = $1), "
        "(SELECT count(*) FROM couverture.publication_columns c JOIN couverture.publications p ON p.id = "
        "c.publication_id WHERE p.release = $1), "
        "(SELECT count(*) FROM couverture.publication_problems c JOIN couverture.publications p ON p.id = "
        "c.publication_id WHERE p.release = $1), "
        "(SELECT md5(string_agg((to_jsonb(r) - 'publication_id')::text, '|' ORDER BY r.row_number)) FROM "
        "couverture.activity_rows r JOIN "
        "couverture.publications p ON p.id = r.publication_id WHERE p.release = $1)",
        {text(release)});
    return {counts.integerValue(0, 0), counts.integerValue(0, 1), counts.integerValue(0, 2),
            counts.integerValue(0, 3), counts.integerValue(0, 4), counts.value(0, 5)};
}

} // namespace

TEST_CASE("store: publishes killed at random moments leave whole releases or none") {
    PgTestCluster& cluster = PgTestCluster::instance();
    const std::string database = cluster.newDatabase();
    Connection admin(cluster.conninfo(database));
    migrateStore(admin);
    const auto before = test::publishable(test::syntheticTable("release_1.csv", 300, "old"));
    const auto big = test::publishable(test::syntheticTable("release_2.csv", 1000, "new"));
    publishRelease(admin, before->content("2023-09", "Protection"));
    const Snapshot intactBefore = snapshotOf(admin, "2023-09");
    const std::string publisher = cluster.conninfo(database) + " application_name=couverture_kill_trial";

    // How long one publish takes here, so that the kills fall all along it.
    const auto started = std::chrono::steady_clock::now();
    {
        Connection timing(publisher);
        publishRelease(timing, big->content("2023-12", "Protection"));
    }
    const auto publishMicroseconds =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started)
            .count();
    const Snapshot whole = snapshotOf(admin, "2023-12");
    admin.exec("DELETE FROM couverture.publications WHERE release = '2023-12'");

    std::mt19937 random(20231231);
    std::uniform_int_distribution<long> moment(0, publishMicroseconds * 12 / 10);
    int intact = 0, committed = 0, rolledBack = 0;
    const int killTrials = 20, cutTrials = 6;
    for (int trial = 0; trial < killTrials + cutTrials; ++trial) {
        const bool cutConnection = trial >= killTrials;
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            try {
                Connection connection(publisher);
                publishRelease(connection, big->content("2023-12", "Protection"));
                _exit(0);
            } catch (...) {
                _exit(3);
            }
        }
        std::this_thread::sleep_for(std::chrono::microseconds(moment(random)));
        if (cutConnection) {
            // A lost connection: the server ends the publisher's session.
            admin.exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                       "WHERE application_name = 'couverture_kill_trial'");
        } else {
            kill(child, SIGKILL);
        }
        int status = 0;
        waitpid(child, &status, 0);
        // The server ends the orphaned session when it finds the client gone; wait for that.
        for (int wait = 0; wait < 200; ++wait) {
            if (admin
                    .exec("SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                          "'couverture_kill_trial'")
                    .integerValue(0, 0) == 0) {
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        const Snapshot previous = snapshotOf(admin, "2023-09");
        const Snapshot interrupted = snapshotOf(admin, "2023-12");
        const bool none = interrupted.publications == 0 && interrupted.rows == 0 &&
                          interrupted.coverage == 0 && interrupted.columns == 0 && interrupted.problems == 0;
        const bool complete = interrupted == whole;
        INFO("trial " << trial << (cutConnection ? " (connection cut)" : " (SIGKILL)"));
        CHECK(previous == intactBefore);
        CHECK((none || complete));
        intact += previous == intactBefore && (none || complete) ? 1 : 0;
        committed += complete ? 1 : 0;
        rolledBack += none ? 1 : 0;
        admin.exec("DELETE FROM couverture.publications WHERE release = '2023-12'");
    }
    std::cout << "kill trials: " << intact << "/" << killTrials + cutTrials << " intact (" << committed
              << " publishes had committed, " << rolledBack
              << " left nothing; one publish of 1000 rows takes " << publishMicroseconds / 1000 << " ms)\n";
    CHECK(intact == killTrials + cutTrials);
    // The trials must interrupt publishes, not only watch finished ones.
    CHECK(rolledBack > 0);
}
