// Boundary sources as GeoJSON: schema detection, levels, nesting, duplicate codes, geometry validation and
// repair (GEOS) on whatever coordinates the file holds.
#include "core/boundary_reader.h"
#include "core/problem.h"
#include "fuzz_support.h"

#include <cstddef>
#include <cstdint>

using namespace couverture;
using namespace couverture::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string& path = inputFile(".geojson", data, size);
    try {
        const BoundaryLoad load = loadBoundaries(path);
        if (load.tree.units().empty()) {
            __builtin_trap(); // a load with no unit must be refused, not returned
        }
    } catch (const InputError&) {
    }
    return 0;
}
