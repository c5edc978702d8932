// Points to communes: the 18,769 gazetteer villages, then a million points jittered around them, assigned to
// the 701 communes by analysis::PointLocator (acceleration grid over GEOS prepared geometries, 2 threads),
// checked against GEOS's exact answer, and set beside geopandas (sjoin) on the same points in the same run.

#include "analysis/sites/gazetteer.h"
#include "analysis/sites/point_locator.h"
#include "bench_common.h"
#include "core/boundary_reader.h"

#include <cstdio>
#include <ctime>
#include <fstream>
#include <gdal.h>
#include <random>

using namespace couverture;
using bench::Clock;

namespace {

// Villages repeated and each moved by up to ±0.05° (about 5 km) in both directions: the spread of a real
// point table around settlements, boundaries crossed included. Seeded: every run places the same points.
std::vector<LonLat> jittered(const std::vector<LonLat>& villages, std::size_t count) {
    std::mt19937_64 random(42);
    std::uniform_real_distribution<double> offset(-0.05, 0.05);
    std::vector<LonLat> points(count);
    for (std::size_t i = 0; i < count; ++i) {
        const LonLat& village = villages[i % villages.size()];
        points[i].lon = village.lon + offset(random);
        points[i].lat = village.lat + offset(random);
    }
    return points;
}

void writePoints(const std::vector<LonLat>& points, const std::string& path) {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(points.data()),
              static_cast<std::streamsize>(points.size() * sizeof(LonLat)));
}

struct Timed {
    double buildMs = 0, locateMs = 0, warmLocateMs = 0;
    double buildCpuMs = 0,
           locateCpuMs = 0; // processor time of all threads: what load on the machine cannot stretch
    std::vector<UnitId> units;
    analysis::PointLocatorStats stats;
};

Timed timeLocate(const AdminTree& tree, const std::vector<LonLat>& points,
                 const analysis::PointLocatorOptions& options, int runs) {
    Timed timed;
    std::vector<double> build, locate, warm, buildCpu, locateCpu;
    for (int run = 0; run < runs; ++run) {
        const std::clock_t c0 = std::clock();
        const auto t0 = Clock::now();
        const analysis::PointLocator locator(tree, options);
        const auto t1 = Clock::now();
        const std::clock_t c1 = std::clock();
        timed.units = locator.locateAll(points);
        const auto t2 = Clock::now();
        const std::clock_t c2 = std::clock();
        buildCpu.push_back(1000.0 * static_cast<double>(c1 - c0) / CLOCKS_PER_SEC);
        locateCpu.push_back(1000.0 * static_cast<double>(c2 - c1) / CLOCKS_PER_SEC);
        locator.locateAll(points); // again, with every prepared geometry's index already built
        const auto t3 = Clock::now();
        build.push_back(bench::msBetween(t0, t1));
        locate.push_back(bench::msBetween(t1, t2));
        warm.push_back(bench::msBetween(t2, t3));
        timed.stats = locator.stats();
    }
    timed.buildMs = bench::median(build);
    timed.locateMs = bench::median(locate);
    timed.warmLocateMs = bench::median(warm);
    timed.buildCpuMs = bench::median(buildCpu);
    timed.locateCpuMs = bench::median(locateCpu);
    return timed;
}

} // namespace

