#include "analysis/sites/gazetteer.h"

#include "core/level_text.h"
#include "core/text_fold.h"
#include "core/texts.h"

namespace couverture::analysis {

std::string_view pointSourceKey(PointSource source) {
    switch (source) {
    case PointSource::Coordinates:
        return "coordinates";
    case PointSource::Gazetteer:
        return "gazetteer";
    case PointSource::NotLocated:
        return "not_located";
    }
    return "not_located";
}

Gazetteer Gazetteer::load(const std::string& path, Progress progress) {
    ActivityReadOptions read;
    read.progress = progress;
    // The COD file names its places in featureNam, which no 3W header uses.
    read.explicitMapping[Role::SiteName] = "featureNam";
    PointTable table = [&] {
        try {
            return readPointTable(path, read);
        } catch (const InputError& error) {
            if (error.problem.message.find("featureNam") == std::string::npos) {
                throw;
            }
            read.explicitMapping.clear();
            return readPointTable(path, read);
        }
    }();
    Gazetteer gazetteer;
    gazetteer.path_ = path;
    gazetteer.problems_ = table.table.problems;
    std::int64_t withoutCoordinates = 0;
    for (std::size_t i = 0; i < table.table.rows.size(); ++i) {
        const ActivityRow& row = table.table.rows[i];
        if (!table.coordinates[i]) {
            ++withoutCoordinates;
            continue;
        }
        GazetteerPlace place;
        place.row = row.row;
        place.name = row.cell(Role::SiteName);
        place.regionPcode = cleanCode(row.cell(Role::Adm1Code));
        place.cerclePcode = cleanCode(row.cell(Role::Adm2Code));
        place.communePcode = cleanCode(row.cell(Role::Adm3Code));
        place.where = *table.coordinates[i];
        gazetteer.byKey_[placeKey(place.name)].push_back(gazetteer.places_.size());
        gazetteer.places_.push_back(std::move(place));
    }
    if (withoutCoordinates > 0) {
        gazetteer.problems_.push_back(
            {Severity::Warning,
             path,
             {},
             0,
             translate("Sites", "%n places without usable coordinates are left out of the gazetteer", nullptr,
                       withoutCoordinates)});
    }
    return gazetteer;
}

std::vector<const GazetteerPlace*> Gazetteer::find(std::string_view name, const AdminUnit* within) const {
    std::vector<const GazetteerPlace*> found;
    const auto entry = byKey_.find(placeKey(name));
    if (entry == byKey_.end()) {
        return found;
    }
    for (const std::size_t index : entry->second) {
        const GazetteerPlace& place = places_[index];
        if (within != nullptr) {
            const std::string& code = within->level == AdminLevel::Region   ? place.regionPcode
                                      : within->level == AdminLevel::Cercle ? place.cerclePcode
                                                                            : place.communePcode;
            if (code != within->pcode) {
                continue;
            }
        }
        found.push_back(&place);
    }
    return found;
}

namespace {

bool namesAPlace(const ActivityRow& row) {
    for (const Role role :
         {Role::Adm1Code, Role::Adm1Name, Role::Adm2Code, Role::Adm2Name, Role::Adm3Code, Role::Adm3Name}) {
        if (!row.cell(role).empty()) {
            return true;
        }
    }
    return false;
}

std::string placesText(const std::vector<const GazetteerPlace*>& places) {
    std::string text;
    for (std::size_t i = 0; i < places.size() && i < 5; ++i) {
        const std::string place =
            fill(translate("Sites", "%1 (%2)"), {places[i]->name, places[i]->communePcode});
        text = i == 0 ? place : fill(translate("Sites", "%1, %2"), {text, place});
    }
    return places.size() > 5 ? fill(translate("Sites", "%1, ..."), {text}) : text;
}

} // namespace

std::vector<PlacedPoint> placePoints(const PointTable& table, const Gazetteer* gazetteer,
                                     const AdminTree& tree, const Reconciler* reconciler) {
    std::vector<PlacedPoint> placed(table.table.rows.size());
    for (std::size_t i = 0; i < placed.size(); ++i) {
        PlacedPoint& point = placed[i];
        if (table.coordinates[i]) {
            point.where = table.coordinates[i];
            point.source = PointSource::Coordinates;
            continue;
        }
        const ActivityRow& row = table.table.rows[i];
        const std::string& name = row.cell(Role::SiteName);
        if (name.empty()) {
            point.reason = translate("Sites", "no coordinates and no site name");
            continue;
        }
        if (gazetteer == nullptr) {
            point.reason =
                fill(translate("Sites", "no coordinates, and no gazetteer to look '%1' up in"), {name});
            continue;
        }
        const AdminUnit* within = nullptr;
        if (reconciler != nullptr && namesAPlace(row)) {
            const Match match = reconciler->match(row);
            if (match.unit == kNoUnit) {
                point.reason =
                    fill(translate("Sites", "the row's commune/cercle could not be placed (%1); '%2' "
                                            "was not looked up in the whole country"),
                         {match.reason.str(), name});
                continue;
            }
            within = &tree.unit(match.unit);
        }
        const auto found = gazetteer->find(name, within);
        const std::string where = within == nullptr
                                      ? translate("Sites", "in the gazetteer")
                                      : fill(translate("Sites", "in %1 %2 (%3)"),
                                             {levelText(within->level), within->name, within->pcode});
        if (found.empty()) {
            point.reason = fill(translate("Sites", "'%1' not found %2"), {name, where});
        } else if (found.size() > 1) {
            point.reason = fill(translate("Sites", "%1 places named '%2' %3: %4"),
                                {std::to_string(found.size()), name, where, placesText(found)});
        } else {
            point.where = found.front()->where;
            point.source = PointSource::Gazetteer;
            point.reason =
                fill(translate("Sites", "gazetteer row %1: %2 (%3)"),
                     {std::to_string(found.front()->row), found.front()->name, found.front()->communePcode});
        }
    }
    return placed;
}

} // namespace couverture::analysis
