#include "core/activity_table.h"
#include "core/test_support.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

using namespace couverture;

namespace {

std::string fixture(const std::string& name) {
    return std::string(COUVERTURE_FIXTURES) + "/activities/" + name;
}

std::string sharedData(const std::string& relative) {
    return std::string(COUVERTURE_SHARED_DATA) + "/" + relative;
}

const std::string kOcha3wFolder = "3w/mli_ocha_3w_2023_12/";

// The header a role was mapped from, "" when the role was not found.
std::string headerOf(const ActivityTable& table, Role role) {
    const auto it = table.mapping.find(role);
    return it == table.mapping.end() ? std::string{} : it->second.header;
}

std::string howOf(const ActivityTable& table, Role role) {
    const auto it = table.mapping.find(role);
    return it == table.mapping.end() ? std::string{} : it->second.how;
}

std::string iso(const std::optional<Date>& date) {
    return date ? formatDate(*date) : std::string("-");
}

std::vector<const Problem*> problemsOf(const ActivityTable& table, Severity severity) {
    std::vector<const Problem*> out;
    for (const auto& problem : table.problems) {
        if (problem.severity == severity) {
            out.push_back(&problem);
        }
    }
    return out;
}

bool hasProblem(const ActivityTable& table, Severity severity, std::int64_t row, const std::string& message) {
    return std::any_of(table.problems.begin(), table.problems.end(), [&](const Problem& p) {
        return p.severity == severity && p.row == row && p.message == message && p.file == table.path;
    });
}

bool mentions(const ActivityTable& table, Severity severity, const std::string& text) {
    return std::any_of(table.problems.begin(), table.problems.end(), [&](const Problem& p) {
        return p.severity == severity && p.message.find(text) != std::string::npos;
    });
}

using test::inputErrorOf;

struct ExpectedRole {
    Role role;
    const char* header;
    const char* how;
};

void checkMapping(const ActivityTable& table, const std::vector<ExpectedRole>& expected) {
    for (const auto& e : expected) {
        INFO("role " << roleKey(e.role));
        CHECK(headerOf(table, e.role) == e.header);
        CHECK(howOf(table, e.role) == e.how);
    }
    std::size_t mapped = 0;
    for (const auto& e : expected) {
        mapped += *e.header != '\0' ? 1 : 0;
    }
    CHECK(table.mapping.size() == mapped);
}

} // namespace

TEST_CASE("organisationKey: acronym, else name, folded", "[activity_table]") {
    struct Case {
        const char* acronym;
        const char* name;
        const char* key;
    };
    const Case cases[] = {
        {" msf ", "Médecins Sans Frontières", "MSF"},
        {"", "Médecins  sans\tFrontières ", "MEDECINS SANS FRONTIERES"},
        {"  ", "Croix-Rouge malienne", "CROIX-ROUGE MALIENNE"},
        {"Sif", "", "SIF"},
        {"AMSS", "Association Malienne pour la Survie au Sahel", "AMSS"},
        {"", "Œuvre Malienne d'Aide", "OEUVRE MALIENNE D'AIDE"},
        {"", "", ""},
    };
    for (const auto& c : cases) {
        ActivityRow row;
        row.cell(Role::OrgAcronym) = c.acronym;
        row.cell(Role::OrgName) = c.name;
        INFO("acronym '" << c.acronym << "', name '" << c.name << "'");
        CHECK(row.organisationKey() == c.key);
    }
}

