#include "app/project/workspace.h"

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

ReconcileResult reconcileSource(const AdminTree& tree, const ActivityTable& table, const Project& project) {
    ReconcileOptions options;
    options.aliases = project.aliases;
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
        workspace.scene = std::make_shared<const render::MapScene>(render::buildMapScene(boundaries->tree));
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
        if (source.ok()) {
            source.reconciled = reconcileSource(workspace.tree(), source.table, project);
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
