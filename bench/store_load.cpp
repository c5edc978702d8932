// The shared store under load: 10 publishers of different clusters and 20 readers for a minute against one
// store (its own PostgreSQL cluster on a Unix socket, started and stopped here). Checks that no row is lost
// or duplicated, that no deadlock is left, and that every read sees each cluster whole, old or new, never a
// mix. Prints name=value lines. Usage: store_load [seconds=60] [publishers=10] [readers=20] [rows=1000]
#include "bench_common.h"
#include "core/store/release_reader.h"
#include "core/store/schema.h"
#include "store/pg_test_cluster.h"
#include "store/store_fixtures.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <map>
#include <mutex>
#include <thread>

using namespace couverture;
using namespace couverture::store;
using Clock = std::chrono::steady_clock;

namespace {

struct Totals {
    std::mutex mutex;
    std::vector<double> readMilliseconds;
    std::int64_t publishes = 0, publishFailures = 0, deadlocks = 0, reads = 0, mixedReads = 0,
                 wrongCounts = 0, readFailures = 0;
    std::string firstError;
    void error(const std::string& message) {
        std::lock_guard lock(mutex);
        if (firstError.empty()) {
            firstError = message;
        }
    }
};

std::string clusterName(int i) {
    return "cluster_" + std::to_string(i);
}

// Organisation cells carry "<cluster>/g<generation>": a read tells which publish each row came from.
ActivityTable generation(int cluster, int generationNumber, int rows) {
    return test::syntheticTable("load_" + clusterName(cluster) + ".csv", rows,
                                clusterName(cluster) + "/g" + std::to_string(generationNumber));
}

void publisher(const std::string& conninfo, int cluster, int rows, Clock::time_point end, Totals& totals) {
    try {
        Connection connection(conninfo);
        for (int gen = 1; Clock::now() < end; ++gen) {
            const auto content = test::publishable(generation(cluster, gen, rows));
            try {
                publishRelease(connection, content->content("2024-01", clusterName(cluster)));
                std::lock_guard lock(totals.mutex);
                ++totals.publishes;
            } catch (const StoreError& error) {
                std::lock_guard lock(totals.mutex);
                ++totals.publishFailures;
                totals.deadlocks += error.sqlstate == "40P01" ? 1 : 0;
                if (totals.firstError.empty()) {
                    totals.firstError = error.what();
                }
            }
        }
    } catch (const std::exception& error) {
        totals.error(error.what());
    }
}

void reader(const std::string& conninfo, int clusters, int rows, Clock::time_point end, Totals& totals) {
    try {
        Connection connection(conninfo);
        while (Clock::now() < end) {
            const auto started = Clock::now();
            ActivityTable table;
            try {
                table = readRelease(connection, "2024-01");
            } catch (const std::exception& error) {
                std::lock_guard lock(totals.mutex);
                ++totals.readFailures;
                continue;
            }
            const double milliseconds =
                std::chrono::duration<double, std::milli>(Clock::now() - started).count();
            // Per cluster: one generation only, and exactly `rows` rows.
            std::map<std::string, std::map<std::string, int>> generations; // cluster -> generation -> rows
            for (const ActivityRow& row : table.rows) {
                const std::string& tag = row.cell(Role::OrgAcronym);
                const auto space = tag.find(' ');
                const auto slash = tag.find('/');
                generations[tag.substr(space + 1, slash - space - 1)][tag.substr(slash + 1)]++;
            }
            std::lock_guard lock(totals.mutex);
            ++totals.reads;
            totals.readMilliseconds.push_back(milliseconds);
            bool mixed = static_cast<int>(generations.size()) != clusters;
            bool wrong = false;
            for (const auto& [cluster, byGeneration] : generations) {
                mixed = mixed || byGeneration.size() != 1;
                wrong = wrong || byGeneration.begin()->second != rows;
            }
            totals.mixedReads += mixed ? 1 : 0;
            totals.wrongCounts += wrong ? 1 : 0;
        }
    } catch (const std::exception& error) {
        totals.error(error.what());
    }
}

} // namespace

