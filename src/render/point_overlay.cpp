#include "render/point_overlay.h"

#include "core/table_writer.h"
#include "core/texts.h"
#include "render/png_writer.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>

namespace couverture::render {

namespace {

void drawPoints(QPainter& painter, const MapScene& scene, const PageReport& report, const MapStyle& style,
                const PointOverlay& overlay) {
    const double k = report.devicePerMm;
    const double radius = overlay.radiusMm * k;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setClipRect(report.view.frame);
    painter.setPen(QPen(overlay.outline, 0.25 * k));
    painter.setBrush(overlay.fill);
    for (const LonLat& point : overlay.points) {
        double x = 0;
        double y = 0;
        if (scene.projection().forward(point.lon, point.lat, x, y)) {
            painter.drawEllipse(report.view.toDevice.map(QPointF(x, y)), radius, radius);
        }
    }
    if (!overlay.label.empty()) {
        const QPointF corner =
            report.view.frame.topLeft() + QPointF(4 * k, 4 * k); // the scale bar holds the lower left
        painter.drawEllipse(corner, radius, radius);
        QFont font(QString::fromStdString(style.fonts.family));
        font.setPixelSize(std::max(1, static_cast<int>(style.fonts.legendPt * 0.3528 * k)));
        painter.setFont(font);
        painter.setPen(style.textColour);
        painter.drawText(corner + QPointF(2.5 * k, 0.35 * style.fonts.legendPt * 0.3528 * k),
                         QString::fromStdString(overlay.label));
    }
    painter.restore();
}

} // namespace

MapResult writeMapPageWithPoints(const MapScene& scene, const ThematicLayer& layer, const MapStyle& style,
                                 const PageOptions& page, const PointOverlay& overlay,
                                 const std::string& output, double dpi) {
    ExportFormat format = ExportFormat::Pdf;
    if (!exportFormatFromPath(output, format) || format == ExportFormat::Svg) {
        throwInputError(output, {}, 0, translate("Render", "a map with points is written as .pdf or .png"));
    }
    ensureFonts(style);
    MapResult result;
    if (format == ExportFormat::Pdf) {
        QBuffer file; // the whole PDF, then written atomically beside the others
        file.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&file);
            writer.setResolution(kPdfResolution);
            setupPdf(writer, pageSizeMm(page.pageSize.empty() ? style.pageSize : page.pageSize,
                                        page.orientation.empty() ? style.orientation : page.orientation));
            writer.setTitle(QString::fromStdString(pageTitles(scene, layer, style, page).title));
            writer.setCreator(QStringLiteral("Couverture"));
            QPainter painter(&writer);
            result.report = paintPage(painter, kPdfResolution / 25.4, scene, layer, style, page);
            drawPoints(painter, scene, result.report, style, overlay);
            painter.end();
        }
        writeBytesAtomically(
            output, std::string_view(file.data().constData(), static_cast<std::size_t>(file.data().size())));
    } else {
        QImage image = renderPageImage(scene, layer, style, page, dpi, &result.report);
        {
            QPainter painter(&image);
            drawPoints(painter, scene, result.report, style, overlay);
        }
        PngOptions png;
        png.dotsPerInch = dpi;
        writePng(image, output, png);
    }
    result.files.push_back(output);
    return result;
}

} // namespace couverture::render
