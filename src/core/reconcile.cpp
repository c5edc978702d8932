#include "core/reconcile.h"

#include "core/gdal_support.h"
#include "core/level_text.h"
#include "core/scheme_decision.h"
#include "core/text_fold.h"
#include "core/texts.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cpl_error.h>
#include <cstdio>
#include <filesystem>
#include <gdal.h>
#include <map>
#include <ogr_api.h>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

namespace couverture {

std::string_view methodKey(MatchMethod method) {
    switch (method) {
    case MatchMethod::Alias:
        return "alias";
    case MatchMethod::Code:
        return "code";
    case MatchMethod::CodeRepaired:
        return "code_repaired";
    case MatchMethod::Name:
        return "name";
    case MatchMethod::NameFuzzy:
        return "name_fuzzy";
    case MatchMethod::CoarserLevel:
        return "coarser_level";
    case MatchMethod::Unmatched:
        return "unmatched";
    case MatchMethod::CodeOtherScheme:
        return "code_other_scheme";
    }
    return "unmatched";
}

namespace {

constexpr std::array<Role, 3> kCodeRoles{Role::Adm1Code, Role::Adm2Code, Role::Adm3Code};
constexpr std::array<Role, 3> kNameRoles{Role::Adm1Name, Role::Adm2Name, Role::Adm3Name};

std::size_t mixAddress(std::size_t hash, const void* address) {
    return (hash ^ std::hash<const void*>{}(address)) * 0x9E3779B97F4A7C15ULL + (hash >> 29);
}

struct CellPairHash {
    std::size_t operator()(const std::pair<const std::string*, const std::string*>& pair) const {
        return mixAddress(mixAddress(0, pair.first), pair.second);
    }
};

// A row's place cells (codes and names of the three levels), known by the addresses of their shared texts:
// equal texts share one copy, so equal places have equal keys, without building or hashing strings.
struct PlaceCells {
    std::array<const std::string*, 6> cells{};
    explicit PlaceCells(const ActivityRow& row) {
        for (std::size_t i = 0; i < 3; ++i) {
            cells[2 * i] = &row.cell(kCodeRoles[i]);
            cells[2 * i + 1] = &row.cell(kNameRoles[i]);
        }
    }
    bool operator==(const PlaceCells&) const = default;
};

struct PlaceCellsHash {
    std::size_t operator()(const PlaceCells& place) const {
        std::size_t hash = 0;
        for (const std::string* cell : place.cells) {
            hash = mixAddress(hash, cell);
        }
        return hash;
    }
};

// The level's name in a reason ("commune"), in the user's language.
std::string levelWord(AdminLevel level) {
    return levelText(level);
}

// A name as a reason quotes it: 'Kati' in English, « Kati » in French.
std::string quoted(const std::string& name) {
    return fill(translate("Reconcile", "'%1'"), {name});
}

// A method as a reason names it: its key in English ("name_fuzzy").
std::string methodWord(MatchMethod method) {
    switch (method) {
    case MatchMethod::Alias:
        return translate("Reconcile", "alias");
    case MatchMethod::Code:
        return translate("Reconcile", "code");
    case MatchMethod::CodeRepaired:
        return translate("Reconcile", "code_repaired");
    case MatchMethod::Name:
        return translate("Reconcile", "name");
    case MatchMethod::NameFuzzy:
        return translate("Reconcile", "name_fuzzy");
    case MatchMethod::CoarserLevel:
        return translate("Reconcile", "coarser_level");
    case MatchMethod::Unmatched:
        return translate("Reconcile", "unmatched");
    case MatchMethod::CodeOtherScheme:
        return translate("Reconcile", "code_other_scheme");
    }
    return std::string(methodKey(method));
}

// Between the notes of one reason: "; " in English, " ; " in French.
std::string noteSeparator() {
    return translate("Reconcile", "; ");
}

std::string scoreText(double score) {
    return decimalText(score, 2);
}

AdminLevel finer(AdminLevel level) {
    return static_cast<AdminLevel>(static_cast<int>(level) + 1);
}

// What a row says about one level.
struct Claim {
    AdminLevel level = AdminLevel::Region;
    std::string rawCode, code, rawName, name;
    bool present() const { return !code.empty() || !name.empty(); }
    std::string shown() const {
        std::string text = rawName.empty() ? std::string() : quoted(rawName);
        if (!code.empty()) {
            if (!text.empty()) {
                text += ' ';
            }
            text += '(';
            text.append(rawCode);
            text += ')';
        }
        return text;
    }
};

// A slip of the keyboard: one letter changed, added, dropped or swapped (two in names of ten letters or
// more). Beyond that, an exact name elsewhere is the better reading.
bool isSlip(std::string_view a, std::string_view b) {
    return editDistance(a, b) <= (std::min(a.size(), b.size()) >= 10 ? 2U : 1U);
}

struct Resolution {
    UnitId unit = kNoUnit;
    MatchMethod method = MatchMethod::Unmatched;
    double score = 0;
    std::string note;
    bool conflict = false;
    bool review = false;
    bool shifted = false; // found one level finer than the claim (a 2019 région that is a 2015 cercle)
    // Found by name across the whole country for a row whose stated parents are unknown: kept only when a
    // finer place of the row confirms it (a place outside Mali may share a Malian name).
    bool uncorroborated = false;
};

} // namespace

struct Reconciler::Impl {
    const AdminTree& tree;
    ReconcileOptions options;
    // Folded names (and alternate names) -> units, per level, country-wide.
    std::array<std::unordered_map<std::string, std::vector<UnitId>>, 4> byName;
    std::vector<std::string> foldedName; // per unit
    // Aliases: (level, folded input) -> entries
    struct AliasEntry {
        std::string parent; // folded parent name or code, empty = anywhere
        UnitId unit;
    };
    std::array<std::unordered_map<std::string, std::vector<AliasEntry>>, 4> aliases;
    // Codes of a level that the table's names contradict most of the time belong to another scheme:
    // a code alone is then no evidence (set by calibrate()).
    std::array<bool, 4> codesTrusted{true, true, true, true};
    std::array<std::string, 4> distrustReason;
    // Transliteration keys (transliterationKey) -> units, per level.
    std::array<std::unordered_map<std::string, std::vector<UnitId>>, 4> byTransliteration;
    // Codes of another scheme with their name and where that pair comes from (this table's named rows, a
    // key), per level: read name-less codes of a table whose codes are not the boundaries'.
    std::array<std::unordered_map<std::string, std::pair<std::string, std::string>>, 4> otherSchemeNames;
    std::string countryPrefix; // letters the boundaries' P-codes begin with ("ML")