int main(int argc, char** argv) {
    const bench::Arguments args(argc, argv);
    if (args.flag("--help")) {
        std::printf(
            "usage: bench_points [--boundaries PATH] [--gazetteer CSV] [--points 1000000] [--threads 2]\n"
            "                    [--grid-bits 10] [--runs 5] [--check 200000] [--with-peer]\n"
            "                    [--peer-points 200000] [--python /usr/bin/python3]\n");
        return 0;
    }
    const std::string boundaries = args.value("--boundaries", bench::defaultBoundaries());
    const std::string gazetteerPath =
        args.value("--gazetteer", bench::sharedData() + "/" + analysis::kPopulatedPlaces);
    const auto count = static_cast<std::size_t>(args.integer("--points", 1000000));
    const int runs = args.integer("--runs", 5);
    const auto check = static_cast<std::size_t>(args.integer("--check", 200000));
    analysis::PointLocatorOptions options;
    options.threads = args.integer("--threads", 2);
    options.gridBits = args.integer("--grid-bits", options.gridBits);
    GDALAllRegister();
    bench::printMachine();
    try {
        BoundaryOptions boundaryOptions;
        const BoundaryLoad load = loadBoundaries(boundaries, boundaryOptions);
        const AdminTree& tree = load.tree;
        const analysis::Gazetteer gazetteer = analysis::Gazetteer::load(gazetteerPath);
        std::vector<LonLat> villages;
        for (const auto& place : gazetteer.places()) {
            villages.push_back(place.where);
        }
        const std::vector<LonLat> points = jittered(villages, count);
        bench::printCount("communes", static_cast<long long>(tree.level(AdminLevel::Commune).size()));
        bench::printCount("threads", options.threads);
        bench::printCount("grid_side", 1LL << options.gridBits);

        const Timed villageRun = timeLocate(tree, villages, options, runs);
        std::int64_t villagesOutside = 0;
        for (const UnitId unit : villageRun.units) {
            villagesOutside += unit == kNoUnit ? 1 : 0;
        }
        bench::printCount("villages", static_cast<long long>(villages.size()));
        bench::printCount("villages_outside", villagesOutside);
        bench::printFigure("villages_locate_ms", villageRun.locateMs);

        const Timed pointRun = timeLocate(tree, points, options, runs);
        std::int64_t outside = 0;
        for (const UnitId unit : pointRun.units) {
            outside += unit == kNoUnit ? 1 : 0;
        }
        bench::printCount("points", static_cast<long long>(points.size()));
        bench::printCount("points_outside", outside);
        bench::printCount("grid_inside_cells", pointRun.stats.insideCells);
        bench::printCount("grid_outside_cells", pointRun.stats.outsideCells);
        bench::printCount("grid_boundary_cells", pointRun.stats.boundaryCells);
        bench::printCount("grid_edge_cell_marks", pointRun.stats.edgeCellMarks);
        bench::printCount("points_in_boundary_cells", pointRun.stats.pointsInBoundaryCells);
        bench::printCount("points_near_edges", pointRun.stats.pointsNearEdges);
        bench::printFigure("build_ms", pointRun.buildMs);
        bench::printFigure("points_locate_ms", pointRun.locateMs);
        bench::printFigure("points_locate_again_ms", pointRun.warmLocateMs);
        bench::printFigure("build_cpu_ms", pointRun.buildCpuMs);
        bench::printFigure("points_locate_cpu_ms", pointRun.locateCpuMs);
        bench::printFigure("points_build_and_locate_ms", pointRun.buildMs + pointRun.locateMs);

        // Every check-th point against GEOS covers on every commune, no grid: the answers must be the same.
        const analysis::PointLocator locator(tree, options);
        const std::size_t step = std::max<std::size_t>(1, points.size() / std::max<std::size_t>(1, check));
        std::int64_t checked = 0, differ = 0;
        for (std::size_t i = 0; i < points.size(); i += step) {
            ++checked;
            differ += locator.locateExact(points[i]) != pointRun.units[i] ? 1 : 0;
        }
        bench::printCount("exact_checked", checked);
        bench::printCount("exact_differences", differ);

        if (args.flag("--with-peer")) {
            const std::string file = "bench_points_" + std::to_string(count) + ".lonlat.f64";
            writePoints(points, file);
            const std::string command =
                bench::shellQuote(args.value("--python", "/usr/bin/python3")) + " " +
                bench::shellQuote(std::string(COUVERTURE_BENCH_DIR) + "/geopandas_points_peer.py") +
                " --boundaries " + bench::shellQuote(boundaries) + " --gazetteer " +
                bench::shellQuote(gazetteerPath) + " --points-file " + bench::shellQuote(file) +
                " --peer-points " + std::to_string(args.integer("--peer-points", 200000));
            const auto peer = bench::runPeer(command, "geopandas_");
            const auto found = peer.find("geopandas_points_s_per_million");
            if (found != peer.end()) {
                const double peerMs = std::stod(found->second) * 1000.0 * static_cast<double>(count) / 1e6;
                bench::printFigure("geopandas_points_ms_scaled", peerMs);
                std::printf("ratio_geopandas_over_couverture_locate=%.1f\n", peerMs / pointRun.locateMs);
                std::printf("ratio_geopandas_over_couverture_build_and_locate=%.1f\n",
                            peerMs / (pointRun.buildMs + pointRun.locateMs));
            }
            const auto villagesPeer = peer.find("geopandas_villages_s");
            if (villagesPeer != peer.end()) {
                std::printf("ratio_geopandas_over_couverture_villages=%.1f\n",
                            std::stod(villagesPeer->second) * 1000.0 / villageRun.locateMs);
            }
        }
    } catch (...) {
        return bench::failed();
    }
    return 0;
}
