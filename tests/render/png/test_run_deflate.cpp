// The run coder and zlib behind png::SegmentDeflater, checked by inflating their segments with zlib.
#include "render/png/run_deflate.h"
#include "render/png/segment_deflater.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <vector>
#include <zlib.h>

using namespace couverture::render::png;
using Bytes = std::vector<unsigned char>;

namespace {

struct Inflated {
    Bytes bytes;
    bool ended = false;    // the final block was read
    bool consumed = false; // every input byte was used
};

// Raw inflate of a whole stream, as a PNG reader would after the zlib header.
Inflated inflateRaw(const Bytes& stream) {
    z_stream z{};
    REQUIRE(inflateInit2(&z, -15) == Z_OK);
    Inflated result;
    z.next_in = const_cast<unsigned char*>(stream.data());
    z.avail_in = static_cast<uInt>(stream.size());
    unsigned char buffer[1 << 15];
    int status = Z_OK;
    while (status == Z_OK) {
        z.next_out = buffer;
        z.avail_out = sizeof buffer;
        status = inflate(&z, Z_NO_FLUSH);
        result.bytes.insert(result.bytes.end(), buffer, buffer + (sizeof buffer - z.avail_out));
        if (status == Z_BUF_ERROR && z.avail_in == 0) {
            break; // a sync-flushed stream without its end: everything given was read
        }
    }
    result.ended = status == Z_STREAM_END;
    result.consumed = z.avail_in == 0;
    inflateEnd(&z);
    return result;
}

// The input cut into segments at `cuts`, each segment fed in pieces of at most `piece` bytes to its own
// coder of `level`, the segments joined: what assemblePng does with the bands of an image.
Bytes joinedSegments(const Bytes& input, const std::vector<std::size_t>& cuts, std::size_t piece,
                     int level = 1) {
    Bytes stream;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= cuts.size(); ++i) {
        const std::size_t end = i < cuts.size() ? cuts[i] : input.size();
        Bytes segment;
        const auto deflater = makeSegmentDeflater(level, segment);
        for (std::size_t at = start; at < end; at += piece) {
            deflater->add(input.data() + at, std::min(piece, end - at));
        }
        const bool last = i == cuts.size();
        deflater->finish(last);
        if (!last) { // a sync flush ends on an empty stored block
            REQUIRE(segment.size() >= 4);
            CHECK(Bytes(segment.end() - 4, segment.end()) == Bytes{0x00, 0x00, 0xFF, 0xFF});
        }
        stream.insert(stream.end(), segment.begin(), segment.end());
        start = end;
    }
    return stream;
}

void requireRoundTrip(const Bytes& input, const Bytes& stream) {
    const Inflated inflated = inflateRaw(stream);
    REQUIRE(inflated.ended);
    REQUIRE(inflated.consumed);
    REQUIRE(inflated.bytes.size() == input.size());
    REQUIRE(inflated.bytes == input);
}

void requireRoundTrip(const Bytes& input) {
    requireRoundTrip(input, runDeflate(input.data(), input.size()));
}

// Bytes that never repeat the previous one: each is a literal token, none a match.
Bytes literalsOnly(std::size_t size, std::uint32_t seed) {
    std::mt19937 random(seed);
    Bytes bytes;
    while (bytes.size() < size) {
        const auto byte = static_cast<unsigned char>(random() & 0xFF);
        if (bytes.empty() || byte != bytes.back()) {
            bytes.push_back(byte);
        }
    }
    return bytes;
}

// Rows as maps give them: runs of zeros and short runs of other values, with noise.
Bytes mapLike(std::mt19937& random, std::size_t size) {
    Bytes bytes;
    while (bytes.size() < size) {
        const std::uint32_t kind = random() % 4;
        const std::size_t length = kind == 0 ? random() % 600 + 1 : random() % 12 + 1;
        const auto value = static_cast<unsigned char>(kind == 1 ? 0 : random() & 0xFF);
        for (std::size_t i = 0; i < length && bytes.size() < size; ++i) {
            bytes.push_back(kind == 3 ? static_cast<unsigned char>(random() & 0xFF) : value);
        }
    }
    return bytes;
}

} // namespace

TEST_CASE("run deflate: empty input and single bytes", "[run_deflate]") {
    requireRoundTrip({});
    for (int value = 0; value < 256; ++value) {
        requireRoundTrip({static_cast<unsigned char>(value)});
    }
    // An empty segment sync-flushed, then an empty final one: still a valid, empty stream.
    requireRoundTrip({}, joinedSegments({}, {0}, 1));
}

