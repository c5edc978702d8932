#include "core/output_set.h"

#include "core/platform/platform.h"
#include "core/problem.h"
#include "core/texts.h"

#include <atomic>
#include <cctype>
#include <cpl_json.h>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <zlib.h>

namespace couverture {
namespace fs = std::filesystem;

namespace {

OutputSet*& activeSet() {
    static OutputSet* set = nullptr;
    return set;
}

std::mutex& activeMutex() {
    static std::mutex mutex;
    return mutex;
}

std::string hex32(std::uint32_t value) {
    char text[9];
    std::snprintf(text, sizeof text, "%08x", value);
    return text;
}

std::string manifestPath(const std::string& folder, const std::string& name) {
    return (fs::path(folder) / (name + ".manifest.json")).string();
}

// The process id in the name of a temporary file of ours (".coverage.partial-<pid>-<n>.gpkg", with GDAL's
// "-journal", "-wal" or "-shm" after it), or -1 when the name is not one.
long temporaryOwner(const std::string& name) {
    const std::string marker = ".partial-";
    const std::size_t at = name.find(marker);
    if (name.empty() || name[0] != '.' || at == std::string::npos) {
        return -1;
    }
    std::size_t i = at + marker.size();
    const std::size_t pidStart = i;
    while (i < name.size() && std::isdigit(static_cast<unsigned char>(name[i])) != 0) {
        ++i;
    }
    if (i == pidStart || i - pidStart > 9 || i >= name.size() || name[i] != '-') {
        return -1;
    }
    const long pid = std::stol(name.substr(pidStart, i - pidStart));
    const std::size_t counterStart = ++i;
    while (i < name.size() && std::isdigit(static_cast<unsigned char>(name[i])) != 0) {
        ++i;
    }
    return i > counterStart && (i == name.size() || name[i] == '.' || name[i] == '-') ? pid : -1;
}

} // namespace

std::uint32_t fileCrc32(const std::string& path, std::uint64_t* bytes) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        throwOutputError(path, translate("Output", "cannot read the file back"));
    }
    std::vector<char> buffer(1 << 20);
    uLong crc = crc32(0L, Z_NULL, 0);
    std::uint64_t total = 0;
    while (file) {
        file.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        const auto got = static_cast<uInt>(file.gcount());
        crc = crc32(crc, reinterpret_cast<const Bytef*>(buffer.data()), got);
        total += got;
    }
    if (bytes != nullptr) {
        *bytes = total;
    }
    return static_cast<std::uint32_t>(crc);
}

std::string temporaryPathFor(const std::string& path) {
    static std::atomic<unsigned> counter{0};
    const fs::path target(path);
    // Same folder (so rename is atomic), same extension (so GDAL picks the right driver), a name no other
    // run uses (the process id) nor another file of this run (the counter).
    std::string name = ".";
    name.append(target.stem().string())
        .append(".partial-")
        .append(std::to_string(platform::processId()))
        .append("-")
        .append(std::to_string(counter++))
        .append(target.extension().string());
    return (target.parent_path() / name).string();
}

int removeStaleTemporaries(const std::string& folder) {
    int removed = 0;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const long pid = temporaryOwner(it->path().filename().string());
        if (pid >= 0 && pid != platform::processId() && !platform::processRunning(pid)) {
            std::error_code ignored;
            removed += fs::remove(it->path(), ignored) ? 1 : 0;
        }
    }
    return removed;
}

OutputSet::OutputSet(std::string folder, std::string name)
    : folder_(std::move(folder)), name_(std::move(name)) {
    std::error_code error;
    fs::create_directories(folder_, error);
    if (error) {
        throwOutputError(folder_,
                         fill(translate("Output", "cannot create the output folder: %1"), {error.message()}));
    }
    removeStaleTemporaries(folder_);
}

OutputSet::~OutputSet() {
    if (!committed_) {
        for (const auto& [temporary, target] : staged_) {
            std::error_code ignored;
            fs::remove(temporary, ignored);
        }
    }
}

OutputSet::Active::Active(OutputSet& set) {
    std::lock_guard lock(activeMutex());
    previous_ = activeSet();
    activeSet() = &set;
}

OutputSet::Active::~Active() {
    std::lock_guard lock(activeMutex());
    activeSet() = previous_;
}