TEST_CASE("the OCHA Mali 3W header row: HXL tags first, header names for untagged columns",
          "[activity_table]") {
    // The header and HXL rows of the December 2023 3W (schema only), with two invented data rows.
    const auto table = readActivityTable(fixture("ocha_3w_header.csv"));
    CHECK(table.hasHxlRow);
    checkMapping(
        table,
        {
            {Role::OrgAcronym, "Organisation Accronyme", "hxl"},
            {Role::OrgName, "Nom Organisation", "hxl"},
            {Role::OrgType, "Type Organisation", "hxl"},
            {Role::Partner, "", ""},
            {Role::Donor, "Bailleur de fond", "hxl"}, // tagged #actor
            {Role::Programme, "Project Title", "header"},
            {Role::Sector, "Cluster", "hxl"},
            {Role::Activity, "Activités", "header"},
            {Role::Adm1Code, "admin1Pcod", "hxl"},
            {Role::Adm1Name, "Region", "hxl"},
            {Role::Adm2Code, "admin2Pcod", "hxl"},
            {Role::Adm2Name, "Cercle", "hxl"},
            {Role::Adm3Code, "admin3Pcod", "hxl"},
            {Role::Adm3Name, "Commune", "header"}, // no tag in the OCHA file
            {Role::SiteName, "Village", "header"},
            {Role::StartDate, "Date début", "header"},
            {Role::EndDate, "Date fin", "header"},
            {Role::Targeted, "Total Personnes ciblées", "header"},
            {Role::TargetedF, "Total Femmesciblées", "header"},
            {Role::TargetedM, "Total Hommes ciblés", "header"},
            {Role::TargetedChildren, "Total Filles ciblées (<18) + Total Garçons ciblés  (<18)", "header"},
            {Role::TargetedAdults,
             "Total Femmes adultes ciblés (> =18) + Total Hommes adultes ciblés (> =18)", "header"},
            {Role::Reached, "Total No. atteintes", "header"},
            {Role::ReachedF, "Total Femmes atteintes", "header"},
            {Role::ReachedM, "Total Hommes atteints", "header"},
            {Role::ReachedChildren, "Total Filles atteintes (<18) + Total Garçons atteints (<18)", "header"},
            {Role::ReachedAdults,
             "Total Adult Femmes atteintes (> =18) + Total Adult Hommes atteints (> =18)", "header"},
        });
    CHECK(table.mapping.at(Role::Adm3Name).column == 10);
    CHECK(table.mapping.at(Role::TargetedChildren).column == 22);
    CHECK(table.mapping.at(Role::TargetedChildren).summedWith == std::vector<int>{23});
    CHECK(table.unmappedHeaders ==
          std::vector<std::string>{"Program Organization", "HRP", "Montant Cash Transfert (USD)",
                                   "Femmes âgées ciblées (> =59)", "Hommes âgés ciblés (> =59)",
                                   "Personnes vivant avec Handicap ciblées", "Femmes agées atteintes (> =59)",
                                   "Hommes agés atteints  (> =59)",
                                   "Personnes vivant avec Handicap atteintes", "Remarques"});

    REQUIRE(table.rows.size() == 2);
    const auto& first = table.rows[0];
    CHECK(first.row == 1);
    CHECK(first.sourceLine == 3);
    CHECK(first.cell(Role::Adm2Name) == "Djenné");
    CHECK(first.cell(Role::SiteName) == "Kéra");
    CHECK(iso(first.start) == "2023-02-01");
    CHECK(iso(first.end) == "2023-12-31");
    CHECK(first.cell(Role::TargetedChildren) == "22"); // girls 10 + boys 12
    CHECK(first.cell(Role::TargetedAdults) == "55");
    CHECK(first.targeted == Approx(77)); // no total: women 40 + men 37
    CHECK(first.reached == Approx(51));  // no total, no sexes: children 13 + adults 38
    const auto& second = table.rows[1];
    CHECK(second.cell(Role::Adm3Code) == "#N/A"); // kept as read: the reconciler decides
    CHECK(second.cell(Role::Adm3Name) == "Commune - VI");
    CHECK(second.targeted == Approx(1000));
    CHECK(second.reached == Approx(900));
    CHECK_FALSE(second.start);
    CHECK(problemsOf(table, Severity::Warning).empty());
}

