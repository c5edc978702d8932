#pragma once
// The commands of Couverture as library functions (options struct + progress, as GDAL's utilities):
// the CLI parses arguments into these options, the app and the tests call them directly.

#include "core/activity_table.h"
#include "core/boundary_reader.h"
#include "core/coverage.h"
#include "core/reconcile.h"
#include "core/table_writer.h"

#include <functional>
#include <string>
#include <vector>

namespace couverture {

// What every command that joins a table to boundaries needs.
struct JoinInputs {
    std::string boundaries;          // OGR source: folder, file, PG: connection
    std::string activities;          // CSV, XLSX, ODS
    ActivityReadOptions read;        // sheet, explicit column mapping, encoding
    BoundaryOptions boundaryOptions; // explicit field mapping
    std::string aliases;             // optional alias table path
    double fuzzyThreshold = 0.85;
    // Tables with codes and names of another P-code scheme (COD-PS, a 3W): read the rows that give codes
    // only.
    std::vector<std::string> codeKeys;
    // Rows given by codes in régions whose scheme cannot be established are never joined; without this the
    // join is refused (InputError), with it the rest is kept and those rows are reported unmatched.
    bool acceptPartialJoin = false;
    ActivityFilter filter; // when not empty, a filter that keeps no row of the table is an input error
};

// Whether some rows give codes and no names (the HNO): such rows are placed through code keys.
bool hasCodeOnlyRows(const ActivityTable& table);

// What reconciling `table` with code keys needs (--code-key): each key table read (readCodeKey) and, when the
// table has rows that give codes only, the population its own codes carry (evidence of their scheme).
// Throws InputError for a key that cannot be read.
void addCodeKeys(ReconcileOptions& options, const ActivityTable& table, const std::vector<std::string>& keys);

// Throws InputError when `filter` keeps no row of `table`: names the part of the filter that matches nothing
// and lists the values the table has, closest first (or the table's dates, for a period).
void requireFilterKeepsRows(const ActivityTable& table, const ActivityFilter& filter);

// Boundaries loaded, table read, every row matched: the common start of match, coverage, map and atlas.
struct JoinedActivities {
    BoundaryLoad boundaries;
    ActivityTable table;
    ReconcileResult reconciled;
};
// Throws InputError when rows are left unjoined because their codes' scheme could not be established, unless
// inputs.acceptPartialJoin.
JoinedActivities loadAndReconcile(const JoinInputs& inputs, const Progress& progress = {});

// --- couverture inspect ------------------------------------------------------------------------------------
// A plain-text description of a boundary source or an activity table: layers, schema, levels, counts; or
// sheets, the column mapping and how it was found, row counts and problems.
std::string inspectSource(const std::string& path, const ActivityReadOptions& read = {},
                          const BoundaryOptions& boundaryOptions = {});

// --- couverture match --------------------------------------------------------------------------------------
struct MatchCommandOptions {
    JoinInputs inputs;
    std::string outDir = "exports";
    CsvForm csvForm = CsvForm::Excel; // what users open; the command line writes the plain form by default
    Progress progress;
};
struct CommandOutput {
    std::vector<std::string> filesWritten;
    Problems problems;   // row-level problems of the inputs, boundary validation
    std::string summary; // a few lines for the terminal
};
// Writes match_report.csv/.xlsx, match_summary.csv, match_review.csv, match_schemes.csv,
// match_extra_places.csv and column_mapping.csv. A partial join not accepted is refused (InputError) after
// the reports are written.
CommandOutput runMatch(const MatchCommandOptions& options);

// Tables of a match, for writing or showing: one line per input row, in input order, and counts per method.
// The report's rows are generated on demand (OutputTable::generateRow) from `joined`, which must outlive it.
OutputTable matchReportTable(const JoinedActivities& joined);
OutputTable matchSummaryTable(const JoinedActivities& joined);
// How the table's columns were understood: one line per role found (role, column, HXL tag, how), then the
// columns left unused.
OutputTable columnMappingTable(const ActivityTable& table);
// Distinct places that need a human decision (fuzzy, conflict, parent corrected, unmatched), with row counts.
OutputTable matchReviewTable(const JoinedActivities& joined);
// The further places of cells that name several (the row's first place is in the match report).
OutputTable matchExtraPlacesTable(const JoinedActivities& joined);
// Rows given by codes only: per région, the scheme chosen, the evidence and a confidence.
OutputTable matchSchemeTable(const JoinedActivities& joined);

// --- couverture coverage -----------------------------------------------------------------------------------
struct CoverageCommandOptions {
    JoinInputs inputs;
    CoverageOptions coverage;
    std::string outDir = "exports";
    std::string baseName = "coverage"; // files: <base>_region.csv, <base>_cercle.csv, <base>_commune.csv,
                                       // <base>.xlsx, <base>.gpkg
    CsvForm csvForm = CsvForm::Excel;  // what users open; the command line writes the plain form by default
    // The GeoPackage's metadata: its date (yyyy-mm-dd; empty: today) and licence (empty: kDefaultLicence).
    std::string created;
    std::string licence;
    // The QGIS style of each level's layer in the GeoPackage (its layer_styles table). Core does not draw, so
    // the caller that does supplies it (the command line: the map's classes and colours,
    // render/qgis_style.h). Unset: no styles.
    std::function<QgisLayerStyle(const AdminTree& tree, const CoverageTable& coverage, AdminLevel level,
                                 const std::string& layer)>
        layerStyle;
    Progress progress;
};
// What the GeoPackage says of its licence when the caller says nothing: the sources' terms carry over.
inline constexpr const char* kDefaultLicence =
    "Derived from the sources named here; their licences apply (the OCHA datasets on HDX: CC BY-IGO). "
    "Credit OCHA / DNCT Mali, processed by ITOS, for the boundaries, and the activity table's publisher.";
CommandOutput runCoverage(const CoverageCommandOptions& options);

// The GeoPackage's metadata, layer titles and descriptions for the coverage tables (sources, date, licence,
// filter); the styles are left to the caller.
GeoPackageExtras coverageGeoPackageExtras(const JoinedActivities& joined, const CoverageTable& coverage,
                                          const std::vector<const OutputTable*>& tables,
                                          const CoverageCommandOptions& options);

// One table per level with the documented, stable columns (see docs/coverage_columns.md).
OutputTable coverageTable(const AdminTree& tree, const CoverageTable& coverage, AdminLevel level,
                          bool withGeometry);

} // namespace couverture
