// Atlas speed: one report page per cercle (50 A4 pages: the cercle's communes as a 5-class choropleth with
// names, the page template around it) painted into one PDF file. Data, scene and classes are prepared once,
// untimed; the timing covers opening the PDF, painting every page and closing the file.
// With --with-qgis the QGIS peer (bench/qgis_atlas_peer.py) exports its own atlas in the same run.

#include "bench_common.h"
#include "core/activity_table.h"
#include "core/boundary_reader.h"
#include "core/coverage.h"
#include "core/problem.h"
#include "core/reconcile.h"
#include "render/map_painter.h"
#include "render/map_scene.h"
#include "render/map_style.h"
#include "render/thematic.h"

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QString>

#include <gdal.h>

#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>
#include <vector>

using namespace couverture;
using bench::Clock;

namespace {

struct AtlasRun {
    int pages = 0;
    int labelsDropped = 0;
    std::uintmax_t bytes = 0;
};

// The atlas as an export does it: one QPdfWriter, a page per cercle, the file closed at the end.
AtlasRun writeAtlas(const std::string& path, const render::MapScene& scene, const render::ThematicLayer& layer,
                    const render::MapStyle& style, int resolution) {
    render::PageOptions options;
    options.language = "fr";
    options.texts.asOf = "2023-12-31";
    options.texts.creationDate = "2023-12-31"; // fixed: outputs never depend on the clock

    const QPageSize size(style.pageSize == "A3" ? QPageSize::A3 : QPageSize::A4);
    const auto orientation = style.orientation == "portrait" ? QPageLayout::Portrait : QPageLayout::Landscape;

    AtlasRun run;
    {
        QPdfWriter writer(QString::fromStdString(path));
        writer.setResolution(resolution);
        writer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(QStringLiteral("Couverture bench atlas"));
        writer.setCreator(QStringLiteral("Couverture bench_atlas"));
        const double devicePerMm = resolution / 25.4;
        QPainter painter(&writer);
        for (const UnitId cercle : scene.level(AdminLevel::Cercle)) {
            if (run.pages > 0) {
                writer.newPage();
            }
            options.focus = cercle;
            options.texts.mapNumber = "MLI-BENCH-" + std::to_string(run.pages + 1);
            const render::PageReport report = render::paintPage(painter, devicePerMm, scene, layer, style, options);
            run.labelsDropped += report.map.labelsDropped;
            ++run.pages;
        }
        painter.end();
    }
    run.bytes = std::filesystem::file_size(path);
    return run;
}

} // namespace

int main(int argc, char** argv) {
    const bench::Arguments args(argc, argv);
    if (args.flag("--help")) {
        std::printf("usage: bench_atlas [--boundaries PATH] [--activities FILE] [--figure NAME] [--runs N]\n"
                    "                   [--resolution DPI] [--output PDF] [--with-qgis [--python EXE]]\n");
        return 0;
    }
    const std::string boundaries = args.value("--boundaries", bench::defaultBoundaries());
    const std::string activities = args.value("--activities", bench::defaultActivities());
    const std::string figure = args.value("--figure", "organisations");
    const int runs = args.integer("--runs", 3);
    const int warmup = args.integer("--warmup", 1);
    const int resolution = args.integer("--resolution", 300);
    const std::string output = args.value("--output", {});
    const std::string path =
        output.empty() ? (std::filesystem::temp_directory_path() / "couverture_bench_atlas.pdf").string() : output;

    GDALAllRegister();
    try {
        render::ensureGuiApplication();

        const BoundaryLoad load = loadBoundaries(boundaries);
        const ActivityTable table = readActivityTable(activities);
        const ReconcileResult matches = reconcile(load.tree, table.rows);
        const CoverageTable coverage = computeCoverage(load.tree, table.rows, matches.matches);
        const render::MapStyle style = render::loadMapStyle();
        render::ensureFonts(style);
        const auto sceneStart = Clock::now();
        const render::MapScene scene = render::buildMapScene(load.tree);
        const double sceneMs = bench::msSince(sceneStart);

        render::ThematicSpec spec;
        spec.kind = render::MapKind::Choropleth;
        spec.level = AdminLevel::Commune;
        spec.figure = figure;
        spec.method = render::ClassMethod::Quantiles;
        spec.classes = 5;
        const render::ThematicLayer layer = render::prepareThematic(scene, coverage, spec, style);

        for (int i = 0; i < warmup; ++i) {
            writeAtlas(path, scene, layer, style, resolution);
        }
        std::vector<double> samples;
        AtlasRun last;
        for (int i = 0; i < runs; ++i) {
            const auto start = Clock::now();
            last = writeAtlas(path, scene, layer, style, resolution);
            samples.push_back(bench::msSince(start));
        }
        if (output.empty()) {
            std::filesystem::remove(path);
        }

        const double medianMs = bench::median(samples);
        bench::printCount("atlas_pages", last.pages);
        bench::printCount("atlas_pdf_bytes", static_cast<long long>(last.bytes));
        bench::printCount("atlas_labels_dropped", last.labelsDropped);
        bench::printCount("pdf_resolution", resolution);
        bench::printFigure("scene_build_ms", sceneMs);
        bench::printCount("runs", runs);
        bench::printFigure("atlas_50_pages_ms", medianMs);
        bench::printFigure("atlas_ms_per_page", last.pages > 0 ? medianMs / last.pages : 0.0);
        bench::printMachine();

        if (args.flag("--with-qgis")) {
            const std::string python = args.value("--python", "/usr/bin/python3");
            const std::string script = args.value("--qgis-script", COUVERTURE_BENCH_DIR "/qgis_atlas_peer.py");
            const auto figures = bench::runPeer(bench::shellQuote(python) + " " + bench::shellQuote(script) +
                                                " --boundaries " + bench::shellQuote(boundaries) + " 2>/dev/null");
            const auto qgis = figures.find("qgis_atlas_ms_per_page");
            if (qgis == figures.end()) {
                std::fprintf(stderr, "no qgis_atlas_ms_per_page from the peer (scripts/install_bench_peers.sh)\n");
                return 3;
            }
            const double oursPerPage = last.pages > 0 ? medianMs / last.pages : 0.0;
            if (oursPerPage > 0) {
                std::printf("speedup_atlas_vs_qgis=%.2f\n", std::stod(qgis->second) / oursPerPage);
                std::fflush(stdout);
            }
        }
    } catch (const InputError& error) {
        std::fprintf(stderr, "%s\n", describe(error.problem).c_str());
        return 2;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "error: %s\n", error.what());
        return 2;
    }
    return 0;
}
