#pragma once
// The interactive map: drag to pan, wheel or +/- to zoom, arrows to move, Home for all of Mali. Frames are
// drawn off the UI thread (canvas_renderer.h); while one is on its way the last frame is shown moved and
// scaled to the new view, so panning never waits for drawing.

#include "app/canvas/canvas_renderer.h"

#include <QFutureWatcher>
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

    void zoomToExtent();
    void zoomToUnit(UnitId unit);
    void zoomBy(double factor, QPointF anchor);
    void panBy(QPointF pixels);

    UnitId unitAt(QPointF widgetPoint) const;
    QRectF visibleArea() const; // display CRS
    bool hasFrame() const { return !frame_.image.isNull(); }
    const CanvasFrame& frame() const { return frame_; }
    bool rendering() const { return watcher_.isRunning(); }

signals:
    void unitHovered(UnitId unit, QPoint globalPosition);
    void unitClicked(UnitId unit);
    void frameReady();

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
    QTransform toWidget() const; // display CRS -> widget pixels

    std::shared_ptr<const render::MapScene> scene_;
    std::shared_ptr<const render::ThematicLayer> layer_;
    std::shared_ptr<const render::MapStyle> style_;
    CanvasLayers layers_;
    QPointF centre_;           // display CRS
    double unitsPerPixel_ = 0; // display units per widget pixel; 0 = not set yet
    CanvasFrame frame_;
    QFutureWatcher<CanvasFrame> watcher_;
    quint64 generation_ = 0;
    bool pending_ = false;
    QString message_;
    UnitId hovered_ = kNoUnit;
    std::vector<UnitId> highlighted_;
    QPoint pressAt_, lastDrag_;
    bool dragging_ = false;
};

} // namespace couverture::app
