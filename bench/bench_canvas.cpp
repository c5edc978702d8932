// The map canvas: what the UI thread pays to show the 701 communes at full Mali extent in a 1920x1080 window
// at a new view (target <= 8 ms), with and without the names layer, against the frame the canvas drew before
// (render::drawMap with names, the printed maps' painter) in the same run; what the worker threads draw once
// the view settles; and, with --app, how long the application takes from start to the default project's
// map on screen (target < 1 s), with its cache of the scene's label points cold and warm. The quick frame's
// bands are drawn by one thread per processor (canvas_frame_draw_ms) and, for comparison, by one
// (canvas_frame_draw_one_thread_ms).
//
// Boundaries, 3W, reconciliation, coverage, the projected scene and the classes are prepared once, untimed.

#include "app/canvas/canvas_renderer.h"
#include "bench_common.h"
#include "core/boundary_reader.h"
#include "core/coverage.h"
#include "core/gdal_support.h"
#include "core/reconcile.h"
#include "render/map_scene.h"
#include "render/thematic.h"

#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace couverture;
using bench::Clock;

namespace {

template <typename Work> std::vector<double> timeRuns(int warmup, int runs, Work work) {
    for (int i = 0; i < warmup; ++i) {
        work(i);
    }
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work(warmup + i);
        samples.push_back(bench::msSince(start));
    }
    return samples;
}

// The canvas's frame before the quick path: render::drawMap of the whole view, names included, on every
// redraw (what app::renderCanvas drew, off the UI thread, while the last frame was shown stretched).
void previousFrame(const app::CanvasRequest& request, bool names) {
    QImage image(request.pixels, QImage::Format_RGB32);
    QPainter painter(&image);
    const render::MapView view =
        render::fitView(QRectF(QPointF(0, 0), QSizeF(request.pixels)), request.area, 0);
    render::MapDrawOptions options;
    if (names) {
        options.labelLevels = app::labelLevelsFor(request.area.width() / request.pixels.width());
    }
    render::drawMap(painter, *request.scene, *request.layer, *request.style, view, app::canvasDevicePerMm(1),
                    options);
}

// Starts the application on the default project and reads its own figure (map_shown_ms, from main() to the
// first paint that shows the map); also times the whole process from launch to exit. `cacheHome` holds the
// scene cache: a fresh folder each run makes every run cold.
std::vector<double> startupRuns(const std::string& app, int runs, bool cold, std::vector<double>& wall) {
    std::vector<double> shown;
    const QString config = QDir::tempPath() + "/couverture-bench-config";
    QTemporaryDir warmCache;
    for (int i = 0; i < runs + (cold ? 0 : 1); ++i) {
        QTemporaryDir coldCache;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("XDG_CONFIG_HOME", config);
        environment.insert("XDG_CACHE_HOME", cold ? coldCache.path() : warmCache.path());
        process.setProcessEnvironment(environment);
        const auto start = Clock::now();
        process.start(QString::fromStdString(app),
                      {"--default-project", "--quit-when-shown", "--lang", "fr"});
        if (!process.waitForFinished(120000)) {
            std::fprintf(stderr, "the application did not finish\n");
            return shown;
        }
        const double elapsed = bench::msSince(start);
        const QString output = QString::fromLocal8Bit(process.readAllStandardOutput());
        const auto match = QRegularExpression("map_shown_ms=(\\d+)").match(output);
        if (match.hasMatch() && (cold || i > 0)) { // warm: the first run fills the cache
            shown.push_back(match.captured(1).toDouble());
            wall.push_back(elapsed);
        }
    }
    return shown;
}

void printStartup(const std::string& app, int runs) {
    std::vector<double> coldWall, warmWall;
    const std::vector<double> cold = startupRuns(app, runs, true, coldWall);
    const std::vector<double> warm = startupRuns(app, runs, false, warmWall);
    bench::printFigure("startup_map_shown_ms_median", bench::median(warm));
    bench::printFigure("startup_map_shown_ms_min",
                       warm.empty() ? 0 : *std::min_element(warm.begin(), warm.end()));
    bench::printFigure("startup_map_shown_cold_ms_median", bench::median(cold));
    bench::printFigure("startup_process_wall_ms_median", bench::median(warmWall));
}

struct Prepared {
    std::shared_ptr<const render::MapScene> scene;
    std::shared_ptr<const render::ThematicLayer> layer;
    std::shared_ptr<const render::MapStyle> style;
};

