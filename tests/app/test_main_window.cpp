// The window as a user drives it, on the offscreen platform, over the real boundaries and a small dirty 3W:
// open a project, apply a filter (and one that leaves nothing), review a match, import a table, open a
// unit's rows, export a map, switch the language.
#include "app/dialogs/export_dialog.h"
#include "app/dialogs/import_dialog.h"
#include "app/dialogs/unit_rows_dialog.h"
#include "app/i18n/language.h"
#include "app/main_window.h"
#include "app/panels/panels.h"
#include "app/review/review_panel.h"
#include "app/tables/table_view.h"
#include "core/gdal_support.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace couverture;
using namespace couverture::app;

namespace {

const QString kBoundaries = COUVERTURE_SHARED_DATA "/boundaries/mli_cod_ab_ocha_itos_2017";
const QString kDirty3w = COUVERTURE_FIXTURES "/match/dirty_3w.csv";

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

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString projectPath_;
    std::unique_ptr<MainWindow> window_;

    void openFixtureProject() {
        window_ = std::make_unique<MainWindow>();
        window_->resize(1200, 800);
        window_->show();
        QSignalSpy loaded(window_.get(), &MainWindow::projectLoaded);
        QVERIFY(window_->openProject(projectPath_));
        QVERIFY(loaded.wait(120000) || loaded.count() == 1);
        QVERIFY(waitUntil([&] {
            return window_->canvas()->hasFrame() && !window_->canvas()->rendering() &&
                   !window_->isReviewPending();
        }));
    }

private slots:
    void initTestCase() {
        ensureGdalRegistered();
        if (!QFile::exists(kBoundaries)) {
            QSKIP("the shared Mali boundaries are not available");
        }
        Project project;
        project.boundaries = kBoundaries;
        project.sources.push_back({"dirty", kDirty3w, "", {}, {}});
        project.page.outputFolder = dir_.filePath("exports");
        projectPath_ = dir_.filePath("fixture.couverture");
        saveProject(project, projectPath_);
        openFixtureProject();
    }

    void openingAProjectDrawsTheMap() {
        QVERIFY(window_->workspace() != nullptr);
        QVERIFY(window_->workspace()->tree().level(AdminLevel::Commune).size() >= 700);
        QVERIFY(!window_->canvas()->frame().image.isNull());
        QVERIFY(window_->legendPanel()->entryCount() > 0);
        QVERIFY(window_->statusMessage().isEmpty());
        // The counts per method are on screen: 12 data rows (an empty line is not one), every one accounted
        // for.
        const QString counts = window_->methodCountsText();
        QVERIFY2(counts.startsWith("11 of 12 rows on the map"), qPrintable(counts));
        QVERIFY2(counts.contains("Unmatched <b>1</b>"), qPrintable(counts));
        QVERIFY(window_->coverageTable(AdminLevel::Region)->shownRows() > 0);
        QVERIFY(!window_->isDirty());
    }

    void hoverAndClickNameTheUnit() {
        MapCanvas* canvas = window_->canvas();
        const QPointF middle(canvas->width() / 2.0, canvas->height() / 2.0);
        const UnitId unit = canvas->unitAt(middle);
        QVERIFY(unit != kNoUnit);
        canvas->zoomToUnit(unit);
        QVERIFY(canvas->unitAt(middle) == unit);
        // Bamako's communes have rows in the fixture: the rows dialog lists them.
        const AdminTree& tree = window_->workspace()->tree();
        UnitId bamako = kNoUnit;
        for (UnitId id : tree.level(AdminLevel::Region)) {
            if (tree.unit(id).name == "Bamako") {
                bamako = id;
            }
        }
        QVERIFY(bamako != kNoUnit);
        UnitRowsDialog dialog(tree, *window_->activeSource(), bamako, {});
        QVERIFY(dialog.rowsView()->shownRows() >= 2);
        QVERIFY(dialog.organisationsView()->shownRows() >= 1);
        dialog.rowsView()->setFilterText("SIF");
        QVERIFY(dialog.rowsView()->shownRows() >= 1);
        const QString csv = dir_.filePath("bamako_rows.csv");
        dialog.rowsView()->exportTo(csv);
        QVERIFY(QFile::exists(csv));
        window_->zoomToUnitNamed("bamako");
        QVERIFY(canvas->visibleArea().width() < window_->workspace()->scene->extent().width() / 10);
        canvas->zoomToExtent();
    }

