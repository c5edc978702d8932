#pragma once
// Writing maps: PDF (vector, selectable text, fonts embedded), SVG and PNG (chosen DPI, optional world
// file). Files are written atomically: a temporary file in the target folder, renamed when complete.
//
// The same inputs give the same PNG and SVG bytes: nothing reads the clock (the creation date is an input)
// and the SVG title and description are fixed. PDF files carry Qt's own creation timestamp.

#include "core/coverage.h"
#include "core/problem.h"
#include "render/map_painter.h"

#include <string>
#include <string_view>
#include <vector>

class QPdfWriter;

namespace couverture::render {

enum class ExportFormat { Pdf, Svg, Png };
std::string_view exportFormatKey(ExportFormat format); // "pdf", "svg", "png"
// From the file name's extension (.pdf, .svg, .png, any case); false for anything else.
bool exportFormatFromPath(const std::string& path, ExportFormat& format);

// Everything `couverture map` needs besides the scene and the coverage.
struct MapOptions {
    ThematicSpec thematic;  // what to map: kind, level, figure, classes, palette
    PageOptions page;       // language, page size and orientation, texts, focus unit, labelled levels
    std::string style;      // style file, or a name in styles/ ("default"); empty: styles/default.json
    double dpi = 200;       // PNG only
    bool worldFile = false; // PNG only: also <name>.pgw and <name>.png.aux.xml (display CRS)
    Progress progress;
};

struct MapResult {
    std::vector<std::string> files; // every file written (the map, then its sidecar files)
    PageReport report;              // what the page shows (legend, scale bar, texts, labels)
    Problems problems;              // warnings: missing as-of date, labels dropped, ...
};

// Classes the coverage (options.thematic), lays out the page and writes `output` in the format its
// extension names. Throws InputError for a bad option (unknown figure, palette, language, style key,
// extension), OutputError for a file that cannot be written; Cancelled when the progress callback says stop.
MapResult writeMap(const MapScene& scene, const CoverageTable& coverage, const std::string& output,
                   const MapOptions& options);

// The same from a prepared layer and a loaded style (what the atlas and the app use).
MapResult writeMapPage(const MapScene& scene, const ThematicLayer& layer, const MapStyle& style,
                       const PageOptions& page, const std::string& output, double dpi = 200,
                       bool worldFile = false);

// World file (.pgw) lines for an image whose pixels map to the display CRS through `view` (device =
// pixels): pixel width, 0, 0, -pixel height, then the centre of the top-left pixel.
std::string worldFileText(const MapView& view);

struct PdfMetadata;
// A page's PDF properties: Title, Author (the producer), Subject (title and subtitle), Keywords.
PdfMetadata pdfMetadata(const MapScene& scene, const ThematicLayer& layer, const MapStyle& style,
                        const PageOptions& page);

// "names placed: 9 regions (1 beside with a leader line, 0 numbered in the key), 50 cercles (...)".
std::string labelSummary(const PageReport& report);

// Page size, orientation and zero margins of a PDF page of `pageMm` (the atlas shares it).
void setupPdf(QPdfWriter& writer, const QSizeF& pageMm);

// PDF device resolution: fine enough that Qt's integer rounding of coordinates never shows.
inline constexpr int kPdfResolution = 1200;
// SVG user units per inch.
inline constexpr int kSvgResolution = 96;

} // namespace couverture::render
