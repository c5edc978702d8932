// The result tables read in words, in the user's language: headings and coded values translated on screen
// and in what Copy takes, while sorting stays numeric and exports keep the stable keys and codes. A coverage
// table built by hand: no data to load.
#include "app/i18n/language.h"
#include "app/tables/column_labels.h"
#include "app/tables/table_view.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace couverture;
using namespace couverture::app;

namespace {

using Type = OutputColumn::Type;

// A coverage-by-région table as core's coverageTable writes it, cut to a few columns; the organisation
// counts 9, 100, 10 sort differently as numbers and as text.
OutputTable coverageRegions() {
    OutputTable table;
    table.name = "coverage_region";
    table.columns = {{"pcode", "#adm1+code", Type::Text},
                     {"name", "#adm1+name", Type::Text},
                     {"level", "#meta+level", Type::Text},
                     {"organisations", "#org+num", Type::Integer},
                     {"rows_at_this_level", "#meta+rows+level", Type::Integer},
                     {"organisations_coarser_only", "#org+num+coarser", Type::Integer}};
    table.rows = {{"ML01", "Kayes", "region", "9", "1", "0"},
                  {"ML05", "Mopti", "region", "100", "4", "2"},
                  {"ML09", "Bamako", "region", "10", "0", "1"}};
    return table;
}

int columnOf(const QAbstractItemModel* model, const QString& label) {
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString().replace('\n', ' ') == label) {
            return column;
        }
    }
    return -1;
}

// Every key the tables of core and analysis write (docs/coverage_columns.md, docs/analysis.md).
const char* const kKeys[] = {"absence_part",
                             "absence_score",
                             "activity",
                             "always_shortlisted",
                             "arrived",
                             "bivariate_class",
                             "cercle",
                             "cercle_name",
                             "cercle_pcode",
                             "child_coverage_share",
                             "child_units",
                             "child_units_covered",
                             "coarser_only_organisations",
                             "column",
                             "commune",
                             "commune_name",
                             "commune_pcode",
                             "confidence",
                             "conflict",
                             "coverage_class",
                             "end",
                             "evidence",
                             "file",
                             "filter",
                             "first_row",
                             "gained_first",
                             "high_need_nobody",
                             "how",
                             "hxl",
                             "in_shortlist",
                             "input_adm1_code",
                             "input_adm1_name",
                             "input_adm2_code",
                             "input_adm2_name",
                             "input_adm3_code",
                             "input_adm3_name",
                             "joined",
                             "largest_move",
                             "lat",
                             "left",
                             "level",
                             "located_by",
                             "lon",
                             "lost_last",
                             "main_sector",
                             "message",
                             "method",
                             "name",
                             "need",
                             "need_basis",
                             "need_class",
                             "need_part",
                             "need_per_organisation",
                             "need_score",
                             "need_source",
                             "net",
                             "org_type",
                             "organisation",
                             "organisation_a",
                             "organisation_b",
                             "organisation_name",
                             "organisation_names",
                             "organisation_type",
                             "organisations",
                             "organisations_after",
                             "organisations_at_once",
                             "organisations_before",
                             "organisations_coarser_only",
                             "organisations_region_wide",
                             "other_organisation_names",
                             "other_organisations",
                             "parent",
                             "parent_pcode",
                             "partner_names",
                             "partners",
                             "partners_part",
                             "partners_present",
                             "partners_score",
                             "pcode",
                             "people_reached",
                             "people_rule",
                             "people_targeted",
                             "periods",
                             "placed_in",
                             "places",
                             "points",
                             "presence",
                             "programme",
                             "programmes",
                             "rank",
                             "reach_km",
                             "reach_share",
                             "reached",
                             "reason",
                             "region",
                             "region_code",
                             "region_name",
                             "region_pcode",
                             "review",
                             "role",
                             "row",
                             "row_numbers",
                             "rows",
                             "rows_at_this_level",
                             "scheme",
                             "score",
                             "sector",
                             "sector_list",
                             "sectors",
                             "sectors_lost",
                             "severity",
                             "share",
                             "shared_units",
                             "site",
                             "start",
                             "status",
                             "targeted",
                             "unit_names",
                             "villages",
                             "villages_within_km",
                             "where"};

} // namespace

