#include "app/main_window.h"

#include "app/dialogs/export_dialog.h"
#include "app/dialogs/import_dialog.h"
#include "app/dialogs/unit_rows_dialog.h"
#include "app/i18n/language.h"
#include "app/panels/analysis_panel.h"
#include "app/panels/panels.h"
#include "app/review/review_panel.h"
#include "app/tables/table_view.h"
#include "core/commands.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCompleter>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringListModel>
#include <QTabWidget>
#include <QToolBar>
#include <QToolTip>
#include <QtConcurrent/QtConcurrentRun>
#include <set>
#include <unordered_map>

namespace couverture::app {
namespace {

constexpr int kMaxRecent = 8;

QString fileFilter() {
    return MainWindow::tr("Couverture projects (*.couverture)");
}

// The sectors a table names, sorted, for the analysis panel's choice.
QStringList sectorsOf(const LoadedSource& source) {
    std::set<std::string> sectors;
    for (const ActivityRow& row : source.table.rows) {
        if (const std::string& sector = row.cell(Role::Sector); !sector.empty()) {
            sectors.insert(sector);
        }
    }
    QStringList list;
    for (const std::string& sector : sectors) {
        list << QString::fromStdString(sector);
    }
    return list;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), tabs_(new QTabWidget(this)), canvas_(new MapCanvas(this)),
      tables_(new QTabWidget(this)), matchTable_(new TableView(this)), counts_(new QLabel(this)),
      status_(new QLabel(this)), loadProgress_(new QProgressBar(this)) {
    setWindowIcon(QIcon(":/couverture.svg"));
    setAcceptDrops(true);
    try {
        style_ = std::make_shared<const render::MapStyle>(render::loadMapStyle());
    } catch (const InputError& error) {
        QMessageBox::critical(
            this, tr("Couverture"),
            tr("The map style cannot be read: %1").arg(QString::fromStdString(describe(error.problem))));
        style_ = std::make_shared<const render::MapStyle>();
    }
    render::ensureFonts(*style_); // on the UI thread, before any frame is drawn on a worker
    tabs_->addTab(canvas_, tr("Map"));
    for (AdminLevel level : kMappedLevels) {
        auto* view = new TableView(tables_);
        coverageTables_.push_back(view);
        tables_->addTab(
            view,
            tr("Coverage by %1")
                .arg(QString::fromUtf8(levelLabel(level, installedLanguage().toStdString())).toLower()));
    }
    tables_->addTab(matchTable_, tr("Match report"));
    tabs_->addTab(tables_, tr("Tables"));
    setCentralWidget(tabs_);

    counts_->setTextFormat(Qt::RichText);
    counts_->setToolTip(tr("How the rows of the table in view were placed on the map"));
    loadProgress_->setRange(0, 0);
    loadProgress_->setMaximumWidth(160);
    loadProgress_->setVisible(false);
    statusBar()->addWidget(status_, 1);
    statusBar()->addPermanentWidget(loadProgress_);
    statusBar()->addPermanentWidget(counts_);

    buildDocks();
    buildMenus();
    connect(&loader_, &QFutureWatcher<std::shared_ptr<Workspace>>::finished, this,
            &MainWindow::loadingFinished);
    connect(&reviewer_, &QFutureWatcher<std::vector<ReviewPlace>>::finished, this, [this] {
        reviewPending_ = false;
        if (workspace_ && reviewer_.property("generation").toULongLong() == reviewGeneration_) {
            review_->setPlaces(&workspace_->tree(), reviewer_.result());
        }
    });
    connect(&analyser_, &QFutureWatcher<AnalysisOutput>::finished, this, &MainWindow::analysisFinished);
    analysisTicker_.setInterval(100);
    connect(&analysisTicker_, &QTimer::timeout, this, [this] {
        if (analysisProgress_) {
            analysis_->setRunning(analysisProgress_->permille / 1000.0);
        }
    });
    connect(tabs_, &QTabWidget::currentChanged, this, [this] {
        if (tabs_->currentWidget() == tables_) {
            fillTables();
        }
    });
    connect(canvas_, &MapCanvas::unitHovered, this, &MainWindow::showUnitTooltip);
    connect(canvas_, &MapCanvas::unitClicked, this, &MainWindow::showUnitRows);
    canvas_->setMessage(tr("Open a project or drop a table on the window."));
    updateTitle();
    resize(1500, 940);
}

MainWindow::~MainWindow() {
    stopBackgroundWork();
    loader_.waitForFinished();
}

void MainWindow::stopBackgroundWork() {
    if (analysisProgress_) {
        analysisProgress_->cancel = true;
    }
    analyser_.waitForFinished();
    reviewer_.waitForFinished();
}

PreloadedProject preloadProject(const QString& path) {
    PreloadedProject preloaded;
    preloaded.path = QFileInfo(path).absoluteFilePath();
    preloaded.project = loadProject(path);
    preloaded.workspace = QtConcurrent::run(
        [project = preloaded.project] { return std::make_shared<Workspace>(loadWorkspace(project)); });
    return preloaded;
}

void MainWindow::buildDocks() {
    const QString language = installedLanguage();
    layers_ = new LayersPanel(*style_, language, this);
    filters_ = new FiltersPanel(this);
    analysis_ = new AnalysisPanel(this);
    legend_ = new LegendPanel(this);
    review_ = new ReviewPanel(this);
    const auto addDock = [this](QWidget* widget, const QString& title, const QString& name,
                                Qt::DockWidgetArea area) {
        auto* dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        addDockWidget(area, dock);
        return dock;
    };
    QDockWidget* layers = addDock(layers_, tr("Layers"), "layers", Qt::LeftDockWidgetArea);
    // Scrolled: the options of gaps and targets are taller than the dock beside the filters.
    auto* analysisScroll = new QScrollArea(this);
    analysisScroll->setWidget(analysis_);
    analysisScroll->setWidgetResizable(true);
    analysisScroll->setFrameShape(QFrame::NoFrame);
    analysisScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QDockWidget* analysis = addDock(analysisScroll, tr("Analysis"), "analysis", Qt::LeftDockWidgetArea);
    QDockWidget* filters = addDock(filters_, tr("Filters"), "filters", Qt::LeftDockWidgetArea);
    addDock(legend_, tr("Legend"), "legend", Qt::RightDockWidgetArea);
    reviewDock_ = addDock(review_, tr("Match review"), "review", Qt::BottomDockWidgetArea);
    tabifyDockWidget(layers, analysis);
    layers->raise();
    resizeDocks({filters}, {400}, Qt::Vertical);
    resizeDocks({reviewDock_}, {300}, Qt::Vertical);
    connect(layers_, &LayersPanel::changed, this, &MainWindow::viewEdited);
    connect(filters_, &FiltersPanel::changed, this, &MainWindow::filterEdited);
    connect(analysis_, &AnalysisPanel::changed, this, &MainWindow::analysisEdited);
    connect(review_, &ReviewPanel::decided, this, &MainWindow::applyDecision);
    connect(review_, &ReviewPanel::candidatesShown, this,
            [this](const std::vector<UnitId>& units, UnitId selected) {
                canvas_->highlight(units);
                if (selected != kNoUnit && workspace_) {
                    const UnitId parent = workspace_->tree().unit(selected).parent;
                    canvas_->zoomToUnit(parent != kNoUnit &&
                                                workspace_->tree().unit(parent).level != AdminLevel::Country
                                            ? parent
                                            : selected);
                }
            });
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New project"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    recentMenu_ = file->addMenu(tr("Open &recent"));
    file->addAction(tr("&Save"), QKeySequence::Save, this, [this] { save(); });
    file->addAction(tr("Save &as…"), QKeySequence::SaveAs, this, &MainWindow::saveAsDialog);
    file->addSeparator();
    file->addAction(tr("&Import a table or boundaries…"), QKeySequence(tr("Ctrl+I")), this,
                    &MainWindow::importDialog);
    file->addAction(tr("&Export the map…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    updateRecentMenu();

    viewMenu_ = menuBar()->addMenu(tr("&View"));
    viewMenu_->addAction(tr("Whole &country"), QKeySequence(Qt::Key_Home), canvas_, &MapCanvas::zoomToExtent);
    viewMenu_->addAction(tr("Zoom &in"), QKeySequence::ZoomIn, this, [this] {
        canvas_->zoomBy(1.5, QPointF(canvas_->width() / 2.0, canvas_->height() / 2.0));
    });
    viewMenu_->addAction(tr("Zoom &out"), QKeySequence::ZoomOut, this, [this] {
        canvas_->zoomBy(1 / 1.5, QPointF(canvas_->width() / 2.0, canvas_->height() / 2.0));
    });
    viewMenu_->addSeparator();
    viewMenu_->addAction(tr("&Map"), this, &MainWindow::showMapTab);
    viewMenu_->addAction(tr("&Tables"), this, &MainWindow::showTablesTab);
    viewMenu_->addAction(tr("Match &review"), this, &MainWindow::showReview);
    viewMenu_->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>()) {
        viewMenu_->addAction(dock->toggleViewAction());
    }

    QMenu* language = menuBar()->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    for (const auto& [code, name] :
         {std::pair{QString("fr"), QString("Français")}, std::pair{QString("en"), QString("English")}}) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(installedLanguage() == code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (code != installedLanguage()) {
                savePreferredLanguage(code);
                emit languageChangeRequested(code);
            }
        });
    }
    // Zoom to a unit by its name: région, cercle or commune, with its P-code to tell namesakes apart.
    QToolBar* toolbar = addToolBar(tr("Find"));
    toolbar->setObjectName("find");
    toolbar->addWidget(new QLabel(tr("Zoom to a unit: "), toolbar));
    unitSearch_ = new QLineEdit(toolbar);
    unitSearch_->setPlaceholderText(tr("Name of a région, cercle or commune"));
    unitSearch_->setClearButtonEnabled(true);
    unitSearch_->setMaximumWidth(320);
    toolbar->addWidget(unitSearch_);
    connect(unitSearch_, &QLineEdit::returnPressed, this, [this] { zoomToUnitNamed(unitSearch_->text()); });
    unitNames_ = new QStringListModel(this);
    auto* completer = new QCompleter(unitNames_, unitSearch_);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, &MainWindow::zoomToUnitNamed);
    unitSearch_->setCompleter(completer);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Couverture"), this, [this] {
        QMessageBox::about(
            this, tr("About Couverture"),
            tr("<b>Couverture %1</b><br>Who does what where in Mali: activity tables joined to the "
               "administrative boundaries, coverage tables and report-grade maps.")
                .arg(COUVERTURE_VERSION));
    });
}

