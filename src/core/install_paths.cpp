#include "core/install_paths.h"

#include "core/platform/platform.h"

#include <cstdlib>
#include <filesystem>

namespace couverture {

std::string projectFolder(const char* environment, const std::string& kind, const std::string& marker,
                          const std::string& built) {
    if (const char* folder = std::getenv(environment); folder != nullptr && *folder != 0) {
        return folder;
    }
    if (const std::string program = platform::executableDirectory(); !program.empty()) {
        const std::filesystem::path installed =
            std::filesystem::path(program) / ".." / "share" / "couverture" / kind;
        std::error_code error;
        if (std::filesystem::exists(installed / marker, error)) {
            return installed.lexically_normal().string();
        }
    }
    return built;
}

std::string dataDirectory() {
    return projectFolder("COUVERTURE_DATA_DIR", "data", "sectors.csv", COUVERTURE_DATA_DIR);
}

} // namespace couverture
