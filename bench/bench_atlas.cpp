// Atlas speed: one report page per cercle (50 A4 pages: the cercle's communes as a 5-class choropleth with
// their names, neighbours muted, the page template around it) into one PDF, through render::writeAtlas,
// the function `couverture atlas` calls. Boundaries, 3W, coverage and the projected scene are prepared once,
// untimed; the timing covers writeAtlas (classes, style, every page painted, the file written and renamed).
// With --with-qgis the QGIS peer (bench/qgis_atlas_peer.py) exports its own atlas in the same run.

#include "bench_common.h"
#include "core/activity_table.h"
#include "core/boundary_reader.h"
#include "core/coverage.h"
#include "core/problem.h"
#include "core/reconcile.h"
#include "render/atlas.h"
#include "render/map_painter.h"
#include "render/map_scene.h"
#include "render/thematic.h"

#include <cstdio>
#include <exception>
#include <filesystem>
#include <gdal.h>
#include <memory>
#include <string>
#include <vector>

using namespace couverture;
using bench::Clock;

int main(int argc, char** argv) {
    const bench::Arguments args(argc, argv);
    if (args.flag("--help")) {
        std::printf("usage: bench_atlas [--boundaries PATH] [--activities FILE] [--figure NAME] [--runs N]\n"
                    "                   [--output PDF] [--with-qgis [--python EXE]]\n");
        return 0;
    }
    const std::string boundaries = args.value("--boundaries", bench::defaultBoundaries());
    const std::string activities = args.value("--activities", bench::defaultActivities());
    const std::string figure = args.value("--figure", "organisations");
    const int runs = args.integer("--runs", 3);
    const int warmup = args.integer("--warmup", 1);
    const std::string output = args.value("--output", {});
    const std::string path =
        output.empty() ? (std::filesystem::temp_directory_path() / "couverture_bench_atlas.pdf").string()
                       : output;

    GDALAllRegister();
    try {
        render::ensureGuiApplication();

        const BoundaryLoad load = loadBoundaries(boundaries);
        const ActivityTable table = readActivityTable(activities);
        const ReconcileResult matches = reconcile(load.tree, table.rows);
        auto coverage =
            std::make_shared<const CoverageTable>(computeCoverage(load.tree, table.rows, matches.matches));
        const auto sceneStart = Clock::now();
        const render::MapScene scene = render::buildMapScene(load.tree);
        const double sceneMs = bench::msSince(sceneStart);

        const std::vector<render::AtlasPage> pages = render::unitPages(scene, AdminLevel::Cercle, coverage);
        render::AtlasOptions options;
        options.thematic.kind = render::MapKind::Choropleth;
        options.thematic.level = AdminLevel::Commune;
        options.thematic.figure = figure;
        options.thematic.method = render::ClassMethod::Quantiles;
        options.thematic.classes = 5;
        options.page.language = "fr";
        options.page.pageSize = "A4";
        options.page.texts.asOf = "2023-12-31";
        options.page.texts.creationDate = "2023-12-31"; // fixed: outputs never depend on the clock
        options.output = path;
        options.mapNumberPattern = "MLI-BENCH-{n}";

        for (int i = 0; i < warmup; ++i) {
            render::writeAtlas(scene, pages, options);
        }
        std::vector<double> samples;
        render::AtlasResult last;
        for (int i = 0; i < runs; ++i) {
            const auto start = Clock::now();
            last = render::writeAtlas(scene, pages, options);
            samples.push_back(bench::msSince(start));
        }
        int labelsDropped = 0;
        for (const render::PageReport& report : last.reports) {
            labelsDropped += report.map.labelsDropped;
        }
        const auto bytes = std::filesystem::file_size(path);
        if (output.empty()) {
            std::filesystem::remove(path);
        }

        const double medianMs = bench::median(samples);
        const double perPage = last.pages > 0 ? medianMs / last.pages : 0.0;
        bench::printCount("atlas_pages", last.pages);
        bench::printCount("atlas_files", static_cast<long long>(last.files.size()));
        bench::printCount("atlas_pdf_bytes", static_cast<long long>(bytes));
        bench::printCount("atlas_labels_dropped", labelsDropped);
        bench::printFigure("scene_build_ms", sceneMs);
        bench::printCount("runs", runs);
        bench::printFigure("atlas_50_pages_ms", medianMs);
        bench::printFigure("atlas_ms_per_page", perPage);
        bench::printMachine();

        if (args.flag("--with-qgis")) {
            const std::string python = args.value("--python", "/usr/bin/python3");
            const std::string script =
                args.value("--qgis-script", COUVERTURE_BENCH_DIR "/qgis_atlas_peer.py");
            const auto figures =
                bench::runPeer(bench::shellQuote(python) + " " + bench::shellQuote(script) +
                               " --boundaries " + bench::shellQuote(boundaries) + " 2>/dev/null");
            const auto qgis = figures.find("qgis_atlas_ms_per_page");
            if (qgis == figures.end()) {
                std::fprintf(stderr,
                             "no qgis_atlas_ms_per_page from the peer (scripts/install_bench_peers.sh)\n");
                return 3;
            }
            if (perPage > 0) {
                std::printf("speedup_atlas_vs_qgis=%.2f\n", std::stod(qgis->second) / perPage);
                std::fflush(stdout);
            }
        }
    } catch (...) {
        return bench::failed();
    }
    return 0;
}
