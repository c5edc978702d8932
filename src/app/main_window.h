#pragma once
// The planner's workbench: the map in the middle, layers, filters, analysis and legend beside it, the match
// review below, the result tables in a second tab. Long work (opening a project, exports) runs off the UI
// thread; the window keeps the project, says when it has unsaved changes and asks before losing them.

#include "app/analyses/analysis_run.h"
#include "app/canvas/map_canvas.h"
#include "app/project/project.h"
#include "app/project/workspace.h"
#include "app/review/review_model.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QTimer>
#include <atomic>
#include <memory>

class QDockWidget;
class QLabel;
class QLineEdit;
class QStringListModel;
class QMenu;
class QTabWidget;
class QProgressBar;

namespace couverture::app {

class AnalysisPanel;
class FiltersPanel;
class LayersPanel;
class LegendPanel;
class ReviewPanel;
class TableView;
class ExportDialog;

// A project whose files started loading before the window was built (start-up: building the window takes
// as long as reading the boundaries starts).
struct PreloadedProject {
    QString path;
    Project project;
    QFuture<std::shared_ptr<Workspace>> workspace;
};
// Reads the project file and starts loading its data on a worker thread. Throws InputError.
PreloadedProject preloadProject(const QString& path);

// What survives a change of language (the window is rebuilt with the new texts).
struct SessionState {
    Project project;
    QString projectPath;
    bool dirty = false;
    std::shared_ptr<Workspace> workspace;
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a project file; the data load in the background (projectLoaded when done). False when the file is
    // not a project (a message says why).
    bool openProject(const QString& path);
    void openProject(PreloadedProject preloaded);
    // Takes over another window's session (its workspace is shared, not copied): the tables are matched
    // again, so that the reasons are in this window's language. That window's background work must have
    // stopped (stopBackgroundWork).
    void adoptSession(SessionState session);
    SessionState session() const;
    // Cancels the analysis in progress and waits for it and for the review list: nothing of this window
    // reads the workspace after it (a language switch hands it to a new window).
    void stopBackgroundWork();
    bool saveProjectAs(const QString& path);
    // Adds a file: a project opens, a table goes through the import dialog, anything else is offered as
    // the boundaries.
    void importFile(const QString& path);
    void addSource(const SourceSpec& spec);
    // A point table for the sites analysis, which comes into view with it.
    void addPointTable(const QString& path);
    // The need (indicator) table of gaps and targets, its figure column and code keys: gaps comes into view
    // (or targets stays).
    void setNeedTable(const QString& path, const QString& value, const QStringList& codeKeys = {});
    // The project's tables with codes and names: code keys for a table that gives codes only.
    QStringList codeKeyTables() const;

    const Project& project() const { return project_; }
    Project& project() { return project_; }
    bool isDirty() const { return dirty_; }
    bool isLoading() const { return loader_.isRunning(); }
    // The match review's places are being found (after a project loads, off the UI thread).
    bool isReviewPending() const { return reviewPending_; }
    const Workspace* workspace() const { return workspace_.get(); }
    const LoadedSource* activeSource() const;
    const CoverageTable* coverage() const { return coverage_.get(); }

    MapCanvas* canvas() const { return canvas_; }
    AnalysisPanel* analysisPanel() const { return analysis_; }
    FiltersPanel* filtersPanel() const { return filters_; }
    LayersPanel* layersPanel() const { return layers_; }
    LegendPanel* legendPanel() const { return legend_; }
    ReviewPanel* reviewPanel() const { return review_; }
    QTabWidget* tabs() const { return tabs_; }
    TableView* coverageTable(AdminLevel level); // filled first if it is out of date
    QString methodCountsText() const;
    QString statusMessage() const;

