#include "render/png_writer.h"

#include "core/problem.h"
#include "core/table_writer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <optional>
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

// Deflate for filtered maps, as zlib's Z_RLE strategy does it (a byte repeating the previous one three times
// or more is coded as a match at distance 1, everything else as literals, dynamic Huffman blocks), without
// zlib's window copies and hash upkeep, and finding runs eight bytes at a time: three to four times faster
// than zlib on Sub-filtered maps, for the same size.
class RunDeflater {
public:
    explicit RunDeflater(std::vector<unsigned char>& out) : out_(out) {}

    void add(const unsigned char* data, std::size_t size) {
        std::size_t i = 0;
        while (i < size) {
            if (havePrevious_) {
                const std::size_t run = runLength(data + i, std::min<std::size_t>(size - i, kMaxMatch));
                if (run >= kMinMatch) {
                    tokens_.push_back(static_cast<std::uint16_t>(256 + run - kMinMatch));
                    i += run;
                    flushIfFull();
                    continue;
                }
            }
            previous_ = data[i++];
            havePrevious_ = true;
            tokens_.push_back(previous_);
            flushIfFull();
        }
    }

    // Ends the segment: the final block when `last`, else an empty stored block that leaves it byte-aligned
    // without the final bit, so that the next segment follows on (zlib's Z_SYNC_FLUSH).
    void finish(bool last) {
        if (!tokens_.empty() || last) {
            writeBlock(last);
        }
        if (!last) {
            put(0, 3); // not final, stored
            alignToByte();
            put(0x0000, 16);
            put(0xFFFF, 16);
        }
        alignToByte();
        flushBits();
    }

private:
    static constexpr std::size_t kMinMatch = 3, kMaxMatch = 258;
    static constexpr std::size_t kBlockTokens = std::size_t{1} << 17;

    // Bytes from `data` equal to the previous byte, at most `limit`.
    std::size_t runLength(const unsigned char* data, std::size_t limit) const {
        std::size_t n = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        const std::uint64_t pattern = 0x0101010101010101ULL * previous_;
        while (n + 8 <= limit) {
            std::uint64_t word = 0;
            std::memcpy(&word, data + n, 8);
            const std::uint64_t difference = word ^ pattern;
            if (difference != 0) {
                return n + static_cast<std::size_t>(__builtin_ctzll(difference) / 8);
            }
            n += 8;
        }
#endif
        while (n < limit && data[n] == previous_) {
            ++n;
        }
        return n;
    }

    void flushIfFull() {
        if (tokens_.size() >= kBlockTokens) {
            writeBlock(false);
        }
    }

    void put(std::uint32_t value, int count) {
        bits_ |= static_cast<std::uint64_t>(value) << bitCount_;
        bitCount_ += count;
        if (bitCount_ >= 32) {
            const auto word = static_cast<std::uint32_t>(bits_);
            const unsigned char bytes[4] = {
                static_cast<unsigned char>(word), static_cast<unsigned char>(word >> 8),
                static_cast<unsigned char>(word >> 16), static_cast<unsigned char>(word >> 24)};
            out_.insert(out_.end(), bytes, bytes + 4);
            bits_ >>= 32;
            bitCount_ -= 32;
        }
    }

    void alignToByte() {
        if (bitCount_ % 8 != 0) {
            put(0, 8 - bitCount_ % 8);
        }
    }

    void flushBits() {
        while (bitCount_ > 0) {
            out_.push_back(static_cast<unsigned char>(bits_));
            bits_ >>= 8;
            bitCount_ -= 8;
        }
        bits_ = 0;
        bitCount_ = 0;
    }