TEST_CASE("HXL hashtags: attributes in any order and case, #actor, duplicates", "[activity_table]") {
    const auto table = readActivityTable(fixture("hxl_en.csv"));
    CHECK(table.hasHxlRow);
    checkMapping(table, {
                            {Role::OrgAcronym, "Organization", "hxl"},
                            {Role::OrgName, "Organisation name", "hxl"},
                            {Role::Partner, "Implementing partner", "hxl"}, // "#org +impl"
                            {Role::Donor, "Donor", "hxl"},                  // #actor under a donor header
                            {Role::Sector, "Sector", "hxl"},
                            {Role::Activity, "Activity", "hxl"},
                            {Role::Adm1Name, "Region", "hxl"},
                            {Role::Adm1Code, "Admin1 Pcode", "hxl"},
                            {Role::Adm2Name, "District", "hxl"},
                            {Role::Adm3Name, "Commune", "header"},   // untagged
                            {Role::Adm3Code, "Commune code", "hxl"}, // "#ADM3+Code"
                            {Role::SiteName, "Site", "hxl"},
                            {Role::Latitude, "Latitude", "hxl"},
                            {Role::Longitude, "Longitude", "hxl"},
                            {Role::StartDate, "Start date", "hxl"},
                            {Role::EndDate, "End date", "hxl"},
                            {Role::Status, "Status", "hxl"},
                            {Role::Targeted, "People targeted", "hxl"},
                            {Role::TargetedF, "Women targeted", "hxl"},
                            {Role::TargetedM, "Men targeted", "hxl"},
                            {Role::Reached, "People reached", "hxl"},
                        });
    CHECK(table.mapping.at(Role::Partner).hxl == "#org +impl");
    // "Other donor" (#org+funder) comes second for the donor role; "Acteur" is #actor under no donor header.
    CHECK(table.unmappedHeaders == std::vector<std::string>{"Comments", "Other donor", "Acteur"});
    CHECK(mentions(table, Severity::Info, "'Other donor' is also donor"));

    REQUIRE(table.rows.size() == 2);
    const auto& irc = table.rows[0];
    CHECK(irc.cell(Role::OrgAcronym) == "IRC");
    CHECK(irc.cell(Role::Partner) == "AMSS");
    CHECK(irc.cell(Role::Donor) == "ECHO");
    CHECK(irc.cell(Role::Adm3Code) == "ML050101");
    CHECK(irc.cell(Role::Latitude) == "14.35");
    CHECK(irc.targeted == Approx(1200));
    CHECK(irc.reached == Approx(950));
    const auto& nrc = table.rows[1];
    CHECK(nrc.cell(Role::OrgAcronym) == "NRC"); // trimmed
    CHECK(nrc.cell(Role::Adm3Code) == "#N/A");
    CHECK(nrc.cell(Role::Adm3Name) == "Ouattagouna");
    CHECK(iso(nrc.start) == "2023-03-01");
    CHECK(iso(nrc.end) == "2023-06-30");
    CHECK(nrc.targeted == Approx(550)); // women 300 + men 250
    CHECK_FALSE(nrc.reached);
}

TEST_CASE("French headers in a semicolon CSV", "[activity_table]") {
    const auto table = readActivityTable(fixture("fr_semicolon.csv"));
    CHECK_FALSE(table.hasHxlRow);
    checkMapping(table, {
                            {Role::OrgAcronym, "Organisation", "header"},
                            {Role::OrgName, "Nom Organisation", "header"},
                            {Role::OrgType, "Type Organisation", "header"},
                            {Role::Partner, "Partenaire de mise en œuvre", "header"},
                            {Role::Donor, "Bailleur de fonds", "header"},
                            {Role::Programme, "Programme", "header"},
                            {Role::Sector, "Secteur", "header"},
                            {Role::Activity, "Activités", "header"},
                            {Role::Adm1Name, "Région", "header"},
                            {Role::Adm1Code, "Code région", "header"},
                            {Role::Adm2Name, "Cercle", "header"},
                            {Role::Adm3Name, "Commune", "header"},
                            {Role::SiteName, "Village", "header"},
                            {Role::StartDate, "Date de début", "header"},
                            {Role::EndDate, "Date fin", "header"},
                            {Role::Status, "Statut", "header"},
                            {Role::Targeted, "Personnes ciblées", "header"},
                            {Role::TargetedF, "Total Femmes ciblées", "header"},
                            {Role::TargetedM, "Total Hommes ciblés", "header"},
                            {Role::TargetedChildren, "Filles ciblées (<18) + Garçons ciblés (<18)", "header"},
                            {Role::Reached, "Personnes atteintes", "header"},
                        });
    CHECK(table.unmappedHeaders == std::vector<std::string>{"Remarques"});
    REQUIRE(table.rows.size() == 2);
    const auto& crm = table.rows[0];
    CHECK(crm.cell(Role::OrgName) == "Croix-Rouge Malienne");
    CHECK(crm.cell(Role::Partner) == "AMPRODE Sahel");
    CHECK(crm.cell(Role::Adm1Name) == "Ségou");
    CHECK(iso(crm.start) == "2023-01-15");
    CHECK(crm.cell(Role::TargetedChildren) == "55");
    CHECK(crm.targeted == Approx(200)); // empty total: women 120 + men 80
    CHECK(crm.reached == Approx(150));
    const auto& amss = table.rows[1];
    CHECK(amss.cell(Role::Status) == "Terminé");
    CHECK(amss.cell(Role::SiteName).empty());
    CHECK(iso(amss.start) == "2023-02-01"); // d/m/yy
    CHECK(iso(amss.end) == "2023-02-28");
    CHECK(amss.targeted == Approx(1500)); // "1 500"
    CHECK(amss.reached == Approx(1234));
    CHECK(table.problems.empty());
}