    Impl(const AdminTree& t, ReconcileOptions o) : tree(t), options(std::move(o)) {
        foldedName.resize(tree.size());
        for (const AdminUnit& unit : tree.units()) {
            foldedName[static_cast<std::size_t>(unit.id)] = placeKey(unit.name);
            auto& index = byName[static_cast<std::size_t>(unit.level)];
            index[foldedName[static_cast<std::size_t>(unit.id)]].push_back(unit.id);
            for (const auto& alternate : unit.alternateNames) {
                auto& list = index[placeKey(alternate)];
                if (std::find(list.begin(), list.end(), unit.id) == list.end()) {
                    list.push_back(unit.id);
                }
            }
        }
        for (const AdminUnit& unit : tree.units()) {
            auto& index = byTransliteration[static_cast<std::size_t>(unit.level)];
            auto& list = index[transliterationKey(unit.name)];
            list.push_back(unit.id);
            for (const auto& alternate : unit.alternateNames) {
                auto& other = index[transliterationKey(alternate)];
                if (std::find(other.begin(), other.end(), unit.id) == other.end()) {
                    other.push_back(unit.id);
                }
            }
        }
        countryPrefix = boundaryCodePrefix();
        for (const CodeKey& key : options.codeKeys) {
            for (const CodedRow& row : key.rows) {
                for (std::size_t i = 0; i < 3; ++i) {
                    const std::string code = cleanCode(row.codes[i]);
                    if (!code.empty() && !isPlaceholder(row.names[i])) {
                        otherSchemeNames[static_cast<std::size_t>(kMappedLevels[i])].try_emplace(
                            code, std::string(trim(row.names[i])), key.source);
                    }
                }
            }
        }
        for (const Alias& alias : options.aliases) {
            UnitId unit = tree.findByPcode(alias.pcode);
            if (unit == kNoUnit) {
                continue; // readAliases reports these
            }
            const std::string cleaned = cleanCode(alias.input);
            const std::string key = tree.findByPcode(cleaned) != kNoUnit || cleaned.rfind("ML", 0) == 0
                                        ? cleaned
                                        : placeKey(alias.input);
            aliases[static_cast<std::size_t>(alias.level)][key].push_back(
                {alias.parent.empty() ? std::string() : placeKey(alias.parent), unit});
        }
    }

    // The letters every région's P-code begins with, empty when they differ.
    std::string boundaryCodePrefix() const {
        std::string prefix;
        bool first = true;
        for (UnitId id : tree.level(AdminLevel::Region)) {
            const std::string& code = tree.unit(id).pcode;
            std::size_t letters = 0;
            while (letters < code.size() && std::isalpha(static_cast<unsigned char>(code[letters])) != 0) {
                ++letters;
            }
            const std::string own = code.substr(0, letters);
            if (!first && own != prefix) {
                return {};
            }
            prefix = own;
            first = false;
        }
        return prefix;
    }

    const std::string& folded(UnitId id) const { return foldedName[static_cast<std::size_t>(id)]; }

    bool within(UnitId id, UnitId anchor) const { return anchor == kNoUnit || tree.isWithin(id, anchor); }

    // Does the row's name designate this unit? Exact after folding (or an alternate name), else similar
    // enough.
    double nameAgreement(UnitId id, const std::string& name) const {
        if (folded(id) == name) {
            return 1.0;
        }
        for (const auto& alternate : tree.unit(id).alternateNames) {
            if (placeKey(alternate) == name) {
                return 1.0;
            }
        }
        return nameSimilarity(folded(id), name);
    }

    std::vector<UnitId> exactByName(AdminLevel level, const std::string& name, UnitId anchor) const {
        std::vector<UnitId> found;
        const auto& index = byName[static_cast<std::size_t>(level)];
        if (auto at = index.find(name); at != index.end()) {
            for (UnitId id : at->second) {
                if (within(id, anchor)) {
                    found.push_back(id);
                }
            }
        }
        return found;
    }

    // Units of `level` below `anchor` (all of the level when anchor is none).
    template <typename Visit> void forEachBelow(AdminLevel level, UnitId anchor, Visit visit) const {
        if (anchor == kNoUnit) {
            for (UnitId id : tree.level(level)) {
                visit(id);
            }
            return;
        }
        const AdminUnit& unit = tree.unit(anchor);
        if (unit.level >= level) {
            return;
        }
        for (UnitId child : unit.children) {
            if (tree.unit(child).level == level) {
                visit(child);
            } else {
                forEachBelow(level, child, visit);
            }
        }
    }

    std::string describeUnit(UnitId id) const {
        if (id == kNoUnit) {
            return translate("Reconcile", "the country");
        }
        // With its article in French ("la commune …", "le cercle …").
        const AdminUnit& unit = tree.unit(id);
        switch (unit.level) {
        case AdminLevel::Region:
            return fill(translate("Reconcile", "region %1 '%2'"), {unit.pcode, unit.name});
        case AdminLevel::Cercle:
            return fill(translate("Reconcile", "cercle %1 '%2'"), {unit.pcode, unit.name});
        case AdminLevel::Commune:
            return fill(translate("Reconcile", "commune %1 '%2'"), {unit.pcode, unit.name});
        case AdminLevel::Country:
            break;
        }
        return fill(translate("Reconcile", "country %1 '%2'"), {unit.pcode, unit.name});
    }

    // "outside cercle 'X'": with the article French contracts ("hors du cercle", "hors de la commune").
    std::string outsideUnit(UnitId id) const {
        if (id == kNoUnit) {
            return translate("Reconcile", "outside the country");
        }
        const AdminUnit& unit = tree.unit(id);
        switch (unit.level) {
        case AdminLevel::Region:
            return fill(translate("Reconcile", "outside region %1 '%2'"), {unit.pcode, unit.name});
        case AdminLevel::Cercle:
            return fill(translate("Reconcile", "outside cercle %1 '%2'"), {unit.pcode, unit.name});
        case AdminLevel::Commune:
            return fill(translate("Reconcile", "outside commune %1 '%2'"), {unit.pcode, unit.name});
        case AdminLevel::Country:
            break;
        }
        return fill(translate("Reconcile", "outside country %1 '%2'"), {unit.pcode, unit.name});
    }

