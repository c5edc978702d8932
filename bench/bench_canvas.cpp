// The map canvas: how long one frame of the 701 communes at full Mali extent takes in a 1920x1080 window
// (target <= 8 ms), against render's own whole-country raster path (renderChoroplethImage, the printed maps'
// painter) at the same size in the same run; what a pan costs the UI thread (the last frame moved); and, with
// --app, how long the application takes from start to the default project's map on screen (target < 1 s).
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

using namespace couverture;
using bench::Clock;

namespace {

template <typename Work> std::vector<double> timeRuns(int warmup, int runs, Work work) {
    for (int i = 0; i < warmup; ++i) {
        work();
    }
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work();
        samples.push_back(bench::msSince(start));
    }
    return samples;
}

// Starts the application on the default project and reads its own figure (map_shown_ms, from main() to the
// first frame drawn); also times the whole process from launch to exit.
void startupRuns(const std::string& app, int runs) {
    std::vector<double> shown, wall;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("XDG_CONFIG_HOME", QDir::tempPath() + "/couverture-bench-config");
        process.setProcessEnvironment(environment);
        const auto start = Clock::now();
        process.start(QString::fromStdString(app),
                      {"--default-project", "--quit-when-shown", "--lang", "fr"});
        if (!process.waitForFinished(120000)) {
            std::fprintf(stderr, "the application did not finish\n");
            return;
        }
        wall.push_back(bench::msSince(start));
        const QString output = QString::fromLocal8Bit(process.readAllStandardOutput());
        const auto match = QRegularExpression("map_shown_ms=(\\d+)").match(output);
        if (match.hasMatch()) {
            shown.push_back(match.captured(1).toDouble());
        }
    }
    bench::printFigure("startup_map_shown_ms_median", bench::median(shown));
    bench::printFigure("startup_map_shown_ms_min",
                       shown.empty() ? 0 : *std::min_element(shown.begin(), shown.end()));
    bench::printFigure("startup_process_wall_ms_median", bench::median(wall));
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
    const int runs = args.integer("--runs", 30);
    const QSize size(args.integer("--width", 1920), args.integer("--height", 1080));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication application(argc, argv);
    ensureGdalRegistered();
    try {
        bench::printMachine();
        const auto prepareStart = Clock::now();
        const BoundaryLoad load = loadBoundaries(boundaries);
        const double boundariesMs = bench::msSince(prepareStart);
        const ActivityTable table = readActivityTable(activities);
        const ReconcileResult reconciled = reconcile(load.tree, table.rows);
        const CoverageTable coverage = computeCoverage(load.tree, table.rows, reconciled.matches);
        const auto sceneStart = Clock::now();
        auto scene = std::make_shared<const render::MapScene>(render::buildMapScene(load.tree));
        const double sceneMs = bench::msSince(sceneStart);
        auto style = std::make_shared<const render::MapStyle>(render::loadMapStyle());
        render::ensureFonts(*style);
        render::ThematicSpec spec; // organisations per commune, the default project's map
        auto layer = std::make_shared<const render::ThematicLayer>(
            render::prepareThematic(*scene, coverage, spec, *style));
        bench::printFigure("load_boundaries_ms", boundariesMs);
        bench::printFigure("scene_build_ms", sceneMs);
        bench::printCount("communes", static_cast<long long>(scene->level(AdminLevel::Commune).size()));

        // The canvas's view of the whole country, as MapCanvas::zoomToExtent sets it.
        const QRectF extent = scene->extent();
        const double unitsPerPixel =
            std::max(extent.width() / size.width(), extent.height() / size.height()) * 1.04;
        app::CanvasRequest request;
        request.scene = scene;
        request.layer = layer;
        request.style = style;
        request.pixels = size;
        request.area = QRectF(extent.center().x() - size.width() * unitsPerPixel / 2,
                              extent.center().y() - size.height() * unitsPerPixel / 2,
                              size.width() * unitsPerPixel, size.height() * unitsPerPixel);
        int labels = 0;
        const auto canvas = timeRuns(3, runs, [&] { labels = app::renderCanvas(request).labels; });
        request.layers.labels = false;
        const auto canvasNoLabels = timeRuns(3, runs, [&] { app::renderCanvas(request); });
        const auto peerOne =
            timeRuns(3, runs, [&] { render::renderChoroplethImage(*scene, *layer, *style, size, 96, 1); });
        const auto peerTwo =
            timeRuns(3, runs, [&] { render::renderChoroplethImage(*scene, *layer, *style, size, 96, 2); });

        // A pan: the UI thread draws the last frame moved by a few pixels, nothing else.
        const QImage frame = app::renderCanvas(request).image;
        QImage window(size, QImage::Format_RGB32);
        const auto pan = timeRuns(3, runs, [&] {
            QPainter painter(&window);
            painter.fillRect(window.rect(), Qt::white);
            painter.drawImage(QPointF(7, -3), frame);
        });

        bench::printCount("runs", runs);
        bench::printText("size", std::to_string(size.width()) + "x" + std::to_string(size.height()));
        bench::printCount("canvas_labels", labels);
        bench::printFigure("canvas_frame_ms_median", bench::median(canvas));
        bench::printFigure("canvas_frame_no_labels_ms_median", bench::median(canvasNoLabels));
        bench::printFigure("peer_render_choropleth_1_thread_ms_median", bench::median(peerOne));
        bench::printFigure("peer_render_choropleth_2_threads_ms_median", bench::median(peerTwo));
        bench::printFigure("ratio_canvas_vs_peer_1_thread", bench::median(canvas) / bench::median(peerOne));
        bench::printFigure("pan_repaint_ms_median", bench::median(pan));
        if (const std::string app = args.value("--app", COUVERTURE_APP_EXE); !app.empty()) {
            startupRuns(app, args.integer("--app-runs", 5));
        }
    } catch (...) {
        return bench::failed();
    }
    return 0;
}