TEST_CASE("English headers in a tab-separated file", "[activity_table]") {
    const auto table = readActivityTable(fixture("en_tab.csv"));
    checkMapping(table, {
                            {Role::OrgAcronym, "Organization", "header"},
                            {Role::OrgType, "Organization type", "header"},
                            {Role::Sector, "Cluster", "header"},
                            {Role::Activity, "Activity", "header"},
                            {Role::Adm1Name, "Admin1", "header"},
                            {Role::Adm2Name, "admin2Name", "header"},
                            {Role::Adm3Code, "Admin3 Pcode", "header"},
                            {Role::SiteName, "Location", "header"},
                            {Role::StartDate, "Start", "header"},
                            {Role::EndDate, "End", "header"},
                            {Role::Targeted, "Targeted", "header"},
                            {Role::Reached, "Reached", "header"},
                        });
    CHECK(table.unmappedHeaders.empty());
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].cell(Role::Adm3Code) == "ML0107");
    CHECK(table.rows[0].targeted == Approx(5000));
    CHECK(table.rows[1].cell(Role::Activity) == "Seeds, tools");
    CHECK_FALSE(table.rows[1].targeted);
}

TEST_CASE("a UTF-8 BOM is not part of the first header", "[activity_table]") {
    const auto table = readActivityTable(fixture("bom_utf8.csv"));
    CHECK(headerOf(table, Role::Adm1Name) == "Région");
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].cell(Role::Adm1Name) == "Ségou");
    CHECK(table.rows[1].cell(Role::Adm2Name) == "Djenné");
    CHECK(table.problems.empty());
}

TEST_CASE("a Windows-1252 CSV, as Excel saves it, is read as UTF-8 text", "[activity_table]") {
    for (const char* encoding : {"", "CP1252", "windows-1252"}) {
        ActivityReadOptions options;
        options.encoding = encoding;
        INFO("encoding '" << encoding << "'");
        const auto table = readActivityTable(fixture("cp1252.csv"), options);
        CHECK(headerOf(table, Role::Partner) == "Partenaire de mise en œuvre");
        CHECK(headerOf(table, Role::Adm1Name) == "Région");
        CHECK(headerOf(table, Role::Activity) == "Activité");
        REQUIRE(table.rows.size() == 2);
        CHECK(table.rows[0].cell(Role::Adm1Name) == "Ségou");
        CHECK(table.rows[0].cell(Role::Adm3Name) == "Pélengana");
        CHECK(table.rows[0].cell(Role::Activity) == "Hygiène et contrôle");
        CHECK(table.rows[1].cell(Role::Adm2Name) == "Diéma");
        CHECK(table.rows[1].cell(Role::Activity) == "L’eau potable à l’école");
        CHECK(mentions(table, Severity::Info, "Windows-1252") == (*encoding == '\0'));
    }
}

