#include "render/png/segment_deflater.h"

#include "render/png/run_deflate.h"

#include <algorithm>
#include <zlib.h>

namespace couverture::render::png {
namespace {

// zlib at levels 2..9, raw deflate (no zlib header: the PNG writer adds one for the joined stream).
class ZlibDeflater final : public SegmentDeflater {
public:
    ZlibDeflater(int level, std::vector<unsigned char>& out) : out_(out), written_(out.size()) {
        deflateInit2(&stream_, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    }
    ~ZlibDeflater() override { deflateEnd(&stream_); }
    ZlibDeflater(const ZlibDeflater&) = delete;
    ZlibDeflater& operator=(const ZlibDeflater&) = delete;

    void add(const unsigned char* data, std::size_t size) override {
        // zlib counts input in uInt: feed very large buffers in parts.
        constexpr std::size_t kPart = std::size_t{1} << 30;
        for (std::size_t done = 0; done < size; done += kPart) {
            const std::size_t part = std::min(kPart, size - done);
            stream_.next_in = const_cast<unsigned char*>(data + done);
            stream_.avail_in = static_cast<uInt>(part);
            run(Z_NO_FLUSH, deflateBound(&stream_, static_cast<uLong>(part)));
        }
    }

    void finish(bool last) override {
        stream_.next_in = nullptr;
        stream_.avail_in = 0;
        run(last ? Z_FINISH : Z_SYNC_FLUSH, 64);
        out_.resize(written_);
    }

private:
    // Deflates until zlib leaves room to spare: what it held back from earlier input may come out now.
    // Maps compress 20 to 50 times: the output grows as needed rather than being sized for the worst case.
    void run(int flush, uLong room) {
        do {
            if (out_.size() - written_ < room + 64) {
                out_.resize(std::max<std::size_t>(out_.size() * 2, written_ + room + 64));
            }
            stream_.next_out = out_.data() + written_;
            stream_.avail_out = static_cast<uInt>(std::min<std::size_t>(out_.size() - written_, 1u << 30));
            deflate(&stream_, flush);
            written_ = static_cast<std::size_t>(stream_.next_out - out_.data());
        } while (stream_.avail_out == 0);
    }

    std::vector<unsigned char>& out_;
    std::size_t written_;
    z_stream stream_{};
};

} // namespace

std::unique_ptr<SegmentDeflater> makeSegmentDeflater(int level, std::vector<unsigned char>& out,
                                                     std::size_t expectedInput) {
    out.reserve(out.size() + expectedInput / 16 + 64);
    if (level <= 1) {
        return std::make_unique<RunDeflater>(out);
    }
    return std::make_unique<ZlibDeflater>(std::min(level, 9), out);
}

} // namespace couverture::render::png
