#include "app/canvas/map_canvas.h"

#include <QKeyEvent>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

namespace couverture::app {
namespace {

// How long the view stays still before the print-quality frame is drawn: longer than the gap between two
// wheel steps or drag events, shorter than a user waits for the names.
constexpr int kSettleMs = 120;

} // namespace

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    settle_.setSingleShot(true);
    settle_.setInterval(kSettleMs);
    connect(&settle_, &QTimer::timeout, this, &MapCanvas::startFrame);
    connect(&watcher_, &QFutureWatcher<CanvasFrame>::finished, this, &MapCanvas::frameFinished);
    connect(&geometryBuilder_, &QFutureWatcher<std::shared_ptr<const render::ScreenGeometry>>::finished, this,
            [this] {
                geometry_ = geometryBuilder_.result();
                quickGeneration_ = 0; // the view again, from its own scale's pixels
                update();
            });
}

MapCanvas::~MapCanvas() {
    settle_.stop();
    watcher_.waitForFinished();
    geometryBuilder_.waitForFinished();
}

void MapCanvas::setMap(std::shared_ptr<const render::MapScene> scene,
                       std::shared_ptr<const render::ThematicLayer> layer,
                       std::shared_ptr<const render::MapStyle> style) {
    const bool newScene = scene != scene_;
    if (newScene) {
        geometryBuilder_.waitForFinished();
        geometry_.reset(); // it points into the scene
        frame_ = {};
        names_ = {};
        shown_ = false;
    }
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

void MapCanvas::setPoints(std::vector<QPointF> points) {
    points_ = std::move(points);
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
    ++generation_; // the quick frame and the print-quality one are both for the view of this generation
    update();
    if (!scene_ || !layer_ || !style_ || unitsPerPixel_ <= 0) {
        return;
    }
    settle_.start();
}

CanvasRequest MapCanvas::currentRequest() const {
    CanvasRequest request;
    request.scene = scene_;
    request.layer = layer_;
    request.style = style_;
    request.area = visibleArea();
    request.devicePixelRatio = devicePixelRatioF();
    request.pixels = (QSizeF(size()) * request.devicePixelRatio).toSize();
    request.layers = layers_;
    request.generation = generation_;
    return request;
}

void MapCanvas::startFrame() {
    if (framing_) {
        pending_ = true; // drawn as soon as the frame on its way is done
        return;
    }
    pending_ = false;
    framing_ = true;
    watcher_.setFuture(QtConcurrent::run([request = currentRequest()] { return renderCanvas(request); }));
}

void MapCanvas::frameFinished() {
    framing_ = false;
    CanvasFrame frame = watcher_.result();
    if (frame.generation == generation_) {
        frame_ = frame;
    }
    names_ = std::move(frame); // an older view's names still beat none: they move with the map
    names_.image = {};
    if (pending_) {
        startFrame();
    }
    update();
    if (!rendering() && frame_.generation == generation_) {
        emit frameReady();
    }
}

const QImage& MapCanvas::currentMap() {
    lastPaintQuick_ = frame_.generation != generation_ || frame_.image.isNull();
    if (!lastPaintQuick_) {
        return frame_.image;
    }
    if (quickGeneration_ != generation_ || quick_.isNull()) {
        const CanvasRequest request = currentRequest();
        drawFastFrame(request, geometryFor(request), quick_);
        quickGeneration_ = generation_;
    }
    return quick_;
}

// The geometry of this view's scale; while it is built on a worker thread, the previous one stretched (a zoom
// step then costs the UI thread a frame, not a rebuild). Built here when nothing can stand in.
const render::ScreenGeometry& MapCanvas::geometryFor(const CanvasRequest& request) {
    const render::MapView view = canvasView(request);
    const AdminLevel level = request.layer->spec.level;
    if (geometry_ && geometry_->serves(*request.scene, level, view.area, view.scale)) {
        return *geometry_;
    }
    if (geometry_ && geometry_->canStretchTo(*request.scene, level, view.area, view.scale)) {
        if (!geometryBuilder_.isRunning()) {
            geometryBuilder_.setFuture(
                QtConcurrent::run([request]() -> std::shared_ptr<const render::ScreenGeometry> {
                    return std::make_shared<const render::ScreenGeometry>(screenGeometryFor(request));
                }));
        }
        return *geometry_;
    }
    geometryBuilder_.waitForFinished();
    geometry_ = std::make_shared<const render::ScreenGeometry>(screenGeometryFor(request));
    return *geometry_;
}

void MapCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QTransform transform = toWidget();
    if (!scene_ || !layer_ || !style_ || unitsPerPixel_ <= 0) {
        painter.fillRect(rect(), QColor(0xf7, 0xf7, 0xf5));
        paintOverlays(painter, transform);
        return;
    }
    painter.drawImage(QPointF(0, 0), currentMap());
    if (layers_.labels && !names_.labels.isNull()) {
        paintNames(painter, transform);
    }
    paintOverlays(painter, transform);
    if (!shown_) {
        shown_ = true;
        emit mapShown();
    }
}

// The names of the last settled view, placed where that view now lies: exact when it is this one.
void MapCanvas::paintNames(QPainter& painter, const QTransform& transform) {
    const QRectF target = transform.mapRect(names_.area);
    const double fx = target.width() / names_.labels.width(), fy = target.height() / names_.labels.height();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, std::abs(target.width() - width()) > 0.5);
    for (const QRect& tile : names_.labelTiles) {
        painter.drawImage(QRectF(target.left() + tile.left() * fx, target.top() + tile.top() * fy,
                                 tile.width() * fx, tile.height() * fy),
                          names_.labels, tile);
    }
}

void MapCanvas::paintOverlays(QPainter& painter, const QTransform& transform) {
    if (scene_) {
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(0xd7, 0x30, 0x1f), 2.5));
        for (UnitId id : highlighted_) {
            if (scene_->has(id)) {
                painter.drawPath(transform.map(scene_->unit(id).path));
            }
        }
        painter.setPen(QPen(Qt::white, 1));
        painter.setBrush(QColor(0x6a, 0x3d, 0x9a));
        for (const QPointF& point : points_) {
            painter.drawEllipse(transform.map(point), 3.5, 3.5);
        }
        painter.setBrush(Qt::NoBrush);
        if (hovered_ != kNoUnit && scene_->has(hovered_)) {
            painter.setPen(QPen(QColor(0x20, 0x20, 0x20), 2));
            painter.drawPath(transform.map(scene_->unit(hovered_).path));
        }
    }
    if (message_.isEmpty()) {
        return;
    }
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