TEST_CASE("run deflate: runs of every awkward length become distance-1 matches", "[run_deflate]") {
    for (std::size_t length : {1u, 2u, 3u, 4u, 5u, 10u, 11u, 257u, 258u, 259u, 260u, 516u, 517u, 100000u}) {
        INFO("run of " << length);
        Bytes run(length, 0x00);
        requireRoundTrip(run);
        Bytes afterOther{0x7F};
        afterOther.insert(afterOther.end(), length, 0xAB);
        afterOther.push_back(0x01);
        requireRoundTrip(afterOther);
    }
    const Bytes zeros(1 << 20, 0);
    CHECK(runDeflate(zeros.data(), zeros.size()).size() < zeros.size() / 200); // ~2 bits per 258 bytes
}

TEST_CASE("run deflate: random data and sizes around Huffman block boundaries", "[run_deflate]") {
    const std::size_t block = RunDeflater::kBlockTokens;
    for (std::size_t size : {std::size_t{1000}, block - 1, block, block + 1, 2 * block, 2 * block + 1}) {
        INFO("size " << size);
        const Bytes input = literalsOnly(size, static_cast<std::uint32_t>(size));
        requireRoundTrip(input);
        requireRoundTrip(input, joinedSegments(input, {size / 3, size / 3 + 1}, 4096));
    }
    std::mt19937 random(7);
    Bytes noise(300000);
    for (unsigned char& byte : noise) {
        byte = static_cast<unsigned char>(random() & 0xFF);
    }
    requireRoundTrip(noise);
}

TEST_CASE("run deflate: skewed statistics longer than 15 bits are limited", "[run_deflate]") {
    // Literal frequencies in a Fibonacci sequence make an optimal tree 20 levels deep.
    std::vector<std::size_t> counts{1, 1};
    while (counts.size() < 21) {
        counts.push_back(counts[counts.size() - 1] + counts[counts.size() - 2]);
    }
    Bytes pool;
    for (std::size_t symbol = 0; symbol < counts.size(); ++symbol) {
        pool.insert(pool.end(), counts[symbol], static_cast<unsigned char>(symbol * 11));
    }
    std::mt19937 random(21);
    std::shuffle(pool.begin(), pool.end(), random);
    requireRoundTrip(pool);
}

TEST_CASE("run deflate: sync-flushed segments join into one stream, with zlib's segments too",
          "[run_deflate]") {
    std::mt19937 random(2024);
    const Bytes input = mapLike(random, 200000);
    requireRoundTrip(input, joinedSegments(input, {}, 1));
    requireRoundTrip(input, joinedSegments(input, {50000, 50001, 150000}, 777));
    requireRoundTrip(input, joinedSegments(input, {0, 100000, 100000, 200000}, 65536));
    requireRoundTrip(input, joinedSegments(input, {70000, 140000}, 9999, 6));
    // A band from each coder in one stream: both end the same way.
    Bytes mixed;
    const auto run = makeSegmentDeflater(1, mixed);
    run->add(input.data(), 100000);
    run->finish(false);
    const auto zlib = makeSegmentDeflater(9, mixed);
    zlib->add(input.data() + 100000, input.size() - 100000);
    zlib->finish(true);
    requireRoundTrip(input, mixed);
}

TEST_CASE("run deflate: seeded randomized round trips (inputs, pieces and cuts)", "[run_deflate]") {
    std::mt19937 random(20231231);
    for (int trial = 0; trial < 400; ++trial) {
        const std::size_t size = random() % 3 == 0 ? random() % 64 : random() % 40000;
        const Bytes input = mapLike(random, size);
        std::vector<std::size_t> cuts;
        const std::size_t cutCount = random() % 4;
        for (std::size_t i = 0; i < cutCount; ++i) {
            cuts.push_back(size == 0 ? 0 : random() % (size + 1));
        }
        std::sort(cuts.begin(), cuts.end());
        const std::size_t piece = random() % 2 == 0 ? random() % 300 + 1 : random() % 70000 + 1;
        INFO("trial " << trial << ": " << size << " bytes, " << cutCount << " cuts, pieces of " << piece);
        requireRoundTrip(input, joinedSegments(input, cuts, piece));
    }
}
