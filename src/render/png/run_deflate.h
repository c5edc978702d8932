#pragma once
// Raw deflate for Sub-filtered map rows, coded as zlib's Z_RLE strategy codes them: a byte that repeats the
// previous one three times or more becomes a match at distance 1, anything else a literal, in dynamic
// Huffman blocks. Unlike zlib it keeps no window copies and no hash chains, and finds runs eight bytes at a
// time.
//
// Why a hand-written coder where zlib and libdeflate exist: on the filtered rows of the 2000x2000 commune
// map (16 MB), zlib level 1 with Z_RLE takes 58 ms on one core and libdeflate level 1 56 ms (31 ms in two
// bands on two threads); this coder takes about 11 ms, for files of about the same size, while the map
// itself draws in about 10 ms. Encoding would otherwise cost five times the drawing.
//
// Its output is checked by inflating it with zlib: tests/render/png/test_run_deflate.cpp (edge cases and a
// seeded randomized round trip) and the libFuzzer harness tests/fuzz/fuzz_run_deflate.cpp.

#include "render/png/segment_deflater.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace couverture::render::png {

class RunDeflater final : public SegmentDeflater {
public:
    // Tokens (literals and matches) per Huffman block: a block's codes follow its own statistics.
    static constexpr std::size_t kBlockTokens = std::size_t{1} << 17;

    explicit RunDeflater(std::vector<unsigned char>& out) : out_(out) {}

    void add(const unsigned char* data, std::size_t size) override;
    void finish(bool last) override;

private:
    std::size_t runLength(const unsigned char* data, std::size_t limit) const;
    void flushIfFull();
    void put(std::uint32_t value, int count);
    void alignToByte();
    void flushBits();
    void writeBlock(bool final);
    void writeHeader(bool final, const std::vector<unsigned char>& literalLengths);
    void writeTokens(const std::vector<unsigned char>& lengths, const std::vector<std::uint16_t>& codes);

    std::vector<unsigned char>& out_;
    std::vector<std::uint16_t> tokens_; // 0-255 literals, 256 + (length - 3) matches at distance 1
    std::uint64_t bits_ = 0;
    int bitCount_ = 0;
    unsigned char previous_ = 0;
    bool havePrevious_ = false;
};

// A whole buffer as one raw deflate segment (tests, tools): final when `last`, else sync-flushed.
std::vector<unsigned char> runDeflate(const unsigned char* data, std::size_t size, bool last = true);

} // namespace couverture::render::png