    // Huffman code lengths of at most `limit` bits for the frequencies; at least two symbols get a code, so
    // every code is complete (inflate refuses incomplete ones). Deterministic: ties break on the symbol.
    static std::vector<unsigned char> codeLengths(std::vector<std::uint32_t> frequencies, int limit) {
        const std::size_t n = frequencies.size();
        std::size_t used = 0;
        for (std::size_t i = 0; i < n && used < 2; ++i) {
            used += frequencies[i] != 0 ? 1 : 0;
        }
        for (std::size_t i = 0; i < n && used < 2; ++i) {
            if (frequencies[i] == 0) {
                frequencies[i] = 1;
                ++used;
            }
        }
        std::vector<unsigned char> lengths(n, 0);
        for (;;) {
            // Nodes: leaves first, then inner nodes; a min-heap on (weight, index).
            std::vector<std::uint64_t> weight;
            std::vector<int> parent;
            std::vector<std::pair<std::uint64_t, int>> heap;
            std::vector<int> leafNode(n, -1);
            for (std::size_t i = 0; i < n; ++i) {
                if (frequencies[i] != 0) {
                    leafNode[i] = static_cast<int>(weight.size());
                    heap.emplace_back(frequencies[i], static_cast<int>(weight.size()));
                    weight.push_back(frequencies[i]);
                    parent.push_back(-1);
                }
            }
            auto greater = [](const auto& a, const auto& b) { return a > b; };
            std::make_heap(heap.begin(), heap.end(), greater);
            while (heap.size() > 1) {
                std::pop_heap(heap.begin(), heap.end(), greater);
                const auto a = heap.back();
                heap.pop_back();
                std::pop_heap(heap.begin(), heap.end(), greater);
                const auto b = heap.back();
                heap.pop_back();
                const int node = static_cast<int>(weight.size());
                weight.push_back(a.first + b.first);
                parent.push_back(-1);
                parent[static_cast<std::size_t>(a.second)] = node;
                parent[static_cast<std::size_t>(b.second)] = node;
                heap.emplace_back(a.first + b.first, node);
                std::push_heap(heap.begin(), heap.end(), greater);
            }
            std::vector<int> depth(weight.size(), 0);
            for (std::size_t node = weight.size(); node-- > 0;) { // parents come after their children
                const int up = parent[node];
                depth[node] = up < 0 ? 0 : depth[static_cast<std::size_t>(up)] + 1;
            }
            int longest = 0;
            for (std::size_t i = 0; i < n; ++i) {
                lengths[i] = leafNode[i] < 0
                                 ? 0
                                 : static_cast<unsigned char>(depth[static_cast<std::size_t>(leafNode[i])]);
                longest = std::max(longest, static_cast<int>(lengths[i]));
            }
            if (longest <= limit) {
                return lengths;
            }
            for (std::uint32_t& frequency : frequencies) { // flatten and retry: rare on maps
                frequency = frequency == 0 ? 0 : (frequency >> 1) | 1;
            }
        }
    }

    // Canonical codes (RFC 1951 3.2.2), bit-reversed for writing least significant bit first.
    static std::vector<std::uint16_t> canonicalCodes(const std::vector<unsigned char>& lengths) {
        int count[16] = {};
        for (const unsigned char length : lengths) {
            ++count[length];
        }
        count[0] = 0;
        int next[16] = {};
        int code = 0;
        for (int bits = 1; bits < 16; ++bits) {
            code = (code + count[bits - 1]) << 1;
            next[bits] = code;
        }
        std::vector<std::uint16_t> codes(lengths.size(), 0);
        for (std::size_t i = 0; i < lengths.size(); ++i) {
            const int length = lengths[i];
            if (length == 0) {
                continue;
            }
            int value = next[length]++;
            int reversed = 0;
            for (int b = 0; b < length; ++b) {
                reversed = (reversed << 1) | (value & 1);
                value >>= 1;
            }
            codes[i] = static_cast<std::uint16_t>(reversed);
        }
        return codes;
    }

    struct LengthCode {
        int symbol, extraBits, extra;
    };
    static LengthCode lengthCode(std::size_t length) {
        static constexpr int kBase[29] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                          31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
        static constexpr int kExtra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                           2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
        const int value = static_cast<int>(length);
        int i = value == 258 ? 28 : 27;
        while (i > 0 && kBase[i] > value) {
            --i;
        }
        return {257 + i, kExtra[i], value - kBase[i]};
    }

