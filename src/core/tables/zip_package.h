#pragma once
// A zip package (an XLSX is one) written part by part through minizip, each part deflated by us as it is
// streamed: in blocks of 1 MiB, compressed on other threads while the caller makes the next block, and joined
// into one deflate stream as pigz does (each block primed with the last 32 KiB of the one before, ended by a
// sync flush; the CRCs combined). A part may be larger than 4 GiB (zip64).

#include <cstddef>
#include <cstdint>
#include <deque>
#include <future>
#include <memory>
#include <string>
#include <string_view>

namespace couverture {

class ZipPackage {
public:
    // Creates `path`; throws OutputError (naming `reportedPath`) when it cannot.
    ZipPackage(const std::string& path, const std::string& reportedPath);
    ~ZipPackage();
    ZipPackage(const ZipPackage&) = delete;
    ZipPackage& operator=(const ZipPackage&) = delete;

    // A whole part at once.
    void add(const std::string& name, std::string_view bytes);
    // A part streamed: begin, any number of writes, end. `mayExceed4GiB` turns on zip64 for it.
    void begin(const std::string& name, bool mayExceed4GiB);
    void write(std::string_view bytes);
    // The bytes written so far into the part being streamed (its uncompressed size).
    std::uint64_t partSize() const { return partSize_ + block_.size(); }
    void end();
    // Writes the central directory; throws OutputError when the package could not be written whole.
    void close();

    // A block deflated: its bytes, the CRC and size of its input.
    struct Deflated {
        std::string bytes;
        unsigned long crc = 0;
        std::size_t size = 0;
    };

private:
    void dispatch(bool last);
    void drainOne();
    void check(int status, const char* what) const;

    void* zip_ = nullptr;
    std::string reportedPath_;
    std::string block_;
    std::shared_ptr<const std::string> previous_;
    std::deque<std::future<Deflated>> inFlight_;
    unsigned long crc_ = 0;
    std::uint64_t partSize_ = 0;
    bool open_ = false;
};

} // namespace couverture
