#include "core/gdal_support.h"

#include "core/problem.h"

#include <cpl_vsi.h>
#include <gdal.h>
#include <mutex>

namespace couverture {

void ensureGdalRegistered() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

void requireRegularFile(const std::string& path, std::string_view what) {
    VSIStatBufL stat{};
    if (VSIStatL(path.c_str(), &stat) != 0) {
        throwInputError(path, {}, 0, std::string(what) + " not found");
    }
    if (VSI_ISDIR(stat.st_mode)) {
        throwInputError(path, {}, 0, "this is a folder, expected a file (CSV, XLSX or ODS)");
    }
    if (!VSI_ISREG(stat.st_mode)) {
        throwInputError(path, {}, 0,
                        "not a regular file (a named pipe, device or socket): give a file saved on disk");
    }
}

} // namespace couverture
