#pragma once
// Drawing with QPainter: the map frame (fills batched per class, outlines per level, hatching, labels,
// symbols) and the report page around it (title, legend, scale bar, north arrow, inset, sources, producer,
// dates, map number, disclaimer). The same code draws on a QImage, a QPdfWriter or a QSvgGenerator.
//
// Every function here needs a QGuiApplication (fonts); ensureGuiApplication() makes an offscreen one when
// the program has none (call it from the main thread before any rendering thread starts).

#include "render/map_scene.h"
#include "render/map_style.h"
#include "render/thematic.h"

#include <QImage>
#include <QRectF>
#include <QSize>
#include <QTransform>
#include <functional>
#include <string>
#include <vector>

class QPainter;

namespace couverture::render {

// Creates a QGuiApplication on the "offscreen" platform (unless QT_QPA_PLATFORM says otherwise) when the
// process has none, and loads the style's font files once (QFontDatabase::addApplicationFont) so output
// never depends on the system's font configuration. Throws InputError when a QCoreApplication (not Gui)
// already exists or a font file cannot be loaded.
void ensureGuiApplication();
void ensureFonts(const MapStyle& style);

// Which part of the display CRS the frame shows, and how.
struct MapView {
    QRectF frame;        // device rectangle
    QRectF area;         // display-CRS rectangle shown (the whole frame, aspect kept)
    QTransform toDevice; // display CRS -> device (y flipped)
    double scale = 1;    // device units per display unit
};
// Fits `area` (display CRS) centred in `frame` (device), leaving `padding` (share of the area) around it.
MapView fitView(const QRectF& frame, const QRectF& area, double padding);

struct PlacedLabel {
    UnitId unit = kNoUnit;
    std::string text; // as drawn (may hold a line break)
    QRectF box;       // device rectangle, halo included
    AdminLevel level = AdminLevel::Commune;
    double pointSize = 0; // as drawn (names shrink down to their level's minimum before they move out)
    bool leader = false;  // placed beside the unit, with a line to it
    bool muted = false;   // a neighbour of the focus
};

// A unit too small for its name: a number on the map, the name in the key beside it.
struct KeyedLabel {
    int number = 0;
    UnitId unit = kNoUnit;
    AdminLevel level = AdminLevel::Commune;
    std::string name;
};

struct MapDrawOptions {
    UnitId focus = kNoUnit;              // atlas page: the unit shown; units outside it are drawn muted
    std::vector<AdminLevel> labelLevels; // levels whose names are drawn (within the focus, if any)
    bool labelNeighbours = true;         // focus pages: name the neighbours of the focus's level, muted
    bool antialias = true;
    std::vector<QRectF> reserved; // device rectangles labels must keep clear of (scale bar, arrow)
    double labelScale = 1;        // label sizes grow with the page (A3)
    bool keySmallUnits = true;    // names that fit nowhere become numbers with a key (else dropped)
    bool showCountries = true;    // neighbouring countries in grey, named (MapScene::countries)
    std::string language = "fr";  // of the countries' names
    bool names = true;            // false: the map body only (the canvas keeps its names as a layer apart)
};

struct MapDrawReport {
    std::vector<PlacedLabel> labels;
    std::vector<std::string> countries; // neighbouring countries named
    std::vector<KeyedLabel> keyed; // numbered on the map, named in the key (numbers follow the names' order)
    int labelsDropped = 0;         // candidates neither named nor keyed (muted neighbours without room)
    std::vector<UnitId> units;     // units drawn as data (the focus's units at the map's level, or all)
};

// Draws the map inside view.frame on `painter` (device coordinates, clipping to the frame).
// devicePerMm: device units per millimetre (line widths, label sizes, hatching spacing).
MapDrawReport drawMap(QPainter& painter, const MapScene& scene, const ThematicLayer& layer,
                      const MapStyle& style, const MapView& view, double devicePerMm,
                      const MapDrawOptions& options);

// The names drawMap would place (options.labelLevels, the neighbouring countries' with showCountries), alone,
// on `painter` (device coordinates): the canvas draws them once per view onto a transparent layer that it
// moves with the map while panning.
MapDrawReport drawNames(QPainter& painter, const MapScene& scene, const MapStyle& style, const MapView& view,
                        double devicePerMm, const MapDrawOptions& options);

// The benchmark's entry point: the whole country, fills and outlines (no labels, no page), on a white
// image of `size` pixels; line widths as at `dpi`. Nothing is loaded or projected: the scene is reused.
// With `threads` > 1, two threads draw two bands split where half of the vertices lie (~10 ms for the 701
// communes at 2000 x 2000 on two cores; renderChoroplethPng in png_writer.h also encodes the PNG, ~12 ms).
// A given thread count always gives the same pixels;
// 1 and 2 threads differ by a shade on a few antialiased line pixels where the bands meet.
QImage renderChoroplethImage(const MapScene& scene, const ThematicLayer& layer, const MapStyle& style,
                             QSize size, double dpi = 150, int threads = 2);

// The report page --------------------------------------------------------------------------------------

struct PageTexts {
    std::string title;                // empty: the style's "title" template (or "title_unit" on a focus page)
    std::string subtitle;             // empty: the style's "subtitle" template with the as-of date
    std::string asOf;                 // yyyy-mm-dd: the date the data describe ("as of")
    std::string creationDate;         // yyyy-mm-dd, given by the caller (never the clock); empty: not printed
    std::string mapNumber;            // empty: not printed
    std::vector<std::string> sources; // empty: the style's "sources_default" and the activity table
    std::string activityTable;        // file name of the table mapped, credited when `sources` is empty
    std::string producer;             // empty: the style's "producer_default"
    std::string sector;               // fills {sector}: subtitle_sector is used when set
    std::string organisation;         // fills {organisation}: subtitle_organisation is used when set
    std::string noteKey; // a style text key ("notes.places_all") appended to the subtitle; empty: none
    // A style text key printed under the legend's title (atlas pages: "legend_classes_page" or
    // "legend_classes_national"); empty: none.
    std::string legendNoteKey;
};

struct PageOptions {
    std::string language = "fr"; // a language of the style's texts
    std::string pageSize;        // "A4" or "A3"; empty: the style's
    std::string orientation;     // "landscape" or "portrait"; empty: the style's
    PageTexts texts;
    UnitId focus = kNoUnit;              // zoom to this unit (atlas page); kNoUnit: the whole country
    std::vector<AdminLevel> labelLevels; // empty: régions and cercles for the country; the focus's
                                         // children levels down to the map's level on a focus page
    // When set, draws the legend panel (millimetres; painter in device units at devicePerMm) in place of the
    // class list: analysis maps with their own legends (bivariate square, a table beside the map).
    std::function<void(QPainter& painter, const QRectF& panelMm, double devicePerMm)> legend;
};

struct ScaleBarInfo {
    QPointF startMm, endMm; // on the page, millimetres from the top-left corner
    double kilometres = 0;  // the length the bar is labelled with
};

struct PageReport {
    QSizeF pageMm;
    QRectF frameMm;
    double devicePerMm = 1;
    MapView view;                    // device units
    std::vector<std::string> texts;  // every text drawn on the page (labels excluded), in order
    std::vector<LegendEntry> legend; // as drawn
    ScaleBarInfo scaleBar;
    MapDrawReport map;
    std::string title;       // as drawn (for PDF/SVG metadata)
    bool keyComplete = true; // the key of numbered units fits beside the map
};

// Page size in millimetres for "A4"/"A3" and "landscape"/"portrait".
QSizeF pageSizeMm(const std::string& size, const std::string& orientation);

// The title and subtitle a page gets: the options' texts, else the style's templates filled in.
struct PageTitles {
    std::string title, subtitle;
};
PageTitles pageTitles(const MapScene& scene, const ThematicLayer& layer, const MapStyle& style,
                      const PageOptions& options);

// Paints a whole page on `painter`, whose device spans the page at `devicePerMm` device units per mm.
PageReport paintPage(QPainter& painter, double devicePerMm, const MapScene& scene, const ThematicLayer& layer,
                     const MapStyle& style, const PageOptions& options);

// A page as an image at `dpi` (for previews, PNG export and golden-image tests).
QImage renderPageImage(const MapScene& scene, const ThematicLayer& layer, const MapStyle& style,
                       const PageOptions& options, double dpi, PageReport* report = nullptr);

// "2023-12-31" -> "31 décembre 2023" / "31 December 2023" with the style's month names and day texts
// ("2023-12-01" -> "1er décembre 2023"); other text as is.
std::string formatMapDate(const std::string& isoDate, const MapStyle& style, const std::string& language);

} // namespace couverture::render
