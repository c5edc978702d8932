#include "app/app_run.h"

#include "app/dialogs/export_dialog.h"
#include "app/i18n/language.h"
#include "app/main_window.h"
#include "app/review/review_panel.h"
#include "core/gdal_support.h"
#include "core/platform/platform.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSettings>
#include <QTabWidget>
#include <QThreadPool>
#include <QTimer>
#include <cstdio>
#include <optional>

namespace couverture::app {
namespace {

void waitFor(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

void settle(MainWindow& window) {
    QCoreApplication::processEvents();
    waitFor([&] { return !window.canvas()->rendering(); }, 5000);
    QCoreApplication::processEvents();
}

// Opens `window` on `project` (or adopts `session`) and connects the language switch, which rebuilds the
// window with the new texts and the same project.
MainWindow* makeWindow(const QString& project, SessionState* session) {
    std::optional<PreloadedProject> preloaded;
    if (session == nullptr && !project.isEmpty()) {
        try {
            preloaded = preloadProject(project); // reading starts while the window is built
        } catch (const InputError&) {
            // openProject below says what is wrong with the file
        }
    }
    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(window, &MainWindow::languageChangeRequested, window, [window](const QString& language) {
        installLanguage(language);
        window->stopBackgroundWork();
        SessionState state = window->session();
        const QByteArray geometry = window->saveGeometry();
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->hide();
        window->deleteLater();
        MainWindow* rebuilt = makeWindow({}, &state);
        rebuilt->restoreGeometry(geometry);
        rebuilt->show();
    });
    if (session != nullptr) {
        window->adoptSession(std::move(*session));
    } else if (preloaded) {
        window->openProject(std::move(*preloaded));
    } else if (!project.isEmpty()) {
        window->openProject(project);
    }
    return window;
}

// Every analysis of the project in turn, with its options as the project keeps them: the map with the
// analysis panel, then its first table, then the export dialog. The project's own analysis is put back
// afterwards.
template <typename Grab> void grabAnalyses(MainWindow& window, Grab&& grab) {
    const AnalysisSettings kept = window.project().analysis;
    auto* dock = window.findChild<QDockWidget*>("analysis");
    for (AnalysisKind kind : kAnalysisKinds) {
        if (kind == AnalysisKind::Coverage) {
            continue;
        }
        AnalysisSettings settings = kept;
        settings.kind = kind;
        window.showMapTab();
        window.setAnalysis(settings);
        waitFor([&] { return !window.isAnalysing(); }, 300000);
        if (dock != nullptr) {
            dock->raise();
        }
        settle(window);
        grab(window, "analysis_" + analysisKey(kind));
        window.showTablesTab();
        settle(window);
        grab(window, "analysis_" + analysisKey(kind) + "_table");
        // The export dialog with this analysis in view: its printed map in the preview.
        if (ExportDialog* dialog = window.makeExportDialog()) {
            dialog->show();
            dialog->refreshPreview();
            QCoreApplication::processEvents();
            grab(*dialog, "analysis_" + analysisKey(kind) + "_export");
            delete dialog;
        }
    }
    window.showMapTab();
    window.setAnalysis(kept);
    waitFor([&] { return !window.isAnalysing(); }, 300000);
}

} // namespace

QString defaultProjectPath() {
    // Installed: <prefix>/bin/couverture-app and <prefix>/share/couverture/default.couverture.
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath("../share/couverture/default.couverture");
    if (QFileInfo::exists(installed)) {
        return QDir::cleanPath(installed);
    }
    return QStringLiteral(COUVERTURE_DEFAULT_PROJECT);
}

QString startupProject() {
    const QStringList recent = QSettings().value("recent_projects").toStringList();
    if (!recent.isEmpty() && QFileInfo::exists(recent.front())) {
        return recent.front();
    }
    return defaultProjectPath();
}

QStringList saveScreenshots(MainWindow& window, const QString& folder, const QString& prefix) {
    QDir().mkpath(folder);
    QStringList files;
    const auto grab = [&](QWidget& widget, const QString& view) {
        QCoreApplication::processEvents();
        const QString path = QDir(folder).filePath(prefix + "_" + view + ".png");
        if (widget.grab().save(path)) {
            files << path;
        }
    };
    window.showMapTab();
    settle(window);
    grab(window, "map");

    window.showReview();
    if (!window.reviewPanel()->places().empty()) {
        window.reviewPanel()->selectPlace(0);
    }
    settle(window);
    grab(window, "review");

    window.showTablesTab();
    settle(window);
    grab(window, "tables");
    window.showMapTab();
    window.canvas()->zoomToExtent();
    window.canvas()->highlight({});

    grabAnalyses(window, grab);

    if (ExportDialog* dialog = window.makeExportDialog()) {
        dialog->show();
        dialog->refreshPreview();
        QCoreApplication::processEvents();
        grab(*dialog, "export");
        delete dialog;
    }
    return files;
}

int runApplication(int argc, char** argv) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    platform::avoidSessionBusLaunch(); // before Qt connects to the bus
    QApplication application(argc, argv);
    QApplication::setOrganizationName("Couverture");
    QApplication::setApplicationName("Couverture");
    QApplication::setApplicationVersion(COUVERTURE_VERSION);
    QApplication::setWindowIcon(QIcon(":/couverture.svg"));
    ensureGdalRegistered();

