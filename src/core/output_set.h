#pragma once
// The files one command writes change together. Each file is written under a temporary name unique to the
// run, beside its target; while a set is active, the finished file waits in the set instead of being renamed
// at once. Committing takes the folder's lock, removes the set's manifest, renames every file into place and
// writes the manifest last: its name, the files and their sizes and CRC-32s. A run killed half-way leaves
// no manifest (`couverture verify` says the set is incomplete) and the next run removes its temporary
// files; two runs on one folder commit one after the other; an interrupted run puts nothing in place.

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace couverture {

class OutputSet {
public:
    // `folder`: where the outputs go (created when missing); `name`: the set's name, which names the
    // manifest (`<name>.manifest.json`). Removes the temporary files that dead runs left in the folder.
    OutputSet(std::string folder, std::string name);
    ~OutputSet(); // not committed: the waiting files are removed
    OutputSet(const OutputSet&) = delete;
    OutputSet& operator=(const OutputSet&) = delete;

    // The set that finishOutput hands files to, for the life of `active` (one per process).
    class Active {
    public:
        explicit Active(OutputSet& set);
        ~Active();
        Active(const Active&) = delete;
        Active& operator=(const Active&) = delete;

    private:
        OutputSet* previous_;
    };

    void stage(std::string temporary, std::string target);
    // Puts the set in place; throws Cancelled when an interrupt came first (nothing is moved) and
    // OutputError when a file cannot be moved or the manifest written. Returns the manifest's path.
    std::string commit();
    std::size_t waiting() const;

private:
    std::string folder_, name_;
    mutable std::mutex mutex_;
    std::vector<std::pair<std::string, std::string>> staged_; // temporary, target
    bool committed_ = false;
};

// A finished temporary file: renamed to `target` now, or handed to the active set.
void finishOutput(const std::string& temporary, const std::string& target);

// Writes `path` by calling write(temporaryPath), then finishOutput; the temporary file is removed on failure.
template <typename Write> void writeAtomically(const std::string& path, Write write);

// Writes `bytes` to a temporary file beside `path`, then finishOutput: a full disk or any write error is an
// OutputError naming `path`, and the temporary file is removed.
void writeBytesAtomically(const std::string& path, std::string_view bytes);

// A temporary name beside `path`, unique to this run and call, with the same extension (so GDAL picks the
// same driver): ".coverage.partial-<pid>-<n>.gpkg".
std::string temporaryPathFor(const std::string& path);

// Removes the temporary files (and GDAL's journals beside them) that runs no longer running left in
// `folder`. Returns how many were removed.
int removeStaleTemporaries(const std::string& folder);

struct ManifestCheck {
    std::string manifest;
    bool complete = false;
    std::vector<std::string> problems; // one sentence per file missing, changed or unreadable
};

// Checks every `*.manifest.json` of `folder` against the files it names.
std::vector<ManifestCheck> verifyOutputs(const std::string& folder);

std::uint32_t fileCrc32(const std::string& path, std::uint64_t* bytes = nullptr);

} // namespace couverture

#include <filesystem>
#include <system_error>

namespace couverture {
template <typename Write> void writeAtomically(const std::string& path, Write write) {
    const std::string temporary = temporaryPathFor(path);
    try {
        write(temporary);
        finishOutput(temporary, path); // now, or with the rest of the command's set
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw;
    }
}
} // namespace couverture
