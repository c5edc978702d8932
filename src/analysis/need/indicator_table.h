#pragma once
// Indicator tables (population, people in need): one figure per row, keyed by P-code or by name at any
// level, read through GDAL (CSV, XLSX, ODS; an HXL row under the header is recognised) and placed in the
// boundary tree through the same reconciliation as activity tables. Long tables (the HNO's sector ×
// population group × gender × age rows) are narrowed by `where` conditions, so no row layout is hard-coded.

#include "core/admin_tree.h"
#include "core/reconcile.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace couverture::analysis {

struct IndicatorReadOptions {
    std::string value; // the figure's column: header text or HXL tag ("#inneed", "In Need", "T_TL")
    // Rows kept: column (header or HXL tag) -> value, compared case- and accent-folded. An empty value keeps
    // rows whose cell is empty.
    std::vector<std::pair<std::string, std::string>> where;
    std::string sheet; // workbook sheet; empty: the first
    std::string label; // what the figure is, for outputs ("people in need, GBV")
    std::vector<Alias> aliases;
    // Tables with codes and names of another scheme (the COD-PS population, a 3W) that say what the codes of
    // a code-only table mean (see core/code_scheme.h).
    std::vector<std::string> codeKeys;
    Progress progress;
};

// One unit's figure: the sum of the rows placed there.
struct IndicatorFigure {
    UnitId unit = kNoUnit;
    double value = 0;
    std::vector<std::int64_t> rows; // input rows behind it
    // The table files the place one level above where the boundaries have it (the HNO's région Ménaka, ML10,
    // is a cercle of Gao in the 2015 boundaries): its figure is not part of its boundary parent's figure.
    bool filedAbove = false;
};

struct IndicatorTable {
    std::string path;
    std::string label;
    std::string valueColumn;              // as found
    bool codeOnly = false;                // the table has codes and no names (HNO): placed by codes alone
    std::vector<IndicatorFigure> figures; // one per unit, tree order
    std::optional<double> national;       // a row with no place at all (the country's figure)
    std::int64_t rowsRead = 0, rowsKept = 0, rowsPlaced = 0, rowsUnplaced = 0;
    Problems problems;
    // The figure of a unit, nullopt when the table has none for it.
    std::optional<double> at(UnitId unit) const;
    const IndicatorFigure* find(UnitId unit) const;
};

// Throws InputError for a missing file, an unknown value or `where` column, or a table with no place column.
IndicatorTable readIndicatorTable(const AdminTree& tree, const std::string& path,
                                  const IndicatorReadOptions& options);

// Places rows that carry codes and no names (the HNO 2024) through the reconciler's code-only entry point
// (reconcileCodedRows): the P-code scheme of each région is decided from the boundaries and the code keys;
// rows of a région whose scheme cannot be established stay unplaced, with the reason.
ReconcileResult placeByCodesOnly(const AdminTree& tree, const std::vector<ActivityRow>& rows,
                                 const std::vector<CodeKey>& keys, const ReconcileOptions& options);

} // namespace couverture::analysis
