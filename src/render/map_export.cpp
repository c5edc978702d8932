#include "render/map_export.h"

#include "core/table_writer.h"
#include "core/texts.h"
#include "render/paint_helpers.h"
#include "render/pdf_metadata.h"
#include "render/png_writer.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cpl_string.h>
#include <cstdio>

namespace couverture::render {
namespace {

using detail::qs;

std::string withoutExtension(const std::string& path) {
    const std::size_t dot = path.find_last_of('.');
    const std::size_t slash = path.find_last_of('/');
    return dot == std::string::npos || (slash != std::string::npos && dot < slash) ? path
                                                                                   : path.substr(0, dot);
}

// GDAL's own escaping, as it reads the .aux.xml back.
std::string xmlEscaped(const std::string& text) {
    char* escaped = CPLEscapeString(text.c_str(), -1, CPLES_XML);
    std::string out(escaped);
    CPLFree(escaped);
    return out;
}

void writeText(const std::string& path, const std::string& text) {
    writeBytesAtomically(path, text);
}

QSizeF pageMm(const MapStyle& style, const PageOptions& page) {
    return pageSizeMm(page.pageSize.empty() ? style.pageSize : page.pageSize,
                      page.orientation.empty() ? style.orientation : page.orientation);
}

} // namespace

PdfMetadata pdfMetadata(const MapScene& scene, const ThematicLayer& layer, const MapStyle& style,
                        const PageOptions& page) {
    const std::string& language = page.language;
    const PageTitles titles = pageTitles(scene, layer, style, page);
    PdfMetadata metadata;
    metadata.title = titles.title;
    metadata.subject = titles.title + " – " + titles.subtitle;
    metadata.author =
        page.texts.producer.empty() ? style.text(language, "producer_default") : page.texts.producer;
    std::vector<std::string> keywords{
        "Mali", "3W", style.textOr(language, "figures." + layer.spec.figure, layer.spec.figure),
        style.text(language, "levels_plural." + std::string(levelKey(layer.spec.level)))};
    if (page.focus != kNoUnit && scene.has(page.focus)) {
        keywords.push_back(scene.unit(page.focus).name);
    }
    for (const std::string* extra : {&page.texts.sector, &page.texts.organisation}) {
        if (!extra->empty()) {
            keywords.push_back(*extra);
        }
    }
    for (const std::string& keyword : keywords) {
        metadata.keywords += (metadata.keywords.empty() ? "" : "; ") + keyword;
    }
    return metadata;
}

std::string labelSummary(const PageReport& report) {
    std::array<int, 4> named{}, beside{}, keyed{};
    int muted = 0;
    for (const PlacedLabel& label : report.map.labels) {
        if (label.muted) {
            ++muted;
            continue;
        }
        ++named[static_cast<std::size_t>(label.level)];
        beside[static_cast<std::size_t>(label.level)] += label.leader ? 1 : 0;
    }
    for (const KeyedLabel& label : report.map.keyed) {
        ++keyed[static_cast<std::size_t>(label.level)];
    }
    std::string parts;
    const auto add = [&parts](const std::string& part) {
        parts = parts.empty() ? part : fill(translate("Render", "%1, %2"), {parts, part});
    };
    for (AdminLevel level : {AdminLevel::Region, AdminLevel::Cercle, AdminLevel::Commune}) {
        const auto i = static_cast<std::size_t>(level);
        if (named[i] + keyed[i] == 0) {
            continue;
        }
        const int count = named[i]; // the name's number follows it ("1 region", "2 regions")
        const std::string names =
            level == AdminLevel::Region
                ? translate("Render", "%n regions (%1 beside with a leader line, %2 numbered in the key)",
                            nullptr, count)
            : level == AdminLevel::Cercle
                ? translate("Render", "%n cercles (%1 beside with a leader line, %2 numbered in the key)",
                            nullptr, count)
                : translate("Render", "%n communes (%1 beside with a leader line, %2 numbered in the key)",
                            nullptr, count);
        add(fill(names, {std::to_string(beside[i]), std::to_string(keyed[i])}));
    }
    if (muted > 0) {
        add(translate("Render", "%n neighbours", nullptr, muted));
    }
    std::string text = parts.empty() ? translate("Render", "names placed:")
                                     : fill(translate("Render", "names placed: %1"), {parts});
    if (report.map.labelsDropped > 0) {
        const int dropped = report.map.labelsDropped;
        text = fill(translate("Render", "%1; %n neighbours' names left out (no room)", nullptr, dropped),
                    {text});
    }
    return text;
}

void setupPdf(QPdfWriter& writer, const QSizeF& pageMm) {
    // A named size (A4, A3) turned as asked, so that viewers and printers recognise the paper.
    const bool landscape = pageMm.width() > pageMm.height();
    writer.setPageSize(QPageSize(landscape ? pageMm.transposed() : pageMm, QPageSize::Millimeter));
    writer.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
}

std::string_view exportFormatKey(ExportFormat format) {
    switch (format) {
    case ExportFormat::Pdf:
        return "pdf";
    case ExportFormat::Svg:
        return "svg";
    case ExportFormat::Png:
        return "png";
    }
    return "pdf";
}

bool exportFormatFromPath(const std::string& path, ExportFormat& format) {
    const std::size_t dot = path.find_last_of('.');
    if (dot == std::string::npos) {
        return false;
    }
    std::string extension = path.substr(dot + 1);
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == "pdf") {
        format = ExportFormat::Pdf;
    } else if (extension == "svg") {
        format = ExportFormat::Svg;
    } else if (extension == "png") {
        format = ExportFormat::Png;
    } else {
        return false;
    }
    return true;
}

