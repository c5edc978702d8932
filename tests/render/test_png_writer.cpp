#include "render/png_writer.h"

#include <QImage>
#include <QPainter>
#include <catch2/catch.hpp>

using namespace couverture::render;

namespace {

QImage sampleMap(QImage::Format format, QColor background) {
    QImage image(301, 203, format); // odd sizes: bands of unequal height
    image.fill(background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(QColor(0x41, 0xb6, 0xc4));
    painter.setPen(QPen(Qt::black, 1.5));
    painter.drawEllipse(QPointF(120, 90), 80, 60);
    painter.setBrush(QColor(0x25, 0x34, 0x94, 160));
    painter.drawRect(QRectF(150, 40, 120, 140));
    return image;
}

bool samePixels(const QImage& a, const QImage& b) {
    const QImage left = a.convertToFormat(QImage::Format_ARGB32);
    const QImage right = b.convertToFormat(QImage::Format_ARGB32);
    return left.size() == right.size() && left == right;
}

} // namespace

TEST_CASE("encodePng round-trips an opaque map exactly, whatever the number of bands", "[png_writer]") {
    const QImage map = sampleMap(QImage::Format_RGB32, Qt::white);
    for (int threads : {1, 2, 3, 7}) {
        PngOptions options;
        options.threads = threads;
        const QByteArray png = encodePng(map, options);
        QImage decoded;
        REQUIRE(decoded.loadFromData(png, "PNG"));
        CHECK_FALSE(decoded.hasAlphaChannel()); // opaque: written as RGB
        CHECK(samePixels(decoded, map));
    }
}

TEST_CASE("encodePng keeps transparency and writes the resolution", "[png_writer]") {
    const QImage map = sampleMap(QImage::Format_ARGB32_Premultiplied, Qt::transparent);
    PngOptions options;
    options.dotsPerInch = 300;
    const QByteArray png = encodePng(map, options);
    QImage decoded;
    REQUIRE(decoded.loadFromData(png, "PNG"));
    CHECK(decoded.hasAlphaChannel());
    CHECK(samePixels(decoded, map.convertToFormat(QImage::Format_ARGB32)));
    CHECK(decoded.dotsPerMeterX() == 11811); // 300 dpi
}

TEST_CASE("the same image gives the same PNG bytes", "[png_writer]") {
    const QImage map = sampleMap(QImage::Format_RGB32, Qt::white);
    CHECK(encodePng(map) == encodePng(map));
}

TEST_CASE("encodePng round-trips images that barely compress, at every level", "[png_writer]") {
    // Noise beside flat runs: the run coder's literals, long runs and block boundaries all get exercised.
    QImage image(257, 131, QImage::Format_RGB32);
    quint32 state = 12345;
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            state = state * 1664525u + 1013904223u;
            line[x] = (x / 40) % 2 == 0
                          ? qRgb(int(state >> 24), int((state >> 16) & 0xFF), int((state >> 8) & 0xFF))
                          : qRgb(200, 30, 60);
        }
    }
    for (int level : {1, 6, 9}) {
        for (int threads : {1, 2, 5}) {
            PngOptions options;
            options.compressionLevel = level;
            options.threads = threads;
            QImage decoded;
            INFO("level " << level << ", threads " << threads);
            REQUIRE(decoded.loadFromData(encodePng(image, options), "PNG"));
            CHECK(samePixels(decoded, image));
        }
    }
    const QImage single(1, 1, QImage::Format_RGB32);
    QImage decoded;
    REQUIRE(decoded.loadFromData(encodePng(single), "PNG"));
    CHECK(decoded.size() == QSize(1, 1));
}
