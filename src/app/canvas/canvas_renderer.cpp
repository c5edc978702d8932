#include "app/canvas/canvas_renderer.h"

#include <QPainter>

namespace couverture::app {

std::vector<AdminLevel> labelLevelsFor(double unitsPerPixel) {
    // Mali is ~1,900 km across: at full extent in a window only the régions fit; the cercles from about
    // twice that zoom, the communes once a cercle fills the view.
    if (unitsPerPixel > 1500) {
        return {AdminLevel::Region};
    }
    if (unitsPerPixel > 250) {
        return {AdminLevel::Region, AdminLevel::Cercle};
    }
    return {AdminLevel::Cercle, AdminLevel::Commune};
}

render::MapStyle styleWithLayers(const render::MapStyle& style, const CanvasLayers& layers) {
    render::MapStyle shown = style;
    const auto hide = [](render::LineStyle& line) { line.colour = Qt::transparent; };
    if (!layers.regions) {
        hide(shown.region);
    }
    if (!layers.cercles) {
        hide(shown.cercle);
    }
    if (!layers.communes) {
        hide(shown.commune);
    }
    return shown;
}

CanvasFrame renderCanvas(const CanvasRequest& request) {
    CanvasFrame frame;
    frame.area = request.area;
    frame.generation = request.generation;
    if (!request.scene || !request.layer || !request.style || request.pixels.isEmpty()) {
        return frame;
    }
    frame.image = QImage(request.pixels, QImage::Format_RGB32);
    frame.image.setDevicePixelRatio(request.devicePixelRatio);
    QPainter painter(&frame.image);
    const QRectF device(QPointF(0, 0), QSizeF(request.pixels));
    const render::MapView view = render::fitView(device, request.area, 0);
    render::MapDrawOptions options;
    if (request.layers.labels) {
        options.labelLevels =
            labelLevelsFor(request.area.width() / request.pixels.width() * request.devicePixelRatio);
    }
    // Screen millimetres: line widths and label sizes as on a 96 dpi screen.
    const double devicePerMm = 96.0 / 25.4 * request.devicePixelRatio;
    const render::MapDrawReport report =
        render::drawMap(painter, *request.scene, *request.layer, *request.style, view, devicePerMm, options);
    frame.labels = static_cast<int>(report.labels.size());
    return frame;
}

} // namespace couverture::app
