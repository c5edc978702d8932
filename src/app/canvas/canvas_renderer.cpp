#include "app/canvas/canvas_renderer.h"

#include <QPainter>
#include <algorithm>

namespace couverture::app {
namespace {

render::MapView viewOf(const CanvasRequest& request) {
    return render::fitView(QRectF(QPointF(0, 0), QSizeF(request.pixels)), request.area, 0);
}

QImage mapImage(const CanvasRequest& request, const render::MapView& view) {
    QImage image(request.pixels, QImage::Format_RGB32);
    image.setDevicePixelRatio(request.devicePixelRatio);
    QPainter painter(&image);
    render::MapDrawOptions options;
    options.names = false;
    render::drawMap(painter, *request.scene, *request.layer, *request.style, view,
                    canvasDevicePerMm(request.devicePixelRatio), options);
    return image;
}

QImage namesImage(const CanvasRequest& request, const render::MapView& view, int& count) {
    QImage image(request.pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(request.devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    render::MapDrawOptions options;
    options.labelLevels =
        labelLevelsFor(request.area.width() / request.pixels.width() * request.devicePixelRatio);
    const render::MapDrawReport report = render::drawNames(
        painter, *request.scene, *request.style, view, canvasDevicePerMm(request.devicePixelRatio), options);
    count = static_cast<int>(report.labels.size());
    return image;
}

// Squares of kTile pixels that are not all transparent.
std::vector<QRect> paintedTiles(const QImage& image) {
    constexpr int kTile = 64;
    std::vector<QRect> tiles;
    for (int top = 0; top < image.height(); top += kTile) {
        for (int left = 0; left < image.width(); left += kTile) {
            const QRect tile = QRect(left, top, kTile, kTile).intersected(image.rect());
            bool painted = false;
            for (int y = tile.top(); y <= tile.bottom() && !painted; ++y) {
                const auto* row = reinterpret_cast<const quint32*>(image.constScanLine(y));
                painted =
                    std::any_of(row + tile.left(), row + tile.right() + 1, [](quint32 p) { return p != 0; });
            }
            if (painted) {
                tiles.push_back(tile);
            }
        }
    }
    return tiles;
}

} // namespace

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

double canvasDevicePerMm(double devicePixelRatio) {
    return 96.0 / 25.4 * devicePixelRatio;
}

CanvasFrame renderCanvas(const CanvasRequest& request, bool withMap) {
    CanvasFrame frame;
    frame.area = request.area;
    frame.generation = request.generation;
    if (!request.scene || !request.layer || !request.style || request.pixels.isEmpty()) {
        return frame;
    }
    const render::MapView view = viewOf(request);
    if (withMap) {
        frame.image = mapImage(request, view);
    }
    if (request.layers.labels) {
        frame.labels = namesImage(request, view, frame.labelCount);
        frame.labelTiles = paintedTiles(frame.labels);
    }
    return frame;
}

render::MapView canvasView(const CanvasRequest& request) {
    return viewOf(request);
}

render::ScreenGeometry screenGeometryFor(const CanvasRequest& request) {
    const render::MapView view = viewOf(request);
    // The view and as much again on every side: pans of up to a window's size reuse it.
    const QRectF around =
        view.area.adjusted(-view.area.width(), -view.area.height(), view.area.width(), view.area.height());
    return render::ScreenGeometry::build(*request.scene, request.layer->spec.level, around, view.scale);
}

void drawFastFrame(const CanvasRequest& request, const render::ScreenGeometry& geometry, QImage& image) {
    if (image.size() != request.pixels || image.format() != QImage::Format_RGB32) {
        image = QImage(request.pixels, QImage::Format_RGB32);
    }
    image.setDevicePixelRatio(request.devicePixelRatio);
    geometry.draw(image, *request.layer, *request.style, viewOf(request),
                  canvasDevicePerMm(request.devicePixelRatio));
}

bool fastFrame(const CanvasRequest& request, render::ScreenGeometry& geometry, QImage& image) {
    if (!request.scene || !request.layer || !request.style || request.pixels.isEmpty()) {
        return false;
    }
    const render::MapView view = viewOf(request);
    const bool rebuilt = !geometry.serves(*request.scene, request.layer->spec.level, view.area, view.scale);
    if (rebuilt) {
        geometry = screenGeometryFor(request);
    }
    drawFastFrame(request, geometry, image);
    return rebuilt;
}

} // namespace couverture::app
