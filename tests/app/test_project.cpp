// Project files: what is saved comes back the same, paths are relative to the project file, a file that is
// not a project is refused, and a save killed at any moment leaves the previous file whole.
#include "app/project/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <cstdio>

using namespace couverture;
using namespace couverture::app;

namespace {

// A project large enough that writing it takes a while (many aliases), tagged with `generation`.
Project bigProject(const QString& dir, int generation) {
    Project project;
    project.boundaries = dir + "/boundaries";
    project.sources.push_back({"table", dir + "/tables/3w.csv", "ML_5W", {{Role::Sector, "Secteur"}}, {}});
    for (int i = 0; i < 3000; ++i) {
        project.aliases.push_back(
            {AdminLevel::Commune, "place " + std::to_string(i), "", "ML0101" + std::to_string(i)});
    }
    project.page.title = QString("generation %1").arg(generation);
    return project;
}

// Child process: saves bigger and bigger projects into `path` until it is killed.
int saveForever(const QString& path) {
    const QString dir = QFileInfo(path).absolutePath();
    for (int generation = 1;; ++generation) {
        saveProject(bigProject(dir, generation), path);
        std::fputs("saved\n", stdout); // the parent times its kills by these
        std::fflush(stdout);
    }
}

// Waits for the next "saved" line of a saveForever child.
bool waitForSave(QProcess& child) {
    while (!child.canReadLine()) {
        if (!child.waitForReadyRead(60000)) {
            return false;
        }
    }
    child.readLine();
    return true;
}

} // namespace

class TestProject : public QObject {
    Q_OBJECT
private slots:
    void roundTripKeepsEverything() {
        QTemporaryDir dir;
        Project project;
        project.boundaries = dir.filePath("data/boundaries");
        project.sources.push_back({"GBV",
                                   dir.filePath("data/gbv.csv"),
                                   "Feuil1",
                                   {{Role::Sector, "Secteur"}},
                                   {dir.filePath("data/pop.csv")}});
        project.aliases.push_back({AdminLevel::Commune, "Kalaban Koro", "", "ML070304"});
        project.rejections.push_back({{"", "Kayes", "", "Kayes", "", "Kayes Ndi"}, true});
        project.filter.sectors = {"Protection"};
        project.filter.from = QDate(2023, 1, 1);
        project.view.level = AdminLevel::Cercle;
        project.view.figure = "partners";
        project.page.language = "en";
        project.page.title = "Titre";
        project.analysis.kind = AnalysisKind::Targets;
        project.analysis.sector = "Protection";
        project.analysis.need.path = dir.filePath("data/hno.csv");
        project.analysis.need.where = {"#sector+code=PRO_GBV", "#gender+code=a"};
        project.analysis.need.apportion = "population";
        project.analysis.weights = {0.6, 0.3, 0.1};
        project.analysis.partners = {"UNFPA"};
        project.analysis.points = dir.filePath("data/services.csv");
        project.analysis.reachKm = 25;
        project.analysis.withdraw = {"IRC"};
        const QString path = dir.filePath("projects/p.couverture");
        QDir().mkpath(dir.filePath("projects"));
        saveProject(project, path);

        // Paths are written relative to the project file.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json["boundaries"].toString(), QString("../data/boundaries"));

        const Project back = loadProject(path);
        QCOMPARE(back.boundaries, project.boundaries);
        QCOMPARE(back.sources.size(), std::size_t(1));
        QCOMPARE(back.sources[0].path, project.sources[0].path);
        QCOMPARE(back.sources[0].sheet, QString("Feuil1"));
        QCOMPARE(back.sources[0].codeKeys, QStringList{dir.filePath("data/pop.csv")});
        QCOMPARE(json["sources"].toArray()[0].toObject()["code_keys"].toArray()[0].toString(),
                 QString("../data/pop.csv"));
        QCOMPARE(back.sources[0].mapping.at(Role::Sector), std::string("Secteur"));
        QCOMPARE(back.aliases.size(), std::size_t(1));
        QCOMPARE(back.aliases[0].pcode, std::string("ML070304"));
        QCOMPARE(back.rejections.size(), std::size_t(1));
        QCOMPARE(back.rejections[0].place[5], std::string("Kayes Ndi"));
        QCOMPARE(back.filter.sectors, QStringList{"Protection"});
        QCOMPARE(back.filter.from, QDate(2023, 1, 1));
        QVERIFY(!back.filter.to.isValid());
        QCOMPARE(back.view.level, AdminLevel::Cercle);
        QCOMPARE(back.view.figure, QString("partners"));
        QCOMPARE(back.page.language, QString("en"));
        QCOMPARE(back.page.title, QString("Titre"));
        QCOMPARE(back.analysis.kind, AnalysisKind::Targets);
        QCOMPARE(back.analysis.need.path, project.analysis.need.path);
        QCOMPARE(back.analysis.need.where, project.analysis.need.where);
        QCOMPARE(back.analysis.weights[0], 0.6);
        QCOMPARE(back.analysis.points, project.analysis.points);
        QCOMPARE(json["analysis"].toObject()["points"].toString(), QString("../data/services.csv"));
        QCOMPARE(json["view"].toObject()["analysis"].toString(), QString("targets"));
        QCOMPARE(projectToJson(back, dir.filePath("projects")),
                 projectToJson(project, dir.filePath("projects")));
    }

    void notAProjectIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath("x.couverture");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"hello\": 1}");
        file.close();
        bool thrown = false;
        try {
            loadProject(path);
        } catch (const InputError& error) {
            thrown = true;
            QCOMPARE(QString::fromStdString(error.problem.file), path);
        }
        QVERIFY(thrown);
    }

    void killedSavesLeaveThePreviousFileWhole() {
        QTemporaryDir dir;
        const QString path = dir.filePath("saved.couverture");
        saveProject(bigProject(dir.path(), 0), path);
        int kills = 0;
        QStringList generations;
        for (int attempt = 0; attempt < 40; ++attempt) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {"--save-forever", path});
            QVERIFY(child.waitForStarted());
            // Timed by the child's own saves, so that a slow build (the sanitizers') cannot put every kill
            // before the first save or inside the second: after two saves, anywhere in the next two.
            QElapsedTimer clock;
            QVERIFY(waitForSave(child));
            clock.start();
            QVERIFY(waitForSave(child));
            const auto save = static_cast<quint32>(std::max<qint64>(clock.elapsed(), 1));
            QThread::msleep(QRandomGenerator::global()->bounded(2 * save));
            child.kill();
            child.waitForFinished();
            ++kills;
            // Whatever moment the kill hit, the file is a whole project: the last one completed.
            const Project project = loadProject(path);
            QCOMPARE(project.aliases.size(), std::size_t(3000));
            QVERIFY(project.page.title.startsWith("generation "));
            generations << project.page.title;
        }
        QCOMPARE(kills, 40);
        generations.removeDuplicates();
        QVERIFY2(generations.size() > 1, "the child never completed a save: the kills tested nothing");
    }
};

int main(int argc, char** argv) {
    if (argc == 3 && QByteArray(argv[1]) == "--save-forever") {
        QCoreApplication application(argc, argv);
        return saveForever(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication application(argc, argv);
    TestProject test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_project.moc"
