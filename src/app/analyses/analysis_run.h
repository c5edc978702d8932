#pragma once
// The analysis in view, computed for the window: the settings of the analysis panel turned into the options
// of the functions `couverture analyse` calls (src/analysis), their tables (as the command line writes them)
// and the layer the map shows (render/analysis_maps.h). Pure function of its inputs, so it runs on a worker
// thread; nothing here decides anything the analysis layer does not.

#include "app/project/workspace.h"
#include "core/table_writer.h"
#include "render/analysis_maps.h"
#include "render/map_style.h"
#include "render/thematic.h"

#include <QPointF>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace couverture::app {

struct AnalysisInputs {
    std::shared_ptr<const Workspace> workspace;
    QString boundaries; // the project's (the populated places are looked for beside them)
    int source = 0;     // the table in view
    FilterState filter; // the project's filters
    AnalysisSettings settings;
    std::vector<Alias> aliases; // the project's decisions, for the point and need tables' places too
    std::shared_ptr<const render::MapStyle> style;
    QString language; // of the legend's texts
};

struct AnalysisTable {
    QString title; // the tab's, in the user's language
    OutputTable table;
};

struct AnalysisOutput {
    AnalysisKind kind = AnalysisKind::Coverage;
    std::vector<AnalysisTable> tables;
    std::shared_ptr<const render::ThematicLayer> layer; // null when there is nothing to map
    QString legendTitle;
    std::vector<QString> categoryLabels; // categorical layers: the label of each category index
    QString zeroLabel;                   // what a figure of 0 means here; empty: the style's "0 (none)"
    QString summary;                     // one or two sentences, in the user's language
    std::vector<QPointF> points;         // sites: the points inside a unit, display CRS
    Problems problems;
    QString error; // the analysis could not run (a file, a missing option): why
    // The printed map of the analysis, as `couverture analyse … --map` draws it (render/analysis_maps.h):
    // writes `output` in the format its extension names. Null when there is nothing to map.
    std::function<render::MapResult(const render::MapScene& scene, const std::string& output,
                                    const render::AnalysisMapOptions& options)>
        writeMap;
    // The analysis's own atlas, when it has one (overlaps: a PDF page per région with its largest
    // overlaps); null otherwise. Returns the files written.
    std::function<std::vector<std::string>(const render::MapScene& scene, const std::string& output,
                                           const render::AnalysisMapOptions& options)>
        writeAtlas;
};

// How far a run is, shared with the UI thread, which reads it and may ask the run to stop.
struct AnalysisProgress {
    std::atomic<int> permille{0};
    std::atomic<bool> cancel{false};
    Progress progress(); // writes here; says stop once `cancel` is set
};

// Runs the analysis of `inputs.settings.kind` (not Coverage: the window computes coverage itself). Input
// errors (a need table that cannot be read, no point table chosen...) come back in `error`; Cancelled is
// thrown when `progress` says stop.
AnalysisOutput runAnalysis(const AnalysisInputs& inputs, const Progress& progress = {});

// The 2015 populated places beside the boundaries in the shared data folder, when they are there.
QString defaultGazetteer(const QString& boundaries);

} // namespace couverture::app
