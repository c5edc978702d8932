// Activity tables as CSV: the bytes are the file (encoding, separator, quotes, header and HXL detection,
// cells, numbers and dates), then its rows are reconciled.
#include "fuzz_support.h"
#include "fuzz_tables.h"

#include <cstddef>
#include <cstdint>

using namespace couverture::fuzz;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    quietGdal();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string path = scratchPath(".csv");
    writeScratch(path, data, size);
    readAndReconcile(path);
    return 0;
}
