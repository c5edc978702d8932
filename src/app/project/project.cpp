#include "app/project/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace couverture::app {
namespace {

constexpr int kFormatVersion = 1;

QString relativeTo(const QString& dir, const QString& path) {
    if (path.isEmpty()) {
        return path;
    }
    return QDir(dir).relativeFilePath(path);
}

QString absoluteFrom(const QString& dir, const QString& path) {
    if (path.isEmpty() || QDir::isAbsolutePath(path)) {
        return path;
    }
    return QDir::cleanPath(QDir(dir).absoluteFilePath(path));
}

QJsonArray toArray(const QStringList& list) {
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue& value) {
    QStringList list;
    for (const auto& item : value.toArray()) {
        list << item.toString();
    }
    return list;
}

QJsonArray placeToJson(const std::vector<std::string>& place) {
    QJsonArray array;
    for (const auto& cell : place) {
        array.append(QString::fromStdString(cell));
    }
    return array;
}

std::vector<std::string> placeFromJson(const QJsonValue& value) {
    std::vector<std::string> place;
    for (const auto& item : value.toArray()) {
        place.push_back(item.toString().toStdString());
    }
    place.resize(6);
    return place;
}

QJsonArray pathsToJson(const QStringList& paths, const QString& dir) {
    QJsonArray array;
    for (const QString& path : paths) {
        array.append(relativeTo(dir, path));
    }
    return array;
}

QStringList pathsFromJson(const QJsonValue& value, const QString& dir) {
    QStringList paths;
    for (const QString& path : toList(value)) {
        paths << absoluteFrom(dir, path);
    }
    return paths;
}

QJsonObject sourceToJson(const SourceSpec& source, const QString& dir) {
    QJsonObject mapping;
    for (const auto& [role, header] : source.mapping) {
        mapping[QString::fromUtf8(roleKey(role))] = QString::fromStdString(header);
    }
    return {{"label", source.label},
            {"path", relativeTo(dir, source.path)},
            {"sheet", source.sheet},
            {"mapping", mapping},
            {"code_keys", pathsToJson(source.codeKeys, dir)}};
}

SourceSpec sourceFromJson(const QJsonObject& json, const QString& dir) {
    SourceSpec source;
    source.label = json["label"].toString();
    source.path = absoluteFrom(dir, json["path"].toString());
    source.sheet = json["sheet"].toString();
    source.codeKeys = pathsFromJson(json["code_keys"], dir);
    // Projects of an earlier version named a column here, which says nothing of another scheme: a file only.
    if (const QString key = absoluteFrom(dir, json["code_key"].toString()); QFileInfo(key).isFile()) {
        source.codeKeys << key;
    }
    const QJsonObject mapping = json["mapping"].toObject();
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        Role role{};
        if (parseRole(it.key().toStdString(), role)) {
            source.mapping[role] = it.value().toString().toStdString();
        }
    }
    if (source.label.isEmpty()) {
        source.label = QFileInfo(source.path).completeBaseName();
    }
    return source;
}

QJsonObject filterToJson(const FilterState& filter) {
    return {{"sectors", toArray(filter.sectors)},
            {"organisations", toArray(filter.organisations)},
            {"organisation_types", toArray(filter.organisationTypes)},
            {"statuses", toArray(filter.statuses)},
            {"from", filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QString()},
            {"to", filter.to.isValid() ? filter.to.toString(Qt::ISODate) : QString()}};
}

FilterState filterFromJson(const QJsonObject& json) {
    FilterState filter;
    filter.sectors = toList(json["sectors"]);
    filter.organisations = toList(json["organisations"]);
    filter.organisationTypes = toList(json["organisation_types"]);
    filter.statuses = toList(json["statuses"]);
    filter.from = QDate::fromString(json["from"].toString(), Qt::ISODate);
    filter.to = QDate::fromString(json["to"].toString(), Qt::ISODate);
    return filter;
}

