// The whole in-process pipeline a user waits for when opening a project: boundaries (three levels), the 3W,
// reconciliation, coverage. Process start-up is not timed; each stage is timed on its own, several runs,
// medians printed.

#include "bench_common.h"
#include "texts/message_language.h"
#include "core/activity_table.h"
#include "core/boundary_reader.h"
#include "core/coverage.h"
#include "core/problem.h"
#include "core/reconcile.h"

#include <cstdio>
#include <exception>
#include <gdal.h>
#include <string>
#include <vector>

using namespace couverture;
using bench::Clock;

int main(int argc, char** argv) {
    const bench::Arguments args(argc, argv);
    if (args.flag("--help")) {
        std::printf("usage: bench_pipeline [--boundaries PATH] [--activities FILE] [--runs N] [--lang en|fr]\n");
        return 0;
    }
    const std::string boundaries = args.value("--boundaries", bench::defaultBoundaries());
    const std::string activities = args.value("--activities", bench::defaultActivities());
    const int runs = args.integer("--runs", 5);

    // Driver registration is process start-up (a program's main does it once); timed apart, not in the runs.
    // The messages of core (match reasons, row problems) in this language: fr installs the French
    // catalogue, whose lookups are cached per message (core/texts.h); en (the default) installs none.
    texts::setCoreLanguage(args.value("--lang", "en"));
    const auto registerStart = Clock::now();
    GDALAllRegister();
    const double registerMs = bench::msSince(registerStart);

    std::vector<double> loadMs, readMs, reconcileMs, coverageMs, totalMs;
    std::size_t units = 0, rows = 0;
    std::int64_t matched = 0;
    ReconcileResult lastResult;
    try {
        for (int run = 0; run < runs; ++run) {
            const auto t0 = Clock::now();
            const BoundaryLoad load = loadBoundaries(boundaries);
            const auto t1 = Clock::now();
            const ActivityTable table = readActivityTable(activities);
            const auto t2 = Clock::now();
            const ReconcileResult result = reconcile(load.tree, table.rows);
            const auto t3 = Clock::now();
            const CoverageTable coverage = computeCoverage(load.tree, table.rows, result.matches);
            const auto t4 = Clock::now();

            loadMs.push_back(bench::msBetween(t0, t1));
            readMs.push_back(bench::msBetween(t1, t2));
            reconcileMs.push_back(bench::msBetween(t2, t3));
            coverageMs.push_back(bench::msBetween(t3, t4));
            totalMs.push_back(bench::msBetween(t0, t4));
            units = load.tree.size();
            rows = table.rows.size();
            matched = static_cast<std::int64_t>(table.rows.size()) -
                      result.countByMethod[static_cast<std::size_t>(MatchMethod::Unmatched)];
            lastResult = result;
            if (coverage.units.size() != units) {
                std::fprintf(stderr, "coverage table has %zu units, tree %zu\n", coverage.units.size(),
                             units);
                return 1;
            }
        }
    } catch (...) {
        return bench::failed();
    }

    bench::printCount("units", static_cast<long long>(units));
    bench::printCount("activity_rows", static_cast<long long>(rows));
    bench::printCount("rows_placed", static_cast<long long>(matched));
    for (const MatchMethod method : kAllMethods) {
        const std::string name = "rows_" + std::string(methodKey(method));
        bench::printCount(name.c_str(), lastResult.countByMethod[static_cast<std::size_t>(method)]);
    }
    bench::printCount("rows_conflicts", lastResult.conflicts);
    bench::printCount("runs", runs);
    bench::printFigure("gdal_register_ms", registerMs);
    bench::printFigure("load_boundaries_ms", bench::median(loadMs));
    bench::printFigure("read_activities_ms", bench::median(readMs));
    bench::printFigure("reconcile_ms", bench::median(reconcileMs));
    bench::printFigure("coverage_ms", bench::median(coverageMs));
    bench::printFigure("pipeline_ms", bench::median(totalMs));
    // The first run pays for cold caches (files, GDAL drivers opening for the first time), as a first open
    // does.
    bench::printFigure("pipeline_first_run_ms", totalMs.front());
    bench::printMachine();
    return 0;
}
