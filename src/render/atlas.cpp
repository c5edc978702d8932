#include "render/atlas.h"

#include "core/table_writer.h"
#include "core/texts.h"
#include "render/paint_helpers.h"
#include "render/pdf_metadata.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>
#include <atomic>
#include <exception>
#include <map>
#include <set>
#include <thread>
#include <utility>

namespace couverture::render {
namespace {

using detail::qs;

std::string compactDate(const std::string& iso) {
    std::string digits;
    for (char c : iso) {
        if (c >= '0' && c <= '9') {
            digits += c;
        }
    }
    return digits;
}

PageTexts mergedTexts(PageTexts base, const PageTexts& page) {
    auto take = [](std::string& into, const std::string& from) {
        if (!from.empty()) {
            into = from;
        }
    };
    take(base.title, page.title);
    take(base.subtitle, page.subtitle);
    take(base.asOf, page.asOf);
    take(base.creationDate, page.creationDate);
    take(base.mapNumber, page.mapNumber);
    take(base.producer, page.producer);
    take(base.sector, page.sector);
    take(base.organisation, page.organisation);
    take(base.activityTable, page.activityTable);
    if (!page.sources.empty()) {
        base.sources = page.sources;
    }
    return base;
}

std::string plural(AdminLevel level) {
    switch (level) {
    case AdminLevel::Country:
        return "country";
    case AdminLevel::Region:
        return "regions";
    case AdminLevel::Cercle:
        return "cercles";
    case AdminLevel::Commune:
        return "communes";
    }
    return "communes";
}

// A page's bookmark: its unit, sector or organisation, else its title.
std::string bookmarkOf(const MapScene& scene, const AtlasPage& page, const PageOptions& options,
                       const PageReport& report) {
    if (page.focus != kNoUnit) {
        return scene.unit(page.focus).name;
    }
    if (!options.texts.sector.empty()) {
        return options.texts.sector;
    }
    if (!options.texts.organisation.empty()) {
        return options.texts.organisation;
    }
    return report.title;
}

const char* legendNoteKey(const AtlasOptions& options) {
    if (options.thematic.kind != MapKind::Choropleth) {
        return ""; // categories and circles have no classes to speak of
    }
    return options.classes == AtlasClasses::Page ? "legend_classes_page" : "legend_classes_national";
}

} // namespace

std::string_view atlasClassesKey(AtlasClasses classes) {
    return classes == AtlasClasses::Page ? "page" : "national";
}

bool parseAtlasClasses(std::string_view text, AtlasClasses& classes) {
    if (text == "page") {
        classes = AtlasClasses::Page;
    } else if (text == "national") {
        classes = AtlasClasses::National;
    } else {
        return false;
    }
    return true;
}

std::string fileNameSafe(const std::string& text) {
    // Decompose accents (é -> e + ´) and keep the base letters only.
    const QString decomposed = qs(text).normalized(QString::NormalizationForm_KD);
    std::string out;
    bool dash = false;
    for (QChar c : decomposed) {
        const char16_t code = c.unicode();
        if ((code >= u'a' && code <= u'z') || (code >= u'A' && code <= u'Z') ||
            (code >= u'0' && code <= u'9') || code == u'_' || code == u'.') {
            out += static_cast<char>(code);
            dash = false;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        } else if (!dash && !out.empty()) {
            out += '-';
            dash = true;
        }
    }
    while (!out.empty() && out.back() == '-') {
        out.pop_back();
    }
    return out;
}

std::string expandPattern(const std::string& pattern, const std::map<std::string, std::string>& fields) {
    std::map<std::string, std::string> safe;
    for (const auto& [name, value] : fields) {
        safe[name] = fileNameSafe(value);
    }
    return fillPlaceholders(pattern, safe);
}

std::vector<AtlasPage> unitPages(const MapScene& scene, AdminLevel level,
                                 std::shared_ptr<const CoverageTable> coverage, UnitId within) {
    std::vector<AtlasPage> pages;
    for (UnitId id : scene.level(level)) {
        if (within != kNoUnit && !scene.isWithin(id, within)) {
            continue;
        }
        AtlasPage page;
        page.coverage = coverage;
        page.focus = id;
        page.fields = {{"unit", scene.unit(id).name}, {"pcode", scene.unit(id).pcode}};
        pages.push_back(std::move(page));
    }
    return pages;
}

namespace {

// Page options and file names, all made before anything is written: nothing is written when one is wrong.
struct PreparedPages {
    std::string size, orientation;
    std::vector<PageOptions> options;
    std::vector<std::string> names; // one file per page (a pattern); empty for one PDF
};

std::string paddedNumber(std::size_t i, std::size_t count) {
    const std::size_t digits = std::to_string(std::max<std::size_t>(count, 1)).size();
    std::string number = std::to_string(i + 1);
    number.insert(0, digits - std::min(number.size(), digits), '0');
    return number;
}

PreparedPages preparePages(const MapScene& scene, const std::vector<AtlasPage>& pages,
                           const AtlasOptions& options, const MapStyle& style, bool perPage) {
    PreparedPages prepared;
    prepared.size = options.page.pageSize.empty() ? style.pageSize : options.page.pageSize;
    prepared.orientation = options.page.orientation.empty() ? style.orientation : options.page.orientation;
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const AtlasPage& page = pages[i];
        if (!page.coverage) {
            throwInputError({}, "pages", static_cast<std::int64_t>(i + 1),
                            translate("Render", "atlas page without a coverage table"));
        }
        if (page.focus != kNoUnit && !scene.has(page.focus)) {
            throwInputError({}, "pages", static_cast<std::int64_t>(i + 1),
                            translate("Render", "atlas page on a unit without geometry in the boundaries"));
        }
        PageOptions pageOption = options.page;
        pageOption.focus = page.focus;
        pageOption.texts = mergedTexts(options.page.texts, page.texts);
        pageOption.texts.legendNoteKey = legendNoteKey(options);
        std::map<std::string, std::string> fields{
            {"unit", page.focus != kNoUnit ? scene.unit(page.focus).name : std::string("Mali")},
            {"pcode", page.focus != kNoUnit ? scene.unit(page.focus).pcode : std::string("ML")},
            {"level", plural(options.thematic.level)},
            {"size", prepared.size},
            {"orientation", prepared.orientation},
            {"lang", options.page.language},
            {"date", compactDate(pageOption.texts.asOf)},
            {"created", compactDate(pageOption.texts.creationDate)},
            {"n", paddedNumber(i, pages.size())},
            {"sector", pageOption.texts.sector},
            {"organisation", pageOption.texts.organisation}};
        for (const auto& [name, value] : page.fields) {
            fields[name] = value;
        }
        if (!options.mapNumberPattern.empty() && page.texts.mapNumber.empty()) {
            pageOption.texts.mapNumber = fillPlaceholders(options.mapNumberPattern, fields);
        }
        if (perPage) {
            const std::string name = expandPattern(options.output, fields);
            auto [at, inserted] = seen.emplace(name, i);
            if (!inserted) {
                throwInputError(
                    options.output, {}, 0,
                    fill(translate("Render", "the file-name pattern gives pages %1 and %2 the same "
                                             "name (%3); add a field such as {pcode} or {n}"),
                         {std::to_string(at->second + 1), std::to_string(i + 1), name}));
            }
            prepared.names.push_back(name);
        }
        prepared.options.push_back(std::move(pageOption));
    }
    return prepared;
}

// One classification per coverage table (national classes: pages of one table share their classes), or
// per table and page unit (page classes). Made on the calling thread: the page threads only read them.
std::vector<const ThematicLayer*>
pageLayers(const MapScene& scene, const std::vector<AtlasPage>& pages, const AtlasOptions& options,
           const MapStyle& style, std::map<std::pair<const CoverageTable*, UnitId>, ThematicLayer>& layers) {
    std::vector<const ThematicLayer*> out;
    for (const AtlasPage& page : pages) {
        ThematicSpec spec = options.thematic;
        spec.classesWithin = options.classes == AtlasClasses::Page ? page.focus : kNoUnit;
        const auto key = std::make_pair(page.coverage.get(), spec.classesWithin);
        auto found = layers.find(key);
        if (found == layers.end()) {
            found = layers.emplace(key, prepareThematic(scene, *page.coverage, spec, style)).first;
        }
        out.push_back(&found->second);
    }
    return out;
}

// Reports page i of `count`; throws Cancelled when the caller asks to stop.
void reportPage(const Progress& progress, std::size_t i, std::size_t count) {
    const std::string message = "page " + std::to_string(i + 1) + " of " + std::to_string(count);
    if (!progress.report(static_cast<double>(i) / static_cast<double>(std::max<std::size_t>(count, 1)),
                         message.c_str())) {
        throw Cancelled{};
    }
}

struct AtlasWork {
    const MapScene& scene;
    const std::vector<AtlasPage>& pages;
    const AtlasOptions& options;
    const MapStyle& style;
    const PreparedPages& prepared;
    const std::vector<const ThematicLayer*>& layers;
};

void writePageFiles(const AtlasWork& work, AtlasResult& result) {
    for (std::size_t i = 0; i < work.pages.size(); ++i) {
        reportPage(work.options.progress, i, work.pages.size());
        const std::string& name = work.prepared.names[i];
        const QString folder = QFileInfo(qs(name)).absolutePath();
        if (!QDir().mkpath(folder)) {
            throwOutputError(
                name, fill(translate("Render", "cannot create the folder %1"), {folder.toStdString()}));
        }
        MapResult page = writeMapPage(work.scene, *work.layers[i], work.style, work.prepared.options[i], name,
                                      work.options.dpi, work.options.worldFile);
        result.files.insert(result.files.end(), page.files.begin(), page.files.end());
        result.problems.insert(result.problems.end(), page.problems.begin(), page.problems.end());
        result.reports.push_back(std::move(page.report));
        ++result.pages;
    }
}

// A range of pages drawn into a PDF of its own, in memory.
struct PdfPart {
    std::size_t first = 0, last = 0;
    QByteArray bytes;
    std::vector<PageReport> reports;
    std::exception_ptr error;
};

// Draws `part`'s pages. The thread that reports progress speaks for both (its pages are about half of those
// done); either thread stops at its next page once `stop` is set, and sets it when it fails or is cancelled.
void drawPdfPart(const AtlasWork& work, const QString& title, PdfPart& part, std::size_t partCount,
                 bool reports, std::atomic<bool>& stop) {
    try {
        QBuffer buffer(&part.bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfResolution);
        setupPdf(writer, pageSizeMm(work.prepared.size, work.prepared.orientation));
        writer.setCreator(QStringLiteral("Couverture"));
        if (!title.isEmpty()) {
            writer.setTitle(title);
        }
        QPainter painter(&writer);
        for (std::size_t i = part.first; i < part.last; ++i) {
            if (reports) {
                reportPage(work.options.progress,
                           std::min(part.first + (i - part.first) * partCount, work.pages.size() - 1),
                           work.pages.size());
            }
            if (stop) {
                throw Cancelled{};
            }
            if (i > part.first) {
                writer.newPage();
            }
            part.reports.push_back(paintPage(painter, kPdfResolution / 25.4, work.scene, *work.layers[i],
                                             work.style, work.prepared.options[i]));
        }
        painter.end();
    } catch (...) {
        part.error = std::current_exception();
        stop = true;
    }
}

// Pages on two threads, each range into its own QPdfWriter (a painter on a PDF writer may live off the GUI
// thread; every thread has its own GEOS context and font cache). bench_atlas, 50 cercle pages, 2 cores
// shared: 91.5 ms a page on one thread before (QGIS 203.8 in the same run, load 4.4); with the thinner PDF
// pages (map_painter.cpp) 64.8 on one thread, 41.6 on two (load 3.2); with the halos and the inset thinned
// too, 16.2-17.5 on two (QGIS 104-116: 6.4-6.6 times, load 2.4), 22.7-31.1 when the load is 2.8-3.7.
std::vector<PdfPart> drawPdfParts(const AtlasWork& work) {
    constexpr std::size_t kPagesPerThreadAtLeast = 4;
    const std::size_t count = work.pages.size();
    std::vector<PdfPart> parts(count >= 2 * kPagesPerThreadAtLeast ? 2 : 1);
    for (std::size_t p = 0; p < parts.size(); ++p) {
        parts[p].first = count * p / parts.size();
        parts[p].last = count * (p + 1) / parts.size();
    }
    const QString title =
        count == 0
            ? QString()
            : qs(pageTitles(work.scene, *work.layers.front(), work.style, work.prepared.options.front())
                     .title);
    std::atomic<bool> stop{false};
    std::thread second;
    if (parts.size() > 1) {
        second = std::thread([&] { drawPdfPart(work, title, parts[1], parts.size(), false, stop); });
    }
    drawPdfPart(work, title, parts[0], parts.size(), true, stop);
    if (second.joinable()) {
        second.join();
    }
    for (const PdfPart& part : parts) {
        if (part.error) {
            std::rethrow_exception(part.error);
        }
    }
    return parts;
}

// qpdf joins the parts and adds the properties and one bookmark per page; the file is written atomically.
void writeSingleAtlasPdf(const AtlasWork& work, AtlasResult& result) {
    const std::string& output = work.options.output;
    const QString folder = QFileInfo(qs(output)).absolutePath();
    if (!QDir().mkpath(folder)) {
        throwOutputError(output,
                         fill(translate("Render", "cannot create the folder %1"), {folder.toStdString()}));
    }
    std::vector<PdfPart> parts = drawPdfParts(work);
    // A cancel asked while the second thread finished its pages: nothing is written.
    reportPage(work.options.progress, work.pages.empty() ? 0 : work.pages.size() - 1, work.pages.size());
    PdfMetadata metadata;
    std::vector<QByteArray> documents;
    for (PdfPart& part : parts) {
        for (std::size_t i = part.first; i < part.last; ++i) {
            result.reports.push_back(std::move(part.reports[i - part.first]));
            metadata.bookmarks.push_back(
                bookmarkOf(work.scene, work.pages[i], work.prepared.options[i], result.reports.back()));
            ++result.pages;
        }
        documents.push_back(std::move(part.bytes));
    }
    if (!work.pages.empty()) {
        const PdfMetadata first =
            pdfMetadata(work.scene, *work.layers.front(), work.style, work.prepared.options.front());
        metadata.title = first.title;
        metadata.author = first.author;
        metadata.subject = first.subject;
        metadata.keywords = first.keywords;
    }
    const QByteArray joined = withPdfMetadata(documents, metadata);
    writeBytesAtomically(output,
                         std::string_view(joined.constData(), static_cast<std::size_t>(joined.size())));
    result.files.push_back(output);
}

} // namespace

