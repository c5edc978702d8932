// The analysis in view, as a user drives it on the offscreen platform, over the real boundaries and the small
// dirty 3W of the match fixtures: choose an analysis, see it mapped and its table in the Tables tab, change
// an option, get a message for a missing input, keep it in the project; gaps against the HNO 2024 of the
// shared data; sites from the GBV service points of data/.
#include "app/dialogs/export_dialog.h"
#include "app/i18n/language.h"
#include "app/main_window.h"
#include "app/panels/analysis_panel.h"
#include "app/panels/panels.h"
#include "app/tables/table_view.h"
#include "core/gdal_support.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace couverture;
using namespace couverture::app;

namespace {

const QString kShared = COUVERTURE_SHARED_DATA;
const QString kBoundaries = kShared + "/boundaries/mli_cod_ab_ocha_itos_2017";
const QString kDirty3w = COUVERTURE_FIXTURES "/match/dirty_3w.csv";
const QString kServices = COUVERTURE_DATA "/gbv_services.csv";

bool waitUntil(const std::function<bool()>& done, int timeoutMs = 120000) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QTest::qWait(20);
    }
    return true;
}

} // namespace

class TestAnalysis : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString projectPath_;
    std::unique_ptr<MainWindow> window_;

    void open() {
        window_ = std::make_unique<MainWindow>();
        window_->resize(1200, 800);
        window_->show();
        QSignalSpy loaded(window_.get(), &MainWindow::projectLoaded);
        QVERIFY(window_->openProject(projectPath_));
        QVERIFY(loaded.wait(120000) || loaded.count() == 1);
        QVERIFY(waitUntil([&] { return !window_->isAnalysing() && !window_->isReviewPending(); }));
    }

    // Chooses an analysis as the panel does and waits for its result.
    const AnalysisOutput& analyse(const AnalysisSettings& settings) {
        window_->setAnalysis(settings);
        [&] { QVERIFY(waitUntil([&] { return !window_->isAnalysing(); })); }();
        static const AnalysisOutput none;
        return window_->analysisOutput() != nullptr ? *window_->analysisOutput() : none;
    }

