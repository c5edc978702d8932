#pragma once
// What a project becomes once its files are read: the boundary tree and its projected map scene, each table
// read and reconciled (with the project's aliases and review decisions applied). Loading is long work: it
// runs off the UI thread (see MainWindow) with a Progress callback, and returns a value.

#include "app/project/project.h"
#include "core/boundary_reader.h"
#include "core/coverage.h"
#include "render/map_scene.h"

#include <QString>
#include <memory>
#include <vector>

namespace couverture::app {

struct LoadedSource {
    SourceSpec spec;
    ActivityTable table;
    ReconcileResult reconciled;
    QString error; // the table could not be read: why (the other sources still load)
    bool ok() const { return error.isEmpty(); }
};

struct Workspace {
    std::shared_ptr<const BoundaryLoad> boundaries;
    std::shared_ptr<const render::MapScene> scene;
    std::vector<LoadedSource> sources;
    const AdminTree& tree() const { return boundaries->tree; }
};

// Reads the boundaries (then projects them) while the tables are read on a second thread, then reconciles
// every table. Throws InputError when the boundaries cannot be read; Cancelled when progress says stop.
// The scene's label points and areas are kept in sceneCacheFolder() between runs (sceneCacheKey).
Workspace loadWorkspace(const Project& project, const Progress& progress = {});

// What the scene cache of a boundary source is valid for: every file's path, size and modification time
// (a folder: the files in it; a file: the files beside it with its base name, a shapefile's parts), and
// the program's version. Empty for sources that are not local files (PG:...): those are never cached.
std::string sceneCacheKey(const QString& boundaries);
// The user's cache folder for scenes ($XDG_CACHE_HOME/Couverture/scenes on Linux).
QString sceneCacheFolder();

// Reads one table as the project describes it (sheet, mapping). Throws InputError.
ActivityTable readSource(const SourceSpec& spec, const Progress& progress = {});

// Matches a table's rows with the project's aliases and the source's code keys (rows that give codes only),
// then marks the places the user rejected as unmatched. Throws InputError for a code key that cannot be read.
ReconcileResult reconcileSource(const AdminTree& tree, const ActivityTable& table, const Project& project,
                                const QStringList& codeKeys = {});

// Coverage of one source under the project's filter.
CoverageTable sourceCoverage(const Workspace& workspace, const LoadedSource& source,
                             const FilterState& filter);

} // namespace couverture::app