    void writeBlock(bool final) {
        static const std::array<LengthCode, 256> kLengths = [] {
            std::array<LengthCode, 256> table{};
            for (std::size_t i = 0; i < table.size(); ++i) {
                table[i] = lengthCode(i + kMinMatch);
            }
            return table;
        }();
        std::vector<std::uint32_t> literalFrequencies(286, 0);
        for (const std::uint16_t token : tokens_) {
            ++literalFrequencies[token < 256 ? token
                                             : static_cast<std::size_t>(kLengths[token - 256].symbol)];
        }
        literalFrequencies[256] = 1; // end of block
        const std::vector<unsigned char> literalLengths = codeLengths(literalFrequencies, 15);
        const std::vector<std::uint16_t> literalCodes = canonicalCodes(literalLengths);
        // Distances: only 1 (code 0) is used; codes 0 and 1 get one bit each, a complete code.
        const std::vector<unsigned char> distanceLengths{1, 1};

        std::size_t literalCount = 286;
        while (literalCount > 257 && literalLengths[literalCount - 1] == 0) {
            --literalCount;
        }
        // The code lengths, run-length coded (16: repeat the previous 3-6 times, 17/18: zeros 3-10 / 11-138).
        std::vector<unsigned char> all(literalLengths.begin(),
                                       literalLengths.begin() + static_cast<std::ptrdiff_t>(literalCount));
        all.insert(all.end(), distanceLengths.begin(), distanceLengths.end());
        std::vector<std::pair<int, int>> symbols; // code-length symbol, extra value
        for (std::size_t i = 0; i < all.size();) {
            std::size_t run = 1;
            while (i + run < all.size() && all[i + run] == all[i]) {
                ++run;
            }
            if (all[i] == 0 && run >= 3) {
                const std::size_t take = std::min<std::size_t>(run, 138);
                symbols.emplace_back(take >= 11 ? 18 : 17,
                                     static_cast<int>(take >= 11 ? take - 11 : take - 3));
                i += take;
            } else if (all[i] != 0 && run >= 4) {
                symbols.emplace_back(all[i], 0);
                const std::size_t take = std::min<std::size_t>(run - 1, 6);
                symbols.emplace_back(16, static_cast<int>(take - 3));
                i += 1 + take;
            } else {
                symbols.emplace_back(all[i], 0);
                ++i;
            }
        }
        std::vector<std::uint32_t> lengthFrequencies(19, 0);
        for (const auto& [symbol, extra] : symbols) {
            ++lengthFrequencies[static_cast<std::size_t>(symbol)];
        }
        const std::vector<unsigned char> lengthLengths = codeLengths(lengthFrequencies, 7);
        const std::vector<std::uint16_t> lengthCodes = canonicalCodes(lengthLengths);
        static constexpr int kOrder[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
        int lengthCount = 19;
        while (lengthCount > 4 && lengthLengths[static_cast<std::size_t>(kOrder[lengthCount - 1])] == 0) {
            --lengthCount;
        }

        put(final ? 1 : 0, 1);
        put(2, 2); // dynamic Huffman codes
        put(static_cast<std::uint32_t>(literalCount - 257), 5);
        put(static_cast<std::uint32_t>(distanceLengths.size() - 1), 5);
        put(static_cast<std::uint32_t>(lengthCount - 4), 4);
        for (int i = 0; i < lengthCount; ++i) {
            put(lengthLengths[static_cast<std::size_t>(kOrder[i])], 3);
        }
        for (const auto& [symbol, extra] : symbols) {
            const auto index = static_cast<std::size_t>(symbol);
            put(lengthCodes[index], lengthLengths[index]);
            if (symbol >= 16) {
                put(static_cast<std::uint32_t>(extra), symbol == 16 ? 2 : (symbol == 17 ? 3 : 7));
            }
        }
        for (const std::uint16_t token : tokens_) {
            if (token < 256) {
                put(literalCodes[token], literalLengths[token]);
                continue;
            }
            const LengthCode& code = kLengths[token - 256];
            const auto symbol = static_cast<std::size_t>(code.symbol);
            put(literalCodes[symbol], literalLengths[symbol]);
            if (code.extraBits > 0) {
                put(static_cast<std::uint32_t>(code.extra), code.extraBits);
            }
            put(0, 1); // distance code 0: distance 1
        }
        put(literalCodes[256], literalLengths[256]);
        tokens_.clear();
    }

    std::vector<unsigned char>& out_;
    std::vector<std::uint16_t> tokens_;
    std::uint64_t bits_ = 0;
    int bitCount_ = 0;
    unsigned char previous_ = 0;
    bool havePrevious_ = false;
};

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
    band.rawSize = rowBytes * static_cast<std::size_t>(rowCount);
    band.adler = adler32(0, nullptr, 0);
#ifdef COUVERTURE_PNG_X86
    const bool vectorFilter = !alpha && kHasSsse3 && width > 0;
#else
    [[maybe_unused]] const bool vectorFilter = false;
#endif

