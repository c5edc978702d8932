#include "render/atlas.h"

#include "core/table_writer.h"
#include "render/paint_helpers.h"
#include "render/pdf_metadata.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
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

AtlasResult writeAtlas(const MapScene& scene, const std::vector<AtlasPage>& pages,
                       const AtlasOptions& options) {
    ensureGuiApplication();
    const MapStyle style = loadMapStyle(options.style);
    ensureFonts(style);
    if (options.output.empty()) {
        throwInputError({}, "output", 0, "the atlas needs an output file or file-name pattern");
    }
    const bool perPage = options.output.find('{') != std::string::npos;
    ExportFormat format = ExportFormat::Pdf;
    if (!exportFormatFromPath(options.output, format)) {
        throwInputError(options.output, {}, 0,
                        "unknown atlas format: the name must end in .pdf, .svg or .png");
    }
    if (!perPage && format != ExportFormat::Pdf) {
        throwInputError(options.output, {}, 0,
                        "a single-file atlas is a PDF; for SVG or PNG pages give a pattern such as "
                        "\"atlas_{pcode}.png\"");
    }

    // Page options and file names first: nothing is written when one of them is wrong.
    const std::string size = options.page.pageSize.empty() ? style.pageSize : options.page.pageSize;
    const std::string orientation =
        options.page.orientation.empty() ? style.orientation : options.page.orientation;
    const int digits = static_cast<int>(std::to_string(std::max<std::size_t>(pages.size(), 1)).size());
    std::vector<PageOptions> pageOptions;
    std::vector<std::string> names;
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const AtlasPage& page = pages[i];
        if (!page.coverage) {
            throwInputError({}, "pages", static_cast<std::int64_t>(i + 1),
                            "atlas page without a coverage table");
        }
        if (page.focus != kNoUnit && !scene.has(page.focus)) {
            throwInputError({}, "pages", static_cast<std::int64_t>(i + 1),
                            "atlas page on a unit without geometry in the boundaries");
        }
        PageOptions pageOption = options.page;
        pageOption.focus = page.focus;
        pageOption.texts = mergedTexts(options.page.texts, page.texts);
        pageOption.texts.legendNoteKey = legendNoteKey(options);
        std::string number = std::to_string(i + 1);
        number.insert(
            0, static_cast<std::size_t>(digits) - std::min(number.size(), static_cast<std::size_t>(digits)),
            '0');
        std::map<std::string, std::string> fields{
            {"unit", page.focus != kNoUnit ? scene.unit(page.focus).name : std::string("Mali")},
            {"pcode", page.focus != kNoUnit ? scene.unit(page.focus).pcode : std::string("ML")},
            {"level", plural(options.thematic.level)},
            {"size", size},
            {"orientation", orientation},
            {"lang", options.page.language},
            {"date", compactDate(pageOption.texts.asOf)},
            {"created", compactDate(pageOption.texts.creationDate)},
            {"n", number},
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
                throwInputError(options.output, {}, 0,
                                "the file-name pattern gives pages " + std::to_string(at->second + 1) +
                                    " and " + std::to_string(i + 1) + " the same name (" + name +
                                    "); add a field such as {pcode} or {n}");
            }
            names.push_back(name);
        }
        pageOptions.push_back(std::move(pageOption));
    }

    // One classification per coverage table (national classes: pages of one table share their classes), or
    // per table and page unit (page classes).
    std::map<std::pair<const CoverageTable*, UnitId>, ThematicLayer> layers;
    auto layerOf = [&](const AtlasPage& page) -> const ThematicLayer& {
        ThematicSpec spec = options.thematic;
        spec.classesWithin = options.classes == AtlasClasses::Page ? page.focus : kNoUnit;
        const auto key = std::make_pair(page.coverage.get(), spec.classesWithin);
        auto found = layers.find(key);
        if (found == layers.end()) {
            found = layers.emplace(key, prepareThematic(scene, *page.coverage, spec, style)).first;
        }
        return found->second;
    };

    AtlasResult result;
    auto progress = [&](std::size_t i) {
        const std::string message = "page " + std::to_string(i + 1) + " of " + std::to_string(pages.size());
        if (!options.progress.report(static_cast<double>(i) /
                                         static_cast<double>(std::max<std::size_t>(pages.size(), 1)),
                                     message.c_str())) {
            throw Cancelled{};
        }
    };
    if (perPage) {
        for (std::size_t i = 0; i < pages.size(); ++i) {
            progress(i);
            const QString folder = QFileInfo(qs(names[i])).absolutePath();
            if (!QDir().mkpath(folder)) {
                throwOutputError(names[i], "cannot create the folder " + folder.toStdString());
            }
            MapResult page = writeMapPage(scene, layerOf(pages[i]), style, pageOptions[i], names[i],
                                          options.dpi, options.worldFile);
            result.files.insert(result.files.end(), page.files.begin(), page.files.end());
            result.problems.insert(result.problems.end(), page.problems.begin(), page.problems.end());
            result.reports.push_back(std::move(page.report));
            ++result.pages;
        }
    } else {
        const QString folder = QFileInfo(qs(options.output)).absolutePath();
        if (!QDir().mkpath(folder)) {
            throwInputError(options.output, {}, 0, "cannot create the folder " + folder.toStdString());
        }
        QSaveFile file(qs(options.output));
        if (!file.open(QIODevice::WriteOnly)) {
            throwInputError(options.output, {}, 0,
                            "cannot write the file: " + file.errorString().toStdString());
        }
        // Pages on two threads, each range into its own QPdfWriter (a painter on a PDF writer may live off
        // the GUI thread; every thread has its own GEOS context and font cache); qpdf joins the two PDFs and
        // adds the properties and one bookmark per page. bench_atlas, 50 cercle pages, 2 cores shared: 91.5
        // ms a page on one thread before (QGIS 203.8 in the same run, load 4.4); with the thinner PDF pages
        // (map_painter.cpp) 64.8 on one thread, 41.6 on two (load 3.2); with the halos and the inset thinned
        // too, 16.2-17.5 on two (QGIS 104-116: 6.4-6.6 times, load 2.4), 22.7-31.1 when the load is 2.8-3.7.
        std::vector<const ThematicLayer*> pageLayers;
        for (const AtlasPage& page : pages) {
            pageLayers.push_back(&layerOf(page)); // prepared here: the threads only read them
        }
        const QString title =
            pages.empty() ? QString()
                          : qs(pageTitles(scene, *pageLayers.front(), style, pageOptions.front()).title);
        struct Part {
            std::size_t first = 0, last = 0;
            QByteArray bytes;
            std::vector<PageReport> reports;
            std::exception_ptr error;
        };
        constexpr std::size_t kPagesPerThreadAtLeast = 4;
        std::vector<Part> parts(pages.size() >= 2 * kPagesPerThreadAtLeast ? 2 : 1);
        for (std::size_t p = 0; p < parts.size(); ++p) {
            parts[p].first = pages.size() * p / parts.size();
            parts[p].last = pages.size() * (p + 1) / parts.size();
        }
        std::atomic<bool> stop{false};
        auto render = [&](Part& part, bool reports) {
            try {
                QBuffer buffer(&part.bytes);
                buffer.open(QIODevice::WriteOnly);
                QPdfWriter writer(&buffer);
                writer.setResolution(kPdfResolution);
                setupPdf(writer, pageSizeMm(size, orientation));
                writer.setCreator(QStringLiteral("Couverture"));
                if (!title.isEmpty()) {
                    writer.setTitle(title);
                }
                QPainter painter(&writer);
                for (std::size_t i = part.first; i < part.last; ++i) {
                    if (reports) {
                        // The first thread speaks for both: its pages are about half of those done.
                        progress(std::min(part.first + (i - part.first) * parts.size(), pages.size() - 1));
                    }
                    if (stop) {
                        throw Cancelled{};
                    }
                    if (i > part.first) {
                        writer.newPage();
                    }
                    part.reports.push_back(paintPage(painter, kPdfResolution / 25.4, scene, *pageLayers[i],
                                                     style, pageOptions[i]));
                }
                painter.end();
            } catch (...) {
                part.error = std::current_exception();
                stop = true;
            }
        };
        std::thread second;
        if (parts.size() > 1) {
            second = std::thread([&] { render(parts[1], false); });
        }
        render(parts[0], true);
        if (second.joinable()) {
            second.join();
        }
        PdfMetadata metadata;
        std::vector<QByteArray> documents;
        for (Part& part : parts) {
            if (part.error) {
                std::rethrow_exception(part.error);
            }
            for (std::size_t i = part.first; i < part.last; ++i) {
                result.reports.push_back(std::move(part.reports[i - part.first]));
                metadata.bookmarks.push_back(
                    bookmarkOf(scene, pages[i], pageOptions[i], result.reports.back()));
                ++result.pages;
            }
            documents.push_back(std::move(part.bytes));
        }
        if (!pages.empty()) {
            const PdfMetadata first = pdfMetadata(scene, layerOf(pages.front()), style, pageOptions.front());
            metadata.title = first.title;
            metadata.author = first.author;
            metadata.subject = first.subject;
            metadata.keywords = first.keywords;
        }
        file.write(withPdfMetadata(documents, metadata));
        if (!file.commit()) {
            throwInputError(options.output, {}, 0,
                            "cannot write the file: " + file.errorString().toStdString());
        }
        result.files.push_back(options.output);
    }
    options.progress.report(1.0, "atlas written");
    return result;
}

} // namespace couverture::render
