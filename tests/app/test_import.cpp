// Importing what is not an activity table, on the offscreen platform over the real boundaries: a point table
// (the GBV service points of data/) shows the sites analysis; the HNO 2024 is an indicator table that gives
// codes without names, whose code keys are found among the project's tables or given, for the need of gaps
// and, added as an activity table, for its own join.
#include "app/dialogs/import_dialog.h"
#include "app/i18n/language.h"
#include "app/main_window.h"
#include "app/panels/analysis_panel.h"
#include "app/tables/table_view.h"
#include "core/gdal_support.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace couverture;
using namespace couverture::app;

namespace {

const QString kShared = COUVERTURE_SHARED_DATA;
const QString kBoundaries = kShared + "/boundaries/mli_cod_ab_ocha_itos_2017";
const QString kDirty3w = COUVERTURE_FIXTURES "/match/dirty_3w.csv";
const QString kServices = COUVERTURE_DATA "/gbv_services.csv";
const QString kHno = kShared + "/population/mli_hno_2024/hno_data_mli_2024.csv";
const QString kCodPs = kShared + "/population/mli_cod_ps_2018_v2/mli_pop_adm2_v2.csv";

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

std::int64_t unmatched(const LoadedSource& source) {
    return source.reconciled.countByMethod[static_cast<std::size_t>(MatchMethod::Unmatched)];
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    std::unique_ptr<MainWindow> window_;

    bool idle() const { return !window_->isAnalysing() && !window_->isReviewPending(); }

private slots:
    void initTestCase() {
        ensureGdalRegistered();
        if (!QFile::exists(kBoundaries) || !QFile::exists(kHno)) {
            QSKIP("the shared Mali data are not available");
        }
        installLanguage("en");
        Project project;
        project.boundaries = kBoundaries;
        project.sources.push_back({"dirty", kDirty3w, "", {}, {}});
        const QString path = dir_.filePath("import.couverture");
        saveProject(project, path);
        window_ = std::make_unique<MainWindow>();
        window_->resize(1200, 800);
        window_->show();
        QSignalSpy loaded(window_.get(), &MainWindow::projectLoaded);
        QVERIFY(window_->openProject(path));
        QVERIFY(loaded.wait(120000) || loaded.count() == 1);
        QVERIFY(waitUntil([&] { return idle(); }));
    }

    void aPointFileIsReadAsPointsAndShowsTheSites() {
        ImportDialog dialog(kServices);
        QVERIFY(dialog.readOk());
        QCOMPARE(dialog.use(), ImportUse::Points);
        QVERIFY(!dialog.codeOnly());
        window_->addPointTable(kServices);
        QVERIFY(waitUntil([&] { return idle(); }));
        QCOMPARE(window_->project().analysis.kind, AnalysisKind::Sites);
        QCOMPARE(window_->project().analysis.points, kServices);
        QCOMPARE(window_->analysisPanel()->kind(), AnalysisKind::Sites);
        const AnalysisOutput* output = window_->analysisOutput();
        QVERIFY(output != nullptr);
        QVERIFY2(output->error.isEmpty(), qPrintable(output->error));
        QVERIFY(output->points.size() >= 15);
        QVERIFY(window_->analysisTable(0)->shownRows() >= 15);       // one line per point
        QCOMPARE(window_->project().sources.size(), std::size_t(1)); // not an activity table
    }

    void anIndicatorTableGetsTheCodeKeysFoundInTheProject() {
        // The dirty 3W gives names with its codes: it is offered as a key for the HNO's codes.
        QCOMPARE(window_->codeKeyTables(), QStringList{QFileInfo(kDirty3w).absoluteFilePath()});
        ImportDialog dialog(kHno, window_->codeKeyTables());
        QVERIFY(dialog.readOk());
        QCOMPARE(dialog.use(), ImportUse::Indicator);
        QVERIFY(dialog.codeOnly());
        QCOMPARE(dialog.codeKeys(), window_->codeKeyTables());
        QCOMPARE(dialog.figureColumn(), QString("In Need"));
    }

    void theNeedTableImportedRunsTheGaps() {
        window_->setNeedTable(kHno, "In Need", {kCodPs});
        QVERIFY(waitUntil([&] { return idle(); }));
        QCOMPARE(window_->project().analysis.kind, AnalysisKind::Gaps);
        QCOMPARE(window_->project().analysis.need.path, kHno);
        QCOMPARE(window_->project().analysis.need.codeKeys, QStringList{kCodPs});
        const AnalysisOutput* output = window_->analysisOutput();
        QVERIFY(output != nullptr);
        QVERIFY2(output->error.isEmpty(), qPrintable(output->error));
        QVERIFY(output->layer != nullptr);
    }

    void aCodeOnlyActivityTableIsJoinedThroughItsCodeKeys() {
        ImportDialog dialog(kHno, {kCodPs});
        dialog.setUse(ImportUse::Activities);
        SourceSpec spec = dialog.source();
        QCOMPARE(QStringList{QDir::cleanPath(spec.codeKeys.value(0))}, QStringList{QDir::cleanPath(kCodPs)});
        const std::size_t before = window_->workspace()->sources.size();
        spec.codeKeys.clear();
        window_->addSource(spec);
        QVERIFY(waitUntil([&] { return idle(); }));
        const std::int64_t withoutKeys = unmatched(window_->workspace()->sources[before]);
        QCOMPARE(withoutKeys, std::int64_t(1323)); // no scheme can be established: none joined
        spec.codeKeys = {kCodPs};
        window_->addSource(spec);
        QVERIFY(waitUntil([&] { return idle(); }));
        QVERIFY(unmatched(window_->workspace()->sources[before + 1]) < withoutKeys / 4);
    }
};

QTEST_MAIN(TestImport)
#include "test_import.moc"
