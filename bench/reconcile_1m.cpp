// Reconciliation at scale: a 1,000,000-row table resampled from the real 3W place cells (with their own dirt:
// #N/A codes, case variants, codes of the other scheme), then dirtied further the way real tables are:
// accents dropped, case changed, Bamako's "Commune - VI" / "Commune VI" / "CVI" spellings, typos,
// MLI-prefixed codes, blanks and stray spaces. Only Reconciler::matchAll is timed; generation and the index
// build are not.

#include "bench_common.h"
#include "texts/message_language.h"
#include "core/activity_table.h"
#include "core/boundary_reader.h"
#include "core/problem.h"
#include "core/reconcile.h"
#include "core/texts.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <exception>
#include <gdal.h>
#include <random>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

using namespace couverture;
using bench::Clock;

namespace {

constexpr std::array<Role, 7> kPlaceRoles{Role::Adm1Code, Role::Adm1Name, Role::Adm2Code, Role::Adm2Name,
                                          Role::Adm3Code, Role::Adm3Name, Role::SiteName};
constexpr std::array<Role, 3> kCodeRoles{Role::Adm1Code, Role::Adm2Code, Role::Adm3Code};
constexpr std::array<Role, 3> kNameRoles{Role::Adm1Name, Role::Adm2Name, Role::Adm3Name};

// The base letter of a Latin-1 letter written in UTF-8 as 0xC3 xx; 0 when it has none.
char baseLetter(unsigned char second) {
    static constexpr std::string_view upper = "AAAAAAACEEEEIIII"  // 0x80-0x8F
                                              "DNOOOOO*OUUUUY**"; // 0x90-0x9F
    static constexpr std::string_view lower = "aaaaaaaceeeeiiii"  // 0xA0-0xAF
                                              "dnooooo*ouuuuy*y"; // 0xB0-0xBF
    if (second >= 0x80 && second <= 0x9F) {
        const char c = upper[second - 0x80];
        return c == '*' ? '\0' : c;
    }
    if (second >= 0xA0 && second <= 0xBF) {
        const char c = lower[second - 0xA0];
        return c == '*' ? '\0' : c;
    }
    return '\0';
}

std::string dropAccents(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == 0xC3 && i + 1 < text.size()) {
            const char base = baseLetter(static_cast<unsigned char>(text[i + 1]));
            if (base != '\0') {
                out += base;
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

// Upper or lower case, ASCII and the Latin-1 letters (as a spreadsheet's UPPER() does).
std::string changeCase(const std::string& text, bool toUpper) {
    std::string out = text;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto byte = static_cast<unsigned char>(out[i]);
        if (byte < 0x80) {
            out[i] = static_cast<char>(toUpper ? std::toupper(byte) : std::tolower(byte));
        } else if (byte == 0xC3 && i + 1 < out.size()) {
            const auto second = static_cast<unsigned char>(out[i + 1]);
            if (toUpper && second >= 0xA0 && second <= 0xBE && second != 0xB7) {
                out[i + 1] = static_cast<char>(second - 0x20);
            } else if (!toUpper && second >= 0x80 && second <= 0x9E && second != 0x97) {
                out[i + 1] = static_cast<char>(second + 0x20);
            }
            ++i;
        }
    }
    return out;
}

bool isAsciiLetter(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x80 && std::isalpha(byte) != 0;
}

// One keyboard slip on an ASCII letter (never the first): swap with the next, drop, double or replace it.
std::string typo(const std::string& text, std::mt19937_64& random) {
    std::vector<std::size_t> positions;
    for (std::size_t i = 1; i < text.size(); ++i) {
        if (isAsciiLetter(text[i])) {
            positions.push_back(i);
        }
    }
    if (positions.empty()) {
        return text;
    }
    const std::size_t at =
        positions[std::uniform_int_distribution<std::size_t>(0, positions.size() - 1)(random)];
    std::string out = text;
    switch (std::uniform_int_distribution<int>(0, 3)(random)) {
    case 0:
        if (at + 1 < out.size() && isAsciiLetter(out[at + 1])) {
            std::swap(out[at], out[at + 1]);
            break;
        }
        [[fallthrough]];
    case 1:
        out.erase(at, 1);
        break;
    case 2:
        out.insert(at, 1, out[at]);
        break;
    default: {
        static constexpr std::string_view vowels = "aeiou";
        const char replacement =
            vowels[std::uniform_int_distribution<std::size_t>(0, vowels.size() - 1)(random)];
        out[at] = out[at] == replacement ? 'y' : replacement;
        break;
    }
    }
    return out;
}

// "Commune - VI", "Commune VI", "CVI", "commune VI" ...: the roman numeral of a Bamako commune, empty if
// none.
std::string bamakoNumeral(const std::string& name) {
    std::string rest;
    if (name.size() >= 7 && (name.compare(0, 7, "Commune") == 0 || name.compare(0, 7, "commune") == 0 ||
                             name.compare(0, 7, "COMMUNE") == 0)) {
        rest = name.substr(7);
    } else if (name.size() >= 2 && (name[0] == 'C' || name[0] == 'c')) {
        rest = name.substr(1);
    } else {
        return {};
    }
    std::string numeral;
    for (const char c : rest) {
        if (c == ' ' || c == '-') {
            if (!numeral.empty()) {
                return {};
            }
            continue;
        }
        if (c != 'I' && c != 'V') {
            return {};
        }
        numeral += c;
    }
    return numeral.size() <= 3 ? numeral : std::string{};
}

std::string bamakoSpelling(const std::string& numeral, std::mt19937_64& random) {
    switch (std::uniform_int_distribution<int>(0, 3)(random)) {
    case 0:
        return "Commune - " + numeral;
    case 1:
        return "Commune " + numeral;
    case 2:
        return "C" + numeral;
    default:
        return "Commune-" + numeral;
    }
}

struct Perturbations {
    long long rows = 0;
    long long accents = 0, caseChanges = 0, bamako = 0, typos = 0, spaces = 0, blankNames = 0;
    long long mliPrefixes = 0, blankCodes = 0;
};

std::vector<ActivityRow> generate(const std::vector<ActivityRow>& source, std::size_t count,
                                  std::uint64_t seed, Perturbations& stats) {
    std::mt19937_64 random(seed);
    std::uniform_int_distribution<std::size_t> pick(0, source.size() - 1);
    std::uniform_real_distribution<double> chance(0.0, 1.0);

    std::vector<ActivityRow> rows;
    rows.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        const ActivityRow& real = source[pick(random)];
        ActivityRow row;
        row.row = static_cast<std::int64_t>(i + 1);
        row.sourceLine = static_cast<std::int64_t>(i + 3); // after the header and HXL rows
        for (const Role role : kPlaceRoles) {
            row.cell(role) = real.cell(role);
        }
        row.cell(Role::OrgAcronym) = real.cell(Role::OrgAcronym);
        row.cell(Role::Sector) = real.cell(Role::Sector);

        bool perturbed = false;
        for (const Role role : kNameRoles) {
            // Cells are shared texts: perturb a copy and store it back.
            std::string name = row.cell(role).str();
            if (name.empty()) {
                continue;
            }
            if (role == Role::Adm3Name) {
                if (const std::string numeral = bamakoNumeral(name);
                    !numeral.empty() && chance(random) < 0.5) {
                    name = bamakoSpelling(numeral, random);
                    ++stats.bamako;
                    perturbed = true;
                }
            }
            if (chance(random) < 0.08) {
                name = dropAccents(name);
                ++stats.accents;
                perturbed = true;
            }
            if (chance(random) < 0.06) {
                name = changeCase(name, chance(random) < 0.5);
                ++stats.caseChanges;
                perturbed = true;
            }
            if (chance(random) < 0.02) {
                name = typo(name, random);
                ++stats.typos;
                perturbed = true;
            }
            if (chance(random) < 0.02) {
                name = chance(random) < 0.5 ? " " + name : name + "  ";
                ++stats.spaces;
                perturbed = true;
            }
            if (chance(random) < 0.01) {
                name.clear();
                ++stats.blankNames;
                perturbed = true;
            }
            row.cell(role) = name;
        }
        for (const Role role : kCodeRoles) {
            std::string code = row.cell(role).str();
            if (code.size() > 2 && code.compare(0, 2, "ML") == 0 && code[2] != 'I' && chance(random) < 0.05) {
                code.insert(2, 1, 'I');
                ++stats.mliPrefixes;
                perturbed = true;
            }
            if (!code.empty() && chance(random) < 0.02) {
                code.clear();
                ++stats.blankCodes;
                perturbed = true;
            }
            row.cell(role) = code;
        }
        stats.rows += perturbed ? 1 : 0;
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

int main(int argc, char** argv) {
    const bench::Arguments args(argc, argv);
    if (args.flag("--help")) {
        std::printf(
            "usage: reconcile_1m [--boundaries PATH] [--activities FILE] [--rows N] [--runs N] [--seed N] [--lang en|fr]\n");
        return 0;
    }
    const std::string boundaries = args.value("--boundaries", bench::defaultBoundaries());
    const std::string activities = args.value("--activities", bench::defaultActivities());
    const auto rowCount = static_cast<std::size_t>(args.integer("--rows", 1'000'000));
    const int runs = args.integer("--runs", 3);
    const auto seed = static_cast<std::uint64_t>(args.integer("--seed", 20231231));

    // The messages of core (match reasons, row problems) in this language: fr installs the French
    // catalogue, whose lookups are cached per message (core/texts.h); en (the default) installs none.
    texts::setCoreLanguage(args.value("--lang", "en"));
    GDALAllRegister();
    try {
        const BoundaryLoad load = loadBoundaries(boundaries);
        const ActivityTable table = readActivityTable(activities);
        if (table.rows.empty()) {
            std::fprintf(stderr, "%s: no rows\n", activities.c_str());
            return 2;
        }

        Perturbations stats;
        const auto generateStart = Clock::now();
        const std::vector<ActivityRow> rows = generate(table.rows, rowCount, seed, stats);
        const double generateMs = bench::msSince(generateStart);

        // How many distinct place cell combinations the table holds: what a per-place cache has to resolve.
        std::unordered_set<std::string> places;
        for (const ActivityRow& row : rows) {
            std::string key;
            for (const Role role : kPlaceRoles) {
                key += row.cell(role);
                key += '\x1f';
            }
            places.insert(std::move(key));
        }

        const auto buildStart = Clock::now();
        const Reconciler reconciler(load.tree, ReconcileOptions{});
        const double buildMs = bench::msSince(buildStart);

        std::vector<double> samples, cpuSamples;
        ReconcileResult result;
        for (int run = 0; run < runs; ++run) {
            result = {}; // the previous run's matches are freed outside the timing
            const std::clock_t cpuStart = std::clock();
            const auto start = Clock::now();
            result = reconciler.matchAll(rows);
            samples.push_back(bench::msSince(start));
            // Processor time of all threads: what other work on the machine cannot stretch.
            cpuSamples.push_back(1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        }
        if (result.matches.size() != rows.size()) {
            std::fprintf(stderr, "matchAll returned %zu matches for %zu rows\n", result.matches.size(),
                         rows.size());
            return 1;
        }
        long long review = 0;
        for (const Match& match : result.matches) {
            review += match.needsReview ? 1 : 0;
        }

        bench::printCount("rows", static_cast<long long>(rows.size()));
        bench::printCount("source_rows", static_cast<long long>(table.rows.size()));
        bench::printCount("distinct_places", static_cast<long long>(places.size()));
        bench::printCount("seed", static_cast<long long>(seed));
        bench::printCount("rows_perturbed", stats.rows);
        bench::printCount("perturbed_accents_dropped", stats.accents);
        bench::printCount("perturbed_case_changed", stats.caseChanges);
        bench::printCount("perturbed_bamako_spelling", stats.bamako);
        bench::printCount("perturbed_typos", stats.typos);
        bench::printCount("perturbed_spaces", stats.spaces);
        bench::printCount("perturbed_blank_names", stats.blankNames);
        bench::printCount("perturbed_mli_prefix", stats.mliPrefixes);
        bench::printCount("perturbed_blank_codes", stats.blankCodes);
        bench::printFigure("generate_ms", generateMs);
        bench::printFigure("reconciler_build_ms", buildMs);
        bench::printCount("runs", runs);
        for (const MatchMethod method : kAllMethods) {
            const std::string name = "rows_" + std::string(methodKey(method));
            bench::printCount(name.c_str(), result.countByMethod[static_cast<std::size_t>(method)]);
        }
        bench::printCount("rows_conflicts", result.conflicts);
        bench::printCount("rows_needs_review", review);
        const double medianMs = bench::median(samples);
        bench::printFigure("reconcile_1m_first_ms", samples.front());
        bench::printFigure("reconcile_1m_min_ms", *std::min_element(samples.begin(), samples.end()));
        bench::printFigure("reconcile_1m_ms", medianMs);
        bench::printFigure("reconcile_1m_cpu_ms", bench::median(cpuSamples));
        if (medianMs > 0) {
            bench::printFigure("reconcile_rows_per_s", static_cast<double>(rows.size()) * 1000.0 / medianMs);
        }
        // One row problem per generated row, as a table with a bad figure on every row writes them: the
        // message looked up in the catalogue (cached per message) and filled in.
        Problems problems;
        problems.reserve(rows.size());
        const auto problemStart = Clock::now();
        for (std::size_t i = 0; i < rows.size(); ++i) {
            problems.push_back({Severity::Warning, activities, {}, static_cast<std::int64_t>(i + 1),
                                fill(translate("Problem", "%1: '%2' is not a number"),
                                     {"Personnes ciblées", rows[i].cell(Role::Adm3Name)})});
        }
        bench::printFigure("row_problems_1m_ms", bench::msSince(problemStart));
        bench::printMachine();
    } catch (...) {
        return bench::failed();
    }
    return 0;
}