// --- Projects
// ------------------------------------------------------------------------------------------------

bool MainWindow::openProject(const QString& path) {
    try {
        project_ = loadProject(path);
    } catch (const InputError& error) {
        QMessageBox::warning(this, tr("Open a project"), QString::fromStdString(describe(error.problem)));
        return false;
    }
    projectPath_ = QFileInfo(path).absoluteFilePath();
    dirty_ = false;
    rememberRecent(projectPath_);
    updateTitle();
    startLoading();
    return true;
}

void MainWindow::openProject(PreloadedProject preloaded) {
    project_ = std::move(preloaded.project);
    projectPath_ = preloaded.path;
    dirty_ = false;
    rememberRecent(projectPath_);
    updateTitle();
    loader_.setFuture(preloaded.workspace);
    startWatchingLoader();
}

void MainWindow::adoptSession(SessionState session) {
    project_ = std::move(session.project);
    projectPath_ = session.projectPath;
    dirty_ = session.dirty;
    workspace_ = std::move(session.workspace);
    updateTitle();
    if (workspace_) {
        // The matches' reasons are sentences in the language they were made in (a session is adopted
        // after a language switch): matched again, in this window's. The 3W's 24,088 rows take ~10 ms.
        matchSourcesAgain();
        workspaceChanged();
    } else if (!project_.boundaries.isEmpty()) {
        startLoading();
    }
}

