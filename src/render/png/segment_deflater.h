#pragma once
// What the PNG writer needs from a deflate coder: a band's filtered rows fed chunk by chunk, ending in a
// raw deflate segment (RFC 1951, no zlib header) that either closes the stream or stops byte-aligned
// without the final bit, so that the bands' segments concatenate into one stream (as pigz joins them).

#include <cstddef>
#include <memory>
#include <vector>

namespace couverture::render::png {

class SegmentDeflater {
public:
    virtual ~SegmentDeflater() = default;
    // Appends compressed bytes to the output given at construction; may hold input back until finish.
    virtual void add(const unsigned char* data, std::size_t size) = 0;
    // Ends the segment: the final block when `last`, else a sync flush (an empty stored block, byte
    // boundary, no final bit). Called once.
    virtual void finish(bool last) = 0;
};

// Level 1: the run coder (run_deflate.h); 2..9: zlib at that level (smaller files, several times slower).
// `out` receives the segment and must outlive the coder; `expectedInput` sizes its first allocation.
std::unique_ptr<SegmentDeflater> makeSegmentDeflater(int level, std::vector<unsigned char>& out,
                                                     std::size_t expectedInput = 0);

} // namespace couverture::render::png
