#include "render/png_writer.h"

#include "core/problem.h"
#include "core/table_writer.h"
#include "render/png/segment_deflater.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <thread>
#include <vector>
#include <zlib.h>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define COUVERTURE_PNG_X86 1
#endif

namespace couverture::render {
namespace {

#ifdef COUVERTURE_PNG_X86
__attribute__((target("avx"))) void zeroUpperAvx() {
    _mm256_zeroupper();
}

// Sub filter of one opaque row into R, G, B bytes, four pixels per step; writes up to 4 bytes past the row.
__attribute__((target("ssse3"))) unsigned char* subRgbSsse3(const QRgb* line, int width, unsigned char* out) {
    const __m128i order = _mm_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1);
    int x = 1;
    const QRgb first = line[0];
    *out++ = static_cast<unsigned char>(qRed(first));
    *out++ = static_cast<unsigned char>(qGreen(first));
    *out++ = static_cast<unsigned char>(qBlue(first));
    for (; x + 4 <= width; x += 4) {
        const __m128i current = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line + x));
        const __m128i previous = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line + x - 1));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out),
                         _mm_shuffle_epi8(_mm_sub_epi8(current, previous), order));
        out += 12;
    }
    for (; x < width; ++x) {
        const QRgb value = line[x], left = line[x - 1];
        *out++ = static_cast<unsigned char>(qRed(value) - qRed(left));
        *out++ = static_cast<unsigned char>(qGreen(value) - qGreen(left));
        *out++ = static_cast<unsigned char>(qBlue(value) - qBlue(left));
    }
    return out;
}

// zlib's adler32 takes a cycle per byte; this sums 32 bytes per step (the method of Chromium's zlib).
__attribute__((target("ssse3"))) uLong adler32Ssse3(uLong adler, const unsigned char* data,
                                                    std::size_t length) {
    constexpr std::uint32_t kBase = 65521;
    constexpr std::size_t kBlock = 32;
    constexpr std::size_t kMaxBlocks = 5552 / kBlock; // sums stay below 2^32 between reductions
    std::uint32_t s1 = static_cast<std::uint32_t>(adler & 0xFFFF);
    std::uint32_t s2 = static_cast<std::uint32_t>((adler >> 16) & 0xFFFF);
    const __m128i tapsHigh = _mm_setr_epi8(32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17);
    const __m128i tapsLow = _mm_setr_epi8(16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
    const __m128i zero = _mm_setzero_si128();
    const __m128i ones = _mm_set1_epi16(1);
    std::size_t blocks = length / kBlock;
    length -= blocks * kBlock;
    while (blocks > 0) {
        const std::size_t n = std::min(blocks, kMaxBlocks);
        blocks -= n;
        __m128i vs1 = _mm_setr_epi32(static_cast<int>(s1), 0, 0, 0);
        __m128i vs2 = _mm_setr_epi32(static_cast<int>(s2), 0, 0, 0);
        __m128i previous = _mm_setzero_si128(); // sum of s1 before each block
        for (std::size_t i = 0; i < n; ++i) {
            const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data));
            const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16));
            data += kBlock;
            previous = _mm_add_epi32(previous, vs1);
            vs1 = _mm_add_epi32(vs1, _mm_add_epi32(_mm_sad_epu8(a, zero), _mm_sad_epu8(b, zero)));
            vs2 = _mm_add_epi32(vs2, _mm_madd_epi16(_mm_maddubs_epi16(a, tapsHigh), ones));
            vs2 = _mm_add_epi32(vs2, _mm_madd_epi16(_mm_maddubs_epi16(b, tapsLow), ones));
        }
        vs2 = _mm_add_epi32(vs2, _mm_slli_epi32(previous, 5));
        auto total = [](__m128i v) {
            v = _mm_add_epi32(v, _mm_shuffle_epi32(v, _MM_SHUFFLE(1, 0, 3, 2)));
            v = _mm_add_epi32(v, _mm_shuffle_epi32(v, _MM_SHUFFLE(2, 3, 0, 1)));
            return static_cast<std::uint32_t>(_mm_cvtsi128_si32(v));
        };
        s1 = total(vs1) % kBase;
        s2 = total(vs2) % kBase;
    }
    for (std::size_t i = 0; i < length; ++i) {
        s1 += data[i];
        s2 += s1;
    }
    s1 %= kBase;
    s2 %= kBase;
    return (static_cast<uLong>(s2) << 16) | s1;
}

// Static initialisers may run before libgcc's own: initialise the CPU model first.
const bool kHasSsse3 = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("ssse3") != 0;
}();
const bool kHasAvx = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx") != 0;
}();
#endif

// Qt's raster engine leaves the upper halves of the vector registers in use after drawing (its AVX2 blend
// functions return without VZEROUPPER); until they are cleared, every SSE instruction of the thread pays
// for it, which made deflating a band right after rendering it 2.5 times slower. Harmless otherwise.
void clearUpperVectorState() {
#ifdef COUVERTURE_PNG_X86
    if (kHasAvx) {
        zeroUpperAvx();
    }
#endif
}

uLong adler32Of(uLong adler, const unsigned char* data, std::size_t length) {
#ifdef COUVERTURE_PNG_X86
    if (kHasSsse3) {
        return adler32Ssse3(adler, data, length);
    }
#endif
    return adler32_z(adler, data, length);
}

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

