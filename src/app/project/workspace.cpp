#include "app/project/workspace.h"

#include "core/commands.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <future>
#include <set>

namespace couverture::app {

ActivityTable readSource(const SourceSpec& spec, const Progress& progress) {
    ActivityReadOptions options;
    options.sheet = spec.sheet.toStdString();
    options.explicitMapping = spec.mapping;
    options.progress = progress;
    return readActivityTable(spec.path.toStdString(), options);
}

ReconcileResult reconcileSource(const AdminTree& tree, const ActivityTable& table, const Project& project,
                                const QStringList& codeKeys) {
    ReconcileOptions options;
    options.aliases = project.aliases;
    std::vector<std::string> keys;
    for (const QString& key : codeKeys) {
        keys.push_back(key.toStdString());
    }
    addCodeKeys(options, table, keys);
    ReconcileResult result = reconcile(tree, table.rows, options);
    if (project.rejections.empty()) {
        return result;
    }
    std::set<std::vector<std::string>> rejected;
    for (const auto& decision : project.rejections) {
        rejected.insert(decision.place);
    }
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        Match& match = result.matches[i];
        if (match.method == MatchMethod::Alias || !rejected.count(placeCells(table.rows[i]))) {
            continue;
        }
        --result.countByMethod[static_cast<std::size_t>(match.method)];
        ++result.countByMethod[static_cast<std::size_t>(MatchMethod::Unmatched)];
        match = Match{};
        match.reason = "rejected in the match review";
    }
    return result;
}

std::string sceneCacheKey(const QString& boundaries) {
    const QFileInfo source(boundaries);
    if (!source.exists()) {
        return {};
    }
    QFileInfoList files;
    if (source.isDir()) {
        files = QDir(boundaries).entryInfoList(QDir::Files, QDir::Name);
    } else {
        files = source.dir().entryInfoList({source.completeBaseName() + ".*"}, QDir::Files, QDir::Name);
    }
    QString key = QStringLiteral("couverture %1\n").arg(COUVERTURE_VERSION);
    for (const QFileInfo& file : files) {
        key += QStringLiteral("%1 %2 %3\n")
                   .arg(file.absoluteFilePath())
                   .arg(file.size())
                   .arg(file.lastModified().toMSecsSinceEpoch());
    }
    return key.toStdString();
}

QString sceneCacheFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation))
        .filePath("Couverture/scenes");
}

namespace {

render::SceneOptions sceneOptions(const QString& boundaries) {
    render::SceneOptions options;
    options.cacheKey = sceneCacheKey(boundaries);
    if (!options.cacheKey.empty()) {
        const QByteArray hash =
            QCryptographicHash::hash(QByteArray::fromStdString(options.cacheKey), QCryptographicHash::Sha1);
        options.cacheFile = QDir(sceneCacheFolder()).filePath(hash.toHex() + ".scene").toStdString();
    }
    return options;
}

} // namespace

Workspace loadWorkspace(const Project& project, const Progress& progress) {
    Workspace workspace;
    // The tables do not need the boundaries to be read: read them meanwhile.
    auto tables = std::async(std::launch::async, [&project] {
        std::vector<LoadedSource> sources;
        for (const SourceSpec& spec : project.sources) {
            LoadedSource source;
            source.spec = spec;
            try {
                source.table = readSource(spec);
            } catch (const InputError& error) {
                source.error = QString::fromStdString(describe(error.problem));
            }
            sources.push_back(std::move(source));
        }
        return sources;
    });
    try {
        if (!progress.report(0.05, "reading the boundaries")) {
            throw Cancelled{};
        }
        auto boundaries = std::make_shared<BoundaryLoad>(loadBoundaries(project.boundaries.toStdString()));
        if (!progress.report(0.4, "projecting the boundaries")) {
            throw Cancelled{};
        }
        workspace.scene = std::make_shared<const render::MapScene>(
            render::buildMapScene(boundaries->tree, sceneOptions(project.boundaries)));
        workspace.boundaries = std::move(boundaries);
    } catch (...) {
        tables.wait();
        throw;
    }
    workspace.sources = tables.get();
    if (!progress.report(0.8, "matching the tables to the boundaries")) {
        throw Cancelled{};
    }
    for (LoadedSource& source : workspace.sources) {
        if (!source.ok()) {
            continue;
        }
        try {
            source.reconciled =
                reconcileSource(workspace.tree(), source.table, project, source.spec.codeKeys);
        } catch (const InputError& error) {
            source.error = QString::fromStdString(describe(error.problem)); // a code key that cannot be read
        }
    }
    progress.report(1.0, "project loaded");
    return workspace;
}

CoverageTable sourceCoverage(const Workspace& workspace, const LoadedSource& source,
                             const FilterState& filter) {
    CoverageOptions options;
    options.filter = filter.toActivityFilter();
    return computeCoverage(workspace.tree(), source.table.rows, source.reconciled, options);
}

} // namespace couverture::app
