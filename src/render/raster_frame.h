#pragma once
// Internal to src/render: the interactive canvas's fills and lines written straight into an RGB32 image,
// band by band (screen_geometry.h). Qt's raster engine blends a line pixel by pixel through its generic
// span functions, and sets up every polygon on its own: at full Mali extent the outlines took it 6–14 ms
// and the 701 fills 4 ms, several times a smooth frame's budget. Here a span is a std::fill and a line
// pixel one inline blend; and each band of rows (a few hundred kilobytes) gets its fills and then its lines
// while it is in the cache, where drawing all fills and then all lines read every line pixel back from
// memory (three quarters of the lines' time).

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QPolygon>
#include <QTransform>
#include <cstdint>
#include <vector>

namespace couverture::render::detail {

// An RGB32 image's pixels, taken once: QImage::bits() detaches, which threads drawing bands of one image at
// once must not each do.
struct ImagePixels {
    explicit ImagePixels(QImage& image)
        : bits(image.bits()), stride(image.bytesPerLine()), width(image.width()), height(image.height()) {}
    uchar* bits;
    qsizetype stride;
    int width, height;
};

// Antialiased lines. A line of any width is swept along its major axis: at each column (or row) the pixels
// the line crosses are covered in proportion to the length of its cross-section they hold. Ends are flat,
// at the end points.
class LineRaster {
public:
    // `image` must be Format_RGB32; it must outlive the raster.
    explicit LineRaster(QImage& image);
    // Colour and width (device pixels) of the following lines. Widths under a pixel are drawn a pixel wide
    // with the colour's strength reduced in proportion, as an antialiased hairline looks.
    void setPen(const QColor& colour, double width);
    // Only rows [top, bottom) are written from here on (a band of the image; all of it at first).
    void setRows(int top, int bottom);
    // A segment in device coordinates (clipped to the image and the rows).
    void line(QPointF a, QPointF b);

private:
    void sweep(double major0, double major1, double minor0, double slope, qsizetype majorStep,
               qsizetype minorStep, int majorFrom, int majorTo, int minorFrom, int minorTo);

    ImagePixels pixels_;
    int top_ = 0, bottom_ = 0; // the rows written
    quint32 colour_ = 0;       // 0x00RRGGBB
    int alpha_ = 256;          // the pen's strength, [0, 256]
    double halfWidth_ = 0.5;
};

// An edge of a shape on the pixel grid, top end first (y0 < y1; horizontal edges cross no scanline).
struct GridEdge {
    std::int32_t x0, y0, x1, y1;
};

// A shape's rings as their edges, sorted by y0: built once per scale (ScreenGeometry), kept in one array, so
// a frame walks them in order instead of chasing each ring's points.
std::vector<GridEdge> gridEdges(const std::vector<QPolygon>& rings);

// Polygons filled without antialiasing (a pixel is in when its centre is, even-odd rule), plain or with a
// pattern of diagonal lines. Shapes are added first, then filled band after band, in the order added.
class FillRaster {
public:
    // `image` must be Format_RGB32; it must outlive the raster.
    explicit FillRaster(QImage& image);
    void reserve(std::size_t edges);
    // A shape's edges (sorted by y0, gridEdges), in a grid that `toDevice` (a scale and a translation, y
    // growing down both ways) maps to the image. `spacing` > 0: only the pixels on diagonal lines that far
    // apart are set (both diagonals when `crossed`); 0: every pixel.
    void add(const GridEdge* begin, const GridEdge* end, const QTransform& toDevice, const QColor& colour,
             int spacing = 0, bool crossed = false);
    struct Edge {
        int first = 0, end = 0; // scanlines [first, end)
        double x = 0;           // at the centre of scanline `first`
        double step = 0;        // x per scanline
    };
    // What filling a band needs besides the shapes: one per thread, so that threads may fill different
    // bands of one image at once.
    struct Scratch {
        std::vector<Edge> active;  // the edges crossing the current scanline
        std::vector<double> cross; // their crossings
    };
    // Sets rows [top, bottom) to `background`, then fills them for every shape, in the order added.
    void fillRows(int top, int bottom, const QColor& background, Scratch& scratch) const;

private:
    struct Shape {
        std::size_t begin = 0, end = 0; // edges_, by first scanline
        int top = 0, bottom = 0;
        quint32 colour = 0;
        int spacing = 0;
        bool crossed = false;
    };
    void fillShape(const Shape& shape, int top, int bottom, Scratch& scratch) const;
    void span(const Shape& shape, int y, int from, int to) const;

    ImagePixels pixels_;
    std::vector<Edge> edges_;
    std::vector<Shape> shapes_;
};

} // namespace couverture::render::detail