    // "commune 'X' not found (in cercle …)".
    std::string notFound(AdminLevel level, const std::string& name, UnitId within) const {
        return within == kNoUnit ? fill(translate("Reconcile", "%1 '%2' not found"), {levelWord(level), name})
                                 : fill(translate("Reconcile", "%1 '%2' not found in %3"),
                                        {levelWord(level), name, describeUnit(within)});
    }

    Resolution resolveAlias(const Claim& claim, UnitId anchor) const {
        const auto& index = aliases[static_cast<std::size_t>(claim.level)];
        if (index.empty()) {
            return {};
        }
        for (const std::string& key : {claim.code, claim.name}) {
            if (key.empty()) {
                continue;
            }
            auto at = index.find(key);
            if (at == index.end()) {
                continue;
            }
            for (const auto& entry : at->second) {
                const bool parentOk =
                    entry.parent.empty() ||
                    (anchor != kNoUnit &&
                     (folded(anchor) == entry.parent || placeKey(tree.unit(anchor).pcode) == entry.parent));
                if (parentOk) {
                    return {entry.unit, MatchMethod::Alias, 1.0, fill(translate("Reconcile", "alias table: %1"), {claim.shown()}), false,
                            false};
                }
            }
        }
        return {};
    }

    // Transliterations of one name (Ouélessébougou / Welessebugu) under the parent: a scored guess to review.
    Resolution resolveTransliterated(const Claim& claim, UnitId anchor) const {
        const std::string key = transliterationKey(claim.rawName);
        if (key.size() < 3) {
            return {};
        }
        const auto& index = byTransliteration[static_cast<std::size_t>(claim.level)];
        auto at = index.find(key);
        if (at == index.end()) {
            return {};
        }
        UnitId found = kNoUnit;
        for (UnitId id : at->second) {
            if (within(id, anchor)) {
                if (found != kNoUnit && found != id) {
                    return {}; // two places spelt alike: no guess
                }
                found = id;
            }
        }
        if (found == kNoUnit) {
            return {};
        }
        // Scored below every exact match: a same-sounding name is worth at least 0.90, and the threshold
        // holds.
        const double score = std::min(0.99, std::max(0.90, nameAgreement(found, claim.name)));
        if (score < options.fuzzyThreshold) {
            return {};
        }
        return {found,
                MatchMethod::NameFuzzy,
                score,
                fill(translate("Reconcile", "'%1' read as '%2' (same transliteration key '%3', score %4)"),
                     {claim.rawName, tree.unit(found).name, key, scoreText(score)}),
                false,
                true};
    }

    // A code without a name, in a table whose codes at this level follow another scheme: a code the table
    // itself (or a key) gives with a name is read through that name; a code only the boundaries know is
    // theirs.
    Resolution resolveOtherSchemeCode(const Claim& claim, UnitId anchor, UnitId inBoundaries) const {
        const auto& names = otherSchemeNames[static_cast<std::size_t>(claim.level)];
        if (auto at = names.find(claim.code); at != names.end() && !at->second.first.empty()) {
            Claim named = claim;
            named.code.clear();
            named.rawName = at->second.first;
            named.name = placeKey(at->second.first);
            Resolution read = resolve(named, anchor, false);
            if (read.unit != kNoUnit) {
                read.method = MatchMethod::CodeOtherScheme;
                read.note = fill(translate("Reconcile", "code %1 is '%2' in %3"),
                                 {claim.rawCode, named.rawName, at->second.second}) +
                            (read.note.empty() ? "" : noteSeparator() + read.note);
                return read;
            }
        }
        if (inBoundaries != kNoUnit && names.count(claim.code) == 0) {
            return {inBoundaries,
                    MatchMethod::Code,
                    1.0,
                    fill(translate("Reconcile", "code %1 without a name: only the boundaries' scheme has it (%2)"),
                         {claim.rawCode, distrustReason[static_cast<std::size_t>(claim.level)]}),
                    false,
                    true};
        }
        return {kNoUnit,
                MatchMethod::Unmatched,
                0,
                fill(translate("Reconcile", "code %1 without a name, and %2"),
                     {claim.rawCode, distrustReason[static_cast<std::size_t>(claim.level)]}),
                false,
                true};
    }