class TestTableLabels : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void frenchHeadingsSayWhatTheColumnIsAndTheKeyStaysInTheTooltip() {
        QVERIFY(installLanguage("fr"));
        TableView view;
        view.setTable(coverageRegions());
        const QAbstractItemModel* model = view.view()->model();
        const int rowsHere = columnOf(model, QString::fromUtf8("Lignes à ce niveau"));
        QVERIFY(rowsHere >= 0);
        QVERIFY(!hasValueLabels("rows_at_this_level")); // a count, aligned as one
        QCOMPARE(valueLabel("match_level", "commune"), QString("commune"));
        QCOMPARE(model->index(0, rowsHere).data(Qt::TextAlignmentRole).toInt(),
                 static_cast<int>(Qt::AlignRight | Qt::AlignVCenter));
        const int coarser = columnOf(model, "Organisations connues seulement plus haut");
        QVERIFY(coarser >= 0);
        QCOMPARE(model->headerData(coarser, Qt::Horizontal).toString(),
                 QString("Organisations connues\nseulement plus haut")); // long: on two lines
        QVERIFY(model->headerData(rowsHere, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QString::fromUtf8("« rows_at_this_level »")));
        const int level = columnOf(model, "Niveau");
        QVERIFY(level >= 0);
        QCOMPARE(model->index(0, level).data().toString(), QString::fromUtf8("région"));
        QCOMPARE(model->index(0, level).data(Qt::ToolTipRole).toString(), QString::fromUtf8("région"));
    }

    void theFilterMatchesTheWordsShown() {
        QVERIFY(installLanguage("fr"));
        TableView view;
        view.setTable(coverageRegions());
        view.setFilterText(QString::fromUtf8("région"));
        QCOMPARE(view.shownRows(), 3);
        view.setFilterText("region"); // the code behind the word is not on screen
        QCOMPARE(view.shownRows(), 0);
    }

    void aNumberColumnStillSortsAsNumbers() {
        QVERIFY(installLanguage("fr"));
        TableView view;
        view.setTable(coverageRegions());
        const QAbstractItemModel* model = view.view()->model();
        const int organisations = columnOf(model, "Organisations");
        QVERIFY(organisations >= 0);
        view.view()->sortByColumn(organisations, Qt::AscendingOrder);
        QStringList shown;
        for (int row = 0; row < model->rowCount(); ++row) {
            shown << model->index(row, organisations).data().toString();
        }
        QCOMPARE(shown, QStringList({"9", "10", "100"}));
    }

    void realNumbersTakeTheLanguagesDecimalSeparatorOnScreenOnly() {
        OutputTable table;
        table.name = "targets";
        table.columns = {{"name", "", Type::Text}, {"score", "", Type::Real}};
        table.rows = {{"Kati", "0.7864"}, {"Koro", "0.10"}, {"Mopti", "0.556"}};
        QVERIFY(installLanguage("fr"));
        TableView view;
        view.setTable(table);
        QAbstractItemModel* model = view.view()->model();
        QCOMPARE(model->index(0, 1).data().toString(), QString("0,7864"));
        QCOMPARE(model->index(0, 1).data(Qt::EditRole).toDouble(), 0.7864); // sorted as a number
        view.view()->sortByColumn(1, Qt::AscendingOrder);
        QCOMPARE(model->index(0, 0).data().toString(), QString("Koro"));
        const QString csv = dir_.filePath("targets.csv");
        view.exportTo(csv);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains("Kati,0.7864")); // files keep the point
        QVERIFY(installLanguage("en"));
        TableView english;
        english.setTable(table);
        QCOMPARE(english.view()->model()->index(0, 1).data().toString(), QString("0.7864"));
    }

    void exportWritesTheKeysAndCodesAndCopyTheWords() {
        QVERIFY(installLanguage("fr"));
        TableView view;
        view.setTable(coverageRegions());
        const QString csv = dir_.filePath("coverage_region.csv");
        view.exportTo(csv);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(file.readAll());
        QVERIFY2(written.startsWith(
                     "pcode,name,level,organisations,rows_at_this_level,organisations_coarser_only"),
                 qPrintable(written));
        QVERIFY(written.contains("ML01,Kayes,region,9"));
        QVERIFY(!written.contains(QString::fromUtf8("région")));

        view.view()->selectAll();
        view.copySelection();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(
            copied.startsWith(QString::fromUtf8("P-code\tNom\tNiveau\tOrganisations\tLignes à ce niveau")),
            qPrintable(copied));
        QVERIFY(copied.contains(QString::fromUtf8("ML01\tKayes\trégion\t9")));
    }

    void englishHeadingsInEnglish() {
        QVERIFY(installLanguage("en"));
        TableView view;
        view.setTable(coverageRegions());
        const QAbstractItemModel* model = view.view()->model();
        QVERIFY(columnOf(model, "Rows at this level") >= 0);
        const int level = columnOf(model, "Level");
        QVERIFY(level >= 0);
        QCOMPARE(model->index(0, level).data().toString(), QString("region"));
        QCOMPARE(model->headerData(level, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 QString("Column 'level' in exported files"));
    }

    // Every key has a heading of its own in both languages; names made at run time follow a pattern or
    // stay as they are.
    void everyKeyHasAHeadingInBothLanguages() {
        for (const char* language : {"fr", "en"}) {
            QVERIFY(installLanguage(language));
            for (const char* key : kKeys) {
                QVERIFY2(columnLabel(key) != QString::fromUtf8(key), key);
            }
        }
        QVERIFY(installLanguage("fr"));
        QCOMPARE(columnLabel("rank_need_minus_25"), QString::fromUtf8("Rang, poids du besoin −25\u00a0%"));
        QCOMPARE(columnLabel("UNICEF"), QString("UNICEF")); // a pair matrix's organisation column
        QCOMPARE(valueLabel("method", "name_fuzzy"), QString::fromUtf8("nom approché"));
        QCOMPARE(valueLabel("need_basis", "estimate_apportioned"), QString::fromUtf8("estimation répartie"));
        QCOMPARE(valueLabel("high_need_nobody", "1"), QString("oui"));
        QCOMPARE(valueLabel("level", "district"), QString("district"));
        QCOMPARE(valueLabel("name", "region"), QString("region"));
        QVERIFY(installLanguage("en"));
    }
};

QTEST_MAIN(TestTableLabels)
#include "test_table_labels.moc"
