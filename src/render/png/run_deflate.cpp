#include "render/png/run_deflate.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

namespace couverture::render::png {
namespace {

constexpr std::size_t kMinMatch = 3, kMaxMatch = 258;
constexpr std::size_t kLiteralSymbols = 286; // 0-255, end of block (256), lengths 257-285
constexpr std::uint16_t kEndOfBlock = 256;

// Depth of every used symbol in a Huffman tree of the frequencies (0 for unused ones). Deterministic: the
// heap breaks ties on the node index.
std::vector<unsigned char> huffmanDepths(const std::vector<std::uint32_t>& frequencies) {
    const std::size_t n = frequencies.size();
    std::vector<std::uint64_t> weight; // leaves first, then inner nodes
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
    auto pop = [&] {
        std::pop_heap(heap.begin(), heap.end(), greater);
        const auto top = heap.back();
        heap.pop_back();
        return top;
    };
    std::make_heap(heap.begin(), heap.end(), greater);
    while (heap.size() > 1) {
        const auto a = pop();
        const auto b = pop();
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
    std::vector<unsigned char> lengths(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        if (leafNode[i] >= 0) {
            lengths[i] = static_cast<unsigned char>(depth[static_cast<std::size_t>(leafNode[i])]);
        }
    }
    return lengths;
}

// Huffman code lengths of at most `limit` bits. At least two symbols get a code, so that every code is
// complete (inflate refuses incomplete ones); a tree too deep is flattened (halved frequencies) and rebuilt,
// which maps need rarely.
std::vector<unsigned char> codeLengths(std::vector<std::uint32_t> frequencies, int limit) {
    std::size_t used = static_cast<std::size_t>(
        std::count_if(frequencies.begin(), frequencies.end(), [](std::uint32_t f) { return f != 0; }));
    for (std::size_t i = 0; i < frequencies.size() && used < 2; ++i) {
        if (frequencies[i] == 0) {
            frequencies[i] = 1;
            ++used;
        }
    }
    for (;;) {
        std::vector<unsigned char> lengths = huffmanDepths(frequencies);
        if (*std::max_element(lengths.begin(), lengths.end()) <= limit) {
            return lengths;
        }
        for (std::uint32_t& frequency : frequencies) {
            frequency = frequency == 0 ? 0 : (frequency >> 1) | 1;
        }
    }
}

// Canonical codes (RFC 1951 3.2.2), bit-reversed for writing least significant bit first.
std::vector<std::uint16_t> canonicalCodes(const std::vector<unsigned char>& lengths) {
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

LengthCode lengthCode(std::size_t length) {
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

// The length code of every match token (token - 256 = length - 3).
const std::array<LengthCode, 256>& matchCodes() {
    static const std::array<LengthCode, 256> table = [] {
        std::array<LengthCode, 256> codes{};
        for (std::size_t i = 0; i < codes.size(); ++i) {
            codes[i] = lengthCode(i + kMinMatch);
        }
        return codes;
    }();
    return table;
}

// A block's code lengths as the header sends them: run-length coded (16: repeat the previous length 3-6
// times, 17/18: 3-10 / 11-138 zeros), each symbol with its extra value.
std::vector<std::pair<int, int>> codeLengthSymbols(const std::vector<unsigned char>& all) {
    std::vector<std::pair<int, int>> symbols;
    for (std::size_t i = 0; i < all.size();) {
        std::size_t run = 1;
        while (i + run < all.size() && all[i + run] == all[i]) {
            ++run;
        }
        if (all[i] == 0 && run >= 3) {
            const std::size_t take = std::min<std::size_t>(run, 138);
            symbols.emplace_back(take >= 11 ? 18 : 17, static_cast<int>(take >= 11 ? take - 11 : take - 3));
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
    return symbols;
}

} // namespace

void RunDeflater::add(const unsigned char* data, std::size_t size) {
    std::size_t i = 0;
    while (i < size) {
        if (havePrevious_) {
            const std::size_t run = runLength(data + i, std::min(size - i, kMaxMatch));
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

void RunDeflater::finish(bool last) {
    if (!tokens_.empty() || last) {
        writeBlock(last);
    }
    if (!last) { // zlib's Z_SYNC_FLUSH: an empty stored block, not final, ending on a byte boundary
        put(0, 3);
        alignToByte();
        put(0x0000, 16);
        put(0xFFFF, 16);
    }
    alignToByte();
    flushBits();
}

// Bytes from `data` equal to the previous byte, at most `limit`.
std::size_t RunDeflater::runLength(const unsigned char* data, std::size_t limit) const {
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

void RunDeflater::flushIfFull() {
    if (tokens_.size() >= kBlockTokens) {
        writeBlock(false);
    }
}

void RunDeflater::put(std::uint32_t value, int count) {
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

void RunDeflater::alignToByte() {
    if (bitCount_ % 8 != 0) {
        put(0, 8 - bitCount_ % 8);
    }
}

void RunDeflater::flushBits() {
    while (bitCount_ > 0) {
        out_.push_back(static_cast<unsigned char>(bits_));
        bits_ >>= 8;
        bitCount_ -= 8;
    }
    bits_ = 0;
    bitCount_ = 0;
}

void RunDeflater::writeBlock(bool final) {
    const auto& matches = matchCodes();
    std::vector<std::uint32_t> frequencies(kLiteralSymbols, 0);
    for (const std::uint16_t token : tokens_) {
        ++frequencies[token < 256 ? token : static_cast<std::size_t>(matches[token - 256].symbol)];
    }
    frequencies[kEndOfBlock] = 1;
    const std::vector<unsigned char> lengths = codeLengths(frequencies, 15);
    writeHeader(final, lengths);
    writeTokens(lengths, canonicalCodes(lengths));
    tokens_.clear();
}

// Block type, then the literal/length and distance code lengths, themselves Huffman coded (RFC 1951 3.2.7).
void RunDeflater::writeHeader(bool final, const std::vector<unsigned char>& literalLengths) {
    // Distances: only 1 (code 0) is used; codes 0 and 1 get one bit each, a complete code.
    const std::vector<unsigned char> distanceLengths{1, 1};
    std::size_t literalCount = kLiteralSymbols;
    while (literalCount > 257 && literalLengths[literalCount - 1] == 0) {
        --literalCount;
    }
    std::vector<unsigned char> all(literalLengths.begin(),
                                   literalLengths.begin() + static_cast<std::ptrdiff_t>(literalCount));
    all.insert(all.end(), distanceLengths.begin(), distanceLengths.end());
    const std::vector<std::pair<int, int>> symbols = codeLengthSymbols(all);
    std::vector<std::uint32_t> frequencies(19, 0);
    for (const auto& [symbol, extra] : symbols) {
        ++frequencies[static_cast<std::size_t>(symbol)];
    }
    const std::vector<unsigned char> lengths = codeLengths(frequencies, 7);
    const std::vector<std::uint16_t> codes = canonicalCodes(lengths);
    static constexpr int kOrder[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    int lengthCount = 19;
    while (lengthCount > 4 && lengths[static_cast<std::size_t>(kOrder[lengthCount - 1])] == 0) {
        --lengthCount;
    }
    put(final ? 1 : 0, 1);
    put(2, 2); // dynamic Huffman codes
    put(static_cast<std::uint32_t>(literalCount - 257), 5);
    put(static_cast<std::uint32_t>(distanceLengths.size() - 1), 5);
    put(static_cast<std::uint32_t>(lengthCount - 4), 4);
    for (int i = 0; i < lengthCount; ++i) {
        put(lengths[static_cast<std::size_t>(kOrder[i])], 3);
    }
    for (const auto& [symbol, extra] : symbols) {
        const auto index = static_cast<std::size_t>(symbol);
        put(codes[index], lengths[index]);
        if (symbol >= 16) {
            put(static_cast<std::uint32_t>(extra), symbol == 16 ? 2 : (symbol == 17 ? 3 : 7));
        }
    }
}

void RunDeflater::writeTokens(const std::vector<unsigned char>& lengths,
                              const std::vector<std::uint16_t>& codes) {
    const auto& matches = matchCodes();
    for (const std::uint16_t token : tokens_) {
        if (token < 256) {
            put(codes[token], lengths[token]);
            continue;
        }
        const LengthCode& code = matches[token - 256];
        const auto symbol = static_cast<std::size_t>(code.symbol);
        put(codes[symbol], lengths[symbol]);
        if (code.extraBits > 0) {
            put(static_cast<std::uint32_t>(code.extra), code.extraBits);
        }
        put(0, 1); // distance code 0: distance 1
    }
    put(codes[kEndOfBlock], lengths[kEndOfBlock]);
}

std::vector<unsigned char> runDeflate(const unsigned char* data, std::size_t size, bool last) {
    std::vector<unsigned char> out;
    RunDeflater deflater(out);
    deflater.add(data, size);
    deflater.finish(last);
    return out;
}

} // namespace couverture::render::png