    Resolution resolve(const Claim& claim, UnitId anchor, bool parentUnknown) const {
        if (Resolution alias = resolveAlias(claim, anchor); alias.unit != kNoUnit) {
            return alias;
        }
        const std::size_t levelIndex = static_cast<std::size_t>(claim.level);
        std::string conflictNote;
        // 1. The code as given, then repaired. A code counts only when the row's names agree with it.
        if (!claim.code.empty()) {
            std::vector<std::pair<std::string, MatchMethod>> codes{{claim.code, MatchMethod::Code}};
            if (claim.rawCode != claim.code) {
                codes.front().second = MatchMethod::CodeRepaired; // spaces, case
            }
            for (auto& repaired : repairedCodes(claim.code)) {
                codes.emplace_back(std::move(repaired), MatchMethod::CodeRepaired);
            }
            for (const auto& [code, method] : codes) {
                const UnitId id = tree.findByPcode(code);
                if (id == kNoUnit || tree.unit(id).level != claim.level) {
                    continue;
                }
                const std::string repairedNote = method == MatchMethod::CodeRepaired
                                                     ? fill(translate("Reconcile", "code %1 repaired to %2"),
                                                            {claim.rawCode, code})
                                                     : "";
                if (!within(id, anchor)) {
                    conflictNote = fill(translate("Reconcile", "code %1 is %2, %3"),
                                        {claim.rawCode, describeUnit(id), outsideUnit(anchor)});
                    break;
                }
                if (claim.name.empty()) {
                    if (!codesTrusted[levelIndex]) {
                        return resolveOtherSchemeCode(claim, anchor, id);
                    }
                    std::string note =
                        repairedNote.empty() ? translate("Reconcile", "no name to check the code against")
                                             : repairedNote;
                    return {id, method, 1.0, note, false, false};
                }
                const double agreement = nameAgreement(id, claim.name);
                if (agreement >= options.fuzzyThreshold) {
                    std::string note = repairedNote;
                    if (agreement < 1.0) {
                        note += (note.empty() ? "" : noteSeparator()) +
                                fill(translate("Reconcile", "name spelt '%1'"), {claim.rawName});
                    }
                    return {id, method, agreement, note, false, false};
                }
                conflictNote = fill(translate("Reconcile", "code %1 is %2 in the boundaries, the row says '%3'"),
                                    {claim.rawCode, describeUnit(id), claim.rawName});
                break;
            }
            if (conflictNote.empty() && !claim.name.empty()) {
                conflictNote = fill(translate("Reconcile", "code %1 is not in the boundaries"), {claim.rawCode});
            }
        }
        const bool conflict = !conflictNote.empty() && tree.findByPcode(claim.code) != kNoUnit;
        auto withConflict = [&](Resolution resolution) {
            resolution.conflict = conflict;
            // When this table's codes at this level follow another scheme, a conflict is expected and the
            // names decide: reported, but not put on the review list.
            resolution.review = resolution.review || (conflict && codesTrusted[levelIndex]);
            if (!conflictNote.empty()) {
                resolution.note = conflictNote + (resolution.note.empty() ? "" : noteSeparator() + resolution.note);
            }
            return resolution;
        };
        if (claim.name.empty()) {
            return withConflict({kNoUnit, MatchMethod::Unmatched, 0,
                                 claim.code.empty()
                                     ? ""
                                     : fill(translate("Reconcile", "code %1 not found"), {claim.rawCode}),
                                 false,
                                 true});
        }
        // 2. The name within the parent. Across the whole country, for a row whose stated parents are all
        //    unknown, an exact name still needs a finer place of the row to confirm it.
        auto exact = exactByName(claim.level, claim.name, anchor);
        const bool countryWide = anchor == kNoUnit && claim.level != AdminLevel::Region;
        const bool needsCorroboration = countryWide && parentUnknown;
        if (exact.size() == 1) {
            Resolution found{exact.front(), MatchMethod::Name, 1.0, "", false, false};
            found.uncorroborated = needsCorroboration;
            return withConflict(found);
        }
        if (exact.size() > 1) {
            return withConflict({kNoUnit, MatchMethod::Unmatched, 0,
                                 anchor == kNoUnit
                                     ? fill(translate("Reconcile", "%1 %2s are named '%3'"),
                                            {std::to_string(exact.size()), levelWord(claim.level), claim.rawName})
                                     : fill(translate("Reconcile", "%1 %2s are named '%3' in %4"),
                                            {std::to_string(exact.size()), levelWord(claim.level), claim.rawName,
                                             describeUnit(anchor)}),
                                 false, true});
        }
        // 3. The same name transliterated (ou/w, dj/j, c/k, ai/e, doubled letters) within the parent.
        if (!countryWide) {
            if (Resolution spelt = resolveTransliterated(claim, anchor); spelt.unit != kNoUnit) {
                return withConflict(spelt);
            }
        }
        // 4. A fuzzy name within the parent, before an exact name elsewhere: a slightly misspelt commune
        // under
        //    its right cercle is that cercle's commune, not a homonym in another région. Never across the
        //    whole country below the région level.
        UnitId best = kNoUnit;
        double bestScore = 0, secondScore = 0;
        if (!countryWide) {
            forEachBelow(claim.level, anchor, [&](UnitId id) {
                const double score = nameAgreement(id, claim.name);
                if (score > bestScore) {
                    secondScore = bestScore;
                    bestScore = score;
                    best = id;
                } else if (score > secondScore) {
                    secondScore = score;
                }
            });
        }
        // An exact name elsewhere still wins over a near name that is more than a slip (3W December 2023:
        // 'Dialloube' under Bankass is Mopti's Dialloubé, not Bankass's Diallassagou, five letters away;
        // 'Boura' under Ansongo is Ansongo's Bourra, one letter away, not Yorosso's Boura).
        const auto anywhere =
            anchor != kNoUnit ? exactByName(claim.level, claim.name, kNoUnit) : std::vector<UnitId>{};
        const bool slight = best != kNoUnit && isSlip(folded(best), claim.name);
        if (best != kNoUnit && bestScore >= options.fuzzyThreshold && bestScore - secondScore >= 0.02 &&
            (anywhere.size() != 1 || slight)) {
            return withConflict({best, MatchMethod::NameFuzzy, bestScore,
                                 fill(translate("Reconcile", "'%1' read as '%2' (similarity %3)"),
                                      {claim.rawName, tree.unit(best).name, scoreText(bestScore)}),
                                 false, true});
        }
        // 5. The exact name elsewhere in the country: the row's parent is wrong.
        if (anchor != kNoUnit) {
            if (anywhere.size() == 1) {
                return withConflict(
                    {anywhere.front(), MatchMethod::Name, 1.0,
                     fill(translate("Reconcile", "found in %1, not in %2 as the row says (parent corrected)"),
                          {describeUnit(tree.ancestorAt(anywhere.front(), tree.unit(anchor).level)),
                           describeUnit(anchor)}),
                     false, true});
            }
        }
        // 6. A place the table files one level up from the boundaries (Ménaka: a région in 2019, a cercle in
        //    the 2015 boundaries; its 2019 cercles are 2015 communes).
        if (claim.level != AdminLevel::Commune) {
            auto shifted = exactByName(finer(claim.level), claim.name, anchor);
            if (shifted.empty() && anchor != kNoUnit) {
                shifted = exactByName(finer(claim.level), claim.name, kNoUnit);
            }
            if (shifted.size() == 1) {
                Resolution found{shifted.front(),
                                 MatchMethod::Name,
                                 1.0,
                                 fill(translate("Reconcile", "%1 '%2' is %3 in the boundaries"),
                                      {levelWord(claim.level), claim.rawName, describeUnit(shifted.front())}),
                                 false,
                                 true,
                                 true};
                found.uncorroborated = needsCorroboration;
                return withConflict(found);
            }
        }
        std::string reason = notFound(claim.level, claim.rawName, anchor);
        if (best != kNoUnit && bestScore >= 0.7) {
            reason += fill(translate("Reconcile", " (closest: '%1', %2)"),
                           {tree.unit(best).name, scoreText(bestScore)});
        }
        return withConflict({kNoUnit, MatchMethod::Unmatched, 0, reason, false, true});
    }

    std::array<Claim, 3> claimsOf(const ActivityRow& row) const {
        std::array<Claim, 3> claims;
        for (std::size_t i = 0; i < 3; ++i) {
            Claim& claim = claims[i];
            claim.level = kMappedLevels[i];
            const std::string& code = row.cell(kCodeRoles[i]);
            const std::string& name = row.cell(kNameRoles[i]);
            claim.code = cleanCode(code);
            if (!claim.code.empty()) {
                claim.rawCode = code;
            }
            if (!isPlaceholder(name)) {
                claim.rawName = name;
                claim.name = placeKey(name);
            }
        }
        return claims;
    }

