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
    std::string valueColumn; // as found
    bool codeOnly = false;   // the table has codes and no names (HNO): placed by codes alone
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

// Places rows that carry codes and no names (the HNO 2024): the entry point the need reader uses for
// code-only tables. Région codes agree across the P-code schemes and are taken as they are; finer codes are
// matched only when the code names the same place in the boundaries' scheme (see the implementation).
std::vector<Match> placeByCodesOnly(const AdminTree& tree, const std::vector<ActivityRow>& rows,
                                    const ReconcileOptions& options);

} // namespace couverture::analysis
