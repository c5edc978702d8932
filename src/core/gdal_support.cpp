#include "core/gdal_support.h"
#include "core/texts.h"

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
        throwInputError(path, {}, 0, fill(translate("Problem", "%1 not found"), {std::string(what)}));
    }
    if (VSI_ISDIR(stat.st_mode)) {
        throwInputError(path, {}, 0, translate("Problem", "this is a folder, expected a file (CSV, XLSX or ODS)"));
    }
    if (!VSI_ISREG(stat.st_mode)) {
        throwInputError(path, {}, 0,
                        translate("Problem", "not a regular file (a named pipe, device or socket): give a file "
                                             "saved on disk"));
    }
}

} // namespace couverture