void OutputSet::stage(std::string temporary, std::string target) {
    std::lock_guard lock(mutex_);
    for (auto& [waiting, into] : staged_) {
        if (into == target) { // written twice: the later file wins
            std::error_code ignored;
            fs::remove(waiting, ignored);
            waiting = std::move(temporary);
            return;
        }
    }
    staged_.emplace_back(std::move(temporary), std::move(target));
}

std::size_t OutputSet::waiting() const {
    std::lock_guard lock(mutex_);
    return staged_.size();
}

std::string OutputSet::commit() {
    std::lock_guard lock(mutex_);
    if (platform::interrupted()) {
        throw Cancelled{};
    }
    CPLJSONDocument document;
    CPLJSONObject root = document.GetRoot();
    root.Add("couverture_output_set", name_);
    CPLJSONArray files;
    for (const auto& [temporary, target] : staged_) {
        std::uint64_t bytes = 0;
        const std::uint32_t crc = fileCrc32(temporary, &bytes);
        CPLJSONObject file;
        file.Add("name", fs::relative(target, folder_).generic_string());
        file.Add("bytes", static_cast<GInt64>(bytes));
        file.Add("crc32", hex32(crc));
        files.Add(file);
    }
    root.Add("files", files);

    const std::string manifest = manifestPath(folder_, name_);
    const platform::FileLock folderLock((fs::path(folder_) / ".couverture.lock").string());
    std::error_code error;
    fs::remove(manifest, error);
    if (error) {
        throwOutputError(manifest,
                         fill(translate("Output", "cannot replace the manifest: %1"), {error.message()}));
    }
    for (const auto& [temporary, target] : staged_) {
        fs::rename(temporary, target, error);
        if (error) {
            throwOutputError(target, fill(translate("Output", "cannot move the finished file into place: %1"),
                                          {error.message()}));
        }
    }
    committed_ = true;
    const std::string temporary = temporaryPathFor(manifest);
    if (!document.Save(temporary)) {
        fs::remove(temporary, error);
        throwOutputError(manifest, translate("Output", "cannot write the manifest (disk full?)"));
    }
    fs::rename(temporary, manifest, error);
    if (error) {
        fs::remove(temporary, error);
        throwOutputError(manifest, fill(translate("Output", "cannot move the manifest into place: %1"),
                                        {error.message()}));
    }
    return manifest;
}

void finishOutput(const std::string& temporary, const std::string& target) {
    {
        std::lock_guard lock(activeMutex());
        if (OutputSet* set = activeSet()) {
            set->stage(temporary, target);
            return;
        }
    }
    std::error_code error;
    fs::rename(temporary, target, error);
    if (error) {
        throwOutputError(target, fill(translate("Output", "cannot move the finished file into place: %1"),
                                      {error.message()}));
    }
}

void writeBytesAtomically(const std::string& path, std::string_view bytes) {
    writeAtomically(path, [&](const std::string& temporary) {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        file.close();
        if (!file) {
            throwOutputError(path,
                             translate("Output", "cannot write the file (disk full or no permission?)"));
        }
    });
}

std::vector<ManifestCheck> verifyOutputs(const std::string& folder) {
    std::vector<ManifestCheck> checks;
    std::error_code error;
    for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        const std::string suffix = ".manifest.json";
        if (name.size() <= suffix.size() ||
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0 || name[0] == '.') {
            continue;
        }
        ManifestCheck check;
        check.manifest = it->path().string();
        CPLJSONDocument document;
        if (!document.Load(check.manifest)) {
            check.problems.push_back(translate("Output", "the manifest cannot be read"));
            checks.push_back(std::move(check));
            continue;
        }
        for (const CPLJSONObject& file : document.GetRoot().GetArray("files")) {
            const std::string path = (fs::path(folder) / file.GetString("name")).string();
            if (!fs::is_regular_file(path)) {
                check.problems.push_back(
                    fill(translate("Output", "%1 is missing"), {file.GetString("name")}));
                continue;
            }
            std::uint64_t bytes = 0;
            const std::uint32_t crc = fileCrc32(path, &bytes);
            if (static_cast<GInt64>(bytes) != file.GetLong("bytes") ||
                hex32(crc) != file.GetString("crc32")) {
                check.problems.push_back(
                    fill(translate("Output", "%1 is not the file the set wrote"), {file.GetString("name")}));
            }
        }
        check.complete = check.problems.empty();
        checks.push_back(std::move(check));
    }
    return checks;
}

} // namespace couverture