    void setFilter(const FilterState& filter);          // as the filters panel does
    void setAnalysis(const AnalysisSettings& settings); // as the analysis panel does
    // The analysis in view runs on a worker thread (or waits for the one running to end).
    bool isAnalysing() const { return analysing_ || analysisPending_; }
    // The last result of the analysis in view; null for coverage.
    const AnalysisOutput* analysisOutput() const { return analysisOutput_.get(); }
    // The analysis's tables, in their tab order (filled when asked for, as the coverage tables).
    int analysisTableCount() const { return static_cast<int>(analysisTables_.size()); }
    TableView* analysisTable(int index);
    QTabWidget* tablesTabs() const { return tables_; }
    QString legendTitle() const;
    void showMapTab();
    void showTablesTab();
    void showReview();
    ExportDialog* makeExportDialog();
    void applyDecision(const ReviewPlace& place, UnitId unit, bool rejected);
    // "Ségou", or "Ségou (ML0401)" as the completer offers it: zooms the map to that unit.
    void zoomToUnitNamed(const QString& text);

signals:
    void projectLoaded();
    void languageChangeRequested(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void buildDocks();
    void startLoading();
    void loadingFinished();
    void workspaceChanged();
    void refreshMap();
    void showCoverageMap();
    void setCanvasLayer(std::shared_ptr<const render::ThematicLayer> layer);
    // The analysis in view (main_window_analysis.cpp).
    void analysisEdited();
    void refreshAnalysis();
    void startAnalysis();
    void analysisFinished();
    void showAnalysis();
    void setAnalysisTables(const std::vector<AnalysisTable>& tables);
    // The tables are filled when they are on screen (or asked for): the match report of the OCHA 3W alone
    // takes half a second, which the start-up spent before showing the map.
    void refreshTables(bool withMatchReport = true); // the match report changes only with the matches
    void fillTables();
    void refreshReview();      // now, on the UI thread (after a decision: the list must follow at once)
    void refreshReviewLater(); // on a worker thread (ranking the candidates of a 3W's places takes long)
    void startWatchingLoader();
    void refreshCounts();
    void viewEdited();
    void filterEdited();
    void matchSourcesAgain();
    void markDirty();
    void updateTitle();
    bool maybeSave();
    bool save();
    void openDialog();
    void saveAsDialog();
    void importDialog();
    void exportDialog();
    void newProject();
    void updateRecentMenu();
    void rememberRecent(const QString& path);
    void showUnitTooltip(UnitId unit, QPoint globalPosition);
    void showUnitRows(UnitId unit);
    QString hoverText(UnitId unit) const;

    Project project_;
    QString projectPath_;
    bool dirty_ = false;
    std::shared_ptr<Workspace> workspace_;
    std::shared_ptr<const render::MapStyle> style_;
    std::shared_ptr<const CoverageTable> coverage_;
    std::shared_ptr<const render::ThematicLayer> layer_;
    QFutureWatcher<std::shared_ptr<Workspace>> loader_;
    QFutureWatcher<std::vector<ReviewPlace>> reviewer_;
    // The analysis in view: its worker, a request waiting for it, its progress and cancel flag, its result.
    QFutureWatcher<AnalysisOutput> analyser_;
    bool analysing_ = false; // from its start to its result shown (the worker may be done before)
    bool analysisPending_ = false;
    std::shared_ptr<AnalysisProgress> analysisProgress_;
    QTimer analysisTicker_; // shows the progress while the worker runs
    std::shared_ptr<const AnalysisOutput> analysisOutput_;
    std::vector<TableView*> analysisTables_;
    bool analysisTablesStale_ = false;
    quint64 reviewGeneration_ = 0; // a result of an older request is dropped
    bool reviewPending_ = false;   // until the places are shown (the worker may be done before)
    bool coverageTablesStale_ = true, matchTableStale_ = true;
    QString loadError_;

    QTabWidget* tabs_;
    MapCanvas* canvas_;
    QTabWidget* tables_;
    std::vector<TableView*> coverageTables_;
    TableView* matchTable_;
    LayersPanel* layers_ = nullptr;
    FiltersPanel* filters_ = nullptr;
    AnalysisPanel* analysis_ = nullptr;
    LegendPanel* legend_ = nullptr;
    ReviewPanel* review_ = nullptr;
    QDockWidget* reviewDock_ = nullptr;
    QLabel* counts_;
    QLabel* status_;
    QProgressBar* loadProgress_;
    QMenu* recentMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QLineEdit* unitSearch_ = nullptr;
    QStringListModel* unitNames_ = nullptr;
};

} // namespace couverture::app