Prepared prepare(const std::string& boundaries, const std::string& activities) {
    const auto prepareStart = Clock::now();
    const BoundaryLoad load = loadBoundaries(boundaries);
    bench::printFigure("load_boundaries_ms", bench::msSince(prepareStart));
    const ActivityTable table = readActivityTable(activities);
    const ReconcileResult reconciled = reconcile(load.tree, table.rows);
    const CoverageTable coverage = computeCoverage(load.tree, table.rows, reconciled.matches);
    const auto sceneStart = Clock::now();
    Prepared prepared;
    prepared.scene = std::make_shared<const render::MapScene>(render::buildMapScene(load.tree));
    bench::printFigure("scene_build_ms", bench::msSince(sceneStart));
    prepared.style = std::make_shared<const render::MapStyle>(render::loadMapStyle());
    render::ensureFonts(*prepared.style);
    render::ThematicSpec spec; // organisations per commune, the default project's map
    prepared.layer = std::make_shared<const render::ThematicLayer>(
        render::prepareThematic(*prepared.scene, coverage, spec, *prepared.style));
    bench::printCount("communes", static_cast<long long>(prepared.scene->level(AdminLevel::Commune).size()));
    return prepared;
}

// The canvas's view of the whole country, as MapCanvas::zoomToExtent sets it.
app::CanvasRequest fullExtent(const Prepared& prepared, QSize size) {
    const QRectF extent = prepared.scene->extent();
    const double unitsPerPixel =
        std::max(extent.width() / size.width(), extent.height() / size.height()) * 1.04;
    app::CanvasRequest request;
    request.scene = prepared.scene;
    request.layer = prepared.layer;
    request.style = prepared.style;
    request.pixels = size;
    request.area = QRectF(extent.center().x() - size.width() * unitsPerPixel / 2,
                          extent.center().y() - size.height() * unitsPerPixel / 2,
                          size.width() * unitsPerPixel, size.height() * unitsPerPixel);
    return request;
}

// The full-extent view moved by a few pixels, another each run: every frame is of a view not drawn before.
app::CanvasRequest panned(app::CanvasRequest request, int run) {
    const double unitsPerPixel = request.area.width() / request.pixels.width();
    request.area.translate((run % 7 - 3) * 5 * unitsPerPixel, (run % 5 - 2) * 3 * unitsPerPixel);
    return request;
}

// What MapCanvas::paintEvent does at a new view: the quick frame, drawn onto the window's backing store,
// then (with names) the names layer of the last settled view where that view now lies.
void paintNewView(const app::CanvasRequest& request, render::ScreenGeometry& geometry, QImage& quick,
                  QImage& window, const app::CanvasFrame* names) {
    app::fastFrame(request, geometry, quick);
    QPainter painter(&window);
    painter.drawImage(QPointF(0, 0), quick);
    if (names != nullptr) {
        const double scale = request.pixels.width() / request.area.width();
        const QPointF offset((names->area.left() - request.area.left()) * scale,
                             (request.area.bottom() - names->area.bottom()) * scale);
        for (const QRect& tile : names->labelTiles) { // as MapCanvas::paintNames
            painter.drawImage(offset + tile.topLeft(), names->labels, tile);
        }
    }
}

