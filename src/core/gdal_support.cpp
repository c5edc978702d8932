#include "core/gdal_support.h"

#include <gdal.h>
#include <mutex>

namespace couverture {

void ensureGdalRegistered() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

} // namespace couverture