SessionState MainWindow::session() const {
    return {project_, projectPath_, dirty_, workspace_};
}

void MainWindow::startLoading() {
    if (loader_.isRunning()) {
        loader_.waitForFinished();
    }
    const Project project = project_;
    loader_.setFuture(QtConcurrent::run([project]() -> std::shared_ptr<Workspace> {
        return std::make_shared<Workspace>(loadWorkspace(project));
    }));
    startWatchingLoader();
}

void MainWindow::startWatchingLoader() {
    canvas_->setMessage(tr("Reading the boundaries and the tables…"));
    loadProgress_->setVisible(true);
    status_->setText(tr("Loading %1").arg(QFileInfo(projectPath_).fileName()));
}

void MainWindow::loadingFinished() {
    loadProgress_->setVisible(false);
    reviewer_.waitForFinished(); // it may still read the workspace being replaced
    try {
        workspace_ = loader_.result();
    } catch (const InputError& error) {
        workspace_.reset();
        loadError_ = QString::fromStdString(describe(error.problem));
        canvas_->setMessage(tr("The boundaries cannot be read: %1").arg(loadError_));
        status_->setText(loadError_);
        return;
    } catch (const std::exception& error) {
        workspace_.reset();
        canvas_->setMessage(tr("The project cannot be loaded: %1").arg(QString::fromUtf8(error.what())));
        return;
    }
    workspaceChanged();
    emit projectLoaded();
}

void MainWindow::zoomToUnitNamed(const QString& text) {
    if (!workspace_) {
        return;
    }
    const AdminTree& tree = workspace_->tree();
    for (const AdminUnit& unit : tree.units()) {
        const QString label =
            QString("%1 (%2)").arg(QString::fromStdString(unit.name), QString::fromStdString(unit.pcode));
        if (unit.level != AdminLevel::Country &&
            (label == text || QString::fromStdString(unit.name).compare(text, Qt::CaseInsensitive) == 0)) {
            showMapTab();
            canvas_->zoomToUnit(unit.id);
            canvas_->highlight({unit.id});
            return;
        }
    }
    status_->setText(tr("No unit is named %1").arg(text));
}

