#pragma once
// Atlases: many pages of one template, either one page per région or cercle (zoomed to the unit, its
// neighbours muted, its communes named) or one page per sector or organisation over the whole country.
//
// The caller decides what each page shows by giving it a CoverageTable: for a sector atlas the CLI
// computes coverage once per sector (CoverageOptions::filter.sectors = {sector}) and makes one page per
// table; for a cercle atlas every page shares one table. Output is one multi-page PDF, or one file per page
// named by a pattern such as "exports/MLI_3W_{sector}_{unit}_A4_{date}.pdf".

#include "core/coverage.h"
#include "core/problem.h"
#include "render/map_export.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace couverture::render {

struct AtlasPage {
    std::shared_ptr<const CoverageTable> coverage; // required; pages may share one table
    UnitId focus = kNoUnit;                        // zoom to this unit; kNoUnit: the whole country
    PageTexts texts; // non-empty fields override the atlas-wide texts (title, subtitle, sector, organisation,
                     // map number, sources)
    // Values for the file-name pattern, e.g. {"sector", "Protection"}; see expandPattern for the fields
    // every page has.
    std::map<std::string, std::string> fields;
};

// Which units a page's classes are computed on, and what its legend says: every unit of the map's level in
// the country ("Classes nationales": pages compare with each other, the default) or the units the page
// shows ("Classes de la page": the differences within a cercle show even where the country's classes put
// all its communes in one class). Pages over the whole country have the country's units either way.
enum class AtlasClasses { National, Page };
std::string_view atlasClassesKey(AtlasClasses classes); // "national", "page"
bool parseAtlasClasses(std::string_view text, AtlasClasses& classes);

struct AtlasOptions {
    ThematicSpec thematic;                         // the same map on every page
    AtlasClasses classes = AtlasClasses::National; // choropleths: whose classes, said under the legend title
    PageOptions page;  // language, size, orientation and the texts every page shares (as-of date,
                       // creation date, sources, producer); page.focus is ignored (pages have theirs)
    std::string style; // style file or name; empty: styles/default.json
    // "atlas.pdf": one PDF with a page per AtlasPage. A name with {fields}: one file per page, in the
    // format of its extension (.pdf, .svg, .png), e.g. "out/MLI_3W_{sector}_{unit}_{size}_{date}.pdf".
    std::string output;
    // Map numbers: "MLI-3W-{n}" numbers the pages (same fields as the file pattern); empty: the atlas-wide
    // page.texts.mapNumber on every page.
    std::string mapNumberPattern;
    double dpi = 200;       // PNG pages
    bool worldFile = false; // PNG pages
    Progress progress;      // called once per page; return false to stop (no file is left half-written)
};

struct AtlasResult {
    std::vector<std::string> files;
    int pages = 0;
    std::vector<PageReport> reports; // one per page, in order
    Problems problems;
};

// Throws InputError for bad options, a page without coverage, a unit not in the scene, or a pattern that
// would give two pages the same file name; OutputError when a file or folder cannot be written; Cancelled
// when the progress callback says stop.
// With national classes, pages that share a coverage table share one classification, so their legends use
// the same classes; with page classes each focus page has its own.
AtlasResult writeAtlas(const MapScene& scene, const std::vector<AtlasPage>& pages,
                       const AtlasOptions& options);

// One page per unit of `level` (régions or cercles), in tree order, all on `coverage`; only the units
// inside `within` when given. Fields: unit, pcode, level (filled in by writeAtlas too).
std::vector<AtlasPage> unitPages(const MapScene& scene, AdminLevel level,
                                 std::shared_ptr<const CoverageTable> coverage, UnitId within = kNoUnit);

// Replaces {field} by file-name-safe values. Fields every page has: {unit} (focus name, or "Mali"),
// {pcode} (focus P-code, or "ML"), {level} ("regions", "cercles", "communes": the map's level),
// {size} (A4, A3), {orientation}, {lang}, {date} (as-of date as yyyymmdd), {created} (creation date,
// yyyymmdd), {n} (page number, zero-padded to the page count's width); AtlasPage::fields add to them.
std::string expandPattern(const std::string& pattern, const std::map<std::string, std::string>& fields);

// "Ségou / Centre" -> "Segou-Centre": ASCII letters, digits, '-', '_' and '.', accents dropped.
std::string fileNameSafe(const std::string& text);

} // namespace couverture::render
