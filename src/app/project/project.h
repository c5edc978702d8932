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
#include <map>
#include <string>
#include <vector>

namespace couverture::app {

struct SourceSpec {
    QString label;                       // shown in the layers panel
    QString path;                        // absolute once loaded (relative in the file)
    QString sheet;                       // empty: the first sheet with data
    std::map<Role, std::string> mapping; // role -> header text; empty: detected
    QString codeKey;                     // a code-only table: the column naming its places' P-codes
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
    QString analysis = "coverage"; // the analysis in view (coverage until src/analysis provides more)
    bool showRegions = true, showCercles = true, showCommunes = true, showLabels = true;
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