void MainWindow::workspaceChanged() {
    QStringList names;
    for (const AdminUnit& unit : workspace_->tree().units()) {
        if (unit.level != AdminLevel::Country) {
            names << QString("%1 (%2)").arg(QString::fromStdString(unit.name),
                                            QString::fromStdString(unit.pcode));
        }
    }
    unitNames_->setStringList(names);
    QStringList labels;
    for (const auto& source : workspace_->sources) {
        labels << (source.ok() ? source.spec.label : tr("%1 (cannot be read)").arg(source.spec.label));
    }
    layers_->setSources(labels);
    project_.view.activeSource =
        std::clamp(project_.view.activeSource, 0, std::max(0, static_cast<int>(labels.size()) - 1));
    layers_->setState(project_.view);
    QStringList sectors;
    if (const LoadedSource* source = activeSource()) {
        sectors = sectorsOf(*source);
    }
    analysis_->setChoices(sectors, labels, project_.view.activeSource);
    analysis_->setSettings(project_.analysis);
    analysisOutput_.reset();
    if (const LoadedSource* source = activeSource()) {
        filters_->setChoices(source->table.rows);
    }
    filters_->setState(project_.filter);
    for (const auto& source : workspace_->sources) {
        if (!source.ok()) {
            QMessageBox::warning(this, tr("A table cannot be read"), source.error);
        }
    }
    const int tables = static_cast<int>(workspace_->sources.size());
    status_->setText(tr("%1 communes, %n tables", nullptr, tables)
                         .arg(workspace_->tree().level(AdminLevel::Commune).size()));
    refreshMap();
    refreshTables();
    refreshReviewLater();
}

const LoadedSource* MainWindow::activeSource() const {
    if (!workspace_ || workspace_->sources.empty()) {
        return nullptr;
    }
    const auto index = static_cast<std::size_t>(
        std::clamp(project_.view.activeSource, 0, static_cast<int>(workspace_->sources.size()) - 1));
    const LoadedSource& source = workspace_->sources[index];
    return source.ok() ? &source : nullptr;
}

void MainWindow::refreshMap() {
    if (!workspace_) {
        return;
    }
    const LoadedSource* source = activeSource();
    if (source == nullptr) {
        coverage_ = std::make_shared<const CoverageTable>(computeCoverage(
            workspace_->tree(), std::vector<ActivityRow>{}, std::vector<Match>{}, CoverageOptions{}));
    } else {
        coverage_ =
            std::make_shared<const CoverageTable>(sourceCoverage(*workspace_, *source, project_.filter));
    }
    render::ThematicSpec spec;
    spec.level = project_.view.level;
    spec.figure = project_.view.figure.toStdString();
    try {
        layer_ = std::make_shared<const render::ThematicLayer>(
            render::prepareThematic(*workspace_->scene, *coverage_, spec, *style_));
    } catch (const InputError& error) {
        canvas_->setMessage(QString::fromStdString(describe(error.problem)));
        return;
    }
    refreshCounts();
    if (project_.analysis.kind == AnalysisKind::Coverage) {
        showCoverageMap();
    } else {
        refreshAnalysis(); // the coverage map stays until the analysis's own arrives
        if (analysisOutput_ == nullptr || analysisOutput_->layer == nullptr) {
            showCoverageMap();
        }
    }
}

void MainWindow::setCanvasLayer(std::shared_ptr<const render::ThematicLayer> layer) {
    CanvasLayers layers{project_.view.showRegions, project_.view.showCercles, project_.view.showCommunes,
                        project_.view.showLabels};
    canvas_->setMap(workspace_->scene, std::move(layer),
                    std::make_shared<const render::MapStyle>(styleWithLayers(*style_, layers)));
    canvas_->setLayers(layers);
}

void MainWindow::showCoverageMap() {
    setCanvasLayer(layer_);
    canvas_->setPoints({});
    if (activeSource() == nullptr) {
        canvas_->setMessage(tr("No table to map: import an activity table (File › Import)."));
    } else if (coverage_->rowsUsed == 0) {
        const int left = static_cast<int>(coverage_->rowsFiltered);
        canvas_->setMessage(tr("The filters leave no activity row (%n rows left out): nothing to map. "
                               "Clear a filter to see the map again.",
                               nullptr, left));
    } else {
        canvas_->setMessage({});
    }
    const std::string language = installedLanguage().toStdString();
    legend_->setLegend(
        figureLabel(*style_, installedLanguage(), layer_->spec.figure) + " — " +
            QString::fromStdString(std::string(levelLabel(layer_->spec.level, language))),
        render::legendEntries(*layer_, workspace_->scene->level(layer_->spec.level), *style_, language));
}