    // --help in the saved (or the system's) language; --lang, read below, may change it for the window.
    installLanguage(preferredLanguage());
    const auto text = [](const char* source) { return QCoreApplication::translate("Main", source); };
    QCommandLineParser parser;
    parser.setApplicationDescription(
        text(QT_TRANSLATE_NOOP("Main", "Couverture: who does what where, on the map")));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        "project", text(QT_TRANSLATE_NOOP("Main", "a .couverture project or a table to import")));
    const QCommandLineOption languageOption("lang",
                                            text(QT_TRANSLATE_NOOP("Main", "interface language (fr or en)")),
                                            text(QT_TRANSLATE_NOOP("Main", "language")));
    const QCommandLineOption screenshotOption(
        "screenshot", text(QT_TRANSLATE_NOOP("Main", "save the main views as PNG into FOLDER, then quit")),
        text(QT_TRANSLATE_NOOP("Main", "folder")));
    const QCommandLineOption shownOption(
        "quit-when-shown",
        text(QT_TRANSLATE_NOOP("Main", "print the time until the map is drawn, then quit")));
    const QCommandLineOption defaultOption(
        "default-project",
        text(QT_TRANSLATE_NOOP("Main", "open the default project, whatever was open last")));
    parser.addOptions({languageOption, screenshotOption, shownOption, defaultOption});
    parser.process(application);

    const QString language =
        parser.isSet(languageOption) ? parser.value(languageOption) : preferredLanguage();
    installLanguage(language);

    const QStringList arguments = parser.positionalArguments();
    QString project = parser.isSet(defaultOption) ? defaultProjectPath() : startupProject();
    QString table;
    if (!arguments.isEmpty()) {
        if (arguments.front().endsWith(".couverture")) {
            project = arguments.front();
        } else {
            table = arguments.front();
        }
    }
    MainWindow* window = makeWindow(project, nullptr);
    window->show();
    if (!table.isEmpty()) {
        QTimer::singleShot(0, window, [window, table] { window->importFile(table); });
    }

    const bool screenshots = parser.isSet(screenshotOption);
    if (screenshots || parser.isSet(shownOption)) {
        const QString folder = parser.value(screenshotOption);
        QObject::connect(window->canvas(), &MapCanvas::mapShown, window, [=, &sinceStart]() {
            static bool done = false;
            if (done || window->isLoading() || window->workspace() == nullptr) {
                return;
            }
            done = true;
            std::printf("map_shown_ms=%lld\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(0, window, [=] {
                if (screenshots) {
                    for (const QString& file : saveScreenshots(*window, folder, language)) {
                        std::printf("screenshot=%s\n", qPrintable(file));
                    }
                }
                window->setWindowModified(false);
                QCoreApplication::exit(0);
            });
        });
    }
    const int status = QApplication::exec();
    // Frames and the review's ranking may still be on worker threads: they need the application (fonts).
    QThreadPool::globalInstance()->waitForDone();
    return status;
}

} // namespace couverture::app
