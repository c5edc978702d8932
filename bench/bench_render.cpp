// Rendering speed: the 701 communes as a 5-class choropleth on a 2000x2000 image, encoded to PNG in memory.
// Boundaries, 3W, reconciliation, coverage, the projected scene and the classes are prepared once, untimed;
// each run renders from the prepared scene straight to PNG bytes (renderChoroplethPng: each thread draws its
// band and deflates it). Separate runs time the two steps apart (renderChoroplethImage, then encodePng).
// With --with-qgis the QGIS peer (bench/qgis_render_peer.py) runs as a child process on the same figures.

#include "bench_common.h"
#include "core/activity_table.h"
#include "core/boundary_reader.h"
#include "core/coverage.h"
#include "core/problem.h"
#include "core/reconcile.h"
#include "render/map_painter.h"
#include "render/map_scene.h"
#include "render/map_style.h"
#include "render/png_writer.h"
#include "render/thematic.h"

#include <QBuffer>
#include <QByteArray>
#include <QIODevice>
#include <QImage>
#include <QSize>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <gdal.h>
#include <string>
#include <vector>

using namespace couverture;
using bench::Clock;

namespace {

// The figure mapped, by commune P-code, for the QGIS peer to render the same map (columns pcode,value).
std::string writePeerValues(const render::MapScene& scene, const render::ThematicLayer& layer) {
    const auto path = std::filesystem::temp_directory_path() / "couverture_bench_render_values.csv";
    std::ofstream out(path);
    out << "pcode,value\n";
    for (const UnitId id : scene.level(AdminLevel::Commune)) {
        const double value = layer.values[static_cast<std::size_t>(id)];
        if (!std::isnan(value)) {
            out << scene.unit(id).pcode << ',' << value << '\n';
        }
    }
    return path.string();
}

} // namespace

