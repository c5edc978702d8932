#pragma once
// Tables that give P-codes without names (the HNO) and the code keys that say what those codes mean: a key is
// any table that carries codes *and* names of some scheme (the COD-PS population, a 3W), with population when
// it has one. The reconciler decides, région by région, which scheme a code-only table follows (reconcile.h).

#include "core/activity_table.h"

#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace couverture {

// One row of a table as far as places go: région, cercle and commune codes and names as written (empty when
// absent), and the population figure it carries, if any.
struct CodedRow {
    std::array<std::string, 3> codes; // région, cercle, commune
    std::array<std::string, 3> names;
    std::optional<double> population;
};

// Codes and names of one scheme, read from a table the user gives (or found among the run's inputs).
struct CodeKey {
    std::string source; // shown in reports: the file name, or "this table"
    std::vector<CodedRow> rows;
};

// Reads a code key, or the codes and population of a code-only table: any table GDAL opens (CSV, XLSX, ODS),
// an HXL row understood, columns found by HXL tag (#adm1+code, #adm2+name, #population ...) or by header
// (admin2Pcode, admin2Name_fr, Région, T_TL, Population ...). Throws InputError when the file cannot be read
// or has no code column. `requireNames`: a key without any name column is useless and is refused.
std::vector<CodedRow> readCodedRows(const std::string& path, bool requireNames);
CodeKey readCodeKey(const std::string& path);

// The code/name pairs an activity table itself carries (its named rows), as a key for its own rows that give
// codes only.
CodeKey codeKeyFromRows(std::string source, const std::vector<const ActivityRow*>& rows);

// The population each code carries: per row's deepest code, the largest figure (the total row's).
std::unordered_map<std::string, double> populationByDeepestCode(const std::vector<CodedRow>& rows);

// Codes as tables write them wrongly: "MLI0101" for "ML0101", separators, a lost leading zero.
std::vector<std::string> repairedCodes(const std::string& code);

// How a région's codes were read, and why.
enum class SchemeConfidence { High, Medium, None };
std::string_view confidenceKey(SchemeConfidence confidence); // "high", "medium", "none"

struct RegionScheme {
    std::string regionCode; // as the table writes it, cleaned
    std::string regionName; // of the boundaries, or of a key; empty when unknown
    std::string scheme;     // "boundaries" or a key's source; empty when not established
    SchemeConfidence confidence = SchemeConfidence::None;
    std::string evidence;    // how it was decided, or why it could not be
    std::int64_t places = 0; // distinct code combinations of the région
    std::int64_t rows = 0;   // input rows of the région given by codes only
    bool joined() const { return !scheme.empty(); }
};

} // namespace couverture
