#pragma once
// A Couverture project (.couverture, JSON): the boundary source, the tables joined to it with their column
// mappings and code keys, the user's match decisions (aliases), the filters, what the map shows, the style
// and the page texts. Paths are stored relative to the project file so a project folder can be moved.

#include "core/coverage.h"
#include "core/reconcile.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <array>
#include <map>
#include <string>
#include <vector>

namespace couverture::app {

struct SourceSpec {
    QString label;                       // shown in the layers panel
    QString path;                        // absolute once loaded (relative in the file)
    QString sheet;                       // empty: the first sheet with data
    std::map<Role, std::string> mapping; // role -> header text; empty: detected
    // A table that gives codes without names (the HNO): tables with codes and names of another scheme (the
    // COD-PS, a 3W) that say what its codes mean, as --code-key. Absolute once loaded.
    QStringList codeKeys;
};

struct FilterState {
    QStringList sectors, organisations, organisationTypes, statuses;
    QDate from, to; // invalid: open
    bool empty() const;
    ActivityFilter toActivityFilter() const;
};

struct ViewState {
    int activeSource = 0;
    AdminLevel level = AdminLevel::Commune;
    QString figure = "organisations";
    bool showRegions = true, showCercles = true, showCommunes = true, showLabels = true;
};

// The analyses the window offers, as src/analysis computes them.
enum class AnalysisKind { Coverage, WhoIsWhere, Overlaps, Gaps, Targets, Sites, Change };
inline constexpr std::array<AnalysisKind, 7> kAnalysisKinds{
    AnalysisKind::Coverage, AnalysisKind::WhoIsWhere, AnalysisKind::Overlaps, AnalysisKind::Gaps,
    AnalysisKind::Targets,  AnalysisKind::Sites,      AnalysisKind::Change};
QString analysisKey(
    AnalysisKind kind); // "coverage", "who_is_where", "overlaps", "gaps", "targets", "sites", "change"
bool parseAnalysisKey(const QString& key, AnalysisKind& kind);

// The need table of gaps and targets, as `couverture analyse gaps --need ...` reads it.
struct NeedSettings {
    QString path;               // absolute once loaded (relative in the file)
    QString value = "#inneed";  // the figure's column: header or HXL tag
    QStringList where;          // rows kept: COLUMN=VALUE
    QString label;              // what the figure is ("VBG")
    QStringList codeKeys;       // a code-only table (the HNO): tables saying what its codes mean
    QString apportion = "none"; // a figure known only above the level: none, population or need
    QString population;         // apportion by population: the population table
    QString populationValue = "T_TL";
};

// The analysis in view and every analysis's options (kept when another is chosen).
struct AnalysisSettings {
    AnalysisKind kind = AnalysisKind::Coverage;
    QString sector; // empty: the sectors of the filters
    AdminLevel level = AdminLevel::Cercle;
    int minOrganisations = 2;                     // overlaps: N
    NeedSettings need;                            // gaps, targets
    int shortlist = 10;                           // targets
    std::array<double, 3> weights{0.5, 0.3, 0.2}; // targets: need, absence, partners
    QStringList partners;                         // targets: the programme's own organisations
    QString points;                               // sites: the point table
    QString gazetteer;    // sites: populated places (name-only rows, villages for reach)
    double reachKm = 0;   // sites: 0 = no reach figures
    int afterSource = -1; // change: the project's table of the second release; -1: withdraw
    QStringList withdraw; // change: organisations taken out of the table in view
};

struct PageSettings {
    QString language = "fr";
    QString pageSize = "A4";
    QString orientation = "landscape";
    QString title, subtitle, asOf, mapNumber, producer;
    QStringList sources;
    QStringList formats{"pdf", "png"};
    QString atlasBy; // "", "region", "cercle", "sector"
    QString outputFolder = "exports";
};

// A decision taken in the match review: the table's place (the cells it gives) is this unit, or is not.
struct ReviewDecision {
    std::vector<std::string> place; // adm1 code, adm1 name, adm2 code, adm2 name, adm3 code, adm3 name
    bool rejected = false;
};

struct Project {
    QString boundaries;
    std::vector<SourceSpec> sources;
    std::vector<Alias> aliases;             // accepted or picked units, applied by reconciliation
    std::vector<ReviewDecision> rejections; // places the user said are not where they were placed
    FilterState filter;
    ViewState view;
    QString style; // style file or name; empty: the default style
    PageSettings page;
    AnalysisSettings analysis;
};

// JSON in and out; `projectDir` makes paths relative (writing) or absolute (reading).
QJsonObject projectToJson(const Project& project, const QString& projectDir);
Project projectFromJson(const QJsonObject& json, const QString& projectDir);

// Reads a project file; throws InputError naming the file when it cannot be read or is not a project.
Project loadProject(const QString& path);
// Writes through QSaveFile: the previous file stays whole until the new one is complete and renamed over it.
// Throws OutputError when the file cannot be written.
void saveProject(const Project& project, const QString& path);

// The place cells of a row, as ReviewDecision::place holds them.
std::vector<std::string> placeCells(const ActivityRow& row);

} // namespace couverture::app