int main(int argc, char** argv) {
    const bench::Arguments args(argc, argv);
    if (args.flag("--help")) {
        std::printf("usage: bench_render [--boundaries PATH] [--activities FILE] [--figure NAME] [--runs N]\n"
                    "                    [--size PX] [--dpi DPI] [--threads N] [--png-quality Q] [--qt-png] "
                    "[--output PNG]\n"
                    "                    [--with-qgis [--qgis-runs N] [--qgis-shape-area] [--python EXE]]\n");
        return 0;
    }
    const std::string boundaries = args.value("--boundaries", bench::defaultBoundaries());
    const std::string activities = args.value("--activities", bench::defaultActivities());
    const std::string figure = args.value("--figure", "organisations");
    const int runs = args.integer("--runs", 20);
    const int warmup = args.integer("--warmup", 2);
    const int size = args.integer("--size", 2000);
    const int dpi = args.integer("--dpi", 96); // QgsMapSettings' default output DPI, for equal line widths
    const int threads = args.integer("--threads", 2);
    const std::string output = args.value("--output", {});
    // QImage's PNG quality: -1 = Qt's default zlib level (what QGIS's QImage::save uses), 0..100 =
    // level 9..0.
    const int pngQuality = std::atoi(args.value("--png-quality", "-1").c_str());

    GDALAllRegister();
    try {
        render::ensureGuiApplication();

        const auto prepareStart = Clock::now();
        const BoundaryLoad load = loadBoundaries(boundaries);
        const ActivityTable table = readActivityTable(activities);
        const ReconcileResult matches = reconcile(load.tree, table.rows);
        const CoverageTable coverage = computeCoverage(load.tree, table.rows, matches.matches);
        const double dataMs = bench::msSince(prepareStart);

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
        const auto thematicStart = Clock::now();
        const render::ThematicLayer layer = render::prepareThematic(scene, coverage, spec, style);
        const double thematicMs = bench::msSince(thematicStart);

        int coloured = 0;
        for (const UnitId id : scene.level(AdminLevel::Commune)) {
            coloured += layer.unitClass[static_cast<std::size_t>(id)] != render::kNotMapped ? 1 : 0;
        }

        const QSize imageSize(size, size);
        // Couverture's PNG encoder (render/png_writer.h) unless --qt-png asks for QImage::save, the path QGIS
        // uses.
        const bool qtPng = args.flag("--qt-png");
        auto encodeImage = [&](const QImage& image) {
            QByteArray bytes;
            if (qtPng) {
                QBuffer buffer(&bytes);
                buffer.open(QIODevice::WriteOnly);
                image.save(&buffer, "PNG", pngQuality);
            } else {
                render::PngOptions pngOptions;
                pngOptions.threads = threads;
                pngOptions.dotsPerInch = dpi;
                bytes = render::encodePng(image, pngOptions);
            }
            return bytes;
        };
        // The fastest public path: drawing and encoding fused per band (not with --qt-png, which needs the
        // image).
        auto renderPng = [&] {
            if (qtPng) {
                return encodeImage(
                    render::renderChoroplethImage(scene, layer, style, imageSize, dpi, threads));
            }
            render::PngOptions pngOptions;
            pngOptions.dotsPerInch = dpi;
            return render::renderChoroplethPng(scene, layer, style, imageSize, dpi, threads, pngOptions);
        };
        QByteArray png;
        for (int i = 0; i < warmup; ++i) {
            png = renderPng();
            png = encodeImage(render::renderChoroplethImage(scene, layer, style, imageSize, dpi, threads));
        }
        std::vector<double> renderOnly, encode, twoSteps, total;
        for (int i = 0; i < runs; ++i) {
            // The steps apart: the image, then its encoding.
            auto start = Clock::now();
            const QImage image = render::renderChoroplethImage(scene, layer, style, imageSize, dpi, threads);
            const auto rendered = Clock::now();
            if (encodeImage(image).isEmpty()) {
                std::fprintf(stderr, "PNG encoding failed\n");
                return 1;
            }
            const auto encoded = Clock::now();
            renderOnly.push_back(bench::msBetween(start, rendered));
            encode.push_back(bench::msBetween(rendered, encoded));
            twoSteps.push_back(bench::msBetween(start, encoded));
            // The whole, fused.
            start = Clock::now();
            png = renderPng();
            total.push_back(bench::msSince(start));
            if (png.isEmpty()) {
                std::fprintf(stderr, "PNG encoding failed\n");
                return 1;
            }
        }
        if (!output.empty()) {
            std::ofstream(output, std::ios::binary).write(png.constData(), png.size());
        }

        bench::printCount("communes", static_cast<long long>(scene.level(AdminLevel::Commune).size()));
        bench::printCount("communes_coloured", coloured);
        bench::printCount("classes", static_cast<long long>(layer.colours.size()));
        bench::printText("figure", layer.spec.figure);
        bench::printCount("scene_vertices", static_cast<long long>(scene.vertexCount()));
        bench::printCount("image_px", size);
        bench::printCount("dpi", dpi);
        bench::printCount("threads", threads);
        bench::printCount("png_quality", pngQuality);
        bench::printCount("png_bytes", png.size());
        bench::printFigure("prepare_data_ms", dataMs);
        bench::printFigure("scene_build_ms", sceneMs);
        bench::printFigure("thematic_ms", thematicMs);
        bench::printCount("runs", runs);
        bench::printFigure("render_only_ms_median", bench::median(renderOnly));
        bench::printFigure("png_encode_ms_median", bench::median(encode));
        bench::printFigure("render_then_encode_ms_median", bench::median(twoSteps));
        bench::printFigure("render_ms_median", bench::median(total));
        bench::printMachine();

        if (args.flag("--with-qgis")) {
            const std::string python = args.value("--python", "/usr/bin/python3");
            const std::string script =
                args.value("--qgis-script", COUVERTURE_BENCH_DIR "/qgis_render_peer.py");
            std::string command = bench::shellQuote(python) + " " + bench::shellQuote(script) +
                                  " --boundaries " + bench::shellQuote(boundaries) + " --runs " +
                                  std::to_string(args.integer("--qgis-runs", 15)) + " --size " +
                                  std::to_string(size);
            std::string valuesPath;
            if (!args.flag("--qgis-shape-area")) {
                valuesPath = writePeerValues(scene, layer);
                command += " --values " + bench::shellQuote(valuesPath);
            }
            const auto figures = bench::runPeer(command + " 2>/dev/null");
            if (!valuesPath.empty()) {
                std::filesystem::remove(valuesPath);
            }
            const auto qgis = figures.find("qgis_render_ms_median");
            if (qgis == figures.end()) {
                std::fprintf(stderr,
                             "no qgis_render_ms_median from the peer (scripts/install_bench_peers.sh)\n");
                return 3;
            }
            const double qgisMs = std::stod(qgis->second);
            const double oursMs = bench::median(total);
            if (oursMs > 0) {
                std::printf("speedup_vs_qgis=%.2f\n", qgisMs / oursMs);
            }
            const auto qgisOnly = figures.find("qgis_render_only_ms_median");
            const double oursOnlyMs = bench::median(renderOnly);
            if (qgisOnly != figures.end() && oursOnlyMs > 0) {
                std::printf("speedup_render_only_vs_qgis=%.2f\n", std::stod(qgisOnly->second) / oursOnlyMs);
            }
            std::fflush(stdout);
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
