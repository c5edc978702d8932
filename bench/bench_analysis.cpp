// The four analyses on the full OCHA Mali 3W of December 2023 (24,088 rows), after loading and reconciling
// once: who is where (every sector, by commune), overlaps (every sector, by commune, pairs and matrices),
// gaps (Protection against HNO 2024 GBV need apportioned by population, by cercle) and target ranking with
// its sensitivity table (Protection, 10 cercles, 6 weight variations). Each is timed from the matched rows
// (the presence index built inside the timing), several runs, medians printed; core's computeCoverage over
// the same rows is timed in the same run as the yardstick. Target: each analysis under 50 ms.

#include "analysis/gaps/gaps.h"
#include "analysis/overlaps/overlaps.h"
#include "analysis/presence/who_is_where.h"
#include "analysis/targets/targets.h"
#include "bench_common.h"
#include "core/activity_table.h"
#include "core/boundary_reader.h"
#include "core/coverage.h"
#include "core/reconcile.h"

#include <cstdio>
#include <gdal.h>

using namespace couverture;
using bench::Clock;

// The best run, besides the median, tells what the code costs when the shared machine leaves it alone.
std::map<std::string, double> bestMs;

template <typename Run> double medianMs(const std::string& name, int runs, Run run) {
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        run();
        samples.push_back(bench::msSince(start));
    }
    bestMs[name] = *std::min_element(samples.begin(), samples.end());
    return bench::median(samples);
}

int main(int argc, char** argv) {
    const bench::Arguments args(argc, argv);
    if (args.flag("--help")) {
        std::printf("usage: bench_analysis [--boundaries PATH] [--activities FILE] [--runs N]\n");
        return 0;
    }
    const int runs = args.integer("--runs", 15);
    try {
        GDALAllRegister();
        const BoundaryLoad load = loadBoundaries(args.value("--boundaries", bench::defaultBoundaries()));
        const AdminTree& tree = load.tree;
        const ActivityTable table = readActivityTable(args.value("--activities", bench::defaultActivities()));
        const ReconcileResult matched = reconcile(tree, table.rows);
        const auto& rows = table.rows;
        const auto& matches = matched.matches;

        analysis::IndicatorReadOptions read;
        read.value = "#inneed";
        read.where = {{"#sector+code", "PRO_GBV"},
                      {"#gender+code", "a"},
                      {"#age+range", "ALL"},
                      {"#population_group+code", "ALL"},
                      {"#is_disabled", "a"}};
        const auto need = analysis::readIndicatorTable(
            tree, bench::sharedData() + "/population/mli_hno_2024/hno_data_mli_2024.csv", read);
        analysis::IndicatorReadOptions population;
        population.value = "T_TL";
        const auto people = analysis::readIndicatorTable(
            tree, bench::sharedData() + "/population/mli_cod_ps_2018_v2/mli_pop_adm2_v2.csv", population);
        analysis::NeedOptions needOptions;
        needOptions.level = AdminLevel::Cercle;
        needOptions.weights = analysis::weightsAtLevel(tree, people, AdminLevel::Cercle);
        const analysis::NeedLayer layer = analysis::needAtLevel(tree, need, needOptions);
        ActivityFilter protection;
        protection.sectors = {"Protection"};

        std::size_t whoLines = 0, overlapUnits = 0, pairs = 0, gapUnits = 0, shortlist = 0;
        const double coverageMs = medianMs("coverage", runs, [&] { computeCoverage(tree, rows, matches); });
        const double whoMs = medianMs("who", runs, [&] {
            analysis::WhoOptions options;
            options.level = AdminLevel::Commune;
            const auto result = analysis::whoIsWhere(tree, rows, matches, options);
            whoLines = result.lines.size() + result.coarser.size();
        });
        const double overlapsMs = medianMs("overlaps", runs, [&] {
            analysis::OverlapOptions options;
            options.level = AdminLevel::Commune;
            const auto result = analysis::findOverlaps(tree, rows, matches, options);
            const auto matrices = analysis::pairMatrixTables(result, 15);
            overlapUnits = result.overlaps.size();
            pairs = result.pairs.size();
        });
        const double gapsMs = medianMs("gaps", runs, [&] {
            const auto index = analysis::buildPresenceIndex(rows, matches, protection);
            const auto result = analysis::computeGaps(tree, index, layer, {});
            gapUnits = result.units.size();
        });
        const double targetsMs = medianMs("targets", runs, [&] {
            const auto index = analysis::buildPresenceIndex(rows, matches, protection);
            analysis::TargetOptions options;
            options.partners = {"UNFPA"};
            const auto result = analysis::rankTargets(tree, index, layer, options);
            shortlist = 0;
            for (const auto& candidate : result.candidates) {
                shortlist += candidate.status == analysis::TargetStatus::Shortlisted ? 1 : 0;
            }
        });
        bench::printFigure("coverage_best_ms", bestMs["coverage"]);
        bench::printCount("rows", static_cast<long long>(rows.size()));
        bench::printCount("runs", runs);
        bench::printFigure("coverage_ms", coverageMs);
        bench::printFigure("who_ms", whoMs);
        bench::printCount("who_lines", static_cast<long long>(whoLines));
        bench::printFigure("overlaps_ms", overlapsMs);
        bench::printCount("overlap_unit_sectors", static_cast<long long>(overlapUnits));
        bench::printCount("overlap_pairs", static_cast<long long>(pairs));
        bench::printFigure("gaps_ms", gapsMs);
        bench::printCount("gap_units", static_cast<long long>(gapUnits));
        bench::printFigure("targets_ms", targetsMs);
        bench::printCount("targets_shortlisted", static_cast<long long>(shortlist));
        for (const auto& [name, ms] : {std::pair{"who", whoMs}, std::pair{"overlaps", overlapsMs},
                                       std::pair{"gaps", gapsMs}, std::pair{"targets", targetsMs}}) {
            std::printf("%s_best_ms=%.1f\n%s_vs_coverage=%.2f\n%s_under_50ms=%s\n", name, bestMs[name], name,
                        ms / coverageMs, name, ms < 50 ? "yes" : "no");
        }
        return 0;
    } catch (...) {
        return bench::failed();
    }
}