void MainWindow::refreshTables(bool withMatchReport) {
    coverageTablesStale_ = true;
    matchTableStale_ = matchTableStale_ || withMatchReport;
    if (tabs_->currentWidget() == tables_) {
        fillTables();
    }
}

void MainWindow::fillTables() {
    if (!workspace_ || !coverage_) {
        return;
    }
    if (analysisTablesStale_ && analysisOutput_ != nullptr) {
        analysisTablesStale_ = false;
        for (std::size_t i = 0; i < analysisTables_.size() && i < analysisOutput_->tables.size(); ++i) {
            analysisTables_[i]->setTable(analysisOutput_->tables[i].table);
        }
    }
    if (coverageTablesStale_) {
        coverageTablesStale_ = false;
        for (std::size_t i = 0; i < kMappedLevels.size(); ++i) {
            coverageTables_[i]->setTable(
                couverture::coverageTable(workspace_->tree(), *coverage_, kMappedLevels[i], false));
        }
    }
    if (const LoadedSource* source = activeSource(); source != nullptr && matchTableStale_) {
        matchTableStale_ = false;
        // core's matchReportTable needs a JoinedActivities; the workspace keeps its parts apart. The methods
        // stay codes, as the command line writes them (the table view shows them in words); the reasons are
        // in the language the table was matched in.
        OutputTable report;
        report.name = "match_report";
        report.columns = {{"row", "", OutputColumn::Type::Integer}, {"method", "", OutputColumn::Type::Text},
                          {"level", "", OutputColumn::Type::Text},  {"pcode", "", OutputColumn::Type::Text},
                          {"name", "", OutputColumn::Type::Text},   {"score", "", OutputColumn::Type::Real},
                          {"reason", "", OutputColumn::Type::Text}};
        const AdminTree& tree = workspace_->tree();
        for (std::size_t i = 0; i < source->table.rows.size(); ++i) {
            const Match& match = source->reconciled.matches[i]; // its reason in the window's language
            const bool placed = match.unit != kNoUnit;
            report.rows.push_back(
                {std::to_string(source->table.rows[i].row), std::string(methodKey(match.method)),
                 placed ? std::string(levelKey(match.level)) : "", placed ? tree.unit(match.unit).pcode : "",
                 placed ? tree.unit(match.unit).name : "", placed ? formatNumber(match.score) : "",
                 match.reason});
        }
        matchTable_->setTable(std::move(report));
    }
}

void MainWindow::refreshReview() {
    ++reviewGeneration_;
    reviewer_.waitForFinished();
    const LoadedSource* source = activeSource();
    if (!workspace_ || source == nullptr) {
        review_->setPlaces(nullptr, {});
        return;
    }
    review_->setPlaces(&workspace_->tree(), reviewPlaces(workspace_->tree(), *source));
}

void MainWindow::refreshReviewLater() {
    ++reviewGeneration_;
    reviewer_.waitForFinished();
    const LoadedSource* source = activeSource();
    if (!workspace_ || source == nullptr) {
        review_->setPlaces(nullptr, {});
        return;
    }
    review_->setWaiting();
    reviewPending_ = true;
    reviewer_.setProperty("generation", reviewGeneration_);
    // The workspace is kept alive by the worker; what would change its sources waits for it first.
    reviewer_.setFuture(QtConcurrent::run(
        [workspace = workspace_, source] { return reviewPlaces(workspace->tree(), *source); }));
}

QString MainWindow::methodCountsText() const {
    const LoadedSource* source = activeSource();
    if (source == nullptr) {
        return {};
    }
    QStringList parts;
    std::int64_t placed = 0;
    for (MatchMethod method : kAllMethods) {
        const auto count = source->reconciled.countByMethod[static_cast<std::size_t>(method)];
        if (method != MatchMethod::Unmatched) {
            placed += count;
        }
        parts << QString("%1 <b>%2</b>").arg(methodLabel(method)).arg(count);
    }
    const int total = static_cast<int>(source->table.rows.size());
    return tr("%1 of %n rows on the map", nullptr, total).arg(placed) + " — " + parts.join(" · ");
}

void MainWindow::refreshCounts() {
    counts_->setText(methodCountsText());
}

QString MainWindow::statusMessage() const {
    return canvas_->message();
}

