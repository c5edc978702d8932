// MainWindow: the analysis in view. Coverage is computed on the UI thread with the map (refreshMap); the
// other analyses run on a worker thread (runAnalysis), one at a time: a change while one runs cancels it and
// the latest settings run next. Their layer replaces the coverage map, their tables come after the
// coverage tables in the Tables tab, their summary and progress show in the analysis panel.

#include "app/i18n/language.h"
#include "app/main_window.h"
#include "app/panels/analysis_panel.h"
#include "app/panels/panels.h"
#include "app/tables/table_view.h"

#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace couverture::app {

void MainWindow::setAnalysis(const AnalysisSettings& settings) {
    analysis_->setSettings(settings);
    analysisEdited();
}

void MainWindow::analysisEdited() {
    const AnalysisKind before = project_.analysis.kind;
    project_.analysis = analysis_->settings(project_.analysis);
    markDirty();
    if (!workspace_) {
        return;
    }
    if (project_.analysis.kind == AnalysisKind::Coverage) {
        if (analysisProgress_) {
            analysisProgress_->cancel = true;
        }
        analysisPending_ = false;
        analysisOutput_.reset();
        setAnalysisTables({});
        analysis_->setResult({}, false);
        showCoverageMap();
        return;
    }
    if (before != project_.analysis.kind) {
        analysisOutput_.reset(); // another analysis: its own tables, not the last one's
    }
    refreshAnalysis();
}

void MainWindow::refreshAnalysis() {
    if (!workspace_ || project_.analysis.kind == AnalysisKind::Coverage) {
        return;
    }
    if (analyser_.isRunning()) {
        analysisPending_ = true; // the latest settings run once the one on its way stops
        if (analysisProgress_) {
            analysisProgress_->cancel = true;
        }
        return;
    }
    startAnalysis();
}

void MainWindow::startAnalysis() {
    analysisPending_ = false;
    analysing_ = true;
    AnalysisInputs inputs;
    inputs.workspace = workspace_;
    inputs.boundaries = project_.boundaries;
    inputs.source = project_.view.activeSource;
    inputs.filter = project_.filter;
    inputs.settings = project_.analysis;
    inputs.aliases = project_.aliases;
    inputs.style = style_;
    inputs.language = installedLanguage();
    analysisProgress_ = std::make_shared<AnalysisProgress>();
    analysis_->setRunning(0);
    analysisTicker_.start();
    // The worker keeps the workspace and the progress alive; it never touches the window.
    analyser_.setFuture(QtConcurrent::run([inputs, progress = analysisProgress_] {
        try {
            return runAnalysis(inputs, progress->progress());
        } catch (const Cancelled&) {
            AnalysisOutput cancelled;
            cancelled.kind = inputs.settings.kind;
            cancelled.error = QStringLiteral("cancelled");
            return cancelled;
        }
    }));
}

void MainWindow::analysisFinished() {
    analysisTicker_.stop();
    analysing_ = false;
    const bool superseded = analysisPending_ || (analysisProgress_ && analysisProgress_->cancel);
    if (analysisPending_ && project_.analysis.kind != AnalysisKind::Coverage) {
        startAnalysis();
        return;
    }
    if (superseded || !workspace_ || project_.analysis.kind == AnalysisKind::Coverage) {
        return;
    }
    analysisOutput_ = std::make_shared<const AnalysisOutput>(analyser_.result());
    showAnalysis();
}

void MainWindow::showAnalysis() {
    const AnalysisOutput& output = *analysisOutput_;
    analysis_->setResult(output.error.isEmpty() ? output.summary : output.error, !output.error.isEmpty());
    setAnalysisTables(output.tables);
    if (output.layer == nullptr) {
        showCoverageMap(); // nothing of its own to map: the coverage stays, the panel says why
        return;
    }
    setCanvasLayer(output.layer);
    canvas_->setPoints(output.points);
    canvas_->setMessage({});
    const std::string language = installedLanguage().toStdString();
    std::vector<render::LegendEntry> entries = render::legendEntries(
        *output.layer, workspace_->scene->level(output.layer->spec.level), *style_, language);
    for (render::LegendEntry& entry : entries) {
        if (entry.kind == render::LegendKind::Zero && !output.zeroLabel.isEmpty()) {
            entry.label = output.zeroLabel.toStdString();
        }
        if (entry.kind == render::LegendKind::Category && entry.index >= 0 &&
            static_cast<std::size_t>(entry.index) < output.categoryLabels.size()) {
            entry.label = output.categoryLabels[static_cast<std::size_t>(entry.index)].toStdString();
        }
    }
    legend_->setLegend(output.legendTitle + " — " +
                           QString::fromUtf8(levelLabel(output.layer->spec.level, language)),
                       entries);
}

// One tab per table after the coverage tables and the match report; filled when the Tables tab is shown.
void MainWindow::setAnalysisTables(const std::vector<AnalysisTable>& tables) {
    while (analysisTables_.size() > tables.size()) {
        delete analysisTables_.back();
        analysisTables_.pop_back();
    }
    while (analysisTables_.size() < tables.size()) {
        auto* view = new TableView(tables_);
        tables_->addTab(view, {});
        analysisTables_.push_back(view);
    }
    for (std::size_t i = 0; i < tables.size(); ++i) {
        tables_->setTabText(tables_->indexOf(analysisTables_[i]), tables[i].title);
        tables_->setTabToolTip(tables_->indexOf(analysisTables_[i]), analysisLabel(project_.analysis.kind));
    }
    analysisTablesStale_ = true;
    if (tabs_->currentWidget() == tables_) {
        fillTables();
    }
    if (!analysisTables_.empty()) {
        tables_->setCurrentWidget(analysisTables_.front());
    }
}

TableView* MainWindow::analysisTable(int index) {
    fillTables();
    return analysisTables_.at(static_cast<std::size_t>(index));
}

QString MainWindow::legendTitle() const {
    return legend_->title();
}

} // namespace couverture::app