void measureCanvas(const Prepared& prepared, QSize size, int runs) {
    const app::CanvasRequest request = fullExtent(prepared, size);
    app::CanvasRequest withoutNames = request;
    withoutNames.layers.labels = false;
    const auto before = timeRuns(3, runs, [&](int run) { previousFrame(panned(request, run), true); });
    const auto beforeNoNames =
        timeRuns(3, runs, [&](int run) { previousFrame(panned(request, run), false); });

    render::ScreenGeometry geometry;
    QImage quick, window(size, QImage::Format_ARGB32_Premultiplied);
    const auto buildStart = Clock::now();
    app::fastFrame(request, geometry, quick);
    const double firstFrame = bench::msSince(buildStart);
    const app::CanvasFrame names = app::renderCanvas(request, false);
    // The frame and its two steps apart (the quick frame drawn, then copied onto the window's backing
    // store), interleaved run by run: timed one after the other, a drift of the machine's speed during the
    // run (a virtual machine's neighbours, the clock) showed as a difference between them of up to 2 ms.
    std::vector<double> frame, drawOnly, drawOneThread, present, frameNames;
    const auto timeOnce = [](std::vector<double>& samples, bool keep, auto&& work) {
        const auto start = Clock::now();
        work();
        if (keep) {
            samples.push_back(bench::msSince(start));
        }
    };
    for (int run = 0; run < runs + 3; ++run) {
        const bool keep = run >= 3;
        const app::CanvasRequest view = panned(request, run);
        timeOnce(frame, keep, [&] { paintNewView(view, geometry, quick, window, nullptr); });
        timeOnce(drawOnly, keep, [&] { app::fastFrame(view, geometry, quick); });
        timeOnce(drawOneThread, keep, [&] {
            geometry.draw(quick, *view.layer, *view.style, app::canvasView(view), app::canvasDevicePerMm(1),
                          1);
        });
        timeOnce(present, keep, [&] {
            QPainter painter(&window);
            painter.drawImage(QPointF(0, 0), quick);
        });
        timeOnce(frameNames, keep, [&] { paintNewView(view, geometry, quick, window, &names); });
    }
    // A zoom step past ScreenGeometry::kScaleFactor (1.4x, alternately in and out): the UI thread draws it
    // from the previous scale's geometry, stretched, while a worker builds the geometry of the new scale.
    const auto zoomedBy = [&](double factor) {
        app::CanvasRequest zoomed = request;
        zoomed.area = QRectF(QPointF(), request.area.size() / factor);
        zoomed.area.moveCenter(request.area.center());
        return zoomed;
    };
    const render::ScreenGeometry fullExtentGeometry = app::screenGeometryFor(request);
    const auto zoomStep = timeRuns(3, runs, [&](int run) {
        const app::CanvasRequest zoomed = zoomedBy(run % 2 == 0 ? 1.4 : 1 / 1.4);
        app::drawFastFrame(zoomed, fullExtentGeometry, quick);
        QPainter painter(&window);
        painter.drawImage(QPointF(0, 0), quick);
    });
    const auto geometryBuild = timeRuns(
        2, runs / 3 + 1, [&](int run) { app::screenGeometryFor(zoomedBy(run % 2 == 0 ? 1.4 : 1 / 1.4)); });
    const auto namesLayer =
        timeRuns(2, runs / 3 + 1, [&](int run) { app::renderCanvas(panned(request, run), false); });
    const auto quality =
        timeRuns(2, runs / 3 + 1, [&](int run) { app::renderCanvas(panned(withoutNames, run), true); });
    const auto peerOne = timeRuns(3, runs, [&](int) {
        render::renderChoroplethImage(*request.scene, *request.layer, *request.style, size, 96, 1);
    });

    bench::printCount("runs", runs);
    bench::printText("size", std::to_string(size.width()) + "x" + std::to_string(size.height()));
    bench::printCount("screen_vertices", static_cast<long long>(geometry.vertexCount()));
    bench::printCount("canvas_labels", names.labelCount);
    bench::printFigure("canvas_frame_ms_median", bench::median(frame));
    bench::printFigure("canvas_frame_ms_p90", bench::percentile(frame, 0.9));
    bench::printFigure("canvas_frame_with_names_ms_median", bench::median(frameNames));
    bench::printFigure("canvas_frame_draw_ms_median", bench::median(drawOnly));
    bench::printFigure("canvas_frame_draw_one_thread_ms_median", bench::median(drawOneThread));
    bench::printFigure("canvas_frame_present_ms_median", bench::median(present));
    bench::printFigure("canvas_zoom_step_ms_median", bench::median(zoomStep));
    bench::printFigure("worker_geometry_build_ms_median", bench::median(geometryBuild));
    bench::printFigure("canvas_first_frame_ms", firstFrame);
    bench::printFigure("before_canvas_frame_ms_median", bench::median(before));
    bench::printFigure("before_canvas_frame_no_names_ms_median", bench::median(beforeNoNames));
    bench::printFigure("speedup_vs_before", bench::median(before) / bench::median(frameNames));
    bench::printFigure("worker_names_layer_ms_median", bench::median(namesLayer));
    bench::printFigure("worker_quality_frame_ms_median", bench::median(quality));
    bench::printFigure("peer_render_choropleth_1_thread_ms_median", bench::median(peerOne));
}

} // namespace

int main(int argc, char** argv) {
    const bench::Arguments args(argc, argv);
    if (args.flag("--help")) {
        std::printf("usage: bench_canvas [--boundaries PATH] [--activities FILE] [--runs N] [--width PX] "
                    "[--height PX] [--app EXE [--app-runs N]]\n");
        return 0;
    }
    const std::string boundaries = args.value("--boundaries", bench::defaultBoundaries());
    const std::string activities = args.value("--activities", bench::defaultActivities());
    const int runs = args.integer("--runs", 60);
    const QSize size(args.integer("--width", 1920), args.integer("--height", 1080));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication application(argc, argv);
    ensureGdalRegistered();
    try {
        bench::printMachine();
        measureCanvas(prepare(boundaries, activities), size, runs);
        if (const std::string app = args.value("--app", COUVERTURE_APP_EXE); !app.empty()) {
            printStartup(app, args.integer("--app-runs", 5));
        }
        // The load at the end too: a build may have started meanwhile.
        std::ifstream loadavg("/proc/loadavg");
        std::string oneMinute;
        if (loadavg >> oneMinute) {
            bench::printText("load_average_1m_end", oneMinute);
        }
    } catch (...) {
        return bench::failed();
    }
    return 0;
}