    void aNewViewIsDrawnAtOnceThenAtPrintQuality() {
        MapCanvas* canvas = window_->canvas();
        canvas->zoomToExtent();
        QVERIFY(waitUntil([&] { return !canvas->rendering(); }));
        canvas->repaint();
        QVERIFY(!canvas->lastPaintWasQuick()); // the print-quality frame of this view
        const QImage settled = canvas->grab().toImage();
        // Zoom steps and a pan: each view is painted at once, from the screen geometry.
        const QPointF middle(canvas->width() / 2.0, canvas->height() / 2.0);
        for (double factor : {1.25, 1.25, 1.25, 1 / 1.25}) {
            canvas->zoomBy(factor, middle);
            canvas->repaint();
            QVERIFY(canvas->lastPaintWasQuick());
        }
        canvas->panBy({40, -25});
        canvas->repaint();
        QVERIFY(canvas->lastPaintWasQuick());
        QVERIFY(canvas->grab().toImage() != settled);
        // Once still, the worker's frame of this very view replaces the quick one.
        QVERIFY(waitUntil([&] { return !canvas->rendering(); }));
        canvas->repaint();
        QVERIFY(!canvas->lastPaintWasQuick());
        canvas->zoomToExtent();
        QVERIFY(waitUntil([&] { return !canvas->rendering(); }));
    }

    void aFilterChangesTheMapAndOneThatKeepsNothingSaysSo() {
        const std::int64_t all = window_->coverage()->rowsUsed;
        FilterState filter;
        filter.sectors = {"Protection"};
        window_->setFilter(filter);
        QVERIFY(window_->coverage()->rowsUsed > 0);
        QVERIFY(window_->coverage()->rowsUsed < all);
        QVERIFY(window_->statusMessage().isEmpty());
        QVERIFY(window_->isDirty());

        filter.sectors = {"Protection"};
        filter.from = QDate(2031, 1, 1);
        window_->setFilter(filter);
        QCOMPARE(window_->coverage()->rowsUsed, std::int64_t(0));
        QVERIFY2(!window_->statusMessage().isEmpty(), "a filter that leaves nothing must say so");
        QCOMPARE(window_->filtersPanel()->state().from, QDate(2031, 1, 1));

        window_->setFilter({});
        QCOMPARE(window_->coverage()->rowsUsed, all);
        QVERIFY(window_->statusMessage().isEmpty());
    }

    void reviewingAMatchSavesAnAliasThatHoldsNextTime() {
        ReviewPanel* review = window_->reviewPanel();
        const std::size_t before = review->places().size();
        QVERIFY(before > 0);
        // The first place that has a second candidate: pick it instead of the unit it was placed in.
        int index = -1;
        for (std::size_t i = 0; i < review->places().size(); ++i) {
            if (review->places()[i].candidates.size() >= 2) {
                index = static_cast<int>(i);
                break;
            }
        }
        QVERIFY(index >= 0);
        const ReviewPlace place = review->places()[static_cast<std::size_t>(index)];
        review->selectPlace(index);
        review->selectCandidate(1);
        review->pickCandidate();
        QCOMPARE(window_->project().aliases.size(), std::size_t(1));
        const Alias alias = window_->project().aliases.front();
        QCOMPARE(alias.pcode, window_->workspace()->tree().unit(place.candidates[1].unit).pcode);
        QVERIFY(review->places().size() < before);
        QVERIFY(window_->methodCountsText().contains(ReviewPanel::tr("Alias") + " <b>" +
                                                     QString::number(place.rows.size()) + "</b>"));

        // Saved with the project, and applied when it is opened again.
        QVERIFY(window_->saveProjectAs(projectPath_));
        QVERIFY(!window_->isDirty());
        window_.reset();
        openFixtureProject();
        QCOMPARE(window_->project().aliases.size(), std::size_t(1));
        const LoadedSource* source = window_->activeSource();
        QVERIFY(source != nullptr);
        QCOMPARE(source->reconciled.matches[place.rows.front()].method, MatchMethod::Alias);
        QCOMPARE(source->reconciled.matches[place.rows.front()].unit, place.candidates[1].unit);

        // A rejection keeps the place's rows unmatched.
        const ReviewPlace other = window_->reviewPanel()->places().front();
        window_->applyDecision(other, kNoUnit, true);
        QCOMPARE(window_->activeSource()->reconciled.matches[other.rows.front()].method,
                 MatchMethod::Unmatched);
        QCOMPARE(window_->project().rejections.size(), std::size_t(1));
    }

