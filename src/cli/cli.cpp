#include "cli/cli.h"

#include "cli/analyse_commands.h"
#include "cli/cli_texts.h"
#include "cli/map_commands.h"
#include "cli/publish_command.h"
#include "core/commands.h"
#include "core/output_set.h"
#include "core/platform/platform.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>

namespace couverture::cli {
namespace {

// The help, translated whole: its columns are laid out per language.
std::string usageText() {
    return translate("Cli", R"(Couverture: who does what where, joined honestly to Mali's boundaries.

Usage: couverture COMMAND [OPTIONS]

Commands:
  inspect FILE            What a boundary source or an activity table holds, and how its columns map.
  match                   Reconcile every row of an activity table with the boundaries; writes
                          match_report.csv/.xlsx (one line per input row), match_summary.csv, match_review.csv.
  coverage                Coverage per région, cercle and commune; writes <base>_{region,cercle,commune}.csv
                          (with an HXL row), <base>.xlsx and <base>.gpkg (one layer per level).
  map                     One report-grade map (PDF, SVG or PNG).
  atlas                   One page per région, cercle, sector or organisation (one PDF or one file per page).
  publish                 Publish a release of the table to the shared PostGIS store, in one transaction:
                          rows as read, their matches, the aliases, the coverage per level (docs/store.md).
  store-upgrade           Create or upgrade the store's schema (an administrator's command).
  verify                  Whether the output sets in --out (default exports) are whole: each command's files
                          appear together with <set>.manifest.json (sizes, CRC-32) written last.
  analyse sites           Points (--points FILE: latitude/longitude, or site names found in --gazetteer, default
                          the 2015 populated places) placed in communes; counts per unit, points outside every
                          commune with their row; --reach-km X: share of the gazetteer's villages within X km
                          (geodesic, WGS 84) of a point, by unit; --map: reach (or points) by commune.
  analyse compare         Two releases (--activities FILE --after FILE, or --withdraw ORG to take one
                          organisation out): organisations that left and arrived per unit (--level, default
                          cercle) and sector, units that lost their last organisation in a sector; --map: net
                          change. Two releases of the store: --activities 'PG:service=S release=2023-12'
                          --after 'PG:service=S release=2024-03'.

Inputs (match, coverage, map, atlas):
  --boundaries PATH       Boundaries: folder, Shapefile, GeoPackage, GeoJSON or a PG: connection string
                          (default ../shared/data/boundaries/mli_cod_ab_ocha_itos_2017).
  --activities FILE       3W/4W/5W table: CSV (, ; or tab; UTF-8 or Windows-1252), XLSX or ODS.
                          Or PG:CONNECTION: a release published to the store (see Store below).
  --sheet NAME            Sheet of a workbook (default: the first sheet with data).
  --encoding NAME         Encoding of a CSV (default: UTF-8, else Windows-1252 as Excel writes it).
  --column ROLE=HEADER    Explicit column mapping, repeatable (roles: org_acronym, org_name, org_type, partner,
                          donor, programme, sector, activity, adm1_code, adm1_name, adm2_code, adm2_name,
                          adm3_code, adm3_name, site, lat, lon, start_date, end_date, status, targeted, reached...).
  --boundary-field LEVEL=CODE,NAME[,PARENT]
                          Explicit boundary fields for a level (region, cercle, commune), repeatable.
  --aliases FILE          Earlier decisions (columns level,input,parent,pcode), applied first.
  --fuzzy-threshold X     Minimum similarity for a fuzzy name match (default 0.85).
  --code-key FILE         A table with codes and names of another P-code scheme (COD-PS population, a 3W),
                          repeatable: reads rows that give codes without names (HNO); its population, if any,
                          is evidence of which scheme each région's codes follow (match_schemes.csv).
  --accept-partial-join   Keep going when some régions' codes cannot be read with confidence: their rows are
                          reported unmatched. Without it such a join is refused (exit 2).
  --out DIR               Output folder (default exports).
  --csv plain|excel       CSV form: plain (UTF-8, commas; default, for scripts and HDX) or excel (UTF-8 with
                          BOM, semicolons, decimal commas: opens in columns in French Excel).
  --quiet                 No progress on standard error.

Filters (coverage, map, atlas):
  --sector S, --org O, --org-type T, --status S   Repeatable; case and accents ignored.
  --from YYYY-MM-DD, --to YYYY-MM-DD              Keep activities whose dates overlap the period.
  --keep-undated                                  With a period, also keep rows without dates.
  --stated-places-only    Leave out rows whose place the source does not state (place_basis column: déduit/inferred);
                          a map's subtitle says whether inferred places are shown.
  --people-rule max|sum   People reached/targeted per location: the maximum (default, as clusters do) or the sum.
  --base-name NAME        Base of the coverage file names (default coverage).
  --licence TEXT          (coverage) the licence the GeoPackage's metadata states (default: the sources'
                          licences apply). Its date is --created (default today); each layer carries the
                          QGIS style of the map of that level (--figure, --method, --classes, --palette,
                          --style, --lang as for maps).

Maps (map, atlas):
  --level region|cercle|commune   Units coloured (default commune; an atlas page per cercle maps its communes).
  --figure NAME           Coverage figure: organisations (default), partners, programmes, rows, sectors,
                          people_targeted, people_reached, organisations_coarser_only, child_coverage_share...
  --kind choropleth|categories|symbols   Classes of a figure, the main sector, or circles for people.
  --method quantiles|equal|jenks|manual, --classes N, --breaks A,B,C, --palette NAME (ColorBrewer).
  --lang fr|en            Language of every text on the page (default fr).
  --page A4|A3, --orientation landscape|portrait, --style FILE (styles/*.json), --crs EPSG:XXXX|PROJ.
  --title T, --subtitle S, --as-of YYYY-MM-DD, --created YYYY-MM-DD (default today), --map-number N,
  --source TEXT (repeatable), --producer TEXT.
  --format pdf,svg,png    (map) formats to write; --name BASE file name without extension.
  --dpi N, --world-file   PNG resolution (default 200) and a .pgw world file.
  --display-names FILE    how maps spell names (default data/display_names.csv; "none": as the boundaries).
  --focus PCODE           (map) zoom to one unit, its neighbours muted.
  --by region|cercle|sector|organisation   (atlas) one page per unit or per value (default cercle).
  --within PCODE          (atlas) only the units inside this one.
  --atlas-classes national|page   (atlas) classes computed on the whole country's units (default: pages
                          compare) or on each page's own units; the legend says which.
  --pattern P             (atlas) one file per page, e.g. 'MLI_3W_{sector}_{unit}_{size}_{date}.pdf';
                          without it, one multi-page PDF named by --name.

Analyses (analyse who|overlaps|gaps|targets; the same inputs and filters; tables as CSV with an HXL row and XLSX):
  who                     Organisations per unit and sector (organisation, implementing partner, donor) with
                          their input rows; presence known only at a coarser level listed apart.
  overlaps                Units where --min-organisations N (default 2) organisations work in the same sector
                          (in overlapping periods when the table has dates); organisation pairs as a ranked list
                          and a matrix (--top N organisations, default 15); --map: a map and one page per région.
  gaps                    Need against presence: people in need per organisation, high need with nobody;
                          --map: a bivariate 3 x 3 map (need x coverage).
  targets                 Ranks cercles (--level) for a programme: --weights need=W,absence=W,partners=W,
                          --partner ORG, --exclude UNIT, --include UNIT (repeatable, P-code or name),
                          --shortlist N (default 10); a sensitivity table (each weight -25 % and +25 %); --map.
  --need FILE             People in need (or any figure) by P-code or name; --need-value COLUMN (header or HXL
                          tag, default #inneed); --need-where COLUMN=VALUE keeps rows (repeatable), e.g.
                          '#sector+code=PRO_GBV'; --need-label TEXT; --need-aliases FILE: decisions for the
                          need table's places (columns level,input,parent,pcode), e.g. its région ML10.
  --apportion none|population|need   A figure known only at a coarser level: used there (none, default), or
                          shared out by population (--population FILE, --population-value COLUMN, default the
                          COD-PS 2018 cercles and T_TL) or by the units' all-sector need; shared figures are
                          marked as estimates.
Store (publish, store-upgrade; reading a release with any command):
  --to PG:CONNECTION      The store, e.g. PG:service=couverture (passwords in ~/.pgpass or PGPASSFILE, never here).
  --release NAME          (publish) the release, e.g. 2023-12; with --activities PG:... the release to read
                          (default: the latest).
  --cluster NAME          (publish) the cluster whose part is written or replaced; with --activities PG:...
                          the clusters to read, repeatable (default: all).
  --sensitive             (publish) readers see only the coverage of this table, never its rows (GBV).

Exit codes: 0 done; 1 usage error; 2 input error (the message names the file, sheet, row or column);
3 output error; 4 cancelled; 5 internal error.
)");
}

struct Arguments {
    std::string command;
    std::vector<std::string> positional;
    std::multimap<std::string, std::string> options;
    std::vector<std::string> flags;

    bool has(const std::string& flag) const {
        return std::find(flags.begin(), flags.end(), flag) != flags.end();
    }
    std::optional<std::string> value(const std::string& name) const {
        auto found = options.find(name);
        if (found == options.end()) {
            return std::nullopt;
        }
        return found->second;
    }
    std::vector<std::string> values(const std::string& name) const {
        std::vector<std::string> all;
        for (auto [begin, end] = options.equal_range(name); begin != end; ++begin) {
            all.push_back(begin->second);
        }
        return all;
    }
};

struct UsageError {
    std::string message;
};

const std::vector<std::string> kFlags = {
    "--quiet",     "--keep-undated",        "--help", "-h", "--world-file", "--stated-places-only", "--map",
    "--sensitive", "--accept-partial-join",
};
const std::vector<std::string> kOptions = {"--boundaries",
                                           "--activities",
                                           "--points",    // analyse sites: the point table
                                           "--gazetteer", // analyse sites: populated places
                                           "--reach-km",  // analyse sites
                                           "--after",     // analyse compare: the second release
                                           "--withdraw",  // analyse compare: simulated withdrawal
                                           "--sheet",
                                           "--encoding",
                                           "--column",
                                           "--boundary-field",
                                           "--aliases",
                                           "--fuzzy-threshold",
                                           "--out",
                                           "--sector",
                                           "--org",
                                           "--org-type",
                                           "--status",
                                           "--from",
                                           "--to",
                                           "--people-rule",
                                           "--base-name",
                                           "--level",
                                           "--figure",
                                           "--kind",
                                           "--method",
                                           "--classes",
                                           "--breaks",
                                           "--palette",
                                           "--lang",
                                           "--page",
                                           "--orientation",
                                           "--style",
                                           "--crs",
                                           "--display-names",
                                           "--title",
                                           "--subtitle",
                                           "--as-of",
                                           "--created",
                                           "--map-number",
                                           "--map-number-pattern",
                                           "--source",
                                           "--producer",
                                           "--format",
                                           "--name",
                                           "--dpi",
                                           "--focus",
                                           "--by",
                                           "--within",
                                           "--atlas-classes",
                                           "--pattern",
                                           "--need",
                                           "--need-value",
                                           "--need-where",
                                           "--need-label",
                                           "--need-aliases",
                                           "--apportion",
                                           "--population",
                                           "--population-value",
                                           "--weights",
                                           "--partner",
                                           "--exclude",
                                           "--include",
                                           "--shortlist",
                                           "--min-organisations",
                                           "--top",
                                           "--release",
                                           "--cluster",
                                           "--code-key",
                                           "--csv",
                                           "--licence"};

// Output names are file names inside --out: a folder part ("../x", "/tmp/x", "a/b") would write elsewhere.
void requireFileNames(const Arguments& parsed) {
    for (const char* option : {"--name", "--base-name", "--pattern"}) {
        for (auto [at, end] = parsed.options.equal_range(option); at != end; ++at) {
            const std::string& value = at->second;
            const bool control = std::any_of(value.begin(), value.end(),
                                             [](char c) { return static_cast<unsigned char>(c) < 0x20; });
            if (value.empty() || value == "." || value == ".." || control ||
                value.find_first_of("/\\") != std::string::npos || value.find(':') == 1) {
                throw UsageError{
                    fill(translate("Cli", "%1 expects a file name without a folder, got '%2' (the "
                                          "folder is --out)"),
                         {option, value})};
            }
        }
    }
}

// A resolution outside 10-600 dpi is a slip (0, negative) or an image no laptop holds (an A3 page at 600
// dpi is already 70 million pixels).
void requireDpi(const Arguments& parsed) {
    for (auto [at, end] = parsed.options.equal_range("--dpi"); at != end; ++at) {
        char* stop = nullptr;
        const double dpi = std::strtod(at->second.c_str(), &stop);
        if (stop == at->second.c_str() || *stop != '\0' || !(dpi >= 10 && dpi <= 600)) {
            throw UsageError{
                fill(translate("Cli", "--dpi expects a number from 10 to 600, got '%1'"), {at->second})};
        }
    }
}

void requireKnown(const std::string& option) {
    if (std::find(kOptions.begin(), kOptions.end(), option) == kOptions.end()) {
        throw UsageError{fill(translate("Cli", "unknown option %1"), {option})};
    }
}

Arguments parse(const std::vector<std::string>& arguments) {
    Arguments parsed;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        if (argument.rfind("-", 0) == 0 && argument.size() > 1) {
            if (std::find(kFlags.begin(), kFlags.end(), argument) != kFlags.end()) {
                parsed.flags.push_back(argument);
                continue;
            }
            if (const auto equals = argument.find('=');
                equals != std::string::npos && argument.rfind("--", 0) == 0) {
                requireKnown(argument.substr(0, equals));
                parsed.options.emplace(argument.substr(0, equals), argument.substr(equals + 1));
                continue;
            }
            requireKnown(argument);
            if (i + 1 >= arguments.size()) {
                throw UsageError{fill(translate("Cli", "option %1 needs a value"), {argument})};
            }
            parsed.options.emplace(argument, arguments[++i]);
        } else if (parsed.command.empty()) {
            parsed.command = argument;
        } else {
            parsed.positional.push_back(argument);
        }
    }
    requireFileNames(parsed);
    requireDpi(parsed);
    return parsed;
}

std::string defaultBoundaries() {
    return "../shared/data/boundaries/mli_cod_ab_ocha_itos_2017";
}

std::map<Role, std::string> columnMapping(const Arguments& arguments) {
    std::map<Role, std::string> mapping;
    for (const auto& text : arguments.values("--column")) {
        const auto equals = text.find('=');
        Role role{};
        if (equals == std::string::npos || !parseRole(text.substr(0, equals), role)) {
            throw UsageError{
                fill(translate("Cli", "--column expects ROLE=HEADER with a known role, got '%1'"), {text})};
        }
        mapping[role] = text.substr(equals + 1);
    }
    return mapping;
}

std::map<AdminLevel, LevelFields> boundaryFields(const Arguments& arguments) {
    std::map<AdminLevel, LevelFields> fields;
    for (const auto& text : arguments.values("--boundary-field")) {
        const auto equals = text.find('=');
        AdminLevel level{};
        if (equals == std::string::npos || !parseLevel(text.substr(0, equals), level)) {
            throw UsageError{fill(
                translate("Cli", "--boundary-field expects LEVEL=CODE,NAME[,PARENT], got '%1'"), {text})};
        }
        std::vector<std::string> parts;
        std::string rest = text.substr(equals + 1) + ",";
        for (auto comma = rest.find(','); comma != std::string::npos; comma = rest.find(',')) {
            parts.push_back(rest.substr(0, comma));
            rest = rest.substr(comma + 1);
        }
        LevelFields levelFields;
        levelFields.code = parts.size() > 0 ? parts[0] : "";
        levelFields.name = parts.size() > 1 ? parts[1] : "";
        levelFields.parentCode = parts.size() > 2 ? parts[2] : "";
        fields[level] = levelFields;
    }
    return fields;
}

Date requireDate(const std::string& option, const std::string& text) {
    auto date = parseDate(text);
    if (!date) {
        throw UsageError{fill(translate("Cli", "%1 expects a date (YYYY-MM-DD), got '%2'"), {option, text})};
    }
    return *date;
}

// GDAL-style progress on standard error: "0...10...20...".
struct TerminalProgress {
    bool show = false;
    int lastShown = 0;
};

// Ctrl-C cancels at the next step that reports progress (and, at the latest, before any output is put in
// place); the tenths are drawn only on a terminal.
bool terminalProgress(double fraction, const char*, void* userData) {
    if (platform::interrupted()) {
        return false;
    }
    auto& state = *static_cast<TerminalProgress*>(userData);
    if (!state.show) {
        return true;
    }
    int& lastShown = state.lastShown;
    const int tenth = static_cast<int>(fraction * 10.0 + 1e-9);
    while (lastShown < tenth && lastShown < 10) {
        ++lastShown;
        std::cerr << (lastShown == 10 ? "100 - done.\n" : std::to_string(lastShown * 10) + "...")
                  << std::flush;
    }
    return true;
}

JoinInputs joinInputs(const Arguments& arguments) {
    JoinInputs inputs;
    inputs.boundaries = arguments.value("--boundaries").value_or(defaultBoundaries());
    auto activities = arguments.value("--activities");
    activities = activities ? activities : arguments.value("--points"); // analyse sites names its table so
    if (!activities) {
        throw UsageError{translate("Cli", "--activities FILE is required")};
    }
    if (const auto all = arguments.values("--activities"); all.size() > 1) {
        throw UsageError{
            fill(translate("Cli", "--activities was given %1 times; Couverture reads one table per run: "
                                  "join the tables into one file, or run once per table"),
                 {std::to_string(all.size())})};
    }
    inputs.activities = *activities;
    if (store::isStoreSource(inputs.activities)) { // a published release: which one, which clusters
        inputs.activities = storeSourceWith(inputs.activities, arguments.value("--release").value_or(""),
                                            arguments.values("--cluster"));
    }
    inputs.read.sheet = arguments.value("--sheet").value_or("");
    inputs.read.encoding = arguments.value("--encoding").value_or("");
    inputs.read.explicitMapping = columnMapping(arguments);
    inputs.boundaryOptions.explicitFields = boundaryFields(arguments);
    inputs.aliases = arguments.value("--aliases").value_or("");
    inputs.codeKeys = arguments.values("--code-key");
    inputs.acceptPartialJoin = arguments.has("--accept-partial-join");
    if (auto threshold = arguments.value("--fuzzy-threshold")) {
        try {
            inputs.fuzzyThreshold = std::stod(*threshold);
        } catch (const std::exception&) {
            throw UsageError{
                fill(translate("Cli", "--fuzzy-threshold expects a number between 0 and 1, got '%1'"),
                     {*threshold})};
        }
        if (inputs.fuzzyThreshold <= 0 || inputs.fuzzyThreshold > 1) {
            throw UsageError{
                fill(translate("Cli", "--fuzzy-threshold expects a number between 0 and 1, got '%1'"),
                     {*threshold})};
        }
    }
    return inputs;
}

// The command line writes the plain form unless told: scripts and pipelines read its CSV.
CsvForm csvForm(const Arguments& arguments) {
    CsvForm form = CsvForm::Plain;
    if (const auto text = arguments.value("--csv"); text && !parseCsvForm(*text, form)) {
        throw UsageError{fill(translate("Cli", "--csv expects plain or excel, got '%1'"), {*text})};
    }
    return form;
}

void printProblems(const Problems& problems, std::ostream& err) {
    std::size_t shown = 0;
    std::size_t warnings = 0;
    for (const auto& problem : problems) {
        if (problem.severity == Severity::Info) {
            continue;
        }
        ++warnings;
        if (shown < 10) {
            err << (problem.severity == Severity::Error ? translate("Cli", "error: ")
                                                        : translate("Cli", "warning: "))
                << describe(problem) << "\n";
            ++shown;
        }
    }
    if (warnings > shown) {
        const int more = static_cast<int>(warnings - shown);
        err << translate("Cli", "... %n more problems (see the reports)", nullptr, more) << "\n";
    }
}

void printOutput(const CommandOutput& output, std::ostream& out, std::ostream& err) {
    printProblems(output.problems, err);
    out << output.summary << "\n";
    for (const auto& file : output.filesWritten) {
        out << fill(translate("Cli", "wrote %1"), {file}) << "\n";
    }
}

} // namespace

// The set a writing command's outputs form (its manifest's name): the command, the analysis, the name given.
std::string outputSetName(const Arguments& arguments) {
    std::string name = arguments.command == "analyze" ? "analyse" : arguments.command;
    if ((name == "analyse") && !arguments.positional.empty()) {
        name += "-" + arguments.positional.front();
    }
    for (const char* option : {"--name", "--base-name"}) {
        if (const auto given = arguments.value(option)) {
            name += "-" + *given;
        }
    }
    return name;
}

// Runs a command whose outputs change as one set in --out: put in place when it returns (or when it
// refuses the input after writing its reports, as match does), removed when it fails or is cancelled.
template <typename Command> CommandOutput asOneSet(const Arguments& arguments, Command command) {
    OutputSet set(arguments.value("--out").value_or("exports"), outputSetName(arguments));
    const OutputSet::Active active(set);
    try {
        CommandOutput output = command();
        if (set.waiting() > 0) {
            output.filesWritten.push_back(set.commit());
        }
        return output;
    } catch (const InputError&) {
        if (set.waiting() > 0) {
            set.commit();
        }
        throw;
    }
}

int verifyCommand(const Arguments& arguments, std::ostream& out, std::ostream& err) {
    const std::string folder = arguments.value("--out").value_or("exports");
    if (!std::filesystem::is_directory(folder)) {
        throwInputError(folder, {}, 0, translate("Cli", "no such folder"));
    }
    const std::vector<ManifestCheck> checks = verifyOutputs(folder);
    bool whole = true;
    for (const ManifestCheck& check : checks) {
        if (check.complete) {
            out << fill(translate("Cli", "%1: complete"), {check.manifest}) << "\n";
            continue;
        }
        whole = false;
        for (const std::string& problem : check.problems) {
            err << fill(translate("Cli", "%1: incomplete: %2"), {check.manifest, problem}) << "\n";
        }
    }
    if (checks.empty()) {
        out << fill(translate("Cli", "%1 holds no output set (no *.manifest.json)"), {folder}) << "\n";
    }
    return whole ? kOk : kInputError;
}

int run(const std::vector<std::string>& rawArguments, std::ostream& out, std::ostream& err) {
    TerminalProgress progressState;
    // The catalogue chosen before any message is written: core's messages follow it.
    static_cast<void>(messageLanguage());
    try {
        const Arguments arguments = parse(rawArguments);
        if (arguments.command.empty() || arguments.command == "help" || arguments.has("--help") ||
            arguments.has("-h")) {
            out << usageText();
            return arguments.command.empty() && !arguments.has("--help") && !arguments.has("-h") ? kUsage
                                                                                                 : kOk;
        }
        progressState.show =
            !arguments.has("--quiet") && platform::standardErrorIsTerminal() && &err == &std::cerr;
        const Progress progress{terminalProgress, &progressState};
        if (arguments.command == "verify") {
            return verifyCommand(arguments, out, err);
        }
        if (arguments.command == "inspect") {
            if (arguments.positional.empty()) {
                throw UsageError{translate("Cli", "inspect needs a FILE")};
            }
            ActivityReadOptions read;
            read.sheet = arguments.value("--sheet").value_or("");
            read.encoding = arguments.value("--encoding").value_or("");
            read.explicitMapping = columnMapping(arguments);
            BoundaryOptions boundaryOptions;
            boundaryOptions.explicitFields = boundaryFields(arguments);
            for (const auto& path : arguments.positional) {
                // With --release, a PG: source is that release of the shared store.
                const auto release = arguments.value("--release");
                out << inspectSource(store::isStoreSource(path) && release
                                         ? storeSourceWith(path, *release, arguments.values("--cluster"))
                                         : path,
                                     read, boundaryOptions);
            }
            return kOk;
        }
        if (arguments.command == "match") {
            MatchCommandOptions options;
            options.inputs = joinInputs(arguments);
            options.outDir = arguments.value("--out").value_or("exports");
            options.csvForm = csvForm(arguments);
            options.progress = progress;
            printOutput(asOneSet(arguments, [&] { return runMatch(options); }), out, err);
            return kOk;
        }
        CoverageOptions coverage;
        coverage.filter.sectors = arguments.values("--sector");
        coverage.filter.organisations = arguments.values("--org");
        coverage.filter.organisationTypes = arguments.values("--org-type");
        coverage.filter.statuses = arguments.values("--status");
        if (auto from = arguments.value("--from")) {
            coverage.filter.periodStart = requireDate("--from", *from);
        }
        for (const auto& to : arguments.values("--to")) { // --to PG:... names the store of publish
            if (!store::isStoreSource(to)) {
                coverage.filter.periodEnd = requireDate("--to", to);
            }
        }
        coverage.filter.keepUndated = arguments.has("--keep-undated");
        coverage.filter.statedPlacesOnly = arguments.has("--stated-places-only");
        if (auto rule = arguments.value("--people-rule")) {
            if (*rule == "sum") {
                coverage.peopleRule = PeopleRule::Sum;
            } else if (*rule != "max" && *rule != "max_per_location") {
                throw UsageError{
                    fill(translate("Cli", "--people-rule expects max or sum, got '%1'"), {*rule})};
            }
        }
        auto filteredInputs = [&] {
            JoinInputs inputs = joinInputs(arguments);
            inputs.filter = coverage.filter; // a filter that keeps nothing is an input error
            return inputs;
        };
        if (arguments.command == "coverage") {
            CoverageCommandOptions options;
            options.inputs = filteredInputs();
            options.coverage = coverage;
            options.outDir = arguments.value("--out").value_or("exports");
            options.baseName = arguments.value("--base-name").value_or("coverage");
            options.csvForm = csvForm(arguments);
            options.progress = progress;
            configureGeoPackage({options.inputs, coverage, arguments.options, arguments.flags, progress},
                                options);
            printOutput(asOneSet(arguments, [&] { return runCoverage(options); }), out, err);
            return kOk;
        }
        if (arguments.command == "map" || arguments.command == "atlas") {
            MapCommandArguments mapArguments{filteredInputs(), coverage, arguments.options, arguments.flags,
                                             progress};
            const CommandOutput output = asOneSet(arguments, [&] {
                return arguments.command == "map" ? runMapCommand(mapArguments)
                                                  : runAtlasCommand(mapArguments);
            });
            printOutput(output, out, err);
            return kOk;
        }
        if (arguments.command == "publish" || arguments.command == "store-upgrade") {
            const bool upgrade = arguments.command == "store-upgrade";
            MapCommandArguments storeArguments{upgrade ? JoinInputs{} : joinInputs(arguments), coverage,
                                               arguments.options, arguments.flags, progress};
            printOutput(upgrade ? runStoreUpgradeCommand(storeArguments) : runPublishCommand(storeArguments),
                        out, err);
            return kOk;
        }
        if (arguments.command == "analyse" || arguments.command == "analyze") {
            if (arguments.positional.empty()) {
                throw UsageError{translate(
                    "Cli", "analyse needs an analysis: who, overlaps, gaps, targets, sites or compare")};
            }
            MapCommandArguments analyseArguments{filteredInputs(), coverage, arguments.options,
                                                 arguments.flags, progress};
            printOutput(
                asOneSet(arguments,
                         [&] { return runAnalyseCommand(arguments.positional.front(), analyseArguments); }),
                out, err);
            return kOk;
        }
        throw UsageError{fill(translate("Cli", "unknown command '%1'"), {arguments.command})};
    } catch (const UsageError& error) {
        err << "couverture: " << error.message << "\n"
            << translate("Cli", "Try 'couverture --help'.") << "\n";
        return kUsage;
    } catch (const InputError& error) {
        err << translate("Cli", "error: ") << describe(error.problem) << "\n";
        return kInputError;
    } catch (const OutputError& error) {
        err << translate("Cli", "error: ") << describe(error.problem) << "\n";
        return kOutputError;
    } catch (const MapUsageError& error) {
        err << "couverture: " << error.message << "\n"
            << translate("Cli", "Try 'couverture --help'.") << "\n";
        return kUsage;
    } catch (const Cancelled&) {
        err << translate("Cli", "cancelled") << "\n";
        return kCancelled;
    } catch (const std::exception& error) {
        err << translate("Cli", "internal error: ") << error.what() << "\n";
        return kInternalError;
    }
}

int run(int argc, char** argv) {
    platform::catchInterrupts();
    std::vector<std::string> arguments(argv + 1, argv + argc);
    return run(arguments, std::cout, std::cerr);
}

} // namespace couverture::cli
