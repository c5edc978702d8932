#include "core/problem.h"
#include "render/map_export.h"
#include "render/pdf_metadata.h"
#include "render_test_support.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <gdal.h>

using namespace couverture;
using namespace couverture::render;
using namespace couverture::render::testing;

namespace {

QByteArray bytesOf(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

MapOptions mapOptions() {
    MapOptions options;
    options.thematic.level = AdminLevel::Cercle;
    options.page.texts.asOf = "2023-12-31";
    options.page.texts.creationDate = "2024-01-15";
    options.dpi = 50;
    return options;
}

CoverageTable maliCoverage() {
    return coverageOf(
        maliTree(), [](UnitId id) { return id % 7; }, [](UnitId id) { return id % 11 == 0; });
}

} // namespace

TEST_CASE("the same inputs give the same PNG and SVG bytes", "[export]") {
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const CoverageTable table = maliCoverage();
    for (const char* extension : {"png", "svg"}) {
        const std::string first = folder.filePath(QString("a.") + extension).toStdString();
        const std::string second = folder.filePath(QString("b.") + extension).toStdString();
        writeMap(maliScene(), table, first, mapOptions());
        writeMap(maliScene(), table, second, mapOptions());
        INFO(extension);
        CHECK(bytesOf(QString::fromStdString(first)) == bytesOf(QString::fromStdString(second)));
    }
    const QByteArray svg = bytesOf(folder.filePath("a.svg"));
    CHECK(svg.contains("<title>Mali : nombre d'organisations par cercle</title>"));
    CHECK(svg.contains("<desc>Couverture map</desc>"));
}

TEST_CASE("PDF: vector pages with embedded fonts and selectable text", "[export]") {
    QTemporaryDir folder;
    const std::string path = folder.filePath("map.pdf").toStdString();
    const MapResult result = writeMap(maliScene(), maliCoverage(), path, mapOptions());
    CHECK(result.files == std::vector<std::string>{path});
    const QByteArray pdf = bytesOf(QString::fromStdString(path));
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.contains("/FontFile2")); // TrueType fonts embedded
    CHECK(pdf.contains("/ToUnicode")); // text maps back to characters: selectable, searchable
    CHECK(pdf.contains("DejaVuSans"));
    CHECK(pdf.contains("/MediaBox [ 0 0 842")); // A4 landscape in points (as qpdf writes it)
    // Only the map is left in the folder: the temporary file was renamed.
    CHECK(QDir(folder.path()).entryList(QDir::Files) == QStringList{"map.pdf"});
}

TEST_CASE("PNG at a chosen DPI with a world file GDAL reads", "[export]") {
    QTemporaryDir folder;
    const std::string path = folder.filePath("map.png").toStdString();
    MapOptions options = mapOptions();
    options.dpi = 72;
    options.worldFile = true;
    const MapResult result = writeMap(maliScene(), maliCoverage(), path, options);
    REQUIRE(result.files.size() == 3);
    CHECK(result.files[1] == folder.filePath("map.pgw").toStdString());
    const QImage image(QString::fromStdString(path));
    CHECK(image.size() == QSize(842, 595)); // 297 x 210 mm at 72 dpi
    CHECK(image.dotsPerMeterX() == 2835);   // 72 dpi, written as pHYs

    GDALAllRegister();
    GDALDatasetH dataset = GDALOpen(path.c_str(), GA_ReadOnly);
    REQUIRE(dataset != nullptr);
    double transform[6] = {};
    REQUIRE(GDALGetGeoTransform(dataset, transform) == CE_None);
    const std::string crs = GDALGetProjectionRef(dataset);
    GDALClose(dataset);
    CHECK(crs.find("Lambert_Conformal_Conic_2SP") != std::string::npos);
    // GDAL's corner-based transform agrees with the map's view at any pixel.
    const QTransform toWorld = result.report.view.toDevice.inverted();
    for (QPointF pixel : {QPointF(0, 0), QPointF(400, 300), QPointF(842, 595)}) {
        const QPointF world = toWorld.map(pixel);
        CHECK(transform[0] + pixel.x() * transform[1] == Approx(world.x()).margin(1e-3));
        CHECK(transform[3] + pixel.y() * transform[5] == Approx(world.y()).margin(1e-3));
    }
    CHECK(transform[2] == 0);
    CHECK(transform[4] == 0);
}

TEST_CASE("export errors are input errors and leave nothing behind", "[export]") {
    QTemporaryDir folder;
    CHECK_THROWS_AS(
        writeMap(maliScene(), maliCoverage(), folder.filePath("map.gif").toStdString(), mapOptions()),
        InputError);
    CHECK_THROWS_AS(
        writeMap(maliScene(), maliCoverage(), folder.filePath("missing/map.png").toStdString(), mapOptions()),
        OutputError);
    MapOptions options = mapOptions();
    options.page.language = "de";
    CHECK_THROWS_AS(writeMap(maliScene(), maliCoverage(), folder.filePath("map.png").toStdString(), options),
                    InputError);
    CHECK(QDir(folder.path()).entryList(QDir::Files).isEmpty());
    ExportFormat format = ExportFormat::Png;
    CHECK(exportFormatFromPath("MAP.PDF", format));
    CHECK(format == ExportFormat::Pdf);
    CHECK_FALSE(exportFormatFromPath("map", format));
}

TEST_CASE("a missing as-of date is reported, not silent", "[export]") {
    QTemporaryDir folder;
    MapOptions options = mapOptions();
    options.page.texts.asOf.clear();
    const MapResult result =
        writeMap(maliScene(), maliCoverage(), folder.filePath("map.png").toStdString(), options);
    CHECK(std::any_of(result.problems.begin(), result.problems.end(),
                      [](const Problem& problem) { return problem.where == "as_of"; }));
}

TEST_CASE("PDF maps carry Author, Subject and Keywords, a PDF atlas one bookmark per page", "[export][pdf]") {
    using namespace couverture::render;
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.drawLine(0, 0, 100, 100);
        writer.newPage();
        painter.drawLine(0, 0, 100, 100);
        painter.end();
    }
    PdfMetadata metadata;
    metadata.title = "Mali";
    metadata.author = "OCHA Mali";
    metadata.subject = "organisations par commune";
    metadata.keywords = "Mali; 3W";
    metadata.bookmarks = {"Kayes", "Mopti"};
    const QByteArray out = withPdfMetadata(pdf, metadata);
    CHECK(out.startsWith("%PDF-"));
    for (const char* expected : {"/Author (OCHA Mali)", "/Subject (organisations par commune)",
                                 "/Keywords (Mali; 3W)", "/Title (Kayes)", "/Title (Mopti)", "/Outlines"}) {
        INFO(expected);
        CHECK(out.contains(expected));
    }
}
