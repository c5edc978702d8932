#include "app/canvas/map_canvas.h"

#include <QKeyEvent>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

namespace couverture::app {

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(&watcher_, &QFutureWatcher<CanvasFrame>::finished, this, &MapCanvas::frameFinished);
}

MapCanvas::~MapCanvas() {
    watcher_.waitForFinished();
}

void MapCanvas::setMap(std::shared_ptr<const render::MapScene> scene,
                       std::shared_ptr<const render::ThematicLayer> layer,
                       std::shared_ptr<const render::MapStyle> style) {
    const bool newScene = scene != scene_;
    scene_ = std::move(scene);
    layer_ = std::move(layer);
    style_ = std::move(style);
    if (newScene || unitsPerPixel_ <= 0) {
        zoomToExtent();
        return;
    }
    requestFrame();
}

void MapCanvas::setLayers(const CanvasLayers& layers) {
    layers_ = layers;
    requestFrame();
}

void MapCanvas::setMessage(const QString& message) {
    message_ = message;
    update();
}

void MapCanvas::highlight(const std::vector<UnitId>& units) {
    highlighted_ = units;
    update();
}

void MapCanvas::zoomToExtent() {
    if (!scene_ || width() <= 0 || height() <= 0) {
        return;
    }
    const QRectF extent = scene_->extent();
    centre_ = extent.center();
    unitsPerPixel_ = std::max(extent.width() / width(), extent.height() / height()) * 1.04;
    requestFrame();
}

void MapCanvas::zoomToUnit(UnitId unit) {
    if (!scene_ || !scene_->has(unit)) {
        return;
    }
    const QRectF bounds = scene_->unit(unit).bounds;
    centre_ = bounds.center();
    unitsPerPixel_ = std::max(bounds.width() / width(), bounds.height() / height()) * 1.2;
    unitsPerPixel_ = std::max(unitsPerPixel_, 20.0);
    requestFrame();
}

void MapCanvas::zoomBy(double factor, QPointF anchor) {
    if (unitsPerPixel_ <= 0) {
        return;
    }
    // Keep the point under `anchor` in place.
    const QPointF before = toWidget().inverted().map(anchor);
    unitsPerPixel_ = std::clamp(unitsPerPixel_ / factor, 10.0, 20000.0);
    const QPointF after = toWidget().inverted().map(anchor);
    centre_ += before - after;
    requestFrame();
}

void MapCanvas::panBy(QPointF pixels) {
    centre_ += QPointF(-pixels.x() * unitsPerPixel_, pixels.y() * unitsPerPixel_);
    requestFrame();
}

QTransform MapCanvas::toWidget() const {
    if (unitsPerPixel_ <= 0) {
        return {};
    }
    const double scale = 1 / unitsPerPixel_;
    QTransform transform;
    transform.translate(width() / 2.0, height() / 2.0);
    transform.scale(scale, -scale);
    transform.translate(-centre_.x(), -centre_.y());
    return transform;
}

QRectF MapCanvas::visibleArea() const {
    return toWidget().inverted().mapRect(QRectF(rect()));
}

UnitId MapCanvas::unitAt(QPointF widgetPoint) const {
    if (!scene_ || !layer_ || unitsPerPixel_ <= 0) {
        return kNoUnit;
    }
    const QPointF point = toWidget().inverted().map(widgetPoint);
    for (UnitId id : scene_->level(layer_->spec.level)) {
        const render::SceneUnit& unit = scene_->unit(id);
        if (unit.bounds.contains(point) && unit.path.contains(point)) {
            return id;
        }
    }
    return kNoUnit;
}

void MapCanvas::requestFrame() {
    update();
    if (!scene_ || !layer_ || !style_ || unitsPerPixel_ <= 0) {
        return;
    }
    ++generation_;
    if (watcher_.isRunning()) {
        pending_ = true; // drawn as soon as the frame on its way is done
        return;
    }
    startFrame();
}

void MapCanvas::startFrame() {
    pending_ = false;
    CanvasRequest request;
    request.scene = scene_;
    request.layer = layer_;
    request.style = style_;
    request.area = visibleArea();
    request.devicePixelRatio = devicePixelRatioF();
    request.pixels = (QSizeF(size()) * request.devicePixelRatio).toSize();
    request.layers = layers_;
    request.generation = generation_;
    watcher_.setFuture(QtConcurrent::run(renderCanvas, request));
}

void MapCanvas::frameFinished() {
    frame_ = watcher_.result();
    if (pending_) {
        startFrame();
    }
    update();
    if (!pending_ && frame_.generation == generation_) {
        emit frameReady();
    }
}

void MapCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xf7, 0xf7, 0xf5));
    const QTransform transform = toWidget();
    if (!frame_.image.isNull()) {
        // The last frame, placed where its area now lies: exact when the view has not moved since.
        const QRectF target = transform.mapRect(frame_.area);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, target.size() != QSizeF(size()));
        painter.drawImage(target, frame_.image);
    }
    if (scene_) {
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(0xd7, 0x30, 0x1f), 2.5));
        for (UnitId id : highlighted_) {
            if (scene_->has(id)) {
                painter.drawPath(transform.map(scene_->unit(id).path));
            }
        }
        if (hovered_ != kNoUnit && scene_->has(hovered_)) {
            painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 2));
            painter.drawPath(transform.map(scene_->unit(hovered_).path));
        }
    }
    if (!message_.isEmpty()) {
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.3);
        painter.setFont(font);
        const QRect box =
            painter.fontMetrics()
                .boundingRect(rect().adjusted(40, 0, -40, 0), Qt::AlignCenter | Qt::TextWordWrap, message_)
                .adjusted(-16, -12, 16, 12);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 235));
        painter.drawRoundedRect(box, 6, 6);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, message_);
    }
}

void MapCanvas::resizeEvent(QResizeEvent*) {
    if (unitsPerPixel_ <= 0) {
        zoomToExtent();
    } else {
        requestFrame();
    }
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        pressAt_ = lastDrag_ = event->position().toPoint();
        dragging_ = false;
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
    const QPoint position = event->position().toPoint();
    if (event->buttons() & Qt::LeftButton) {
        if (dragging_ || (position - pressAt_).manhattanLength() > 4) {
            dragging_ = true;
            setCursor(Qt::ClosedHandCursor);
            panBy(position - lastDrag_);
            lastDrag_ = position;
        }
        return;
    }
    const UnitId unit = unitAt(event->position());
    if (unit != hovered_) {
        hovered_ = unit;
        update();
    }
    emit unitHovered(unit, event->globalPosition().toPoint());
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        return;
    }
    unsetCursor();
    if (!dragging_) {
        const UnitId unit = unitAt(event->position());
        if (unit != kNoUnit) {
            emit unitClicked(unit);
        }
    }
    dragging_ = false;
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    zoomBy(std::pow(1.25, steps), event->position());
}

void MapCanvas::keyPressEvent(QKeyEvent* event) {
    const QPointF middle(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5, middle);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5, middle);
        break;
    case Qt::Key_Home:
        zoomToExtent();
        break;
    case Qt::Key_Left:
        panBy({width() / 5.0, 0});
        break;
    case Qt::Key_Right:
        panBy({-width() / 5.0, 0});
        break;
    case Qt::Key_Up:
        panBy({0, height() / 5.0});
        break;
    case Qt::Key_Down:
        panBy({0, -height() / 5.0});
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapCanvas::leaveEvent(QEvent*) {
    if (hovered_ != kNoUnit) {
        hovered_ = kNoUnit;
        update();
        emit unitHovered(kNoUnit, {});
    }
}

} // namespace couverture::app