std::string worldFileText(const MapView& view) {
    const QTransform toWorld = view.toDevice.inverted();
    const QPointF topLeft = toWorld.map(QPointF(0.5, 0.5));
    const double pixel = 1.0 / view.scale;
    char text[256];
    std::snprintf(text, sizeof text, "%.10f\n0.0000000000\n0.0000000000\n%.10f\n%.10f\n%.10f\n", pixel,
                  -pixel, topLeft.x(), topLeft.y());
    return text;
}

MapResult writeMapPage(const MapScene& scene, const ThematicLayer& layer, const MapStyle& style,
                       const PageOptions& page, const std::string& output, double dpi, bool worldFile) {
    ExportFormat format = ExportFormat::Pdf;
    if (!exportFormatFromPath(output, format)) {
        throwInputError(
            output, {}, 0,
            translate("Render", "unknown map format: the file name must end in .pdf, .svg or .png"));
    }
    ensureFonts(style);
    MapResult result;
    const QSizeF mm = pageMm(style, page);
    const PageTitles titles = pageTitles(scene, layer, style, page);
    switch (format) {
    case ExportFormat::Pdf: {
        bool painterEnded = false;
        QBuffer buffer; // Qt's bytes, then qpdf adds the properties Qt cannot set
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setResolution(kPdfResolution);
            setupPdf(writer, mm);
            writer.setTitle(qs(titles.title));
            writer.setCreator(QStringLiteral("Couverture"));
            QPainter painter(&writer);
            result.report = paintPage(painter, kPdfResolution / 25.4, scene, layer, style, page);
            painterEnded = painter.end();
        }
        if (!painterEnded) {
            throwOutputError(output, translate("Render", "the PDF could not be drawn"));
        }
        const QByteArray bytes = withPdfMetadata(buffer.data(), pdfMetadata(scene, layer, style, page));
        writeBytesAtomically(output,
                             std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        break;
    }
    case ExportFormat::Svg: {
        // Rendered to memory first: QSvgGenerator writes as it paints.
        bool painterEnded = false;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const double k = kSvgResolution / 25.4;
        const QSize size(static_cast<int>(std::lround(mm.width() * k)),
                         static_cast<int>(std::lround(mm.height() * k)));
        {
            QSvgGenerator generator;
            generator.setOutputDevice(&buffer);
            generator.setSize(size);
            generator.setViewBox(QRect(QPoint(0, 0), size));
            generator.setResolution(kSvgResolution);
            generator.setTitle(qs(titles.title));
            generator.setDescription(QStringLiteral("Couverture map"));
            QPainter painter(&generator);
            result.report = paintPage(painter, k, scene, layer, style, page);
            painterEnded = painter.end();
        }
        if (!painterEnded) {
            throwOutputError(output, translate("Render", "the SVG could not be drawn"));
        }
        writeBytesAtomically(output, std::string_view(buffer.data().constData(),
                                                      static_cast<std::size_t>(buffer.data().size())));
        break;
    }
    case ExportFormat::Png: {
        const QImage image = renderPageImage(scene, layer, style, page, dpi, &result.report);
        PngOptions png;
        png.dotsPerInch = dpi;
        writePng(image, output, png); // atomic, and the same image always gives the same bytes
        break;
    }
    }
    result.files.push_back(output);
    if (worldFile && format == ExportFormat::Png) {
        const std::string base = withoutExtension(output);
        writeText(base + ".pgw", worldFileText(result.report.view));
        result.files.push_back(base + ".pgw");
        // GDAL (and so QGIS) reads the CRS of a PNG from its .aux.xml sidecar.
        const std::string mapping = scene.projection().isGeographic() ? "2,1" : "1,2";
        writeText(output + ".aux.xml", "<PAMDataset>\n  <SRS dataAxisToSRSAxisMapping=\"" + mapping + "\">" +
                                           xmlEscaped(scene.projection().wkt()) + "</SRS>\n</PAMDataset>\n");
        result.files.push_back(output + ".aux.xml");
    }
    if (page.texts.asOf.empty()) {
        result.problems.push_back(
            {Severity::Warning, output, "as_of", 0,
             translate("Render",
                       "no as-of date given: the subtitle shows a dash instead of the data's date")});
    }
    result.problems.push_back({Severity::Info, output, "labels", 0, labelSummary(result.report)});
    if (!result.report.keyComplete) {
        result.problems.push_back(
            {Severity::Warning, output, "labels", 0,
             translate("Render", "the key of numbered units does not fit beside the map: use "
                                 "A3 or a cercle page")});
    }
    return result;
}

MapResult writeMap(const MapScene& scene, const CoverageTable& coverage, const std::string& output,
                   const MapOptions& options) {
    ensureGuiApplication();
    if (!options.progress.report(0.0, translate("Progress", "classifying").c_str())) {
        throw Cancelled{};
    }
    const MapStyle style = loadMapStyle(options.style);
    const ThematicLayer layer = prepareThematic(scene, coverage, options.thematic, style);
    if (!options.progress.report(0.2, translate("Progress", "drawing the map").c_str())) {
        throw Cancelled{};
    }
    MapResult result =
        writeMapPage(scene, layer, style, options.page, output, options.dpi, options.worldFile);
    options.progress.report(1.0, translate("Progress", "map written").c_str());
    return result;
}

} // namespace couverture::render