TableView* MainWindow::coverageTable(AdminLevel level) {
    fillTables();
    return coverageTables_[static_cast<std::size_t>(level) - 1];
}

void MainWindow::viewEdited() {
    const int previousSource = project_.view.activeSource;
    project_.view = layers_->state(project_.view);
    if (project_.view.activeSource != previousSource) {
        if (const LoadedSource* source = activeSource()) {
            filters_->setChoices(source->table.rows);
            QStringList tables;
            for (const auto& loaded : workspace_->sources) {
                tables << loaded.spec.label;
            }
            analysis_->setChoices(sectorsOf(*source), tables, project_.view.activeSource);
        }
        refreshReview();
    }
    markDirty();
    refreshMap();
    refreshTables();
}

void MainWindow::filterEdited() {
    project_.filter = filters_->state();
    markDirty();
    refreshMap();
    refreshTables(false);
}

void MainWindow::setFilter(const FilterState& filter) {
    filters_->setState(filter);
    filterEdited();
}

void MainWindow::applyDecision(const ReviewPlace& decidedPlace, UnitId unit, bool rejected) {
    const ReviewPlace place = decidedPlace; // the review list, which may hold it, is rebuilt below
    reviewer_.waitForFinished();            // it reads the matches changed here
    if (!workspace_ || !recordDecision(project_, place, workspace_->tree(), unit, rejected)) {
        return;
    }
    // Every table of the project is matched again: an alias holds wherever its place appears.
    matchSourcesAgain();
    markDirty();
    refreshMap();
    refreshTables();
    refreshReview();
    status_->setText(rejected ? tr("Place rejected: its rows stay unmatched.")
                              : tr("Decision saved as an alias: %1 → %2")
                                    .arg(QString::fromStdString(place.input),
                                         QString::fromStdString(workspace_->tree().unit(unit).name)));
}

void MainWindow::matchSourcesAgain() {
    for (LoadedSource& source : workspace_->sources) {
        if (!source.ok()) {
            continue;
        }
        try {
            source.reconciled =
                reconcileSource(workspace_->tree(), source.table, project_, source.spec.codeKeys);
        } catch (const InputError& error) { // a code key removed since the table was loaded
            source.error = QString::fromStdString(describe(error.problem));
        }
    }
}

void MainWindow::markDirty() {
    if (!dirty_) {
        dirty_ = true;
        updateTitle();
    }
}

void MainWindow::updateTitle() {
    const QString name = projectPath_.isEmpty() ? tr("New project") : QFileInfo(projectPath_).fileName();
    setWindowTitle(QString("%1[*] — Couverture").arg(name));
    setWindowModified(dirty_);
}

bool MainWindow::saveProjectAs(const QString& path) {
    try {
        saveProject(project_, path);
    } catch (const OutputError& error) {
        QMessageBox::warning(this, tr("Save the project"), QString::fromStdString(describe(error.problem)));
        return false;
    }
    projectPath_ = QFileInfo(path).absoluteFilePath();
    dirty_ = false;
    rememberRecent(projectPath_);
    updateTitle();
    status_->setText(tr("Saved %1").arg(QDir::toNativeSeparators(projectPath_)));
    return true;
}

bool MainWindow::save() {
    if (projectPath_.isEmpty()) {
        saveAsDialog();
        return !dirty_;
    }
    return saveProjectAs(projectPath_);
}

void MainWindow::saveAsDialog() {
    QString path = QFileDialog::getSaveFileName(this, tr("Save the project"), projectPath_, fileFilter());
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(".couverture")) {
        path += ".couverture";
    }
    saveProjectAs(path);
}

bool MainWindow::maybeSave() {
    if (!dirty_) {
        return true;
    }
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The project has changes that are not saved. Save them?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return save();
    }
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (maybeSave()) {
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::newProject() {
    if (!maybeSave()) {
        return;
    }
    project_ = Project{};
    projectPath_.clear();
    workspace_.reset();
    dirty_ = false;
    updateTitle();
    canvas_->setMap(nullptr, nullptr, nullptr);
    canvas_->setMessage(
        tr("Import the boundaries, then an activity table (File › Import, or drop the files here)."));
}

void MainWindow::openDialog() {
    if (!maybeSave()) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a project"),
                                                      QFileInfo(projectPath_).absolutePath(), fileFilter());
    if (!path.isEmpty()) {
        openProject(path);
    }
}

void MainWindow::rememberRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value("recent_projects").toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    settings.setValue("recent_projects", recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu() {
    if (recentMenu_ == nullptr) {
        return;
    }
    recentMenu_->clear();
    const QStringList recent = QSettings().value("recent_projects").toStringList();
    for (const QString& path : recent) {
        recentMenu_->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (maybeSave()) {
                openProject(path);
            }
        });
    }
    recentMenu_->setEnabled(!recent.isEmpty());
}

