#include "core/tables/zip_package.h"

#include "core/problem.h"
#include "core/table_writer.h"
#include "core/texts.h"

#include <algorithm>
#include <new>
#include <stdexcept>
#include <zip.h>
#include <zlib.h>

namespace couverture {

namespace {

// Deflate level 1. Measured on 100 MB of the sheet XML of the 1,517,544-row match report: level 1 takes
// 0.70 s of processor time and gives 6.1 % of the size, level 6 (libxlsxwriter's, not settable) 1.34 s and
// 4.1 %: half the time for a file half as large again (49 MB for the whole report).
constexpr int kLevel = Z_BEST_SPEED;
// Blocks handed to the compressing threads. Each costs a sync flush (5 bytes) and starts with the previous
// block's last 32 KiB as its dictionary, so the stream is as good as one deflate run.
constexpr std::size_t kBlockBytes = std::size_t{1} << 20;
constexpr std::size_t kDictionaryBytes = 32768;
// Blocks compressing at once: the two cores, while the caller makes the next block.
constexpr std::size_t kInFlight = 2;

using Compressed = ZipPackage::Deflated;

Compressed deflateBlock(const std::string& input, const std::string* previous, bool last) {
    z_stream stream{};
    if (deflateInit2(&stream, kLevel, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        throw std::bad_alloc();
    }
    if (previous != nullptr && !previous->empty()) {
        const std::size_t n = std::min(kDictionaryBytes, previous->size());
        deflateSetDictionary(&stream, reinterpret_cast<const Bytef*>(previous->data() + previous->size() - n),
                             static_cast<uInt>(n));
    }
    Compressed out;
    out.bytes.resize(deflateBound(&stream, static_cast<uLong>(input.size())) + 64);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
    stream.avail_in = static_cast<uInt>(input.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.bytes.data());
    stream.avail_out = static_cast<uInt>(out.bytes.size());
    const int status = deflate(&stream, last ? Z_FINISH : Z_SYNC_FLUSH);
    const bool done = last ? status == Z_STREAM_END : status == Z_OK && stream.avail_in == 0;
    out.bytes.resize(stream.total_out);
    deflateEnd(&stream);
    if (!done) {
        throw std::runtime_error("deflate failed");
    }
    out.crc = crc32(0, reinterpret_cast<const Bytef*>(input.data()), static_cast<uInt>(input.size()));
    out.size = input.size();
    return out;
}

} // namespace

ZipPackage::ZipPackage(const std::string& path, const std::string& reportedPath)
    : zip_(zipOpen64(path.c_str(), APPEND_STATUS_CREATE)), reportedPath_(reportedPath) {
    if (zip_ == nullptr) {
        throwOutputError(reportedPath_, translate("Output", "cannot create the workbook"));
    }
    block_.reserve(kBlockBytes + 4096);
}

ZipPackage::~ZipPackage() {
    for (auto& job : inFlight_) {
        if (job.valid()) {
            job.wait();
        }
    }
    if (zip_ != nullptr) {
        zipClose(static_cast<zipFile>(zip_), nullptr);
    }
}

void ZipPackage::check(int status, const char* what) const {
    if (status != ZIP_OK) {
        throwOutputError(
            reportedPath_,
            fill(translate("Output", "cannot write the workbook (%1): disk full or no permission?"), {what}));
    }
}

void ZipPackage::add(const std::string& name, std::string_view bytes) {
    begin(name, false);
    write(bytes);
    end();
}

void ZipPackage::begin(const std::string& name, bool mayExceed4GiB) {
    zip_fileinfo info{};
    info.tmz_date.tm_mday = 1; // 1980-01-01, as libxlsxwriter: the same table gives the same bytes
    check(zipOpenNewFileInZip4_64(static_cast<zipFile>(zip_), name.c_str(), &info, nullptr, 0, nullptr, 0,
                                  nullptr, Z_DEFLATED, kLevel, 1, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, nullptr, 0,
                                  0, 0, mayExceed4GiB ? 1 : 0),
          name.c_str());
    open_ = true;
    crc_ = 0;
    partSize_ = 0;
    block_.clear();
    previous_.reset();
}

void ZipPackage::write(std::string_view bytes) {
    while (!bytes.empty()) {
        const std::size_t room = kBlockBytes - std::min(kBlockBytes, block_.size());
        const std::size_t take = std::min(room, bytes.size());
        block_.append(bytes.data(), take);
        bytes.remove_prefix(take);
        if (block_.size() >= kBlockBytes) {
            dispatch(false);
        }
    }
}

void ZipPackage::dispatch(bool last) {
    auto input = std::make_shared<const std::string>(std::move(block_));
    block_ = std::string();
    block_.reserve(kBlockBytes + 4096);
    partSize_ += input->size();
    std::shared_ptr<const std::string> previous = previous_;
    if (last && inFlight_.empty()) {
        // A part of one block (most parts): no thread for it.
        std::promise<Compressed> done;
        done.set_value(deflateBlock(*input, previous.get(), true));
        inFlight_.push_back(done.get_future());
    } else {
        inFlight_.push_back(std::async(std::launch::async, [input, previous, last] {
            return deflateBlock(*input, previous.get(), last);
        }));
    }
    previous_ = last ? nullptr : input;
    while (inFlight_.size() > (last ? 0 : kInFlight)) {
        drainOne();
    }
}

void ZipPackage::drainOne() {
    Compressed block = inFlight_.front().get();
    inFlight_.pop_front();
    crc_ = crc32_combine(crc_, block.crc, static_cast<z_off_t>(block.size));
    // Minizip takes at most 4 GiB a call; a block is 1 MiB.
    check(zipWriteInFileInZip(static_cast<zipFile>(zip_), block.bytes.data(),
                              static_cast<unsigned>(block.bytes.size())),
          "data");
}

void ZipPackage::end() {
    dispatch(true);
    check(zipCloseFileInZipRaw64(static_cast<zipFile>(zip_), partSize_, crc_), "part");
    open_ = false;
    previous_.reset();
}

void ZipPackage::close() {
    const int status = zipClose(static_cast<zipFile>(zip_), nullptr);
    zip_ = nullptr;
    check(status, "directory");
}

} // namespace couverture
