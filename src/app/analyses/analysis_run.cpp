#include "app/analyses/analysis_run.h"

#include "analysis/change/change.h"
#include "analysis/gaps/gaps.h"
#include "analysis/need/need_inputs.h"
#include "analysis/overlaps/overlaps.h"
#include "analysis/presence/who_is_where.h"
#include "analysis/sites/sites.h"
#include "analysis/targets/targets.h"
#include "render/analysis_maps.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <set>

namespace couverture::app {
namespace {

// The analyses' texts (tab titles, legend titles, summaries), translated in the context "Analysis".
class Analysis {
    Q_DECLARE_TR_FUNCTIONS(Analysis)
};

QString levelPlural(AdminLevel level) {
    switch (level) {
    case AdminLevel::Region:
        return Analysis::tr("régions");
    case AdminLevel::Cercle:
        return Analysis::tr("cercles");
    default:
        return Analysis::tr("communes");
    }
}

void check(const Progress& progress, double fraction, const char* what) {
    if (!progress.report(fraction, what)) {
        throw Cancelled{};
    }
}

// Everything the analyses share: the tree, the table in view and the filter with the panel's sector.
struct Context {
    const AnalysisInputs& inputs;
    const Workspace& workspace;
    const LoadedSource& source;
    ActivityFilter filter;
    const AdminTree& tree() const { return workspace.tree(); }
    const render::MapScene& scene() const { return *workspace.scene; }
    const AnalysisSettings& settings() const { return inputs.settings; }
};

ActivityFilter analysisFilter(const AnalysisInputs& inputs) {
    ActivityFilter filter = inputs.filter.toActivityFilter();
    if (!inputs.settings.sector.isEmpty()) {
        filter.sectors = {inputs.settings.sector.toStdString()};
    }
    return filter;
}

// Who is where, sites and change are printed with the texts of styles/analysis_sites.json, as the command
// line prints sites and change.
render::AnalysisMapOptions withSitesStyle(render::AnalysisMapOptions options) {
    options.style = "analysis_sites";
    return options;
}

std::vector<std::string> strings(const QStringList& list) {
    std::vector<std::string> values;
    for (const QString& value : list) {
        if (!value.trimmed().isEmpty()) {
            values.push_back(value.trimmed().toStdString());
        }
    }
    return values;
}

analysis::NeedLayer needLayer(const Context& context, Problems& problems) {
    const NeedSettings& settings = context.settings().need;
    if (settings.path.isEmpty()) {
        throwInputError(
            {}, "need", 0,
            Analysis::tr("choose the need table (people in need by P-code or name)").toStdString());
    }
    analysis::NeedInputs need;
    need.path = settings.path.toStdString();
    need.value = settings.value.isEmpty() ? "#inneed" : settings.value.toStdString();
    for (const QString& text : settings.where) {
        if (const auto condition = analysis::parseCondition(text.trimmed().toStdString())) {
            need.where.push_back(*condition);
        }
    }
    need.label = settings.label.toStdString(); // empty: each output says "people in need" in its language
    need.codeKeys = strings(settings.codeKeys);
    need.aliases = context.inputs.aliases;
    analysis::parseApportion(settings.apportion.toStdString(), need.apportion);
    need.population = settings.population.toStdString();
    need.populationValue =
        settings.populationValue.isEmpty() ? "T_TL" : settings.populationValue.toStdString();
    return analysis::needLayerFrom(context.tree(), need, context.settings().level, problems);
}

AnalysisOutput whoIsWhere(const Context& context, const Progress& progress) {
    analysis::WhoOptions options;
    options.level = context.settings().level;
    options.filter = context.filter;
    options.progress = progress;
    const analysis::WhoResult result = analysis::whoIsWhere(context.tree(), context.source.table.rows,
                                                            context.source.reconciled.matches, options);
    AnalysisOutput output;
    output.problems = result.problems;
    output.tables = {
        {Analysis::tr("Who is where"), analysis::whoTable(context.tree(), result)},
        {Analysis::tr("Presence at a coarser level"), analysis::whoCoarserTable(context.tree(), result)}};
    output.layer = std::make_shared<const render::ThematicLayer>(
        render::whoLayer(context.scene(), result, *context.inputs.style));
    output.legendTitle = Analysis::tr("Organisations present");
    output.writeMap = [layer = output.layer](const render::MapScene& scene, const std::string& path,
                                             const render::AnalysisMapOptions& map) {
        return render::writeLayerMap(scene, *layer, "who", {}, {}, path, withSitesStyle(map));
    };
    std::set<int> organisations;
    std::set<UnitId> units;
    for (const analysis::WhoLine& line : result.lines) {
        organisations.insert(line.organisation);
        units.insert(line.unit);
    }
    output.summary =
        Analysis::tr("%1 organisations present in %2 of the %3 %4; %5 lines of presence known only at a "
                     "coarser level.")
            .arg(organisations.size())
            .arg(units.size())
            .arg(context.tree().level(options.level).size())
            .arg(levelPlural(options.level))
            .arg(result.coarser.size());
    return output;
}

AnalysisOutput overlaps(const Context& context, const Progress& progress) {
    analysis::OverlapOptions options;
    options.level = context.settings().level;
    options.minOrganisations = std::max(2, context.settings().minOrganisations);
    options.filter = context.filter;
    options.progress = progress;
    const analysis::OverlapResult result = analysis::findOverlaps(context.tree(), context.source.table.rows,
                                                                  context.source.reconciled.matches, options);
    AnalysisOutput output;
    output.problems = result.problems;
    output.tables = {{Analysis::tr("Overlaps"), analysis::overlapTable(context.tree(), result)},
                     {Analysis::tr("Organisation pairs"), analysis::pairListTable(context.tree(), result)}};
    const auto matrices = analysis::pairMatrixTables(result, options.matrixSize);
    for (std::size_t i = 0; i < matrices.size() && i < 3; ++i) { // one per sector: a filter narrows them
        output.tables.push_back({Analysis::tr("Pair matrix %1").arg(i + 1), matrices[i]});
    }
    output.layer = std::make_shared<const render::ThematicLayer>(
        render::overlapLayer(context.scene(), result, *context.inputs.style));
    output.legendTitle = Analysis::tr("Organisations in the same sector where they overlap");
    const auto shared = std::make_shared<const analysis::OverlapResult>(result);
    output.writeMap = [shared](const render::MapScene& scene, const std::string& path,
                               const render::AnalysisMapOptions& map) {
        return render::writeOverlapMap(scene, *shared, path, map);
    };
    output.writeAtlas = [shared](const render::MapScene& scene, const std::string& path,
                                 const render::AnalysisMapOptions& map) {
        return render::writeOverlapSummary(scene, *shared, path, map);
    };
    output.zeroLabel = Analysis::tr("no overlap");
    output.summary =
        Analysis::tr("%1 unit-sectors where %2 or more organisations work in the same sector; %3 "
                     "organisation pairs.")
            .arg(result.overlaps.size())
            .arg(result.minOrganisations)
            .arg(result.pairs.size());
    if (!result.comparedByDates) {
        output.summary +=
            " " + Analysis::tr("The table has no dates: organisations are compared by sector alone.");
    }
    return output;
}

std::vector<QString> gapLabels() {
    const QString need[] = {Analysis::tr("low need"), Analysis::tr("middle need"), Analysis::tr("high need")};
    const QString coverage[] = {Analysis::tr("nobody"), Analysis::tr("few present"),
                                Analysis::tr("strong presence")};
    std::vector<QString> labels;
    for (const QString& present : coverage) {
        for (const QString& level : need) {
            labels.push_back(level + " · " + present);
        }
    }
    return labels;
}

AnalysisOutput gaps(const Context& context, const Progress& progress) {
    AnalysisOutput output;
    const analysis::NeedLayer need = needLayer(context, output.problems);
    check(progress, 0.5, "setting presence against need");
    const analysis::PresenceIndex index = analysis::buildPresenceIndex(
        context.source.table.rows, context.source.reconciled.matches, context.filter);
    analysis::GapOptions options;
    options.filter = context.filter;
    const analysis::GapResult result = analysis::computeGaps(context.tree(), index, need, options);
    output.problems.insert(output.problems.end(), result.problems.begin(), result.problems.end());
    output.tables = {{Analysis::tr("Gaps"), analysis::gapTable(context.tree(), index, result)}};
    output.layer = std::make_shared<const render::ThematicLayer>(render::gapLayer(context.scene(), result));
    output.legendTitle = Analysis::tr("Need and coverage");
    output.writeMap = [shared = std::make_shared<const analysis::GapResult>(result)](
                          const render::MapScene& scene, const std::string& path,
                          const render::AnalysisMapOptions& map) {
        return render::writeGapMap(scene, *shared, path, map);
    };
    output.categoryLabels = gapLabels();
    const auto nobody = std::count_if(result.units.begin(), result.units.end(),
                                      [](const analysis::UnitGap& gap) { return gap.highNeedNobody; });
    output.summary =
        Analysis::tr("%1 high-need %2 with nobody present.").arg(nobody).arg(levelPlural(result.level));
    if (result.anyEstimate) {
        output.summary +=
            " " + Analysis::tr("Need known only at a coarser level is shared out: an estimate.");
    }
    return output;
}

AnalysisOutput targets(const Context& context, const Progress& progress) {
    AnalysisOutput output;
    const analysis::NeedLayer need = needLayer(context, output.problems);
    check(progress, 0.5, "ranking the units");
    const analysis::PresenceIndex index = analysis::buildPresenceIndex(
        context.source.table.rows, context.source.reconciled.matches, context.filter);
    analysis::TargetOptions options;
    options.level = context.settings().level;
    options.shortlist = std::max(1, context.settings().shortlist);
    options.weights = context.settings().weights;
    options.partners = strings(context.settings().partners);
    options.filter = context.filter;
    const analysis::TargetResult result = analysis::rankTargets(context.tree(), index, need, options);
    output.problems.insert(output.problems.end(), result.problems.begin(), result.problems.end());
    output.tables = {{Analysis::tr("Targets"), analysis::targetTable(context.tree(), index, result)},
                     {Analysis::tr("Sensitivity"), analysis::sensitivityTable(context.tree(), result)}};
    output.layer =
        std::make_shared<const render::ThematicLayer>(render::targetLayer(context.scene(), result));
    output.legendTitle = Analysis::tr("Proposed %1").arg(levelPlural(result.level));
    output.writeMap = [shared = std::make_shared<const analysis::TargetResult>(result)](
                          const render::MapScene& scene, const std::string& path,
                          const render::AnalysisMapOptions& map) {
        return render::writeTargetMap(scene, *shared, path, map);
    };
    output.categoryLabels = {Analysis::tr("Shortlisted"), Analysis::tr("Always included"),
                             Analysis::tr("Not chosen"), Analysis::tr("Excluded")};
    QStringList chosen;
    for (const analysis::Candidate& candidate : result.candidates) {
        if (candidate.status == analysis::TargetStatus::Shortlisted ||
            candidate.status == analysis::TargetStatus::MustInclude) {
            chosen << QString::fromStdString(context.tree().unit(candidate.unit).name);
        }
    }
    output.summary = Analysis::tr("Shortlist: %1.").arg(chosen.join(", "));
    return output;
}

QString percent(int part, int whole) {
    return QString::number(whole == 0 ? 0.0 : 100.0 * part / whole, 'f', 1) + " %";
}

AnalysisOutput sites(const Context& context, const Progress& progress) {
    const AnalysisSettings& settings = context.settings();
    if (settings.points.isEmpty()) {
        throwInputError({}, "points", 0,
                        Analysis::tr("choose the point table (sites or service points)").toStdString());
    }
    analysis::SitesOptions options;
    options.points = settings.points.toStdString();
    const QString gazetteer =
        settings.gazetteer.isEmpty() ? defaultGazetteer(context.inputs.boundaries) : settings.gazetteer;
    options.gazetteer = gazetteer.toStdString();
    if (settings.reachKm > 0) {
        options.reachKm = settings.reachKm;
    }
    options.aliasList = context.inputs.aliases;
    options.progress = progress;
    const analysis::SitesOnTree run = analysis::runSitesOn(context.tree(), options);
    const analysis::SitesResult& result = run.result;
    AnalysisOutput output;
    output.problems = result.problems;
    output.tables = {
        {Analysis::tr("Points"), analysis::sitePointsTable(context.tree(), result)},
        {Analysis::tr("Points outside"), analysis::sitesOutsideTable(context.tree(), result)},
        {Analysis::tr("By unit"), analysis::sitesByUnitTable(context.tree(), result, settings.level)}};
    output.layer = std::make_shared<const render::ThematicLayer>(
        render::sitesLayer(context.scene(), result, settings.level, *context.inputs.style));
    output.legendTitle = result.reachKm
                             ? Analysis::tr("Villages within %1 km of a point (%)").arg(*result.reachKm)
                             : Analysis::tr("Points per unit");
    std::vector<LonLat> placed;
    for (const analysis::SitePoint& point : result.points) {
        if (point.status == analysis::SiteStatus::Inside) {
            placed.push_back(*point.placed.where);
        }
    }
    const std::map<std::string, std::string> fields = {
        {"km", QString::number(result.reachKm.value_or(0)).toStdString()},
        {"points", std::to_string(result.inside + result.outsideUnits)},
        {"outside", std::to_string(result.outsideUnits)},
        {"villages",
         std::to_string(result.villages.size() - static_cast<std::size_t>(result.villagesOutsideUnits))}};
    output.writeMap = [layer = output.layer, key = std::string(result.reachKm ? "reach" : "points"), fields,
                       placed](const render::MapScene& scene, const std::string& path,
                               const render::AnalysisMapOptions& map) {
        return render::writeLayerMap(scene, *layer, key, fields, placed, path, withSitesStyle(map));
    };
    for (const analysis::SitePoint& point : result.points) {
        double x = 0, y = 0;
        if (point.status == analysis::SiteStatus::Inside &&
            context.scene().projection().forward(point.placed.where->lon, point.placed.where->lat, x, y)) {
            output.points.emplace_back(x, y);
        }
    }
    output.summary =
        Analysis::tr("%1 points: %2 in a commune (%3 located by name), %4 outside every commune, %5 not "
                     "located.")
            .arg(result.points.size())
            .arg(result.inside)
            .arg(result.locatedByName)
            .arg(result.outsideUnits)
            .arg(result.notLocated);
    if (result.reachKm) {
        int villages = 0, within = 0;
        for (const UnitId region : context.tree().level(AdminLevel::Region)) {
            villages += result.reachByUnit[static_cast<std::size_t>(region)].villages;
            within += result.reachByUnit[static_cast<std::size_t>(region)].villagesWithin;
        }
        output.summary += " " + Analysis::tr("Villages within %1 km of a point: %2 of %3 (%4).")
                                    .arg(*result.reachKm)
                                    .arg(within)
                                    .arg(villages)
                                    .arg(percent(within, villages));
    }
    return output;
}

AnalysisOutput change(const Context& context) {
    const AnalysisSettings& settings = context.settings();
    const analysis::Release before{&context.source.table.rows, &context.source.reconciled.matches};
    analysis::Withdrawal withdrawal;
    analysis::Release after;
    const auto& sources = context.workspace.sources;
    if (settings.afterSource >= 0 && static_cast<std::size_t>(settings.afterSource) < sources.size() &&
        sources[static_cast<std::size_t>(settings.afterSource)].ok()) {
        const LoadedSource& second = sources[static_cast<std::size_t>(settings.afterSource)];
        after = {&second.table.rows, &second.reconciled.matches};
    } else {
        if (strings(settings.withdraw).empty()) {
            throwInputError(
                {}, "change", 0,
                Analysis::tr("choose the second release, or the organisations to take out").toStdString());
        }
        withdrawal = analysis::withoutOrganisations(context.source.table, context.source.reconciled.matches,
                                                    strings(settings.withdraw));
        after = {&withdrawal.table.rows, &withdrawal.matches};
    }
    analysis::ChangeOptions options;
    options.level = settings.level;
    options.filter = context.filter;
    const analysis::ChangeResult result = analysis::compareReleases(context.tree(), before, after, options);
    AnalysisOutput output;
    output.problems = withdrawal.problems;
    output.problems.insert(output.problems.end(), result.problems.begin(), result.problems.end());
    output.tables = {
        {Analysis::tr("Change by sector"), analysis::sectorChangeTable(context.tree(), result)},
        {Analysis::tr("Last organisation lost"), analysis::lostLastTable(context.tree(), result)},
        {Analysis::tr("Net change"), analysis::netChangeTable(context.tree(), result)}};
    output.layer = std::make_shared<const render::ThematicLayer>(
        render::changeLayer(context.scene(), result, *context.inputs.style));
    output.legendTitle = Analysis::tr("Net change in organisations");
    {
        const bool second = settings.afterSource >= 0 &&
                            static_cast<std::size_t>(settings.afterSource) < sources.size() &&
                            sources[static_cast<std::size_t>(settings.afterSource)].ok();
        // In the map's language: the second release's file, or the style's "change_withdrawn" text.
        std::map<std::string, std::string> fields = {
            {"before", QFileInfo(context.source.spec.path).fileName().toStdString()}};
        if (second) {
            fields["after"] = QFileInfo(sources[static_cast<std::size_t>(settings.afterSource)].spec.path)
                                  .fileName()
                                  .toStdString();
        } else {
            std::string organisations;
            for (const std::string& name : strings(settings.withdraw)) {
                organisations += (organisations.empty() ? "" : ", ") + name;
            }
            fields["organisations"] = organisations;
        }
        output.writeMap = [layer = output.layer, fields](const render::MapScene& scene,
                                                         const std::string& path,
                                                         const render::AnalysisMapOptions& map) {
            return render::writeLayerMap(scene, *layer, "change", fields, {}, path, withSitesStyle(map));
        };
    }
    output.zeroLabel = Analysis::tr("no change");
    int left = 0, arrived = 0, lost = 0;
    for (const analysis::SectorChange& sector : result.sectors) {
        left += static_cast<int>(sector.left.size());
        arrived += static_cast<int>(sector.arrived.size());
        lost += sector.lostLast() ? 1 : 0;
    }
    output.summary =
        Analysis::tr("%1 departures and %2 arrivals by unit and sector; %3 unit-sectors lost their last "
                     "organisation.")
            .arg(left)
            .arg(arrived)
            .arg(lost);
    return output;
}

AnalysisOutput dispatch(const Context& context, const Progress& progress) {
    switch (context.settings().kind) {
    case AnalysisKind::WhoIsWhere:
        return whoIsWhere(context, progress);
    case AnalysisKind::Overlaps:
        return overlaps(context, progress);
    case AnalysisKind::Gaps:
        return gaps(context, progress);
    case AnalysisKind::Targets:
        return targets(context, progress);
    case AnalysisKind::Sites:
        return sites(context, progress);
    case AnalysisKind::Change:
        return change(context);
    case AnalysisKind::Coverage:
        break;
    }
    return {};
}

} // namespace

Progress AnalysisProgress::progress() {
    return {[](double fraction, const char*, void* data) {
                auto* self = static_cast<AnalysisProgress*>(data);
                self->permille = static_cast<int>(fraction * 1000);
                return !self->cancel;
            },
            this};
}

QString defaultGazetteer(const QString& boundaries) {
    // The shared data folder: boundaries/<dataset>/ and places/<dataset>/ side by side.
    const QFileInfo info(boundaries);
    QDir data = info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir();
    if (!data.cdUp() || !data.cdUp()) {
        return {};
    }
    const QString path = data.filePath(QString::fromUtf8(analysis::kPopulatedPlaces));
    return QFileInfo::exists(path) ? path : QString();
}

AnalysisOutput runAnalysis(const AnalysisInputs& inputs, const Progress& progress) {
    AnalysisOutput output;
    output.kind = inputs.settings.kind;
    const auto& sources = inputs.workspace->sources;
    if (inputs.source < 0 || static_cast<std::size_t>(inputs.source) >= sources.size() ||
        !sources[static_cast<std::size_t>(inputs.source)].ok()) {
        output.error = Analysis::tr("No table to analyse: import an activity table (File › Import).");
        return output;
    }
    const Context context{inputs, *inputs.workspace, sources[static_cast<std::size_t>(inputs.source)],
                          analysisFilter(inputs)};
    try {
        check(progress, 0.0, "analysing");
        output = dispatch(context, progress);
        output.kind = inputs.settings.kind;
    } catch (const InputError& error) {
        output.error = QString::fromStdString(describe(error.problem));
    }
    progress.report(1.0, "analysed");
    return output;
}

} // namespace couverture::app