    // A row from a neighbouring country: it names one, or gives another country's P-codes.
    std::string foreignReason(const std::array<Claim, 3>& claims) const {
        for (const Claim& claim : claims) {
            if (const std::string_view country = foreignCountryIn(claim.rawName); !country.empty()) {
                return fill(translate("Reconcile",
                                      "'%1' names %2: a place outside Mali is not placed on a Malian unit"),
                            {claim.rawName, std::string(country)});
            }
            if (isForeignCode(claim.code)) {
                return fill(translate("Reconcile", "code %1 is not a P-code of these boundaries (theirs begin "
                                                   "with %2): a place outside Mali is not placed on a Malian unit"),
                            {claim.rawCode, countryPrefix});
            }
        }
        return {};
    }

    // Two or three letters and digits, the letters not this country's: "BF5401", "NER003", "SN0101".
    bool isForeignCode(const std::string& code) const {
        std::size_t letters = 0;
        while (letters < code.size() && code[letters] >= 'A' && code[letters] <= 'Z') {
            ++letters;
        }
        if (countryPrefix.empty() || letters < 2 || letters > 3 || letters + 2 > code.size() ||
            !std::all_of(code.begin() + static_cast<std::ptrdiff_t>(letters), code.end(),
                         [](char c) { return c >= '0' && c <= '9'; })) {
            return false;
        }
        const std::string prefix = code.substr(0, letters);
        return prefix != countryPrefix && prefix != countryPrefix + "I"; // "MLI0101" is Mali's, repaired
    }

    Match match(const ActivityRow& row) const {
        const auto claims = claimsOf(row);
        Match result;
        if (std::string foreign = foreignReason(claims); !foreign.empty()) {
            result.level = AdminLevel::Region;
            result.reason = std::move(foreign);
            result.needsReview = true;
            return result;
        }
        UnitId anchor = kNoUnit;
        Resolution deepest;
        std::string notes;
        int deepestNamed = -1;
        bool anchorShifted = false;
        bool parentUnknown = false; // a stated place was not found, and nothing above it was
        UnitId uncorroborated =
            kNoUnit; // found country-wide by name only, waiting for a finer place to confirm
        auto addNote = [&notes](const std::string& note) {
            if (!note.empty()) {
                notes += (notes.empty() ? "" : noteSeparator()) + note;
            }
        };
        for (std::size_t i = 0; i < claims.size(); ++i) {
            if (!claims[i].present()) {
                continue;
            }
            deepestNamed = static_cast<int>(i);
            Resolution resolution = resolve(claims[i], anchor, parentUnknown);
            addNote(resolution.note);
            result.codeNameConflict = result.codeNameConflict || resolution.conflict;
            result.needsReview = result.needsReview || resolution.review;
            if (resolution.unit == kNoUnit) {
                deepest.method = MatchMethod::Unmatched;
                parentUnknown = parentUnknown || anchor == kNoUnit;
                if (anchorShifted && tree.unit(anchor).level == AdminLevel::Commune) {
                    // The commune stands for a 2019 cercle of the table, which holds more than that commune:
                    // a place not found under it is known only at the cercle above.
                    anchor = tree.unit(anchor).parent;
                    anchorShifted = false;
                }
                continue;
            }
            if (anchor != kNoUnit && tree.isWithin(anchor, resolution.unit)) {
                // The claim names a unit the row is already placed in (a level shift): nothing finer learnt.
                deepest.method = resolution.method;
                if (resolution.unit == anchor && !resolution.shifted) {
                    anchorShifted = false; // the anchor is confirmed at its own level
                }
                continue;
            }
            if (uncorroborated != kNoUnit && tree.isWithin(resolution.unit, uncorroborated)) {
                uncorroborated = kNoUnit; // a finer place of the row confirms the country-wide name
            }
            if (resolution.uncorroborated) {
                uncorroborated = resolution.unit;
            }
            anchor = resolution.unit;
            anchorShifted = resolution.shifted;
            deepest = resolution;
        }
        if (uncorroborated != kNoUnit) {
            addNote(fill(translate("Reconcile",
                                   "the row's stated région/cercle are not in the boundaries, and %1 is found by "
                                   "name alone with nothing to confirm it (a place outside Mali?): not placed"),
                         {describeUnit(uncorroborated)}));
            anchor = kNoUnit;
        }
        result.needsReview = result.needsReview || parentUnknown;
        if (anchor == kNoUnit) {
            result.method = MatchMethod::Unmatched;
            result.level = deepestNamed >= 0 ? kMappedLevels[static_cast<std::size_t>(deepestNamed)]
                                             : AdminLevel::Region;
            result.reason =
                deepestNamed < 0 ? translate("Reconcile", "the row names no place (no code, no name)") : notes;
            result.needsReview = true;
            return result;
        }
        result.unit = anchor;
        result.level = tree.unit(anchor).level;
        result.score = deepest.score;
        // Placed at the finest level of the boundaries: the method that found it. Anything coarser is
        // presence at that level only, whether the row names nothing finer or names a finer place not found.
        const bool finest = result.level == AdminLevel::Commune || tree.level(finer(result.level)).empty();
        if (finest && deepest.method != MatchMethod::Unmatched) {
            result.method = deepest.method;
        } else {
            result.method = MatchMethod::CoarserLevel;
            if (deepest.method == MatchMethod::Unmatched) {
                addNote(fill(translate("Reconcile", "placed at %1 level"), {levelWord(result.level)}));
            } else {
                addNote(fill(translate("Reconcile", "no finer place given: presence at %1 level (%1 found by %2)"),
                             {levelWord(result.level), methodWord(deepest.method)}));
            }
        }
        result.reason = notes;
        return result;
    }

