#include "fuzz_support.h"

#include <cpl_error.h>
#include <cstdio>
#include <cstdlib>
#include <gdal.h>
#include <map>
#include <unistd.h>
#include <zip.h>

namespace couverture::fuzz {

std::string scratchPath(const std::string& extension) {
    const char* folder = std::getenv("TMPDIR");
    return std::string(folder != nullptr && *folder != '\0' ? folder : "/tmp") + "/couverture-fuzz-" +
           std::to_string(::getpid()) + extension;
}

void writeScratch(const std::string& path, const std::uint8_t* data, std::size_t size) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (file == nullptr || (size > 0 && std::fwrite(data, 1, size, file) != size) || std::fclose(file) != 0) {
        std::perror(path.c_str());
        std::abort();
    }
}

namespace {

UnitId add(AdminTree& tree, AdminLevel level, const char* pcode, const char* name, const char* parent) {
    AdminUnit unit;
    unit.level = level;
    unit.pcode = pcode;
    unit.name = name;
    unit.parent = *parent == '\0' ? kNoUnit : tree.findByPcode(parent);
    return tree.add(std::move(unit));
}

AdminTree buildSmallTree() {
    AdminTree tree;
    add(tree, AdminLevel::Region, "ML01", "Kayes", "");
    add(tree, AdminLevel::Region, "ML05", "Mopti", "");
    add(tree, AdminLevel::Region, "ML09", "Bamako", "");
    add(tree, AdminLevel::Cercle, "ML0101", "Kayes", "ML01");
    add(tree, AdminLevel::Cercle, "ML0104", "Kita", "ML01");
    add(tree, AdminLevel::Cercle, "ML0501", "Mopti", "ML05");
    add(tree, AdminLevel::Cercle, "ML0505", "Djenné", "ML05");
    add(tree, AdminLevel::Cercle, "ML0901", "Bamako", "ML09");
    add(tree, AdminLevel::Commune, "ML010101", "Kayes", "ML0101");
    add(tree, AdminLevel::Commune, "ML010102", "Bangassi", "ML0101");
    add(tree, AdminLevel::Commune, "ML010401", "Kita", "ML0104");
    add(tree, AdminLevel::Commune, "ML050101", "Mopti", "ML0501");
    add(tree, AdminLevel::Commune, "ML050102", "Bassirou", "ML0501");
    add(tree, AdminLevel::Commune, "ML050501", "Djenné", "ML0505");
    add(tree, AdminLevel::Commune, "ML050502", "Dandougou Fakala", "ML0505");
    add(tree, AdminLevel::Commune, "ML090101", "Commune I", "ML0901");
    return tree;
}

} // namespace

const AdminTree& smallTree() {
    static const AdminTree tree = buildSmallTree();
    return tree;
}

void writeZip(const std::string& path, const std::vector<std::pair<std::string, std::string>>& parts) {
    zipFile zip = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
    if (zip == nullptr) {
        std::perror(path.c_str());
        std::abort();
    }
    for (const auto& [name, bytes] : parts) {
        const int method = name == "mimetype" ? 0 : Z_DEFLATED; // ODS: the mimetype is stored, first
        if (zipOpenNewFileInZip64(zip, name.c_str(), nullptr, nullptr, 0, nullptr, 0, nullptr, method, 1,
                                  0) != ZIP_OK ||
            zipWriteInFileInZip(zip, bytes.data(), static_cast<unsigned>(bytes.size())) != ZIP_OK ||
            zipCloseFileInZip(zip) != ZIP_OK) {
            std::abort();
        }
    }
    if (zipClose(zip, nullptr) != ZIP_OK) {
        std::abort();
    }
}

const std::string& inputFile(const std::string& extension, const std::uint8_t* data, std::size_t size) {
    static std::map<std::string, std::string> paths;
    const auto [where, added] = paths.try_emplace(extension);
    if (added) {
        where->second = scratchPath(extension);
    }
    writeScratch(where->second, data, size);
    return where->second;
}

} // namespace couverture::fuzz

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    CPLSetErrorHandler(CPLQuietErrorHandler);
    GDALAllRegister();
    return 0;
}
