#include "core/scheme_decision.h"

#include "core/level_text.h"
#include "core/text_fold.h"
#include "core/texts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <unordered_map>

namespace couverture {
namespace {

constexpr std::array<Role, 3> kNameRoles{Role::Adm1Name, Role::Adm2Name, Role::Adm3Name};
constexpr std::size_t kBoundaries = 0; // reading 0: the codes are the polygons' codes; 1..n: key n-1's

// Below this many places with a population on both sides, a spread of ratios says nothing.
constexpr std::size_t kMinimumRatios = 3;
// The right reading's ratios stay within a few per cent of each other (HNO 2024 / COD-PS 2018: 0.1 % to 9 %
// per région); the wrong one's scatter by tens of per cent (48 % to 150 %). Spreads are standard deviations
// of the natural log of the ratio.
constexpr double kSteadySpread = 0.25;
constexpr double kClearlyWorse = 0.15;

std::string quoted(const std::string& text) {
    return fill(translate("Scheme", "'%1'"), {text});
}

std::string percent(double logSpread) {
    char text[32];
    std::snprintf(text, sizeof text, "%.0f %%", 100.0 * (std::exp(logSpread) - 1.0));
    return text;
}

// The words of a translated message before its first value ("placed at " of "placed at %1 level").
std::string leadingWords(const std::string& message) {
    return message.substr(0, message.find('%'));
}

// The name path's reason without what only matters to a row of names ("no finer place given ...").
// The reconciler writes its reason in the installed language: its notes are known by their translation.
std::string keyReason(const std::string& reason) {
    const std::string noFiner =
        leadingWords(translate("Reconcile", "no finer place given: presence at %1 level (%1 found by %2)"));
    const std::string placedAt = leadingWords(translate("Reconcile", "placed at %1 level"));
    const auto startsWith = [](const std::string& text, const std::string& start) {
        return !start.empty() && text.rfind(start, 0) == 0;
    };
    std::string kept;
    std::size_t start = 0;
    while (start <= reason.size()) {
        std::size_t end = reason.find("; ", start);
        end = end == std::string::npos ? reason.size() : end;
        const std::string part = reason.substr(start, end - start);
        if (!part.empty() && !startsWith(part, noFiner) && !startsWith(part, placedAt)) {
            kept += (kept.empty() ? "" : "; ") + part;
        }
        start = end + 2;
    }
    return kept;
}

std::string confidenceText(SchemeConfidence confidence) {
    switch (confidence) {
    case SchemeConfidence::High:
        return translate("Scheme", "high confidence");
    case SchemeConfidence::Medium:
        return translate("Scheme", "medium confidence");
    case SchemeConfidence::None:
        break;
    }
    return translate("Scheme", "no confidence");
}

std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

int deepestLevel(const std::array<std::string, 3>& codes) {
    for (int level = 2; level >= 0; --level) {
        if (!codes[static_cast<std::size_t>(level)].empty()) {
            return level;
        }
    }
    return -1;
}

struct KeyEntry {
    std::string name;
    std::string parentCode;
};

struct KeyIndex {
    std::string source;
    std::array<std::unordered_map<std::string, KeyEntry>, 3> entries; // per level: code -> name, parent
    std::map<std::pair<int, std::string>, double> population;         // (level, code) -> largest figure
};

KeyIndex indexKey(const CodeKey& key) {
    KeyIndex index;
    index.source = key.source;
    for (const CodedRow& row : key.rows) {
        std::array<std::string, 3> codes;
        for (std::size_t level = 0; level < 3; ++level) {
            codes[level] = cleanCode(row.codes[level]);
            if (codes[level].empty() || isPlaceholder(row.names[level])) {
                continue;
            }
            KeyEntry entry{std::string(trim(row.names[level])), level > 0 ? codes[level - 1] : ""};
            index.entries[level].try_emplace(codes[level], std::move(entry));
        }
        const int deepest = deepestLevel(codes);
        if (row.population && deepest >= 0) {
            auto [at, inserted] = index.population.try_emplace(
                {deepest, codes[static_cast<std::size_t>(deepest)]}, *row.population);
            if (!inserted) {
                at->second = std::max(at->second, *row.population);
            }
        }
    }
    return index;
}

// What one reading of a place's codes gives.
struct Reading {
    UnitId unit = kNoUnit; // deepest unit found (may be coarser than the codes when not resolved)
    bool resolved = false; // every code of the place found, down to its deepest one
    std::string note;      // how (repaired code, the key's names)
    bool review = false;
};

class Decider {
public:
    Decider(const AdminTree& tree, const std::vector<CodeKey>& keys, const NameMatcher& matcher)
        : tree_(tree), matcher_(matcher) {
        for (const CodeKey& key : keys) {
            keys_.push_back(indexKey(key));
        }
        indexPopulation();
    }