    // A cell naming several places ("Kati, Siby et Dio"): one match per place named. `primary` becomes the
    // first place; the others are returned. Nothing changes when the cell is one place's name.
    std::vector<Match> matchSeveral(const ActivityRow& row, Match& primary) const {
        int named = -1;
        for (std::size_t i = 0; i < 3; ++i) {
            named = isPlaceholder(row.cell(kNameRoles[i])) ? named : static_cast<int>(i);
        }
        if (named < 0) {
            return {};
        }
        const auto level = static_cast<std::size_t>(named);
        const std::string& cell = row.cell(kNameRoles[level]);
        const std::vector<std::string> parts = splitPlaceList(cell);
        const bool exact = primary.unit != kNoUnit && primary.level == kMappedLevels[level] &&
                           primary.method != MatchMethod::NameFuzzy &&
                           primary.method != MatchMethod::CoarserLevel;
        if (parts.size() < 2 || exact) {
            return {};
        }
        // The row's place without this cell: every place the cell names must lie within it.
        ActivityRow without = row;
        without.cell(kNameRoles[level]).clear();
        without.cell(kCodeRoles[level]).clear();
        const UnitId parent = match(without).unit;
        std::vector<Match> placed, unplaced;
        for (const std::string& part : parts) {
            ActivityRow single = row;
            single.cell(kNameRoles[level]) = part;
            single.cell(kCodeRoles[level]).clear(); // one code cannot stand for several places
            Match one = match(single);
            const bool found = one.unit != kNoUnit && one.level == kMappedLevels[level];
            if (found && parent != kNoUnit && !tree.isWithin(one.unit, parent)) {
                one.reason = fill(translate("Reconcile", "'%1' is %2, %3: not placed"),
                                  {part, describeUnit(one.unit), outsideUnit(parent)});
            } else if (found) {
                if (std::none_of(placed.begin(), placed.end(),
                                 [&one](const Match& m) { return m.unit == one.unit; })) {
                    placed.push_back(std::move(one));
                }
                continue;
            } else {
                one.reason = notFound(kMappedLevels[level], part, parent);
            }
            one.unit = kNoUnit;
            one.method = MatchMethod::Unmatched;
            one.level = kMappedLevels[level];
            one.score = 0;
            one.needsReview = true;
            unplaced.push_back(std::move(one));
        }
        if (placed.empty() || (placed.size() == 1 && unplaced.empty())) {
            return {}; // no place found among the parts, or they all name one place
        }
        const std::size_t count = placed.size() + unplaced.size();
        const std::string said =
            fill(translate("Reconcile", "the cell '%1' names %2 places, one presence each, %3 found"),
                 {cell, std::to_string(count), std::to_string(placed.size())});
        std::vector<Match> others;
        for (std::size_t k = 0; k < count; ++k) {
            Match one = k < placed.size() ? std::move(placed[k]) : std::move(unplaced[k - placed.size()]);
            one.reason = said +
                         fill(k == 0 ? translate("Reconcile",
                                                 " (place %1 of %2; the others are in the extra places list)")
                                     : translate("Reconcile", " (place %1 of %2)"),
                              {std::to_string(k + 1), std::to_string(count)}) +
                         (one.reason.empty() ? "" : noteSeparator() + one.reason.str());
            if (k == 0) {
                primary = std::move(one);
            } else {
                others.push_back(std::move(one));
            }
        }
        return others;
    }

    // Codes of a level are no evidence on their own when the rows' names contradict them most of the time.
    void calibrate(const std::vector<const ActivityRow*>& rows) {
        for (std::size_t i = 0; i < 3; ++i) {
            // Cells are shared texts: a (code, name) pair is known by the two texts' addresses, and each
            // distinct pair is judged once, in the order the table first gives it.
            std::unordered_set<std::pair<const std::string*, const std::string*>, CellPairHash> judged;
            std::vector<std::pair<std::string, const std::string*>> pairs; // cleaned code, name
            std::unordered_map<std::string, bool> seen;                    // (code, name) -> agrees
            for (const ActivityRow* row : rows) {
                const std::string& rawCode = row->cell(kCodeRoles[i]);
                const std::string& name = row->cell(kNameRoles[i]);
                if (!judged.emplace(&rawCode, &name).second) {
                    continue;
                }
                std::string code = cleanCode(rawCode);
                if (code.empty() || isPlaceholder(name)) {
                    continue;
                }
                if (const std::string key = code + '\x1f' + name; seen.count(key) == 0) {
                    const UnitId id = tree.findByPcode(code);
                    seen[key] = id != kNoUnit && nameAgreement(id, placeKey(name)) >= options.fuzzyThreshold;
                }
                pairs.emplace_back(std::move(code), &name);
            }
            const auto agreeing =
                std::count_if(seen.begin(), seen.end(), [](const auto& entry) { return entry.second; });
            const std::size_t total = seen.size();
            if (total >= 10 && static_cast<double>(agreeing) < 0.5 * static_cast<double>(total)) {
                const auto level =
                    static_cast<std::size_t>(kMappedLevels[i]); // indexes by AdminLevel, as resolve()
                codesTrusted[level] = false;
                const std::string source = translate("Reconcile", "this table's code/name pairs");
                for (const auto& [code, name] : pairs) {
                    auto [at, inserted] = otherSchemeNames[level].try_emplace(code, *name, source);
                    if (!inserted && at->second.second != source) {
                        at->second = {*name, source}; // the table's own pairs before a key's
                    } else if (!inserted && !at->second.first.empty() &&
                               placeKey(at->second.first) != placeKey(*name)) {
                        at->second.first.clear(); // the table gives this code several names: no reading
                    }
                }
                distrustReason[level] =
                    fill(translate("Reconcile", "this table's %1 codes name other places than its names in %2 "
                                                "of %3 code/name pairs (another P-code scheme)"),
                         {levelWord(kMappedLevels[i]), std::to_string(total - static_cast<std::size_t>(agreeing)),
                          std::to_string(total)});
            }
        }
    }
};

Reconciler::Reconciler(const AdminTree& tree, ReconcileOptions options)
    : impl_(new Impl(tree, std::move(options))) {}
Reconciler::~Reconciler() {
    delete impl_;
}

Match Reconciler::match(const ActivityRow& row) const {
    return impl_->match(row);
}

namespace {

// A row that names no place and gives codes: its codes are read through the scheme decision.
bool givesCodesOnly(const ActivityRow& row) {
    bool code = false;
    for (std::size_t i = 0; i < 3; ++i) {
        if (!isPlaceholder(row.cell(kNameRoles[i]))) {
            return false;
        }
        code = code || !cleanCode(row.cell(kCodeRoles[i])).empty();
    }
    return code;
}

} // namespace

namespace {

// Distinct places: tables repeat a few hundred places over thousands of rows.
struct DistinctPlaces {
    std::vector<const ActivityRow*> places;
    std::vector<std::int64_t> rowsOfPlace;
    std::vector<std::size_t> placeOfRow;
};

// Open addressing over place numbers rather than std::unordered_map: a node per place cost a cache miss per
// row, 290 ms of the 1.8 s of reconcile_1m (a million rows, 107,000 places, machine under load 2.6).
DistinctPlaces distinctPlaces(const std::vector<ActivityRow>& rows) {
    DistinctPlaces distinct;
    std::vector<PlaceCells> keys;
    std::vector<std::size_t> hashes;
    std::vector<std::uint32_t> slots(std::size_t{1} << 12, 0); // place number + 1; 0 = empty
    auto slotOf = [&](std::size_t hash) { return (hash ^ (hash >> 32)) & (slots.size() - 1); };
    auto grow = [&] {
        std::vector<std::uint32_t>(slots.size() * 2, 0).swap(slots);
        for (std::size_t p = 0; p < keys.size(); ++p) {
            std::size_t slot = slotOf(hashes[p]);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.size() - 1);
            }
            slots[slot] = static_cast<std::uint32_t>(p + 1);
        }
    };
    distinct.placeOfRow.resize(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const PlaceCells key(rows[i]);
        const std::size_t hash = PlaceCellsHash{}(key);
        std::size_t slot = slotOf(hash);
        while (slots[slot] != 0 && (hashes[slots[slot] - 1] != hash || !(keys[slots[slot] - 1] == key))) {
            slot = (slot + 1) & (slots.size() - 1);
        }
        if (slots[slot] == 0) {
            slots[slot] = static_cast<std::uint32_t>(keys.size() + 1);
            keys.push_back(key);
            hashes.push_back(hash);
            distinct.places.push_back(&rows[i]);
            distinct.rowsOfPlace.push_back(0);
        }
        const std::size_t place = slots[slot] - 1;
        distinct.placeOfRow[i] = place;
        ++distinct.rowsOfPlace[place];
        if (keys.size() * 2 > slots.size()) {
            grow();
        }
    }
    return distinct;
}

} // namespace