QJsonObject viewToJson(const ViewState& view) {
    return {{"active_source", view.activeSource},
            {"level", QString::fromUtf8(levelKey(view.level))},
            {"figure", view.figure},
            {"show_regions", view.showRegions},
            {"show_cercles", view.showCercles},
            {"show_communes", view.showCommunes},
            {"show_labels", view.showLabels}};
}

ViewState viewFromJson(const QJsonObject& json) {
    ViewState view;
    view.activeSource = json["active_source"].toInt(0);
    AdminLevel level{};
    if (parseLevel(json["level"].toString().toStdString(), level) && level != AdminLevel::Country) {
        view.level = level;
    }
    view.figure = json["figure"].toString(view.figure);
    view.showRegions = json["show_regions"].toBool(true);
    view.showCercles = json["show_cercles"].toBool(true);
    view.showCommunes = json["show_communes"].toBool(true);
    view.showLabels = json["show_labels"].toBool(true);
    return view;
}

QJsonObject needToJson(const NeedSettings& need, const QString& dir) {
    return {{"path", relativeTo(dir, need.path)},
            {"value", need.value},
            {"where", toArray(need.where)},
            {"label", need.label},
            {"code_keys", pathsToJson(need.codeKeys, dir)},
            {"apportion", need.apportion},
            {"population", relativeTo(dir, need.population)},
            {"population_value", need.populationValue}};
}

NeedSettings needFromJson(const QJsonObject& json, const QString& dir) {
    NeedSettings need;
    need.path = absoluteFrom(dir, json["path"].toString());
    need.value = json["value"].toString(need.value);
    need.where = toList(json["where"]);
    need.label = json["label"].toString();
    need.codeKeys = pathsFromJson(json["code_keys"], dir);
    need.apportion = json["apportion"].toString(need.apportion);
    need.population = absoluteFrom(dir, json["population"].toString());
    need.populationValue = json["population_value"].toString(need.populationValue);
    return need;
}

QJsonObject analysisToJson(const AnalysisSettings& analysis, const QString& dir) {
    const auto& w = analysis.weights;
    return {{"kind", analysisKey(analysis.kind)},
            {"sector", analysis.sector},
            {"level", QString::fromUtf8(levelKey(analysis.level))},
            {"min_organisations", analysis.minOrganisations},
            {"need", needToJson(analysis.need, dir)},
            {"shortlist", analysis.shortlist},
            {"weights", QJsonObject{{"need", w[0]}, {"absence", w[1]}, {"partners", w[2]}}},
            {"partners", toArray(analysis.partners)},
            {"points", relativeTo(dir, analysis.points)},
            {"gazetteer", relativeTo(dir, analysis.gazetteer)},
            {"reach_km", analysis.reachKm},
            {"after_source", analysis.afterSource},
            {"withdraw", toArray(analysis.withdraw)}};
}

// `viewKind`: the kind projects written before the analysis options kept in their view.
AnalysisSettings analysisFromJson(const QJsonObject& json, const QString& viewKind, const QString& dir) {
    AnalysisSettings analysis;
    parseAnalysisKey(json["kind"].toString(viewKind), analysis.kind);
    analysis.sector = json["sector"].toString();
    AdminLevel level{};
    if (parseLevel(json["level"].toString().toStdString(), level) && level != AdminLevel::Country) {
        analysis.level = level;
    }
    analysis.minOrganisations = std::max(2, json["min_organisations"].toInt(analysis.minOrganisations));
    analysis.need = needFromJson(json["need"].toObject(), dir);
    analysis.shortlist = std::max(1, json["shortlist"].toInt(analysis.shortlist));
    const QJsonObject weights = json["weights"].toObject();
    const char* criteria[] = {"need", "absence", "partners"};
    for (std::size_t i = 0; i < 3; ++i) {
        analysis.weights[i] = weights[criteria[i]].toDouble(analysis.weights[i]);
    }
    analysis.partners = toList(json["partners"]);
    analysis.points = absoluteFrom(dir, json["points"].toString());
    analysis.gazetteer = absoluteFrom(dir, json["gazetteer"].toString());
    analysis.reachKm = std::max(0.0, json["reach_km"].toDouble(0));
    analysis.afterSource = json["after_source"].toInt(-1);
    analysis.withdraw = toList(json["withdraw"]);
    return analysis;
}