private slots:
    void initTestCase() {
        ensureGdalRegistered();
        if (!QFile::exists(kBoundaries)) {
            QSKIP("the shared Mali boundaries are not available");
        }
        installLanguage("en");
        Project project;
        project.boundaries = kBoundaries;
        project.sources.push_back({"dirty", kDirty3w, "", {}, {}});
        projectPath_ = dir_.filePath("analysis.couverture");
        saveProject(project, projectPath_);
        open();
    }

    void whoIsWhereIsMappedAndTabled() {
        AnalysisSettings settings;
        settings.kind = AnalysisKind::WhoIsWhere;
        settings.level = AdminLevel::Cercle;
        const AnalysisOutput& output = analyse(settings);
        QVERIFY2(output.error.isEmpty(), qPrintable(output.error));
        QCOMPARE(output.kind, AnalysisKind::WhoIsWhere);
        QVERIFY(output.layer != nullptr);
        QCOMPARE(output.layer->spec.level, AdminLevel::Cercle);
        // The map shows the analysis's layer, the legend says what it is.
        QCOMPARE(window_->canvas()->layer().get(), output.layer.get());
        QVERIFY2(window_->legendTitle().startsWith("Organisations present"),
                 qPrintable(window_->legendTitle()));
        // Its tables follow the coverage tables, sortable and filterable as they are.
        QCOMPARE(window_->analysisTableCount(), 2);
        TableView* table = window_->analysisTable(0);
        QVERIFY(table->shownRows() >= 5); // the fixture's organisations placed at least at cercle level
        QCOMPARE(window_->tablesTabs()->tabText(window_->tablesTabs()->indexOf(table)),
                 QString("Who is where"));
        table->setFilterText("IRC");
        QVERIFY(table->shownRows() >= 1);
        const QString csv = dir_.filePath("who.csv");
        table->exportTo(csv);
        QVERIFY(QFile::exists(csv));
        QVERIFY(window_->isDirty());
        QVERIFY(!window_->analysisPanel()->resultText().isEmpty());
    }

    void overlapsTakeTheirNumberAndSector() {
        AnalysisSettings settings = window_->project().analysis;
        settings.kind = AnalysisKind::Overlaps;
        settings.level = AdminLevel::Region;
        settings.minOrganisations = 2;
        const AnalysisOutput& two = analyse(settings);
        QVERIFY2(two.error.isEmpty(), qPrintable(two.error));
        QVERIFY(two.summary.contains("2 or more"));
        QVERIFY(window_->analysisTableCount() >= 2);
        const auto rowsAtTwo = two.tables.front().table.rows.size();
        settings.minOrganisations = 5;
        const AnalysisOutput& five = analyse(settings);
        QVERIFY(five.tables.front().table.rows.size() <= rowsAtTwo);
        settings.sector = "Protection";
        const AnalysisOutput& protection = analyse(settings);
        for (const auto& row : protection.tables.front().table.rows) {
            QCOMPARE(QString::fromStdString(row[4]), QString("Protection")); // the sector column
        }
    }

    void aMissingInputIsSaidAndTheCoverageStays() {
        AnalysisSettings settings = window_->project().analysis;
        settings.kind = AnalysisKind::Gaps;
        settings.sector.clear();
        settings.need = {};
        const AnalysisOutput& output = analyse(settings);
        QVERIFY(!output.error.isEmpty());
        QVERIFY(output.layer == nullptr);
        QCOMPARE(window_->analysisPanel()->resultText(), output.error);
        QVERIFY(window_->canvas()->layer() != nullptr); // the coverage map
    }

    void gapsSetPresenceAgainstTheHnoNeed() {
        AnalysisSettings settings = window_->project().analysis;
        settings.kind = AnalysisKind::Gaps;
        settings.level = AdminLevel::Cercle;
        settings.need.path = kShared + "/population/mli_hno_2024/hno_data_mli_2024.csv";
        settings.need.where = {"#sector+code=PRO_GBV", "#gender+code=a", "#age+range=ALL",
                               "#population_group+code=ALL", "#is_disabled=a"};
        settings.need.label = "VBG";
        settings.need.codeKeys = {kShared + "/population/mli_cod_ps_2018_v2/mli_pop_adm2_v2.csv"};
        settings.need.apportion = "population";
        settings.need.population = kShared + "/population/mli_cod_ps_2018_v2/mli_pop_adm2_v2.csv";
        const AnalysisOutput& output = analyse(settings);
        QVERIFY2(output.error.isEmpty(), qPrintable(output.error));
        QVERIFY(output.layer != nullptr);
        QCOMPARE(output.layer->spec.kind, render::MapKind::Categories);
        QCOMPARE(output.categoryLabels.size(), std::size_t(9));
        QCOMPARE(output.tables.size(), std::size_t(1));
        QVERIFY(output.tables.front().table.rows.size() >= 45); // a line per cercle
    }

    void changeWithdrawsAnOrganisation() {
        AnalysisSettings settings = window_->project().analysis;
        settings.kind = AnalysisKind::Change;
        settings.level = AdminLevel::Cercle;
        settings.afterSource = -1;
        settings.withdraw = {"IRC"};
        const AnalysisOutput& output = analyse(settings);
        QVERIFY2(output.error.isEmpty(), qPrintable(output.error));
        QCOMPARE(output.tables.size(), std::size_t(3));
        bool leftFound = false;
        for (const auto& row : output.tables.front().table.rows) {
            leftFound = leftFound || std::find(row.begin(), row.end(), "IRC") != row.end();
        }
        QVERIFY(leftFound);
    }

    void sitesPlaceTheServicePoints() {
        AnalysisSettings settings = window_->project().analysis;
        settings.kind = AnalysisKind::Sites;
        settings.level = AdminLevel::Cercle;
        settings.points = kServices;
        settings.reachKm = 25;
        const AnalysisOutput& output = analyse(settings);
        QVERIFY2(output.error.isEmpty(), qPrintable(output.error));
        QVERIFY(output.points.size() >= 15);
        QCOMPARE(output.tables.size(), std::size_t(3));
        QVERIFY(output.summary.contains("25 km"));
    }

    void theAnalysisInViewIsSavedAndComesBack() {
        AnalysisSettings settings = window_->project().analysis;
        settings.kind = AnalysisKind::Overlaps;
        settings.minOrganisations = 3;
        settings.level = AdminLevel::Commune;
        analyse(settings);
        QVERIFY(window_->saveProjectAs(projectPath_));
        window_.reset();
        open();
        const AnalysisSettings restored = window_->project().analysis;
        QCOMPARE(restored.kind, AnalysisKind::Overlaps);
        QCOMPARE(restored.minOrganisations, 3);
        QCOMPARE(restored.level, AdminLevel::Commune);
        QCOMPARE(restored.points, kServices); // the other analyses' options are kept too
        QCOMPARE(window_->analysisPanel()->kind(), AnalysisKind::Overlaps);
        QVERIFY(window_->analysisOutput() != nullptr);
        QCOMPARE(window_->analysisOutput()->kind, AnalysisKind::Overlaps);
    }

    // The export dialog exports the analysis in view, not the coverage map: the overlaps' printed map, with
    // its title, through render's writer; its preview shows that map; its atlas is the one page per région.
    void theExportDialogExportsTheAnalysisInView() {
        AnalysisSettings settings = window_->project().analysis;
        settings.kind = AnalysisKind::Overlaps;
        settings.minOrganisations = 2;
        settings.level = AdminLevel::Cercle;
        const AnalysisOutput& output = analyse(settings);
        QVERIFY(output.writeMap);
        std::unique_ptr<ExportDialog> dialog(window_->makeExportDialog());
        QVERIFY(dialog != nullptr);
        QVERIFY2(dialog->windowTitle().contains("overlaps"), qPrintable(dialog->windowTitle()));
        QVERIFY(!dialog->previewSize().isEmpty());
        ExportJob job = dialog->job();
        QVERIFY(job.analysisMap);
        QVERIFY(job.baseName.contains("overlaps"));
        QVERIFY(atlasAvailable(job, "region"));
        QVERIFY(!atlasAvailable(job, "cercle"));
        QVERIFY(!atlasAvailable(job, "sector"));

        job.folder = dir_.filePath("analysis_exports");
        job.baseName = "overlaps_map";
        job.formats = {"pdf", "png"};
        job.dpi = 60;
        job.atlasBy.clear();
        const ExportOutcome outcome = runExport(job, {});
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.files.size(), 2);
        QString pdf;
        for (const QString& file : outcome.files) {
            QVERIFY2(QFileInfo(file).size() > 1000, qPrintable(file));
            pdf = file.endsWith(".pdf") ? file : pdf;
        }
        QVERIFY(!pdf.isEmpty());
        if (const QString reader = QStandardPaths::findExecutable("pdftotext"); !reader.isEmpty()) {
            QProcess text;
            text.start(reader, {"-layout", pdf, "-"});
            QVERIFY(text.waitForFinished(60000));
            const QString page = QString::fromUtf8(text.readAllStandardOutput()).simplified();
            // The page's language is the project's (French by default), whatever the interface's.
            QVERIFY2(page.contains("Mali : chevauchements"), qPrintable(page.left(400)));
            QVERIFY2(page.contains("par cercle"), qPrintable(page.left(400)));
            QVERIFY2(page.contains("au moins 2 organisations travaillent dans le même secteur"),
                     qPrintable(page.left(400)));
        } else {
            qWarning("pdftotext not found: the PDF's title is not read");
        }

        job.atlasBy = "region";
        job.baseName = "overlaps_atlas";
        const ExportOutcome atlas = runExport(job, {});
        QVERIFY2(atlas.error.isEmpty(), qPrintable(atlas.error));
        QCOMPARE(atlas.files.size(), 1);
        QVERIFY(QFileInfo(atlas.files.front()).size() > 1000);

        // Through the dialog, off the UI thread, as the user does.
        QSignalSpy done(dialog.get(), &ExportDialog::finishedExport);
        dialog->startExport();
        QVERIFY(done.count() == 1 || done.wait(120000));
        QVERIFY2(dialog->outcome().error.isEmpty(), qPrintable(dialog->outcome().error));
        QVERIFY(!dialog->outcome().files.isEmpty());
        for (const QString& file : dialog->outcome().files) {
            QVERIFY2(QFileInfo(file).size() > 1000, qPrintable(file));
        }
    }

    void backToCoverage() {
        AnalysisSettings settings = window_->project().analysis;
        settings.kind = AnalysisKind::Coverage;
        window_->setAnalysis(settings);
        QCOMPARE(window_->analysisTableCount(), 0);
        QVERIFY(window_->analysisOutput() == nullptr);
    }
};

QTEST_MAIN(TestAnalysis)
#include "test_analysis.moc"