// Each distinct named place is resolved once, on every core when there are many: a generated million-row
// table has ~107,000 distinct places at ~12 µs each (reconcile_1m). The first thread reports progress and
// the others stop when it is cancelled.
void Reconciler::matchNamedPlaces(const std::vector<const ActivityRow*>& places,
                                  const std::vector<std::size_t>& named, std::vector<Match>& placeMatches,
                                  std::unordered_map<std::size_t, std::vector<Match>>& extraOfPlace) const {
    const std::size_t threads =
        named.size() < 4096 ? 1 : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    std::vector<std::unordered_map<std::size_t, std::vector<Match>>> extras(threads);
    std::atomic<bool> cancelled{false};
    auto work = [&](std::size_t t) {
        for (std::size_t n = t; n < named.size() && !cancelled.load(std::memory_order_relaxed);
             n += threads) {
            if (t == 0 && (n & 0x3FF) == 0 &&
                !impl_->options.progress.report(static_cast<double>(n) / static_cast<double>(named.size()),
                                                translate("Progress", "reconciling places").c_str())) {
                cancelled = true;
            }
            const std::size_t p = named[n];
            placeMatches[p] = impl_->match(*places[p]);
            if (std::vector<Match> others = impl_->matchSeveral(*places[p], placeMatches[p]);
                !others.empty()) {
                extras[t].emplace(p, std::move(others));
            }
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t) {
        pool.emplace_back(work, t);
    }
    work(0);
    for (auto& thread : pool) {
        thread.join();
    }
    if (cancelled) {
        throw Cancelled{};
    }
    for (auto& extra : extras) {
        extraOfPlace.merge(extra);
    }
}

ReconcileResult Reconciler::matchAll(const std::vector<ActivityRow>& rows) const {
    // Find the distinct places first, learn from them how far the table's codes can be trusted, then
    // resolve each distinct place once.
    const DistinctPlaces distinct = distinctPlaces(rows);
    const auto& places = distinct.places;
    impl_->calibrate(places);
    std::vector<Match> placeMatches(places.size());
    std::unordered_map<std::size_t, std::vector<Match>> extraOfPlace; // cells naming several places
    std::vector<std::size_t> codedPlaces, namedPlaces;
    for (std::size_t p = 0; p < places.size(); ++p) {
        (givesCodesOnly(*places[p]) ? codedPlaces : namedPlaces).push_back(p);
    }
    matchNamedPlaces(places, namedPlaces, placeMatches, extraOfPlace);
    ReconcileResult result;
    if (!codedPlaces.empty()) {
        result.schemes = resolveCodedPlaces(places, distinct.rowsOfPlace, codedPlaces, placeMatches);
    }
    result.matches.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::size_t place = distinct.placeOfRow[i];
        const Match& match = placeMatches[place];
        result.matches.push_back(match);
        ++result.countByMethod[static_cast<std::size_t>(match.method)];
        if (match.codeNameConflict) {
            ++result.conflicts;
        }
        if (!extraOfPlace.empty()) {
            if (auto at = extraOfPlace.find(place); at != extraOfPlace.end()) {
                for (const Match& other : at->second) {
                    result.extraMatches.push_back({i, other});
                }
            }
        }
    }
    impl_->options.progress.report(1.0, translate("Progress", "rows reconciled").c_str());
    return result;
}

// Rows with codes and no names: région by région, the scheme their codes follow is decided from evidence
// (scheme_decision.h); the table's own code/name pairs are a key beside the ones given.
std::vector<RegionScheme> Reconciler::resolveCodedPlaces(const std::vector<const ActivityRow*>& places,
                                                         const std::vector<std::int64_t>& rowsOfPlace,
                                                         const std::vector<std::size_t>& codedPlaces,
                                                         std::vector<Match>& placeMatches) const {
    std::vector<CodeKey> keys = impl_->options.codeKeys;
    if (CodeKey own = codeKeyFromRows(translate("Reconcile", "this table"), places); !own.rows.empty()) {
        keys.push_back(std::move(own));
    }
    std::vector<CodedPlace> coded;
    coded.reserve(codedPlaces.size());
    for (std::size_t p : codedPlaces) {
        CodedPlace place;
        for (std::size_t i = 0; i < 3; ++i) {
            place.rawCodes[i] = places[p]->cell(kCodeRoles[i]);
            place.codes[i] = cleanCode(place.rawCodes[i]);
        }
        for (std::size_t i = 3; i-- > 0;) {
            if (place.codes[i].empty()) {
                continue;
            }
            const auto& populations = impl_->options.populationByCode;
            if (auto at = populations.find(place.codes[i]); at != populations.end()) {
                place.population = at->second;
            }
            break;
        }
        place.rows = rowsOfPlace[p];
        coded.push_back(std::move(place));
    }
    // Key names are placed by names alone: the table's scheme calibration does not apply to them.
    const Impl& names = *impl_;
    SchemeDecision decision = decideSchemes(impl_->tree, coded, keys,
                                            [&names](const ActivityRow& row) { return names.match(row); });
    for (std::size_t k = 0; k < codedPlaces.size(); ++k) {
        placeMatches[codedPlaces[k]] = std::move(decision.matches[k]);
    }
    return std::move(decision.regions);
}

