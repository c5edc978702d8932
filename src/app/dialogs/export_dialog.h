#pragma once
// Exporting the map in view: the page texts, language, page size and orientation, formats and atlas, with a
// preview of the page. The map in view is the coverage map, or the printed map of the analysis in view
// (who is where, overlaps, gaps, targets, sites, change) as `couverture analyse … --map` writes it. The export runs on a worker thread through render's writers with a progress bar and
// a cancel button; the files written are listed when it is done.

#include "app/analyses/analysis_run.h"
#include "app/project/workspace.h"
#include "render/map_export.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace couverture::app {

struct ExportJob {
    std::shared_ptr<const render::MapScene> scene;
    std::shared_ptr<const CoverageTable> coverage;
    const AdminTree* tree = nullptr; // sector atlases: coverage per sector
    const LoadedSource* source = nullptr;
    CoverageOptions coverageOptions;
    render::ThematicSpec thematic;
    render::PageOptions page;
    std::string style;
    QStringList formats; // "pdf", "svg", "png"
    QString atlasBy;     // "", "region", "cercle", "sector"
    QString folder;
    QString baseName; // without extension; atlas: may hold {fields}
    double dpi = 200;
    // The analysis in view, when it is not coverage: its printed map (and its atlas, if it has one) replace
    // the coverage map; `analysisKey` names the files ("overlaps"), `analysisName` the dialog's note.
    decltype(AnalysisOutput::writeMap) analysisMap;
    decltype(AnalysisOutput::writeAtlas) analysisAtlas;
    QString analysisKey;
    QString analysisName;
    std::string sector; // the analysis's sector, for its titles
};

// The atlases a job can make: every one for the coverage map; for an analysis, one page per région when it
// has its own atlas (overlaps), none otherwise.
bool atlasAvailable(const ExportJob& job, const QString& atlasBy);

struct ExportOutcome {
    QStringList files;
    QString error; // empty when done
    bool cancelled = false;
};

// Writes the map (or atlas) the job describes; progress is reported through `progress` and checked for
// cancel between pages and formats. Never throws: errors come back in the outcome.
ExportOutcome runExport(const ExportJob& job, const Progress& progress);

// "MLI_GBV_programmes_organisations_cercles_A4_fr_20221231"
// "MLI_GBV_programmes_overlaps_cercles_A4_fr_20221231" for an analysis (`analysisKey` in place of the figure).
QString defaultExportName(const QString& sourceLabel, const render::ThematicSpec& thematic,
                          const PageSettings& page, const QString& analysisKey = {});

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(ExportJob base, PageSettings settings, const QString& sourceLabel,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;
    PageSettings settings() const;
    ExportJob job() const;
    void startExport();
    bool running() const { return watcher_.isRunning(); }
    const ExportOutcome& outcome() const { return outcome_; }
    void refreshPreview();
    QSize previewSize() const;

signals:
    void finishedExport();

private:
    void finished();

    ExportJob base_;
    QString sourceLabel_;
    QLineEdit* title_;
    QLineEdit* subtitle_;
    QLineEdit* asOf_;
    QLineEdit* mapNumber_;
    QLineEdit* producer_;
    QPlainTextEdit* sources_;
    QComboBox* language_;
    QComboBox* pageSize_;
    QComboBox* orientation_;
    QCheckBox* pdf_;
    QCheckBox* svg_;
    QCheckBox* png_;
    QComboBox* atlas_;
    QLineEdit* folder_;
    QLineEdit* name_;
    QLabel* preview_;
    QProgressBar* progress_;
    QLabel* result_;
    QPushButton* export_;
    QPushButton* cancel_;
    QLabel* atlasNote_;
    QTemporaryDir previewFolder_;
    QFutureWatcher<ExportOutcome> watcher_;
    ExportOutcome outcome_;
    std::shared_ptr<std::atomic<bool>> cancelRequested_ = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<std::atomic<int>> permille_ = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<const render::MapStyle> previewStyle_;
};

} // namespace couverture::app
