#pragma once
// A fast PNG encoder for maps: rows filtered with "Sub" (flat fills become runs of zeros) and deflated in
// bands on several threads, the bands joined into one zlib stream as pigz does. Each band goes through a
// png::SegmentDeflater (png/segment_deflater.h): our run coder at level 1 (png/run_deflate.h, which says why
// it is kept beside zlib and libdeflate), zlib above. Qt's writer (libpng, adaptive filters, default
// compression) spends four times longer than the drawing on a 2000x2000 map. Output is checked by decoding
// (tests/render/test_png_writer.cpp) and by pngcheck on the maps written.

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <string>
#include <vector>

namespace couverture::render {

struct PngOptions {
    int threads = 2;          // bands compressed in parallel
    int compressionLevel = 1; // 1: our run coder (zlib's Z_RLE method, faster); 2..9: zlib at that level
    double dotsPerInch = 0;   // written as pHYs when > 0
};

// RGB when the image is opaque, RGBA otherwise; 8 bits per channel. The same image gives the same bytes.
QByteArray encodePng(const QImage& image, const PngOptions& options = {});

// Encodes and writes atomically (temporary file, then rename); throws OutputError naming the file.
void writePng(const QImage& image, const std::string& path, const PngOptions& options = {});

// Encoding band by band, for callers that produce the image in bands (renderChoroplethPng): each band of
// rows is filtered and deflated on its own, on any thread, then the bands are joined in order. The bytes
// depend on where the bands are cut, so a caller that wants repeatable output cuts them the same way.
struct PngBand {
    std::vector<unsigned char> compressed; // raw deflate segment, byte-aligned
    unsigned long adler = 1;               // adler32 of the filtered rows
    unsigned long rawSize = 0;             // filtered bytes
    bool alpha = false;                    // written as RGBA
};
// Rows [firstRow, firstRow + rowCount) of `image`; `last` for the band that ends the image. Every band of one
// image must agree on alpha: pass opaque images (RGB32) or a whole image's worth of bands of the same source.
PngBand deflatePngRows(const QImage& image, int firstRow, int rowCount, bool last, int compressionLevel = 1);
// The PNG of an image of `size` from its bands, top to bottom.
QByteArray assemblePng(QSize size, const std::vector<PngBand>& bands, const PngOptions& options = {});

class MapScene;
struct ThematicLayer;
struct MapStyle;

// renderChoroplethImage (map_painter.h) and encodePng fused: each thread draws its band of the image and
// deflates it at once, so no core waits for the other between drawing and encoding. Same inputs, same bytes;
// the pixels are renderChoroplethImage's, but for a shade on a few antialiased pixels where the bands meet
// (the cut also weighs encoding). pHYs says `dpi` unless options.dotsPerInch is set. Defined in
// map_painter.cpp.
QByteArray renderChoroplethPng(const MapScene& scene, const ThematicLayer& layer, const MapStyle& style,
                               QSize size, double dpi = 150, int threads = 2, const PngOptions& options = {});

} // namespace couverture::render