bool ReconcileResult::partial() const {
    return std::any_of(schemes.begin(), schemes.end(), [](const RegionScheme& s) { return !s.joined(); });
}

std::string ReconcileResult::partialReason() const {
    std::string regions;
    std::int64_t rows = 0;
    for (const RegionScheme& scheme : schemes) {
        if (!scheme.joined()) {
            regions += (regions.empty() ? "" : ", ") + scheme.regionCode +
                       (scheme.regionName.empty() ? "" : " (" + scheme.regionName + ")");
            rows += scheme.rows;
        }
    }
    if (regions.empty()) {
        return {};
    }
    return fill(translate("Reconcile",
                          "%1 rows give codes without names in régions whose P-code scheme could not be "
                          "established (%2): they are not joined. Give a code key (--code-key FILE: a table with "
                          "these codes and their names, e.g. the COD-PS population of the same year) or an alias "
                          "table, or accept a partial join explicitly (--accept-partial-join); match_schemes.csv "
                          "says what is missing"),
                {std::to_string(rows), regions});
}

ReconcileResult reconcile(const AdminTree& tree, const std::vector<ActivityRow>& rows,
                          const ReconcileOptions& options) {
    return Reconciler(tree, options).matchAll(rows);
}

ReconcileResult reconcileCodedRows(const AdminTree& tree, const std::vector<CodedRow>& rows,
                                   const std::vector<CodeKey>& keys, ReconcileOptions options) {
    std::vector<ActivityRow> activityRows(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        ActivityRow& row = activityRows[r];
        row.row = static_cast<std::int64_t>(r + 1);
        for (std::size_t i = 0; i < 3; ++i) {
            row.cell(kCodeRoles[i]) = rows[r].codes[i];
            row.cell(kNameRoles[i]) = rows[r].names[i];
        }
    }
    for (const auto& [code, population] : populationByDeepestCode(rows)) {
        options.populationByCode.try_emplace(code, population);
    }
    options.codeKeys.insert(options.codeKeys.end(), keys.begin(), keys.end());
    return reconcile(tree, activityRows, options);
}

std::vector<Alias> readAliases(const std::string& path, const AdminTree& tree) {
    ensureGdalRegistered();
    requireRegularFile(path, translate("Problem", "alias table"));
    requireWholeCsv(path);
    const GdalMessages messages; // every GDAL message while the table is read makes it unusable
    const char* openOptions[] = {"AUTODETECT_TYPE=NO", "HEADERS=YES", nullptr};
    GDALDatasetH dataset =
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, openOptions, nullptr);
    if (dataset == nullptr || GDALDatasetGetLayerCount(dataset) == 0) {
        if (dataset != nullptr) {
            GDALClose(dataset);
        }
        const std::string reason = messages.first();
        throwInputError(
            path, {}, 0,
            reason.empty()
                ? translate("Problem", "GDAL cannot read this alias table")
                : fill(translate("Problem", "GDAL cannot read this alias table (GDAL: %1)"), {reason}));
    }
    struct Closer {
        GDALDatasetH dataset;
        ~Closer() { GDALClose(dataset); }
    } closer{dataset};
    OGRLayerH layer = GDALDatasetGetLayer(dataset, 0);
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    auto column = [&](const char* name) { return OGR_FD_GetFieldIndex(definition, name); };
    const int level = column("level"), input = column("input"), parent = column("parent"),
              pcode = column("pcode");
    if (input < 0 || pcode < 0) {
        throwInputError(path, {}, 0,
                        translate("Problem",
                                  "an alias table needs the columns level, input, parent (optional) and pcode"));
    }
    std::vector<Alias> aliases;
    // (level, folded input, folded parent) -> the row that gave it: one input cannot stand for two units.
    std::map<std::tuple<AdminLevel, std::string, std::string>, std::size_t> given;
    std::int64_t row = 0;
    OGRFeatureH feature = nullptr;
    while ((feature = OGR_L_GetNextFeature(layer)) != nullptr) {
        ++row;
        Alias alias;
        alias.input = std::string(trim(OGR_F_GetFieldAsString(feature, input)));
        alias.pcode = std::string(trim(OGR_F_GetFieldAsString(feature, pcode)));
        alias.parent = parent >= 0 ? std::string(trim(OGR_F_GetFieldAsString(feature, parent))) : "";
        const std::string levelAsWritten =
            level >= 0 ? std::string(trim(OGR_F_GetFieldAsString(feature, level))) : "";
        OGR_F_Destroy(feature);
        if (alias.input.empty()) {
            throwInputError(path, "input", row,
                            translate("Problem", "the input cell is empty: an alias says which name or code "
                                                 "stands for which P-code"));
        }
        const UnitId unit = tree.findByPcode(alias.pcode);
        if (unit == kNoUnit) {
            throwInputError(path, "pcode", row, fill(translate("Problem", "P-code '%1' is not in the boundaries"), {alias.pcode}));
        }
        alias.level = tree.unit(unit).level;
        if (!levelAsWritten.empty()) {
            AdminLevel stated{};
            if (!parseLevel(foldText(levelAsWritten), stated)) {
                throwInputError(path, "level", row,
                                fill(translate("Problem", "level '%1' is not région, cercle or commune"),
                                     {levelAsWritten}));
            }
            alias.level = stated; // the level the input is written at in tables
        }
        const auto key = std::make_tuple(alias.level, foldText(alias.input), foldText(alias.parent));
        if (const auto [at, added] = given.try_emplace(key, aliases.size()); !added) {
            const Alias& earlier = aliases[at->second];
            if (earlier.pcode != alias.pcode) {
                throwInputError(
                    path, "pcode", row,
                    fill(translate("Problem", "'%1' is already given P-code %2 by an earlier row; "
                                              "one input cannot stand for two units (%2, %3)"),
                         {alias.input, earlier.pcode, alias.pcode}));
            }
            continue; // the same decision twice
        }
        aliases.push_back(std::move(alias));
    }
    throwOnGdalMessages(path, messages, true);
    return aliases;
}

} // namespace couverture