    std::size_t readings() const { return keys_.size() + 1; }

    // "the boundaries" or the key's file name, in a message.
    std::string readingName(std::size_t reading) const {
        return reading == kBoundaries ? translate("Scheme", "the boundaries") : keys_[reading - 1].source;
    }

    // "the boundaries' scheme", "mli_pop_adm2_v2.csv's scheme".
    std::string schemeName(std::size_t reading) const {
        return reading == kBoundaries ? translate("Scheme", "the boundaries' scheme")
                                      : fill(translate("Scheme", "%1's scheme"), {keys_[reading - 1].source});
    }

    Reading read(std::size_t reading, const std::array<std::string, 3>& codes) const {
        return reading == kBoundaries ? readInBoundaries(codes) : readInKey(keys_[reading - 1], codes);
    }

    // Whether a key gives codes under this région (its own code, or codes whose parent it is).
    bool keyKnowsRegion(std::size_t reading, const std::string& region) const {
        const KeyIndex& key = keys_[reading - 1];
        for (std::size_t level = 1; level < 3; ++level) {
            for (const auto& [code, entry] : key.entries[level]) {
                if (code.rfind(region, 0) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    std::optional<double> populationOf(UnitId unit) const {
        auto at = populationByUnit_.find(unit);
        return at == populationByUnit_.end() ? std::nullopt : std::optional<double>(at->second);
    }
    const std::string& populationSource() const { return populationSource_; }

    // The name a key gives the région code, else the boundaries' name.
    std::string regionName(const std::string& code) const {
        if (const UnitId id = findInBoundaries(code, AdminLevel::Region, kNoUnit).first; id != kNoUnit) {
            return tree_.unit(id).name;
        }
        for (const KeyIndex& key : keys_) {
            if (auto at = key.entries[0].find(code); at != key.entries[0].end()) {
                return at->second.name;
            }
        }
        return {};
    }

private:
    const AdminTree& tree_;
    const NameMatcher& matcher_;
    std::vector<KeyIndex> keys_;
    std::unordered_map<UnitId, double> populationByUnit_;
    std::string populationSource_;

    // The unit a code stands for in the boundaries (as written, else repaired), within `anchor`.
    std::pair<UnitId, std::string> findInBoundaries(const std::string& code, AdminLevel level,
                                                    UnitId anchor) const {
        std::vector<std::string> candidates{code};
        for (auto& repaired : repairedCodes(code)) {
            candidates.push_back(std::move(repaired));
        }
        for (const std::string& candidate : candidates) {
            const UnitId id = tree_.findByPcode(candidate);
            if (id != kNoUnit && tree_.unit(id).level == level &&
                (anchor == kNoUnit || tree_.isWithin(id, anchor))) {
                return {id, candidate == code
                                ? std::string()
                                : fill(translate("Scheme", "code %1 repaired to %2"), {code, candidate})};
            }
        }
        return {kNoUnit, {}};
    }

    Reading readInBoundaries(const std::array<std::string, 3>& codes) const {
        Reading reading;
        reading.resolved = true;
        for (std::size_t level = 0; level < 3; ++level) {
            if (codes[level].empty()) {
                continue;
            }
            auto [id, note] = findInBoundaries(codes[level], kMappedLevels[level], reading.unit);
            if (id == kNoUnit) {
                reading.resolved = false;
                break;
            }
            reading.unit = id;
            if (!note.empty()) {
                reading.note += (reading.note.empty() ? "" : "; ") + note;
            }
        }
        reading.resolved = reading.resolved && reading.unit != kNoUnit;
        return reading;
    }

    const KeyEntry* findInKey(const KeyIndex& key, std::size_t level, const std::string& code) const {
        const auto& entries = key.entries[level];
        if (auto at = entries.find(code); at != entries.end()) {
            return &at->second;
        }
        for (const auto& repaired : repairedCodes(code)) {
            if (auto at = entries.find(repaired); at != entries.end()) {
                return &at->second;
            }
        }
        return nullptr;
    }

    // The key's names for the codes, placed by the reconciler's name path.
    Reading readInKey(const KeyIndex& key, const std::array<std::string, 3>& codes) const {
        Reading reading;
        const int deepest = deepestLevel(codes);
        if (deepest < 0) {
            return reading;
        }
        ActivityRow row;
        bool complete = true;
        std::string said;
        std::string parentCode;
        for (int level = deepest; level >= 0; --level) {
            const auto l = static_cast<std::size_t>(level);
            const std::string& code = codes[l].empty() ? parentCode : codes[l];
            const KeyEntry* entry = code.empty() ? nullptr : findInKey(key, l, code);
            if (entry == nullptr) {
                complete = complete && codes[l].empty();
                parentCode.clear();
                continue;
            }
            row.cell(kNameRoles[l]) = entry->name;
            said = said.empty() ? fill(translate("Scheme", "%1 %2"), {code, quoted(entry->name)})
                                : fill(translate("Scheme", "%1 %2, %3"), {code, quoted(entry->name), said});
            parentCode = entry->parentCode;
        }
        if (said.empty()) {
            return reading;
        }
        const Match match = matcher_(row);
        reading.unit = match.unit;
        reading.resolved = complete && match.unit != kNoUnit &&
                           static_cast<int>(tree_.unit(match.unit).level) >= deepest + 1;
        reading.review =
            match.method == MatchMethod::NameFuzzy || match.codeNameConflict || match.needsReview;
        const std::string why = keyReason(match.reason);
        reading.note = why.empty() ? fill(translate("Scheme", "in %1: %2"), {key.source, said})
                                   : fill(translate("Scheme", "in %1: %2 (%3)"), {key.source, said, why});
        return reading;
    }

    // Population per boundary unit, from the keys that carry it: the denominator of the ratio evidence.
    void indexPopulation() {
        std::unordered_map<UnitId, int> claims;
        for (const KeyIndex& key : keys_) {
            if (key.population.empty()) {
                continue;
            }
            std::unordered_map<UnitId, double> found;
            for (const auto& [levelCode, population] : key.population) {
                const auto& [level, code] = levelCode;
                std::array<std::string, 3> codes;
                codes[static_cast<std::size_t>(level)] = code;
                const Reading reading = readInKey(key, codes);
                if (!reading.resolved ||
                    tree_.unit(reading.unit).level != kMappedLevels[static_cast<std::size_t>(level)]) {
                    continue;
                }
                if (!found.emplace(reading.unit, population).second) {
                    found[reading.unit] = -1; // two codes of the key on one unit: no figure for it
                }
            }
            for (const auto& [unit, population] : found) {
                if (population >= 0 && populationByUnit_.emplace(unit, population).second &&
                    populationSource_.empty()) {
                    populationSource_ = key.source;
                }
            }
        }
    }
};

struct Spread {
    std::size_t ratios = 0;
    double mean = 0, spread = 0, low = 0, high = 0; // of the ratio (mean, low, high) and of its log (spread)
};

Spread ratioSpread(const Decider& decider, const std::vector<const CodedPlace*>& places,
                   const std::vector<Reading>& readings) {
    std::vector<double> logs;
    Spread spread;
    for (std::size_t j = 0; j < places.size(); ++j) {
        if (!readings[j].resolved || !places[j]->population || *places[j]->population <= 0) {
            continue;
        }
        const auto denominator = decider.populationOf(readings[j].unit);
        if (!denominator || *denominator <= 0) {
            continue;
        }
        const double ratio = *places[j]->population / *denominator;
        spread.low = logs.empty() ? ratio : std::min(spread.low, ratio);
        spread.high = logs.empty() ? ratio : std::max(spread.high, ratio);
        logs.push_back(std::log(ratio));
    }
    spread.ratios = logs.size();
    if (logs.empty()) {
        return spread;
    }
    double sum = 0;
    for (double value : logs) {
        sum += value;
    }
    const double mean = sum / static_cast<double>(logs.size());
    double squares = 0;
    for (double value : logs) {
        squares += (value - mean) * (value - mean);
    }
    spread.mean = std::exp(mean);
    spread.spread = std::sqrt(squares / static_cast<double>(logs.size()));
    return spread;
}

std::string describeSpread(const Spread& spread) {
    return fill(translate("Scheme", "ratio %1 (%2 to %3, spread %4, %5 places)"),
                {number(spread.mean), number(spread.low), number(spread.high), percent(spread.spread),
                 std::to_string(spread.ratios)});
}

// Two readings agree when every place both resolve lands on the same unit.
bool agree(const std::vector<Reading>& a, const std::vector<Reading>& b) {
    for (std::size_t j = 0; j < a.size(); ++j) {
        if (a[j].resolved && b[j].resolved && a[j].unit != b[j].unit) {
            return false;
        }
    }
    return true;
}

// The first place the two readings put on different units, as an example for the evidence.
std::string firstDifference(const AdminTree& tree, const std::vector<const CodedPlace*>& places,
                            const std::vector<Reading>& a, const std::vector<Reading>& b) {
    for (std::size_t j = 0; j < a.size(); ++j) {
        if (a[j].resolved && b[j].resolved && a[j].unit != b[j].unit) {
            const auto& codes = places[j]->codes;
            return fill(translate("Scheme", "%1 is %2 one way and %3 the other"),
                        {codes[static_cast<std::size_t>(deepestLevel(codes))],
                         quoted(tree.unit(a[j].unit).name), quoted(tree.unit(b[j].unit).name)});
        }
    }
    return {};
}

struct Verdict {
    std::optional<std::size_t> reading;
    SchemeConfidence confidence = SchemeConfidence::None;
    std::string evidence;
};

Verdict decideRegion(const AdminTree& tree, const Decider& decider,
                     const std::vector<const CodedPlace*>& places,
                     const std::vector<std::vector<Reading>>& readings) {
    const std::size_t count = readings.size();
    std::vector<std::size_t> resolved(count, 0);
    for (std::size_t x = 0; x < count; ++x) {
        resolved[x] = static_cast<std::size_t>(std::count_if(readings[x].begin(), readings[x].end(),
                                                             [](const Reading& r) { return r.resolved; }));
    }
    std::size_t best = 0;
    for (std::size_t value : resolved) {
        best = std::max(best, value);
    }
    const std::string combinations = std::to_string(places.size());
    const std::string found = std::to_string(best);
    if (best == 0) {
        return {std::nullopt, SchemeConfidence::None,
                fill(count == 1
                         ? translate("Scheme", "none of its %1 code combinations is in the boundaries and "
                                               "no code key was given")
                         : translate("Scheme", "none of its %1 code combinations is in the boundaries or "
                                               "in a code key"),
                     {combinations})};
    }
    if (count == 1) {
        return {std::nullopt, SchemeConfidence::None,
                fill(translate("Scheme",
                               "%1 of its %2 code combinations are codes of the boundaries, but nothing "
                               "confirms that they follow the boundaries' scheme (two schemes give "
                               "different places to the same code) and no code key was given"),
                     {found, combinations})};
    }
    std::vector<std::size_t> candidates;
    for (std::size_t x = 0; x < count; ++x) {
        if (resolved[x] == best) {
            candidates.push_back(x);
        }
    }
    // Readings that put some place elsewhere than the first candidate: rivals.
    const std::size_t first = candidates.front();
    std::vector<std::size_t> allies{first}, rivals;
    for (std::size_t x = 0; x < count; ++x) {
        if (x == first || resolved[x] == 0) {
            continue;
        }
        (agree(readings[first], readings[x]) ? allies : rivals).push_back(x);
    }
    if (rivals.empty()) {
        if (allies.size() == 1 && first == kBoundaries) {
            // A key that knows this région's codes but none of these: codes of the boundaries' scheme only.
            const std::string& region = places.front()->codes[0];
            for (std::size_t x = 1; x < count; ++x) {
                if (!region.empty() && decider.keyKnowsRegion(x, region)) {
                    return {
                        kBoundaries, SchemeConfidence::Medium,
                        fill(translate("Scheme", "%1 of its %2 code combinations are codes of the boundaries "
                                                 "that %3, which knows this région's codes, does not have: "
                                                 "codes of one scheme only"),
                             {found, combinations, decider.readingName(x)})};
                }
            }
            return {std::nullopt, SchemeConfidence::None,
                    translate("Scheme",
                              "its codes are in the boundaries, but no code key knows them, so nothing "
                              "confirms the boundaries' scheme")};
        }
        // Prefer the boundaries' own codes when they agree with the keys.
        const std::size_t chosen =
            std::find(allies.begin(), allies.end(), kBoundaries) != allies.end() ? kBoundaries : first;
        std::string evidence;
        if (allies.size() > 1) {
            std::string names = decider.readingName(allies[0]);
            for (std::size_t i = 1; i < allies.size(); ++i) {
                names = fill(i + 1 == allies.size() ? translate("Scheme", "%1 and %2")
                                                    : translate("Scheme", "%1, %2"),
                             {names, decider.readingName(allies[i])});
            }
            evidence = fill(translate("Scheme", "%1 give the same places to %2 of its %3 code combinations"),
                            {names, found, combinations});
        } else {
            evidence =
                fill(translate("Scheme", "only %1 knows %2 of its %3 code combinations (the boundaries "
                                         "know none)"),
                     {decider.readingName(first), found, combinations});
        }
        return {chosen, SchemeConfidence::High, evidence};
    }
    // Readings disagree: the population ratio decides, when both sides can be measured.
    std::vector<std::size_t> contenders = allies;
    contenders.insert(contenders.end(), rivals.begin(), rivals.end());
    std::vector<Spread> spreads(count);
    for (std::size_t x : contenders) {
        spreads[x] = ratioSpread(decider, places, readings[x]);
    }
    std::optional<std::size_t> steadiest;
    for (std::size_t x : contenders) {
        if (spreads[x].ratios >= kMinimumRatios &&
            (!steadiest || spreads[x].spread < spreads[*steadiest].spread)) {
            steadiest = x;
        }
    }
    const std::string example = firstDifference(tree, places, readings[first], readings[rivals.front()]);
    const std::string first_ = decider.readingName(first);
    const std::string rival = decider.readingName(rivals.front());
    if (!steadiest) {
        return {std::nullopt, SchemeConfidence::None,
                fill(translate("Scheme",
                               "%1 and %2 read its codes differently (%3), and no population figures on "
                               "both this table and a key (at least %4 places) to decide"),
                     {first_, rival, example, std::to_string(kMinimumRatios)})};
    }
    const std::size_t winner = *steadiest;
    double runnerUp = -1;
    std::size_t runner = winner;
    for (std::size_t x : contenders) {
        if (x == winner || agree(readings[winner], readings[x])) {
            continue;
        }
        if (spreads[x].ratios < kMinimumRatios) {
            runnerUp = -1;
            runner = x;
            break;
        }
        if (runnerUp < 0 || spreads[x].spread < runnerUp) {
            runnerUp = spreads[x].spread;
            runner = x;
        }
    }
    const double steady = spreads[winner].spread;
    const std::string measured =
        runner == winner
            ? fill(translate("Scheme", "the population ratio to %1: reading the codes in %2, %3"),
                   {decider.populationSource(), decider.schemeName(winner), describeSpread(spreads[winner])})
            : fill(translate("Scheme", "the population ratio to %1: reading the codes in %2, %3; in %4, %5"),
                   {decider.populationSource(), decider.schemeName(winner), describeSpread(spreads[winner]),
                    decider.schemeName(runner), describeSpread(spreads[runner])});
    if (runnerUp < 0 || steady > kSteadySpread || runnerUp < std::max(2 * steady, steady + kClearlyWorse)) {
        return {std::nullopt, SchemeConfidence::None,
                fill(translate("Scheme", "%1 and %2 read its codes differently (%3); %4: not decisive"),
                     {first_, rival, example, measured})};
    }
    const bool clear = steady <= 0.15 && runnerUp >= 4 * steady;
    // Among the readings that agree with the winner, the boundaries' own codes come first.
    std::size_t chosen = winner;
    if (winner != kBoundaries && resolved[kBoundaries] == resolved[winner] &&
        agree(readings[winner], readings[kBoundaries])) {
        chosen = kBoundaries;
    }
    return {chosen, clear ? SchemeConfidence::High : SchemeConfidence::Medium,
            fill(translate("Scheme", "%1 and %2 read its codes differently (%3); %4"),
                 {first_, rival, example, measured})};
}

} // namespace

SchemeDecision decideSchemes(const AdminTree& tree, const std::vector<CodedPlace>& places,
                             const std::vector<CodeKey>& keys, const NameMatcher& matchByNames) {
    const Decider decider(tree, keys, matchByNames);
    SchemeDecision decision;
    decision.matches.resize(places.size());
    // Régions in the order the table first names them.
    std::vector<std::string> order;
    std::unordered_map<std::string, std::vector<std::size_t>> byRegion;
    for (std::size_t p = 0; p < places.size(); ++p) {
        auto [at, inserted] = byRegion.try_emplace(places[p].codes[0]);
        if (inserted) {
            order.push_back(places[p].codes[0]);
        }
        at->second.push_back(p);
    }
    for (const std::string& regionCode : order) {
        const auto& members = byRegion[regionCode];
        std::vector<const CodedPlace*> regionPlaces;
        for (std::size_t p : members) {
            regionPlaces.push_back(&places[p]);
        }
        std::vector<std::vector<Reading>> readings(decider.readings());
        for (std::size_t x = 0; x < decider.readings(); ++x) {
            for (const CodedPlace* place : regionPlaces) {
                readings[x].push_back(decider.read(x, place->codes));
            }
        }
        const Verdict verdict = decideRegion(tree, decider, regionPlaces, readings);
        RegionScheme scheme;
        scheme.regionCode = regionCode.empty() ? "(none)" : regionCode;
        scheme.regionName = decider.regionName(regionCode);
        scheme.scheme = verdict.reading ? decider.readingName(*verdict.reading) : "";
        if (verdict.reading == kBoundaries) {
            scheme.scheme = "boundaries";
        }
        scheme.confidence = verdict.confidence;
        scheme.evidence = verdict.evidence;
        scheme.places = static_cast<std::int64_t>(members.size());
        const std::string& region = scheme.regionCode;
        for (std::size_t j = 0; j < members.size(); ++j) {
            const CodedPlace& place = *regionPlaces[j];
            scheme.rows += place.rows;
            Match& match = decision.matches[members[j]];
            const int deepest = std::max(deepestLevel(place.codes), 0);
            match.level = kMappedLevels[static_cast<std::size_t>(deepest)];
            match.needsReview = true;
            if (!verdict.reading) {
                match.reason =
                    fill(translate("Scheme", "région %1: the scheme of its codes is not established "
                                             "(%2); not joined on its codes: give a code key "
                                             "(--code-key FILE, a table with these codes and their "
                                             "names, e.g. the COD-PS of the same year) or an alias "
                                             "table"),
                         {region, verdict.evidence});
                continue;
            }
            std::optional<std::size_t> used;
            if (readings[*verdict.reading][j].resolved) {
                used = verdict.reading;
            } else {
                // A code that only one scheme knows is unambiguous, whatever the région's scheme.
                for (std::size_t x = 0; x < decider.readings(); ++x) {
                    if (!readings[x][j].resolved) {
                        continue;
                    }
                    if (used && readings[*used][j].unit != readings[x][j].unit) {
                        used.reset();
                        break;
                    }
                    used = used ? used : x;
                }
            }
            if (!used) {
                const Reading& partial = readings[*verdict.reading][j];
                match.unit = partial.unit;
                match.method = partial.unit == kNoUnit ? MatchMethod::Unmatched : MatchMethod::CoarserLevel;
                match.level = partial.unit == kNoUnit ? match.level : tree.unit(partial.unit).level;
                match.score = partial.unit == kNoUnit ? 0 : 1;
                const std::string& code = place.rawCodes[static_cast<std::size_t>(deepest)];
                const std::string scheme_ = decider.schemeName(*verdict.reading);
                match.reason =
                    partial.unit == kNoUnit
                        ? fill(translate("Scheme",
                                         "code %1 is in no scheme known here (région %2 read in %3)"),
                               {code, region, scheme_})
                        : fill(translate("Scheme",
                                         "code %1 is in no scheme known here (région %2 read in %3); "
                                         "placed at %4 level"),
                               {code, region, scheme_, levelText(match.level)});
                continue;
            }
            const Reading& reading = readings[*used][j];
            match.unit = reading.unit;
            match.level = tree.unit(reading.unit).level;
            match.method = *used == kBoundaries ? MatchMethod::Code : MatchMethod::CodeOtherScheme;
            match.score = 1;
            match.needsReview = reading.review || verdict.confidence != SchemeConfidence::High;
            const std::string how =
                *used != kBoundaries ? fill(translate("Scheme", "code read %1"), {reading.note})
                : reading.note.empty()
                    ? translate("Scheme", "code of the boundaries")
                    : fill(translate("Scheme", "code of the boundaries (%1)"), {reading.note});
            const std::string followed = decider.schemeName(*verdict.reading);
            match.reason =
                used == verdict.reading
                    ? fill(translate("Scheme", "%1; région %2 follows %3 (%4)"),
                           {how, region, followed, confidenceText(verdict.confidence)})
                : *used == kBoundaries
                    ? fill(translate("Scheme", "%1; région %2 follows %3, but only the boundaries know this code"),
                           {how, region, followed})
                    : fill(translate("Scheme", "%1; région %2 follows %3, but only %4 knows this code"),
                           {how, region, followed, decider.readingName(*used)});
        }
        decision.regions.push_back(std::move(scheme));
    }
    return decision;
}

} // namespace couverture