AtlasResult writeAtlas(const MapScene& scene, const std::vector<AtlasPage>& pages,
                       const AtlasOptions& options) {
    ensureGuiApplication();
    const MapStyle style = loadMapStyle(options.style);
    ensureFonts(style);
    if (options.output.empty()) {
        throwInputError({}, "output", 0,
                        translate("Render", "the atlas needs an output file or file-name pattern"));
    }
    const bool perPage = options.output.find('{') != std::string::npos;
    ExportFormat format = ExportFormat::Pdf;
    if (!exportFormatFromPath(options.output, format)) {
        throwInputError(options.output, {}, 0,
                        translate("Render", "unknown atlas format: the name must end in .pdf, .svg or .png"));
    }
    if (!perPage && format != ExportFormat::Pdf) {
        throwInputError(options.output, {}, 0,
                        translate("Render",
                                  "a single-file atlas is a PDF; for SVG or PNG pages give a pattern "
                                  "such as \"atlas_{pcode}.png\""));
    }
    const PreparedPages prepared = preparePages(scene, pages, options, style, perPage);
    std::map<std::pair<const CoverageTable*, UnitId>, ThematicLayer> layers;
    const std::vector<const ThematicLayer*> layerOfPage = pageLayers(scene, pages, options, style, layers);
    const AtlasWork work{scene, pages, options, style, prepared, layerOfPage};
    AtlasResult result;
    if (perPage) {
        writePageFiles(work, result);
    } else {
        writeSingleAtlasPdf(work, result);
    }
    options.progress.report(1.0, translate("Progress", "atlas written").c_str());
    return result;
}

} // namespace couverture::render