// --- Import
// --------------------------------------------------------------------------------------------------

void MainWindow::importDialog() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import"), QFileInfo(projectPath_).absolutePath(),
                                     tr("Tables and boundaries (*.csv *.xlsx *.xls *.ods *.shp *.gpkg "
                                        "*.geojson *.json *.couverture);;All files (*)"));
    if (!path.isEmpty()) {
        importFile(path);
    }
}

void MainWindow::importFile(const QString& path) {
    if (path.endsWith(".couverture")) {
        if (maybeSave()) {
            openProject(path);
        }
        return;
    }
    if (isTableFile(path)) {
        ImportDialog dialog(path, codeKeyTables(), this);
        if (dialog.exec() != QDialog::Accepted || !dialog.readOk()) {
            return;
        }
        switch (dialog.use()) {
        case ImportUse::Activities:
            addSource(dialog.source());
            break;
        case ImportUse::Points:
            addPointTable(QFileInfo(path).absoluteFilePath());
            break;
        case ImportUse::Indicator:
            setNeedTable(QFileInfo(path).absoluteFilePath(), dialog.figureColumn(), dialog.codeKeys());
            break;
        }
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Boundaries"),
        tr("Use %1 as the project's administrative boundaries?").arg(QFileInfo(path).fileName()));
    if (answer == QMessageBox::Yes) {
        project_.boundaries = QFileInfo(path).absoluteFilePath();
        markDirty();
        startLoading();
    }
}

QStringList MainWindow::codeKeyTables() const {
    QStringList tables;
    if (workspace_) {
        for (const LoadedSource& source : workspace_->sources) {
            const auto& mapping = source.table.mapping;
            const bool named = mapping.count(Role::Adm1Name) != 0 || mapping.count(Role::Adm2Name) != 0;
            if (source.ok() && named && !hasCodeOnlyRows(source.table)) {
                tables << source.spec.path;
            }
        }
    }
    return tables;
}

void MainWindow::addPointTable(const QString& path) {
    AnalysisSettings settings = project_.analysis;
    settings.kind = AnalysisKind::Sites;
    settings.points = path;
    showMapTab();
    setAnalysis(settings);
}

void MainWindow::setNeedTable(const QString& path, const QString& value, const QStringList& codeKeys) {
    AnalysisSettings settings = project_.analysis;
    if (settings.kind != AnalysisKind::Targets) {
        settings.kind = AnalysisKind::Gaps;
    }
    settings.need.path = path;
    settings.need.value = value.isEmpty() ? QStringLiteral("#inneed") : value;
    settings.need.codeKeys = codeKeys;
    settings.need.where.clear(); // conditions of another table mean nothing for this one
    showMapTab();
    setAnalysis(settings);
}

void MainWindow::addSource(const SourceSpec& spec) {
    project_.sources.push_back(spec);
    project_.view.activeSource = static_cast<int>(project_.sources.size()) - 1;
    markDirty();
    if (!workspace_) {
        if (!project_.boundaries.isEmpty()) {
            startLoading();
        }
        return;
    }
    reviewer_.waitForFinished(); // it reads the sources, which may move as one is added
    LoadedSource source;
    source.spec = spec;
    try { // a code key that cannot be read makes the table unreadable, with the key's file named
        source.table = readSource(spec);
        source.reconciled = reconcileSource(workspace_->tree(), source.table, project_, spec.codeKeys);
    } catch (const InputError& error) {
        source.error = QString::fromStdString(describe(error.problem));
    }
    workspace_->sources.push_back(std::move(source));
    workspaceChanged();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            importFile(url.toLocalFile());
        }
    }
}

// --- Map interaction
// --------------------------------------------------------------------------------------------

QString MainWindow::hoverText(UnitId unit) const {
    if (!workspace_ || !coverage_ || unit == kNoUnit) {
        return {};
    }
    const AdminUnit& admin = workspace_->tree().unit(unit);
    const UnitCoverage& figures = coverage_->at(unit);
    const std::string language = installedLanguage().toStdString();
    QString text =
        QString("<b>%1</b> (%2, %3)")
            .arg(QString::fromStdString(admin.name), QString::fromUtf8(levelLabel(admin.level, language)),
                 QString::fromStdString(admin.pcode));
    if (admin.parent != kNoUnit && workspace_->tree().unit(admin.parent).level != AdminLevel::Country) {
        text += "<br>" + QString::fromStdString(workspace_->tree().unit(admin.parent).name);
    }
    text += "<br>" + tr("Organisations: %1").arg(figures.organisations);
    text += "<br>" + tr("Implementing partners: %1").arg(figures.partners);
    text += "<br>" + tr("Programmes: %1").arg(figures.programmes);
    text += "<br>" + tr("Activity rows: %1").arg(figures.rows);
    if (figures.hasPeopleFigures) {
        text += "<br>" + tr("People reached: %1").arg(QLocale().toString(figures.peopleReached, 'f', 0));
    }
    if (figures.organisationsCoarserOnly > 0) {
        text += "<br>" + tr("Present only at a coarser level: %n organisations", nullptr,
                            figures.organisationsCoarserOnly);
    }
    text += "<br><i>" + tr("Click for the rows and organisations") + "</i>";
    return text;
}

