#include "render/png_writer.h"

#include "core/problem.h"
#include "core/table_writer.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <thread>
#include <vector>

namespace couverture::render {
namespace {

void appendBigEndian(QByteArray& out, quint32 value) {
    const char bytes[4] = {static_cast<char>((value >> 24) & 0xFF), static_cast<char>((value >> 16) & 0xFF),
                           static_cast<char>((value >> 8) & 0xFF), static_cast<char>(value & 0xFF)};
    out.append(bytes, 4);
}

void appendChunk(QByteArray& out, const char type[4], const QByteArray& data) {
    appendBigEndian(out, static_cast<quint32>(data.size()));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data);
    const auto* typed = reinterpret_cast<const Bytef*>(out.constData() + start);
    appendBigEndian(out, static_cast<quint32>(crc32(0, typed, static_cast<uInt>(data.size() + 4))));
}

// One band of rows, filtered ("Sub") and deflated as a raw stream segment.
struct Band {
    int firstRow = 0, rowCount = 0;
    std::vector<unsigned char> compressed;
    uLong adler = 1;
    uLong rawSize = 0;
};

// Filters rows into a small buffer that stays in cache and deflates it chunk by chunk: the whole filtered band
// is never held in memory, which halves the time on large maps.
void compressBand(const QImage& image, bool alpha, int level, bool last, Band& band) {
    constexpr int kRowsPerChunk = 16;
    const int width = image.width();
    const int channels = alpha ? 4 : 3;
    const std::size_t rowBytes = 1 + static_cast<std::size_t>(width) * static_cast<std::size_t>(channels);
    std::vector<unsigned char> chunk(rowBytes * kRowsPerChunk);
    band.rawSize = rowBytes * static_cast<std::size_t>(band.rowCount);
    band.adler = adler32(0, nullptr, 0);

    z_stream stream{};
    deflateInit2(&stream, level, Z_DEFLATED, -15, 8, Z_RLE);
    // Maps compress 20 to 50 times: start small and grow, rather than zero a worst-case buffer each time.
    const uLong chunkBound = deflateBound(&stream, static_cast<uLong>(chunk.size())) + 64;
    std::size_t written = 0;
    for (int first = 0; first < band.rowCount; first += kRowsPerChunk) {
        const int rows = std::min(kRowsPerChunk, band.rowCount - first);
        unsigned char* out = chunk.data();
        for (int r = 0; r < rows; ++r) {
            const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(band.firstRow + first + r));
            *out++ = 1; // filter type Sub: each byte minus the same channel of the pixel to its left
            unsigned char red = 0, green = 0, blue = 0, opacity = 0;
            for (int x = 0; x < width; ++x) {
                const QRgb value = line[x];
                const auto r8 = static_cast<unsigned char>(qRed(value));
                const auto g8 = static_cast<unsigned char>(qGreen(value));
                const auto b8 = static_cast<unsigned char>(qBlue(value));
                *out++ = static_cast<unsigned char>(r8 - red);
                *out++ = static_cast<unsigned char>(g8 - green);
                *out++ = static_cast<unsigned char>(b8 - blue);
                red = r8;
                green = g8;
                blue = b8;
                if (alpha) {
                    const auto a8 = static_cast<unsigned char>(qAlpha(value));
                    *out++ = static_cast<unsigned char>(a8 - opacity);
                    opacity = a8;
                }
            }
        }
        const auto size = static_cast<uInt>(out - chunk.data());
        band.adler = adler32(band.adler, chunk.data(), size);
        stream.next_in = chunk.data();
        stream.avail_in = size;
        const bool final = first + rows >= band.rowCount;
        if (band.compressed.size() - written < chunkBound) {
            band.compressed.resize(std::max<std::size_t>(band.compressed.size() * 2, written + chunkBound));
        }
        stream.next_out = band.compressed.data() + written;
        stream.avail_out = static_cast<uInt>(band.compressed.size() - written);
        // Non-final bands end on a byte boundary with no final-block bit, so the segments concatenate.
        deflate(&stream, !final ? Z_NO_FLUSH : (last ? Z_FINISH : Z_SYNC_FLUSH));
        written = band.compressed.size() - stream.avail_out;
    }
    band.compressed.resize(written);
    deflateEnd(&stream);
}

} // namespace

QByteArray encodePng(const QImage& source, const PngOptions& options) {
    QImage image = source;
    bool alpha = false;
    if (image.hasAlphaChannel()) {
        // Rendered maps are usually opaque in an alpha format: write RGB then (a quarter fewer bytes).
        const QImage straight = image.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < straight.height() && !alpha; ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(straight.constScanLine(y));
            alpha = std::any_of(line, line + straight.width(), [](QRgb pixel) { return qAlpha(pixel) != 255; });
        }
        image = straight;
    } else if (image.format() != QImage::Format_RGB32) {
        image = image.convertToFormat(QImage::Format_RGB32);
    }
    const int height = image.height();
    const int bandCount = std::clamp(options.threads, 1, std::max(1, height));
    std::vector<Band> bands(static_cast<std::size_t>(bandCount));
    for (int i = 0; i < bandCount; ++i) {
        bands[static_cast<std::size_t>(i)].firstRow = height * i / bandCount;
        bands[static_cast<std::size_t>(i)].rowCount = height * (i + 1) / bandCount - height * i / bandCount;
    }
    const int level = std::clamp(options.compressionLevel, 1, 9);
    std::vector<std::thread> workers;
    for (int i = 1; i < bandCount; ++i) {
        workers.emplace_back(compressBand, std::cref(image), alpha, level, i == bandCount - 1,
                             std::ref(bands[static_cast<std::size_t>(i)]));
    }
    compressBand(image, alpha, level, bandCount == 1, bands.front());
    for (auto& worker : workers) {
        worker.join();
    }

    QByteArray zlibStream;
    zlibStream.append('\x78');
    zlibStream.append('\x01');
    uLong adler = 1;
    for (const Band& band : bands) {
        zlibStream.append(reinterpret_cast<const char*>(band.compressed.data()), static_cast<qsizetype>(band.compressed.size()));
        adler = adler32_combine(adler, band.adler, static_cast<z_off_t>(band.rawSize));
    }
    appendBigEndian(zlibStream, static_cast<quint32>(adler));

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray header;
    appendBigEndian(header, static_cast<quint32>(image.width()));
    appendBigEndian(header, static_cast<quint32>(height));
    header.append('\x08');                 // bit depth
    header.append(alpha ? '\x06' : '\x02'); // RGBA or RGB
    header.append('\x00').append('\x00').append('\x00'); // deflate, adaptive filters, no interlace
    appendChunk(png, "IHDR", header);
    if (options.dotsPerInch > 0) {
        QByteArray physical;
        const auto perMetre = static_cast<quint32>(options.dotsPerInch / 0.0254 + 0.5);
        appendBigEndian(physical, perMetre);
        appendBigEndian(physical, perMetre);
        physical.append('\x01'); // unit: metre
        appendChunk(png, "pHYs", physical);
    }
    appendChunk(png, "IDAT", zlibStream);
    appendChunk(png, "IEND", QByteArray());
    return png;
}

void writePng(const QImage& image, const std::string& path, const PngOptions& options) {
    const QByteArray bytes = encodePng(image, options);
    writeAtomically(path, [&](const std::string& temporary) {
        std::ofstream file(temporary, std::ios::binary);
        file.write(bytes.constData(), static_cast<std::streamsize>(bytes.size()));
        if (!file) {
            throwOutputError(path, "cannot write the PNG (disk full or no permission?)");
        }
    });
}

} // namespace couverture::render
