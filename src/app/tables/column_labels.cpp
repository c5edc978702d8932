#include "app/tables/column_labels.h"

#include "core/admin_tree.h"
#include "core/level_text.h"

#include <QCoreApplication>
#include <array>
#include <string_view>

namespace couverture::app {
namespace {

// The texts are marked with QT_TRANSLATE_NOOP so that lupdate puts them in the "ColumnLabels" context;
// they are translated when shown, in the language installed then.
constexpr const char* kContext = "ColumnLabels";

struct Heading {
    std::string_view key;
    const char* text;
};

// One heading per key of the tables core and analysis write (docs/coverage_columns.md, docs/analysis.md).
constexpr std::array kHeadings = {
    Heading{"absence_part", QT_TRANSLATE_NOOP("ColumnLabels", "Score part: absence")},
    Heading{"absence_score", QT_TRANSLATE_NOOP("ColumnLabels", "Absence score")},
    Heading{"activity", QT_TRANSLATE_NOOP("ColumnLabels", "Activity")},
    Heading{"always_shortlisted", QT_TRANSLATE_NOOP("ColumnLabels", "Always shortlisted")},
    Heading{"arrived", QT_TRANSLATE_NOOP("ColumnLabels", "Organisations arrived")},
    Heading{"bivariate_class", QT_TRANSLATE_NOOP("ColumnLabels", "Need × coverage class")},
    Heading{"cercle", QT_TRANSLATE_NOOP("ColumnLabels", "Cercle")},
    Heading{"cercle_name", QT_TRANSLATE_NOOP("ColumnLabels", "Cercle name")},
    Heading{"cercle_pcode", QT_TRANSLATE_NOOP("ColumnLabels", "Cercle P-code")},
    Heading{"child_coverage_share", QT_TRANSLATE_NOOP("ColumnLabels", "Share of sub-units covered")},
    Heading{"child_units", QT_TRANSLATE_NOOP("ColumnLabels", "Sub-units")},
    Heading{"child_units_covered", QT_TRANSLATE_NOOP("ColumnLabels", "Sub-units covered")},
    Heading{"coarser_only_organisations",
            QT_TRANSLATE_NOOP("ColumnLabels", "Organisations known only higher up")},
    Heading{"column", QT_TRANSLATE_NOOP("ColumnLabels", "Column in the table")},
    Heading{"commune", QT_TRANSLATE_NOOP("ColumnLabels", "Commune")},
    Heading{"commune_name", QT_TRANSLATE_NOOP("ColumnLabels", "Commune name")},
    Heading{"commune_pcode", QT_TRANSLATE_NOOP("ColumnLabels", "Commune P-code")},
    Heading{"confidence", QT_TRANSLATE_NOOP("ColumnLabels", "Confidence")},
    Heading{"conflict", QT_TRANSLATE_NOOP("ColumnLabels", "Code against names")},
    Heading{"coverage_class", QT_TRANSLATE_NOOP("ColumnLabels", "Coverage class (1-3)")},
    Heading{"end", QT_TRANSLATE_NOOP("ColumnLabels", "End")},
    Heading{"evidence", QT_TRANSLATE_NOOP("ColumnLabels", "Evidence")},
    Heading{"file", QT_TRANSLATE_NOOP("ColumnLabels", "File")},
    Heading{"filter", QT_TRANSLATE_NOOP("ColumnLabels", "Filter")},
    Heading{"first_row", QT_TRANSLATE_NOOP("ColumnLabels", "First row")},
    Heading{"gained_first", QT_TRANSLATE_NOOP("ColumnLabels", "First organisation gained")},
    Heading{"high_need_nobody", QT_TRANSLATE_NOOP("ColumnLabels", "High need, nobody present")},
    Heading{"how", QT_TRANSLATE_NOOP("ColumnLabels", "Found by")},
    Heading{"hxl", QT_TRANSLATE_NOOP("ColumnLabels", "HXL tag")},
    Heading{"in_shortlist", QT_TRANSLATE_NOOP("ColumnLabels", "In the shortlist")},
    Heading{"input_adm1_code", QT_TRANSLATE_NOOP("ColumnLabels", "Region code in the table")},
    Heading{"input_adm1_name", QT_TRANSLATE_NOOP("ColumnLabels", "Region name in the table")},
    Heading{"input_adm2_code", QT_TRANSLATE_NOOP("ColumnLabels", "Cercle code in the table")},
    Heading{"input_adm2_name", QT_TRANSLATE_NOOP("ColumnLabels", "Cercle name in the table")},
    Heading{"input_adm3_code", QT_TRANSLATE_NOOP("ColumnLabels", "Commune code in the table")},
    Heading{"input_adm3_name", QT_TRANSLATE_NOOP("ColumnLabels", "Commune name in the table")},
    Heading{"joined", QT_TRANSLATE_NOOP("ColumnLabels", "Scheme established")},
    Heading{"largest_move", QT_TRANSLATE_NOOP("ColumnLabels", "Largest rank move")},
    Heading{"lat", QT_TRANSLATE_NOOP("ColumnLabels", "Latitude")},
    Heading{"left", QT_TRANSLATE_NOOP("ColumnLabels", "Organisations gone")},
    Heading{"level", QT_TRANSLATE_NOOP("ColumnLabels", "Level")},
    Heading{"located_by", QT_TRANSLATE_NOOP("ColumnLabels", "Located by")},
    Heading{"lon", QT_TRANSLATE_NOOP("ColumnLabels", "Longitude")},
    Heading{"lost_last", QT_TRANSLATE_NOOP("ColumnLabels", "Last organisation lost")},
    Heading{"main_sector", QT_TRANSLATE_NOOP("ColumnLabels", "Main sector")},
    Heading{"message", QT_TRANSLATE_NOOP("ColumnLabels", "Message")},
    Heading{"method", QT_TRANSLATE_NOOP("ColumnLabels", "Method")},
    Heading{"name", QT_TRANSLATE_NOOP("ColumnLabels", "Name")},
    Heading{"need", QT_TRANSLATE_NOOP("ColumnLabels", "Need")},
    Heading{"need_basis", QT_TRANSLATE_NOOP("ColumnLabels", "Need basis")},
    Heading{"need_class", QT_TRANSLATE_NOOP("ColumnLabels", "Need class (1-3)")},
    Heading{"need_part", QT_TRANSLATE_NOOP("ColumnLabels", "Score part: need")},
    Heading{"need_per_organisation", QT_TRANSLATE_NOOP("ColumnLabels", "Need per organisation")},
    Heading{"need_score", QT_TRANSLATE_NOOP("ColumnLabels", "Need score")},
    Heading{"need_source", QT_TRANSLATE_NOOP("ColumnLabels", "Need taken from")},
    Heading{"net", QT_TRANSLATE_NOOP("ColumnLabels", "Net change")},
    Heading{"org_type", QT_TRANSLATE_NOOP("ColumnLabels", "Organisation type")},
    Heading{"organisation", QT_TRANSLATE_NOOP("ColumnLabels", "Organisation")},
    Heading{"organisation_a", QT_TRANSLATE_NOOP("ColumnLabels", "Organisation A")},
    Heading{"organisation_b", QT_TRANSLATE_NOOP("ColumnLabels", "Organisation B")},
    Heading{"organisation_name", QT_TRANSLATE_NOOP("ColumnLabels", "Organisation's full name")},
    Heading{"organisation_names", QT_TRANSLATE_NOOP("ColumnLabels", "Organisation names")},
    Heading{"organisation_type", QT_TRANSLATE_NOOP("ColumnLabels", "Organisation type")},
    Heading{"organisations", QT_TRANSLATE_NOOP("ColumnLabels", "Organisations")},
    Heading{"organisations_after", QT_TRANSLATE_NOOP("ColumnLabels", "Organisations after")},
    Heading{"organisations_at_once", QT_TRANSLATE_NOOP("ColumnLabels", "Organisations at the same time")},
    Heading{"organisations_before", QT_TRANSLATE_NOOP("ColumnLabels", "Organisations before")},
    Heading{"organisations_coarser_only",
            QT_TRANSLATE_NOOP("ColumnLabels", "Organisations known only higher up")},
    Heading{"organisations_region_wide", QT_TRANSLATE_NOOP("ColumnLabels", "Organisations region-wide")},
    Heading{"other_organisation_names", QT_TRANSLATE_NOOP("ColumnLabels", "Other organisations (names)")},
    Heading{"other_organisations", QT_TRANSLATE_NOOP("ColumnLabels", "Other organisations")},
    Heading{"parent", QT_TRANSLATE_NOOP("ColumnLabels", "Parent unit")},
    Heading{"parent_pcode", QT_TRANSLATE_NOOP("ColumnLabels", "Parent unit P-code")},
    Heading{"partner_names", QT_TRANSLATE_NOOP("ColumnLabels", "Partners present (names)")},
    Heading{"partners", QT_TRANSLATE_NOOP("ColumnLabels", "Implementing partners")},
    Heading{"partners_part", QT_TRANSLATE_NOOP("ColumnLabels", "Score part: partners")},
    Heading{"partners_present", QT_TRANSLATE_NOOP("ColumnLabels", "Partners present")},
    Heading{"partners_score", QT_TRANSLATE_NOOP("ColumnLabels", "Partners score")},
    Heading{"pcode", QT_TRANSLATE_NOOP("ColumnLabels", "P-code")},
    Heading{"people_reached", QT_TRANSLATE_NOOP("ColumnLabels", "People reached")},
    Heading{"people_rule", QT_TRANSLATE_NOOP("ColumnLabels", "People per place")},
    Heading{"people_targeted", QT_TRANSLATE_NOOP("ColumnLabels", "People targeted")},
    Heading{"periods", QT_TRANSLATE_NOOP("ColumnLabels", "Periods")},
    Heading{"placed_in", QT_TRANSLATE_NOOP("ColumnLabels", "Placed in")},
    Heading{"places", QT_TRANSLATE_NOOP("ColumnLabels", "Places")},
    Heading{"points", QT_TRANSLATE_NOOP("ColumnLabels", "Points")},
    Heading{"presence", QT_TRANSLATE_NOOP("ColumnLabels", "Presence")},
    Heading{"programme", QT_TRANSLATE_NOOP("ColumnLabels", "Programme")},
    Heading{"programmes", QT_TRANSLATE_NOOP("ColumnLabels", "Programmes")},
    Heading{"rank", QT_TRANSLATE_NOOP("ColumnLabels", "Rank")},
    Heading{"reach_km", QT_TRANSLATE_NOOP("ColumnLabels", "Reach (km)")},
    Heading{"reach_share", QT_TRANSLATE_NOOP("ColumnLabels", "Share of villages within reach")},
    Heading{"reached", QT_TRANSLATE_NOOP("ColumnLabels", "People reached")},
    Heading{"reason", QT_TRANSLATE_NOOP("ColumnLabels", "Reason")},
    Heading{"region", QT_TRANSLATE_NOOP("ColumnLabels", "Region")},
    Heading{"region_code", QT_TRANSLATE_NOOP("ColumnLabels", "Region code")},
    Heading{"region_name", QT_TRANSLATE_NOOP("ColumnLabels", "Region name")},
    Heading{"region_pcode", QT_TRANSLATE_NOOP("ColumnLabels", "Region P-code")},
    Heading{"review", QT_TRANSLATE_NOOP("ColumnLabels", "To review")},
    Heading{"role", QT_TRANSLATE_NOOP("ColumnLabels", "Role")},
    Heading{"row", QT_TRANSLATE_NOOP("ColumnLabels", "Row")},
    Heading{"row_numbers", QT_TRANSLATE_NOOP("ColumnLabels", "Row numbers")},
    Heading{"rows", QT_TRANSLATE_NOOP("ColumnLabels", "Rows")},
    Heading{"rows_at_this_level", QT_TRANSLATE_NOOP("ColumnLabels", "Rows at this level")},
    Heading{"scheme", QT_TRANSLATE_NOOP("ColumnLabels", "Code scheme")},
    Heading{"score", QT_TRANSLATE_NOOP("ColumnLabels", "Score")},
    Heading{"sector", QT_TRANSLATE_NOOP("ColumnLabels", "Sector")},
    Heading{"sector_list", QT_TRANSLATE_NOOP("ColumnLabels", "Sector list")},
    Heading{"sectors", QT_TRANSLATE_NOOP("ColumnLabels", "Sectors")},
    Heading{"sectors_lost", QT_TRANSLATE_NOOP("ColumnLabels", "Sectors lost")},
    Heading{"severity", QT_TRANSLATE_NOOP("ColumnLabels", "Severity")},
    Heading{"share", QT_TRANSLATE_NOOP("ColumnLabels", "Share")},
    Heading{"shared_units", QT_TRANSLATE_NOOP("ColumnLabels", "Units in common")},
    Heading{"site", QT_TRANSLATE_NOOP("ColumnLabels", "Site")},
    Heading{"start", QT_TRANSLATE_NOOP("ColumnLabels", "Start")},
    Heading{"status", QT_TRANSLATE_NOOP("ColumnLabels", "Status")},
    Heading{"targeted", QT_TRANSLATE_NOOP("ColumnLabels", "People targeted")},
    Heading{"unit_names", QT_TRANSLATE_NOOP("ColumnLabels", "Units")},
    Heading{"villages", QT_TRANSLATE_NOOP("ColumnLabels", "Villages")},
    Heading{"villages_within_km", QT_TRANSLATE_NOOP("ColumnLabels", "Villages within reach")},
    Heading{"where", QT_TRANSLATE_NOOP("ColumnLabels", "Where in the file")},
};

// The sensitivity table's rank columns, "rank_<criterion>_<minus|plus>_<percent>" (analysis/targets).
constexpr std::array kRankHeadings = {
    Heading{"need", QT_TRANSLATE_NOOP("ColumnLabels", "Rank, need weight %1%")},
    Heading{"absence", QT_TRANSLATE_NOOP("ColumnLabels", "Rank, absence weight %1%")},
    Heading{"partners", QT_TRANSLATE_NOOP("ColumnLabels", "Rank, partners weight %1%")},
};

// Sets of coded values; a column's key says which set its values come from.
enum class Codes {
    None,
    Level,
    Method,
    NeedBasis,
    YesNo,
    Flag, // 1 / 0
    Severity,
    How,
    Role,
    Presence,
    Status,
    LocatedBy,
    Confidence,
    PeopleRule,
    Periods,
    Scheme
};

struct CodedColumn {
    std::string_view key;
    Codes codes;
};

constexpr std::array kCodedColumns = {
    CodedColumn{"level", Codes::Level},
    CodedColumn{"method", Codes::Method},
    CodedColumn{"need_basis", Codes::NeedBasis},
    CodedColumn{"review", Codes::YesNo},
    CodedColumn{"conflict", Codes::YesNo},
    CodedColumn{"joined", Codes::YesNo},
    CodedColumn{"high_need_nobody", Codes::Flag},
    CodedColumn{"lost_last", Codes::Flag},
    CodedColumn{"gained_first", Codes::Flag},
    CodedColumn{"in_shortlist", Codes::Flag},
    CodedColumn{"always_shortlisted", Codes::Flag},
    CodedColumn{"severity", Codes::Severity},
    CodedColumn{"how", Codes::How},
    CodedColumn{"role", Codes::Role},
    CodedColumn{"presence", Codes::Presence},
    CodedColumn{"status", Codes::Status},
    CodedColumn{"located_by", Codes::LocatedBy},
    CodedColumn{"confidence", Codes::Confidence},
    CodedColumn{"people_rule", Codes::PeopleRule},
    CodedColumn{"periods", Codes::Periods},
    CodedColumn{"scheme", Codes::Scheme},
};

struct CodedValue {
    Codes codes;
    std::string_view value;
    const char* text;
};

constexpr std::array kValues = {
    // core/reconcile methodKey, then match_summary's lines
    CodedValue{Codes::Method, "alias", QT_TRANSLATE_NOOP("ColumnLabels", "alias")},
    CodedValue{Codes::Method, "code", QT_TRANSLATE_NOOP("ColumnLabels", "code")},
    CodedValue{Codes::Method, "code_repaired", QT_TRANSLATE_NOOP("ColumnLabels", "repaired code")},
    CodedValue{Codes::Method, "code_other_scheme",
               QT_TRANSLATE_NOOP("ColumnLabels", "code of the other scheme")},
    CodedValue{Codes::Method, "name", QT_TRANSLATE_NOOP("ColumnLabels", "name")},
    CodedValue{Codes::Method, "name_fuzzy", QT_TRANSLATE_NOOP("ColumnLabels", "fuzzy name")},
    CodedValue{Codes::Method, "coarser_level", QT_TRANSLATE_NOOP("ColumnLabels", "coarser level")},
    CodedValue{Codes::Method, "unmatched", QT_TRANSLATE_NOOP("ColumnLabels", "unmatched")},
    CodedValue{Codes::Method, "total", QT_TRANSLATE_NOOP("ColumnLabels", "total")},
    CodedValue{Codes::Method, "extra_places_in_multi_place_cells",
               QT_TRANSLATE_NOOP("ColumnLabels", "extra places in cells naming several")},
    CodedValue{Codes::Method, "code_name_conflicts", QT_TRANSLATE_NOOP("ColumnLabels", "code against names")},
    // analysis/need needBasisKey
    CodedValue{Codes::NeedBasis, "measured", QT_TRANSLATE_NOOP("ColumnLabels", "measured")},
    CodedValue{Codes::NeedBasis, "sum_of_finer", QT_TRANSLATE_NOOP("ColumnLabels", "sum of the units below")},
    CodedValue{Codes::NeedBasis, "estimate_apportioned",
               QT_TRANSLATE_NOOP("ColumnLabels", "estimate, shared out")},
    CodedValue{Codes::NeedBasis, "coarser_level",
               QT_TRANSLATE_NOOP("ColumnLabels", "figure of the level above")},
    CodedValue{Codes::NeedBasis, "none", QT_TRANSLATE_NOOP("ColumnLabels", "no figure")},
    CodedValue{Codes::YesNo, "yes", QT_TRANSLATE_NOOP("ColumnLabels", "yes")},
    CodedValue{Codes::YesNo, "no", QT_TRANSLATE_NOOP("ColumnLabels", "no")},
    CodedValue{Codes::Flag, "1", QT_TRANSLATE_NOOP("ColumnLabels", "yes")},
    CodedValue{Codes::Flag, "0", QT_TRANSLATE_NOOP("ColumnLabels", "no")},
    CodedValue{Codes::Severity, "error", QT_TRANSLATE_NOOP("ColumnLabels", "error")},
    CodedValue{Codes::Severity, "warning", QT_TRANSLATE_NOOP("ColumnLabels", "warning")},
    CodedValue{Codes::Severity, "info", QT_TRANSLATE_NOOP("ColumnLabels", "information")},
    // core/activity_table ColumnMapping::how, and column_mapping's unused columns
    CodedValue{Codes::How, "hxl", QT_TRANSLATE_NOOP("ColumnLabels", "HXL tag")},
    CodedValue{Codes::How, "header", QT_TRANSLATE_NOOP("ColumnLabels", "column name")},
    CodedValue{Codes::How, "explicit", QT_TRANSLATE_NOOP("ColumnLabels", "chosen by the user")},
    CodedValue{Codes::How, "not used", QT_TRANSLATE_NOOP("ColumnLabels", "not used")},
    // analysis/common presenceRoleKey, then core/column_roles roleKey (column_mapping)
    CodedValue{Codes::Role, "organisation", QT_TRANSLATE_NOOP("ColumnLabels", "organisation")},
    CodedValue{Codes::Role, "implementing_partner",
               QT_TRANSLATE_NOOP("ColumnLabels", "implementing partner")},
    CodedValue{Codes::Role, "donor", QT_TRANSLATE_NOOP("ColumnLabels", "donor")},
    CodedValue{Codes::Role, "org_acronym", QT_TRANSLATE_NOOP("ColumnLabels", "organisation acronym")},
    CodedValue{Codes::Role, "org_name", QT_TRANSLATE_NOOP("ColumnLabels", "organisation name")},
    CodedValue{Codes::Role, "org_type", QT_TRANSLATE_NOOP("ColumnLabels", "organisation type")},
    CodedValue{Codes::Role, "partner", QT_TRANSLATE_NOOP("ColumnLabels", "implementing partner")},
    CodedValue{Codes::Role, "programme", QT_TRANSLATE_NOOP("ColumnLabels", "programme")},
    CodedValue{Codes::Role, "sector", QT_TRANSLATE_NOOP("ColumnLabels", "sector")},
    CodedValue{Codes::Role, "activity", QT_TRANSLATE_NOOP("ColumnLabels", "activity")},
    CodedValue{Codes::Role, "adm1_code", QT_TRANSLATE_NOOP("ColumnLabels", "region code")},
    CodedValue{Codes::Role, "adm1_name", QT_TRANSLATE_NOOP("ColumnLabels", "region name")},
    CodedValue{Codes::Role, "adm2_code", QT_TRANSLATE_NOOP("ColumnLabels", "cercle code")},
    CodedValue{Codes::Role, "adm2_name", QT_TRANSLATE_NOOP("ColumnLabels", "cercle name")},
    CodedValue{Codes::Role, "adm3_code", QT_TRANSLATE_NOOP("ColumnLabels", "commune code")},
    CodedValue{Codes::Role, "adm3_name", QT_TRANSLATE_NOOP("ColumnLabels", "commune name")},
    CodedValue{Codes::Role, "site", QT_TRANSLATE_NOOP("ColumnLabels", "site")},
    CodedValue{Codes::Role, "lat", QT_TRANSLATE_NOOP("ColumnLabels", "latitude")},
    CodedValue{Codes::Role, "lon", QT_TRANSLATE_NOOP("ColumnLabels", "longitude")},
    CodedValue{Codes::Role, "start_date", QT_TRANSLATE_NOOP("ColumnLabels", "start date")},
    CodedValue{Codes::Role, "end_date", QT_TRANSLATE_NOOP("ColumnLabels", "end date")},
    CodedValue{Codes::Role, "status", QT_TRANSLATE_NOOP("ColumnLabels", "status")},
    CodedValue{Codes::Role, "targeted", QT_TRANSLATE_NOOP("ColumnLabels", "people targeted")},
    CodedValue{Codes::Role, "targeted_f", QT_TRANSLATE_NOOP("ColumnLabels", "women and girls targeted")},
    CodedValue{Codes::Role, "targeted_m", QT_TRANSLATE_NOOP("ColumnLabels", "men and boys targeted")},
    CodedValue{Codes::Role, "targeted_children", QT_TRANSLATE_NOOP("ColumnLabels", "children targeted")},
    CodedValue{Codes::Role, "targeted_adults", QT_TRANSLATE_NOOP("ColumnLabels", "adults targeted")},
    CodedValue{Codes::Role, "reached", QT_TRANSLATE_NOOP("ColumnLabels", "people reached")},
    CodedValue{Codes::Role, "reached_f", QT_TRANSLATE_NOOP("ColumnLabels", "women and girls reached")},
    CodedValue{Codes::Role, "reached_m", QT_TRANSLATE_NOOP("ColumnLabels", "men and boys reached")},
    CodedValue{Codes::Role, "reached_children", QT_TRANSLATE_NOOP("ColumnLabels", "children reached")},
    CodedValue{Codes::Role, "reached_adults", QT_TRANSLATE_NOOP("ColumnLabels", "adults reached")},
    CodedValue{Codes::Role, "place_basis", QT_TRANSLATE_NOOP("ColumnLabels", "place stated or inferred")},
    // analysis/presence: own rows, or presence known at the region or cercle only
    CodedValue{Codes::Presence, "own", QT_TRANSLATE_NOOP("ColumnLabels", "in the unit")},
    CodedValue{Codes::Presence, "region_wide", QT_TRANSLATE_NOOP("ColumnLabels", "region-wide")},
    CodedValue{Codes::Presence, "cercle_wide", QT_TRANSLATE_NOOP("ColumnLabels", "cercle-wide")},
    CodedValue{Codes::Presence, "commune_wide", QT_TRANSLATE_NOOP("ColumnLabels", "commune-wide")},
    // analysis/targets targetStatusKey, then analysis/sites siteStatusKey
    CodedValue{Codes::Status, "shortlisted", QT_TRANSLATE_NOOP("ColumnLabels", "shortlisted")},
    CodedValue{Codes::Status, "must_include", QT_TRANSLATE_NOOP("ColumnLabels", "included on request")},
    CodedValue{Codes::Status, "not_chosen", QT_TRANSLATE_NOOP("ColumnLabels", "not chosen")},
    CodedValue{Codes::Status, "excluded", QT_TRANSLATE_NOOP("ColumnLabels", "excluded on request")},
    CodedValue{Codes::Status, "inside", QT_TRANSLATE_NOOP("ColumnLabels", "inside a unit")},
    CodedValue{Codes::Status, "outside_every_unit", QT_TRANSLATE_NOOP("ColumnLabels", "outside every unit")},
    CodedValue{Codes::Status, "not_located", QT_TRANSLATE_NOOP("ColumnLabels", "not located")},
    // analysis/sites pointSourceKey
    CodedValue{Codes::LocatedBy, "coordinates", QT_TRANSLATE_NOOP("ColumnLabels", "coordinates")},
    CodedValue{Codes::LocatedBy, "gazetteer", QT_TRANSLATE_NOOP("ColumnLabels", "gazetteer")},
    CodedValue{Codes::LocatedBy, "not_located", QT_TRANSLATE_NOOP("ColumnLabels", "not located")},
    // core/code_scheme confidenceKey
    CodedValue{Codes::Confidence, "high", QT_TRANSLATE_NOOP("ColumnLabels", "high")},
    CodedValue{Codes::Confidence, "medium", QT_TRANSLATE_NOOP("ColumnLabels", "medium")},
    CodedValue{Codes::Confidence, "none", QT_TRANSLATE_NOOP("ColumnLabels", "none")},
    // core/coverage peopleRuleKey
    CodedValue{Codes::PeopleRule, "max_per_location", QT_TRANSLATE_NOOP("ColumnLabels", "largest figure")},
    CodedValue{Codes::PeopleRule, "sum", QT_TRANSLATE_NOOP("ColumnLabels", "sum")},
    // analysis/overlaps, when the activity table has no dates
    CodedValue{Codes::Periods, "no dates in the table",
               QT_TRANSLATE_NOOP("ColumnLabels", "no dates in the table")},
    CodedValue{Codes::Scheme, "not established", QT_TRANSLATE_NOOP("ColumnLabels", "not established")},
    CodedValue{Codes::Scheme, "boundaries", QT_TRANSLATE_NOOP("ColumnLabels", "the boundaries' codes")},
};

QString translated(const char* text) {
    return QCoreApplication::translate(kContext, text);
}

Codes codesOf(std::string_view key) {
    for (const CodedColumn& column : kCodedColumns) {
        if (column.key == key) {
            return column.codes;
        }
    }
    // Any other "<something>_level" column holds levels too (match_level of a published release), but
    // "rows_at_this_level" counts rows.
    return key.ends_with("_level") && !key.starts_with("rows") ? Codes::Level : Codes::None;
}

// "rank_need_minus_25" -> "Rank, need weight −25 %"; empty when the key is not such a column.
QString rankHeading(std::string_view key) {
    if (!key.starts_with("rank_")) {
        return {};
    }
    key.remove_prefix(5);
    for (const Heading& heading : kRankHeadings) {
        if (!key.starts_with(heading.key) || key.size() <= heading.key.size() ||
            key[heading.key.size()] != '_') {
            continue;
        }
        std::string_view rest = key.substr(heading.key.size() + 1);
        const bool minus = rest.starts_with("minus_"), plus = rest.starts_with("plus_");
        if (!minus && !plus) {
            return {};
        }
        rest.remove_prefix(minus ? 6 : 5);
        const QString percent = QString::fromUtf8(rest.data(), static_cast<qsizetype>(rest.size()));
        return translated(heading.text).arg((minus ? QChar(0x2212) : QChar(u'+')) + percent);
    }
    return {};
}

} // namespace

QString columnLabel(const std::string& key) {
    for (const Heading& heading : kHeadings) {
        if (heading.key == key) {
            return translated(heading.text);
        }
    }
    const QString rank = rankHeading(key);
    return rank.isEmpty() ? QString::fromStdString(key) : rank;
}

QString columnToolTip(const std::string& key) {
    return QCoreApplication::translate("ColumnLabels", "Column '%1' in exported files")
        .arg(QString::fromStdString(key));
}

bool hasValueLabels(const std::string& columnKey) {
    return codesOf(columnKey) != Codes::None;
}

QString valueLabel(const std::string& columnKey, const std::string& value) {
    const Codes codes = codesOf(columnKey);
    // Levels in core's own words (core/level_text.h), as its messages write them.
    if (AdminLevel level{}; codes == Codes::Level && parseLevel(value, level)) {
        return QString::fromStdString(levelText(level));
    }
    if (codes != Codes::None) {
        for (const CodedValue& coded : kValues) {
            if (coded.codes == codes && coded.value == value) {
                return translated(coded.text);
            }
        }
    }
    return QString::fromStdString(value);
}

} // namespace couverture::app
