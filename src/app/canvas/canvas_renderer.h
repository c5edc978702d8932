#pragma once
// The map canvas's two ways of drawing a view.
//
// On the UI thread, at every new view: the scene snapped to the pixel grid of the current scale
// (render::ScreenGeometry), filled by class and outlined, in a few milliseconds (fastFrame).
// On a worker thread, once the view has settled: the printed maps' own painter (render::drawMap:
// antialiased fills, exact hatching) for the same view, and the names placed for it on a transparent layer
// (renderCanvas). The canvas shows the worker's frame once it matches the view, and moves the names layer
// with the map while panning until the next one arrives.

#include "render/map_painter.h"
#include "render/screen_geometry.h"

#include <QImage>
#include <QRectF>
#include <QSize>
#include <memory>

namespace couverture::app {

struct CanvasLayers {
    bool regions = true, cercles = true, communes = true, labels = true;
};

struct CanvasRequest {
    std::shared_ptr<const render::MapScene> scene;
    std::shared_ptr<const render::ThematicLayer> layer;
    std::shared_ptr<const render::MapStyle> style;
    QRectF area;  // display-CRS rectangle shown; its aspect is the image's
    QSize pixels; // device pixels
    double devicePixelRatio = 1;
    CanvasLayers layers;
    quint64 generation = 0; // lets the canvas drop frames a newer request has overtaken
};

struct CanvasFrame {
    QImage image;  // the map without names (empty when not drawn)
    QImage labels; // the names on a transparent layer (empty when names are off)
    // The squares of `labels` (device pixels) that hold any name: a window's worth of transparent pixels
    // costs as much to draw as the whole quick frame, the names cover a tenth of it.
    std::vector<QRect> labelTiles;
    QRectF area;
    quint64 generation = 0;
    int labelCount = 0;
};

// Levels whose names are readable at this many display units (metres) per screen pixel.
std::vector<AdminLevel> labelLevelsFor(double unitsPerPixel);

// The style with the hidden levels' outlines made invisible.
render::MapStyle styleWithLayers(const render::MapStyle& style, const CanvasLayers& layers);

// Line widths and label sizes as on a 96 dpi screen.
double canvasDevicePerMm(double devicePixelRatio);

// The worker's frame: the full-quality map and, when names are on, the names layer. Pure function of its
// request, so it runs on a worker thread.
CanvasFrame renderCanvas(const CanvasRequest& request, bool withMap = true);

// The view a request shows, in its device pixels.
render::MapView canvasView(const CanvasRequest& request);

// The screen geometry for `request`'s scale, around its view (the view and as much again on every side).
render::ScreenGeometry screenGeometryFor(const CanvasRequest& request);

// The UI thread's frame of `request`'s view into `image` (RGB32, request.pixels), from `geometry`.
void drawFastFrame(const CanvasRequest& request, const render::ScreenGeometry& geometry, QImage& image);

// The same, `geometry` rebuilt first when it does not serve this view (a new scale, an area beyond the one
// it holds, another level). Returns true when it was rebuilt. (The canvas builds it on a worker thread
// instead while the previous one can stretch to the view.)
bool fastFrame(const CanvasRequest& request, render::ScreenGeometry& geometry, QImage& image);

} // namespace couverture::app