    void importReadsTheSheetAndShowsTheMapping() {
        QVERIFY(isTableFile(kDirty3w));
        QVERIFY(!isTableFile(kBoundaries + "/mli_admbnda_adm1_gov_ocha_itos.shp"));
        ImportDialog dialog(kDirty3w);
        QVERIFY(dialog.readOk());
        QVERIFY(dialog.previewRows() > 10);
        dialog.setRole("Personnes atteintes", "targeted");
        QVERIFY(dialog.readOk());
        QCOMPARE(dialog.source().mapping.at(Role::Targeted), std::string("Personnes atteintes"));
        const std::size_t sources = window_->project().sources.size();
        window_->addSource(dialog.source());
        QCOMPARE(window_->project().sources.size(), sources + 1);
        QCOMPARE(window_->workspace()->sources.size(), sources + 1);
        QVERIFY(window_->activeSource() != nullptr);
    }

    void exportWritesTheMapOffTheUiThread() {
        std::unique_ptr<ExportDialog> dialog(window_->makeExportDialog());
        QVERIFY(dialog != nullptr);
        QVERIFY(!dialog->previewSize().isEmpty());
        QSignalSpy done(dialog.get(), &ExportDialog::finishedExport);
        dialog->startExport();
        QVERIFY(dialog->running() || done.count() == 1);
        QVERIFY(done.count() == 1 || done.wait(120000));
        QVERIFY2(dialog->outcome().error.isEmpty(), qPrintable(dialog->outcome().error));
        QCOMPARE(dialog->outcome().files.size(), 2); // PDF and PNG
        for (const QString& file : dialog->outcome().files) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
        }
    }

    void languagesAreBuiltIn() {
        QVERIFY(installLanguage("fr"));
        QCOMPARE(QCoreApplication::translate("couverture::app::MainWindow", "Map"), QString("Carte"));
        QVERIFY(installLanguage("en"));
        QCOMPARE(QCoreApplication::translate("couverture::app::MainWindow", "Map"), QString("Map"));
    }

    // A language switch hands the session to a window built in the new language: the match reasons the
    // review shows are then in that language, not in the one the tables were matched in.
    void aLanguageSwitchGivesTheReasonsInTheNewLanguage() {
        const auto reasonsWith = [](const MainWindow& window, const char* words) {
            int found = 0;
            for (const Match& match : window.activeSource()->reconciled.matches) {
                found += std::string(match.reason).find(words) != std::string::npos ? 1 : 0;
            }
            return found;
        };
        window_->stopBackgroundWork();
        QVERIFY(installLanguage("fr"));
        MainWindow french;
        french.adoptSession(window_->session());
        QVERIFY(french.activeSource() != nullptr);
        const int frenchReasons = reasonsWith(french, "introuvable");
        french.stopBackgroundWork();
        QVERIFY(installLanguage("en"));
        MainWindow english;
        english.adoptSession(french.session());
        english.stopBackgroundWork();
        QVERIFY2(frenchReasons > 0, "the dirty 3W has places not found: their reasons in French");
        QCOMPARE(reasonsWith(english, "introuvable"), 0);
        QCOMPARE(reasonsWith(english, "not found"), frenchReasons);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