TEST_CASE("dates and people figures: formats, bad values, totals", "[activity_table]") {
    const auto table = readActivityTable(fixture("dates_numbers.csv"));
    struct Expected {
        const char* acronym;
        const char* start;
        const char* end;
        std::optional<double> targeted, reached;
    };
    const Expected expected[] = {
        {"A", "2023-01-15", "2023-12-31", 1234, 1234},                 // "1 234", "1,234"
        {"B", "2023-01-15", "2023-12-31", 1234, std::nullopt},         // "1234.0"
        {"C", "2023-01-15", "2023-12-31", 1234, std::nullopt},         // Excel serials; women 600 + men 634
        {"D", "2023-01-05", "2023-12-31", std::nullopt, std::nullopt}, // "abc"; "-" is no figure
        {"E", "-", "2024-01-15", std::nullopt, std::nullopt},          // 31/02/2023
        {"F", "2023-01-15", "2022-12-31", 1000000, std::nullopt},      // no-break spaces; "#N/A"
    };
    REQUIRE(table.rows.size() == std::size(expected));
    for (std::size_t i = 0; i < std::size(expected); ++i) {
        const auto& row = table.rows[i];
        const auto& e = expected[i];
        INFO("row " << row.row);
        CHECK(row.row == static_cast<std::int64_t>(i + 1));
        CHECK(row.cell(Role::OrgAcronym) == e.acronym);
        CHECK(iso(row.start) == e.start);
        CHECK(iso(row.end) == e.end);
        CHECK(row.targeted.has_value() == e.targeted.has_value());
        if (row.targeted && e.targeted) {
            CHECK(*row.targeted == Approx(*e.targeted));
        }
        CHECK(row.reached.has_value() == e.reached.has_value());
        if (row.reached && e.reached) {
            CHECK(*row.reached == Approx(*e.reached));
        }
    }
    CHECK(table.rows[4].cell(Role::StartDate) == "31/02/2023"); // the text stays
    CHECK(hasProblem(table, Severity::Warning, 4,
                     "Personnes ciblées: 'abc' is not a number: left out of the sums"));
    CHECK(hasProblem(table, Severity::Warning, 5, "Date début: '31/02/2023' is not a date"));
    CHECK(hasProblem(table, Severity::Warning, 6, "End date 2022-12-31 is before start date 2023-01-15"));
    CHECK(problemsOf(table, Severity::Warning).size() == 3);
    const auto date = std::find_if(table.problems.begin(), table.problems.end(),
                                   [](const Problem& p) { return p.row == 5; });
    REQUIRE(date != table.problems.end());
    CHECK(describe(*date) == table.path + ", row 5: Date début: '31/02/2023' is not a date");
}

TEST_CASE("empty rows are skipped and counted, row numbers follow the file", "[activity_table]") {
    // A blank line above the header, blank lines (which GDAL skips), a row of empty cells, a row of spaces, a
    // quoted cell over two lines, a blank line at the end.
    const auto table = readActivityTable(fixture("empty_rows.csv"));
    REQUIRE(table.rows.size() == 3);
    CHECK(table.emptyRows == 5);
    const std::int64_t rows[] = {1, 5, 7};
    const std::int64_t lines[] = {3, 7, 10};
    const char* acronyms[] = {"SIF", "IRC", "NRC"};
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(table.rows[i].row == rows[i]);
        CHECK(table.rows[i].sourceLine == lines[i]);
        CHECK(table.rows[i].cell(Role::OrgAcronym) == acronyms[i]);
    }
    CHECK(table.rows[1].cell(Role::Adm2Name) == "Djenné\nville");
    const auto sheets = listSheets(fixture("empty_rows.csv"));
    REQUIRE(sheets.size() == 1);
    CHECK(sheets[0].name == "empty_rows");
    CHECK(sheets[0].rows == 7); // up to the last row with data: the blank line at the end is not counted
}

TEST_CASE("explicit mapping wins over HXL tags and header names", "[activity_table]") {
    ActivityReadOptions options;
    options.explicitMapping = {
        {Role::OrgAcronym, "QUI"},   // header, case-insensitive
        {Role::Adm3Name, "ou"},      // header "Où", accent-insensitive
        {Role::Activity, "#SECTOR"}, // HXL tag, not the sector role any more
        {Role::Adm2Name, "Zone"},    // its #adm1+name tag is not used
        {Role::Partner, "Nonexistent"},
    };
    const auto table = readActivityTable(fixture("explicit.csv"), options);
    checkMapping(table, {
                            {Role::OrgAcronym, "Qui", "explicit"},
                            {Role::Adm3Name, "Où", "explicit"},
                            {Role::Activity, "Quoi", "explicit"},
                            {Role::Adm2Name, "Zone", "explicit"},
                        });
    CHECK(mentions(table, Severity::Warning, "partner = 'Nonexistent': no column"));
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].cell(Role::Activity) == "Santé");
    CHECK(table.rows[1].cell(Role::Adm2Name) == "Ansongo");

    // Without the mapping the same file reads by its tags.
    const auto detected = readActivityTable(fixture("explicit.csv"));
    CHECK(headerOf(detected, Role::Sector) == "Quoi");
    CHECK(headerOf(detected, Role::Adm1Name) == "Zone");
    CHECK(headerOf(detected, Role::OrgAcronym).empty());
}

