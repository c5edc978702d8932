// Kill -9 trials with the real command line: `couverture publish` of the OCHA 3W of December 2023 (24,088
// rows) is killed with SIGKILL at random moments of its transaction, many times; after each kill the previous
// release must be unchanged and the interrupted one absent or whole. Its own PostgreSQL cluster, Unix socket
// only. Prints name=value lines. Usage: store_kill COUVERTURE_BINARY [trials=40]
#include "core/store/schema.h"
#include "store/pg_test_cluster.h"

#include <chrono>
#include <csignal>
#include <cstdio>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace couverture;
using namespace couverture::store;
using Clock = std::chrono::steady_clock;

namespace {

std::string summary(Connection& connection, const std::string& release) {
    const Result result = connection.exec(
        "SELECT count(DISTINCT p.id), count(r.row_number), "
        "coalesce(md5(string_agg((to_jsonb(r) - 'publication_id')::text, '|' ORDER BY r.row_number)), '') "
        "FROM couverture.publications p LEFT JOIN couverture.activity_rows r ON r.publication_id = p.id "
        "WHERE p.release = $1",
        {text(release)});
    const std::int64_t coverage = connection
                                      .exec("SELECT count(*) FROM couverture.coverage_units c JOIN "
                                            "couverture.publications p ON p.id = c.publication_id "
                                            "WHERE p.release = $1",
                                            {text(release)})
                                      .integerValue(0, 0);
    return result.value(0, 0) + " publications, " + result.value(0, 1) + " rows, " +
           std::to_string(coverage) + " coverage lines, checksum " + result.value(0, 2);
}

pid_t startPublish(const std::string& binary, const std::string& target, const std::string& release) {
    const pid_t child = fork();
    if (child == 0) {
        const std::string data = COUVERTURE_SHARED_DATA;
        execl(binary.c_str(), binary.c_str(), "publish", "--quiet", "--to", target.c_str(), "--release",
              release.c_str(), "--cluster", "OCHA", "--boundaries",
              (data + "/boundaries/mli_cod_ab_ocha_itos_2017").c_str(), "--activities",
              (data + "/3w/mli_ocha_3w_2023_12/mli_3w_2023_12_ML_5W.csv").c_str(),
              static_cast<char*>(nullptr));
        _exit(127);
    }
    return child;
}

bool publisherConnected(Connection& admin) {
    return admin.exec("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'couverture'")
               .integerValue(0, 0) > 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: store_kill COUVERTURE_BINARY [trials]\n");
        return 1;
    }
    const std::string binary = argv[1];
    const int trials = argc > 2 ? std::atoi(argv[2]) : 40;
    try {
        auto& cluster = test::PgTestCluster::instance();
        const std::string database = cluster.newDatabase();
        const std::string target = cluster.target(database);
        Connection admin(cluster.conninfo(database) + " application_name=store_kill");
        int status = 0;
        waitpid(startPublish(binary, target, "2023-09"), &status, 0);
        if (status != 0) {
            std::fprintf(stderr, "store_kill: the first publish failed\n");
            return 2;
        }
        const std::string before = summary(admin, "2023-09");
        // One whole publish, timing its transaction: from the connection to the end.
        const auto started = Clock::now();
        const pid_t timing = startPublish(binary, target, "2023-12");
        while (!publisherConnected(admin) && Clock::now() - started < std::chrono::seconds(60)) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        const auto connected = Clock::now() - started;
        waitpid(timing, &status, 0);
        const auto total = Clock::now() - started;
        const std::string whole = summary(admin, "2023-12");
        admin.exec("DELETE FROM couverture.publications WHERE release = '2023-12'");

        std::mt19937 random(20231231);
        const auto window = std::chrono::duration_cast<std::chrono::microseconds>(total - connected);
        std::uniform_int_distribution<long> moment(0, window.count() * 11 / 10);
        int intact = 0, committed = 0, none = 0;
        for (int trial = 0; trial < trials; ++trial) {
            const pid_t child = startPublish(binary, target, "2023-12");
            const auto childStarted = Clock::now();
            while (!publisherConnected(admin) && Clock::now() - childStarted < std::chrono::seconds(60)) {
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
            std::this_thread::sleep_for(std::chrono::microseconds(moment(random)));
            kill(child, SIGKILL);
            waitpid(child, &status, 0);
            while (publisherConnected(admin)) { // the server ends the orphaned session and rolls it back
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
            const std::string previous = summary(admin, "2023-09");
            const std::string interrupted = summary(admin, "2023-12");
            const bool wasNone = interrupted.rfind("0 publications, 0 rows, 0 coverage lines", 0) == 0;
            const bool wasWhole = interrupted == whole;
            intact += previous == before && (wasNone || wasWhole) ? 1 : 0;
            committed += wasWhole ? 1 : 0;
            none += wasNone ? 1 : 0;
            if (!(previous == before && (wasNone || wasWhole))) {
                std::printf("broken_trial_%d=%s | %s\n", trial, previous.c_str(), interrupted.c_str());
            }
            admin.exec("DELETE FROM couverture.publications WHERE release = '2023-12'");
        }
        std::printf("release_before=%s\nwhole_publish=%s\n", before.c_str(), whole.c_str());
        std::printf("publish_seconds=%.2f\ntransaction_seconds=%.2f\n",
                    std::chrono::duration<double>(total).count(),
                    std::chrono::duration<double>(total - connected).count());
        std::printf("kill_trials=%d\nintact=%d\ncommitted_before_kill=%d\nleft_nothing=%d\n", trials, intact,
                    committed, none);
        return intact == trials ? 0 : 1;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "store_kill: %s\n", error.what());
        return 2;
    }
}
