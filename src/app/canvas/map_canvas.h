#pragma once
// The interactive map: drag to pan, wheel or +/- to zoom, arrows to move, Home for all of Mali. Every new
// view is drawn at once on the UI thread from geometry snapped to the screen's pixels (canvas_renderer.h:
// fastFrame, a few milliseconds for the whole country); once the view has been still for a moment, a worker
// thread draws it at print quality with its names, and that frame replaces the quick one. The names layer
// of the last settled view moves with the map while panning.

#include "app/canvas/canvas_renderer.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

namespace couverture::app {

class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    void setMap(std::shared_ptr<const render::MapScene> scene,
                std::shared_ptr<const render::ThematicLayer> layer,
                std::shared_ptr<const render::MapStyle> style);
    void setLayers(const CanvasLayers& layers);
    // A message drawn over the map (loading, "the filter leaves no row"); empty: none.
    void setMessage(const QString& message);
    QString message() const { return message_; }
    void highlight(const std::vector<UnitId>& units); // candidates of the match review, outlined
    void setPoints(std::vector<QPointF> points);      // sites of the analysis in view (display CRS), as dots

    void zoomToExtent();
    void zoomToUnit(UnitId unit);
    void zoomBy(double factor, QPointF anchor);
    void panBy(QPointF pixels);

    UnitId unitAt(QPointF widgetPoint) const;
    QRectF visibleArea() const; // display CRS
    bool hasFrame() const { return !frame_.image.isNull(); }
    const std::shared_ptr<const render::ThematicLayer>& layer() const { return layer_; }
    const CanvasFrame& frame() const { return frame_; } // the last print-quality frame
    // A print-quality frame is being drawn or waits for the view to settle.
    bool rendering() const { return framing_ || settle_.isActive() || pending_; }
    // How the last paint drew the map: from the quick frame (true) or the print-quality one.
    bool lastPaintWasQuick() const { return lastPaintQuick_; }

signals:
    void unitHovered(UnitId unit, QPoint globalPosition);
    void unitClicked(UnitId unit);
    void mapShown();   // the first paint that showed a map of the current scene
    void frameReady(); // the print-quality frame of the current view arrived

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void requestFrame();
    void startFrame();
    void frameFinished();
    CanvasRequest currentRequest() const;
    const QImage& currentMap(); // the print-quality frame when it shows this view, else the quick frame
    const render::ScreenGeometry& geometryFor(const CanvasRequest& request);
    void paintNames(QPainter& painter, const QTransform& transform);
    void paintOverlays(QPainter& painter, const QTransform& transform);
    QTransform toWidget() const; // display CRS -> widget pixels

    std::shared_ptr<const render::MapScene> scene_;
    std::shared_ptr<const render::ThematicLayer> layer_;
    std::shared_ptr<const render::MapStyle> style_;
    CanvasLayers layers_;
    QPointF centre_;           // display CRS
    double unitsPerPixel_ = 0; // display units per widget pixel; 0 = not set yet
    CanvasFrame frame_;        // print quality, from the worker
    CanvasFrame names_;        // the last names layer (its area may be another view's)
    QImage quick_;             // the quick frame of generation quickGeneration_
    quint64 quickGeneration_ = 0;
    std::shared_ptr<const render::ScreenGeometry> geometry_;
    // The geometry of a new scale, built on a worker thread while the previous one stretches to the view.
    QFutureWatcher<std::shared_ptr<const render::ScreenGeometry>> geometryBuilder_;
    QFutureWatcher<CanvasFrame> watcher_;
    QTimer settle_; // a print-quality frame once the view has been still this long
    quint64 generation_ = 0;
    bool pending_ = false;
    bool framing_ = false; // from a frame's start to its result taken (the worker may be done before)
    bool shown_ = false;   // mapShown emitted for this scene
    bool lastPaintQuick_ = false;
    QString message_;
    UnitId hovered_ = kNoUnit;
    std::vector<UnitId> highlighted_;
    std::vector<QPointF> points_;
    QPoint pressAt_, lastDrag_;
    bool dragging_ = false;
};

} // namespace couverture::app