    // Level 1: our run coder; 2..9: zlib at that level (smaller files, several times slower).
    const bool runCoder = level <= 1;
    std::optional<RunDeflater> runs;
    z_stream stream{};
    uLong chunkBound = 0;
    if (runCoder) {
        band.compressed.reserve(rowBytes * static_cast<std::size_t>(std::max(rowCount, 0)) / 16 + 64);
        runs.emplace(band.compressed);
    } else {
        deflateInit2(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
        // Maps compress 20 to 50 times: start small and grow, rather than zero a worst-case buffer each time.
        chunkBound = deflateBound(&stream, static_cast<uLong>(chunk.size())) + 64;
    }
    std::size_t written = 0;
    for (int first = 0; first < rowCount; first += kRowsPerChunk) {
        const int rows = std::min(kRowsPerChunk, rowCount - first);
        unsigned char* out = chunk.data();
        for (int r = 0; r < rows; ++r) {
            const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(firstRow + first + r));
            *out++ = 1; // filter type Sub: each byte minus the same channel of the pixel to its left
#ifdef COUVERTURE_PNG_X86
            if (vectorFilter) {
                out = subRgbSsse3(line, width, out);
                continue;
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
        }
        const auto size = static_cast<uInt>(out - chunk.data());
        band.adler = adler32Of(band.adler, chunk.data(), size);
        if (runCoder) {
            runs->add(chunk.data(), size);
            continue;
        }
        stream.next_in = chunk.data();
        stream.avail_in = size;
        const bool final = first + rows >= rowCount;
        // Non-final bands end on a byte boundary with no final-block bit, so the segments concatenate.
        const int flush = !final ? Z_NO_FLUSH : (last ? Z_FINISH : Z_SYNC_FLUSH);
        do { // until deflate has room to spare: what it held back from earlier chunks may come out now
            if (band.compressed.size() - written < chunkBound) {
                band.compressed.resize(
                    std::max<std::size_t>(band.compressed.size() * 2, written + chunkBound));
            }
            stream.next_out = band.compressed.data() + written;
            stream.avail_out = static_cast<uInt>(band.compressed.size() - written);
            deflate(&stream, flush);
            written = band.compressed.size() - stream.avail_out;
        } while (stream.avail_out == 0);
    }
    if (runCoder) {
        runs->finish(last);
        return;
    }
    if (rowCount <= 0 && last) { // an empty last band still closes the stream
        band.compressed.resize(64);
        stream.next_out = band.compressed.data();
        stream.avail_out = 64;
        deflate(&stream, Z_FINISH);
        written = 64 - stream.avail_out;
    }
    band.compressed.resize(written);
    deflateEnd(&stream);
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
    writeAtomically(path, [&](const std::string& temporary) {
        std::ofstream file(temporary, std::ios::binary);
        file.write(bytes.constData(), static_cast<std::streamsize>(bytes.size()));
        if (!file) {
            throwOutputError(path, "cannot write the PNG (disk full or no permission?)");
        }
    });
}

} // namespace couverture::render
