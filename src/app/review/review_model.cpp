#include "app/review/review_model.h"

#include "core/text_fold.h"

#include <algorithm>
#include <map>

namespace couverture::app {
namespace {

// The deepest level the row names, and the name (else the code) it gives there.
std::pair<AdminLevel, std::string> deepestInput(const std::vector<std::string>& place) {
    for (int level = 3; level >= 1; --level) {
        const std::string& code = place[static_cast<std::size_t>(2 * (level - 1))];
        const std::string& name = place[static_cast<std::size_t>(2 * (level - 1) + 1)];
        if (!name.empty() || !code.empty()) {
            return {static_cast<AdminLevel>(level), name.empty() ? code : name};
        }
    }
    return {AdminLevel::Region, {}};
}

// Units of `level` ranked by how close their name is to `input`, those within `parent` first.
std::vector<ReviewCandidate> rankedCandidates(const AdminTree& tree, AdminLevel level,
                                              const std::string& input, UnitId parent, UnitId placed,
                                              int count) {
    const std::string folded = foldPlaceName(input);
    std::vector<std::pair<double, UnitId>> scored;
    for (UnitId id : tree.level(level)) {
        if (id == placed) {
            continue;
        }
        double score = nameSimilarity(folded, foldPlaceName(tree.unit(id).name));
        for (const auto& alternate : tree.unit(id).alternateNames) {
            score = std::max(score, nameSimilarity(folded, foldPlaceName(alternate)));
        }
        // Within the place's parent a name is much more likely to be meant than a namesake elsewhere.
        const double rank = score + (parent != kNoUnit && tree.isWithin(id, parent) ? 0.1 : 0.0);
        scored.emplace_back(rank, id);
    }
    const auto middle =
        scored.begin() + std::min<std::ptrdiff_t>(count, static_cast<std::ptrdiff_t>(scored.size()));
    std::partial_sort(scored.begin(), middle, scored.end(),
                      [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<ReviewCandidate> candidates;
    if (placed != kNoUnit) {
        candidates.push_back({placed, 1});
    }
    for (auto it = scored.begin(); it != middle && static_cast<int>(candidates.size()) < count; ++it) {
        candidates.push_back({it->second, std::min(1.0, it->first)});
    }
    return candidates;
}

} // namespace

QString placeText(const std::vector<std::string>& place) {
    QStringList parts;
    for (std::size_t level = 0; level < 3; ++level) {
        const std::string& name = place[2 * level + 1].empty() ? place[2 * level] : place[2 * level + 1];
        if (!name.empty()) {
            parts << QString::fromStdString(name);
        }
    }
    return parts.join(QStringLiteral(" › "));
}

std::vector<ReviewPlace> reviewPlaces(const AdminTree& tree, const LoadedSource& source, int maxCandidates) {
    std::vector<ReviewPlace> places;
    std::map<std::vector<std::string>, std::size_t> index;
    const auto& rows = source.table.rows;
    for (std::size_t i = 0; i < rows.size() && i < source.reconciled.matches.size(); ++i) {
        const Match& match = source.reconciled.matches[i];
        if (!match.needsReview) {
            continue;
        }
        std::vector<std::string> cells = placeCells(rows[i]);
        auto [at, inserted] = index.emplace(cells, places.size());
        if (inserted) {
            ReviewPlace place;
            place.place = std::move(cells);
            place.match = match;
            std::tie(place.level, place.input) = deepestInput(place.place);
            places.push_back(std::move(place));
        }
        places[at->second].rows.push_back(i);
    }
    for (ReviewPlace& place : places) {
        UnitId parent = kNoUnit;
        if (place.match.unit != kNoUnit && place.level != AdminLevel::Region) {
            parent =
                tree.ancestorAt(place.match.unit, static_cast<AdminLevel>(static_cast<int>(place.level) - 1));
        }
        const UnitId placed = place.match.unit != kNoUnit && tree.unit(place.match.unit).level == place.level
                                  ? place.match.unit
                                  : kNoUnit;
        place.candidates = rankedCandidates(tree, place.level, place.input, parent, placed, maxCandidates);
        if (!place.candidates.empty() && place.candidates.front().unit == place.match.unit) {
            place.candidates.front().score = place.match.score; // as reconciliation scored it
        }
    }
    return places;
}

Alias aliasFor(const ReviewPlace& place, const AdminTree& tree, UnitId unit) {
    Alias alias;
    alias.level = place.level;
    alias.input = place.input;
    alias.pcode = tree.unit(unit).pcode;
    return alias;
}

bool recordDecision(Project& project, const ReviewPlace& place, const AdminTree& tree, UnitId unit,
                    bool rejected) {
    auto& rejections = project.rejections;
    rejections.erase(
        std::remove_if(rejections.begin(), rejections.end(),
                       [&](const ReviewDecision& decision) { return decision.place == place.place; }),
        rejections.end());
    if (rejected) {
        rejections.push_back({place.place, true});
        return true;
    }
    if (unit == kNoUnit) {
        return false;
    }
    const Alias alias = aliasFor(place, tree, unit);
    auto& aliases = project.aliases;
    aliases.erase(std::remove_if(
                      aliases.begin(), aliases.end(),
                      [&](const Alias& old) { return old.level == alias.level && old.input == alias.input; }),
                  aliases.end());
    aliases.push_back(alias);
    return true;
}

} // namespace couverture::app
