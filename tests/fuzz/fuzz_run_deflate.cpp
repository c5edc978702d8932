// libFuzzer harness for the PNG writer's run coder (src/render/png/run_deflate.h): the input's first bytes
// choose where the data is cut into sync-flushed segments and in what pieces each is fed; the joined
// segments must inflate (zlib, raw) to the data exactly, ending on the final block. Any difference aborts.
// Built with -DCOUVERTURE_BUILD_FUZZ=ON and clang (see tests/fuzz/CMakeLists.txt).
#include "render/png/run_deflate.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <vector>
#include <zlib.h>

namespace {

using Bytes = std::vector<unsigned char>;

Bytes deflateSegments(const unsigned char* data, std::size_t size, std::size_t cuts, std::size_t piece) {
    Bytes stream;
    for (std::size_t segment = 0; segment <= cuts; ++segment) {
        const std::size_t begin = size * segment / (cuts + 1);
        const std::size_t end = size * (segment + 1) / (cuts + 1);
        couverture::render::png::RunDeflater deflater(stream);
        for (std::size_t at = begin; at < end; at += piece) {
            deflater.add(data + at, end - at < piece ? end - at : piece);
        }
        deflater.finish(segment == cuts);
    }
    return stream;
}

Bytes inflateRaw(const Bytes& stream, std::size_t expected) {
    z_stream z{};
    if (inflateInit2(&z, -15) != Z_OK) {
        std::abort();
    }
    Bytes out(expected + 1); // one spare byte: inflating more than was deflated shows
    z.next_in = const_cast<unsigned char*>(stream.data());
    z.avail_in = static_cast<uInt>(stream.size());
    z.next_out = out.data();
    z.avail_out = static_cast<uInt>(out.size());
    const int status = inflate(&z, Z_FINISH);
    if (status != Z_STREAM_END || z.avail_in != 0) {
        std::abort(); // not a complete, valid stream
    }
    out.resize(out.size() - z.avail_out);
    inflateEnd(&z);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 2) {
        return 0;
    }
    const std::size_t cuts = data[0] % 5;                // 1 to 5 segments
    const std::size_t piece = 1 + data[1] * 37u % 4096u; // pieces of 1 to 4096 bytes
    const Bytes stream = deflateSegments(data + 2, size - 2, cuts, piece);
    const Bytes inflated = inflateRaw(stream, size - 2);
    if (inflated.size() != size - 2 || !std::equal(inflated.begin(), inflated.end(), data + 2)) {
        std::abort();
    }
    return 0;
}