TEST_CASE("a semicolon file whose header also holds a comma", "[activity_table]") {
    const auto table = readActivityTable(fixture("mixed_header.csv"));
    CHECK(table.sheet == "mixed_header"); // although GDAL reads a re-written copy
    CHECK(headerOf(table, Role::OrgAcronym) == "Organisation");
    CHECK(headerOf(table, Role::Adm1Name) == "Région");
    CHECK(table.unmappedHeaders == std::vector<std::string>{"Remarques, observations"});
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].cell(Role::Adm1Name) == "Mopti");
    CHECK(table.rows[1].cell(Role::OrgAcronym) == "IRC");
}

TEST_CASE("workbooks: first sheet with data, named sheets, unknown sheets", "[activity_table]") {
    for (const char* name : {"workbook.xlsx", "workbook.ods"}) {
        const auto path = fixture(name);
        INFO(name);

        const auto presence = readActivityTable(path);
        CHECK(presence.sheet == "Presence"); // "Lisez-moi" comes first: a header and an empty row
        CHECK_FALSE(presence.hasHxlRow);
        REQUIRE(presence.rows.size() == 3);
        CHECK(presence.emptyRows == 1);
        CHECK(presence.rows[0].row == 1);
        CHECK(presence.rows[2].row == 4);
        CHECK(presence.rows[2].sourceLine == 5);
        CHECK(presence.rows[0].cell(Role::Adm2Name) == "Djenné");
        CHECK(iso(presence.rows[0].start) == "2023-01-15"); // a date cell
        CHECK(iso(presence.rows[2].end) == "2024-03-09");
        CHECK(presence.rows[0].targeted == Approx(1200)); // a number cell
        CHECK(problemsOf(presence, Severity::Warning).empty());

        ActivityReadOptions options;
        options.sheet = "Partenaires";
        const auto partners = readActivityTable(path, options);
        CHECK(partners.sheet == "Partenaires");
        CHECK(partners.hasHxlRow);
        CHECK(headerOf(partners, Role::Partner) == "Partenaire");
        REQUIRE(partners.rows.size() == 1);
        CHECK(partners.rows[0].row == 1);
        CHECK(partners.rows[0].sourceLine == 3);
        CHECK(partners.rows[0].cell(Role::Adm1Name) == "Ségou");

        options.sheet = "partenaires";
        CHECK(readActivityTable(path, options).sheet == "Partenaires");

        options.sheet = "Feuil9";
        const auto error = inputErrorOf(path, options);
        REQUIRE(error);
        CHECK(error->file == path);
        CHECK(error->where == "sheet Feuil9");
        CHECK(error->message == "unknown sheet 'Feuil9'; the sheets are: Lisez-moi, Presence, Partenaires");

        const auto sheets = listSheets(path);
        REQUIRE(sheets.size() == 3);
        CHECK(sheets[0].name == "Lisez-moi");
        CHECK(sheets[0].rows == 0); // a header and an empty row: no data row
        CHECK(sheets[1].name == "Presence");
        CHECK(sheets[1].rows == 4);
        CHECK(sheets[2].name == "Partenaires");
        CHECK(sheets[2].rows == 1);
    }
}