QJsonObject pageToJson(const PageSettings& page, const QString& dir) {
    return {{"language", page.language},
            {"page_size", page.pageSize},
            {"orientation", page.orientation},
            {"title", page.title},
            {"subtitle", page.subtitle},
            {"as_of", page.asOf},
            {"map_number", page.mapNumber},
            {"producer", page.producer},
            {"sources", toArray(page.sources)},
            {"formats", toArray(page.formats)},
            {"atlas_by", page.atlasBy},
            {"output_folder", QDir::isAbsolutePath(page.outputFolder) ? relativeTo(dir, page.outputFolder)
                                                                      : page.outputFolder}};
}

PageSettings pageFromJson(const QJsonObject& json, const QString& dir) {
    PageSettings page;
    page.language = json["language"].toString(page.language);
    page.pageSize = json["page_size"].toString(page.pageSize);
    page.orientation = json["orientation"].toString(page.orientation);
    page.title = json["title"].toString();
    page.subtitle = json["subtitle"].toString();
    page.asOf = json["as_of"].toString();
    page.mapNumber = json["map_number"].toString();
    page.producer = json["producer"].toString();
    page.sources = toList(json["sources"]);
    if (json.contains("formats")) {
        page.formats = toList(json["formats"]);
    }
    page.atlasBy = json["atlas_by"].toString();
    page.outputFolder = absoluteFrom(dir, json["output_folder"].toString(page.outputFolder));
    return page;
}

} // namespace

QString analysisKey(AnalysisKind kind) {
    switch (kind) {
    case AnalysisKind::Coverage:
        return QStringLiteral("coverage");
    case AnalysisKind::WhoIsWhere:
        return QStringLiteral("who_is_where");
    case AnalysisKind::Overlaps:
        return QStringLiteral("overlaps");
    case AnalysisKind::Gaps:
        return QStringLiteral("gaps");
    case AnalysisKind::Targets:
        return QStringLiteral("targets");
    case AnalysisKind::Sites:
        return QStringLiteral("sites");
    case AnalysisKind::Change:
        return QStringLiteral("change");
    }
    return QStringLiteral("coverage");
}

bool parseAnalysisKey(const QString& key, AnalysisKind& kind) {
    for (AnalysisKind candidate : kAnalysisKinds) {
        if (analysisKey(candidate) == key) {
            kind = candidate;
            return true;
        }
    }
    return false;
}

bool FilterState::empty() const {
    return sectors.isEmpty() && organisations.isEmpty() && organisationTypes.isEmpty() &&
           statuses.isEmpty() && !from.isValid() && !to.isValid();
}

ActivityFilter FilterState::toActivityFilter() const {
    ActivityFilter filter;
    const auto copy = [](const QStringList& values, std::vector<std::string>& target) {
        for (const auto& value : values) {
            target.push_back(value.toStdString());
        }
    };
    copy(sectors, filter.sectors);
    copy(organisations, filter.organisations);
    copy(organisationTypes, filter.organisationTypes);
    copy(statuses, filter.statuses);
    if (from.isValid()) {
        filter.periodStart = parseDate(from.toString(Qt::ISODate).toStdString());
    }
    if (to.isValid()) {
        filter.periodEnd = parseDate(to.toString(Qt::ISODate).toStdString());
    }
    return filter;
}