int main(int argc, char** argv) {
    const int seconds = argc > 1 ? std::atoi(argv[1]) : 60;
    const int publishers = argc > 2 ? std::atoi(argv[2]) : 10;
    const int readers = argc > 3 ? std::atoi(argv[3]) : 20;
    const int rows = argc > 4 ? std::atoi(argv[4]) : 1000;
    try {
        auto& cluster = test::PgTestCluster::instance();
        const std::string database = cluster.newDatabase();
        Connection admin(cluster.conninfo(database));
        migrateStore(admin);
        cluster.createLoginRole("load_reader", {kReaderRole});
        for (int i = 0; i < publishers; ++i) {
            cluster.createLoginRole("load_editor_" + std::to_string(i), {kEditorRole});
            admin.exec("INSERT INTO couverture.editor_clusters VALUES ($1, $2)",
                       {text("load_editor_" + std::to_string(i)), text(clusterName(i))});
            // Generation 0 of every cluster, so that readers always find the whole release.
            const auto first = test::publishable(generation(i, 0, rows));
            publishRelease(admin, first->content("2024-01", clusterName(i)));
        }
        const std::int64_t deadlocksBefore =
            admin.exec("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()")
                .integerValue(0, 0);
        Totals totals;
        const auto end = Clock::now() + std::chrono::seconds(seconds);
        std::vector<std::thread> threads;
        for (int i = 0; i < publishers; ++i) {
            threads.emplace_back(publisher, cluster.conninfo(database, "load_editor_" + std::to_string(i)), i,
                                 rows, end, std::ref(totals));
        }
        for (int i = 0; i < readers; ++i) {
            threads.emplace_back(reader, cluster.conninfo(database, "load_reader"), publishers, rows, end,
                                 std::ref(totals));
        }
        for (auto& thread : threads) {
            thread.join();
        }
        // After the run: one publication per cluster, each with all its rows, no row twice, nothing orphaned.
        const Result final = admin.exec(
            "SELECT (SELECT count(*) FROM couverture.publications WHERE release = '2024-01'), "
            "(SELECT count(*) FROM couverture.activity_rows), "
            "(SELECT count(*) FROM (SELECT DISTINCT publication_id, row_number FROM "
            "couverture.activity_rows) d), "
            "(SELECT count(*) FROM couverture.activity_rows r WHERE NOT EXISTS (SELECT 1 FROM "
            "couverture.publications p WHERE p.id = r.publication_id)), "
            "(SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()), "
            "(SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE NOT l.granted)");
        const std::int64_t expectedRows = static_cast<std::int64_t>(publishers) * rows;
        std::printf("seconds=%d\npublishers=%d\nreaders=%d\nrows_per_publish=%d\n", seconds, publishers,
                    readers, rows);
        std::printf(
            "publishes=%lld\npublishes_per_minute=%.1f\npublish_failures=%lld\ndeadlock_errors=%lld\n",
            static_cast<long long>(totals.publishes), totals.publishes * 60.0 / seconds,
            static_cast<long long>(totals.publishFailures), static_cast<long long>(totals.deadlocks));
        std::printf(
            "reads=%lld\nreads_per_minute=%.1f\nread_ms_p50=%.1f\nread_ms_p95=%.1f\nread_ms_max=%.1f\n",
            static_cast<long long>(totals.reads), totals.reads * 60.0 / seconds,
            bench::percentile(totals.readMilliseconds, 0.5), bench::percentile(totals.readMilliseconds, 0.95),
            bench::percentile(totals.readMilliseconds, 1.0));
        std::printf("read_failures=%lld\nmixed_reads=%lld\nreads_with_wrong_row_count=%lld\n",
                    static_cast<long long>(totals.readFailures), static_cast<long long>(totals.mixedReads),
                    static_cast<long long>(totals.wrongCounts));
        std::printf("final_publications=%lld\nfinal_rows=%lld\nexpected_rows=%lld\nduplicated_rows=%lld\n"
                    "orphan_rows=%lld\nserver_deadlocks=%lld\nwaiting_locks_left=%lld\n",
                    static_cast<long long>(final.integerValue(0, 0)),
                    static_cast<long long>(final.integerValue(0, 1)), static_cast<long long>(expectedRows),
                    static_cast<long long>(final.integerValue(0, 1) - final.integerValue(0, 2)),
                    static_cast<long long>(final.integerValue(0, 3)),
                    static_cast<long long>(final.integerValue(0, 4) - deadlocksBefore),
                    static_cast<long long>(final.integerValue(0, 5)));
        if (!totals.firstError.empty()) {
            std::printf("first_error=%s\n", totals.firstError.c_str());
        }
        const bool ok = totals.mixedReads == 0 && totals.wrongCounts == 0 && totals.deadlocks == 0 &&
                        final.integerValue(0, 1) == expectedRows &&
                        final.integerValue(0, 1) == final.integerValue(0, 2) &&
                        final.integerValue(0, 0) == publishers;
        std::printf("consistent=%s\n", ok ? "yes" : "no");
        return ok ? 0 : 1;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "store_load: %s\n", error.what());
        return 2;
    }
}