void MainWindow::showUnitTooltip(UnitId unit, QPoint globalPosition) {
    if (unit == kNoUnit) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(globalPosition + QPoint(14, 14), hoverText(unit), canvas_);
    status_->setText(QString::fromStdString(workspace_->tree().unit(unit).name));
}

void MainWindow::showUnitRows(UnitId unit) {
    const LoadedSource* source = activeSource();
    if (source == nullptr || !workspace_) {
        return;
    }
    auto* dialog =
        new UnitRowsDialog(workspace_->tree(), *source, unit, project_.filter.toActivityFilter(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showMapTab() {
    tabs_->setCurrentWidget(canvas_);
}

void MainWindow::showTablesTab() {
    tabs_->setCurrentWidget(tables_);
}

void MainWindow::showReview() {
    showMapTab();
    reviewDock_->show();
    reviewDock_->raise();
}

// --- Export
// ----------------------------------------------------------------------------------------------------

ExportDialog* MainWindow::makeExportDialog() {
    if (!workspace_ || !coverage_) {
        return nullptr;
    }
    ExportJob job;
    job.scene = workspace_->scene;
    job.coverage = coverage_;
    job.tree = &workspace_->tree();
    job.source = activeSource();
    job.coverageOptions = coverage_->options;
    job.thematic = layer_ ? layer_->spec : render::ThematicSpec{};
    job.thematic.method.reset();
    job.thematic.classes = 0;
    job.thematic.palette.clear();
    job.style = project_.style.toStdString();
    if (project_.filter.sectors.size() == 1) {
        job.page.texts.sector = project_.filter.sectors.front().toStdString();
    }
    if (project_.filter.organisations.size() == 1) {
        job.page.texts.organisation = project_.filter.organisations.front().toStdString();
    }
    PageSettings settings = project_.page;
    if (settings.outputFolder.isEmpty() || QDir::isRelativePath(settings.outputFolder)) {
        settings.outputFolder =
            QDir(QFileInfo(projectPath_).absolutePath())
                .filePath(settings.outputFolder.isEmpty() ? "exports" : settings.outputFolder);
    }
    // A project opened from a read-only place (the installed default project) exports to the user's
    // documents.
    if (!QFileInfo(QFileInfo(settings.outputFolder).absolutePath()).isWritable()) {
        settings.outputFolder =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath("Couverture");
    }
    // The analysis in view, when its map is on the canvas: its printed map replaces the coverage map.
    if (project_.analysis.kind != AnalysisKind::Coverage && analysisOutput_ != nullptr &&
        analysisOutput_->layer != nullptr && analysisOutput_->writeMap) {
        job.analysisMap = analysisOutput_->writeMap;
        job.analysisAtlas = analysisOutput_->writeAtlas;
        job.analysisKey = analysisKey(project_.analysis.kind);
        job.thematic.level = analysisOutput_->layer->spec.level; // the file name's level: the analysis's
        job.analysisName = analysisLabel(project_.analysis.kind).toLower();
        job.sector = project_.analysis.sector.isEmpty() ? job.page.texts.sector
                                                        : project_.analysis.sector.toStdString();
    }
    const QString label = activeSource() != nullptr ? activeSource()->spec.label : QString("map");
    return new ExportDialog(job, settings, label, this);
}

void MainWindow::exportDialog() {
    ExportDialog* dialog = makeExportDialog();
    if (dialog == nullptr) {
        QMessageBox::information(this, tr("Export the map"), tr("Open a project first."));
        return;
    }
    dialog->exec();
    const PageSettings chosen = dialog->settings();
    if (projectToJson(Project{{}, {}, {}, {}, {}, {}, {}, chosen, {}}, {}) !=
        projectToJson(Project{{}, {}, {}, {}, {}, {}, {}, project_.page, {}}, {})) {
        project_.page = chosen;
        markDirty();
    }
    delete dialog;
}

} // namespace couverture::app