TEST_CASE("input that cannot be used throws InputError naming the file", "[activity_table]") {
    struct Case {
        const char* file;
        const char* sheet;
        const char* message; // start of the message
    };
    const Case cases[] = {
        {"missing.csv", "", "file not found"},
        {"not_a_workbook.xlsx", "", "not a table GDAL can open"},
        {"single_column.csv", "", "not a table GDAL can open: the header row has a single column"},
        {"empty.csv", "", "empty table"},
        {"header_only.csv", "", "empty table"},
        {"blank_rows_only.csv", "", "empty table"},
        {"no_place.csv", "",
         "no usable place column: expected a région, cercle or commune code or name column (headers or HXL "
         "#adm1..#adm3)"},
        {"hxl_en.csv", "Feuil1", "unknown sheet 'Feuil1'; the sheets are: hxl_en"},
    };
    for (const auto& c : cases) {
        INFO(c.file);
        ActivityReadOptions options;
        options.sheet = c.sheet;
        const auto error = inputErrorOf(fixture(c.file), options);
        REQUIRE(error);
        CHECK(error->severity == Severity::Error);
        CHECK(error->file == fixture(c.file));
        CHECK(error->message.rfind(c.message, 0) == 0);
    }
    CHECK_THROWS_AS(listSheets(fixture("missing.csv")), InputError);
}

TEST_CASE("progress is reported and cancelling stops the read", "[activity_table]") {
    struct Log {
        std::vector<double> fractions;
        bool cancel = false;
    };
    auto callback = [](double fraction, const char*, void* data) {
        auto* log = static_cast<Log*>(data);
        log->fractions.push_back(fraction);
        return !log->cancel;
    };
    Log log;
    ActivityReadOptions options;
    options.progress = {callback, &log};
    readActivityTable(fixture("hxl_en.csv"), options);
    REQUIRE(log.fractions.size() >= 2);
    CHECK(log.fractions.front() == 0.0);
    CHECK(log.fractions.back() == 1.0);

    Log cancelling;
    cancelling.cancel = true;
    options.progress = {callback, &cancelling};
    CHECK_THROWS_AS(readActivityTable(fixture("hxl_en.csv"), options), Cancelled);
}

TEST_CASE("the real OCHA Mali 3W, December 2023, as CSV", "[activity_table][shared]") {
    const auto path = sharedData(kOcha3wFolder + "mli_3w_2023_12_ML_5W.csv");
    if (!std::filesystem::exists(path)) {
        WARN("shared data not found, skipped: " << path);
        return;
    }
    const auto table = readActivityTable(path);
    CHECK(table.hasHxlRow);
    REQUIRE(table.rows.size() == 24088);
    CHECK(table.emptyRows == 0);
    for (const Role role :
         {Role::OrgAcronym, Role::OrgName,   Role::OrgType,  Role::Donor,    Role::Adm1Code, Role::Adm1Name,
          Role::Adm2Code,   Role::Adm2Name,  Role::Adm3Code, Role::Adm3Name, Role::SiteName, Role::Sector,
          Role::Programme,  Role::StartDate, Role::EndDate,  Role::Activity, Role::Targeted, Role::TargetedF,
          Role::TargetedM,  Role::Reached,   Role::ReachedF, Role::ReachedM}) {
        INFO("role " << roleKey(role));
        CHECK(table.mapping.count(role) == 1);
    }
    CHECK(headerOf(table, Role::Adm3Name) == "Commune");
    CHECK(headerOf(table, Role::Donor) == "Bailleur de fond");
    const auto& first = table.rows.front();
    CHECK(first.row == 1);
    CHECK(first.sourceLine == 3);
    CHECK(first.cell(Role::OrgAcronym) == "SIF");
    CHECK(first.organisationKey() == "SIF");
    CHECK(first.cell(Role::OrgType) == "ONG Int");
    CHECK(first.cell(Role::Adm1Code) == "ML09");
    CHECK(first.cell(Role::Adm3Name) == "Commune - I");
    CHECK(first.cell(Role::Sector) == "Sécurité Alimentaire");
    CHECK(table.rows[1].cell(Role::Adm3Code) == "#N/A");
    CHECK(table.rows.back().row == 24088);
    const auto notAvailable = std::count_if(table.rows.begin(), table.rows.end(), [](const ActivityRow& r) {
        return r.cell(Role::Adm3Code) == "#N/A";
    });
    CHECK(notAvailable == 6848);
    CHECK(problemsOf(table, Severity::Warning).empty());
}