// One row with its filter byte, Sub: each byte minus the same channel of the pixel to its left. Returns the
// end of what was written (the vector filter may write up to 4 bytes beyond it).
unsigned char* filterRow(const QRgb* line, int width, bool alpha, unsigned char* out) {
    *out++ = 1;
#ifdef COUVERTURE_PNG_X86
    if (!alpha && kHasSsse3 && width > 0) {
        return subRgbSsse3(line, width, out);
    }
#endif
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
    return out;
}

// Filters rows into a small buffer that stays in cache and deflates it chunk by chunk: the whole filtered
// band is never held in memory, which halves the time on large maps.
void compressBand(const QImage& image, int firstRow, int rowCount, bool alpha, int level, bool last,
                  PngBand& band) {
    clearUpperVectorState();
    constexpr int kRowsPerChunk = 16;
    const int width = image.width();
    const int channels = alpha ? 4 : 3;
    const std::size_t rowBytes = 1 + static_cast<std::size_t>(width) * static_cast<std::size_t>(channels);
    std::vector<unsigned char> chunk(rowBytes * kRowsPerChunk + 16); // + the vector filter's overshoot
    band.compressed.clear();
    band.rawSize = rowBytes * static_cast<std::size_t>(std::max(rowCount, 0));
    band.adler = adler32(0, nullptr, 0);
    const auto deflater = png::makeSegmentDeflater(level, band.compressed, band.rawSize);
    for (int first = 0; first < rowCount; first += kRowsPerChunk) {
        const int rows = std::min(kRowsPerChunk, rowCount - first);
        unsigned char* out = chunk.data();
        for (int r = 0; r < rows; ++r) {
            const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(firstRow + first + r));
            out = filterRow(line, width, alpha, out);
        }
        const auto size = static_cast<std::size_t>(out - chunk.data());
        band.adler = adler32Of(band.adler, chunk.data(), size);
        deflater->add(chunk.data(), size);
    }
    deflater->finish(last);
}

// The image in the format the bands are read in: RGB32, or ARGB32 when some pixel is not opaque.
QImage prepared(const QImage& source, bool& alpha) {
    alpha = false;
    if (source.hasAlphaChannel()) {
        // Rendered maps are usually opaque in an alpha format: write RGB then (a quarter fewer bytes).
        const QImage straight = source.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < straight.height() && !alpha; ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(straight.constScanLine(y));
            alpha =
                std::any_of(line, line + straight.width(), [](QRgb pixel) { return qAlpha(pixel) != 255; });
        }
        return straight;
    }
    return source.format() == QImage::Format_RGB32 ? source : source.convertToFormat(QImage::Format_RGB32);
}

} // namespace

PngBand deflatePngRows(const QImage& image, int firstRow, int rowCount, bool last, int compressionLevel) {
    bool alpha = false;
    const QImage rows = prepared(image, alpha);
    PngBand band;
    band.alpha = alpha;
    compressBand(rows, firstRow, rowCount, alpha, std::clamp(compressionLevel, 1, 9), last, band);
    return band;
}

QByteArray assemblePng(QSize size, const std::vector<PngBand>& bands, const PngOptions& options) {
    const bool alpha =
        std::any_of(bands.begin(), bands.end(), [](const PngBand& band) { return band.alpha; });
    QByteArray zlibStream;
    std::size_t total = 6;
    for (const PngBand& band : bands) {
        total += band.compressed.size();
    }
    zlibStream.reserve(static_cast<qsizetype>(total));
    zlibStream.append('\x78');
    zlibStream.append('\x01');
    uLong adler = 1;
    for (const PngBand& band : bands) {
        zlibStream.append(reinterpret_cast<const char*>(band.compressed.data()),
                          static_cast<qsizetype>(band.compressed.size()));
        adler = adler32_combine(adler, band.adler, static_cast<z_off_t>(band.rawSize));
    }
    appendBigEndian(zlibStream, static_cast<quint32>(adler));

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png.reserve(zlibStream.size() + 128);
    QByteArray header;
    appendBigEndian(header, static_cast<quint32>(size.width()));
    appendBigEndian(header, static_cast<quint32>(size.height()));
    header.append('\x08');                               // bit depth
    header.append(alpha ? '\x06' : '\x02');              // RGBA or RGB
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

QByteArray encodePng(const QImage& source, const PngOptions& options) {
    bool alpha = false;
    const QImage image = prepared(source, alpha);
    const int height = image.height();
    const int bandCount = std::clamp(options.threads, 1, std::max(1, height));
    std::vector<PngBand> bands(static_cast<std::size_t>(bandCount));
    const int level = std::clamp(options.compressionLevel, 1, 9);
    auto work = [&](int i) {
        PngBand& band = bands[static_cast<std::size_t>(i)];
        band.alpha = alpha;
        const int first = height * i / bandCount;
        compressBand(image, first, height * (i + 1) / bandCount - first, alpha, level, i == bandCount - 1,
                     band);
    };
    std::vector<std::thread> workers;
    for (int i = 1; i < bandCount; ++i) {
        workers.emplace_back(work, i);
    }
    work(0);
    for (auto& worker : workers) {
        worker.join();
    }
    return assemblePng(image.size(), bands, options);
}

void writePng(const QImage& image, const std::string& path, const PngOptions& options) {
    const QByteArray bytes = encodePng(image, options);
    writeBytesAtomically(path, std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

} // namespace couverture::render