std::vector<std::string> placeCells(const ActivityRow& row) {
    return {row.cell(Role::Adm1Code), row.cell(Role::Adm1Name), row.cell(Role::Adm2Code),
            row.cell(Role::Adm2Name), row.cell(Role::Adm3Code), row.cell(Role::Adm3Name)};
}

QJsonObject projectToJson(const Project& project, const QString& projectDir) {
    QJsonArray sources;
    for (const auto& source : project.sources) {
        sources.append(sourceToJson(source, projectDir));
    }
    QJsonArray aliases;
    for (const auto& alias : project.aliases) {
        aliases.append(QJsonObject{{"level", QString::fromUtf8(levelKey(alias.level))},
                                   {"input", QString::fromStdString(alias.input)},
                                   {"parent", QString::fromStdString(alias.parent)},
                                   {"pcode", QString::fromStdString(alias.pcode)}});
    }
    QJsonArray rejections;
    for (const auto& decision : project.rejections) {
        rejections.append(placeToJson(decision.place));
    }
    QJsonObject view = viewToJson(project.view);
    view["analysis"] = analysisKey(project.analysis.kind); // where projects kept it before its options
    return {{"couverture_project", kFormatVersion},
            {"boundaries", relativeTo(projectDir, project.boundaries)},
            {"sources", sources},
            {"aliases", aliases},
            {"rejected_places", rejections},
            {"filter", filterToJson(project.filter)},
            {"view", view},
            {"analysis", analysisToJson(project.analysis, projectDir)},
            {"style", project.style},
            {"page", pageToJson(project.page, projectDir)}};
}

Project projectFromJson(const QJsonObject& json, const QString& projectDir) {
    Project project;
    project.boundaries = absoluteFrom(projectDir, json["boundaries"].toString());
    for (const auto& source : json["sources"].toArray()) {
        project.sources.push_back(sourceFromJson(source.toObject(), projectDir));
    }
    for (const auto& item : json["aliases"].toArray()) {
        const QJsonObject object = item.toObject();
        Alias alias;
        parseLevel(object["level"].toString().toStdString(), alias.level);
        alias.input = object["input"].toString().toStdString();
        alias.parent = object["parent"].toString().toStdString();
        alias.pcode = object["pcode"].toString().toStdString();
        project.aliases.push_back(std::move(alias));
    }
    for (const auto& item : json["rejected_places"].toArray()) {
        project.rejections.push_back({placeFromJson(item), true});
    }
    project.filter = filterFromJson(json["filter"].toObject());
    project.view = viewFromJson(json["view"].toObject());
    project.analysis = analysisFromJson(json["analysis"].toObject(),
                                        json["view"].toObject()["analysis"].toString("coverage"), projectDir);
    project.style = json["style"].toString();
    project.page = pageFromJson(json["page"].toObject(), projectDir);
    return project;
}

Project loadProject(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throwInputError(path.toStdString(), {}, 0,
                        QCoreApplication::translate("Project", "cannot open the project file: %1")
                            .arg(file.errorString())
                            .toStdString());
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (document.isNull() || !document.isObject()) {
        throwInputError(path.toStdString(), {}, 0,
                        QCoreApplication::translate("Project", "not a project file: %1")
                            .arg(error.errorString())
                            .toStdString());
    }
    if (!document.object().contains("couverture_project")) {
        throwInputError(
            path.toStdString(), {}, 0,
            QCoreApplication::translate("Project", "not a Couverture project (no couverture_project key)")
                .toStdString());
    }
    return projectFromJson(document.object(), QFileInfo(path).absolutePath());
}

void saveProject(const Project& project, const QString& path) {
    const QString dir = QFileInfo(path).absolutePath();
    const QByteArray bytes = QJsonDocument(projectToJson(project, dir)).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        throw OutputError{{Severity::Error,
                           path.toStdString(),
                           {},
                           0,
                           QCoreApplication::translate("Project", "cannot save the project: %1")
                               .arg(file.errorString())
                               .toStdString()}};
    }
}

} // namespace couverture::app
