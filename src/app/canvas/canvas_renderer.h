#pragma once
// One frame of the map canvas: the scene's units coloured by the thematic layer, outlines of the visible
// levels and the labels the zoom calls for, drawn by render::drawMap (the printed maps' own painter) onto an
// image. Pure function of its request, so it runs on a worker thread while the window stays responsive.

#include "render/map_painter.h"

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
    QImage image;
    QRectF area;
    quint64 generation = 0;
    int labels = 0;
};

// Levels whose names are readable at this many display units (metres) per screen pixel.
std::vector<AdminLevel> labelLevelsFor(double unitsPerPixel);

// The style with the hidden levels' outlines made invisible.
render::MapStyle styleWithLayers(const render::MapStyle& style, const CanvasLayers& layers);

CanvasFrame renderCanvas(const CanvasRequest& request);

} // namespace couverture::app