TEST_CASE("the real OCHA Mali 3W workbook, sheet ML_5W", "[activity_table][shared]") {
    const auto path = sharedData(kOcha3wFolder + "mali-3w-presence-operationnelle-december-2023.xlsx");
    if (!std::filesystem::exists(path)) {
        WARN("shared data not found, skipped: " << path);
        return;
    }
    ActivityReadOptions options;
    options.sheet = "ML_5W";
    const auto table = readActivityTable(path, options);
    CHECK(table.sheet == "ML_5W");
    CHECK(table.hasHxlRow);
    REQUIRE(table.rows.size() == 24088);
    CHECK(table.rows.front().cell(Role::OrgAcronym) == "SIF");
    CHECK(table.rows.front().sourceLine == 3);
    CHECK(headerOf(table, Role::Adm3Code) == "admin3Pcod");
    CHECK(headerOf(table, Role::Adm3Name) == "Commune");
    // The driver's "Too big gap" messages are silenced, not passed on.
    CHECK_FALSE(mentions(table, Severity::Info, "Too big gap"));
    CHECK(problemsOf(table, Severity::Warning).empty());

    const auto sheets = listSheets(path);
    REQUIRE(sheets.size() == 8);
    CHECK(sheets[0].name == "ML_5W");
    CHECK(sheets[0].rows == 24088);
    CHECK(sheets[7].name == "Admin");
}

TEST_CASE(
    "people counts that are negative, absurd or not numbers are reported per row and left out of the sums",
    "[activity_table]") {
    const auto table = readActivityTable(fixture("people_counts.csv"));
    REQUIRE(table.rows.size() == 4);
    CHECK_FALSE(table.rows[0].targeted.has_value()); // -50
    CHECK(table.rows[0].reached == Approx(120));
    CHECK_FALSE(table.rows[1].targeted.has_value()); // 40 million: more than live in Mali
    CHECK_FALSE(table.rows[1].reached.has_value());  // 1e400: not a finite number
    CHECK(table.rows[2].targeted == Approx(600));    // women 600, men -34 left out
    CHECK_FALSE(table.rows[2].reached.has_value());  // 63 digits
    CHECK(table.rows[3].targeted == Approx(1234567));
    CHECK(hasProblem(table, Severity::Warning, 1,
                     "Personnes ciblées: '-50' people is negative: left out of the sums"));
    CHECK(hasProblem(table, Severity::Warning, 2,
                     "Personnes ciblées: '40000000' people is more than live in Mali: left out of the sums"));
    CHECK(hasProblem(table, Severity::Warning, 2,
                     "Personnes atteintes: '1e400' is not a number: left out of the sums"));
    CHECK(hasProblem(table, Severity::Warning, 3,
                     "Hommes ciblés: '-34' people is negative: left out of the sums"));
    CHECK(problemsOf(table, Severity::Warning).size() == 5);
}

TEST_CASE("cells beyond the header and rows over several lines are warnings naming the row, never dropped "
          "without a word",
          "[activity_table][hostile]") {
    auto messagesOf = [](const ActivityTable& table) {
        std::vector<std::string> texts;
        for (const auto& problem : table.problems) {
            if (problem.severity == Severity::Warning) {
                texts.push_back(std::to_string(problem.row) + ": " + problem.message);
            }
        }
        return texts;
    };
    const ActivityTable wide = readActivityTable(fixture("../hostile/cases/csv_more_cells_than_header.csv"));
    CHECK(wide.rows.size() == 2);
    CHECK(messagesOf(wide) ==
          std::vector<std::string>{
              "1: 7 cells where the header has 5: the cells beyond column 5 are left out"});
    const ActivityTable swallowed =
        readActivityTable(fixture("../hostile/cases/csv_quote_swallows_rows.csv"));
    CHECK(swallowed.rows.size() == 1);
    CHECK(
        messagesOf(swallowed) ==
        std::vector<std::string>{"1: this row runs over lines 2 to 5 of the file: a quoted cell holds line "
                                 "breaks and as many separators as a whole row, as when a stray quote takes "
                                 "the following rows into one cell; check the quotes"});
    // A note over two lines is no such thing.
    const ActivityTable note = readActivityTable(fixture("../hostile/cases/csv_quoted_line_breaks.csv"));
    CHECK(note.rows.size() == 2);
    CHECK(messagesOf(note).empty());
    CHECK_THROWS_AS(readActivityTable(fixture("../hostile/cases/csv_unterminated_quote.csv")), InputError);
}
