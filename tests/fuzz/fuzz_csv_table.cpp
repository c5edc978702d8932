// Activity tables as CSV: the bytes are the file (encoding, separator, quotes, header and HXL detection,
// cells, numbers and dates), then its rows are reconciled.
#include "fuzz_support.h"
#include "fuzz_tables.h"

#include <cstddef>
#include <cstdint>

using namespace couverture::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string& path = inputFile(".csv", data, size);
    readAndReconcile(path);
    return 0;
}
